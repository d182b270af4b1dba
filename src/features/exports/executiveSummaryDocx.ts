/**
 * The Executive Summary as a Word document, laid out like the partnership's own (seed 001, the
 * CYPP Executive Summary):
 *   Title: "<plan> Executive Summary", then the quarter with its dates and "Progress as at <date>".
 *   1. Overall: the Executive's narrative, then the plan's figures in one sentence.
 *   2. Achievements: each programme's report, under the programme's heading.
 *   3. Slippage on target dates: a table of missed and revised dates with their reasons.
 *   4. Next quarter: each programme's planned activity.
 *   5. Decisions required: each programme's, as bullets.
 *   6. Programme status: a summary table (status word on a shade, trend word and symbol, counts),
 *      then per programme its delivery group, status, trend and reason for the status.
 *   7. Key risks: risk, programme, impact, mitigation, score (likelihood × impact and band), owner.
 *   8. Measures and 9. Highlight reports: latest figures and where each report stands.
 * Real Word headings and tables with repeating header rows, so it reads well with a screen reader.
 * Only ever loaded with a dynamic import() (the `docx` library stays out of the first load).
 */
import { Document, HeadingLevel, Paragraph, type Table } from "docx";
import { formatDate } from "../../domain/dates";
import type { ExecutiveRollup, ProgrammeLine } from "../../domain/executiveRollup";
import { formatFigure } from "../../domain/measures";
import { calendarDayOf, nextQuarter, quarterLabel } from "../../domain/quarters";
import { RAG_COUNTS } from "../../domain/rollup";
import { bullets, heading, line, ragCell, table, toBlob, typed, type Cell } from "./docxParts";
import { capitalised, trendWords, whatHappened } from "./words";

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** "Programme 3: Improving emotional health", in the plan's own word for a programme. */
const programmeName = (noun: string, p: Pick<ProgrammeLine, "number" | "title">): string =>
  `${noun} ${p.number}: ${p.title}`;

/** "1 Oct 2026 to 31 Dec 2026". */
const rangeText = (r: ExecutiveRollup): string =>
  `${formatDate(r.range.first)} to ${formatDate(r.range.last)}`;

function figuresSentence(r: ExecutiveRollup): string {
  const t = r.totals;
  // The current quarter's figures are as things stand; an ended quarter's, as they stood at its end.
  const ended = calendarDayOf(r.asAt) > r.range.last;
  const counts = RAG_COUNTS.map((k) => `${k} ${t.counts[k].toLocaleString("en-GB")}`).join(", ");
  return (
    `Across ${plural(r.programmes.length, capitalised(r.plan.programmeNoun).toLowerCase())}, ` +
    `${plural(t.total, "action")} ${ended ? "at the end of the quarter" : "as they stand now"}: ${counts}. ` +
    `${plural(t.overdue, "action")} overdue and ${plural(t.slipped, "action")} slipped in the quarter.`
  );
}

/** Each programme's text under its own heading; programmes with none are left out. */
function perProgramme(
  r: ExecutiveRollup,
  noun: string,
  text: (p: ProgrammeLine) => string,
  empty: string,
): (Paragraph | Table)[] {
  const withText = r.programmes.filter((p) => text(p).trim() !== "");
  if (withText.length === 0) return [line(empty, { italics: true })];
  return withText.flatMap((p) => [
    heading(programmeName(noun, p), HeadingLevel.HEADING_2),
    ...typed(text(p), ""),
  ]);
}

function statusSummary(r: ExecutiveRollup, noun: string): Table {
  return table(
    [noun, "Status", "Trend", ...RAG_COUNTS, "Total", "Overdue", "Slipped"],
    r.programmes.map((p): Cell[] => [
      programmeName(noun, p),
      ragCell(p.status),
      trendWords(p.trend),
      ...RAG_COUNTS.map((k) => String(p.counts[k])),
      String(p.total),
      String(p.overdue),
      String(p.slipped),
    ]),
    [22, 8, 11, 7, 7, 7, 8, 7, 6, 8, 9],
  );
}

function programmeStatus(p: ProgrammeLine, noun: string): (Paragraph | Table)[] {
  const boards = p.boards.map((b) => b.title);
  return [
    heading(programmeName(noun, p), HeadingLevel.HEADING_2),
    line(boards.length > 0 ? boards.join(", ") : "No board delivers it yet.", {
      lead: boards.length > 1 ? "Delivery groups: " : "Delivery group: ",
    }),
    table(
      ["Item", "Detail"],
      [
        ["Current status", ragCell(p.status)],
        ["Status trend", `${trendWords(p.trend)}. ${capitalised(p.trendText.replace(/^\w+:\s*/, ""))}`],
        ["Reason for current status", p.reason.trim() || "No reason given."],
      ],
      [25, 75],
    ),
  ];
}

