/**
 * The Trust Executive's view of a plan for one quarter: what the rollup screen shows and what the
 * Executive Summary (Word) and the Dashboard (Excel) export. One shape for all three, so an export
 * can never say something the screen does not.
 * Pure: no React, no I/O. `buildExecutiveRollup` (below the types) fills it from the plan's record.
 */
import { dueDate, isOpen } from "./actions";
import { formatDate } from "./dates";
import {
  handedInAt,
  reportOf,
  reportStanding,
  type HighlightReport,
  type ReportReview,
  type ReportStanding,
} from "./highlightReports";
import {
  latestValue,
  measureRag,
  type Measure,
  type MeasureRating,
  type MeasureValue,
  type Polarity,
  type RagOverride,
} from "./measures";
import {
  DEFAULT_TIME_ZONE,
  calendarDayOf,
  calendarEntryFor,
  compareQuarters,
  inQuarter,
  isLate,
  lateness,
  latenessText,
  nextQuarter,
  planYearFrom,
  previousQuarter,
  quarterLabel,
  quarterRange,
  type Lateness,
  type PlanQuarter,
  type QuarterRange,
  type ReportingCalendarEntry,
} from "./quarters";
import { heatMap, riskBand, riskScore, type HeatMap, type Risk, type RiskBand } from "./risks";
import {
  missedText,
  quarterRollup,
  ratingsAtQuarterEnd,
  revisionText,
  statusTrend,
  type RagCounts,
  type RatingAt,
  type RatingHistory,
  type Trend,
} from "./rollup";
import type { Action, ActionStatus, Board, IsoDate, IsoInstant, Plan, Programme, Rag, Rating } from "./types";

export interface RollupBoardRef {
  id: number;
  title: string;
}

/** One programme's line: status, trend and counts, with the report that speaks for it. */
export interface ProgrammeLine {
  programmeId: number;
  number: number;
  title: string;
  /** The boards that deliver it, lead board first. */
  boards: RollupBoardRef[];
  /** The status computed from the actions at quarter end (domain/rollup.ts programmeStatus). */
  computedStatus: Rag | null;
  computedReason: string;
  /** The status shown: the submitted or approved report's, else the computed one. */
  status: Rag | null;
  /** The report's reason for its status when it has one, else the computed reason. */
  reason: string;
  trend: Trend;
  /** "Improving: Amber in Q2 2026/27, Green in Q3 2026/27." */
  trendText: string;
  counts: RagCounts;
  /** Actions by status at quarter end (withdrawn included). */
  byStatus: Record<ActionStatus, number>;
  total: number;
  /** Open actions whose due date has passed (as at the rollup's "now", or quarter end if earlier). */
  overdue: number;
  /** Actions that missed a due date in the quarter or had it moved later. */
  slipped: number;
  /** The report's achievements text ("" when no report). */
  achievements: string;
  /** The report's planned activity for next quarter, else a list of actions due next quarter. */
  nextQuarter: string;
  /** The report's decisions required ("" when none). */
  decisions: string;
}

/** One slipped action, in words. */
export interface SlippageLine {
  actionId: number;
  boardId: number;
  boardTitle: string;
  programmeNumber: number;
  ref: string;
  title: string;
  kind: "missed" | "revised";
  /** domain/rollup.ts missedText or revisionText. */
  text: string;
  reason: string;
}

/** A risk as the rollup lists it. */
export interface RiskLine {
  id: number;
  boardId: number;
  boardTitle: string;
  programmeNumber: number | null;
  ref: string;
  title: string;
  impactText: string;
  mitigation: string;
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
  owner: string;
  reviewDate: IsoDate | null;
}

/** A measure with its latest figure and rating. */
export interface MeasureLine {
  id: number;
  title: string;
  programmeNumber: number | null;
  unit: string;
  polarity: Polarity;
  baseline: number | null;
  target: number | null;
  targetText: string;
  latest: MeasureValue | null;
  rating: MeasureRating;
  /** Every period's figures, oldest first (for the chart and the workbook). */
  values: MeasureValue[];
}

/** Where each programme's report stands, by the board that owes it. */
export interface ReportLine {
  boardId: number;
  boardTitle: string;
  programmeId: number;
  programmeNumber: number;
  reportId: number | null;
  standing: ReportStanding;
  /** Null when the reporting calendar has no date for the quarter. */
  lateness: Lateness | null;
  /** "Late by 3 days", "On time", "Due in 12 days", or "No due date set". */
  latenessText: string;
  late: boolean;
}

