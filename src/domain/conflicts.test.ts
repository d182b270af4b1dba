import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import { draftFrom } from "./actionUpdate";
import { analyseConflict } from "./conflicts";

const base = anAction({ rag: "Green", status: "In progress" });

describe("two people editing the same action", () => {
  it("lets my note stand on top of their RAG change: nothing clashes", () => {
    const current = anAction({ rag: "Amber", etag: '"2"' });
    const mine = { ...draftFrom(base), note: "Met the schools." };
    const result = analyseConflict(base, current, mine);
    expect(result.theirs).toEqual([{ field: "rag", label: "RAG", from: "Green", to: "Amber" }]);
    expect(result.clashes).toEqual([]);
    expect(result.merged).toMatchObject({ rag: "Amber", note: "Met the schools." });
  });
  it("asks when we both changed the RAG to different values", () => {
    const current = anAction({ rag: "Amber" });
    const mine = { ...draftFrom(base), rag: "Red" as const, note: "Funding withdrawn." };
    const result = analyseConflict(base, current, mine);
    expect(result.clashes).toEqual(["rag"]);
    expect(result.merged).toBeNull();
  });
  it("does not call it a clash when we both chose the same value", () => {
    const current = anAction({ rag: "Amber" });
    const result = analyseConflict(base, current, { ...draftFrom(base), rag: "Amber", note: "Agreed." });
    expect(result.clashes).toEqual([]);
  });
});
