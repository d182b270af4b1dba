import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Meetings, type ListDef } from "../../../manifest";
import { MEETING_STATES, type MeetingState } from "../../domain/meetings";
import type { Board, IsoDate, Person } from "../../domain/types";
import { DataError, toDataError } from "../errors";
import { createInFolder, parseRows, PersonRow, personSelect, readAll, text } from "./common";
import { isoToFormDate, offsetMinutesAt, type SiteTimeZone } from "./dates";
import { eq } from "./odata";
import { siteRegional } from "./regionalSettings";

/**
 * A meeting as the Meetings list holds it, with its time on the site's clock too. It has what the
 * domain's meeting rules need (`MeetingTimes`: id, start, modified), so they apply to it directly.
 */
export interface Meeting {
  id: number;
  etag: string;
  boardId: number;
  title: string;
  /** When it starts, as an instant in UTC. */
  start: string;
  /** The same, on the site's clock: date and "HH:mm". */
  localDate: IsoDate;
  localTime: string;
  /** When it is due to end (UTC), or null. */
  end: string | null;
  /** Where it is held, in words ("" for none). */
  place: string;
  /** The Teams meeting's join link ("" for none). */
  onlineUrl: string;
  /** Called off: kept in the list, never "the last" or "the next" meeting. */
  cancelled: boolean;
  state: MeetingState;
  /** Who came (site users: members and owners of the board's group). */
  attendees: Person[];
  /** Who sent apologies. */
  apologies: Person[];
  /** Named guests from outside the board's group. */
  guests: Guest[];
  /** The agenda item the chair has open in meeting mode (what the side panel and the stage follow). */
  currentItemId: number | null;
  /** The meeting whose minutes this one approved as a true record, and when. */
  previousMeetingId: number | null;
  previousApprovedAt: string | null;
  minutesVersion: number;
  /** When and by whom the chair published the minutes (they are locked from then). */
  approvedAt: string | null;
  approvedBy: Person | null;
  documentUrl: string;
  modified: string;
  editor: Person | null;
}

/** A guest at a meeting who is not in the board's group. */
export interface Guest {
  name: string;
  organisation: string;
}

export const GUEST_NAME_MAX = 120;
const GuestSchema = z.object({
  name: z.string().trim().min(1).max(GUEST_NAME_MAX),
  organisation: z.string().trim().max(GUEST_NAME_MAX),
});

/**
 * The guests column is a note holding JSON. Anyone with edit rights on the meeting could have typed
 * anything into it outside the app, so it is checked: an unreadable value is shown as no guests
 * rather than breaking the meeting (and the next save writes a clean list).
 */
