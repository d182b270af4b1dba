/**
 * A meeting's agenda: the standing items every board meeting has, plus the exceptions the action
 * plan throws up (overdue, Red or Amber, due before the next meeting, not updated, no owner) and the
 * actions arising from the last meeting. Then the chair's edits — add, remove, rename, move up or
 * down — as pure functions with messages that say what to fix, made for buttons and the keyboard.
 * Pure: no React, no I/O; "now" is a parameter.
 */
import { addMonths } from "date-fns";
import { dueDate, isOpen, isOverdue, ratingOf } from "./actions";
import { formatDate, todayIso } from "./dates";
import { currentMeetings, meetingAfter, meetingBefore, type Meeting } from "./meetings";
import { belongsToBoard, notUpdatedSince, updateWindow } from "./preparation";
import type { Action, Board, IsoDate, IsoInstant } from "./types";

/** What an agenda item is. Standing and chair-added items carry no actions; the others list them. */
export type AgendaItemKind =
  | "welcome"
  | "lastMinutes"
  | "actionsArising"
  | "actionPlan"
  | "overdue"
  | "redAmber"
  | "dueSoon"
  | "notUpdated"
  | "noOwner"
  | "risks"
  | "highlightReport"
  | "otherBusiness"
  | "added";

/** How the Meeting Items list's Kind choice files each kind (manifest/lists.ts: Standing, Exception, Action arising). */
export function listKind(kind: AgendaItemKind): "Standing" | "Exception" | "Action arising" {
  if (kind === "actionsArising") return "Action arising";
  if (EXCEPTION_KINDS.includes(kind)) return "Exception";
  return "Standing";
}

/** The exception kinds, in the order they appear under "Action plan by exception". */
export const EXCEPTION_KINDS: readonly AgendaItemKind[] = [
  "overdue",
  "redAmber",
  "dueSoon",
  "notUpdated",
  "noOwner",
];

export interface AgendaItem {
  /** Stable within the agenda: "welcome", "overdue", "added-2"… */
  id: string;
  title: string;
  kind: AgendaItemKind;
  /** The actions the item is about (in plan order); empty for standing and added items. */
  actionIds: number[];
  /** 1 for the first item; always 1…n with no gaps. */
  order: number;
}

/** An action that arose at a meeting (a Meeting Items row of kind "Action arising": its meeting and action). */
export interface ActionArising {
  meetingId: number;
  actionId: number;
}

/** Why an action is on the agenda; an action may have several reasons but is listed once. */
export type ExceptionReason = "overdue" | "redAmber" | "dueSoon" | "notUpdated" | "noOwner";

export interface AgendaInput {
  board: Pick<Board, "id" | "folder">;
  /** The meeting the agenda is for. */
  meeting: Meeting;
  /** The board's meetings (to find the one before and the one after). */
  meetings: readonly Meeting[];
  /** The board's actions; another board's (moved) actions are left out. */
  actions: readonly Action[];
  /** Actions arising at any of the board's meetings; those of the meeting before this one are used. */
  arising: readonly ActionArising[];
  /** Whether a quarterly highlight report is due for this meeting to agree. */
  highlightDue: boolean;
  now: Date | IsoInstant;
}

export interface Agenda {
  items: AgendaItem[];
  /** Every reason each listed action is an exception, for badges beside it (an action is listed once). */
  reasons: Record<number, ExceptionReason[]>;
  /** The meeting before this one, or null for a board's first meeting. */
  previous: Meeting | null;
  /** The date an action must be due before to count as "due before the next meeting". */
  dueBefore: IsoDate;
}

const toDate = (t: Date | IsoInstant): Date => (typeof t === "string" ? new Date(t) : t);
const byRef = (a: Action, b: Action): number =>
  a.ref.localeCompare(b.ref, "en-GB", { numeric: true }) || a.id - b.id;

/**
 * The reasons an open action is an exception for this meeting. Overdue and "due before the next
 * meeting" are judged today (an action overdue by the meeting shows as overdue when the agenda is
 * looked at again on the day); "due soon" runs from today to the meeting after this one — or one
 * month after this meeting when none is set, as boards meet monthly.
 */
export function exceptionReasons(
  a: Action,
  today: IsoDate,
  dueBefore: IsoDate,
  notUpdatedSinceInstant: IsoInstant,
): ExceptionReason[] {
  if (!isOpen(a)) return [];
  const out: ExceptionReason[] = [];
  if (isOverdue(a, today)) out.push("overdue");
  const rating = ratingOf(a);
  if (rating === "Red" || rating === "Amber") out.push("redAmber");
  const due = dueDate(a);
  if (due >= today && due < dueBefore) out.push("dueSoon");
  if (notUpdatedSince(a, notUpdatedSinceInstant)) out.push("notUpdated");
  if (a.owner === null) out.push("noOwner");
  return out;
}

