import {
  handedInAt,
  reportOf,
  reportStanding,
  type HighlightReport,
  type ReportReview,
  type ReportStanding,
} from "../../domain/highlightReports";
import {
  QUARTERS,
  calendarEntryFor,
  lateness,
  latenessText,
  type Lateness,
  type PlanQuarter,
  type ReportingCalendarEntry,
} from "../../domain/quarters";
import type { Programme } from "../../domain/types";

/** One programme's report for one quarter, as the board's list shows it. */
export interface ReportRow {
  programme: Programme;
  quarter: PlanQuarter;
  report: HighlightReport | null;
  standing: ReportStanding;
  /** Null when the calendar has no date for the quarter. */
  lateness: Lateness | null;
  latenessText: string;
  /** Late (due day passed, not submitted), or returned: the chair is told on the board's home. */
  needsChair: boolean;
}

/** The programmes a board writes reports for: those it leads (the first of their delivering boards). */
export const ledBy = (programmes: readonly Programme[], boardId: number): Programme[] =>
  programmes.filter((p) => p.boardIds[0] === boardId).sort((a, b) => a.number - b.number);

export function reportRow(
  programme: Programme,
  /** The folder of the programme's lead board: only a report filed there counts (reportOf). */
  leadFolder: string,
  quarter: PlanQuarter,
  reports: readonly HighlightReport[],
  reviews: readonly ReportReview[],
  calendar: readonly ReportingCalendarEntry[],
  now: Date,
): ReportRow {
  const report = reportOf(reports, programme.id, quarter, leadFolder);
  const standing = reportStanding(report, reviews);
  const entry = calendarEntryFor(calendar, quarter);
  const late = entry ? lateness(entry, handedInAt(standing), now) : null;
  return {
    programme,
    quarter,
    report,
    standing,
    lateness: late,
    latenessText: late ? latenessText(late) : "No due date in the reporting calendar",
    needsChair: standing.state === "Returned" || late?.kind === "late",
  };
}

/** Every led programme × every quarter of the plan year, in programme then quarter order. */
export function boardReportRows(
  programmes: readonly Programme[],
  board: { id: number; folder: string },
  planYear: string,
  reports: readonly HighlightReport[],
  reviews: readonly ReportReview[],
  calendar: readonly ReportingCalendarEntry[],
  now: Date,
): ReportRow[] {
  return ledBy(programmes, board.id).flatMap((p) =>
    QUARTERS.map((quarter) =>
      reportRow(p, board.folder, { planYear, quarter }, reports, reviews, calendar, now),
    ),
  );
}
