import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { HighlightReports, ReportReviews } from "../../../manifest";
import {
  REPORT_STATUSES,
  REVIEW_DECISIONS,
  type HighlightReport,
  type ReportFigures,
  type ReportReview,
  type ReviewDecision,
} from "../../domain/highlightReports";
import { QUARTERS, type PlanQuarter } from "../../domain/quarters";
import { TRENDS } from "../../domain/rollup";
import { RAGS } from "../../domain/types";
import { DataError, toDataError } from "../errors";
import { createInFolder, findByClientId, parseRows, PersonRow, personSelect, readAll, text } from "./common";
import { writeAndReread } from "./meetings";
import { eq } from "./odata";
import { folderIn } from "./actions";

/**
 * TB Highlight Reports and TB Report Reviews (manifest/lists.ts): a programme's quarterly report,
 * written by its lead board in that board's folder, and the Executive's decisions on it.
 *
 * The version a decision names is the report item's SharePoint version: `OData__UIVersionString`
 * ("3.0"; the list keeps major versions only), which SharePoint raises on every save of the item.
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 */

/**
 * The columns a report row needs; no person columns, so no $expand is needed (readers that want who
 * last saved it add REPORT_PEOPLE_SELECT with REPORT_EXPAND).
 */
export const REPORT_SELECT: string[] = [
  "Id",
  "Title",
  "FileDirRef",
  "TBPlanId",
  "TBBoardId",
  "TBProgrammeId",
  "TBPlanYear",
  "TBQuarter",
  "TBStatus",
  "TBRag",
  "TBTrend",
  "TBReason",
  "TBAchievements",
  "TBSlippage",
  "TBIssuesRisks",
  "TBNextQuarter",
  "TBDecisions",
  "TBFigures",
  "Modified",
  "OData__UIVersionString",
];
export const REPORT_PEOPLE_SELECT: string[] = personSelect("Editor");
export const REPORT_EXPAND: string[] = ["Editor"];

/** The Executive's decisions: no person columns either (REVIEW_PEOPLE_SELECT + REVIEW_EXPAND for who). */
export const REVIEW_SELECT: string[] = [
  "Id",
  "TBPlanId",
  "TBBoardId",
  "TBReportId",
  "TBReportVersion",
  "TBPlanYear",
  "TBQuarter",
  "TBDecision",
  "TBComment",
  "Created",
];
export const REVIEW_PEOPLE_SELECT: string[] = personSelect("Author");
export const REVIEW_EXPAND: string[] = ["Author"];

const count = z.number().int().min(0);
const FiguresJson = z.object({
  red: count,
  amber: count,
  green: count,
  complete: count,
  noRating: count,
  withdrawn: count,
  missed: count,
  revised: count,
});

/**
 * The figures are JSON in a note column anyone with edit rights on the folder could have typed into:
 * what does not parse is shown as no figures rather than breaking the report.
 */
