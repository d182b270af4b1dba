import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import {
  draftHighlightReport,
  handedInAt,
  reportStanding,
  reportedStatus,
  validateReport,
  validateReview,
  type DraftInput,
  type HighlightReport,
  type ReportReview,
  type ReportSections,
  type ReportStanding,
} from "./highlightReports";
import type { PlanQuarter } from "./quarters";
import type { Risk } from "./risks";
import type { RatingHistory, RatingSnapshot } from "./rollup";

const Q3: PlanQuarter = { planYear: "2026/27", quarter: "Q3" };
const Q4: PlanQuarter = { planYear: "2026/27", quarter: "Q4" };
const programme = { id: 1, number: 1, title: "Early help", boardIds: [1] };

const input = (over: Partial<DraftInput>): DraftInput => ({
  programme,
  quarter: Q3,
  actions: [],
  risks: [],
  previousStatus: null,
  now: "2026-11-22T10:00:00Z",
  ...over,
});

const snap = (over: Partial<RatingSnapshot>): RatingSnapshot => ({
  at: "2026-07-01T09:00:00Z",
  rag: "Green",
  status: "In progress",
  targetDate: "2027-06-30",
  revisedDate: null,
  revisedReason: "",
  programmeId: 1,
  boardId: 1,
  ...over,
});
const history = (actionId: number, ...snapshots: Partial<RatingSnapshot>[]): RatingHistory => ({
  actionId,
  snapshots: snapshots.map(snap),
});

const aRisk = (over: Partial<Risk>): Risk => ({
  id: 1,
  boardId: 1,
  programmeId: 1,
  title: "ORG0009 Safeguarding children",
  impactText: "Children come to harm.",
  mitigation: "Multi-agency audit.",
  owner: null,
  likelihood: 4,
  impact: 5,
  status: "Open",
  reviewDate: null,
  ...over,
});

