/**
 * The Dashboard workbook (seed 000, appendix 5.1 "Children and Young People's Plan Annual Dashboard"):
 * the plan's figures for a quarter, one sheet per view, for people who sort, filter and chart in Excel.
 *   Actions           ref, action, board, programme, owner, organisation, status, RAG, target date,
 *                     revised date, last update, overdue
 *   RAG by programme  programme, title, lead board, status, trend, Red, Amber, Green, Complete,
 *                     No rating, total, overdue, slipped
 *   Measures          measure, programme, unit, better is, baseline, target, latest period, value,
 *                     England, statistical neighbours, RAG, reason
 *   Measure values    every period's figures, oldest first (to chart)
 *   Risks             open risks, highest score first
 *   Slippage          missed and moved target dates, with reasons
 *   Reports           where each programme's highlight report stands, and whether it was late
 *   About             the plan, the quarter, when the figures were read, and how the ratings work
 * Real Excel types: dates are Excel dates shown dd/mm/yyyy, figures are numbers (a percentage is the
 * number, its unit in the Unit column), yes/no is text. Every sheet has a bold header row that stays
 * in view (frozen), an autofilter over it, and column widths to fit.
 * Only ever loaded with a dynamic import(): `exceljs` stays out of the first load.
 */
import ExcelJS from "exceljs";
import { formatDate } from "../../domain/dates";
import type { ExecutiveRollup } from "../../domain/executiveRollup";
import { RAG_RULE } from "../../domain/measures";
import { calendarDayOf } from "../../domain/quarters";
import type { IsoDate } from "../../domain/types";
import { XLSX_TYPE } from "./saveBlob";
import { capitalised, trendWords, whatHappened } from "./words";

/** How a column's values are written: each as its real Excel type. */
type Kind = "text" | "number" | "date" | "yesno";
type Value = string | number | boolean | null;

interface Column<T> {
  header: string;
  /** Characters, as Excel counts column width. */
  width: number;
  kind: Kind;
  value: (row: T) => Value;
  /** Long text: wrapped in its cell. */
  wrap?: boolean;
}

/** Excel shows a date cell this way whatever the reader's regional settings. */
export const DATE_FORMAT = "dd/mm/yyyy";

/** A calendar day as the Date exceljs writes as that day's Excel serial (it reads the UTC fields). */
export function excelDate(date: IsoDate): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function cellValue(kind: Kind, v: Value): ExcelJS.CellValue {
  if (v === null || v === "") return null;
  switch (kind) {
    case "date":
      return typeof v === "string" ? excelDate(v) : null;
    case "number":
      return typeof v === "number" && Number.isFinite(v) ? v : null;
    case "yesno":
      return v === true ? "Yes" : v === false ? "No" : String(v);
    case "text":
      return String(v);
  }
}

function addSheet<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.kind === "date" ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  for (const row of rows) sheet.addRow(columns.map((c) => cellValue(c.kind, c.value(row))));
  columns.forEach((c, i) => {
    if (c.wrap) sheet.getColumn(i + 1).alignment = { vertical: "top", wrapText: true };
  });
  // After the columns' styles, which would otherwise overwrite the header cells' own.
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: "middle", wrapText: true };
    cell.border = { bottom: { style: "thin" } };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

const text = <T>(header: string, width: number, value: (row: T) => Value, wrap = false): Column<T> => ({
  header,
  width,
  kind: "text",
  value,
  wrap,
});
const num = <T>(header: string, width: number, value: (row: T) => Value): Column<T> => ({
  header,
  width,
  kind: "number",
  value,
});
const date = <T>(header: string, width: number, value: (row: T) => Value): Column<T> => ({
  header,
  width,
  kind: "date",
  value,
});
const yesNo = <T>(header: string, width: number, value: (row: T) => Value): Column<T> => ({
  header,
  width,
  kind: "yesno",
  value,
});

