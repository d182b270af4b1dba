/** The product's words as plain data. No React, PnPjs, Graph or Fluent here. */

export const RAGS = ["Red", "Amber", "Green"] as const;
export type Rag = (typeof RAGS)[number];

export const ACTION_STATUSES = ["Not started", "In progress", "Complete", "Withdrawn"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What a person sees as an action's rating: RAG, or a state beside it. */
export type Rating = Rag | "Complete" | "Not started" | "Withdrawn" | "Not rated";

/** A calendar date, "YYYY-MM-DD", with no time zone. */
export type IsoDate = string;
/** An instant, ISO 8601 in UTC. */
export type IsoInstant = string;

export interface Person {
  /** The site's user id (SharePoint person columns store this). */
  id: number;
  name: string;
  email: string;
}

export interface Plan {
  id: number;
  title: string;
  startYear: number;
  endYear: number;
  currentYear: string;
  status: "Draft" | "Active" | "Archived";
  /** What the plan calls its programmes, lower case: "improvement programme", "priority"… */
  programmeNoun: string;
  vision: string;
  /** How the reporting calendar's default dates are made (domain/reportingCalendar.ts). */
  calendarRule: CalendarRule;
  /** The ETag read with it: an administrator's change sends it, so a clash is shown, not overwritten. */
  etag?: string;
}

/** Days after each quarter ends that action updates and highlight reports fall due. */
export interface CalendarRule {
  updatesDueDays: number;
  reportsDueDays: number;
}

export interface Board {
  id: number;
  planId: number;
  title: string;
  groupId: string;
  folder: string;
  chair: Person | null;
  chairRole: string;
  sponsor: Person | null;
  status: "Active" | "Archived";
  /** How often it meets, in words ("Monthly"); "" when not recorded. */
  cadence: string;
  /** The team channel its tab lives in, picked from Graph; "" when not linked yet. */
  channelId: string;
  channelName: string;
  /** The ETag read with it (see Plan.etag). */
  etag?: string;
}

export interface Programme {
  id: number;
  planId: number;
  number: number;
  title: string;
  boardIds: number[];
  outcome: string;
  /** The ETag read with it (see Plan.etag). */
  etag?: string;
}

export interface Action {
  id: number;
  /** The ETag read with this version; sent back on update so nobody overwrites blindly. */
  etag: string;
  boardId: number;
  programmeId: number;
  planYear: string;
  ref: string;
  title: string;
  description: string;
  owner: Person | null;
  ownerOrg: string;
  targetDate: IsoDate;
  revisedDate: IsoDate | null;
  revisedReason: string;
  status: ActionStatus;
  rag: Rag | null;
  lastUpdateAt: IsoInstant | null;
  lastUpdateBy: Person | null;
  lastNote: string;
  /** The evidence link given with the latest update ("" when none). */
  evidenceUrl: string;
  /** The plan year a year roll-over last carried it forward from ("" when it never was). */
  carriedFrom: string;
  /**
   * The id of the save that wrote this version ("" when it was changed outside
   * Trust Boards): how a save whose reply was lost recognises itself.
   */
  changeId: string;
  /**
   * The board folder SharePoint files the item in ("" at the list's root). The
   * folder's permissions decide who may change it, so it, not `boardId` (a
   * column any member of that board can edit), says whose action it is.
   */
  folder: string;
  /** The board meeting at which the action was agreed ("action arising"), or null. */
  aroseAtMeetingId: number | null;
  modified: IsoInstant;
  editor: Person | null;
}

export interface ActionChange {
  status: ActionStatus;
  rag: Rag | null;
  note: string;
  revisedDate: IsoDate | null;
  revisedReason: string;
  evidenceUrl: string;
}

/** The signed-in person and what their groups let them do (a hint for the UI; SharePoint decides). */
export interface Viewer {
  graphId: string;
  name: string;
  email: string;
  /** Groups the person is a member of, directly or through nested groups (owning one is not membership). */
  groupIds: string[];
  /** Groups the person owns (a board's chair may own its group without being a member). */
  ownedGroupIds: string[];
}