describe("drafting a highlight report from the data", () => {
  it("says so plainly for a quarter with no actions, and leaves decisions for the chair", () => {
    const { sections, basis } = draftHighlightReport(input({}));
    expect(sections.rag).toBeNull();
    expect(sections.reason).toBe("No status: the programme had no actions.");
    expect(sections.trend).toBe("Stable");
    expect(sections.achievements).toBe("No actions were completed in Q3 2026/27.");
    expect(sections.slippage).toBe("No target dates were missed or moved in Q3 2026/27.");
    expect(sections.issuesRisks).toBe("No open risks are recorded for this programme.");
    expect(sections.nextQuarter).toBe("No actions are due in Q4 2026/27.");
    expect(sections.decisions).toBe("");
    expect(sections.figures).toEqual({
      red: 0,
      amber: 0,
      green: 0,
      complete: 0,
      noRating: 0,
      withdrawn: 0,
      missed: 0,
      revised: 0,
    });
    expect(basis.actionsByBoard).toEqual([{ boardId: 1, name: "Board 1", count: 0 }]);
  });

  it("gives the status by the rule with its sentence, and the trend against last quarter's report", () => {
    const actions = [
      anAction({ id: 1, rag: "Red" }),
      anAction({ id: 2, rag: "Green" }),
      anAction({ id: 3, rag: "Green" }),
      anAction({ id: 4, rag: "Green" }),
    ];
    const { sections, basis } = draftHighlightReport(input({ actions, previousStatus: "Green" }));
    expect(sections.rag).toBe("Red");
    expect(sections.reason).toBe("Red: 1 of 4 actions (25%) is rated Red, one in four or more.");
    expect(sections.trend).toBe("Declining");
    expect(basis.trendText).toBe("Declining: Green in Q2 2026/27, Red in Q3 2026/27.");
  });

  it("counts every delivering board's actions for a co-delivered programme and says whose", () => {
    const coDelivered = { ...programme, boardIds: [1, 2] };
    const actions = [
      anAction({ id: 1, boardId: 1, rag: "Amber" }),
      anAction({ id: 2, boardId: 2, rag: "Amber", folder: "send" }),
      anAction({ id: 3, boardId: 2, rag: "Green", folder: "send" }),
      anAction({ id: 4, boardId: 2, programmeId: 9, rag: "Red", folder: "send" }),
    ];
    const { sections, basis } = draftHighlightReport(
      input({
        programme: coDelivered,
        actions,
        boardNames: new Map([
          [1, "Early Help"],
          [2, "SEND"],
        ]),
      }),
    );
    expect(sections.rag).toBe("Amber");
    expect(sections.figures).toMatchObject({ amber: 2, green: 1, red: 0 });
    expect(basis.actionsByBoard).toEqual([
      { boardId: 1, name: "Early Help", count: 1 },
      { boardId: 2, name: "SEND", count: 2 },
    ]);
  });

  it("puts a completion on 31 March in Q4 and one on 1 April (British Summer Time) in the next quarter", () => {
    const actions = [
      anAction({
        id: 1,
        ref: "1.1",
        title: "March",
        status: "Complete",
        rag: null,
        targetDate: "2027-03-31",
        modified: "2027-03-31T22:00:00Z",
      }),
      // 23:30 UTC on 31 March is 00:30 on 1 April in London.
      anAction({
        id: 2,
        ref: "1.2",
        title: "April",
        status: "Complete",
        rag: null,
        targetDate: "2027-03-31",
        modified: "2027-03-31T23:30:00Z",
      }),
    ];
    const histories = [
      history(
        1,
        { at: "2026-12-01T09:00:00Z", targetDate: "2027-03-31" },
        { at: "2027-03-31T22:00:00Z", status: "Complete", rag: null, targetDate: "2027-03-31" },
      ),
      history(
        2,
        { at: "2026-12-01T09:00:00Z", targetDate: "2027-03-31" },
        { at: "2027-03-31T23:30:00Z", status: "Complete", rag: null, targetDate: "2027-03-31" },
      ),
    ];
    const { sections } = draftHighlightReport(
      input({ quarter: Q4, actions, histories, now: "2027-04-10T10:00:00Z" }),
    );
    expect(sections.achievements).toBe("- 1.1 March: completed 31 Mar 2027, target date 31 Mar 2027 met.");
    // 1.2 was still open at the end of 31 March, its due day: that date was missed.
    expect(sections.slippage).toBe("- 1.2 April: Due 31 Mar 2027, missed.");
    expect(sections.figures).toMatchObject({ complete: 1, green: 1, missed: 1 });
  });

  it("lists missed and revised dates with their reasons", () => {
    const actions = [
      anAction({
        id: 5,
        ref: "5.9",
        title: "Local offer",
        targetDate: "2026-10-31",
        revisedDate: "2027-01-31",
        revisedReason: "Supplier delay",
        modified: "2026-11-05T09:00:00Z",
      }),
    ];
    const histories = [
      history(
        5,
        { at: "2026-07-01T09:00:00Z", targetDate: "2026-10-31" },
        {
          at: "2026-11-05T09:00:00Z",
          targetDate: "2026-10-31",
          revisedDate: "2027-01-31",
          revisedReason: "Supplier delay",
          rag: "Amber",
        },
      ),
    ];
    const { sections } = draftHighlightReport(input({ actions, histories }));
    expect(sections.slippage).toBe(
      [
        "- 5.9 Local offer: Due 31 Oct 2026, missed; now due 31 Jan 2027 (reason: Supplier delay).",
        "- 5.9 Local offer: Target date moved from 31 Oct 2026 to 31 Jan 2027. Reason: Supplier delay",
      ].join("\n"),
    );
    expect(sections.figures).toMatchObject({ missed: 1, revised: 1 });
    expect(sections.nextQuarter).toBe("- 5.9 Local offer: due 31 Jan 2027 (Priya Chaudhry).");
  });

  it("lists the programme's open risks highest score first, with impact and mitigation", () => {
    const risks = [
      aRisk({ id: 1, title: "Low one", likelihood: 1, impact: 2, mitigation: "" }),
      aRisk({ id: 2 }),
      aRisk({ id: 3, title: "Closed", status: "Closed" }),
      aRisk({ id: 4, title: "Another programme's", programmeId: 7 }),
    ];
    const { sections, basis } = draftHighlightReport(input({ risks }));
    expect(sections.issuesRisks).toBe(
      [
        "- ORG0009 Safeguarding children: score 20, Very high (likelihood 4 Likely, impact 5 Critical). Impact: Children come to harm. Mitigation: Multi-agency audit.",
        "- Low one: score 2, Low (likelihood 1 Rare, impact 2 Minor). Impact: Children come to harm. No mitigation recorded.",
      ].join("\n"),
    );
    expect(basis.risks).toBe(2);
  });
});