/** The plan's Dashboard workbook for the rollup's quarter. */
export async function dashboardXlsx(rollup: ExecutiveRollup): Promise<Blob> {
  const r = rollup;
  const noun = capitalised(r.plan.programmeNoun);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Trust Boards";
  workbook.title = `${r.plan.title} Dashboard ${r.quarterLabel}`;
  workbook.created = new Date(r.asAt);

  type A = ExecutiveRollup["actions"][number];
  addSheet<A>(
    workbook,
    "Actions",
    [
      text("Ref", 8, (a) => a.ref),
      text("Action", 48, (a) => a.title, true),
      text("Board", 28, (a) => a.boardTitle),
      num(noun, 11, (a) => a.programmeNumber || null),
      text("Owner", 22, (a) => a.owner || "No owner"),
      text("Organisation", 18, (a) => a.ownerOrganisation),
      text("Status", 13, (a) => a.status),
      text("RAG", 11, (a) => a.rating),
      date("Target date", 12, (a) => a.targetDate),
      date("Revised date", 12, (a) => a.revisedDate),
      date("Last update", 12, (a) => (a.lastUpdateAt ? calendarDayOf(a.lastUpdateAt) : null)),
      yesNo("Overdue", 10, (a) => a.overdue),
    ],
    r.actions,
  );

  type P = ExecutiveRollup["programmes"][number];
  addSheet<P>(
    workbook,
    `RAG by ${noun.toLowerCase()}`.slice(0, 31),
    [
      num(noun, 11, (p) => p.number),
      text("Title", 40, (p) => p.title, true),
      text("Lead board", 28, (p) => p.boards[0]?.title ?? ""),
      text("Status", 11, (p) => p.status ?? "No status"),
      text("Trend", 13, (p) => trendWords(p.trend)),
      num("Red", 8, (p) => p.counts.Red),
      num("Amber", 8, (p) => p.counts.Amber),
      num("Green", 8, (p) => p.counts.Green),
      num("Complete", 10, (p) => p.counts.Complete),
      num("No rating", 10, (p) => p.counts["No rating"]),
      num("Total", 8, (p) => p.total),
      num("Overdue", 9, (p) => p.overdue),
      num("Slipped", 9, (p) => p.slipped),
      text("Reason for status", 60, (p) => p.reason, true),
    ],
    r.programmes,
  );

  type M = ExecutiveRollup["measures"][number];
  addSheet<M>(
    workbook,
    "Measures",
    [
      text("Measure", 44, (m) => m.title, true),
      num(noun, 11, (m) => m.programmeNumber),
      text("Unit", 10, (m) => m.unit || "count"),
      text("Better is", 10, (m) => m.polarity),
      num("Baseline", 10, (m) => m.baseline),
      num("Target", 10, (m) => m.target),
      text("Target (in words)", 24, (m) => m.targetText, true),
      text("Latest period", 13, (m) => m.latest?.period ?? ""),
      num("Value", 10, (m) => m.latest?.value ?? null),
      num("England", 10, (m) => m.latest?.england ?? null),
      num("Statistical neighbours", 13, (m) => m.latest?.neighbours ?? null),
      text("RAG", 11, (m) => m.rating.rag ?? m.rating.label),
      yesNo("Overridden", 11, (m) => m.rating.overridden),
      text("Reason", 50, (m) => m.rating.reason, true),
    ],
    r.measures,
  );

  type V = { measure: M; value: M["values"][number] };
  addSheet<V>(
    workbook,
    "Measure values",
    [
      text("Measure", 44, (v) => v.measure.title, true),
      num(noun, 11, (v) => v.measure.programmeNumber),
      text("Unit", 10, (v) => v.measure.unit || "count"),
      text("Period", 12, (v) => v.value.period),
      num("Value", 10, (v) => v.value.value),
      num("England", 10, (v) => v.value.england),
      num("Statistical neighbours", 13, (v) => v.value.neighbours),
      num("Target", 10, (v) => v.measure.target),
    ],
    r.measures.flatMap((measure) => measure.values.map((value) => ({ measure, value }))),
  );

  type R = ExecutiveRollup["risks"][number];
  addSheet<R>(
    workbook,
    "Risks",
    [
      text("Ref", 8, (k) => k.ref),
      text("Risk", 40, (k) => k.title, true),
      text("Board", 28, (k) => k.boardTitle),
      num(noun, 11, (k) => k.programmeNumber),
      text("What would follow (impact)", 40, (k) => k.impactText, true),
      text("Mitigation", 44, (k) => k.mitigation, true),
      num("Likelihood (1 to 5)", 11, (k) => k.likelihood),
      num("Impact (1 to 5)", 10, (k) => k.impact),
      num("Score (1 to 25)", 10, (k) => k.score),
      text("Band", 10, (k) => k.band),
      text("Owner", 22, (k) => k.owner || "No owner"),
      date("Review date", 12, (k) => k.reviewDate),
    ],
    r.risks,
  );

  type S = ExecutiveRollup["slippage"][number];
  addSheet<S>(
    workbook,
    "Slippage",
    [
      text("Ref", 8, (s) => s.ref),
      text("Action", 44, (s) => s.title, true),
      text("Board", 28, (s) => s.boardTitle),
      num(noun, 11, (s) => s.programmeNumber),
      text("Slipped", 10, (s) => (s.kind === "missed" ? "Missed" : "Revised")),
      text("What happened", 44, (s) => whatHappened(s), true),
      text("Reason", 44, (s) => s.reason, true),
    ],
    r.slippage,
  );

  type L = ExecutiveRollup["reports"][number];
  addSheet<L>(
    workbook,
    "Reports",
    [
      num(noun, 11, (l) => l.programmeNumber),
      text("Board", 28, (l) => l.boardTitle),
      text("Report", 12, (l) => l.standing.state),
      date("Submitted", 12, (l) => (l.standing.submittedAt ? calendarDayOf(l.standing.submittedAt) : null)),
      text("Timeliness", 22, (l) => l.latenessText),
      yesNo("Late", 8, (l) => l.late),
      text("Decision by", 22, (l) => l.standing.review?.by?.name ?? ""),
      date("Decision on", 12, (l) => (l.standing.review ? calendarDayOf(l.standing.review.at) : null)),
      text("Comment", 44, (l) => l.standing.review?.comment ?? "", true),
    ],
    r.reports,
  );

  const about = workbook.addWorksheet("About");
  about.columns = [
    { header: "Item", width: 24 },
    { header: "Detail", width: 100, style: { alignment: { wrapText: true, vertical: "top" } } },
  ];
  about.addRows([
    ["Plan", r.plan.title],
    ["Quarter", `${r.quarterLabel} (${formatDate(r.range.first)} to ${formatDate(r.range.last)})`],
    ["Figures as at", formatDate(calendarDayOf(r.asAt))],
    [
      `${noun} status`,
      `The status in the ${noun.toLowerCase()}'s submitted or approved highlight report, else the one worked out from its actions at quarter end. The trend compares it with last quarter's reported status.`,
    ],
    ["Measure ratings", RAG_RULE],
    ["Risk score", "Likelihood (1 to 5) times impact (1 to 5)."],
  ]);
  about.getRow(1).font = { bold: true };
  about.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }];

  const bytes = await workbook.xlsx.writeBuffer();
  return new Blob([bytes], { type: XLSX_TYPE });
}
