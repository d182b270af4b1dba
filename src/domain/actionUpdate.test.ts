import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import { draftFrom, validateActionChange } from "./actionUpdate";

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
    expect(errors.revisedDate).toMatch(/real date/);
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
