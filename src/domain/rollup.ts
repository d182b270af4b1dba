/**
 * The quarter's rollup, computed from each action's rating history: the rating every action had
 * when the quarter ended, RAG by programme, each programme's status with the reason in words, the
 * status trend quarter on quarter, and the quarter's slippage (missed and revised target dates).
 * Pure: no React, no I/O; "now" is a parameter.
 */
import { dueDate, isOpen, ratingOf } from "./actions";
import { formatDate } from "./dates";
import type { ActionVersion } from "./history";
import {
  DEFAULT_TIME_ZONE,
  calendarDayOf,
  inQuarter,
  previousQuarter,
  quarterLabel,
  quarterRange,
  type PlanQuarter,
  type QuarterRange,
} from "./quarters";
import type { Action, ActionStatus, IsoDate, IsoInstant, Programme, Rag, Rating } from "./types";

/** The Highlight Reports' trend choices (manifest/lists.ts TRENDS). */
export const TRENDS = ["Improving", "Stable", "Declining"] as const;
export type Trend = (typeof TRENDS)[number];

/** An action as one saved version held it: what the rollup needs from its history. */
export interface RatingSnapshot {
  /** When the version was saved. */
  at: IsoInstant;
  rag: Rag | null;
  status: ActionStatus;
  targetDate: IsoDate;
  revisedDate: IsoDate | null;
  /** The reason given for the revised date ("" for none). */
  revisedReason: string;
  programmeId: number;
  boardId: number;
}

/** An action's snapshots, oldest first (its SharePoint versions). */
export interface RatingHistory {
  actionId: number;
  snapshots: readonly RatingSnapshot[];
}

/** The snapshots an action's versions make, oldest first. */
export function snapshotsFromVersions(versions: readonly ActionVersion[]): RatingSnapshot[] {
  return [...versions]
    .sort((a, b) => a.label - b.label)
    .map((v) => ({
      at: v.at,
      rag: v.values.rag,
      status: v.values.status,
      targetDate: v.values.targetDate,
      revisedDate: v.values.revisedDate,
      revisedReason: v.values.revisedReason,
      programmeId: v.values.programmeId,
      boardId: v.values.boardId,
    }));
}

/** The counts shown per programme: Not started and In progress without a RAG are "No rating". */
export const RAG_COUNTS = ["Red", "Amber", "Green", "Complete", "No rating"] as const;
export type RagCount = (typeof RAG_COUNTS)[number];
export type RagCounts = Record<RagCount, number>;

/** Where an action stood at the end of a day. */
export interface RatingAt {
  actionId: number;
  programmeId: number;
  boardId: number;
  rating: Rating;
  snapshot: RatingSnapshot;
}

/** The rollup's settings: which quarter, when it is now, and the site's time zone. */
export interface RollupContext {
  quarter: PlanQuarter;
  now: Date | IsoInstant;
  /** The SharePoint site's time zone (Europe/London unless the site says otherwise). */
  timeZone?: string;
}

type Day = (instant: IsoInstant) => IsoDate;

const snapshotOf = (a: Action): RatingSnapshot => ({
  at: a.modified,
  rag: a.rag,
  status: a.status,
  targetDate: a.targetDate,
  revisedDate: a.revisedDate,
  revisedReason: a.revisedReason,
  programmeId: a.programmeId,
  boardId: a.boardId,
});

/**
 * Each action's snapshots, oldest first. An action with no history read is taken as it stands now,
 * known since it was last modified (so it counts from then on, never earlier).
 */
function historiesOf(
  actions: readonly Action[],
  histories: readonly RatingHistory[],
): Map<number, readonly RatingSnapshot[]> {
  const byId = new Map(histories.map((h) => [h.actionId, h.snapshots]));
  return new Map(
    actions.map((a) => {
      const s = byId.get(a.id);
      return [a.id, s && s.length > 0 ? [...s].sort((x, y) => x.at.localeCompare(y.at)) : [snapshotOf(a)]];
    }),
  );
}

/** The latest snapshot saved on or before a calendar day, or null when the action did not yet exist. */
function latestOnOrBefore(
  snapshots: readonly RatingSnapshot[],
  day: IsoDate,
  dayOf: Day,
): RatingSnapshot | null {
  let found: RatingSnapshot | null = null;
  for (const s of snapshots) if (dayOf(s.at) <= day) found = s;
  return found;
}

