import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import { isDueThisMonth, isOverdue, ratingOf, ratingSummary, suggestedRag } from "./actions";

const today = "2026-11-22";

describe("an action's due state", () => {
  it("is overdue when open and past its target date", () => {
    expect(isOverdue(anAction({ targetDate: "2026-10-31" }), today)).toBe(true);
  });
  it("is not overdue on its target date itself", () => {
    expect(isOverdue(anAction({ targetDate: today }), today)).toBe(false);
  });
  it("is judged against the agreed revised date when there is one", () => {
    expect(isOverdue(anAction({ targetDate: "2026-09-30", revisedDate: "2027-03-31" }), today)).toBe(false);
  });
  it("is never overdue once complete or withdrawn", () => {
    expect(isOverdue(anAction({ targetDate: "2026-01-01", status: "Complete" }), today)).toBe(false);
    expect(isOverdue(anAction({ targetDate: "2026-01-01", status: "Withdrawn" }), today)).toBe(false);
  });
  it("is due this month when its due date falls in the current month", () => {
    expect(isDueThisMonth(anAction({ targetDate: "2026-11-30" }), today)).toBe(true);
    expect(isDueThisMonth(anAction({ targetDate: "2026-12-01" }), today)).toBe(false);
  });
});

describe("the suggested RAG", () => {
  it("suggests Red for an open action past its date that is rated Green", () => {
    expect(suggestedRag(anAction({ targetDate: "2026-10-31", rag: "Green" }), today)).toBe("Red");
  });
  it("suggests nothing when the person already rated it Red", () => {
    expect(suggestedRag(anAction({ targetDate: "2026-10-31", rag: "Red" }), today)).toBeNull();
  });
  it("suggests nothing when a revised date was agreed and has not passed", () => {
    expect(
      suggestedRag(anAction({ targetDate: "2026-10-31", revisedDate: "2027-01-31", rag: "Amber" }), today),
    ).toBeNull();
  });
  it("never changes the rating itself", () => {
    const action = anAction({ targetDate: "2026-10-31", rag: "Green" });
    suggestedRag(action, today);
    expect(action.rag).toBe("Green");
  });
});

describe("ratings", () => {
  it("shows Complete and Not started beside Red, Amber and Green", () => {
    expect(ratingOf(anAction({ status: "Complete", rag: null }))).toBe("Complete");
    expect(ratingOf(anAction({ status: "Not started", rag: null }))).toBe("Not started");
    expect(ratingOf(anAction({ status: "In progress", rag: "Amber" }))).toBe("Amber");
    expect(ratingOf(anAction({ status: "In progress", rag: null }))).toBe("Not rated");
  });
  it("counts a board's actions by rating", () => {
    const summary = ratingSummary([
      anAction({ rag: "Red" }),
      anAction({ rag: "Red" }),
      anAction({ rag: "Green" }),
      anAction({ status: "Complete", rag: null }),
    ]);
    expect(summary).toMatchObject({ Red: 2, Amber: 0, Green: 1, Complete: 1 });
  });
});
