import type { ReportingCalendarEntry } from "./quarters";
import { calendarForYear, nextPlanYear, planYearsOf } from "./reportingCalendar";
import type { Action, ActionStatus, Board, Plan } from "./types";

/**
 * Year roll-over moves a plan from its current year to the next. It never copies: each open action
 * (Not started / In progress) of the year is updated in place — its plan year becomes the next one and
 * it records the year it was carried from — so its history is its own SharePoint versions. Completed
 * and withdrawn actions are not touched: they stay in the year they belong to. Then the next year's
 * reporting calendar is written where it is missing, and last the plan's current year moves on. Run
 * again after a failure, it skips what is already in the new year: nothing is created, so nothing can
 * be duplicated.
 */

/** One action in a roll-over preview: enough to name it and to update it with the ETag read. */
export interface RolloverRow {
  actionId: number;
  /** The ETag read with the action: the roll-over sends it, so it never overwrites someone's save. */
  etag: string;
  boardId: number;
  /** The board's name ("a board of another plan" when it cannot be named). */
  board: string;
  ref: string;
  title: string;
  status: ActionStatus;
}

export interface RolloverPreview {
  /** The plan year being closed (the plan's current year). */
  from: string;
  /** The year the plan moves to ("" when the plan cannot move on). */
  to: string;
  /** Open actions of `from`: carried into `to`. */
  carry: RolloverRow[];
  /** Completed and withdrawn actions of `from`: they stay in its record. */
  stay: RolloverRow[];
  /** Actions already in `to`, carried from `from` by an earlier run that did not finish. */
  alreadyCarried: RolloverRow[];
  /** The quarters of `to` with no reporting calendar dates yet, dated by the plan's rule. */
  calendarToCreate: ReportingCalendarEntry[];
  /** Why the roll-over cannot run, in words that say what to do instead; empty when it can. */
  problems: string[];
}

/** What a roll-over did. */
export interface RolloverSummary {
  from: string;
  to: string;
  /** Actions moved into `to` by this run. */
  carried: number;
  /** Actions an earlier run had already moved (or that moved while this one ran): skipped. */
  alreadyCarried: number;
  /** Actions someone changed between the preview and the run: read again and carried. */
  retried: number;
  /** Actions that were completed or withdrawn between the preview and the run: left where they were. */
  leftBehind: number;
  /** Reporting calendar rows written for `to`. */
  calendarRowsWritten: number;
  /** The plan's current year now. */
  currentYear: string;
}

const OPEN: readonly ActionStatus[] = ["Not started", "In progress"];
/** An action still being worked on: the only kind a roll-over carries. */
export const isOpenStatus = (status: ActionStatus): boolean => OPEN.includes(status);

/**
 * The save id a roll-over writes on the action it carries: the same on every run for the same action
 * and year, so a run sent again recognises its own write, and the history can say what the version is.
 */
export const rolloverChangeId = (planId: number, to: string, actionId: number): string =>
  `rollover:${planId}:${to}:${actionId}`;

/** True for a version written by a year roll-over. */
export const isRolloverChangeId = (changeId: string): boolean => changeId.startsWith("rollover:");

const count = new Intl.NumberFormat("en-GB");
/** "1 open action", "1,000 open actions" (en-GB digits). */
export const howMany = (n: number, one: string, many = `${one}s`): string =>
  `${count.format(n)} ${n === 1 ? one : many}`;

export function previewRollover(
  plan: Plan,
  actions: Action[],
  calendar: ReportingCalendarEntry[],
  boards: Board[],
): RolloverPreview {
  const from = plan.currentYear;
  const problems: string[] = [];
  const years = planYearsOf(plan);
  const to = years.includes(from) ? (nextPlanYear(plan, from) ?? "") : "";
  if (plan.status === "Archived")
    problems.push(`${plan.title} is archived: its actions are kept as they are and its year cannot move on.`);
  if (!years.includes(from))
    problems.push(
      `${plan.title}'s current year, ${from}, is not one of its years (${years.join(", ")}): set its current year first.`,
    );
  else if (to === "") problems.push(`${plan.title} ends with ${from}: set up the next plan instead.`);

  const planBoards = new Map(boards.filter((b) => b.planId === plan.id).map((b) => [b.id, b.title]));
  const row = (a: Action): RolloverRow => ({
    actionId: a.id,
    etag: a.etag,
    boardId: a.boardId,
    board: planBoards.get(a.boardId) ?? "a board of another plan",
    ref: a.ref,
    title: a.title,
    status: a.status,
  });
  const ofPlan = actions.filter((a) => planBoards.has(a.boardId)).sort(byBoardThenRef(planBoards));
  const inFrom = ofPlan.filter((a) => a.planYear === from);
  const carry = inFrom.filter((a) => isOpenStatus(a.status)).map(row);
  const stay = inFrom.filter((a) => !isOpenStatus(a.status)).map(row);
  const alreadyCarried =
    to === "" ? [] : ofPlan.filter((a) => a.planYear === to && a.carriedFrom === from).map(row);
  const dated = new Set(calendar.filter((c) => c.planYear === to).map((c) => c.quarter));
  const calendarToCreate =
    to === "" ? [] : calendarForYear(to, plan.calendarRule).filter((c) => !dated.has(c.quarter));
  return { from, to, carry, stay, alreadyCarried, calendarToCreate, problems };
}

