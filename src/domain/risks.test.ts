import { describe, expect, it } from "vitest";
import {
  bandWords,
  heatMap,
  heatMapTable,
  rescorings,
  riskBand,
  riskScore,
  validateRisk,
  type Risk,
  type RiskDraft,
  type RiskSnapshot,
} from "./risks";

const jo = { id: 7, name: "Jo Bloggs", email: "jo@example.org" };
const sam = { id: 8, name: "Sam Patel", email: "sam@example.org" };

const aRisk = (over: Partial<Risk> = {}): Risk => ({
  id: 1,
  boardId: 1,
  programmeId: null,
  title: "ORG0009 Safeguarding children",
  impactText: "Children are not kept safe; further intervention by the Secretary of State.",
  mitigation: "Management actions monitored by SLT and the Cabinet Member.",
  owner: jo,
  likelihood: 4,
  impact: 5,
  status: "Open",
  reviewDate: "2027-01-31",
  ...over,
});

describe("scoring a risk", () => {
  it("multiplies likelihood by impact: ORG0009 is 4 × 5 = 20, very high", () => {
    expect(riskScore(aRisk())).toBe(20);
    expect(riskBand(20)).toBe("Very high");
  });
  it("bands scores at the edges of each band", () => {
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(riskBand)).toEqual([
      "Low",
      "Low",
      "Medium",
      "Medium",
      "High",
      "High",
      "Very high",
      "Very high",
    ]);
  });
  it("states each band's rule in words", () => {
    expect(bandWords("Very high")).toBe(
      "Very high (15 to 25): it needs a mitigation and goes to the Trust Executive.",
    );
  });
  it("refuses a score that cannot come from two 1–5 scales", () => {
    expect(() => riskBand(0)).toThrow(/1 to 25/);
  });
});

describe("the heat map", () => {
  const risks = [
    aRisk(),
    aRisk({ id: 2, title: "Recruitment of social workers", likelihood: 4, impact: 5 }),
    aRisk({ id: 3, title: "Data sharing", likelihood: 2, impact: 3 }),
    aRisk({ id: 4, title: "Old risk", likelihood: 5, impact: 5, status: "Closed" }),
  ];
  const map = heatMap(risks);

  it("is 5 × 5, likelihood 5 at the top, impact 1 on the left", () => {
    expect(map.rows.map((r) => r.likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(map.rows[0]!.cells.map((c) => c.impact)).toEqual([1, 2, 3, 4, 5]);
    expect(map.rows[0]!.cells[4]!.score).toBe(25);
    expect(map.rows[4]!.cells[0]!.score).toBe(1);
  });
  it("puts ORG0009 at likelihood 4, impact 5 with its count, score, band and words", () => {
    const cell = map.rows[1]!.cells[4]!;
    expect(cell).toMatchObject({ likelihood: 4, impact: 5, score: 20, band: "Very high", count: 2 });
    expect(cell.text).toBe(
      "Likelihood 4, impact 5: score 20, very high, 2 risks: ORG0009 Safeguarding children; Recruitment of social workers.",
    );
  });
  it("reads an empty cell in words too, and leaves closed risks off", () => {
    expect(map.rows[0]!.cells[4]!.text).toBe("Likelihood 5, impact 5: score 25, very high, no risks.");
    expect(map.total).toBe(3);
    expect(map.closed).toBe(1);
  });
  it("says one risk, not one risks", () => {
    expect(map.rows[3]!.cells[2]!.text).toBe(
      "Likelihood 2, impact 3: score 6, medium, 1 risk: Data sharing.",
    );
  });
  it("gives screen readers a table of the filled cells, most serious first", () => {
    const table = heatMapTable(map);
    expect(table.caption).toBe(
      "3 open risks in 2 cells of 25; the other cells have none. 1 closed risk not shown.",
    );
    expect(table.rows).toEqual([
      {
        likelihood: 4,
        impact: 5,
        score: 20,
        band: "Very high",
        risks: "ORG0009 Safeguarding children; Recruitment of social workers",
      },
      { likelihood: 2, impact: 3, score: 6, band: "Medium", risks: "Data sharing" },
    ]);
  });
  it("says so when there are no open risks", () => {
    expect(heatMapTable(heatMap([])).caption).toBe("No open risks.");
    expect(
      heatMap([])
        .rows.flatMap((r) => r.cells)
        .every((c) => c.count === 0),
    ).toBe(true);
  });
});

describe("rescorings", () => {
  const v = (at: string, by: typeof jo | null, likelihood: number, impact: number): RiskSnapshot => ({
    at,
    by,
    likelihood,
    impact,
  });

  it("lists who rescored, when, from → to, skipping versions with the same score", () => {
    const history = [
      v("2026-04-10T12:00:00Z", jo, 3, 4),
      v("2026-06-01T12:00:00Z", sam, 3, 4), // the mitigation changed, not the score
      v("2026-09-15T12:00:00Z", sam, 4, 5),
      v("2026-10-01T12:00:00Z", jo, 5, 4), // same score, swapped
    ];
    const out = rescorings(history);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      by: sam,
      from: { score: 12, band: "High" },
      to: { score: 20, band: "Very high" },
    });
    expect(out[0]!.text).toMatch(
      /^Sam Patel rescored it on 15 Sept? 2026, \d\d:\d\d: 12 \(3 × 4, high\) → 20 \(4 × 5, very high\)\.$/,
    );
  });
  it("reads versions in time order even when given out of order", () => {
    const out = rescorings([v("2026-09-15T12:00:00Z", jo, 2, 2), v("2026-04-10T12:00:00Z", jo, 4, 5)]);
    expect(out.map((r) => [r.from.score, r.to.score])).toEqual([[20, 4]]);
  });
  it("has nothing to list for a risk never rescored, and names no one it does not know", () => {
    expect(rescorings([v("2026-04-10T12:00:00Z", jo, 3, 4)])).toEqual([]);
    expect(rescorings([])).toEqual([]);
    const anon = rescorings([v("2026-04-10T12:00:00Z", jo, 1, 1), v("2026-05-10T12:00:00Z", null, 2, 1)]);
    expect(anon[0]!.text).toMatch(/^Someone \(SharePoint did not record who\) rescored it/);
  });
});