function ratingsAt(
  actions: readonly Action[],
  histories: Map<number, readonly RatingSnapshot[]>,
  day: IsoDate,
  dayOf: Day,
): RatingAt[] {
  const out: RatingAt[] = [];
  for (const a of actions) {
    const s = latestOnOrBefore(histories.get(a.id) ?? [], day, dayOf);
    if (s)
      out.push({
        actionId: a.id,
        programmeId: s.programmeId,
        boardId: s.boardId,
        rating: ratingOf(s),
        snapshot: s,
      });
  }
  return out;
}

/**
 * (a) The rating each action had at the end of the quarter's last day: its latest version saved on
 * or before that day. Actions created after the quarter are left out.
 */
export function ratingsAtQuarterEnd(
  actions: readonly Action[],
  histories: readonly RatingHistory[],
  quarter: PlanQuarter,
  timeZone: string = DEFAULT_TIME_ZONE,
): RatingAt[] {
  const { last } = quarterRange(quarter.planYear, quarter.quarter);
  return ratingsAt(actions, historiesOf(actions, histories), last, (t) => calendarDayOf(t, timeZone));
}

const zero = (): RagCounts => ({ Red: 0, Amber: 0, Green: 0, Complete: 0, "No rating": 0 });

/** Which count a rating goes in; withdrawn actions are counted apart (null). */
export function countOf(rating: Rating): RagCount | null {
  if (rating === "Withdrawn") return null;
  if (rating === "Not started" || rating === "Not rated") return "No rating";
  return rating;
}

export interface BoardCounts {
  boardId: number;
  counts: RagCounts;
}

export interface ProgrammeCounts {
  programmeId: number;
  /** The boards that deliver the programme (several for a co-delivered one). */
  boardIds: number[];
  /** Every action filed under the programme at quarter end, whichever board holds it. */
  counts: RagCounts;
  /** Red + Amber + Green + Complete + No rating (withdrawn actions are not counted). */
  total: number;
  withdrawn: number;
  /** The same counts per board holding the actions, in the programme's board order then by id. */
  byBoard: BoardCounts[];
}

/**
 * (b) RAG by programme at quarter end. An action counts under the programme it was in at quarter end
 * (not where it is now), and a co-delivered programme counts the actions of all its boards. Every
 * programme given is listed, with zeros when it had no actions.
 */
export function ragByProgramme(
  ratings: readonly RatingAt[],
  programmes: readonly Pick<Programme, "id" | "number" | "boardIds">[],
): ProgrammeCounts[] {
  const sorted = [...programmes].sort((a, b) => a.number - b.number || a.id - b.id);
  return sorted.map((p) => {
    const counts = zero();
    let withdrawn = 0;
    const boards = new Map<number, RagCounts>(p.boardIds.map((b) => [b, zero()]));
    for (const r of ratings) {
      if (r.programmeId !== p.id) continue;
      const c = countOf(r.rating);
      if (c === null) {
        withdrawn += 1;
        continue;
      }
      counts[c] += 1;
      const forBoard = boards.get(r.boardId) ?? zero();
      forBoard[c] += 1;
      boards.set(r.boardId, forBoard);
    }
    const order = (id: number): number => {
      const i = p.boardIds.indexOf(id);
      return i === -1 ? p.boardIds.length + id : i;
    };
    const byBoard = [...boards.entries()]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([boardId, c]) => ({ boardId, counts: c }));
    const total = RAG_COUNTS.reduce((n, k) => n + counts[k], 0);
    return { programmeId: p.id, boardIds: [...p.boardIds], counts, total, withdrawn, byBoard };
  });
}

/** One in four: the share of Red (for Red) or of Amber (for Amber) that sets a programme's status. */
export const STATUS_SHARE = 0.25;

const actionsWord = (n: number): string => `${n} action${n === 1 ? "" : "s"}`;
const percent = (n: number, of: number): string => `${Math.round((100 * n) / of)}%`;
const isAre = (n: number): string => (n === 1 ? "is" : "are");