const byBoardThenRef =
  (boards: Map<number, string>) =>
  (a: Action, b: Action): number =>
    (boards.get(a.boardId) ?? "").localeCompare(boards.get(b.boardId) ?? "", "en-GB") ||
    a.ref.localeCompare(b.ref, "en-GB", { numeric: true }) ||
    a.id - b.id;

/** One board's line in the preview's table. */
export interface BoardRollover {
  boardId: number;
  board: string;
  carry: number;
  stay: number;
  alreadyCarried: number;
}

/** The preview counted per board, in board name order. */
export function rolloverByBoard(preview: RolloverPreview): BoardRollover[] {
  const boards = new Map<number, BoardRollover>();
  const tally = (rows: RolloverRow[], key: "carry" | "stay" | "alreadyCarried"): void => {
    for (const r of rows) {
      const line = boards.get(r.boardId) ?? {
        boardId: r.boardId,
        board: r.board,
        carry: 0,
        stay: 0,
        alreadyCarried: 0,
      };
      line[key] += 1;
      boards.set(r.boardId, line);
    }
  };
  tally(preview.carry, "carry");
  tally(preview.stay, "stay");
  tally(preview.alreadyCarried, "alreadyCarried");
  return [...boards.values()].sort((a, b) => a.board.localeCompare(b.board, "en-GB"));
}

const and = (parts: string[]): string =>
  parts.length <= 1
    ? (parts[0] ?? "")
    : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1] ?? ""}`;

/** What the roll-over will do, one sentence per step, in the order it does them. */
export function describeRollover(preview: RolloverPreview, planTitle: string): string[] {
  const { from, to } = preview;
  if (preview.problems.length > 0) return [];
  const lines: string[] = [];
  const n = preview.carry.length;
  const moving =
    n === 0
      ? `No open actions are left in ${from} to move into ${to}`
      : `${howMany(n, "open action")} ${n === 1 ? "moves" : "move"} into ${to} with ${n === 1 ? "its" : "their"} history`;
  const completed = preview.stay.filter((r) => r.status === "Complete").length;
  const withdrawn = preview.stay.length - completed;
  const staying = [
    ...(completed > 0 ? [`${count.format(completed)} completed`] : []),
    ...(withdrawn > 0 ? [`${count.format(withdrawn)} withdrawn`] : []),
  ];
  lines.push(
    staying.length === 0
      ? `${moving}.`
      : `${moving}; ${and(staying)} ${preview.stay.length === 1 ? "stays" : "stay"} in ${from}'s record, unchanged.`,
  );
  const done = preview.alreadyCarried.length;
  if (done > 0)
    lines.push(
      `${howMany(done, "action was", "actions were")} already carried into ${to} by an earlier run that did not finish: ${done === 1 ? "it is" : "they are"} left as ${done === 1 ? "it is" : "they are"}.`,
    );
  const rows = preview.calendarToCreate.length;
  lines.push(
    rows === 0
      ? `${to}'s reporting calendar is already set: it is not changed.`
      : rows === 4
        ? `${to}'s reporting calendar is set from the plan's rule for all four quarters.`
        : `${to}'s reporting calendar is completed from the plan's rule (${and(preview.calendarToCreate.map((c) => c.quarter))}).`,
  );
  lines.push(`Then ${planTitle}'s current year becomes ${to}. Nothing is deleted or copied.`);
  return lines;
}

/** What a finished roll-over did, in one or two sentences. */
export function describeSummary(summary: RolloverSummary): string[] {
  const { from, to } = summary;
  const lines = [
    `${howMany(summary.carried, "open action")} carried from ${from} into ${to}` +
      (summary.retried > 0
        ? ` (${count.format(summary.retried)} of them read again because someone changed ${summary.retried === 1 ? "it" : "them"} meanwhile).`
        : "."),
  ];
  if (summary.alreadyCarried > 0)
    lines.push(`${howMany(summary.alreadyCarried, "action was", "actions were")} already in ${to}: skipped.`);
  if (summary.leftBehind > 0)
    lines.push(
      `${howMany(summary.leftBehind, "action was", "actions were")} completed or withdrawn meanwhile: left in ${from}.`,
    );
  lines.push(
    summary.calendarRowsWritten > 0
      ? `${to}'s reporting calendar: ${howMany(summary.calendarRowsWritten, "quarter")} dated from the plan's rule.`
      : `${to}'s reporting calendar was already set.`,
  );
  lines.push(`The plan's current year is now ${summary.currentYear}.`);
  return lines;
}
