/**
 * Highlight reports: one per programme per quarter, drafted from the data, edited by the chair of
 * the programme's lead board, then approved or returned by the Trust Executive.
 *
 * Where the state lives (manifest/lists.ts, docs/HISTORY.md "Highlight reports"):
 * - the board writes its report (TB Highlight Reports) as Draft or Submitted, in its own folder;
 * - the Executive writes its decision (TB Report Reviews), naming the report version it judged.
 *   Board members can only read that list, so nobody approves their own report, and the Executive
 *   needs no write access to any board's folder.
 * Pure: no React, no I/O.
 */
import type { PlanQuarter } from "./quarters";
import type { Trend } from "./rollup";
import type { IsoInstant, Person, Rag } from "./types";

/** What the board writes. */
export const REPORT_STATUSES = ["Draft", "Submitted"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What the Executive writes. */
export const REVIEW_DECISIONS = ["Approved", "Returned"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Where a programme's report for a quarter stands, as everyone sees it. */
export type ReportState = "Not started" | "Draft" | "Submitted" | "Returned" | "Approved";

/** The figures a draft was made from, kept with the report as the quarter's record (TBFigures). */
export interface ReportFigures {
  red: number;
  amber: number;
  green: number;
  complete: number;
  noRating: number;
  withdrawn: number;
  missed: number;
  revised: number;
}

/** One row of TB Highlight Reports, as the app reads it. */
export interface HighlightReport {
  id: number;
  etag: string;
  /** The SharePoint version number (its major version): a review names the version it judged. */
  version: number;
  /** When the item was last saved, stamped by SharePoint. */
  modified: IsoInstant;
  modifiedBy: Person | null;
  planId: number;
  /** The board whose folder holds it: the programme's lead (first delivering) board. */
  boardId: number;
  programmeId: number;
  planYear: string;
  quarter: PlanQuarter["quarter"];
  status: ReportStatus;
  rag: Rag | null;
  trend: Trend | null;
  reason: string;
  achievements: string;
  slippage: string;
  issuesRisks: string;
  nextQuarter: string;
  decisions: string;
  figures: ReportFigures | null;
}

/** One row of TB Report Reviews. */
export interface ReportReview {
  id: number;
  reportId: number;
  /** The report version the decision was made on. */
  reportVersion: number;
  decision: ReviewDecision;
  comment: string;
  /** When the Executive decided (SharePoint's Created). */
  at: IsoInstant;
  by: Person | null;
}

export interface ReportStanding {
  state: ReportState;
  /** The decision that applies to the report as it stands (its current version), if any. */
  review: ReportReview | null;
  /** The latest return, shown to the chair while they revise (null when never returned). */
  lastReturn: ReportReview | null;
  /** When the report as it stands was submitted (its Modified while Submitted), else null. */
  submittedAt: IsoInstant | null;
  /** Submitted again after a return. */
  resubmitted: boolean;
}

/**
 * Where a report stands, from the report and the Executive's decisions on it:
 * - no report: Not started; a Draft: Draft (with the last return, if any, to act on);
 * - Submitted: Approved or Returned when a decision names its current version, else Submitted.
 * A decision on an older version no longer applies: a report changed after approval is Submitted
 * (or Draft) again, so an approval always means "this text, as approved".
 */
export function reportStanding(
  report: HighlightReport | null,
  reviews: readonly ReportReview[],
): ReportStanding {
  if (!report)
    return { state: "Not started", review: null, lastReturn: null, submittedAt: null, resubmitted: false };
  const mine = reviews
    .filter((r) => r.reportId === report.id)
    .sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  const lastReturn = [...mine].reverse().find((r) => r.decision === "Returned") ?? null;
  if (report.status === "Draft")
    return { state: "Draft", review: null, lastReturn, submittedAt: null, resubmitted: false };
  const current = [...mine].reverse().find((r) => r.reportVersion === report.version) ?? null;
  return {
    state: current ? current.decision : "Submitted",
    review: current,
    lastReturn,
    submittedAt: report.modified,
    resubmitted: lastReturn !== null && lastReturn !== current,
  };
}