/**
 * (c) A programme's status from its counts at quarter end. The rule, over the programme's actions
 * that are not withdrawn (complete and unrated ones included, so finished work counts in favour):
 *
 * - **No status** when no action is rated Red, Amber or Green and none is complete.
 * - **Red** when one action in four or more (25%) is rated Red.
 * - **Amber** when any action is rated Red (fewer than one in four), or one in four or more is Amber.
 * - **Green** otherwise.
 *
 * The reason is a plain-English sentence saying which part of the rule applied, with the figures.
 */
export function programmeStatus(counts: RagCounts): { status: Rag | null; reason: string } {
  const total = RAG_COUNTS.reduce((n, k) => n + counts[k], 0);
  const { Red: red, Amber: amber } = counts;
  if (counts.Red + counts.Amber + counts.Green + counts.Complete === 0) {
    return {
      status: null,
      reason:
        total === 0
          ? "No status: the programme had no actions."
          : `No status: none of its ${actionsWord(total)} had a RAG rating or was complete.`,
    };
  }
  if (red / total >= STATUS_SHARE) {
    return {
      status: "Red",
      reason: `Red: ${red} of ${actionsWord(total)} (${percent(red, total)}) ${isAre(red)} rated Red, one in four or more.`,
    };
  }
  if (red > 0) {
    return {
      status: "Amber",
      reason: `Amber: ${red} of ${actionsWord(total)} (${percent(red, total)}) ${isAre(red)} rated Red, fewer than one in four.`,
    };
  }
  if (amber / total >= STATUS_SHARE) {
    return {
      status: "Amber",
      reason: `Amber: ${amber} of ${actionsWord(total)} (${percent(amber, total)}) ${isAre(amber)} rated Amber, one in four or more, and none is Red.`,
    };
  }
  const amberPart =
    amber === 0
      ? "none is Amber"
      : `${amber} (${percent(amber, total)}) ${isAre(amber)} Amber, fewer than one in four`;
  return {
    status: "Green",
    reason: `Green: none of its ${actionsWord(total)} is rated Red and ${amberPart}.`,
  };
}

/** Green 3, Amber 2, Red 1: a higher score is a better status. */
export const STATUS_SCORE: Record<Rag, number> = { Red: 1, Amber: 2, Green: 3 };

/** A text symbol for each trend, shown beside the word so the trend never rests on colour. */
export const TREND_SYMBOLS: Record<Trend, string> = { Improving: "↑", Stable: "→", Declining: "↓" };

/**
 * (d) The status trend quarter on quarter: the status score this quarter against the previous
 * quarter's. Higher is Improving, lower is Declining, the same is Stable. Stable, said so, when there
 * is nothing to compare: no previous quarter in the plan, or no status in one of the two quarters.
 */
export function statusTrend(
  current: Rag | null,
  previous: Rag | null | undefined,
  quarter: PlanQuarter,
): { trend: Trend; text: string } {
  const prev = previousQuarter(quarter);
  const now = quarterLabel(quarter);
  const before = quarterLabel(prev);
  if (previous === undefined)
    return {
      trend: "Stable",
      text: `Stable: ${now} is the plan's first quarter, so there is nothing to compare with.`,
    };
  if (previous === null || current === null) {
    const missing = current === null ? now : before;
    return { trend: "Stable", text: `Stable: there is no status for ${missing} to compare.` };
  }
  const diff = STATUS_SCORE[current] - STATUS_SCORE[previous];
  if (diff > 0)
    return { trend: "Improving", text: `Improving: ${previous} in ${before}, ${current} in ${now}.` };
  if (diff < 0)
    return { trend: "Declining", text: `Declining: ${previous} in ${before}, ${current} in ${now}.` };
  return { trend: "Stable", text: `Stable: ${current} in both ${before} and ${now}.` };
}

/** An open action that reached a due date in the quarter without being complete. */
export interface MissedDate {
  actionId: number;
  /** The programme and board the action was in at quarter end. */
  programmeId: number;
  boardId: number;
  /** The date that was missed. */
  missed: IsoDate;
  /** Whether the missed date was itself a revised date (it had slipped before). */
  wasRevised: boolean;
  /** Its rating at quarter end ("Complete" when it was finished late, within the quarter). */
  ratingAtQuarterEnd: Rating;
  /** The date it was due at quarter end (later than `missed` when it has been revised since). */
  dueAtQuarterEnd: IsoDate;
  /** The reason given for the revised date it has at quarter end ("" when none was given or needed). */
  reason: string;
}

