import { describe, expect, it } from "vitest";
import { and, eq, literal } from "./odata";

describe("OData literals", () => {
  it("doubles single quotes so a name like O'Brien cannot end the string early", () => {
    expect(literal("O'Brien")).toBe("'O''Brien'");
    expect(eq("Title", "x' or 1 eq 1 or Title eq '")).toBe("Title eq 'x'' or 1 eq 1 or Title eq '''");
  });
  it("writes numbers bare and refuses ones that are not finite", () => {
    expect(literal(3)).toBe("3");
    expect(() => literal(Number.NaN)).toThrow();
  });
  it("brackets an or-clause inside an and", () => {
    expect(and("A eq 1", "B eq 2 or B eq 3")).toBe("A eq 1 and (B eq 2 or B eq 3)");
  });
});