/** Builds the agenda for a meeting. Empty exception items are left out; the standing items are always there. */
export function buildAgenda(input: AgendaInput): Agenda {
  const now = toDate(input.now);
  const today = todayIso(now);
  // The meeting as it stands now: it may have been rescheduled since the caller read it.
  const meeting = currentMeetings(input.meetings).find((m) => m.id === input.meeting.id) ?? input.meeting;
  const previous = meetingBefore(input.meetings, meeting);
  const following = meetingAfter(input.meetings, meeting);
  const dueBefore = following
    ? todayIso(toDate(following.start))
    : todayIso(addMonths(toDate(meeting.start), 1));
  // "Not updated since the last meeting" means the meeting before this one, even while this one runs.
  const window = updateWindow(previous ? [previous] : [], previous ? meeting.start : now);

  const ours = input.actions.filter((a) => belongsToBoard(a, input.board)).sort(byRef);
  const arisingIds = new Set(
    previous ? input.arising.filter((x) => x.meetingId === previous.id).map((x) => x.actionId) : [],
  );
  const arising = ours.filter((a) => arisingIds.has(a.id));

  const reasons: Record<number, ExceptionReason[]> = {};
  const buckets = new Map<ExceptionReason, number[]>();
  for (const a of ours) {
    const r = exceptionReasons(a, today, dueBefore, window.since);
    if (r.length === 0) continue;
    reasons[a.id] = r;
    // Listed once: under matters arising when it arose last time, otherwise under its first reason.
    if (arisingIds.has(a.id)) continue;
    const first = r[0] as ExceptionReason;
    buckets.set(first, [...(buckets.get(first) ?? []), a.id]);
  }

  const items: Omit<AgendaItem, "order">[] = [
    { id: "welcome", title: "Welcome and apologies", kind: "welcome", actionIds: [] },
  ];
  if (previous) {
    items.push({
      id: "lastMinutes",
      title: `Minutes of the last meeting (${formatDate(previous.start)}) and matters arising`,
      kind: "lastMinutes",
      actionIds: [],
    });
    if (arising.length > 0)
      items.push({
        id: "actionsArising",
        title: `Actions arising from the meeting on ${formatDate(previous.start)}`,
        kind: "actionsArising",
        actionIds: arising.map((a) => a.id),
      });
  }
  items.push({ id: "actionPlan", title: "Action plan by exception", kind: "actionPlan", actionIds: [] });
  const exceptionTitle: Record<ExceptionReason, string> = {
    overdue: "Overdue actions",
    redAmber: "Actions rated Red or Amber",
    dueSoon: `Actions due before the next meeting (by ${formatDate(dueBefore)})`,
    notUpdated: `Actions not updated ${window.text}`,
    noOwner: "Actions with no owner",
  };
  for (const kind of EXCEPTION_KINDS as readonly ExceptionReason[]) {
    const ids = buckets.get(kind) ?? [];
    if (ids.length > 0) items.push({ id: kind, title: exceptionTitle[kind], kind, actionIds: ids });
  }
  items.push({ id: "risks", title: "Risks", kind: "risks", actionIds: [] });
  if (input.highlightDue)
    items.push({ id: "highlightReport", title: "Highlight report", kind: "highlightReport", actionIds: [] });
  items.push({ id: "otherBusiness", title: "Any other business", kind: "otherBusiness", actionIds: [] });

  return { items: numbered(items), reasons, previous, dueBefore };
}

/** "Overdue", "Red or Amber"…: the words for a reason badge. */
export const REASON_LABELS: Record<ExceptionReason, string> = {
  overdue: "Overdue",
  redAmber: "Red or Amber",
  dueSoon: "Due before the next meeting",
  notUpdated: "Not updated",
  noOwner: "No owner",
};

// ─── The chair's edits ────────────────────────────────────────────────────────────────────────────

/** The most an item's title may hold (the Meeting Items list's Title column). */
export const ITEM_TITLE_MAX = 255;

/**
 * What an edit gives back: the new agenda, which item should have focus next (so a keyboard user
 * stays where they were), and a sentence for a live region; or a message that says what to fix.
 */