/** A target date moved later during the quarter. */
export interface Revision {
  actionId: number;
  programmeId: number;
  boardId: number;
  /** When the change was saved. */
  at: IsoInstant;
  from: IsoDate;
  to: IsoDate;
  /** The reason given with the change ("" when none was given). */
  reason: string;
}

export interface Slippage {
  missed: MissedDate[];
  revised: Revision[];
}

/**
 * (e) The quarter's slippage, in two lists:
 *
 * - **Missed**: an action whose due date (its revised date if it had one, else its target date) fell
 *   in the quarter, and which was still open — not complete, not withdrawn — at the end of that day.
 *   Only days that have ended by `now` count. The date is missed even if it was revised afterwards
 *   or the action was completed later in the quarter; a date revised before it came is not missed.
 * - **Revised**: every save in the quarter that moved an action's due date later, with the reason
 *   given (bringing a date forward is not slippage).
 *
 * Both list actions under the programme and board they were in at quarter end; a quarter with no
 * such action gives empty lists.
 */
export function slippage(
  actions: readonly Action[],
  histories: readonly RatingHistory[],
  context: RollupContext,
): Slippage {
  const tz = context.timeZone ?? DEFAULT_TIME_ZONE;
  const dayOf: Day = (t) => calendarDayOf(t, tz);
  const range = quarterRange(context.quarter.planYear, context.quarter.quarter);
  const today = calendarDayOf(typeof context.now === "string" ? new Date(context.now) : context.now, tz);
  return slippageIn(actions, slippageHistories(actions, histories, dayOf), range, today, dayOf);
}

/** Before any action existed: where an inferred snapshot sits. */
const LONG_AGO = "1970-01-01T00:00:00Z";

/**
 * The snapshots slippage looks at. An action whose versions were not read (the rollup reads them only
 * for actions changed since an ended quarter) is taken as it stands, as it has always stood, with one
 * inference: closed after its due day means it was still open on that day (completed late). So an
 * open action past its date, or one completed late, counts as missed even when it was saved since.
 * A date moved later shows in "revised" only from versions: the current item does not say when.
 */
function slippageHistories(
  actions: readonly Action[],
  histories: readonly RatingHistory[],
  dayOf: Day,
): Map<number, readonly RatingSnapshot[]> {
  const read = new Set(histories.filter((h) => h.snapshots.length > 0).map((h) => h.actionId));
  const all = historiesOf(actions, histories);
  for (const a of actions) {
    if (read.has(a.id)) continue;
    const now = snapshotOf(a);
    const closedLate = !isOpen(now) && dayOf(now.at) > dueDate(now);
    all.set(
      a.id,
      closedLate ? [{ ...now, at: LONG_AGO, status: "In progress" }, now] : [{ ...now, at: LONG_AGO }],
    );
  }
  return all;
}

function slippageIn(
  actions: readonly Action[],
  histories: Map<number, readonly RatingSnapshot[]>,
  range: QuarterRange,
  today: IsoDate,
  dayOf: Day,
): Slippage {
  const missed: MissedDate[] = [];
  const revised: Revision[] = [];
  for (const a of actions) {
    const snapshots = histories.get(a.id) ?? [];
    const end = latestOnOrBefore(snapshots, range.last, dayOf);
    if (!end) continue;
    const where = { actionId: a.id, programmeId: end.programmeId, boardId: end.boardId };
    const dueDates = [...new Set(snapshots.map((s) => dueDate(s)))].sort();
    for (const day of dueDates) {
      if (!inQuarter(day, range) || day >= today) continue;
      const then = latestOnOrBefore(snapshots, day, dayOf);
      if (!then || dueDate(then) !== day || !isOpen(then)) continue;
      const dueAtEnd = dueDate(end);
      missed.push({
        ...where,
        missed: day,
        wasRevised: then.revisedDate === day && then.targetDate !== day,
        ratingAtQuarterEnd: ratingOf(end),
        dueAtQuarterEnd: dueAtEnd,
        reason: end.revisedDate !== null && dueAtEnd !== day ? end.revisedReason.trim() : "",
      });
    }
    snapshots.forEach((s, i) => {
      const before = snapshots[i - 1];
      if (!before || !inQuarter(dayOf(s.at), range)) return;
      const from = dueDate(before);
      const to = dueDate(s);
      if (to > from) revised.push({ ...where, at: s.at, from, to, reason: s.revisedReason.trim() });
    });
  }
  missed.sort((x, y) => x.missed.localeCompare(y.missed) || x.actionId - y.actionId);
  revised.sort((x, y) => x.at.localeCompare(y.at) || x.actionId - y.actionId);
  return { missed, revised };
}