const sections = (over: Partial<ReportSections>): ReportSections => ({
  rag: "Green",
  trend: "Stable",
  reason: "",
  achievements: "",
  slippage: "",
  issuesRisks: "",
  nextQuarter: "",
  decisions: "",
  figures: null,
  ...over,
});

describe("checking a report before it is submitted", () => {
  it("needs a status, and a reason when the status is Red or Amber", () => {
    expect(validateReport(sections({ rag: null }))).toEqual({
      rag: "Choose the current status (Red, Amber or Green) before submitting the report.",
    });
    expect(validateReport(sections({ rag: "Amber" })).reason).toMatch(
      /a reason is required when the status is Red or Amber/,
    );
    expect(validateReport(sections({ rag: "Amber", reason: "Two actions slipped." }))).toEqual({});
    expect(validateReport(sections({ rag: "Green" }))).toEqual({});
  });

  it("refuses a section longer than SharePoint keeps, saying by how much", () => {
    expect(validateReport(sections({ slippage: "x".repeat(64_000) })).slippage).toMatch(
      /Shorten it by 1 character/,
    );
  });

  it("needs a comment to return a report, not to approve it", () => {
    expect(validateReview("Returned", "  ")).toMatch(/only be returned with a comment/);
    expect(validateReview("Approved", "")).toBeNull();
  });
});

const aReport = (over: Partial<HighlightReport>): HighlightReport => ({
  id: 10,
  etag: '"2"',
  version: 2,
  modified: "2026-10-15T10:00:00Z",
  modifiedBy: null,
  planId: 1,
  boardId: 1,
  folder: "early-help",
  programmeId: 1,
  planYear: "2026/27",
  quarter: "Q2",
  status: "Submitted",
  rag: "Amber",
  trend: "Stable",
  reason: "",
  achievements: "",
  slippage: "",
  issuesRisks: "",
  nextQuarter: "",
  decisions: "",
  figures: null,
  ...over,
});
const aReview = (over: Partial<ReportReview>): ReportReview => ({
  id: 1,
  reportId: 10,
  reportVersion: 2,
  decision: "Approved",
  comment: "",
  at: "2026-10-20T10:00:00Z",
  by: null,
  ...over,
});

describe("the previous quarter's reported status", () => {
  it("is the report's RAG once submitted or approved, and nothing for a draft or a returned report", () => {
    expect(reportedStatus(aReport({}), [])).toBe("Amber");
    expect(reportedStatus(aReport({}), [aReview({})])).toBe("Amber");
    expect(reportedStatus(aReport({}), [aReview({ decision: "Returned", comment: "Fix" })])).toBeNull();
    expect(reportedStatus(aReport({ status: "Draft" }), [])).toBeNull();
    expect(reportedStatus(null, [])).toBeNull();
  });

  it("counts an approval only for the version it judged", () => {
    expect(reportStanding(aReport({ version: 3 }), [aReview({})]).state).toBe("Submitted");
  });
});

describe("a returned report is owed again", () => {
  it("counts as not handed in until it is resubmitted, so it can be late", () => {
    const standing: ReportStanding = {
      state: "Returned",
      review: null,
      lastReturn: null,
      submittedAt: "2026-10-10T10:00:00Z",
      resubmitted: false,
    };
    expect(handedInAt(standing)).toBeNull();
    expect(handedInAt({ ...standing, state: "Approved" })).toBe("2026-10-10T10:00:00Z");
  });
});
