/**
 * The minutes of a board meeting as plain data: what the tab shows read-only and what the Word
 * document is written from, so both say the same thing. Pure: the caller passes the meeting record,
 * the board and the board's actions; the shapes below are what the data layer's types already have.
 */
import { ratingOf } from "./actions";
import { formatDate, formatDateTime } from "./dates";
import type { Action, ActionStatus, IsoDate, IsoInstant, Person, Rating } from "./types";

/** What the minutes need of the meeting (the data layer's Meeting has all of it). */
export interface MinutesMeeting {
  id: number;
  title: string;
  /** The day and "HH:mm" on the SharePoint site's clock (the time the board met, not the reader's). */
  localDate: IsoDate;
  localTime: string;
  place: string;
  attendees: readonly Person[];
  apologies: readonly Person[];
  guests: readonly { name: string; organisation: string }[];
  previousMeetingId: number | null;
  previousApprovedAt: IsoInstant | null;
  minutesVersion: number;
  approvedAt: IsoInstant | null;
  approvedBy: Person | null;
}

export interface MinutesItemInput {
  id: number;
  title: string;
  order: number;
  removed: boolean;
  minutes: string;
}

export interface MinutesDecisionInput {
  id: number;
  itemId: number | null;
  text: string;
}

/** The meeting before this one, whose actions are this meeting's matters arising. */
export interface PreviousMeetingRef {
  id: number;
  title: string;
  localDate: IsoDate;
}

export interface MinutesInput {
  boardTitle: string;
  meeting: MinutesMeeting;
  items: readonly MinutesItemInput[];
  decisions: readonly MinutesDecisionInput[];
  /** The board's actions (any order). */
  actions: readonly Action[];
  /** The meeting held before, or null (its minutes' approval may name a different one: that wins). */
  previousMeeting: PreviousMeetingRef | null;
}

export interface MinutesItem {
  id: number;
  /** 1-based, counting only the items on the agenda (removed ones are not minuted). */
  number: number;
  title: string;
  /** As typed: new lines are kept; "" when nothing was minuted. */
  minutes: string;
  decisions: string[];
}

export interface ActionArisingLine {
  ref: string;
  title: string;
  owner: string;
  organisation: string;
  /** en-GB, e.g. "31 Mar 2027"; "" when none. */
  targetDate: string;
}

export interface MatterArisingLine {
  ref: string;
  title: string;
  owner: string;
  status: ActionStatus;
  /** RAG or state now ("Red", "Complete", "Not rated"…). */
  rating: Rating;
  /** en-GB due date now (the revised date if agreed). */
  dueDate: string;
}

export interface MinutesDocument {
  boardTitle: string;
  meetingTitle: string;
  /** "7 Dec 2026, 14:00" on the site's clock. */
  when: string;
  /** The same date, ISO: file names. */
  date: IsoDate;
  place: string;
  attendance: string[];
  apologies: string[];
  /** "Name (Organisation)", or just the name. */
  guests: string[];
  /** "The minutes of <meeting> (<date>) were approved as a true record." or null. */
  previousMinutesApproval: string | null;
  items: MinutesItem[];
  /** Decisions made under no agenda item, listed after the items. */
  otherDecisions: string[];
  actionsArising: ActionArisingLine[];
  mattersArising: MatterArisingLine[];
  /** 0 while a draft. */
  version: number;
  publishedAt: string | null;
  publishedBy: string | null;
}

const byRef = (a: Action, b: Action): number =>
  a.ref.localeCompare(b.ref, "en-GB", { numeric: true }) || a.id - b.id;

const guestLine = (g: { name: string; organisation: string }): string =>
  g.organisation.trim() === "" ? g.name : `${g.name} (${g.organisation})`;

/** The minutes as the board will read them. */
export function buildMinutesDocument(input: MinutesInput): MinutesDocument {
  const { meeting } = input;
  const onAgenda = [...input.items]
    .filter((i) => !i.removed)
    .sort((a, b) => a.order - b.order || a.id - b.id);
  const agendaIds = new Set(onAgenda.map((i) => i.id));
  const items: MinutesItem[] = onAgenda.map((item, index) => ({
    id: item.id,
    number: index + 1,
    title: item.title,
    minutes: item.minutes.trim(),
    decisions: input.decisions.filter((d) => d.itemId === item.id).map((d) => d.text),
  }));
  // A decision under no item, or under an item taken off the agenda, is still a decision of the meeting.
  const otherDecisions = input.decisions
    .filter((d) => d.itemId === null || !agendaIds.has(d.itemId))
    .map((d) => d.text);

  const actionsArising = input.actions
    .filter((a) => a.aroseAtMeetingId === meeting.id)
    .sort(byRef)
    .map((a) => ({
      ref: a.ref,
      title: a.title,
      owner: a.owner?.name ?? "No owner",
      organisation: a.ownerOrg,
      targetDate: formatDate(a.targetDate),
    }));

  const previousId = meeting.previousMeetingId ?? input.previousMeeting?.id ?? null;
  const mattersArising =
    previousId === null
      ? []
      : input.actions
          .filter((a) => a.aroseAtMeetingId === previousId)
          .sort(byRef)
          .map((a) => ({
            ref: a.ref,
            title: a.title,
            owner: a.owner?.name ?? "No owner",
            status: a.status,
            rating: ratingOf(a),
            dueDate: formatDate(a.revisedDate ?? a.targetDate),
          }));

  let previousMinutesApproval: string | null = null;
  if (meeting.previousMeetingId !== null && meeting.previousApprovedAt !== null) {
    const prev =
      input.previousMeeting?.id === meeting.previousMeetingId
        ? `${input.previousMeeting.title} (${formatDate(input.previousMeeting.localDate)})`
        : "the previous meeting";
    previousMinutesApproval = `The minutes of ${prev} were approved as a true record.`;
  }

  return {
    boardTitle: input.boardTitle,
    meetingTitle: meeting.title,
    when: `${formatDate(meeting.localDate)}, ${meeting.localTime}`,
    date: meeting.localDate,
    place: meeting.place,
    attendance: meeting.attendees.map((p) => p.name),
    apologies: meeting.apologies.map((p) => p.name),
    guests: meeting.guests.map(guestLine),
    previousMinutesApproval,
    items,
    otherDecisions,
    actionsArising,
    mattersArising,
    version: meeting.minutesVersion,
    publishedAt: meeting.approvedAt ? formatDateTime(meeting.approvedAt) : null,
    publishedBy: meeting.approvedBy?.name ?? null,
  };
}

/**
 * "2026-12-07 Early Help Board minutes.docx": the published document's name in the board's folder.
 * The same meeting always gets the same name, so a correction overwrites it and the library keeps the
 * earlier version. Characters SharePoint refuses in file names become "-".
 */
export function minutesFileName(doc: Pick<MinutesDocument, "date" | "boardTitle">): string {
  const board = doc.boardTitle
    .replace(/[\\/:*?"<>|#%~]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  return `${doc.date} ${board || "Board"} minutes.docx`;
}
