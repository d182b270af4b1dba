/**
 * A board's meetings, and which of them is "the last meeting" and "the next meeting" at a given
 * moment — the two dates the meeting loop hangs on (what counts as an update since the last meeting,
 * what is due before the next one). Pure: no React, no I/O, and "now" is always a parameter.
 */
import { formatDateTime } from "./dates";
import type { IsoInstant, Person } from "./types";

/** The Status choices of the Meetings list (manifest/lists.ts), in the order a meeting passes through them. */
export const MEETING_STATES = ["Planned", "In progress", "Minutes draft", "Minutes published"] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** One meeting of a board, as the Meetings list holds it (one item per meeting, in the board's folder). */
export interface Meeting {
  id: number;
  boardId: number;
  /** "Early Help Board, December" (the item's Title). */
  title: string;
  /** When it starts (TBDate). */
  start: IsoInstant;
  /** When it is due to end; null when only the start was given. */
  end: IsoInstant | null;
  /** Where it is held, in words ("" for none). */
  place: string;
  /** The Teams meeting's join link ("" for none). */
  onlineUrl: string;
  state: MeetingState;
  /**
   * Called off. A cancelled meeting stays in the list (its item, history and any links survive)
   * but is never "the last meeting" or "the next meeting".
   */
  cancelled: boolean;
  attendees: Person[];
  apologies: Person[];
  /** When the board approved these minutes (at the following meeting); they are immutable from then. */
  minutesApprovedAt: IsoInstant | null;
  minutesApprovedBy: Person | null;
  /** 0 before the minutes are first published; a correction publishes a new version and keeps the old. */
  minutesVersion: number;
  /** The published minutes (Word document in the board's library), "" until published. */
  documentUrl: string;
  /** The meeting whose minutes this one approves, when it was recorded (null for the first). */
  previousMeetingId: number | null;
  /** When the item was last saved: of two copies of one meeting, the later save is the meeting as it stands. */
  modified: IsoInstant;
}

/** What the rules below need of a meeting: so a caller's own meeting shape works as long as it has these. */
export type MeetingTimes = Pick<Meeting, "id" | "start" | "modified"> & { cancelled?: boolean };

const ms = (t: Date | IsoInstant): number => (typeof t === "string" ? Date.parse(t) : t.getTime());

/**
 * The meetings as they stand now, soonest first. A meeting that has been rescheduled may reach us
 * twice (a cached copy and a fresh read, or two versions): meetings are one per id, so the copy
 * saved last wins and the earlier start date is forgotten — a meeting moved from 3 to 10 December is
 * simply on 10 December. Cancelled meetings are kept, marked, for the list of meetings.
 */
export function currentMeetings<M extends MeetingTimes>(meetings: readonly M[]): M[] {
  const byId = new Map<number, M>();
  for (const m of meetings) {
    const seen = byId.get(m.id);
    // Equal save times: the copy read later (later in the input) is the fresher one.
    if (!seen || ms(m.modified) >= ms(seen.modified)) byId.set(m.id, m);
  }
  return [...byId.values()].sort((a, b) => ms(a.start) - ms(b.start) || a.id - b.id);
}

const held = <M extends MeetingTimes>(meetings: readonly M[]): M[] =>
  currentMeetings(meetings).filter((m) => m.cancelled !== true);

/**
 * The last meeting before `now`: the latest meeting, not cancelled, that started before then. A
 * meeting rescheduled to a date after `now` is not the last meeting even if it was first set for an
 * earlier date; a meeting that started and is still going counts (it is under way, so not "next").
 */
export function lastMeetingBefore<M extends MeetingTimes>(
  meetings: readonly M[],
  now: Date | IsoInstant,
): M | null {
  const t = ms(now);
  const before = held(meetings).filter((m) => ms(m.start) < t);
  return before[before.length - 1] ?? null;
}

/** The next meeting: the earliest meeting, not cancelled, starting at `now` or later (null when none is set). */
export function nextMeeting<M extends MeetingTimes>(
  meetings: readonly M[],
  now: Date | IsoInstant,
): M | null {
  const t = ms(now);
  return held(meetings).find((m) => ms(m.start) >= t) ?? null;
}

/** This meeting as it stands in the list (its latest copy: it may have been rescheduled since it was read). */
const asItStands = <M extends MeetingTimes>(meetings: readonly M[], meeting: Pick<Meeting, "id" | "start">) =>
  currentMeetings(meetings).find((m) => m.id === meeting.id) ?? meeting;

/** The meeting held before this one (whose minutes this one approves and whose actions arise here). */
export function meetingBefore<M extends MeetingTimes>(
  meetings: readonly M[],
  meeting: Pick<Meeting, "id" | "start">,
): M | null {
  const start = asItStands(meetings, meeting).start;
  return lastMeetingBefore(
    meetings.filter((m) => m.id !== meeting.id),
    start,
  );
}

/** The meeting held after this one, if one is set. */
export function meetingAfter<M extends MeetingTimes>(
  meetings: readonly M[],
  meeting: Pick<Meeting, "id" | "start">,
): M | null {
  const t = ms(asItStands(meetings, meeting).start);
  return held(meetings).find((m) => m.id !== meeting.id && ms(m.start) > t) ?? null;
}

/** The Meetings area's two lists: upcoming (soonest first) and past (latest first), cancelled ones included and marked. */
export function meetingsAround<M extends MeetingTimes>(
  meetings: readonly M[],
  now: Date | IsoInstant,
): { upcoming: M[]; past: M[] } {
  const t = ms(now);
  const all = currentMeetings(meetings);
  return {
    upcoming: all.filter((m) => ms(m.start) >= t),
    past: all.filter((m) => ms(m.start) < t).reverse(),
  };
}

/** Whether the meeting's minutes can no longer be changed: approved by the board, or published (a correction is a new version). */
export const minutesLocked = (m: Pick<Meeting, "minutesApprovedAt" | "state">): boolean =>
  m.minutesApprovedAt !== null || m.state === "Minutes published";

/** "10 Dec 2026, 14:00" (and "cancelled" when it is): how a meeting is named in a sentence. */
export function meetingWhen(m: Pick<Meeting, "start" | "cancelled">): string {
  return `${formatDateTime(m.start)}${m.cancelled ? " (cancelled)" : ""}`;
}

// ─── Scheduling ──────────────────────────────────────────────────────────────────────────────────

export const MEETING_TITLE_MAX = 255;

export interface MeetingDraft {
  title: string;
  start: IsoInstant | null;
  end: IsoInstant | null;
  place: string;
  onlineUrl: string;
}

export type MeetingDraftErrors = Partial<Record<keyof MeetingDraft, string>>;

/** The schedule form's rules, each with a message that says what to fix. */
export function validateMeetingDraft(d: MeetingDraft): MeetingDraftErrors {
  const e: MeetingDraftErrors = {};
  const title = d.title.trim();
  if (title === "") e.title = "Give the meeting a title, for example “Board meeting, December”.";
  else if (title.length > MEETING_TITLE_MAX)
    e.title = `The title is ${title.length} characters; ${MEETING_TITLE_MAX} at most. Shorten it.`;
  const start = d.start === null ? Number.NaN : Date.parse(d.start);
  if (Number.isNaN(start)) e.start = "Choose the date and time the meeting starts.";
  if (d.end !== null) {
    const end = Date.parse(d.end);
    if (Number.isNaN(end)) e.end = "Choose the time the meeting ends, or leave it empty.";
    else if (!Number.isNaN(start) && end <= start) e.end = "The meeting must end after it starts.";
  }
  const url = d.onlineUrl.trim();
  if (url !== "" && !/^https:\/\/\S+$/i.test(url))
    e.onlineUrl = "Online meeting links must start with https://";
  if (d.place.trim() === "" && url === "")
    e.place = "Say where the meeting is held, or give its online link.";
  return e;
}

// ─── The meeting on now (a Teams meeting's side panel and stage) ────────────────────────────────

/** How long after its start a meeting not yet started by the chair still counts as "on now" (it runs late). */
export const ON_NOW_GRACE_HOURS = 12;
/** How far ahead a planned meeting counts as "on now" (the side panel opens before the meeting starts). */
export const ON_NOW_AHEAD_HOURS = 24;

/**
 * The board's meeting that a Teams meeting's side panel or stage opens on: the one in progress (the
 * latest to start, if somehow two are), else the planned meeting whose start is nearest to `now`,
 * from 12 hours before (the chair has not pressed Start yet) to 24 hours ahead. Cancelled meetings
 * never count. Null when none is on.
 */
export function meetingOnNow<M extends MeetingTimes & { state: MeetingState }>(
  meetings: readonly M[],
  now: Date | IsoInstant,
): M | null {
  const t = ms(now);
  const live = held(meetings).filter((m) => m.state === "In progress");
  if (live.length > 0) return live[live.length - 1] ?? null;
  const near = held(meetings)
    .filter((m) => m.state === "Planned")
    .filter((m) => {
      const d = ms(m.start) - t;
      return d >= -ON_NOW_GRACE_HOURS * 3600_000 && d <= ON_NOW_AHEAD_HOURS * 3600_000;
    })
    .sort((a, b) => Math.abs(ms(a.start) - t) - Math.abs(ms(b.start) - t));
  return near[0] ?? null;
}