function risksTable(r: ExecutiveRollup, noun: string): Paragraph | Table {
  if (r.risks.length === 0) return line("No open risks.", { italics: true });
  return table(
    ["Risk", noun, "Impact", "Mitigation", "Score", "Owner"],
    r.risks.map((k) => [
      k.ref ? `${k.ref} ${k.title}` : k.title,
      k.programmeNumber === null ? `${k.boardTitle} (board-wide)` : `${noun} ${k.programmeNumber}`,
      k.impactText || "Not described",
      k.mitigation || "None recorded",
      `${k.score} (${k.band}): likelihood ${k.likelihood} × impact ${k.impact}`,
      k.owner || "No owner",
    ]),
    [20, 11, 20, 25, 14, 10],
  );
}

function measuresTable(r: ExecutiveRollup, noun: string): Paragraph | Table {
  if (r.measures.length === 0) return line("No measures are set for the plan.", { italics: true });
  const fig = (n: number | null | undefined, unit: string) => (n == null ? "None" : formatFigure(n, unit));
  return table(
    ["Measure", noun, "Latest", "Target", "Rating", "Reason"],
    r.measures.map((m): Cell[] => [
      m.title,
      m.programmeNumber === null ? "All" : String(m.programmeNumber),
      m.latest ? `${fig(m.latest.value, m.unit)} (${m.latest.period})` : "No data",
      m.target === null ? m.targetText || "No target" : fig(m.target, m.unit),
      ragCell(m.rating.rag, m.rating.label),
      m.rating.reason,
    ]),
    [26, 10, 14, 12, 12, 26],
  );
}

function reportsTable(r: ExecutiveRollup, noun: string): Paragraph | Table {
  if (r.reports.length === 0) return line("No reports are due.", { italics: true });
  return table(
    [noun, "Board", "Report", "Timeliness"],
    r.reports.map((x) => [`${noun} ${x.programmeNumber}`, x.boardTitle, x.standing.state, x.latenessText]),
    [20, 35, 20, 25],
  );
}

/** The Executive Summary for the rollup's quarter, with the Executive's overall narrative. */
export async function executiveSummaryDocx(rollup: ExecutiveRollup, narrative: string): Promise<Blob> {
  const r = rollup;
  const noun = capitalised(r.plan.programmeNoun);
  const next = quarterLabel(nextQuarter(r.quarter));
  const asAt = formatDate(calendarDayOf(r.asAt));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `${r.plan.title} Executive Summary`, heading: HeadingLevel.TITLE }),
    line(`${r.quarterLabel} (${rangeText(r)})`, { lead: "Quarter: " }),
    line(asAt, { lead: "Progress as at: " }),

    heading("1. Overall", HeadingLevel.HEADING_1),
    ...typed(narrative, "The Executive has not written an overall summary for this quarter."),
    line(figuresSentence(r)),

    heading("2. Achievements", HeadingLevel.HEADING_1),
    ...perProgramme(r, noun, (p) => p.achievements, "No achievements were reported this quarter."),

    heading("3. Slippage on target dates", HeadingLevel.HEADING_1),
    r.slippage.length === 0
      ? line("No target dates were missed or moved this quarter.", { italics: true })
      : table(
          [noun, "Action", "Board", "What happened", "Reason"],
          r.slippage.map((s) => [
            `${noun} ${s.programmeNumber}`,
            s.ref ? `${s.ref} ${s.title}` : s.title,
            s.boardTitle,
            whatHappened(s),
            s.reason.trim() || "No reason given",
          ]),
          [12, 26, 16, 24, 22],
        ),

    heading(`4. Next quarter (${next})`, HeadingLevel.HEADING_1),
    line(`The Executive should be aware of the activity planned for ${next}, to be reported on as follows.`),
    ...perProgramme(r, noun, (p) => p.nextQuarter, "No activity was planned for next quarter."),

    heading("5. Decisions required", HeadingLevel.HEADING_1),
    ...(r.decisions.length === 0
      ? [line("No decisions are required this quarter.", { italics: true })]
      : bullets(
          r.decisions.map((d) => `${noun} ${d.programmeNumber} (${d.programmeTitle}): ${d.text.trim()}`),
        )),

    heading(`6. ${noun} status`, HeadingLevel.HEADING_1),
    line(
      `Each ${noun.toLowerCase()}'s status is the one its highlight report gives, or where there is no report, the one worked out from its actions at quarter end. The trend compares it with last quarter's reported status.`,
    ),
    statusSummary(r, noun),
    ...r.programmes.flatMap((p) => programmeStatus(p, noun)),

    heading("7. Key risks", HeadingLevel.HEADING_1),
    line("Open risks, highest score first. Score is likelihood (1 to 5) times impact (1 to 5)."),
    risksTable(r, noun),

    heading("8. Measures", HeadingLevel.HEADING_1),
    measuresTable(r, noun),

    heading("9. Highlight reports", HeadingLevel.HEADING_1),
    reportsTable(r, noun),
  ];
  const file = new Document({
    creator: "Trust Boards",
    title: `${r.plan.title} Executive Summary ${r.quarterLabel}`,
    description: `Executive Summary for ${r.quarterLabel}, progress as at ${asAt}`,
    sections: [{ children }],
  });
  return toBlob(file);
}
