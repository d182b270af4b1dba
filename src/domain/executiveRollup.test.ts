import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import { buildExecutiveRollup, type PlanRecord, type RiskOnRecord } from "./executiveRollup";
import type { HighlightReport, ReportReview } from "./highlightReports";
import type { PlanQuarter, ReportingCalendarEntry } from "./quarters";
import type { Risk } from "./risks";
import type { RatingHistory, RatingSnapshot } from "./rollup";
import type { Action, Board, Plan, Programme } from "./types";

const Q3: PlanQuarter = { planYear: "2026/27", quarter: "Q3" };
const Q2: PlanQuarter = { planYear: "2026/27", quarter: "Q2" };
const Q4: PlanQuarter = { planYear: "2026/27", quarter: "Q4" };
const NOW = "2026-11-30T10:00:00Z";

const plan: Plan = {
  id: 1,
  title: "Children and Young People's Plan",
  startYear: 2025,
  endYear: 2028,
  currentYear: "2026/27",
  status: "Active",
  programmeNoun: "improvement programme",
  vision: "",
  calendarRule: { updatesDueDays: 10, reportsDueDays: 21 },
};
const board = (id: number, title: string): Board => ({
  id,
  planId: 1,
  title,
  groupId: `g${id}`,
  folder: `f${id}`,
  chair: null,
  chairRole: "Chair",
  sponsor: null,
  status: "Active",
  cadence: "Monthly",
  channelId: "",
  channelName: "",
});
const boards = [board(1, "Early Help"), board(2, "Health and Wellbeing"), board(3, "Education")];
const programme = (id: number, boardIds: number[]): Programme => ({
  id,
  planId: 1,
  number: id,
  title: `Programme ${id}`,
  boardIds,
  outcome: "",
});
const programmes = [programme(1, [1]), programme(2, [2, 3])];

const record = (overrides: Partial<PlanRecord> = {}): PlanRecord => ({
  plan,
  boards,
  programmes,
  actions: [],
  histories: [],
  risks: [],
  measures: [],
  measureValues: [],
  reports: [],
  reviews: [],
  calendar: [],
  narrative: { id: null, etag: null, text: "" },
  ...overrides,
});

let nextId = 1;
/** An action filed in its board's folder, as the app files it. */
const act = (overrides: Partial<Action>): Action =>
  anAction({
    id: nextId++,
    modified: "2026-10-05T10:00:00Z",
    folder: `f${overrides.boardId ?? 1}`,
    ...overrides,
  });

const snap = (a: Action, overrides: Partial<RatingSnapshot>): RatingSnapshot => ({
  at: a.modified,
  rag: a.rag,
  status: a.status,
  targetDate: a.targetDate,
  revisedDate: a.revisedDate,
  revisedReason: a.revisedReason,
  programmeId: a.programmeId,
  boardId: a.boardId,
  ...overrides,
});
const historyOf = (a: Action, ...snapshots: Partial<RatingSnapshot>[]): RatingHistory => ({
  actionId: a.id,
  snapshots: snapshots.map((s) => snap(a, s)),
});

const report = (overrides: Partial<HighlightReport>): HighlightReport => ({
  id: 100,
  etag: '"1"',
  version: 1,
  modified: "2026-10-10T09:00:00Z",
  modifiedBy: null,
  planId: 1,
  boardId: 1,
  // Filed in its board's folder, as the app files it (a report elsewhere does not count).
  folder: `f${overrides.boardId ?? 1}`,
  programmeId: 1,
  planYear: "2026/27",
  quarter: "Q2",
  status: "Submitted",
  rag: "Amber",
  trend: null,
  reason: "",
  achievements: "",
  slippage: "",
  issuesRisks: "",
  nextQuarter: "",
  decisions: "",
  figures: null,
  ...overrides,
});
const review = (overrides: Partial<ReportReview>): ReportReview => ({
  id: 500,
  reportId: 100,
  reportVersion: 1,
  decision: "Approved",
  comment: "",
  at: "2026-10-12T09:00:00Z",
  by: null,
  ...overrides,
});
const calendar: ReportingCalendarEntry[] = [
  { planYear: "2026/27", quarter: "Q2", updatesDue: "2026-10-07", reportsDue: "2026-10-14" },
  { planYear: "2026/27", quarter: "Q3", updatesDue: "2027-01-07", reportsDue: "2026-11-20" },
];

