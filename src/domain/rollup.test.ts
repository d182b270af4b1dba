import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import {
  missedText,
  programmeStatus,
  quarterRollup,
  ragByProgramme,
  ratingsAtQuarterEnd,
  revisionText,
  slippage,
  statusTrend,
  type RatingHistory,
  type RatingSnapshot,
  type RagCounts,
} from "./rollup";
import type { PlanQuarter } from "./quarters";

const Q4: PlanQuarter = { planYear: "2026/27", quarter: "Q4" };
const Q3: PlanQuarter = { planYear: "2026/27", quarter: "Q3" };

const snap = (overrides: Partial<RatingSnapshot>): RatingSnapshot => ({
  at: "2026-10-01T09:00:00Z",
  rag: "Green",
  status: "In progress",
  targetDate: "2027-06-30",
  revisedDate: null,
  revisedReason: "",
  programmeId: 1,
  boardId: 1,
  ...overrides,
});
const history = (actionId: number, ...snapshots: Partial<RatingSnapshot>[]): RatingHistory => ({
  actionId,
  snapshots: snapshots.map(snap),
});
const counts = (c: Partial<RagCounts>): RagCounts => ({
  Red: 0,
  Amber: 0,
  Green: 0,
  Complete: 0,
  "No rating": 0,
  ...c,
});
const programmes = [
  { id: 1, number: 1, boardIds: [1] },
  { id: 2, number: 2, boardIds: [2, 3] },
];

describe("the rating at quarter end", () => {
  const actions = [anAction({ id: 1 }), anAction({ id: 2 })];
  it("takes a change saved on 31 March into Q4 and one saved on 1 April into the next quarter", () => {
    const histories = [
      history(1, { rag: "Green" }, { at: "2027-03-31T21:00:00Z", rag: "Red" }),
      // 23:30 UTC on 31 March is 1 April in London (summer time).
      history(2, { rag: "Green" }, { at: "2027-03-31T23:30:00Z", rag: "Red" }),
    ];
    const ratings = ratingsAtQuarterEnd(actions, histories, Q4);
    expect(ratings.map((r) => [r.actionId, r.rating])).toEqual([
      [1, "Red"],
      [2, "Green"],
    ]);
  });
  it("leaves out an action created after the quarter", () => {
    const histories = [history(1, {}), history(2, { at: "2027-04-01T08:00:00Z" })];
    expect(ratingsAtQuarterEnd(actions, histories, Q4).map((r) => r.actionId)).toEqual([1]);
  });
});

describe("RAG by programme", () => {
  it("counts an action moved between programmes under the one it was in at quarter end", () => {
    const actions = [anAction({ id: 1, programmeId: 2, boardId: 2 })];
    const histories = [
      history(
        1,
        { programmeId: 1, rag: "Amber" },
        { at: "2027-04-10T10:00:00Z", programmeId: 2, boardId: 2 },
      ),
    ];
    const byProgramme = ragByProgramme(ratingsAtQuarterEnd(actions, histories, Q4), programmes);
    expect(byProgramme[0]?.counts).toEqual(counts({ Amber: 1 }));
    expect(byProgramme[1]?.counts).toEqual(counts({}));
  });
  it("adds up every delivering board's actions for a co-delivered programme, and shows each board", () => {
    const actions = [1, 2, 3, 4].map((id) => anAction({ id }));
    const histories = [
      history(1, { programmeId: 2, boardId: 2, rag: "Red" }),
      history(2, { programmeId: 2, boardId: 3, rag: "Green" }),
      history(3, { programmeId: 2, boardId: 3, status: "Complete", rag: null }),
      history(4, { programmeId: 2, boardId: 3, status: "Not started", rag: null }),
    ];
    const p2 = ragByProgramme(ratingsAtQuarterEnd(actions, histories, Q4), programmes)[1];
    expect(p2?.counts).toEqual(counts({ Red: 1, Green: 1, Complete: 1, "No rating": 1 }));
    expect(p2?.total).toBe(4);
    expect(p2?.byBoard).toEqual([
      { boardId: 2, counts: counts({ Red: 1 }) },
      { boardId: 3, counts: counts({ Green: 1, Complete: 1, "No rating": 1 }) },
    ]);
  });
  it("counts withdrawn actions apart from the total", () => {
    const actions = [anAction({ id: 1 })];
    const p1 = ragByProgramme(
      ratingsAtQuarterEnd(actions, [history(1, { status: "Withdrawn", rag: null })], Q4),
      programmes,
    )[0];
    expect(p1?.total).toBe(0);
    expect(p1?.withdrawn).toBe(1);
  });
});