/** An action as the Dashboard workbook lists it. */
export interface ActionLine {
  id: number;
  ref: string;
  title: string;
  boardId: number;
  boardTitle: string;
  programmeNumber: number;
  owner: string;
  ownerOrganisation: string;
  status: ActionStatus;
  rag: Rag | null;
  rating: Rating;
  targetDate: IsoDate;
  revisedDate: IsoDate | null;
  lastUpdateAt: IsoInstant | null;
  overdue: boolean;
}

/** Programme statuses across the plan's quarters so far: the trend chart and its table. */
export interface QuarterStatuses {
  quarter: PlanQuarter;
  label: string;
  statuses: { programmeId: number; status: Rag | null }[];
}

export interface ExecutiveRollup {
  plan: { id: number; title: string; programmeNoun: string };
  quarter: PlanQuarter;
  /** "Q3 2026/27". */
  quarterLabel: string;
  range: QuarterRange;
  /** When the figures were read. */
  asAt: IsoInstant;
  programmes: ProgrammeLine[];
  /** Totals over all programmes (each action counted once, even when co-delivered). */
  totals: { counts: RagCounts; total: number; overdue: number; slipped: number };
  slippage: SlippageLine[];
  /** Open risks across the plan. */
  heatMap: HeatMap;
  /** Open risks, highest score first. */
  risks: RiskLine[];
  measures: MeasureLine[];
  /** Every programme's decisions required, in programme order ("" ones left out). */
  decisions: { programmeNumber: number; programmeTitle: string; text: string }[];
  reports: ReportLine[];
  history: QuarterStatuses[];
  actions: ActionLine[];
}

/** A risk as the data layer reads it: with the register's reference and the folder it is filed in. */
export type RiskOnRecord = Risk & { ref: string; folder: string };
/** A measure as the data layer reads it: with its target in the plan's words. */
export type MeasureOnRecord = Measure & { targetText: string };

/**
 * Everything the rollup is computed from, as the data layer reads it for one plan and quarter
 * (data/sharepoint/planRecord.ts readPlanRecord). `histories` holds the versions of the actions
 * whose current state does not tell where they stood at quarter end (changed since it ended).
 */
export interface PlanRecord {
  plan: Plan;
  boards: readonly Board[];
  programmes: readonly Programme[];
  actions: readonly Action[];
  histories: readonly RatingHistory[];
  risks: readonly RiskOnRecord[];
  measures: readonly MeasureOnRecord[];
  measureValues: readonly (MeasureValue & { override: RagOverride | null })[];
  /** The plan's reports for the chosen quarter and every earlier quarter of the plan. */
  reports: readonly HighlightReport[];
  reviews: readonly ReportReview[];
  calendar: readonly ReportingCalendarEntry[];
  /** The site's time zone (IANA) from its regional settings: quarter ends and due days fall in it. */
  timeZone?: string;
  /** The Executive's overall narrative for the quarter ("" when none written yet). */
  narrative: { id: number | null; etag: string | null; text: string };
}

const RAG_COUNT_KEYS = ["Red", "Amber", "Green", "Complete", "No rating"] as const;
const zeroCounts = (): RagCounts => ({ Red: 0, Amber: 0, Green: 0, Complete: 0, "No rating": 0 });
const zeroStatuses = (): Record<ActionStatus, number> => ({
  "Not started": 0,
  "In progress": 0,
  Complete: 0,
  Withdrawn: 0,
});

/** A report speaks for its programme once the board has submitted it (and while it stands approved). */
const REPORTED: readonly ReportStanding["state"][] = ["Submitted", "Approved"];

/** "1.10" after "1.9": references compare as numbers where they are numbers. */
/** "1.2" before "1.10": one collator for every comparison (localeCompare with options builds one each call). */
const REF_ORDER = new Intl.Collator("en-GB", { numeric: true });
const byRef = (a: string, b: string): number => REF_ORDER.compare(a, b);

/** The register's reference when the risk carries one (TBRef), else "". */

/** Whether a measure's period ("2026/27" or "2026/27 Q2") is no later than the chosen quarter. */
function periodUpTo(period: string, q: PlanQuarter): boolean {
  const [year = "", quarter] = period.trim().split(/\s+/);
  if (year !== q.planYear) return year < q.planYear;
  return quarter === undefined || quarter <= q.quarter;
}