describe("the Executive's rollup of a plan", () => {
  it("counts a co-delivered programme's actions from both boards, once each", () => {
    const actions = [
      act({ programmeId: 2, boardId: 2, rag: "Red" }),
      act({ programmeId: 2, boardId: 3, rag: "Green" }),
      act({ programmeId: 2, boardId: 3, rag: "Green" }),
      act({ programmeId: 1, boardId: 1, status: "Complete", rag: null }),
    ];
    const r = buildExecutiveRollup(record({ actions }), Q3, NOW);
    const p2 = r.programmes.find((p) => p.programmeId === 2)!;
    expect(p2.boards.map((b) => b.title)).toEqual(["Health and Wellbeing", "Education"]);
    expect(p2.counts).toEqual({ Red: 1, Amber: 0, Green: 2, Complete: 0, "No rating": 0 });
    expect(p2.total).toBe(3);
    expect(p2.status).toBe("Red");
    expect(p2.computedReason).toMatch(/^Red: 1 of 3 actions \(33%\)/);
    expect(r.totals.total).toBe(4);
    expect(r.totals.counts).toEqual({ Red: 1, Amber: 0, Green: 2, Complete: 1, "No rating": 0 });
    expect(r.actions.map((a) => a.boardTitle)).toEqual([
      "Early Help",
      "Health and Wellbeing",
      "Education",
      "Education",
    ]);
  });

  it("counts an action moved between programmes where it stood at quarter end", () => {
    const moved = act({ programmeId: 2, boardId: 2, rag: "Amber", modified: "2026-12-15T10:00:00Z" });
    const histories = [
      historyOf(moved, { at: "2026-08-01T10:00:00Z", programmeId: 1, boardId: 1, rag: "Red" }, {}),
    ];
    const q2 = buildExecutiveRollup(record({ actions: [moved], histories }), Q2, NOW);
    expect(q2.programmes.map((p) => [p.number, p.total])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    expect(q2.programmes[0]!.counts.Red).toBe(1);
    expect(q2.actions[0]).toMatchObject({ boardTitle: "Early Help", programmeNumber: 1, rag: "Red" });
    const q3 = buildExecutiveRollup(record({ actions: [moved], histories }), Q3, NOW);
    expect(q3.programmes.map((p) => [p.number, p.total])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(q3.totals.total).toBe(1);
  });

  it("lists every programme with no status and zero counts in an empty quarter", () => {
    const r = buildExecutiveRollup(record(), Q3, NOW);
    expect(r.programmes).toHaveLength(2);
    for (const p of r.programmes) {
      expect(p.status).toBeNull();
      expect(p.total).toBe(0);
      expect(p.trendText).toBe("Stable: there is no status for Q3 2026/27 to compare.");
      expect(p.nextQuarter).toBe("No actions fall due in Q4 2026/27.");
    }
    expect(r.totals).toEqual({
      counts: { Red: 0, Amber: 0, Green: 0, Complete: 0, "No rating": 0 },
      total: 0,
      overdue: 0,
      slipped: 0,
    });
    expect(r.slippage).toEqual([]);
    expect(r.risks).toEqual([]);
    expect(r.heatMap.total).toBe(0);
    expect(r.reports.map((l) => [l.standing.state, l.latenessText])).toEqual([
      ["Not started", "No due date set"],
      ["Not started", "No due date set"],
    ]);
    expect(r.quarterLabel).toBe("Q3 2026/27");
    expect(r.range).toEqual({ first: "2026-10-01", last: "2026-12-31" });
  });

  it("puts a change saved late on 31 March (London) in Q4 and one after midnight in the next quarter", () => {
    const a = act({ rag: "Red", modified: "2027-03-31T23:30:00Z", targetDate: "2027-06-30" });
    const b = act({ rag: "Red", modified: "2027-03-31T22:30:00Z", targetDate: "2027-06-30" });
    const histories = [
      { actionId: a.id, snapshots: [snap(a, { at: "2027-01-10T10:00:00Z", rag: "Green" }), snap(a, {})] },
      { actionId: b.id, snapshots: [snap(b, { at: "2027-01-10T10:00:00Z", rag: "Green" }), snap(b, {})] },
    ];
    const r = buildExecutiveRollup(record({ actions: [a, b], histories }), Q4, "2027-04-02T09:00:00Z");
    // 23:30 UTC is 00:30 on 1 April in British Summer Time; 22:30 UTC is still 31 March.
    expect(r.actions.map((x) => [x.id, x.rag])).toEqual([
      [a.id, "Green"],
      [b.id, "Red"],
    ]);
    expect(r.range).toEqual({ first: "2027-01-01", last: "2027-03-31" });
  });

  it("counts an action due on 31 March as overdue in Q4 once the quarter has ended, not before", () => {
    const a = act({ targetDate: "2027-03-31", rag: "Amber" });
    const during = buildExecutiveRollup(record({ actions: [a] }), Q4, "2027-03-31T12:00:00Z");
    expect(during.totals.overdue).toBe(0);
    const after = buildExecutiveRollup(record({ actions: [a] }), Q4, "2027-04-01T09:00:00Z");
    expect(after.totals.overdue).toBe(1);
    expect(after.actions[0]!.overdue).toBe(true);
  });

  it("shows a submitted report's status and compares it with last quarter's reported status", () => {
    const actions = [act({ rag: "Green" }), act({ rag: "Green" })];
    const reports = [
      report({ id: 100, quarter: "Q2", rag: "Amber" }),
      report({ id: 101, quarter: "Q3", rag: "Green", reason: "Back on track.", decisions: "Agree funding." }),
    ];
    const r = buildExecutiveRollup(record({ actions, reports, calendar }), Q3, NOW);
    const p1 = r.programmes[0]!;
    expect(p1).toMatchObject({
      status: "Green",
      reason: "Back on track.",
      trend: "Improving",
      trendText: "Improving: Amber in Q2 2026/27, Green in Q3 2026/27.",
      decisions: "Agree funding.",
    });
    expect(r.decisions).toEqual([
      { programmeNumber: 1, programmeTitle: "Programme 1", text: "Agree funding." },
    ]);
    // The history: last quarter as reported, this quarter as computed.
    const q2 = r.history.find((h) => h.label === "Q2 2026/27")!;
    expect(q2.statuses).toEqual([
      { programmeId: 1, status: "Amber" },
      { programmeId: 2, status: null },
    ]);
    expect(r.history.at(-1)!.label).toBe("Q3 2026/27");
    expect(r.history[0]!.label).toBe("Q1 2025/26");
  });

  it("does not take a draft or returned report's status, and says when there is nothing to compare", () => {
    const actions = [act({ rag: "Red" }), act({ rag: "Green" })];
    const reports = [
      report({ id: 100, quarter: "Q2", rag: "Green" }),
      report({ id: 101, quarter: "Q3", status: "Draft", rag: "Green" }),
    ];
    const reviews = [review({ reportId: 100, decision: "Returned", comment: "Say why." })];
    const r = buildExecutiveRollup(record({ actions, reports, reviews }), Q3, NOW);
    expect(r.programmes[0]).toMatchObject({ status: "Red", computedStatus: "Red", trend: "Stable" });
    expect(r.programmes[0]!.trendText).toBe("Stable: there is no status for Q2 2026/27 to compare.");
  });

  it("treats a report changed after approval as submitted again, no longer approved", () => {
    const reports = [report({ id: 101, quarter: "Q3", version: 3, rag: "Amber" })];
    const reviews = [review({ reportId: 101, reportVersion: 2, decision: "Approved" })];
    const r = buildExecutiveRollup(record({ reports, reviews, calendar }), Q3, NOW);
    const line = r.reports.find((l) => l.programmeId === 1)!;
    expect(line.standing.state).toBe("Submitted");
    expect(line.standing.review).toBeNull();
    expect(r.programmes[0]!.status).toBe("Amber");
  });

  it("counts an action for the board whose folder holds it, not the board its column names", () => {
    const mine = act({ rag: "Green" });
    const planted = act({ rag: "Red", boardId: 1, folder: "f2" });
    const r = buildExecutiveRollup(record({ actions: [mine, planted] }), Q3, NOW);
    expect(r.programmes[0]).toMatchObject({ total: 1, status: "Green" });
    expect(r.actions.map((a) => a.id)).toEqual([mine.id]);
  });

  it("ignores a report for a programme filed in another board's folder, whatever its columns say", () => {
    // Programme 1 is led by board 1. A member of board 2 writes a "Green, approved-looking" report for
    // it in board 2's folder, claiming board 1: SharePoint lets them, the rollup must not believe it.
    const actions = [act({ rag: "Red" }), act({ rag: "Red" })];
    const planted = report({ id: 200, quarter: "Q3", rag: "Green", boardId: 1, folder: "f2" });
    const r = buildExecutiveRollup(record({ actions, reports: [planted] }), Q3, NOW);
    expect(r.programmes[0]).toMatchObject({ status: "Red", computedStatus: "Red" });
    expect(r.reports.find((l) => l.programmeId === 1)?.standing.state).toBe("Not started");
  });

  it("judges lateness on the site's own clock: an en-US site in Pacific time", () => {
    // Submitted 20 Nov 2026 at 20:00 in California, which is already 21 Nov in London.
    const reports = [report({ id: 101, quarter: "Q3", modified: "2026-11-21T04:00:00Z" })];
    const london = buildExecutiveRollup(record({ reports, calendar }), Q3, NOW);
    const pacific = buildExecutiveRollup(
      record({ reports, calendar, timeZone: "America/Los_Angeles" }),
      Q3,
      NOW,
    );
    expect(london.reports.find((l) => l.programmeId === 1)?.latenessText).toBe("Submitted 1 day late");
    expect(pacific.reports.find((l) => l.programmeId === 1)?.latenessText).toBe("On time");
  });

  it("flags a late report and a missing one first, with how late in words", () => {
    const reports = [
      report({ id: 101, programmeId: 1, quarter: "Q3", modified: "2026-11-23T10:00:00Z" }),
      report({ id: 102, programmeId: 2, boardId: 2, quarter: "Q2", modified: "2026-10-01T10:00:00Z" }),
    ];
    const onTime = [programme(3, [3])];
    const r = buildExecutiveRollup(
      record({
        programmes: [...programmes, ...onTime],
        reports: [
          ...reports,
          report({ id: 103, programmeId: 3, boardId: 3, quarter: "Q3", modified: "2026-11-19T10:00:00Z" }),
        ],
        calendar,
      }),
      Q3,
      NOW,
    );
    expect(r.reports.map((l) => [l.programmeNumber, l.boardTitle, l.latenessText, l.late])).toEqual([
      [1, "Early Help", "Submitted 3 days late", true],
      [2, "Health and Wellbeing", "Late by 10 days", true],
      [3, "Education", "On time", false],
    ]);
    expect(r.reports[1]!.standing.state).toBe("Not started");
  });

  it("keeps the totals equal to the sum of the programme lines", () => {
    const actions = [
      act({ programmeId: 1, rag: "Red", targetDate: "2026-11-01" }),
      act({ programmeId: 1, status: "Not started", rag: null }),
      act({ programmeId: 2, boardId: 2, rag: "Amber", targetDate: "2026-10-15", revisedDate: null }),
      act({ programmeId: 2, boardId: 3, status: "Withdrawn", rag: null }),
      act({ programmeId: 2, boardId: 3, status: "Complete", rag: null }),
    ];
    const r = buildExecutiveRollup(record({ actions }), Q3, NOW);
    const sum = (f: (p: (typeof r.programmes)[number]) => number) =>
      r.programmes.reduce((n, p) => n + f(p), 0);
    expect(r.totals.total).toBe(sum((p) => p.total));
    expect(r.totals.overdue).toBe(sum((p) => p.overdue));
    expect(r.totals.slipped).toBe(sum((p) => p.slipped));
    for (const k of ["Red", "Amber", "Green", "Complete", "No rating"] as const)
      expect(r.totals.counts[k]).toBe(sum((p) => p.counts[k]));
    expect(r.totals).toMatchObject({ total: 4, overdue: 2 });
    expect(r.programmes[1]!.byStatus).toEqual({
      "Not started": 0,
      "In progress": 1,
      Complete: 1,
      Withdrawn: 1,
    });
  });

  it("lists slipped actions by board and programme, with the date in words", () => {
    const a = act({
      ref: "1.4",
      title: "Launch the family hub",
      targetDate: "2026-10-31",
      revisedDate: "2027-01-31",
      revisedReason: "Building works",
      modified: "2026-11-05T10:00:00Z",
    });
    const histories = [
      {
        actionId: a.id,
        snapshots: [
          snap(a, { at: "2026-09-01T10:00:00Z", revisedDate: null, revisedReason: "" }),
          snap(a, {}),
        ],
      },
    ];
    const r = buildExecutiveRollup(record({ actions: [a], histories }), Q3, NOW);
    expect(r.slippage.map((s) => [s.kind, s.boardTitle, s.programmeNumber, s.ref, s.title])).toEqual([
      ["missed", "Early Help", 1, "1.4", "Launch the family hub"],
      ["revised", "Early Help", 1, "1.4", "Launch the family hub"],
    ]);
    expect(r.slippage[0]!.text).toBe(
      "Due 31 Oct 2026, missed; now due 31 Jan 2027 (reason: Building works).",
    );
    expect(r.programmes[0]!.slipped).toBe(1);
  });

  it("lists open risks highest score first and rates each measure's latest figure up to the quarter", () => {
    const risk = (
      id: number,
      likelihood: number,
      impact: number,
      status: Risk["status"] = "Open",
    ): RiskOnRecord => ({
      id,
      ref: "",
      boardId: 1,
      folder: "f1",
      programmeId: 1,
      title: `Risk ${id}`,
      impactText: "Children wait longer",
      mitigation: "Extra staff",
      owner: null,
      likelihood,
      impact,
      status,
      reviewDate: null,
    });
    const r = buildExecutiveRollup(
      record({
        risks: [risk(1, 2, 2), risk(2, 4, 5), risk(3, 5, 5, "Closed")],
        measures: [
          {
            id: 7,
            planId: 1,
            programmeId: 1,
            title: "Reviews on time",
            targetText: "",
            unit: "%",
            polarity: "Higher",
            baseline: 60,
            target: 90,
          },
        ],
        measureValues: [
          { measureId: 7, period: "2026/27 Q2", value: 80, england: null, neighbours: null, override: null },
          { measureId: 7, period: "2026/27 Q4", value: 95, england: null, neighbours: null, override: null },
          {
            measureId: 7,
            period: "2025/26",
            value: 70,
            england: null,
            neighbours: null,
            override: { rag: "Amber", reason: "Data late" },
          },
        ],
      }),
      Q3,
      NOW,
    );
    expect(r.risks.map((x) => [x.title, x.score, x.band])).toEqual([
      ["Risk 2", 20, "Very high"],
      ["Risk 1", 4, "Low"],
    ]);
    expect(r.heatMap.total).toBe(2);
    expect(r.heatMap.closed).toBe(1);
    const m = r.measures[0]!;
    expect(m.values.map((v) => v.period)).toEqual(["2025/26", "2026/27 Q2"]);
    expect(m.latest?.value).toBe(80);
    expect(m.rating.rag).toBe("Red");
  });
});
