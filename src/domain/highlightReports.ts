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
import { dueDate, isOpen } from "./actions";
import { NOTE_MAX, tooLongMessage } from "./actionUpdate";
import { formatDate } from "./dates";
import {
  DEFAULT_TIME_ZONE,
  calendarDayOf,
  inQuarter,
  nextQuarter,
  previousQuarter,
  quarterLabel,
  quarterRange,
  type PlanQuarter,
} from "./quarters";
import { IMPACT_WORDS, LIKELIHOOD_WORDS, riskBand, riskScore, type Risk } from "./risks";
import {
  missedText,
  programmeStatus,
  ragByProgramme,
  ratingsAtQuarterEnd,
  revisionText,
  slippage,
  statusTrend,
  type RatingHistory,
  type RatingSnapshot,
  type Trend,
} from "./rollup";
import type { Action, IsoDate, IsoInstant, Person, Programme, Rag } from "./types";

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
  /** The board it says it is from (TBBoardId, a column anyone who can edit it can change). */
  boardId: number;
  /**
   * The board folder SharePoint files it in. The folder's permissions say who could write it, so a
   * report counts for a programme only when it is in the folder of the programme's lead board.
   */
  folder: string;
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

/** The sections the chair writes (and the draft fills), with the figures the draft was made from. */
export interface ReportSections {
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

/** The sections of a report as it stands (to start editing from). */
export const sectionsOf = (r: HighlightReport): ReportSections => ({
  rag: r.rag,
  trend: r.trend,
  reason: r.reason,
  achievements: r.achievements,
  slippage: r.slippage,
  issuesRisks: r.issuesRisks,
  nextQuarter: r.nextQuarter,
  decisions: r.decisions,
  figures: r.figures,
});

/** The text sections, in the order the report shows them, with their headings. */
export const TEXT_SECTIONS = [
  { key: "reason", label: "Reason for current status" },
  { key: "achievements", label: "Achievements and target dates met this quarter" },
  { key: "slippage", label: "Slippage" },
  { key: "issuesRisks", label: "Issues and risks" },
  { key: "nextQuarter", label: "Planned activity next quarter" },
  { key: "decisions", label: "Decisions required" },
] as const satisfies readonly { key: keyof ReportSections; label: string }[];
export type TextSection = (typeof TEXT_SECTIONS)[number]["key"];

/**
 * The status the previous quarter's report gave, for the trend: its RAG when it was submitted and not
 * returned (Submitted or Approved); null when there is no such report or it gave no status.
 */
export function reportedStatus(report: HighlightReport | null, reviews: readonly ReportReview[]): Rag | null {
  const state = reportStanding(report, reviews).state;
  return report && (state === "Submitted" || state === "Approved") ? report.rag : null;
}

export interface DraftInput {
  programme: Pick<Programme, "id" | "number" | "title" | "boardIds">;
  quarter: PlanQuarter;
  /** The actions read (e.g. every delivering board's); those not under the programme at quarter end are left out. */
  actions: readonly Action[];
  /** Versions read for actions changed since the quarter ended (others count as they stand). */
  histories?: readonly RatingHistory[];
  /** The risks read (the delivering boards' registers); open ones of the programme or board-wide are used. */
  risks: readonly Risk[];
  /**
   * The previous quarter's reported status (`reportedStatus`): undefined when the quarter is the
   * plan's first, so there is nothing to compare with.
   */
  previousStatus: Rag | null | undefined;
  now: Date | IsoInstant;
  timeZone?: string;
  /** Board names, to say whose actions were counted. */
  boardNames?: ReadonlyMap<number, string>;
}

/** What a draft was made from, shown to the chair beside it. */
export interface DraftBasis {
  /** How many of the programme's actions counted, per board. */
  actionsByBoard: { boardId: number; name: string; count: number }[];
  risks: number;
  /** "Stable: there is no status for Q2 2026/27 to compare." — the trend rule in words. */
  trendText: string;
  /** When the draft was made. */
  at: IsoInstant;
}

export interface HighlightDraft {
  sections: ReportSections;
  basis: DraftBasis;
}

const label = (a: Pick<Action, "ref" | "title">): string => (a.ref ? `${a.ref} ${a.title}` : a.title);
const bullet = (lines: readonly string[], none: string): string =>
  lines.length === 0 ? none : lines.map((l) => `- ${l}`).join("\n");

/** When an action was first complete, from its snapshots (its last save, when no history was read). */
function completedOn(
  action: Action,
  histories: ReadonlyMap<number, readonly RatingSnapshot[]>,
  day: (t: IsoInstant) => IsoDate,
): { on: IsoDate; due: IsoDate } | null {
  const snaps = [...(histories.get(action.id) ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  if (snaps.length === 0) {
    return action.status === "Complete"
      ? { on: day(action.lastUpdateAt ?? action.modified), due: dueDate(action) }
      : null;
  }
  let wasComplete = false;
  for (const s of snaps) {
    if (s.status === "Complete" && !wasComplete) return { on: day(s.at), due: dueDate(s) };
    wasComplete = s.status === "Complete";
  }
  return null;
}

/**
 * The first draft of a programme's highlight report for a quarter, from the data. Every section is a
 * starting point the chair edits; "Decisions required" is left for the chair.
 *
 * - Status: the status rule (rollup.ts programmeStatus) over the programme's actions on all its
 *   delivering boards at quarter end; the reason is the rule's own sentence.
 * - Trend: against the previous quarter's reported status (statusTrend).
 * - Achievements: actions completed within the quarter, and whether each met its due date.
 * - Slippage: dates missed and dates moved later in the quarter, with the reasons given.
 * - Issues and risks: open risks of the programme (and board-wide risks of its boards), highest score first.
 * - Next quarter: open actions due in the next quarter.
 */
export function draftHighlightReport(input: DraftInput): HighlightDraft {
  const tz = input.timeZone ?? DEFAULT_TIME_ZONE;
  const day = (t: IsoInstant): IsoDate => calendarDayOf(t, tz);
  const q = input.quarter;
  const p = input.programme;
  const range = quarterRange(q.planYear, q.quarter);
  const histories = input.histories ?? [];
  const byId = new Map(input.actions.map((a) => [a.id, a]));

  const atEnd = ratingsAtQuarterEnd(input.actions, histories, q, tz).filter((r) => r.programmeId === p.id);
  const [counts] = ragByProgramme(atEnd, [p]);
  const c = counts?.counts ?? { Red: 0, Amber: 0, Green: 0, Complete: 0, "No rating": 0 };
  const { status, reason } = programmeStatus(c);
  const { trend, text: trendText } = statusTrend(status, input.previousStatus, q);

  const ours = new Set(atEnd.map((r) => r.actionId));
  const mine = input.actions.filter((a) => ours.has(a.id));
  const slipped = slippage(mine, histories, { quarter: q, now: input.now, timeZone: tz });
  const missedIds = new Set(slipped.missed.map((m) => m.actionId));
  const revisedIds = new Set(slipped.revised.map((r) => r.actionId));

  const snapshotMap = new Map(histories.map((h) => [h.actionId, h.snapshots]));
  const achievements = mine
    .map((a) => ({ a, done: completedOn(a, snapshotMap, day) }))
    .filter(
      (x): x is { a: Action; done: { on: IsoDate; due: IsoDate } } =>
        x.done !== null && inQuarter(x.done.on, range),
    )
    .sort((x, y) => x.done.on.localeCompare(y.done.on) || x.a.id - y.a.id)
    .map(({ a, done }) =>
      done.on <= done.due
        ? `${label(a)}: completed ${formatDate(done.on)}, target date ${formatDate(done.due)} met.`
        : `${label(a)}: completed ${formatDate(done.on)}, after its target date of ${formatDate(done.due)}.`,
    );

  const slipLines = [
    ...slipped.missed.map((m) => {
      const a = byId.get(m.actionId);
      return `${a ? label(a) : `Action ${m.actionId}`}: ${missedText(m)}`;
    }),
    ...slipped.revised.map((r) => {
      const a = byId.get(r.actionId);
      return `${a ? label(a) : `Action ${r.actionId}`}: ${revisionText(r)}`;
    }),
  ];

  const risks = input.risks
    .filter(
      (r) =>
        r.status === "Open" &&
        (r.programmeId === p.id || (r.programmeId === null && p.boardIds.includes(r.boardId))),
    )
    .sort((a, b) => riskScore(b) - riskScore(a) || a.title.localeCompare(b.title));
  const riskLines = risks.map((r) => {
    const score = riskScore(r);
    const parts = [
      `${r.title}: score ${score}, ${riskBand(score)} (likelihood ${r.likelihood} ${LIKELIHOOD_WORDS[r.likelihood - 1] ?? ""}, impact ${r.impact} ${IMPACT_WORDS[r.impact - 1] ?? ""}).`,
    ];
    if (r.impactText.trim()) parts.push(`Impact: ${r.impactText.trim()}`);
    parts.push(r.mitigation.trim() ? `Mitigation: ${r.mitigation.trim()}` : "No mitigation recorded.");
    return parts.join(" ");
  });

  const next = nextQuarter(q);
  const nextRange = quarterRange(next.planYear, next.quarter);
  const planned = input.actions
    .filter((a) => a.programmeId === p.id && isOpen(a) && inQuarter(dueDate(a), nextRange))
    .sort((a, b) => dueDate(a).localeCompare(dueDate(b)) || a.id - b.id)
    .map((a) => `${label(a)}: due ${formatDate(dueDate(a))}${a.owner ? ` (${a.owner.name})` : ""}.`);

  const perBoard = new Map<number, number>();
  for (const r of atEnd) perBoard.set(r.boardId, (perBoard.get(r.boardId) ?? 0) + 1);
  const boards = [...new Set([...p.boardIds, ...perBoard.keys()])];
  const nowInstant = typeof input.now === "string" ? input.now : input.now.toISOString();

  return {
    sections: {
      rag: status,
      trend,
      reason,
      achievements: bullet(achievements, `No actions were completed in ${quarterLabel(q)}.`),
      slippage: bullet(slipLines, `No target dates were missed or moved in ${quarterLabel(q)}.`),
      issuesRisks: bullet(riskLines, "No open risks are recorded for this programme."),
      nextQuarter: bullet(planned, `No actions are due in ${quarterLabel(next)}.`),
      decisions: "",
      figures: {
        red: c.Red,
        amber: c.Amber,
        green: c.Green,
        complete: c.Complete,
        noRating: c["No rating"],
        withdrawn: counts?.withdrawn ?? 0,
        missed: missedIds.size,
        revised: revisedIds.size,
      },
    },
    basis: {
      actionsByBoard: boards.map((boardId) => ({
        boardId,
        name: input.boardNames?.get(boardId) ?? `Board ${boardId}`,
        count: perBoard.get(boardId) ?? 0,
      })),
      risks: risks.length,
      trendText,
      at: nowInstant,
    },
  };
}

/** The status trend for a RAG the chair chose, against the previous quarter's reported status. */
export const trendFor = (rag: Rag | null, previous: Rag | null | undefined, quarter: PlanQuarter) =>
  statusTrend(rag, previous, quarter);

export type ReportErrors = Partial<Record<"rag" | TextSection, string>>;

/**
 * What must be fixed before a report can be submitted, per field, in words that say how:
 * a status must be chosen, Red and Amber need their reason, and no section may exceed what SharePoint keeps.
 */
export function validateReport(s: ReportSections): ReportErrors {
  const errors: ReportErrors = {};
  if (s.rag === null)
    errors.rag = "Choose the current status (Red, Amber or Green) before submitting the report.";
  else if ((s.rag === "Red" || s.rag === "Amber") && s.reason.trim() === "")
    errors.reason = `Say why the status is ${s.rag}: a reason is required when the status is Red or Amber.`;
  for (const { key, label: what } of TEXT_SECTIONS) {
    const value = s[key];
    if (value.length > NOTE_MAX && !errors[key])
      errors[key] = tooLongMessage(what.toLowerCase(), value.length);
  }
  return errors;
}

/** What must be fixed before the Executive's decision is sent: a return needs a comment. */
export function validateReview(decision: ReviewDecision, comment: string): string | null {
  if (decision === "Returned" && comment.trim() === "")
    return "Say what the board should change: a report can only be returned with a comment.";
  if (comment.length > NOTE_MAX) return tooLongMessage("comment", comment.length);
  return null;
}

/** The previous quarter of a report's quarter (for the trend's comparison). */
export const quarterBefore = (q: PlanQuarter): PlanQuarter => previousQuarter(q);

/**
 * When the report counts as handed in, for lateness: a returned report is owed again, so until it is
 * resubmitted it counts as not submitted ("Late by 40 days" once its due day has passed).
 */
export const handedInAt = (standing: ReportStanding): IsoInstant | null =>
  standing.state === "Returned" ? null : standing.submittedAt;

/**
 * A programme's report for a quarter: the latest saved one in the folder of the programme's lead board.
 * A report elsewhere is ignored, whatever its columns say: only the lead board's members could have
 * written one there (SharePoint's folder permissions), while any board can type another programme's id.
 */
export function reportOf(
  reports: readonly HighlightReport[],
  programmeId: number,
  q: PlanQuarter,
  leadFolder: string,
): HighlightReport | null {
  let found: HighlightReport | null = null;
  for (const r of reports) {
    if (r.programmeId !== programmeId || r.planYear !== q.planYear || r.quarter !== q.quarter) continue;
    if (r.folder !== leadFolder) continue;
    if (!found || r.modified > found.modified) found = r;
  }
  return found;
}
