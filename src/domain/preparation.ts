/**
 * "Who has not updated": what the chair sees a week before the meeting. Owners whose open actions
 * have had no progress update since the last meeting (or in the last 30 days when the board has not
 * met yet), open actions with no owner, and owners who have left the board's group — grouped by
 * person, with counts — and from that, whom to remind. Pure: no React, no I/O; "now" is a parameter.
 */
import { subDays } from "date-fns";
import { isOpen } from "./actions";
import { isOnBoard, type BoardPeople } from "./boardPeople";
import { formatDate } from "./dates";
import { lastMeetingBefore, nextMeeting, type Meeting } from "./meetings";
import type { Action, Board, IsoInstant, Person } from "./types";

/** With no earlier meeting, an update counts when it is this recent. */
export const NO_MEETING_WINDOW_DAYS = 30;

const ms = (t: Date | IsoInstant): number => (typeof t === "string" ? Date.parse(t) : t.getTime());
const byName = new Intl.Collator("en-GB", { sensitivity: "base" });

/**
 * Whether an action is this board's: its Board column names the board and SharePoint files it in the
 * board's folder (whose permissions decide who may change it — see `Action.folder`). An action whose
 * board or folder is another board's has been moved, and is that board's business now.
 */
export function belongsToBoard(
  a: Pick<Action, "boardId" | "folder">,
  board: Pick<Board, "id" | "folder">,
): boolean {
  return a.boardId === board.id && a.folder === board.folder;
}

/** An action left out because it is no longer this board's, with why in words. */
export interface MovedAction {
  action: Action;
  reason: "board" | "folder";
  text: string;
}

function moved(a: Action, board: Pick<Board, "id" | "folder">): MovedAction {
  if (a.boardId !== board.id)
    return {
      action: a,
      reason: "board",
      text: "Moved to another board: it is no longer on this board's plan.",
    };
  return {
    action: a,
    reason: "folder",
    text:
      a.folder === ""
        ? "Not filed in this board's folder, so this board cannot change it. Ask a plan administrator to file it."
        : `Filed in another board's folder (“${a.folder}”), so only that board can change it.`,
  };
}

/** The moment from which an update counts, and how to say it. */
export interface UpdateWindow {
  since: IsoInstant;
  /** The meeting the window starts at; null when the board has not met yet. */
  lastMeeting: Meeting | null;
  /** "since the last meeting on 12 Nov 2026" / "in the last 30 days (the board has not met yet)". */
  text: string;
}

/** Updates count from the start of the last meeting before `now`; with none, from 30 days before `now`. */
export function updateWindow(meetings: readonly Meeting[], now: Date | IsoInstant): UpdateWindow {
  const last = lastMeetingBefore(meetings, now);
  if (last)
    return {
      since: last.start,
      lastMeeting: last,
      text: `since the last meeting on ${formatDate(last.start)}`,
    };
  const nowDate = typeof now === "string" ? new Date(now) : now;
  return {
    since: subDays(nowDate, NO_MEETING_WINDOW_DAYS).toISOString(),
    lastMeeting: null,
    text: `in the last ${NO_MEETING_WINDOW_DAYS} days (the board has not met yet)`,
  };
}

/**
 * Whether an open action has had no progress update in the window. An update made during the last
 * meeting (in meeting mode) counts. A closed action (completed or withdrawn, even between meetings)
 * never needs one.
 */
export function notUpdatedSince(a: Pick<Action, "status" | "lastUpdateAt">, since: IsoInstant): boolean {
  if (!isOpen(a)) return false;
  return a.lastUpdateAt === null || ms(a.lastUpdateAt) < ms(since);
}

/** One owner and their open actions that need the chair's attention. */
export interface OwnerActions {
  owner: Person;
  count: number;
  actions: Action[];
}

export interface Preparation {
  window: UpdateWindow;
  /** The meeting being prepared for (the next one after now), when one is set. */
  nextMeeting: Meeting | null;
  /** Owners on the board with open actions not updated in the window, by name. */
  notUpdated: OwnerActions[];
  /** Open actions nobody owns: the chair assigns them (there is nobody to chase). */
  noOwner: Action[];
  /**
   * Owners no longer in the board's group (members ∪ owners) with every open action they still hold,
   * updated or not: the chair reassigns these rather than chasing someone who has left.
   */
  ownerLeft: OwnerActions[];
  /** Open actions given to us that are now another board's: left out of everything above. */
  movedAway: MovedAction[];
  counts: {
    /** People to chase (owners on the board with actions not updated). */
    people: number;
    /** Their actions not updated. */
    notUpdated: number;
    noOwner: number;
    ownersLeft: number;
    /** Open actions held by owners who have left. */
    ownerLeftActions: number;
    movedAway: number;
  };
  /** True when there is nothing for the chair to do. */
  allClear: boolean;
}

export interface PreparationInput {
  board: Pick<Board, "id" | "folder">;
  /** The board's actions as read (by board or by folder): others are reported as moved. */
  actions: readonly Action[];
  /** The board's group: its owners and its members (Graph). */
  people: BoardPeople;
  meetings: readonly Meeting[];
  now: Date | IsoInstant;
}

const ownerKey = (p: Person): string => (p.email.trim() === "" ? `id:${p.id}` : p.email.trim().toLowerCase());