describe("programme status", () => {
  it("is Red when one action in four is Red", () => {
    expect(programmeStatus(counts({ Red: 1, Green: 3 }))).toEqual({
      status: "Red",
      reason: "Red: 1 of 4 actions (25%) is rated Red, one in four or more.",
    });
  });
  it("is Amber when any action is Red but fewer than one in four", () => {
    expect(programmeStatus(counts({ Red: 1, Green: 4 })).status).toBe("Amber");
    expect(programmeStatus(counts({ Red: 1, Green: 4 })).reason).toContain("fewer than one in four");
  });
  it("is Amber when one in four is Amber, Green below that", () => {
    expect(programmeStatus(counts({ Amber: 1, Green: 3 })).status).toBe("Amber");
    expect(programmeStatus(counts({ Amber: 1, Green: 4 }))).toEqual({
      status: "Green",
      reason: "Green: none of its 5 actions is rated Red and 1 (20%) is Amber, fewer than one in four.",
    });
  });
  it("counts completed work in favour, and has no status with nothing rated", () => {
    expect(programmeStatus(counts({ Complete: 3 })).status).toBe("Green");
    expect(programmeStatus(counts({ "No rating": 2 }))).toEqual({
      status: null,
      reason: "No status: none of its 2 actions had a RAG rating or was complete.",
    });
    expect(programmeStatus(counts({})).reason).toBe("No status: the programme had no actions.");
  });
});

describe("status trend", () => {
  it("compares the status with the previous quarter's, in words", () => {
    expect(statusTrend("Green", "Amber", Q4)).toEqual({
      trend: "Improving",
      text: "Improving: Amber in Q3 2026/27, Green in Q4 2026/27.",
    });
    expect(statusTrend("Red", "Amber", Q4).trend).toBe("Declining");
    expect(statusTrend("Amber", "Amber", Q4).text).toBe("Stable: Amber in both Q3 2026/27 and Q4 2026/27.");
  });
  it("is Stable, and says why, when there is no previous quarter", () => {
    expect(statusTrend("Red", undefined, { planYear: "2026/27", quarter: "Q1" })).toEqual({
      trend: "Stable",
      text: "Stable: Q1 2026/27 is the plan's first quarter, so there is nothing to compare with.",
    });
    expect(statusTrend("Red", null, Q4).text).toBe("Stable: there is no status for Q3 2026/27 to compare.");
  });
});

describe("slippage", () => {
  const now = "2027-04-15T09:00:00Z";
  it("lists a date on 31 March missed, and not one on 1 April", () => {
    const actions = [anAction({ id: 1 }), anAction({ id: 2 })];
    const histories = [history(1, { targetDate: "2027-03-31" }), history(2, { targetDate: "2027-04-01" })];
    const s = slippage(actions, histories, { quarter: Q4, now });
    expect(s.missed.map((m) => [m.actionId, m.missed])).toEqual([[1, "2027-03-31"]]);
  });
  it("does not list an action completed on its due day", () => {
    const histories = [
      history(
        1,
        { targetDate: "2027-02-28" },
        { at: "2027-02-28T16:00:00Z", status: "Complete", rag: null, targetDate: "2027-02-28" },
      ),
    ];
    expect(slippage([anAction({ id: 1 })], histories, { quarter: Q4, now }).missed).toEqual([]);
  });
  it("lists a missed date revised afterwards, and the revision with its reason", () => {
    const histories = [
      history(
        1,
        { targetDate: "2027-01-31", programmeId: 1 },
        {
          at: "2027-02-10T10:00:00Z",
          targetDate: "2027-01-31",
          revisedDate: "2027-06-30",
          revisedReason: "Waiting for the new commissioning round",
          programmeId: 2,
          boardId: 2,
        },
      ),
    ];
    const s = slippage([anAction({ id: 1 })], histories, { quarter: Q4, now });
    expect(s.missed).toEqual([
      {
        actionId: 1,
        programmeId: 2,
        boardId: 2,
        missed: "2027-01-31",
        wasRevised: false,
        ratingAtQuarterEnd: "Green",
        dueAtQuarterEnd: "2027-06-30",
        reason: "Waiting for the new commissioning round",
      },
    ]);
    expect(missedText(s.missed[0]!)).toBe(
      "Due 31 Jan 2027, missed; now due 30 Jun 2027 (reason: Waiting for the new commissioning round).",
    );
    expect(s.revised.map(revisionText)).toEqual([
      "Target date moved from 31 Jan 2027 to 30 Jun 2027. Reason: Waiting for the new commissioning round",
    ]);
  });
  it("counts a revision before the date came as revised, not missed, and a revised date missed again", () => {
    const histories = [
      history(
        1,
        { targetDate: "2027-01-31" },
        {
          at: "2027-01-20T10:00:00Z",
          targetDate: "2027-01-31",
          revisedDate: "2027-03-15",
          revisedReason: "Staff off sick",
        },
      ),
    ];
    const s = slippage([anAction({ id: 1 })], histories, { quarter: Q4, now });
    expect(s.missed.map((m) => [m.missed, m.wasRevised])).toEqual([["2027-03-15", true]]);
    expect(s.revised.map((r) => [r.from, r.to, r.reason])).toEqual([
      ["2027-01-31", "2027-03-15", "Staff off sick"],
    ]);
  });
  it("does not call a revision saved in the previous quarter, or a date brought forward, slippage", () => {
    const histories = [
      history(1, { targetDate: "2027-06-30" }, { at: "2026-12-01T10:00:00Z", revisedDate: "2027-09-30" }),
      history(2, { targetDate: "2027-06-30" }, { at: "2027-02-01T10:00:00Z", revisedDate: "2027-05-31" }),
    ];
    const s = slippage([anAction({ id: 1 }), anAction({ id: 2 })], histories, { quarter: Q4, now });
    expect(s).toEqual({ missed: [], revised: [] });
  });
  it("only counts due days that have passed by now", () => {
    const histories = [history(1, { targetDate: "2027-03-31" })];
    const s = slippage([anAction({ id: 1 })], histories, { quarter: Q4, now: "2027-03-31T12:00:00Z" });
    expect(s.missed).toEqual([]);
  });
  it("gives empty lists for an empty quarter", () => {
    expect(slippage([], [], { quarter: Q4, now })).toEqual({ missed: [], revised: [] });
  });
});