/** Q1 of the plan's first year up to the chosen quarter, oldest first (just the chosen one if it comes before). */
function planQuarters(firstPlanYear: string, chosen: PlanQuarter): PlanQuarter[] {
  const out: PlanQuarter[] = [];
  let q: PlanQuarter = { planYear: firstPlanYear, quarter: "Q1" };
  while (compareQuarters(q, chosen) < 0 && out.length < 400) {
    out.push(q);
    q = nextQuarter(q);
  }
  out.push(chosen);
  return out;
}

/**
 * The Trust Executive's view of the plan for one quarter, from the plan's record. Every figure comes
 * from the tested rules: counts, computed statuses and slippage from domain/rollup.ts (actions where
 * they stood at quarter end), report states from highlightReports.ts, lateness from quarters.ts, the
 * heat map from risks.ts and measure ratings from measures.ts.
 *
 * - The status shown is the programme's report's when the report is Submitted or Approved, else the
 *   computed one; the trend compares it with the previous quarter's *reported* status.
 * - Only the actions of the quarter's plan year count (the board's annual action plan).
 * - Each action is counted once, under the programme and board it was in at quarter end, so the
 *   totals are the sum of the programme lines even when a programme is co-delivered.
 */
export function buildExecutiveRollup(
  record: PlanRecord,
  quarter: PlanQuarter,
  now: Date | IsoInstant,
  timeZone: string = record.timeZone ?? DEFAULT_TIME_ZONE,
): ExecutiveRollup {
  const nowDate = typeof now === "string" ? new Date(now) : now;
  const today = calendarDayOf(nowDate, timeZone);
  const range = quarterRange(quarter.planYear, quarter.quarter);
  const firstPlanYear = planYearFrom(record.plan.startYear);
  const programmes = [...record.programmes]
    .filter((p) => p.planId === record.plan.id)
    .sort((a, b) => a.number - b.number || a.id - b.id);
  const programmeById = new Map(programmes.map((p) => [p.id, p]));
  const boardById = new Map(record.boards.map((b) => [b.id, b]));
  const boardTitle = (id: number): string => boardById.get(id)?.title ?? `Board ${id}`;
  const numberOf = (programmeId: number | null): number | null =>
    programmeId === null ? null : (programmeById.get(programmeId)?.number ?? null);

  // An action counts for the board whose folder holds it: a board member can type another board's id
  // into an action of their own, but not write in its folder (the board home leaves such actions out too).
  const actions = record.actions.filter(
    (a) => a.planYear === quarter.planYear && boardById.get(a.boardId)?.folder === a.folder,
  );
  const actionById = new Map(actions.map((a) => [a.id, a]));
  const rollup = quarterRollup({
    quarter,
    now: nowDate,
    timeZone,
    actions,
    histories: record.histories,
    programmes,
    firstPlanYear,
  });
  const atEnd = ratingsAtQuarterEnd(actions, record.histories, quarter, timeZone);

  // An open action is overdue once its due day has ended: as at today, or at quarter end if that came first.
  const overdueAt = (s: RatingAt["snapshot"]): boolean =>
    isOpen(s) && (today <= range.last ? dueDate(s) < today : dueDate(s) <= range.last);

  // Only a report in the folder of the programme's lead board counts (reportOf): any board can type
  // another programme's id into a report of its own, but only the lead board can write in its folder.
  const leadFolder = (programmeId: number): string => {
    const lead = programmes.find((p) => p.id === programmeId)?.boardIds[0];
    return record.boards.find((b) => b.id === lead)?.folder ?? "";
  };
  const reportFor = (programmeId: number, q: PlanQuarter): HighlightReport | null =>
    reportOf(record.reports, programmeId, q, leadFolder(programmeId));
  const reportedReport = (programmeId: number, q: PlanQuarter): HighlightReport | null => {
    const report = reportFor(programmeId, q);
    return report && REPORTED.includes(reportStanding(report, record.reviews).state) ? report : null;
  };

  const previous = previousQuarter(quarter);
  const hasPrevious = previous.planYear >= firstPlanYear;
  const next = nextQuarter(quarter);
  const nextRange = quarterRange(next.planYear, next.quarter);

  const slippedIds = (programmeId: number): Set<number> =>
    new Set(
      [...rollup.slippage.missed, ...rollup.slippage.revised]
        .filter((x) => x.programmeId === programmeId)
        .map((x) => x.actionId),
    );

  const programmeLines = rollup.programmes.map((p): ProgrammeLine => {
    const programme = programmeById.get(p.programmeId)!;
    const mine = atEnd.filter((r) => r.programmeId === p.programmeId);
    const byStatus = zeroStatuses();
    for (const r of mine) byStatus[r.snapshot.status] += 1;
    const report = reportedReport(p.programmeId, quarter);
    const status = report?.rag ?? p.status;
    const reason = report && report.reason.trim() !== "" ? report.reason.trim() : p.statusReason;
    const before = hasPrevious ? (reportedReport(p.programmeId, previous)?.rag ?? null) : undefined;
    const trend = statusTrend(status, before, quarter);
    const dueNext = mine
      .filter((r) => isOpen(r.snapshot) && inQuarter(dueDate(r.snapshot), nextRange))
      .map((r) => ({ action: actionById.get(r.actionId)!, due: dueDate(r.snapshot) }))
      .sort((a, b) => a.due.localeCompare(b.due) || byRef(a.action.ref, b.action.ref));
    const nextText =
      dueNext.length === 0
        ? `No actions fall due in ${quarterLabel(next)}.`
        : `Actions due in ${quarterLabel(next)}: ${dueNext
            .map((d) => `${d.action.ref} ${d.action.title} (due ${formatDate(d.due)})`)
            .join("; ")}.`;
    return {
      programmeId: p.programmeId,
      number: programme.number,
      title: programme.title,
      boards: programme.boardIds.map((id) => ({ id, title: boardTitle(id) })),
      computedStatus: p.status,
      computedReason: p.statusReason,
      status,
      reason,
      trend: trend.trend,
      trendText: trend.text,
      counts: { ...p.counts },
      byStatus,
      total: p.total,
      overdue: mine.filter((r) => overdueAt(r.snapshot)).length,
      slipped: slippedIds(p.programmeId).size,
      achievements: report?.achievements.trim() ?? "",
      nextQuarter: report && report.nextQuarter.trim() !== "" ? report.nextQuarter.trim() : nextText,
      decisions: report?.decisions.trim() ?? "",
    };
  });

  const totals = { counts: zeroCounts(), total: 0, overdue: 0, slipped: 0 };
  for (const line of programmeLines) {
    for (const k of RAG_COUNT_KEYS) totals.counts[k] += line.counts[k];
    totals.total += line.total;
    totals.overdue += line.overdue;
    totals.slipped += line.slipped;
  }

  const slippageLine = (
    x: { actionId: number; boardId: number; programmeId: number; reason: string },
    kind: SlippageLine["kind"],
    text: string,
  ): SlippageLine | null => {
    const action = actionById.get(x.actionId);
    const number = numberOf(x.programmeId);
    if (!action || number === null) return null;
    return {
      actionId: x.actionId,
      boardId: x.boardId,
      boardTitle: boardTitle(x.boardId),
      programmeNumber: number,
      ref: action.ref,
      title: action.title,
      kind,
      text,
      reason: x.reason,
    };
  };
  const slippageLines = [
    ...rollup.slippage.missed.map((m) => slippageLine(m, "missed", missedText(m))),
    ...rollup.slippage.revised.map((r) => slippageLine(r, "revised", revisionText(r))),
  ]
    .filter((l): l is SlippageLine => l !== null)
    // Stable sort: within a programme, missed dates (by date) before moved dates (by when).
    .sort(
      (a, b) =>
        a.programmeNumber - b.programmeNumber || (a.kind === b.kind ? 0 : a.kind === "missed" ? -1 : 1),
    );

  // As with actions, a risk speaks for the board whose folder holds it, not the board its column names.
  const risks = record.risks.filter((r) => boardById.get(r.boardId)?.folder === r.folder);
  const openRisks = risks.filter((r) => r.status === "Open");
  const riskLines = openRisks
    .map((r): RiskLine => {
      const score = riskScore(r);
      return {
        id: r.id,
        boardId: r.boardId,
        boardTitle: boardTitle(r.boardId),
        programmeNumber: numberOf(r.programmeId),
        ref: r.ref,
        title: r.title,
        impactText: r.impactText,
        mitigation: r.mitigation,
        likelihood: r.likelihood,
        impact: r.impact,
        score,
        band: riskBand(score),
        owner: r.owner?.name ?? "",
        reviewDate: r.reviewDate,
      };
    })
    .sort(
      (a, b) => b.score - a.score || b.impact - a.impact || a.title.localeCompare(b.title) || a.id - b.id,
    );

  const measureLines = [...record.measures]
    .filter((m) => m.planId === record.plan.id)
    .sort(
      (a, b) =>
        (numberOf(a.programmeId) ?? Number.MAX_SAFE_INTEGER) -
          (numberOf(b.programmeId) ?? Number.MAX_SAFE_INTEGER) ||
        a.title.localeCompare(b.title) ||
        a.id - b.id,
    )
    .map((m): MeasureLine => {
      const own = record.measureValues
        .filter((v) => v.measureId === m.id && periodUpTo(v.period, quarter))
        .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
      const values: MeasureValue[] = own.map((v) => ({
        measureId: v.measureId,
        period: v.period,
        value: v.value,
        england: v.england,
        neighbours: v.neighbours,
      }));
      const latest = latestValue(values);
      const override = latest ? (own.find((v) => v.period === latest.period)?.override ?? null) : null;
      const targetText = m.targetText;
      return {
        id: m.id,
        title: m.title,
        programmeNumber: numberOf(m.programmeId),
        unit: m.unit,
        polarity: m.polarity,
        baseline: m.baseline,
        target: m.target,
        targetText,
        latest,
        rating: measureRag(latest?.value ?? null, m, override),
        values,
      };
    });

  const entry = calendarEntryFor(record.calendar, quarter);
  const reportLines = programmes
    .map((p): ReportLine => {
      const boardId = p.boardIds[0] ?? 0;
      const report = reportFor(p.id, quarter);
      const standing = reportStanding(report, record.reviews);
      const late = entry ? lateness(entry, handedInAt(standing), nowDate, "reportsDue", timeZone) : null;
      return {
        boardId,
        boardTitle: boardTitle(boardId),
        programmeId: p.id,
        programmeNumber: p.number,
        reportId: report?.id ?? null,
        standing,
        lateness: late,
        latenessText: late ? latenessText(late) : "No due date set",
        late: late ? isLate(late) : false,
      };
    })
    .sort((a, b) => Number(b.late) - Number(a.late) || a.programmeNumber - b.programmeNumber);

  const history = planQuarters(firstPlanYear, quarter).map((q): QuarterStatuses => ({
    quarter: q,
    label: quarterLabel(q),
    statuses: programmeLines.map((line) => ({
      programmeId: line.programmeId,
      status:
        // The chosen quarter shows what its line shows (the reported status once submitted), so the
        // chart and the table never disagree; earlier quarters are what was reported then.
        compareQuarters(q, quarter) === 0 ? line.status : (reportedReport(line.programmeId, q)?.rag ?? null),
    })),
  }));

  const programmeByNumber = new Map([...programmes].reverse().map((p) => [p.number, p])); // the first wins, as find did
  const order = (programmeNumber: number, boardId: number): [number, number] => {
    const p = programmeByNumber.get(programmeNumber);
    const i = p ? p.boardIds.indexOf(boardId) : -1;
    return [programmeNumber, i === -1 ? Number.MAX_SAFE_INTEGER : i];
  };
  const actionLines = atEnd
    .map((r): ActionLine => {
      const a = actionById.get(r.actionId)!;
      const s = r.snapshot;
      return {
        id: a.id,
        ref: a.ref,
        title: a.title,
        boardId: r.boardId,
        boardTitle: boardTitle(r.boardId),
        programmeNumber: numberOf(r.programmeId) ?? 0,
        owner: a.owner?.name ?? "",
        ownerOrganisation: a.ownerOrg,
        status: s.status,
        rag: s.rag,
        rating: r.rating,
        targetDate: s.targetDate,
        revisedDate: s.revisedDate,
        lastUpdateAt: a.lastUpdateAt,
        overdue: overdueAt(s),
      };
    })
    .sort((a, b) => {
      const [pa, ba] = order(a.programmeNumber, a.boardId);
      const [pb, bb] = order(b.programmeNumber, b.boardId);
      return pa - pb || ba - bb || byRef(a.ref, b.ref) || a.id - b.id;
    });

  return {
    plan: { id: record.plan.id, title: record.plan.title, programmeNoun: record.plan.programmeNoun },
    quarter,
    quarterLabel: quarterLabel(quarter),
    range,
    asAt: nowDate.toISOString(),
    programmes: programmeLines,
    totals,
    slippage: slippageLines,
    heatMap: heatMap(risks),
    risks: riskLines,
    measures: measureLines,
    decisions: programmeLines
      .filter((l) => l.decisions !== "")
      .map((l) => ({ programmeNumber: l.number, programmeTitle: l.title, text: l.decisions })),
    reports: reportLines,
    history,
    actions: actionLines,
  };
}