describe("validating a risk", () => {
  const draft = (over: Partial<RiskDraft> = {}): RiskDraft => {
    const { title, impactText, mitigation, likelihood, impact, status, reviewDate } = aRisk();
    return { title, impactText, mitigation, likelihood, impact, status, reviewDate, ...over };
  };
  const today = "2026-11-30";

  it("accepts ORG0009 as the partnership scores it", () => {
    expect(validateRisk(draft(), { today })).toEqual({});
  });
  it("needs a title", () => {
    expect(validateRisk(draft({ title: "  " })).title).toBe(
      "Give the risk a title: what could happen, in a few words.",
    );
  });
  it("says how much too long a title is", () => {
    expect(validateRisk(draft({ title: "x".repeat(260) })).title).toBe(
      "The title is 260 characters; SharePoint keeps 255 at most. Shorten it by 5 characters.",
    );
  });
  it("needs whole-number likelihood and impact from 1 to 5, every message at once", () => {
    const errors = validateRisk(draft({ title: "", likelihood: 6, impact: 2.5 }));
    expect(errors).toEqual({
      title: "Give the risk a title: what could happen, in a few words.",
      likelihood: "Choose a likelihood from 1 (rare) to 5 (almost certain), a whole number.",
      impact: "Choose an impact from 1 (negligible) to 5 (critical), a whole number.",
    });
    expect(validateRisk(draft({ likelihood: null, impact: Number.NaN }))).toEqual({
      likelihood: "Choose a likelihood from 1 (rare) to 5 (almost certain), a whole number.",
      impact: "Choose an impact from 1 (negligible) to 5 (critical), a whole number.",
    });
  });
  it("needs a mitigation from a score of 15, not below", () => {
    expect(validateRisk(draft({ likelihood: 3, impact: 5, mitigation: "" })).mitigation).toBe(
      "A risk scoring 15 (very high) needs a mitigation: say what is being done to reduce it.",
    );
    // An impossible score asks for the impact first, not a mitigation.
    expect(Object.keys(validateRisk(draft({ likelihood: 2, impact: 7, mitigation: "" })))).toEqual([
      "impact",
    ]);
    expect(validateRisk(draft({ likelihood: 3, impact: 4, mitigation: "" }))).toEqual({});
    expect(validateRisk(draft({ mitigation: "", status: "Closed" }))).toEqual({});
  });
  it("needs a review date that exists, and a new one not in the past", () => {
    expect(validateRisk(draft({ reviewDate: null })).reviewDate).toBe(
      "Set a review date: when will the owner look at this risk again?",
    );
    expect(validateRisk(draft({ reviewDate: "2027-02-30" })).reviewDate).toBe(
      "There is no 30 February 2027. Enter a date that exists, for example 30/06/2027.",
    );
    expect(validateRisk(draft({ reviewDate: "2026-11-29" }), { today }).reviewDate).toBe(
      "The review date must be today or later: 29 Nov 2026 has passed.",
    );
    expect(
      validateRisk(draft({ reviewDate: "2026-11-29" }), { today, previousReviewDate: "2026-11-29" }),
    ).toEqual({});
    expect(validateRisk(draft({ reviewDate: null }), { reviewDateText: "31/13/2026" }).reviewDate).toBe(
      "There is no month 13. Type the day first, then the month, then the year: for example 30/06/2027.",
    );
  });
});