export function parseGuests(raw: string): Guest[] {
  if (raw.trim() === "") return [];
  try {
    const parsed = z.array(GuestSchema).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export const MEETING_SELECT = [
  "Id",
  "Title",
  "TBBoardId",
  "TBDate",
  "TBEnd",
  "TBPlace",
  "TBOnlineUrl",
  "TBCancelled",
  "TBStatus",
  "TBGuests",
  "TBCurrentItemId",
  "TBPreviousMeetingId",
  "TBPreviousApprovedAt",
  "TBMinutesVersion",
  "TBApprovedAt",
  "TBDocumentUrl",
  "Modified",
  ...personSelect("TBAttendees"),
  ...personSelect("TBApologies"),
  ...personSelect("TBApprovedBy"),
  ...personSelect("Editor"),
];
export const MEETING_EXPAND = ["TBAttendees", "TBApologies", "TBApprovedBy", "Editor"];

/** A multi-person column expands to an array of people (or null when empty, as some tenants answer). */
const PeopleRows = z
  .array(PersonRow)
  .nullish()
  .transform((rows) => (rows ?? []).filter((p): p is Person => p !== null));

const MeetingRow = z.object({
  Id: z.number(),
  "odata.etag": z.string(),
  Title: text,
  TBBoardId: z.number(),
  TBDate: z.string(),
  TBEnd: z.string().nullish(),
  TBPlace: text,
  TBOnlineUrl: text,
  TBCancelled: z.boolean().nullish(),
  TBStatus: z.enum(MEETING_STATES),
  TBAttendees: PeopleRows,
  TBApologies: PeopleRows,
  TBGuests: text,
  TBCurrentItemId: z.number().nullish(),
  TBPreviousMeetingId: z.number().nullish(),
  TBPreviousApprovedAt: z.string().nullish(),
  TBMinutesVersion: z.number().nullish(),
  TBApprovedAt: z.string().nullish(),
  TBApprovedBy: PersonRow,
  TBDocumentUrl: text,
  Modified: z.string(),
  Editor: PersonRow,
});

/** The zone's IANA name, or a plain-English refusal: a meeting's time cannot be guessed. */
function ianaOf(zone: SiteTimeZone): string {
  if (zone.iana === null)
    throw new DataError(
      "invalid",
      `The SharePoint site's time zone (${zone.description}) is not one Trust Boards can show meeting times in.`,
    );
  return zone.iana;
}

/** An instant → the date and time on the site's clock. */
export function toSiteClock(instant: string, zone: SiteTimeZone): { date: IsoDate; time: string } {
  const ms = Date.parse(instant);
  const local = new Date(ms + offsetMinutesAt(ianaOf(zone), ms) * 60000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** A date and "HH:mm" on the site's clock → the instant in UTC (the offset of that moment, DST included). */
export function fromSiteClock(date: IsoDate, time: string, zone: SiteTimeZone): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new DataError("invalid", `"${date} ${time}" is not a date and time.`);
  const iana = ianaOf(zone);
  const guess = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const first = guess - offsetMinutesAt(iana, guess) * 60000;
  return new Date(guess - offsetMinutesAt(iana, first) * 60000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function toMeetings(rows: unknown[], zone: SiteTimeZone): Meeting[] {
  return parseRows(MeetingRow, rows, Meetings.title).map((r) => {
    const clock = toSiteClock(r.TBDate, zone);
    return {
      id: r.Id,
      etag: r["odata.etag"],
      boardId: r.TBBoardId,
      title: r.Title,
      start: r.TBDate,
      localDate: clock.date,
      localTime: clock.time,
      end: r.TBEnd ?? null,
      place: r.TBPlace,
      onlineUrl: r.TBOnlineUrl,
      cancelled: r.TBCancelled ?? false,
      state: r.TBStatus,
      attendees: r.TBAttendees,
      apologies: r.TBApologies,
      guests: parseGuests(r.TBGuests),
      currentItemId: r.TBCurrentItemId ?? null,
      previousMeetingId: r.TBPreviousMeetingId ?? null,
      previousApprovedAt: r.TBPreviousApprovedAt ?? null,
      minutesVersion: r.TBMinutesVersion ?? 0,
      approvedAt: r.TBApprovedAt ?? null,
      approvedBy: r.TBApprovedBy,
      documentUrl: r.TBDocumentUrl,
      modified: r.Modified,
      editor: r.Editor,
    };
  });
}

const meetings = (sp: SPFI) => sp.web.lists.getByTitle(Meetings.title).items;

/** A board's meetings, latest first (TBBoardId and TBDate are indexed). */
export async function listBoardMeetings(sp: SPFI, boardId: number): Promise<Meeting[]> {
  try {
    const [rows, regional] = await Promise.all([
      readAll(
        meetings(sp)
          .select(...MEETING_SELECT)
          .expand(...MEETING_EXPAND)
          .filter(eq("TBBoardId", boardId))
          .orderBy("TBDate", false)
          .top(500),
      ),
      siteRegional(sp),
    ]);
    return toMeetings(rows, regional.timeZone);
  } catch (e) {
    throw toDataError(e);
  }
}

export async function getMeeting(sp: SPFI, id: number): Promise<Meeting> {
  try {
    const [row, regional] = await Promise.all([
      meetings(sp)
        .getById(id)
        .select(...MEETING_SELECT)
        .expand(...MEETING_EXPAND)<unknown>(),
      siteRegional(sp),
    ]);
    return toMeetings([row], regional.timeZone)[0] as Meeting;
  } catch (e) {
    throw toDataError(e);
  }
}

export interface ScheduleInput {
  title: string;
  /** The day and time on the site's clock. */
  date: IsoDate;
  time: string;
  /** When it ends on the same day ("HH:mm" on the site's clock), or "" for none. */
  endTime?: string;
  place?: string;
  onlineUrl?: string;
}

/**
 * Schedules a meeting in the board's folder (its permissions decide who may: the board's members and
 * chairs). The date and time go in as a form value in the site's own format and clock, as SharePoint
 * reads it. The client id makes a retried create find the first one instead of making two.
 */
export async function scheduleMeeting(
  sp: SPFI,
  siteUrl: string,
  board: Pick<Board, "id" | "folder">,
  input: ScheduleInput,
  clientId: string,
): Promise<Meeting> {
  if (!/^\d{2}:\d{2}$/.test(input.time)) throw new DataError("invalid", `"${input.time}" is not a time.`);
  if (input.endTime && !/^\d{2}:\d{2}$/.test(input.endTime))
    throw new DataError("invalid", `"${input.endTime}" is not a time.`);
  const { locale } = await siteRegional(sp);
  const id = await createInFolder(sp, siteUrl, Meetings, board.folder, clientId, [
    { FieldName: "Title", FieldValue: input.title.trim() },
    { FieldName: "TBBoardId", FieldValue: String(board.id) },
    { FieldName: "TBDate", FieldValue: `${isoToFormDate(input.date, locale)} ${input.time}` },
    { FieldName: "TBStatus", FieldValue: "Planned" },
    ...(input.endTime
      ? [{ FieldName: "TBEnd", FieldValue: `${isoToFormDate(input.date, locale)} ${input.endTime}` }]
      : []),
    ...(input.place?.trim() ? [{ FieldName: "TBPlace", FieldValue: input.place.trim() }] : []),
    ...(input.onlineUrl?.trim() ? [{ FieldName: "TBOnlineUrl", FieldValue: input.onlineUrl.trim() }] : []),
  ]);
  return getMeeting(sp, id);
}

export interface MeetingChange {
  title?: string;
  date?: IsoDate;
  time?: string;
  state?: MeetingState;
  documentUrl?: string;
  place?: string;
  onlineUrl?: string;
  cancelled?: boolean;
  /** Site user ids (SiteUserIdFor): who came, who sent apologies. */
  attendeeIds?: number[];
  apologyIds?: number[];
  guests?: Guest[];
  currentItemId?: number | null;
  /** This meeting approves the minutes of that one, now. */
  approvesMinutesOf?: { meetingId: number; at: string };
}

/** Changes a meeting with the ETag read: a change in between is a 412 (DataError "conflict"). */
export async function updateMeeting(
  sp: SPFI,
  meeting: Pick<Meeting, "id" | "etag" | "localDate" | "localTime">,
  change: MeetingChange,
  extra: Record<string, unknown> = {},
): Promise<Meeting> {
  const regional = await siteRegional(sp);
  const props: Record<string, unknown> = { ...extra };
  if (change.title !== undefined) props["Title"] = change.title.trim();
  if (change.state !== undefined) props["TBStatus"] = change.state;
  if (change.documentUrl !== undefined) props["TBDocumentUrl"] = change.documentUrl;
  if (change.place !== undefined) props["TBPlace"] = change.place.trim();
  if (change.onlineUrl !== undefined) props["TBOnlineUrl"] = change.onlineUrl.trim();
  if (change.cancelled !== undefined) props["TBCancelled"] = change.cancelled;
  if (change.attendeeIds !== undefined) props["TBAttendeesId"] = change.attendeeIds;
  if (change.apologyIds !== undefined) props["TBApologiesId"] = change.apologyIds;
  if (change.guests !== undefined)
    props["TBGuests"] = JSON.stringify(
      change.guests.map((g) => {
        const ok = GuestSchema.safeParse(g);
        if (!ok.success)
          throw new DataError(
            "invalid",
            `Each guest needs a name of at most ${GUEST_NAME_MAX} characters, and an organisation of at most ${GUEST_NAME_MAX}.`,
          );
        return ok.data;
      }),
    );
  if (change.currentItemId !== undefined) props["TBCurrentItemId"] = change.currentItemId;
  if (change.approvesMinutesOf !== undefined) {
    props["TBPreviousMeetingId"] = change.approvesMinutesOf.meetingId;
    props["TBPreviousApprovedAt"] = change.approvesMinutesOf.at;
  }
  if (change.date !== undefined || change.time !== undefined)
    props["TBDate"] = fromSiteClock(
      change.date ?? meeting.localDate,
      change.time ?? meeting.localTime,
      regional.timeZone,
    );
  const row = await writeAndReread(sp, Meetings, meeting, props, MEETING_SELECT, MEETING_EXPAND);
  return toMeetings([row], regional.timeZone)[0] as Meeting;
}

/**
 * ONE MERGE of an item with the ETag read (IF-MATCH: a change in between is a 412 and nothing is
 * overwritten) and a re-read of it in the same $batch, whose body carries the new ETag — the MERGE's
 * ETag header is not readable cross-origin (docs/EMULATED-TENANT.md). As actions.ts writeActionChange.
 */
export async function writeAndReread(
  sp: SPFI,
  def: ListDef,
  item: { id: number; etag: string },
  props: Record<string, unknown>,
  select: readonly string[],
  expand: readonly string[],
): Promise<unknown> {
  const [batched, execute] = sp.batched();
  const items = batched.web.lists.getByTitle(def.title).items;
  const outcome = Promise.allSettled([
    items.getById(item.id).update(props, item.etag),
    items
      .getById(item.id)
      .select(...select)
      .expand(...expand)<unknown>(),
  ]);
  try {
    await execute();
    const [saved, reread] = await outcome;
    if (saved.status === "rejected") throw saved.reason;
    if (reread.status === "rejected") throw reread.reason;
    return reread.value;
  } catch (e) {
    const failure = toDataError(e);
    if (failure.kind === "conflict") throw new DataError("conflict", failure.message, 412);
    throw failure;
  }
}