describe("slippage when no versions were read (the current quarter)", () => {
  const now = "2027-03-20T12:00:00Z";
  it("counts an open action past its date as missed, though it was saved since", () => {
    const action = anAction({
      id: 1,
      status: "In progress",
      targetDate: "2027-02-10",
      revisedDate: null,
      modified: "2027-03-01T10:00:00Z",
    });
    const s = slippage([action], [], { quarter: Q4, now });
    expect(s.missed.map((m) => [m.actionId, m.missed])).toEqual([[1, "2027-02-10"]]);
  });
  it("counts an action completed after its date as missed, completed later", () => {
    const action = anAction({
      id: 1,
      status: "Complete",
      targetDate: "2027-02-10",
      revisedDate: null,
      modified: "2027-02-20T10:00:00Z",
    });
    const [m] = slippage([action], [], { quarter: Q4, now }).missed;
    expect(m?.ratingAtQuarterEnd).toBe("Complete");
    expect(m && missedText(m)).toBe("Due 10 Feb 2027, missed; completed later in the quarter.");
  });
  it("does not count an action completed on or before its date", () => {
    const action = anAction({
      id: 1,
      status: "Complete",
      targetDate: "2027-02-10",
      revisedDate: null,
      modified: "2027-02-10T16:00:00Z",
    });
    expect(slippage([action], [], { quarter: Q4, now }).missed).toEqual([]);
  });
});

describe("the quarter's rollup", () => {
  it("lists every programme with zero counts and no status for an empty quarter", () => {
    const r = quarterRollup({
      quarter: Q4,
      now: "2027-04-15T09:00:00Z",
      actions: [],
      histories: [],
      programmes,
    });
    expect(r.range).toEqual({ first: "2027-01-01", last: "2027-03-31" });
    expect(r.programmes.map((p) => [p.programmeId, p.total, p.status, p.trend])).toEqual([
      [1, 0, null, "Stable"],
      [2, 0, null, "Stable"],
    ]);
    expect(r.slippage).toEqual({ missed: [], revised: [] });
  });
  it("computes status and trend from the history of each quarter", () => {
    const actions = [anAction({ id: 1 }), anAction({ id: 2 })];
    const histories = [
      history(1, { at: "2026-11-01T10:00:00Z", rag: "Red" }, { at: "2027-02-01T10:00:00Z", rag: "Green" }),
      history(2, { at: "2026-11-01T10:00:00Z", rag: "Green" }),
    ];
    const r = quarterRollup({ quarter: Q4, now: "2027-04-15T09:00:00Z", actions, histories, programmes });
    const p1 = r.programmes[0];
    expect(p1?.status).toBe("Green");
    expect(p1?.previousStatus).toBe("Red");
    expect(p1?.trend).toBe("Improving");
    const q3 = quarterRollup({ quarter: Q3, now: "2027-04-15T09:00:00Z", actions, histories, programmes });
    expect(q3.programmes[0]?.trendText).toBe("Stable: there is no status for Q2 2026/27 to compare.");
  });
  it("does not compare the plan's first quarter with the year before", () => {
    const actions = [anAction({ id: 1 })];
    const histories = [history(1, { at: "2026-01-10T10:00:00Z", rag: "Amber" })];
    const r = quarterRollup({
      quarter: { planYear: "2026/27", quarter: "Q1" },
      now: "2026-11-30T09:00:00Z",
      actions,
      histories,
      programmes,
      firstPlanYear: "2026/27",
    });
    expect(r.programmes[0]?.previousStatus).toBeUndefined();
    expect(r.programmes[0]?.trendText).toContain("is the plan's first quarter");
  });
  it("uses the action as it stands when no history was read, from when it was last modified", () => {
    const actions = [anAction({ id: 1, rag: "Red", modified: "2027-02-01T10:00:00Z" })];
    const r = quarterRollup({ quarter: Q4, now: "2027-04-15T09:00:00Z", actions, histories: [], programmes });
    expect(r.programmes[0]?.counts).toEqual(counts({ Red: 1 }));
    const q3 = quarterRollup({
      quarter: Q3,
      now: "2027-04-15T09:00:00Z",
      actions,
      histories: [],
      programmes,
    });
    expect(q3.programmes[0]?.total).toBe(0);
  });
});
