/**
 * A small plan for the export tests, made into an ExecutiveRollup by the domain's own builder, so
 * the files are checked against the figures the rollup screen shows. Test-only: nothing in the app
 * imports it.
 */
import { anAction } from "../../../tests/builders/action";
import { buildExecutiveRollup, type ExecutiveRollup, type PlanRecord } from "../../domain/executiveRollup";
import type { HighlightReport, ReportReview } from "../../domain/highlightReports";
import type { Person } from "../../domain/types";

export const PRIYA: Person = { id: 10, name: "Priya Chaudhry", email: "priya@partnership.example" };
export const EXEC: Person = { id: 20, name: "Sam Okafor", email: "sam@partnership.example" };

export function aReport(overrides: Partial<HighlightReport> = {}): HighlightReport {
  return {
    id: 100,
    etag: '"2"',
    version: 2,
    modified: "2026-11-25T10:00:00Z",
    modifiedBy: PRIYA,
    planId: 1,
    boardId: 1,
    folder: "early-help",
    programmeId: 1,
    planYear: "2026/27",
    quarter: "Q3",
    status: "Submitted",
    rag: "Green",
    trend: "Improving",
    reason: "Most actions are on track for March 2027.",
    achievements: "- Choices for Life strategy co-produced\n- Self-harm task and finish group set up",
    slippage: "",
    issuesRisks: "Partner engagement with the early help process is uneven.",
    nextQuarter: "Consult on the Family Support Service.",
    decisions: "Approve the partnership workshop in early 2027.",
    figures: {
      red: 1,
      amber: 0,
      green: 1,
      complete: 1,
      noRating: 0,
      withdrawn: 0,
      missed: 1,
      revised: 0,
    },
    ...overrides,
  };
}

export const APPROVAL: ReportReview = {
  id: 500,
  reportId: 100,
  reportVersion: 2,
  decision: "Approved",
  comment: "",
  at: "2026-11-28T15:30:00Z",
  by: EXEC,
};

export function planRecord(): PlanRecord {
  return {
    plan: {
      id: 1,
      title: "Children and Young People's Plan 2025-2028",
      startYear: 2025,
      endYear: 2028,
      currentYear: "2026/27",
      status: "Active",
      programmeNoun: "programme",
      vision: "",
      calendarRule: { updatesDueDays: 10, reportsDueDays: 21 },
    },
    boards: [
      {
        id: 1,
        planId: 1,
        title: "Early Help Board",
        groupId: "g1",
        folder: "early-help",
        chair: PRIYA,
        chairRole: "Chair",
        sponsor: null,
        status: "Active",
        cadence: "Monthly",
        channelId: "",
        channelName: "",
      },
      {
        id: 2,
        planId: 1,
        title: "Health and Wellbeing Group",
        groupId: "g2",
        folder: "health",
        chair: null,
        chairRole: "Chair",
        sponsor: null,
        status: "Active",
        cadence: "Monthly",
        channelId: "",
        channelName: "",
      },
    ],
    programmes: [
      { id: 1, planId: 1, number: 1, title: "Resilient families", boardIds: [1, 2], outcome: "" },
      { id: 2, planId: 1, number: 2, title: "Healthy outcomes", boardIds: [2], outcome: "" },
    ],
    actions: [
      anAction({ id: 1, ref: "1.1", lastUpdateAt: "2026-11-20T10:00:00Z", modified: "2026-11-20T10:00:00Z" }),
      anAction({
        id: 2,
        ref: "1.2",
        title: "Publish the SEND local offer",
        rag: "Red",
        targetDate: "2026-10-31",
        modified: "2026-10-01T09:00:00Z",
        ownerOrg: "County Council",
      }),
      anAction({ id: 3, ref: "1.3", title: "Train volunteers", status: "Complete", rag: null }),
      anAction({
        id: 4,
        boardId: 2,
        programmeId: 2,
        ref: "2.1",
        title: "Perinatal bids to NHS England",
        rag: "Amber",
        targetDate: "2026-12-15",
        revisedDate: "2027-02-28",
        revisedReason: "Bids window postponed",
        folder: "health",
        modified: "2026-10-15T09:00:00Z",
      }),
      anAction({
        id: 5,
        boardId: 2,
        programmeId: 2,
        ref: "2.2",
        title: "Weight management contract review",
        status: "Not started",
        rag: null,
        folder: "health",
      }),
    ],
    histories: [
      {
        actionId: 4,
        snapshots: [
          {
            at: "2026-09-01T09:00:00Z",
            rag: "Green",
            status: "In progress",
            targetDate: "2026-12-15",
            revisedDate: null,
            revisedReason: "",
            programmeId: 2,
            boardId: 2,
          },
          {
            at: "2026-10-15T09:00:00Z",
            rag: "Amber",
            status: "In progress",
            targetDate: "2026-12-15",
            revisedDate: "2027-02-28",
            revisedReason: "Bids window postponed",
            programmeId: 2,
            boardId: 2,
          },
        ],
      },
    ],
    risks: [
      {
        id: 1,
        boardId: 1,
        folder: "early-help",
        ref: "",
        programmeId: 1,
        title: "Partners cannot keep pace with the improvement work",
        impactText: "Refer-on culture stays embedded",
        mitigation: "Senior leaders drive the agenda across the partnership",
        owner: PRIYA,
        likelihood: 4,
        impact: 5,
        status: "Open",
        reviewDate: "2027-01-15",
      },
      {
        id: 2,
        boardId: 2,
        folder: "health",
        ref: "",
        programmeId: 2,
        title: "NHS pressures reduce focus on vulnerable children",
        impactText: "Less capacity for prevention",
        mitigation: "Report concerns to the Health and Wellbeing Board",
        owner: null,
        likelihood: 3,
        impact: 3,
        status: "Open",
        reviewDate: null,
      },
      {
        id: 3,
        boardId: 2,
        folder: "health",
        ref: "",
        programmeId: null,
        title: "A closed risk",
        impactText: "",
        mitigation: "",
        owner: null,
        likelihood: 5,
        impact: 5,
        status: "Closed",
        reviewDate: null,
      },
    ],
    measures: [
      {
        id: 1,
        planId: 1,
        programmeId: 1,
        title: "Reviews on time",
        unit: "%",
        targetText: "",
        polarity: "Higher",
        baseline: 60,
        target: 80,
      },
      {
        id: 2,
        planId: 1,
        programmeId: 2,
        title: "Re-referrals to social care",
        unit: "",
        targetText: "",
        polarity: "Lower",
        baseline: null,
        target: null,
      },
    ],
    measureValues: [
      { measureId: 1, period: "2025/26", value: 65, england: 70, neighbours: 68, override: null },
      { measureId: 1, period: "2026/27 Q2", value: 78.5, england: 75, neighbours: 74.2, override: null },
      { measureId: 2, period: "2026/27 Q2", value: 412, england: null, neighbours: null, override: null },
    ],
    reports: [
      aReport(),
      aReport({ id: 90, version: 1, quarter: "Q2", rag: "Amber", modified: "2026-07-10T10:00:00Z" }),
    ],
    reviews: [APPROVAL],
    calendar: [{ planYear: "2026/27", quarter: "Q3", updatesDue: "2026-12-01", reportsDue: "2026-12-10" }],
    narrative: { id: 1, etag: '"1"', text: "" },
  };
}