function grouped(actions: readonly Action[]): OwnerActions[] {
  const map = new Map<string, OwnerActions>();
  for (const a of actions) {
    if (!a.owner) continue;
    const key = ownerKey(a.owner);
    const entry = map.get(key) ?? { owner: a.owner, count: 0, actions: [] };
    entry.actions.push(a);
    entry.count += 1;
    map.set(key, entry);
  }
  return [...map.values()].sort(
    (x, y) => byName.compare(x.owner.name, y.owner.name) || x.owner.email.localeCompare(y.owner.email),
  );
}

const byRef = (a: Action, b: Action): number =>
  a.ref.localeCompare(b.ref, "en-GB", { numeric: true }) || a.id - b.id;

/** "Who has not updated", for the board's Prepare view. */
export function prepare(input: PreparationInput): Preparation {
  const window = updateWindow(input.meetings, input.now);
  const open = input.actions.filter(isOpen);
  const ours = open.filter((a) => belongsToBoard(a, input.board)).sort(byRef);
  const movedAway = open
    .filter((a) => !belongsToBoard(a, input.board))
    .sort(byRef)
    .map((a) => moved(a, input.board));

  const noOwner = ours.filter((a) => a.owner === null);
  const owned = ours.filter((a) => a.owner !== null);
  // An owner with no email cannot be found in the group: treated as having left, so someone reassigns.
  const left = owned.filter((a) => !isOnBoard(input.people, a.owner?.email ?? ""));
  const stillOn = owned.filter((a) => isOnBoard(input.people, a.owner?.email ?? ""));
  const notUpdated = grouped(stillOn.filter((a) => notUpdatedSince(a, window.since)));
  const ownerLeft = grouped(left);

  const counts = {
    people: notUpdated.length,
    notUpdated: notUpdated.reduce((n, o) => n + o.count, 0),
    noOwner: noOwner.length,
    ownersLeft: ownerLeft.length,
    ownerLeftActions: ownerLeft.reduce((n, o) => n + o.count, 0),
    movedAway: movedAway.length,
  };
  return {
    window,
    nextMeeting: nextMeeting(input.meetings, input.now),
    notUpdated,
    noOwner,
    ownerLeft,
    movedAway,
    counts,
    allClear: counts.people === 0 && counts.noOwner === 0 && counts.ownersLeft === 0,
  };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The headline of the Prepare view, e.g. "3 people have 5 actions not updated since the last meeting on 12 Nov 2026." */
export function preparationSummary(p: Preparation): string {
  if (p.allClear) return `Every open action has been updated ${p.window.text}.`;
  const parts: string[] = [];
  if (p.counts.people > 0)
    parts.push(
      `${plural(p.counts.people, "person", "people")} ${p.counts.people === 1 ? "has" : "have"} ${plural(p.counts.notUpdated, "action")} not updated ${p.window.text}`,
    );
  if (p.counts.noOwner > 0)
    parts.push(`${plural(p.counts.noOwner, "action")} ${p.counts.noOwner === 1 ? "has" : "have"} no owner`);
  if (p.counts.ownersLeft > 0)
    parts.push(
      `${plural(p.counts.ownersLeft, "owner")} ${p.counts.ownersLeft === 1 ? "has" : "have"} left the board, holding ${plural(p.counts.ownerLeftActions, "open action")}`,
    );
  const [first = "", ...rest] = parts;
  const sentence =
    rest.length === 0
      ? first
      : `${[first, ...rest.slice(0, -1)].join("; ")}; and ${rest[rest.length - 1] ?? ""}`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** One reminder to send: to whom, and about which actions. */
export interface ChaseEntry {
  email: string;
  name: string;
  actionIds: number[];
  /** What the reminder says, in plain English. */
  text: string;
}

function chaseText(o: OwnerActions, p: Preparation, boardTitle: string): string {
  const refs = o.actions.map((a) => (a.ref.trim() === "" ? `“${a.title}”` : a.ref.trim())).join(", ");
  const which = o.count === 1 ? "One of your actions" : `${o.count} of your actions`;
  const verb = o.count === 1 ? "has" : "have";
  const before = p.nextMeeting ? `the meeting on ${formatDate(p.nextMeeting.start)}` : "the next meeting";
  return `${which} on ${boardTitle} ${verb} not been updated ${p.window.text} (${refs}). Please add a progress update before ${before}.`;
}

/**
 * Whom "chase everyone" reminds: each owner still on the board with actions not updated, once, with
 * those actions. Nobody else: actions with no owner have nobody to remind, and someone who has left
 * the board's group can no longer open its plan (their actions need reassigning, which the Prepare
 * view says). Owners without an email cannot be reached and are left out.
 */
export function chaseList(p: Preparation, boardTitle: string): ChaseEntry[] {
  return p.notUpdated
    .filter((o) => o.owner.email.trim() !== "")
    .map((o) => ({
      email: o.owner.email.trim(),
      name: o.owner.name,
      actionIds: o.actions.map((a) => a.id),
      text: chaseText(o, p, boardTitle),
    }));
}

/** The reminder for one person ("chase" beside their name); undefined when they have nothing to update. */
export function chaseOne(p: Preparation, boardTitle: string, email: string): ChaseEntry | undefined {
  const wanted = email.trim().toLowerCase();
  return chaseList(p, boardTitle).find((c) => c.email.toLowerCase() === wanted);
}
