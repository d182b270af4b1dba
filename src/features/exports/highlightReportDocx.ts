/**
 * A programme's Highlight Report as a Word document, in the order the board writes it and the
 * Executive reads it:
 *   Title "Highlight Report: Programme N: <title>", then board, quarter and where the report
 *   stands ("Approved by … on …", "Returned by … on …: <comment>", "Submitted on …", "Draft").
 *   A status table: current status (the word, on a shade), trend (word and symbol), reason.
 *   Then one section each: achievements, slippage, issues and risks, next quarter, decisions
 *   required; the figures the draft was made from (when kept); the version it is.
 * Real Word headings and tables with repeating header rows. Only ever loaded with a dynamic import().
 */
import { Document, HeadingLevel, Paragraph, type Table } from "docx";
import { formatDate } from "../../domain/dates";
import type { HighlightReport, ReportReview, ReportStanding } from "../../domain/highlightReports";
import { calendarDayOf } from "../../domain/quarters";
import { heading, line, ragCell, table, toBlob, typed } from "./docxParts";
import { capitalised, trendWords } from "./words";

export interface HighlightReportContext {
  programmeTitle: string;
  programmeNumber: number;
  boardTitle: string;
  /** "Q3 2026/27". */
  quarterLabel: string;
  standing: ReportStanding;
  /** The plan's word for a programme ("Programme" when not given). */
  programmeNoun?: string;
}

const day = (instant: string): string => formatDate(calendarDayOf(instant));
const byWhom = (review: ReportReview): string => (review.by ? ` by ${review.by.name}` : "");

/** Where the report stands, in one sentence. */
export function standingText(standing: ReportStanding): string {
  const { review, lastReturn, submittedAt } = standing;
  switch (standing.state) {
    case "Approved":
      return review
        ? `Approved${byWhom(review)} on ${day(review.at)}.${review.comment.trim() ? ` Comment: ${review.comment.trim()}` : ""}`
        : "Approved.";
    case "Returned":
      return review
        ? `Returned${byWhom(review)} on ${day(review.at)}: ${review.comment.trim() || "no comment given."}`
        : "Returned.";
    case "Submitted":
      return `${standing.resubmitted ? "Resubmitted" : "Submitted"}${submittedAt ? ` on ${day(submittedAt)}` : ""}, awaiting the Executive's decision.`;
    case "Draft":
      return lastReturn
        ? `Draft, being revised after it was returned${byWhom(lastReturn)} on ${day(lastReturn.at)}: ${lastReturn.comment.trim()}`
        : "Draft: not yet submitted to the Executive.";
    case "Not started":
      return "Not started.";
  }
}

function figuresTable(report: HighlightReport): Paragraph | Table {
  const f = report.figures;
  if (!f) return line("The figures the report was drafted from were not kept.", { italics: true });
  return table(
    ["Red", "Amber", "Green", "Complete", "No rating", "Withdrawn", "Missed dates", "Revised dates"],
    [[f.red, f.amber, f.green, f.complete, f.noRating, f.withdrawn, f.missed, f.revised].map(String)],
  );
}

/** The programme's Highlight Report for the quarter. */
export async function highlightReportDocx(
  report: HighlightReport,
  context: HighlightReportContext,
): Promise<Blob> {
  const noun = capitalised(context.programmeNoun ?? "");
  const name = `${noun} ${context.programmeNumber}: ${context.programmeTitle}`;
  const section = (title: string, text: string, empty: string): (Paragraph | Table)[] => [
    heading(title, HeadingLevel.HEADING_1),
    ...typed(text, empty),
  ];
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `Highlight Report: ${name}`, heading: HeadingLevel.TITLE }),
    line(context.boardTitle, { lead: "Delivery group: " }),
    line(context.quarterLabel, { lead: "Quarter: " }),
    line(standingText(context.standing), { lead: "Report: " }),

    heading("Current status", HeadingLevel.HEADING_1),
    table(
      ["Item", "Detail"],
      [
        ["Current status", ragCell(report.rag)],
        ["Status trend", trendWords(report.trend)],
        ["Reason for current status", report.reason.trim() || "No reason given."],
      ],
      [25, 75],
    ),

    ...section("Achievements", report.achievements, "No achievements reported."),
    ...section("Slippage", report.slippage, "No slippage reported."),
    ...section("Issues and risks", report.issuesRisks, "No issues or risks reported."),
    ...section("Next quarter", report.nextQuarter, "No activity planned for next quarter."),
    ...section("Decisions required", report.decisions, "No decisions required."),

    heading("Figures", HeadingLevel.HEADING_1),
    line("Actions by rating at the end of the quarter, and target dates missed or moved in it."),
    figuresTable(report),

    line(
      `Version ${report.version}, last saved on ${day(report.modified)}${report.modifiedBy ? ` by ${report.modifiedBy.name}` : ""}.`,
      { italics: true },
    ),
  ];
  const file = new Document({
    creator: "Trust Boards",
    title: `Highlight Report: ${name}, ${context.quarterLabel}`,
    description: `${context.boardTitle}: Highlight Report for ${context.quarterLabel}`,
    sections: [{ children }],
  });
  return toBlob(file);
}