export const NARRATIVE =
  "Good progress this quarter, with some slippage.\n\nThe partnership is still developing: more ownership of the plan is needed.";

export function aRollup(): ExecutiveRollup {
  return buildExecutiveRollup(planRecord(), { planYear: "2026/27", quarter: "Q3" }, "2026-11-30T12:00:00Z");
}

/** A Blob's bytes as a Node Buffer (what mammoth and exceljs read in tests). */
export async function bytesOf(blob: Blob): Promise<Buffer> {
  return Buffer.from(await blob.arrayBuffer());
}

const decode = (s: string): string =>
  s
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();

/** The Word document as HTML, the way mammoth (and so a screen reader's view of its structure) sees it. */
export async function wordHtml(blob: Blob): Promise<string> {
  const { default: mammoth } = await import("mammoth");
  return (await mammoth.convertToHtml({ buffer: await bytesOf(blob) })).value;
}

/** Headings in order, as "h1 1. Overall". */
export const headingsOf = (html: string): string[] =>
  [...html.matchAll(/<(h[1-6])>([\s\S]*?)<\/\1>/g)].map((m) => `${m[1]} ${decode(m[2]!)}`);

export interface HtmlTable {
  /** The header row's cells (from <th>, so only a real Word header row fills it). */
  head: string[];
  rows: string[][];
}

/** Every table's header and body cells, as text. */
export function tablesOf(html: string): HtmlTable[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) => {
    const cells = (row: string, tag: "th" | "td") =>
      [...row.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((c) => decode(c[1]!));
    const head = [...t[1]!.matchAll(/<thead>([\s\S]*?)<\/thead>/g)].map((h) => cells(h[1]!, "th")).flat();
    const body = t[1]!.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? "";
    const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => cells(r[1]!, "td"));
    return { head, rows };
  });
}

/** The table whose header starts with these cells. */
export function tableHeaded(html: string, ...first: string[]): HtmlTable {
  const found = tablesOf(html).find((t) => first.every((h, i) => t.head[i] === h));
  if (!found) throw new Error(`No table headed ${first.join(", ")}`);
  return found;
}