export function parseFigures(raw: string): ReportFigures | null {
  if (raw.trim() === "") return null;
  try {
    const parsed = FiguresJson.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** "3.0" → 3 (the major version; a list with minor versions off only has those). */
const majorVersion = (label: string | null | undefined): number => {
  const n = Number.parseInt((label ?? "").split(".")[0] ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
};

const ReportRow = z
  .object({
    Id: z.number(),
    "odata.etag": z.string(),
    TBPlanId: z.number(),
    TBBoardId: z.number(),
    TBProgrammeId: z.number(),
    TBPlanYear: z.string(),
    TBQuarter: z.enum(QUARTERS),
    TBStatus: z.enum(REPORT_STATUSES),
    TBRag: z.enum(RAGS).nullish(),
    TBTrend: z.enum(TRENDS).nullish(),
    TBReason: text,
    TBAchievements: text,
    TBSlippage: text,
    TBIssuesRisks: text,
    TBNextQuarter: text,
    TBDecisions: text,
    TBFigures: text,
    FileDirRef: z.string(),
    Modified: z.string(),
    OData__UIVersionString: z.string().nullish(),
    Editor: PersonRow,
  })
  .transform((r): HighlightReport => ({
    id: r.Id,
    etag: r["odata.etag"],
    version: majorVersion(r.OData__UIVersionString),
    modified: r.Modified,
    modifiedBy: r.Editor,
    planId: r.TBPlanId,
    boardId: r.TBBoardId,
    folder: folderIn(r.FileDirRef),
    programmeId: r.TBProgrammeId,
    planYear: r.TBPlanYear,
    quarter: r.TBQuarter,
    status: r.TBStatus,
    rag: r.TBRag ?? null,
    trend: r.TBTrend ?? null,
    reason: r.TBReason,
    achievements: r.TBAchievements,
    slippage: r.TBSlippage,
    issuesRisks: r.TBIssuesRisks,
    nextQuarter: r.TBNextQuarter,
    decisions: r.TBDecisions,
    figures: parseFigures(r.TBFigures),
  }));

const ReviewRow = z
  .object({
    Id: z.number(),
    TBReportId: z.number(),
    TBReportVersion: z.number(),
    TBDecision: z.enum(REVIEW_DECISIONS),
    TBComment: text,
    Created: z.string(),
    Author: PersonRow,
  })
  .transform((r): ReportReview => ({
    id: r.Id,
    reportId: r.TBReportId,
    reportVersion: r.TBReportVersion,
    decision: r.TBDecision,
    comment: r.TBComment,
    at: r.Created,
    by: r.Author,
  }));

/** One TB Highlight Reports row (read with REPORT_SELECT) as the domain's report. */
export const reportFromRow = (row: unknown): HighlightReport =>
  parseRows(ReportRow, [row], HighlightReports.title)[0] as HighlightReport;

/** One TB Report Reviews row (read with REVIEW_SELECT) as the domain's decision. */
export const reviewFromRow = (row: unknown): ReportReview =>
  parseRows(ReviewRow, [row], ReportReviews.title)[0] as ReportReview;

export const toReports = (rows: unknown[]): HighlightReport[] =>
  parseRows(ReportRow, rows, HighlightReports.title);
export const toReviews = (rows: unknown[]): ReportReview[] => parseRows(ReviewRow, rows, ReportReviews.title);

const reports = (sp: SPFI) => sp.web.lists.getByTitle(HighlightReports.title).items;
const reviews = (sp: SPFI) => sp.web.lists.getByTitle(ReportReviews.title).items;
const REPORT_FULL = [...REPORT_SELECT, ...REPORT_PEOPLE_SELECT];
const REVIEW_FULL = [...REVIEW_SELECT, ...REVIEW_PEOPLE_SELECT];

/** A board's reports and the Executive's decisions on them (both lists filter on indexed TBBoardId). */
export interface BoardReports {
  reports: HighlightReport[];
  reviews: ReportReview[];
}

export async function listBoardReports(sp: SPFI, boardId: number): Promise<BoardReports> {
  try {
    const [reportRows, reviewRows] = await Promise.all([
      readAll(
        reports(sp)
          .select(...REPORT_FULL)
          .expand(...REPORT_EXPAND)
          .filter(eq("TBBoardId", boardId))
          .top(500),
      ),
      readAll(
        reviews(sp)
          .select(...REVIEW_FULL)
          .expand(...REVIEW_EXPAND)
          .filter(eq("TBBoardId", boardId))
          .top(500),
      ),
    ]);
    return { reports: toReports(reportRows), reviews: toReviews(reviewRows) };
  } catch (e) {
    throw toDataError(e);
  }
}

export async function getReport(sp: SPFI, id: number): Promise<HighlightReport> {
  try {
    const row: unknown = await reports(sp)
      .getById(id)
      .select(...REPORT_FULL)
      .expand(...REPORT_EXPAND)();
    return reportFromRow(row);
  } catch (e) {
    throw toDataError(e);
  }
}

/** The sections the chair writes, and what the draft was made from. */
export type ReportContent = Pick<
  HighlightReport,
  | "rag"
  | "trend"
  | "reason"
  | "achievements"
  | "slippage"
  | "issuesRisks"
  | "nextQuarter"
  | "decisions"
  | "figures"
>;

const contentProps = (c: ReportContent): Record<string, unknown> => ({
  TBRag: c.rag,
  TBTrend: c.trend,
  TBReason: c.reason,
  TBAchievements: c.achievements,
  TBSlippage: c.slippage,
  TBIssuesRisks: c.issuesRisks,
  TBNextQuarter: c.nextQuarter,
  TBDecisions: c.decisions,
  TBFigures: c.figures ? JSON.stringify(c.figures) : "",
});

export interface NewReport extends PlanQuarter {
  planId: number;
  /** The programme's lead board: its folder holds the report, so its members may edit it. */
  boardId: number;
  boardFolder: string;
  programmeId: number;
  title: string;
}

/**
 * Starts a programme's report for a quarter, as a Draft in the lead board's folder (whose
 * permissions decide who may). The client id makes a retried create find the first one.
 */
export async function createReport(
  sp: SPFI,
  siteUrl: string,
  report: NewReport,
  content: ReportContent,
  clientId: string,
): Promise<HighlightReport> {
  try {
    const props = contentProps(content);
    const id = await createInFolder(sp, siteUrl, HighlightReports, report.boardFolder, clientId, [
      { FieldName: "Title", FieldValue: report.title },
      { FieldName: "TBPlanId", FieldValue: String(report.planId) },
      { FieldName: "TBBoardId", FieldValue: String(report.boardId) },
      { FieldName: "TBProgrammeId", FieldValue: String(report.programmeId) },
      { FieldName: "TBPlanYear", FieldValue: report.planYear },
      { FieldName: "TBQuarter", FieldValue: report.quarter },
      { FieldName: "TBStatus", FieldValue: "Draft" },
      ...Object.entries(props).map(([FieldName, v]) => ({
        FieldName,
        FieldValue: typeof v === "string" ? v : "",
      })),
    ]);
    return await getReport(sp, id);
  } catch (e) {
    throw toDataError(e);
  }
}

/**
 * Saves the chair's text with the ETag read (IF-MATCH): if someone saved in between, SharePoint
 * answers 412, nothing is overwritten and the caller keeps the draft. `status` moves it between Draft
 * and Submitted (a returned report goes back to Draft when the chair revises it).
 */
export async function saveReport(
  sp: SPFI,
  report: Pick<HighlightReport, "id" | "etag">,
  content: ReportContent,
  status: HighlightReport["status"],
): Promise<HighlightReport> {
  const row = await writeAndReread(
    sp,
    HighlightReports,
    report,
    { ...contentProps(content), TBStatus: status },
    REPORT_FULL,
    REPORT_EXPAND,
  );
  return reportFromRow(row);
}

/** Sends the report to the Executive as it stands (a new SharePoint version: the one they judge). */
export const submitReport = (
  sp: SPFI,
  report: Pick<HighlightReport, "id" | "etag">,
  content: ReportContent,
): Promise<HighlightReport> => saveReport(sp, report, content, "Submitted");

export interface NewReview {
  report: Pick<HighlightReport, "id" | "version" | "planId" | "boardId" | "planYear" | "quarter">;
  decision: ReviewDecision;
  comment: string;
}

/**
 * The Executive's decision on the report's current version. Only the Executive and plan
 * administrators can add to TB Report Reviews (PERMISSIONS.reportReviews): anyone else gets 403 from
 * SharePoint, shown as "You don't have permission". A return needs a comment (checked before sending).
 */
export async function addReview(sp: SPFI, review: NewReview, clientId: string): Promise<ReportReview> {
  const comment = review.comment.trim();
  if (review.decision === "Returned" && comment === "")
    throw new DataError("invalid", "Say what the board should change before returning the report.");
  try {
    let id: number;
    try {
      const added = (await reviews(sp).add({
        Title: `${review.decision}: report ${review.report.id} version ${review.report.version}`,
        TBClientId: clientId,
        TBPlanId: review.report.planId,
        TBBoardId: review.report.boardId,
        TBReportId: review.report.id,
        TBReportVersion: review.report.version,
        TBPlanYear: review.report.planYear,
        TBQuarter: review.report.quarter,
        TBDecision: review.decision,
        TBComment: comment,
      })) as unknown;
      id = z.object({ Id: z.number() }).parse(added).Id;
    } catch (e) {
      // A reply lost after SharePoint stored it: the client id finds the first one instead of a second.
      const existing = await findByClientId(sp, ReportReviews, clientId).catch(() => null);
      if (existing === null) throw e;
      id = existing;
    }
    const row: unknown = await reviews(sp)
      .getById(id)
      .select(...REVIEW_FULL)
      .expand(...REVIEW_EXPAND)();
    return reviewFromRow(row);
  } catch (e) {
    throw toDataError(e);
  }
}