export type AgendaEdit =
  | { ok: true; items: AgendaItem[]; focusId: string | null; announcement: string }
  | { ok: false; message: string };

const numbered = (items: readonly Omit<AgendaItem, "order">[]): AgendaItem[] =>
  items.map((item, i) => ({ ...item, order: i + 1 }));

const inOrder = (items: readonly AgendaItem[]): AgendaItem[] => [...items].sort((a, b) => a.order - b.order);

const gone = (): AgendaEdit => ({
  ok: false,
  message: "That item is no longer on the agenda. Reload the agenda to see it as it stands.",
});

function titleProblem(items: readonly AgendaItem[], title: string, exceptId: string | null): string | null {
  const t = title.trim();
  if (t === "") return "Give the item a title.";
  if (t.length > ITEM_TITLE_MAX)
    return `The title is ${t.length} characters; ${ITEM_TITLE_MAX} at most. Shorten it by ${t.length - ITEM_TITLE_MAX}.`;
  const clash = items.find(
    (i) => i.id !== exceptId && i.title.trim().localeCompare(t, "en-GB", { sensitivity: "base" }) === 0,
  );
  if (clash) return `Item ${clash.order} is already called “${clash.title}”. Choose a different title.`;
  return null;
}

/**
 * Adds an item the chair writes. By default it goes just before "Any other business" (or last when
 * that has been removed); `position` (1-based) puts it elsewhere.
 */
export function addItem(items: readonly AgendaItem[], title: string, position?: number): AgendaEdit {
  const list = inOrder(items);
  const problem = titleProblem(list, title, null);
  if (problem) return { ok: false, message: problem };
  const aob = list.findIndex((i) => i.kind === "otherBusiness");
  const at = position === undefined ? (aob === -1 ? list.length : aob) : position - 1;
  if (!Number.isInteger(at) || at < 0 || at > list.length)
    return { ok: false, message: `Choose a position from 1 to ${list.length + 1}.` };
  const used = list
    .map((i) => /^added-(\d+)$/.exec(i.id)?.[1])
    .map(Number)
    .filter((n) => !Number.isNaN(n));
  const id = `added-${Math.max(0, ...used) + 1}`;
  const next = [...list];
  next.splice(at, 0, { id, title: title.trim(), kind: "added", actionIds: [], order: 0 });
  return {
    ok: true,
    items: numbered(next),
    focusId: id,
    announcement: `Added “${title.trim()}” as item ${at + 1} of ${next.length}.`,
  };
}

/** Removes an item; focus moves to the item that took its place (or the new last item). */
export function removeItem(items: readonly AgendaItem[], id: string): AgendaEdit {
  const list = inOrder(items);
  const at = list.findIndex((i) => i.id === id);
  const item = list[at];
  if (!item) return gone();
  const next = list.filter((i) => i.id !== id);
  const focus = next[Math.min(at, next.length - 1)];
  return {
    ok: true,
    items: numbered(next),
    focusId: focus?.id ?? null,
    announcement: `Removed “${item.title}”. The agenda has ${next.length} item${next.length === 1 ? "" : "s"}.`,
  };
}

export function renameItem(items: readonly AgendaItem[], id: string, title: string): AgendaEdit {
  const list = inOrder(items);
  const item = list.find((i) => i.id === id);
  if (!item) return gone();
  const problem = titleProblem(list, title, id);
  if (problem) return { ok: false, message: problem };
  return {
    ok: true,
    items: list.map((i) => (i.id === id ? { ...i, title: title.trim() } : i)),
    focusId: id,
    announcement: `Renamed item ${item.order} to “${title.trim()}”.`,
  };
}

function move(items: readonly AgendaItem[], id: string, by: -1 | 1): AgendaEdit {
  const list = inOrder(items);
  const at = list.findIndex((i) => i.id === id);
  const item = list[at];
  if (!item) return gone();
  const to = at + by;
  if (to < 0) return { ok: false, message: `“${item.title}” is already the first item.` };
  if (to >= list.length) return { ok: false, message: `“${item.title}” is already the last item.` };
  const next = [...list];
  next.splice(at, 1);
  next.splice(to, 0, item);
  return {
    ok: true,
    items: numbered(next),
    focusId: id,
    announcement: `Moved “${item.title}” ${by < 0 ? "up" : "down"} to item ${to + 1} of ${list.length}.`,
  };
}

export const moveUp = (items: readonly AgendaItem[], id: string): AgendaEdit => move(items, id, -1);
export const moveDown = (items: readonly AgendaItem[], id: string): AgendaEdit => move(items, id, 1);
