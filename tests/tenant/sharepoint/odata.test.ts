import { describe, it, expect } from "vitest";
import {
  compareForOrder,
  evaluateFilter,
  fieldsInFilter,
  leadingConjuncts,
  ODataSyntaxError,
  parseFilter,
  parseOrderBy,
  type FilterNode,
} from "./odata";

/** Evaluates a filter string against a plain record of stored values. */
function matches(filter: string, item: Record<string, unknown>): boolean {
  return evaluateFilter(parseFilter(filter), (field) => item[field]);
}

function syntaxError(filter: string): ODataSyntaxError {
  try {
    parseFilter(filter);
  } catch (error) {
    if (error instanceof ODataSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected "${filter}" to be rejected`);
}

describe("parseFilter", () => {
  describe("comparisons", () => {
    it("parses each comparison operator into a compare node", () => {
      for (const op of ["eq", "ne", "lt", "le", "gt", "ge"] as const) {
        expect(parseFilter(`Id ${op} 3`)).toEqual({ kind: "compare", op, field: "Id", value: 3 });
      }
    });

    it("accepts keywords in any case", () => {
      expect(parseFilter("Id EQ 3 AND NOT Title Ne 'x'")).toEqual(
        parseFilter("Id eq 3 and not Title ne 'x'"),
      );
    });

    it("accepts expanded lookup and person fields with a slash", () => {
      expect(parseFilter("TBOwner/EMail eq 'a@b.com'")).toEqual({
        kind: "compare",
        op: "eq",
        field: "TBOwner/EMail",
        value: "a@b.com",
      });
    });

    it("accepts field names with digits and underscores", () => {
      expect(parseFilter("OData__UIVersion2 eq 1")).toMatchObject({ field: "OData__UIVersion2" });
    });
  });

  describe("literals", () => {
    const literalOf = (text: string): unknown => (parseFilter(`F eq ${text}`) as { value: unknown }).value;

    it("unescapes doubled single quotes in strings", () => {
      expect(literalOf("'O''Brien'")).toBe("O'Brien");
      expect(literalOf("''''")).toBe("'");
      expect(literalOf("''")).toBe("");
    });

    it("keeps spaces and operator words inside strings", () => {
      expect(literalOf("'a and b or not c eq d'")).toBe("a and b or not c eq d");
    });

    it("parses integers, decimals and negative numbers", () => {
      expect(literalOf("42")).toBe(42);
      expect(literalOf("3.25")).toBe(3.25);
      expect(literalOf("-7")).toBe(-7);
      expect(literalOf("-0.5")).toBe(-0.5);
    });

    it("parses true, false and null in any case", () => {
      expect(literalOf("true")).toBe(true);
      expect(literalOf("False")).toBe(false);
      expect(literalOf("null")).toBeNull();
      expect(literalOf("NULL")).toBeNull();
    });

    it("parses datetime literals into a tagged object", () => {
      expect(literalOf("datetime'2018-03-31T00:00:00Z'")).toEqual({ datetime: "2018-03-31T00:00:00Z" });
    });
  });

  describe("precedence and grouping", () => {
    const a: FilterNode = { kind: "compare", op: "eq", field: "A", value: 1 };
    const b: FilterNode = { kind: "compare", op: "eq", field: "B", value: 2 };
    const c: FilterNode = { kind: "compare", op: "eq", field: "C", value: 3 };

    it("binds and tighter than or", () => {
      expect(parseFilter("A eq 1 or B eq 2 and C eq 3")).toEqual({
        kind: "or",
        left: a,
        right: { kind: "and", left: b, right: c },
      });
    });

    it("lets parentheses override precedence", () => {
      expect(parseFilter("(A eq 1 or B eq 2) and C eq 3")).toEqual({
        kind: "and",
        left: { kind: "or", left: a, right: b },
        right: c,
      });
    });

    it("associates and-chains to the left", () => {
      expect(parseFilter("A eq 1 and B eq 2 and C eq 3")).toEqual({
        kind: "and",
        left: { kind: "and", left: a, right: b },
        right: c,
      });
    });

    it("applies not to the single comparison that follows it", () => {
      expect(parseFilter("not A eq 1 and B eq 2")).toEqual({
        kind: "and",
        left: { kind: "not", operand: a },
        right: b,
      });
    });

    it("applies not to a whole parenthesised group", () => {
      expect(parseFilter("not (A eq 1 or B eq 2)")).toEqual({
        kind: "not",
        operand: { kind: "or", left: a, right: b },
      });
    });

    it("tolerates extra whitespace and redundant parentheses", () => {
      expect(parseFilter("  ((A   eq 1))  ")).toEqual(a);
    });
  });

  describe("functions", () => {
    it("reads substringof with the search text first, as SharePoint orders it", () => {
      expect(parseFilter("substringof('boa',Title)")).toEqual({
        kind: "call",
        fn: "substringof",
        field: "Title",
        value: "boa",
      });
    });

    it("reads startswith with the field first", () => {
      expect(parseFilter("startswith(Title, 'O''B')")).toEqual({
        kind: "call",
        fn: "startswith",
        field: "Title",
        value: "O'B",
      });
    });

    it("folds an explicit comparison with true or false into the call", () => {
      const call = parseFilter("startswith(Title,'a')");
      expect(parseFilter("startswith(Title,'a') eq true")).toEqual(call);
      expect(parseFilter("startswith(Title,'a') eq false")).toEqual({ kind: "not", operand: call });
      expect(parseFilter("startswith(Title,'a') ne true")).toEqual({ kind: "not", operand: call });
    });

    it("combines calls with other clauses", () => {
      expect(parseFilter("substringof('x',Title) and Id gt 2")).toMatchObject({
        kind: "and",
        left: { kind: "call" },
        right: { kind: "compare" },
      });
    });
  });

  describe("errors", () => {
    it("is an Error subclass with its own name", () => {
      const error = syntaxError("Title eq");
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe("ODataSyntaxError");
    });

    it("reports an unterminated string with its starting position", () => {
      expect(() => parseFilter("Title eq 'abc")).toThrow(
        `Unterminated string literal starting at character 10 in $filter "Title eq 'abc"`,
      );
    });

    it("treats an escaped quote at the end as still unterminated", () => {
      expect(syntaxError("Title eq 'O''").message).toMatch(/Unterminated string literal/);
    });

    it("reports an unknown operator and lists the valid ones", () => {
      expect(() => parseFilter("Title like 'x'")).toThrow(
        "Unknown operator 'like' at character 7 after field 'Title'; expected eq, ne, lt, le, gt or ge",
      );
    });

    it("suggests OData operators when symbols are used", () => {
      expect(syntaxError("Title = 'x'").message).toMatch(
        /Unexpected character '=' at character 7 \(OData uses eq, ne, lt, le, gt, ge instead of symbols\)/,
      );
    });

    it("reports trailing garbage after a complete expression", () => {
      expect(() => parseFilter("Id eq 1 Title eq 'x'")).toThrow(
        "Unexpected 'Title' at character 9 after a complete expression (missing 'and'/'or'?)",
      );
      expect(syntaxError("Id eq 1)").message).toMatch(/Unexpected '\)' at character 8/);
    });

    it("reports a missing closing parenthesis", () => {
      expect(syntaxError("(Id eq 1").message).toMatch(
        /Expected '\)' to close '\(' at character 1 but found the end of the filter/,
      );
    });

    it("reports a missing literal", () => {
      expect(syntaxError("Title eq").message).toMatch(
        /Expected a literal value after 'eq' at character 9 but found the end of the filter/,
      );
    });

    it("rejects a literal on the left-hand side", () => {
      expect(syntaxError("'x' eq Title").message).toMatch(
        /Expected a field name at character 1 but found string 'x'/,
      );
    });

    it("rejects comparing a field with another field", () => {
      expect(syntaxError("Start lt End").message).toMatch(/Expected a literal value after 'lt'.*found 'End'/);
    });

    it("rejects ordering comparisons with null", () => {
      expect(syntaxError("Due lt null").message).toMatch(/null can only be compared with eq or ne, not 'lt'/);
    });

    it("rejects unsupported functions", () => {
      expect(syntaxError("endswith(Title,'x')").message).toMatch(
        /Unsupported function 'endswith' at character 1; supported: substringof, startswith/,
      );
    });

    it("explains substringof's argument order when it is reversed", () => {
      expect(syntaxError("substringof(Title,'x')").message).toMatch(
        /substringof expects the search text first: substringof\('text',Field\)/,
      );
    });

    it("explains startswith's argument order when it is reversed", () => {
      expect(syntaxError("startswith('x',Title)").message).toMatch(
        /startswith expects a field first: startswith\(Field,'text'\)/,
      );
    });

    it("rejects invalid datetime literals", () => {
      expect(syntaxError("Due eq datetime'soon'").message).toMatch(/Invalid datetime literal 'soon'/);
    });

    it("rejects an empty filter", () => {
      expect(syntaxError("   ").message).toMatch(/Empty expression/);
    });

    it("rejects a dangling and", () => {
      expect(syntaxError("Id eq 1 and").message).toMatch(
        /Expected a field name .* but found the end of the filter/,
      );
    });
  });
});

describe("fieldsInFilter", () => {
  it("lists every referenced field once, in order of first appearance", () => {
    const node = parseFilter(
      "TBBoardId eq 3 and (substringof('x',Title) or not TBOwner/EMail eq 'a') and TBBoardId ne 4 and startswith(Code,'A')",
    );
    expect(fieldsInFilter(node)).toEqual(["TBBoardId", "Title", "TBOwner/EMail", "Code"]);
  });
});

describe("leadingConjuncts", () => {
  it("flattens the top-level and chain", () => {
    const node = parseFilter("A eq 1 and (B eq 2 or C eq 3) and not D eq 4");
    expect(leadingConjuncts(node).map((n) => n.kind)).toEqual(["compare", "or", "not"]);
  });

  it("flattens parenthesised and-groups too, since they are still conjuncts", () => {
    const node = parseFilter("A eq 1 and (B eq 2 and C eq 3)");
    expect(leadingConjuncts(node).flatMap(fieldsInFilter)).toEqual(["A", "B", "C"]);
  });

  it("returns an or expression as a single conjunct", () => {
    const node = parseFilter("A eq 1 or B eq 2");
    expect(leadingConjuncts(node)).toEqual([node]);
  });
});

describe("evaluateFilter", () => {
  describe("strings", () => {
    it("compares case-insensitively for eq and ne, like SharePoint", () => {
      expect(matches("Title eq 'BOARD'", { Title: "Board" })).toBe(true);
      expect(matches("Title ne 'BOARD'", { Title: "Board" })).toBe(false);
      expect(matches("Title ne 'other'", { Title: "Board" })).toBe(true);
    });

    it("matches escaped quotes", () => {
      expect(matches("Title eq 'O''Brien'", { Title: "O'Brien" })).toBe(true);
    });

    it("orders strings with lt/gt", () => {
      expect(matches("Code lt 'B'", { Code: "a" })).toBe(true);
      expect(matches("Code ge 'b'", { Code: "B" })).toBe(true);
      expect(matches("Code gt 'b'", { Code: "B" })).toBe(false);
    });

    it("evaluates substringof and startswith case-insensitively", () => {
      expect(matches("substringof('BOA',Title)", { Title: "Delivery boards" })).toBe(true);
      expect(matches("substringof('xyz',Title)", { Title: "Delivery boards" })).toBe(false);
      expect(matches("startswith(Title,'deLIV')", { Title: "Delivery boards" })).toBe(true);
      expect(matches("startswith(Title,'boards')", { Title: "Delivery boards" })).toBe(false);
    });

    it("never matches a function on an empty field", () => {
      expect(matches("substringof('',Title)", { Title: null })).toBe(false);
      expect(matches("startswith(Title,'a')", {})).toBe(false);
    });
  });

  describe("numbers", () => {
    it("compares numerically", () => {
      expect(matches("TBBoardId eq 3", { TBBoardId: 3 })).toBe(true);
      expect(matches("Score gt 9", { Score: 10 })).toBe(true);
      expect(matches("Score le 2.5", { Score: 2.5 })).toBe(true);
      expect(matches("Score lt -1", { Score: 0 })).toBe(false);
    });

    it("coerces between stored numbers and numeric strings in either direction", () => {
      expect(matches("TBBoardId eq '3'", { TBBoardId: 3 })).toBe(true);
      expect(matches("TBBoardId eq 3", { TBBoardId: "3" })).toBe(true);
      expect(matches("TBBoardId gt '10'", { TBBoardId: 9 })).toBe(false);
      expect(matches("TBBoardId eq 'three'", { TBBoardId: 3 })).toBe(false);
    });
  });

  describe("booleans", () => {
    it("matches stored booleans and stored 1/0", () => {
      expect(matches("IsActive eq true", { IsActive: true })).toBe(true);
      expect(matches("IsActive eq true", { IsActive: 1 })).toBe(true);
      expect(matches("IsActive eq false", { IsActive: 0 })).toBe(true);
      expect(matches("IsActive eq false", { IsActive: true })).toBe(false);
      expect(matches("IsActive ne true", { IsActive: false })).toBe(true);
    });

    it("accepts 1/0 literals against stored booleans", () => {
      expect(matches("IsActive eq 1", { IsActive: true })).toBe(true);
      expect(matches("IsActive eq 0", { IsActive: true })).toBe(false);
    });
  });

  describe("datetimes", () => {
    const item = { Due: "2018-03-31T00:00:00Z" };

    it("compares instants rather than strings", () => {
      expect(matches("Due eq datetime'2018-03-31T00:00:00.000Z'", item)).toBe(true);
      expect(matches("Due eq datetime'2018-03-31T01:00:00+01:00'", item)).toBe(true);
      expect(matches("Due lt datetime'2018-04-01T00:00:00Z'", item)).toBe(true);
      expect(matches("Due ge datetime'2018-04-01T00:00:00Z'", item)).toBe(false);
    });

    it("accepts stored Date objects", () => {
      expect(
        matches("Due gt datetime'2018-01-01T00:00:00Z'", { Due: new Date("2018-03-31T00:00:00Z") }),
      ).toBe(true);
    });

    it("does not match an empty or unparseable date", () => {
      expect(matches("Due lt datetime'2018-04-01T00:00:00Z'", { Due: null })).toBe(false);
      expect(matches("Due lt datetime'2018-04-01T00:00:00Z'", { Due: "soon" })).toBe(false);
    });
  });

  describe("null", () => {
    it("treats null, undefined, empty string and empty array as null", () => {
      for (const value of [null, undefined, "", []]) {
        expect(matches("Notes eq null", { Notes: value })).toBe(true);
        expect(matches("Notes ne null", { Notes: value })).toBe(false);
      }
    });

    it("treats anything else, including 0 and false, as not null", () => {
      for (const value of [0, false, "x", [1]]) {
        expect(matches("Notes eq null", { Notes: value })).toBe(false);
        expect(matches("Notes ne null", { Notes: value })).toBe(true);
      }
    });

    it("never satisfies eq or an ordering with a value when the field is empty", () => {
      expect(matches("Score eq 0", { Score: null })).toBe(false);
      expect(matches("Score lt 5", {})).toBe(false);
      expect(matches("Score ne 5", {})).toBe(true);
    });
  });

  describe("multi-value fields", () => {
    const item = { TBBoardsId: [1, 3], Tags: ["Red", "Amber"] };

    it("treats eq as 'any value equals'", () => {
      expect(matches("TBBoardsId eq 3", item)).toBe(true);
      expect(matches("TBBoardsId eq 2", item)).toBe(false);
      expect(matches("Tags eq 'amber'", item)).toBe(true);
    });

    it("treats ne as 'no value equals'", () => {
      expect(matches("TBBoardsId ne 3", item)).toBe(false);
      expect(matches("TBBoardsId ne 2", item)).toBe(true);
      expect(matches("TBBoardsId ne 2", { TBBoardsId: [] })).toBe(true);
    });

    it("applies functions to each value", () => {
      expect(matches("substringof('mb',Tags)", item)).toBe(true);
      expect(matches("startswith(Tags,'g')", item)).toBe(false);
    });
  });

  describe("logic", () => {
    const item = { A: 1, B: 2 };

    it("combines clauses with and, or and not", () => {
      expect(matches("A eq 1 and B eq 2", item)).toBe(true);
      expect(matches("A eq 1 and B eq 3", item)).toBe(false);
      expect(matches("A eq 9 or B eq 2", item)).toBe(true);
      expect(matches("not (A eq 9 or B eq 9)", item)).toBe(true);
      expect(matches("not A eq 1", item)).toBe(false);
    });

    it("reads expanded fields through the supplied getter", () => {
      const fields: Record<string, unknown> = { "TBOwner/EMail": "Owner@Contoso.com" };
      const node = parseFilter("TBOwner/EMail eq 'owner@contoso.com'");
      expect(evaluateFilter(node, (field) => fields[field])).toBe(true);
    });
  });
});

describe("parseOrderBy", () => {
  it("parses fields with optional directions", () => {
    expect(parseOrderBy("Title desc,Id")).toEqual([
      { field: "Title", descending: true },
      { field: "Id", descending: false },
    ]);
  });

  it("accepts asc, any case and extra whitespace", () => {
    expect(parseOrderBy(" Modified DESC , TBOwner/Title asc ")).toEqual([
      { field: "Modified", descending: true },
      { field: "TBOwner/Title", descending: false },
    ]);
  });

  it("returns no terms for an empty value", () => {
    expect(parseOrderBy("")).toEqual([]);
  });

  it("rejects unknown directions, extra words and empty terms", () => {
    expect(() => parseOrderBy("Title sideways")).toThrow(ODataSyntaxError);
    expect(() => parseOrderBy("Title desc Id")).toThrow(/Invalid \$orderby term "Title desc Id"/);
    expect(() => parseOrderBy("Title,,Id")).toThrow(/Invalid \$orderby term ""/);
  });
});

describe("compareForOrder", () => {
  const sorted = (values: unknown[]): unknown[] => [...values].sort(compareForOrder);

  it("puts nulls and undefined first", () => {
    // Array#sort always moves bare undefined to the end, so sort records as the emulator does.
    const items = [{ v: 2 }, { v: null }, { v: 1 }, { v: undefined }];
    expect(items.sort((a, b) => compareForOrder(a.v, b.v)).map((i) => i.v)).toEqual([null, undefined, 1, 2]);
  });

  it("sorts numbers numerically, not as text", () => {
    expect(sorted([10, 9, 100, -1])).toEqual([-1, 9, 10, 100]);
  });

  it("sorts strings ordinally without regard to case, then by case for a stable tiebreak", () => {
    expect(sorted(["banana", "Apple", "apple", "Cherry"])).toEqual(["Apple", "apple", "banana", "Cherry"]);
  });

  it("sorts ISO dates as instants even when their formats differ", () => {
    expect(
      sorted([
        "2018-03-31T00:00:00.500Z",
        "2018-03-31T00:00:00Z",
        "2018-01-01T00:00:00Z",
        "2018-03-31T02:00:00+03:00",
      ]),
    ).toEqual([
      "2018-01-01T00:00:00Z",
      "2018-03-31T02:00:00+03:00",
      "2018-03-31T00:00:00Z",
      "2018-03-31T00:00:00.500Z",
    ]);
  });

  it("sorts false before true", () => {
    expect(sorted([true, false])).toEqual([false, true]);
  });

  it("returns 0 for equal values", () => {
    expect(compareForOrder("a", "a")).toBe(0);
    expect(compareForOrder(3, 3)).toBe(0);
    expect(compareForOrder(null, undefined)).toBe(0);
  });

  it("gives descending order with nulls last when negated", () => {
    expect([1, null, 3].sort((a, b) => -compareForOrder(a, b))).toEqual([3, 1, null]);
  });
});
