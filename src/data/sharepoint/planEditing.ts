import type { SPFI } from "@pnp/sp";
import "@pnp/sp/site-users/web";
import { Actions } from "../../../manifest";
import type { ClosedStatus } from "../../domain/planEditing";
import type { Action, Board, IsoDate, Person, Plan, Rag } from "../../domain/types";
import { toDataError } from "../errors";
import { getAction, writeActionChange } from "./actions";
import { createInFolder, personKey } from "./common";
import { isoToSpDate } from "./dates";
import { siteRegional } from "./regionalSettings";

/**
 * The chair's changes to the action plan (src/features/plan-editing).
 * Each is one call of writeActionChange: one MERGE (with the ETag read) whose SharePoint version is
 * its history entry. The note is always written, empty too, and the evidence link cleared, so the
 * version carries what this change said and never an older update's words (domain/history.ts shows
 * a version's note whenever the app wrote it).
 */

/** Who saved, and when: as a progress update does. */
const stamp = (me: Person, now: Date, note: string): Record<string, unknown> => ({
  TBLastUpdateAt: now.toISOString(),
  TBLastUpdateById: me.id,
  TBLastNote: note.trim(),
  TBEvidenceUrl: "",
});

/**
 * The site user id of a person on the board, adding them to the site if they have never been there
 * (POST _api/web/ensureuser): a person column holds that id. The login name is their claims key.
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/dn531432(v=office.15)
 */
export async function siteUserIdFor(sp: SPFI, email: string): Promise<number> {
  try {
    const user = await sp.web.ensureUser(`i:0#.f|membership|${email.trim()}`);
    return user.Id;
  } catch (e) {
    throw toDataError(e);
  }
}

export interface NewActionInput {
  programmeId: number;
  ref: string;
  title: string;
  description: string;
  ownerEmail: string;
  ownerOrg: string;
  targetDate: IsoDate;
  /** The board meeting it was agreed at (an action arising): TBMeetingId, what the next agenda looks for. */
  meetingId?: number;
}

/**
 * Adds an action to the board's plan for the plan's current year, inside the board's folder (its
 * permissions decide who may). One create: its first SharePoint version is the history's "added to
 * the plan" entry, carrying `changeId` both as the save id and as the item's client id, so a
 * create whose reply was lost is found again instead of made twice.
 */
export async function addAction(
  sp: SPFI,
  siteUrl: string,
  board: Pick<Board, "id" | "folder">,
  plan: Pick<Plan, "id" | "currentYear">,
  input: NewActionInput,
  changeId: string,
): Promise<Action> {
  const id = await createInFolder(sp, siteUrl, Actions, board.folder, changeId, [
    { FieldName: "Title", FieldValue: input.title.trim() },
    { FieldName: "TBPlanId", FieldValue: String(plan.id) },
    { FieldName: "TBBoardId", FieldValue: String(board.id) },
    { FieldName: "TBProgrammeId", FieldValue: String(input.programmeId) },
    { FieldName: "TBPlanYear", FieldValue: plan.currentYear },
    { FieldName: "TBRef", FieldValue: input.ref.trim() },
    { FieldName: "TBDescription", FieldValue: input.description.trim() },
    { FieldName: "TBOwner", FieldValue: personKey(input.ownerEmail.trim()) },
    { FieldName: "TBOwnerOrg", FieldValue: input.ownerOrg.trim() },
    { FieldName: "TBTargetDate", date: input.targetDate },
    { FieldName: "TBStatus", FieldValue: "Not started" },
    { FieldName: "TBChangeId", FieldValue: changeId },
    ...(input.meetingId !== undefined
      ? [{ FieldName: "TBMeetingId", FieldValue: String(input.meetingId) }]
      : []),
  ]);
  return getAction(sp, id);
}

export interface ReassignInput {
  ownerEmail: string;
  ownerOrg: string;
  note: string;
}

/** Gives the action a new owner (and their organisation), with the chair's note. */
export async function reassignAction(
  sp: SPFI,
  action: Action,
  input: ReassignInput,
  me: Person,
  now: Date,
  changeId: string,
): Promise<Action> {
  const ownerId = await siteUserIdFor(sp, input.ownerEmail);
  return writeActionChange(
    sp,
    action,
    { TBOwnerId: ownerId, TBOwnerOrg: input.ownerOrg.trim(), ...stamp(me, now, input.note) },
    changeId,
  );
}

export interface DetailsInput {
  title: string;
  description: string;
  ownerOrg: string;
  targetDate: IsoDate;
}

/** Corrects the action's title, description, owner's organisation or original target date. */
export async function editActionDetails(
  sp: SPFI,
  action: Action,
  input: DetailsInput,
  me: Person,
  now: Date,
  changeId: string,
): Promise<Action> {
  const props: Record<string, unknown> = {
    Title: input.title.trim(),
    TBDescription: input.description.trim(),
    TBOwnerOrg: input.ownerOrg.trim(),
    ...stamp(me, now, ""),
  };
  if (input.targetDate !== action.targetDate) {
    // Midnight in the site's time zone, as SharePoint keeps a date-only column (regionalSettings.ts).
    props["TBTargetDate"] = isoToSpDate(input.targetDate, (await siteRegional(sp)).timeZone);
  }
  return writeActionChange(sp, action, props, changeId);
}

/** Closes the action as Complete or Withdrawn, saying why. A closed action has no RAG. */
export async function closeAction(
  sp: SPFI,
  action: Action,
  input: { status: ClosedStatus; note: string },
  me: Person,
  now: Date,
  changeId: string,
): Promise<Action> {
  return writeActionChange(
    sp,
    action,
    { TBStatus: input.status, TBRag: null, ...stamp(me, now, input.note) },
    changeId,
  );
}

/** Reopens a closed action: back to In progress, with the RAG the chair gives and why. */
export async function reopenAction(
  sp: SPFI,
  action: Action,
  input: { rag: Rag; note: string },
  me: Person,
  now: Date,
  changeId: string,
): Promise<Action> {
  return writeActionChange(
    sp,
    action,
    { TBStatus: "In progress", TBRag: input.rag, ...stamp(me, now, input.note) },
    changeId,
  );
}

/** Moves the action to another programme of the same board, with its new reference there. */
export async function moveAction(
  sp: SPFI,
  action: Action,
  input: { programmeId: number; ref: string; note: string },
  me: Person,
  now: Date,
  changeId: string,
): Promise<Action> {
  return writeActionChange(
    sp,
    action,
    { TBProgrammeId: input.programmeId, TBRef: input.ref.trim(), ...stamp(me, now, input.note) },
    changeId,
  );
}
