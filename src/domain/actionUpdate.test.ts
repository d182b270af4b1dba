import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import { draftFrom, NOTE_MAX, noteCounterText, validateActionChange } from "./actionUpdate";

const before = anAction({ status: "In progress", rag: "Green", targetDate: "2027-03-31" });

describe("validating an update", () => {
  it("accepts a progress note with no other change", () => {
    expect(validateActionChange(before, { ...draftFrom(before), note: "Venues booked." })).toEqual({});
  });
  it("asks for a note when the RAG changes", () => {
    expect(validateActionChange(before, { ...draftFrom(before), rag: "Amber" })).toEqual({
      note: "Say why the RAG rating changed: a note is required.",
    });
  });
  it("asks for a rating when an action is in progress", () => {
    expect(validateActionChange(before, { ...draftFrom(before), rag: null, note: "x" }).rag).toBe(
      "Choose Red, Amber or Green for an action in progress.",
    );
  });
  it("needs a reason for a revised target date", () => {
    const errors = validateActionChange(before, {
      ...draftFrom(before),
      revisedDate: "2027-06-30",
      note: "",
    });
    expect(errors.revisedReason).toBe("Give a reason for the revised target date.");
  });
  it("refuses a date that does not exist", () => {
    const errors = validateActionChange(before, {
      ...draftFrom(before),
      revisedDate: "2027-02-30",
      revisedReason: "Delay",
    });
    expect(errors.revisedDate).toBe(
      "There is no 30 February 2027. Enter a date that exists, for example 30/06/2027.",
    );
  });
  it("only accepts https evidence links", () => {
    expect(
      validateActionChange(before, { ...draftFrom(before), note: "x", evidenceUrl: "javascript:alert(1)" })
        .evidenceUrl,
    ).toBe("Evidence links must start with https://");
  });
  it("says so when nothing has changed", () => {
    expect(validateActionChange(before, draftFrom(before)).note).toMatch(/Nothing has changed/);
  });
  it("lets an action be completed without a RAG", () => {
    expect(
      validateActionChange(before, { ...draftFrom(before), status: "Complete", rag: null, note: "Done." }),
    ).toEqual({});
  });
});

describe("a revised target date", () => {
  const today = "2026-11-22";
  const revise = (revisedDate: string) => ({ ...draftFrom(before), revisedDate, revisedReason: "Delay" });
  it("is refused when it is in the past, on the date field", () => {
    expect(validateActionChange(before, revise("2026-11-21"), { today })).toEqual({
      revisedDate: "The revised target date must be today or later: 21 Nov 2026 has passed.",
    });
  });
  it("may be today", () => expect(validateActionChange(before, revise(today), { today })).toEqual({}));
  it("typed as something that is not a date is refused on the date field, not the note", () => {
    const errors = validateActionChange(before, draftFrom(before), { today, revisedDateText: "31/02/2027" });
    expect(errors).toEqual({
      revisedDate: "There is no 31 February 2027. Enter a date that exists, for example 30/06/2027.",
    });
  });
  it("typed month-first is explained", () =>
    expect(
      validateActionChange(before, draftFrom(before), { today, revisedDateText: "06/30/2027" }).revisedDate,
    ).toBe(
      "There is no month 30. Type the day first, then the month, then the year: for example 30/06/2027.",
    ));
  it("typed as words it cannot read says what to type", () =>
    expect(
      validateActionChange(before, draftFrom(before), { today, revisedDateText: "end of June" }).revisedDate,
    ).toBe(
      '"end of June" is not a date we can read. Type the day, month and year, for example 30/06/2027, or choose from the calendar.',
    ));
});

describe("a long note", () => {
  it("is kept whole up to what SharePoint's Note column holds", () => {
    expect(NOTE_MAX).toBe(63_999);
    expect(validateActionChange(before, { ...draftFrom(before), note: "x".repeat(NOTE_MAX) })).toEqual({});
  });
  it("is refused past it, saying by how much to shorten it", () => {
    expect(validateActionChange(before, { ...draftFrom(before), note: "x".repeat(64_010) }).note).toBe(
      "The note is 64,010 characters; SharePoint keeps 63,999 at most. Shorten it by 11 characters.",
    );
  });
  it("has a counter that says how many characters are used, then how many too many", () => {
    expect(noteCounterText(10_000)).toBe("10,000 of 63,999 characters");
    expect(noteCounterText(64_000)).toBe("1 character too many (64,000 of 63,999)");
  });
});
