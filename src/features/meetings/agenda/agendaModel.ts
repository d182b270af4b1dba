/**
 * The agenda as the page works with it: the proposed agenda computed from the board's plan, and the
 * stored agenda (the Meeting Items rows) in the shape the domain's edit rules take. No React, no I/O.
 */
import type { Meeting as StoredMeeting } from "../../../data/sharepoint/meetings";
import type { MeetingItem } from "../../../data/sharepoint/minutes";
import {
  buildAgenda,
  type ActionArising,
  type Agenda,
  type AgendaItem,
  type AgendaItemKind,
} from "../../../domain/agenda";
import type { Meeting } from "../../../domain/meetings";
import type { Action, Board } from "../../../domain/types";

/** The Meetings list's meeting in the shape the domain's rules take. */
export const asDomainMeeting = (m: StoredMeeting): Meeting => ({
  id: m.id,
  boardId: m.boardId,
  title: m.title,
  start: m.start,
  end: m.end,
  place: m.place,
  onlineUrl: m.onlineUrl,
  state: m.state,
  cancelled: m.cancelled,
  attendees: m.attendees,
  apologies: m.apologies,
  minutesApprovedAt: m.approvedAt,
  minutesApprovedBy: m.approvedBy,
  minutesVersion: m.minutesVersion,
  documentUrl: m.documentUrl,
  previousMeetingId: m.previousMeetingId,
  modified: m.modified,
});

/** The actions that arose at a meeting: an action's TBMeetingId names the meeting it was agreed at. */
export const arisingFrom = (actions: readonly Action[]): ActionArising[] =>
  actions.flatMap((a) =>
    a.aroseAtMeetingId === null ? [] : [{ meetingId: a.aroseAtMeetingId, actionId: a.id }],
  );

/** The agenda the plan proposes for this meeting (highlight reports are not due yet: issue 8). */
export function proposedAgenda(input: {
  board: Pick<Board, "id" | "folder">;
  meeting: StoredMeeting;
  meetings: readonly StoredMeeting[];
  actions: readonly Action[];
  now: Date;
}): Agenda {
  const meetings = input.meetings.some((m) => m.id === input.meeting.id)
    ? input.meetings
    : [...input.meetings, input.meeting];
  return buildAgenda({
    board: input.board,
    meeting: asDomainMeeting(input.meeting),
    meetings: meetings.map(asDomainMeeting),
    actions: input.actions,
    arising: arisingFrom(input.actions),
    highlightDue: false,
    now: input.now,
  });
}

/**
 * The client id a proposed item is created with: the same for the same meeting and rule, so saving
 * again after a dropped connection finds the rows already made instead of making two (the list's
 * TBClientId is unique; 64 characters at most).
 */
export const agendaClientId = (meetingId: number, itemId: string): string =>
  `agenda:${meetingId}:${itemId}`.slice(0, 64);

const KINDS: readonly AgendaItemKind[] = [
  "welcome",
  "lastMinutes",
  "actionsArising",
  "actionPlan",
  "overdue",
  "redAmber",
  "dueSoon",
  "notUpdated",
  "noOwner",
  "risks",
  "highlightReport",
  "otherBusiness",
  "added",
];
const kindOf = (raw: string): AgendaItemKind => KINDS.find((k) => k === raw) ?? "added";

const byOrder = (a: MeetingItem, b: MeetingItem): number => a.order - b.order || a.id - b.id;

/** The items on the agenda, in order. */
export const activeItems = (items: readonly MeetingItem[]): MeetingItem[] =>
  items.filter((i) => !i.removed).sort(byOrder);

/** The items taken off it (kept: nothing in a meeting's record is deleted). */
export const removedItems = (items: readonly MeetingItem[]): MeetingItem[] =>
  items.filter((i) => i.removed).sort(byOrder);

/** Stored items as the domain's edit rules take them: ids are the list item ids, orders 1…n. */
export const asAgendaItems = (active: readonly MeetingItem[]): AgendaItem[] =>
  active.map((m, i) => ({
    id: String(m.id),
    title: m.title,
    kind: kindOf(m.agendaKind),
    actionIds: m.actionIds,
    order: i + 1,
  }));

/**
 * Where a new item goes and which stored orders change to make room: the domain puts it before
 * "Any other business"; the items from there on move one down (usually just that one).
 */
export function placeNewItem(
  active: readonly MeetingItem[],
  position: number,
): { order: number; bumps: { item: MeetingItem; order: number }[] } {
  const at = position - 1;
  const after = active.slice(at);
  const last = active[active.length - 1];
  if (after.length === 0 || !after[0]) return { order: (last?.order ?? 0) + 1, bumps: [] };
  const order = after[0].order;
  return { order, bumps: after.map((item) => ({ item, order: item.order + 1 })) };
}