/** "Due 15 Nov 2026, missed; now due 31 Jan 2027 (reason: …)": a missed date in words. */
export function missedText(m: MissedDate): string {
  const parts = [`Due ${formatDate(m.missed)}, missed`];
  if (m.ratingAtQuarterEnd === "Complete") parts.push("completed later in the quarter");
  else if (m.dueAtQuarterEnd !== m.missed) parts.push(`now due ${formatDate(m.dueAtQuarterEnd)}`);
  const text = parts.join("; ");
  return m.reason ? `${text} (reason: ${m.reason}).` : `${text}.`;
}

/** "Target date moved from 30 Nov 2026 to 31 Jan 2027. Reason: …" */
export function revisionText(r: Revision): string {
  const reason = r.reason === "" ? "No reason was given." : `Reason: ${r.reason}`;
  return `Target date moved from ${formatDate(r.from)} to ${formatDate(r.to)}. ${reason}`;
}

export interface ProgrammeRollup extends ProgrammeCounts {
  status: Rag | null;
  statusReason: string;
  /** The previous quarter's status (null when it had none; undefined when the plan had not begun). */
  previousStatus: Rag | null | undefined;
  trend: Trend;
  trendText: string;
  /** How many actions missed a due date in the quarter, and how many had a date moved later. */
  missed: number;
  revised: number;
}

export interface QuarterRollup {
  quarter: PlanQuarter;
  range: QuarterRange;
  programmes: ProgrammeRollup[];
  slippage: Slippage;
}

export interface RollupInput extends RollupContext {
  /** The actions in scope (e.g. the plan's, across all boards). */
  actions: readonly Action[];
  histories: readonly RatingHistory[];
  programmes: readonly Pick<Programme, "id" | "number" | "boardIds">[];
  /** The plan's first plan year ("2026/27"): its Q1 has no previous quarter to compare with. */
  firstPlanYear?: string;
}

/** The whole rollup for a quarter: (a)–(e) together, one entry per programme in programme order. */
export function quarterRollup(input: RollupInput): QuarterRollup {
  const tz = input.timeZone ?? DEFAULT_TIME_ZONE;
  const dayOf: Day = (t) => calendarDayOf(t, tz);
  const q = input.quarter;
  const range = quarterRange(q.planYear, q.quarter);
  const prev = previousQuarter(q);
  const prevRange = quarterRange(prev.planYear, prev.quarter);
  const histories = historiesOf(input.actions, input.histories);
  const today = calendarDayOf(typeof input.now === "string" ? new Date(input.now) : input.now, tz);

  const current = ragByProgramme(ratingsAt(input.actions, histories, range.last, dayOf), input.programmes);
  const hasPrevious = input.firstPlanYear === undefined || prev.planYear >= input.firstPlanYear;
  const before = hasPrevious
    ? ragByProgramme(ratingsAt(input.actions, histories, prevRange.last, dayOf), input.programmes)
    : [];
  const slipped = slippageIn(
    input.actions,
    slippageHistories(input.actions, input.histories, dayOf),
    range,
    today,
    dayOf,
  );

  const programmes = current.map((p): ProgrammeRollup => {
    const { status, reason } = programmeStatus(p.counts);
    const prevCounts = before.find((b) => b.programmeId === p.programmeId);
    const previousStatus = hasPrevious && prevCounts ? programmeStatus(prevCounts.counts).status : undefined;
    const { trend, text } = statusTrend(status, previousStatus, q);
    const ids = (list: readonly { actionId: number; programmeId: number }[]): number =>
      new Set(list.filter((x) => x.programmeId === p.programmeId).map((x) => x.actionId)).size;
    return {
      ...p,
      status,
      statusReason: reason,
      previousStatus,
      trend,
      trendText: text,
      missed: ids(slipped.missed),
      revised: ids(slipped.revised),
    };
  });
  return { quarter: q, range, programmes, slippage: slipped };
}
