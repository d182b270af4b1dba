import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Actions } from "../../../manifest";
import { statusTakesRag } from "../../domain/actions";
import { ACTION_STATUSES, RAGS, type Action, type ActionChange, type Person } from "../../domain/types";
import { DataError, toDataError } from "../errors";
import type { ClosedStatus } from "../../domain/planEditing";
import type { Board, IsoDate, Plan, Rag } from "../../domain/types";
import { createInFolder, parseRows, PersonRow, personSelect, personKey, readAll, text } from "./common";
import "@pnp/sp/site-users/web";
import { isoToSpDate, spDateToIso } from "./dates";
import { eq } from "./odata";
import { siteRegional } from "./regionalSettings";

const SELECT = [
  "Id",
  "Title",
  "TBBoardId",
  "TBProgrammeId",
  "TBPlanYear",
  "TBRef",
  "TBDescription",
  "TBOwnerOrg",
  "TBTargetDate",
  "TBRevisedDate",
  "TBRevisedReason",
  "TBStatus",
  "TBRag",
  "TBLastUpdateAt",
  "TBLastNote",
  "TBEvidenceUrl",
  "TBChangeId",
  "FileDirRef",
  "Modified",
  ...personSelect("TBOwner"),
  ...personSelect("TBLastUpdateBy"),
  ...personSelect("Editor"),
];
const EXPAND = ["TBOwner", "TBLastUpdateBy", "Editor"];
/** SharePoint's largest page; more than this many actions on one board pages on. */
const PAGE = 5000;

/** "/sites/x/Lists/TBActions/early-help" → "early-help"; the list's root → "". */
export const folderIn = (fileDirRef: string): string => /\/Lists\/[^/]+\/?(.*)$/.exec(fileDirRef)?.[1] ?? "";

const ActionRow = z
  .object({
    Id: z.number(),
    "odata.etag": z.string(),
    Title: text,
    TBBoardId: z.number(),
    TBProgrammeId: z.number(),
    TBPlanYear: z.string(),
    TBRef: text,
    TBDescription: text,
    TBOwner: PersonRow,
    TBOwnerOrg: text,
    TBTargetDate: z.string(),
    TBRevisedDate: z.string().nullish(),
    TBRevisedReason: text,
    TBStatus: z.enum(ACTION_STATUSES),
    TBRag: z.enum(RAGS).nullish(),
    TBLastUpdateAt: z.string().nullish(),
    TBLastUpdateBy: PersonRow,
    TBLastNote: text,
    TBEvidenceUrl: text,
    TBChangeId: text,
    FileDirRef: z.string(),
    Modified: z.string(),
    Editor: PersonRow,
  })
  .transform((r): Action => ({
    id: r.Id,
    etag: r["odata.etag"],
    boardId: r.TBBoardId,
    programmeId: r.TBProgrammeId,
    planYear: r.TBPlanYear,
    ref: r.TBRef,
    title: r.Title,
    description: r.TBDescription,
    owner: r.TBOwner,
    ownerOrg: r.TBOwnerOrg,
    targetDate: spDateToIso(r.TBTargetDate) ?? r.TBTargetDate.slice(0, 10),
    revisedDate: spDateToIso(r.TBRevisedDate),
    revisedReason: r.TBRevisedReason,
    status: r.TBStatus,
    rag: r.TBRag ?? null,
    lastUpdateAt: r.TBLastUpdateAt ?? null,
    lastUpdateBy: r.TBLastUpdateBy,
    lastNote: r.TBLastNote,
    evidenceUrl: r.TBEvidenceUrl,
    changeId: r.TBChangeId,
    // The board folder the item is filed in: its permissions say whose action it is (docs/HISTORY.md).
    folder: folderIn(r.FileDirRef),
    modified: r.Modified,
    editor: r.Editor,
  }));

export const toActions = (rows: unknown[]): Action[] => parseRows(ActionRow, rows, Actions.title);

const actions = (sp: SPFI) => sp.web.lists.getByTitle(Actions.title).items;

/**
 * Actions matching one filter, largest pages first. The filter must start with
 * an indexed column (TBBoardId, TBOwner…) or SharePoint refuses it once the
 * list passes 5,000 items.
 */
const actionsWhere = (sp: SPFI, filter: string) =>
  actions(sp)
    .select(...SELECT)
    .expand(...EXPAND)
    .filter(filter)
    .top(PAGE);

/** First page of a board's actions; inside a $batch there is no paging, so callers check `isFullPage`. */
export const boardActionsPage = (sp: SPFI, boardId: number): Promise<unknown[]> =>
  actionsWhere(sp, eq("TBBoardId", boardId))();

export const isFullPage = (rows: unknown[]): boolean => rows.length >= PAGE;

export async function listBoardActions(sp: SPFI, boardId: number): Promise<Action[]> {
  return toActions(await readAll(actionsWhere(sp, eq("TBBoardId", boardId))));
}

/** The person's actions on every board they can see (SharePoint trims the rest). */
export async function listActionsOwnedBy(sp: SPFI, siteUserId: number): Promise<Action[]> {
  return toActions(await readAll(actionsWhere(sp, eq("TBOwnerId", siteUserId))));
}

export async function getAction(sp: SPFI, id: number): Promise<Action> {
  const row: unknown = await actions(sp)
    .getById(id)
    .select(...SELECT)
    .expand(...EXPAND)();
  return toActions([row])[0] as Action;
}

/** RAG is only kept while an action is in progress; the other states stand beside it. */
export function normaliseChange(change: ActionChange): ActionChange {
  return {
    ...change,
    rag: statusTakesRag(change.status) ? change.rag : null,
    note: change.note.trim(),
    revisedReason: change.revisedReason.trim(),
    evidenceUrl: change.evidenceUrl.trim(),
  };
}

/**
 * Applies a person's change to the action, sending the ETag they read: if
 * someone saved in between, SharePoint answers 412 and nothing is overwritten.
 * Returns the action as SharePoint now holds it, with its new ETag.
 *
 * The save is one MERGE of the action item, so SharePoint's version of the
 * item is its history entry (docs/HISTORY.md): the note, the evidence link and
 * `changeId` (the draft's id) are written with every save, so each version
 * carries exactly what that save said, and a save can recognise itself.
 *
 * The change and a re-read go in one $batch: the app is on another origin than
 * SharePoint, so the ETag header of a MERGE's reply is not readable by the page
 * (only safelisted headers are, see docs/EMULATED-TENANT.md); the re-read's body
 * carries it, in the same round trip. When a reply was lost and the batch is
 * sent again, the MERGE meets a 412 — but if the re-read carries our own
 * `changeId`, the first send was stored: that is our save, not a clash.
 */
export async function applyActionChange(
  sp: SPFI,
  action: Action,
  change: ActionChange,
  me: Person,
  now: Date,
  changeId: string,
): Promise<Action> {
  const c = normaliseChange(change);
  const props: Record<string, unknown> = {
    TBStatus: c.status,
    TBRag: c.rag,
    TBLastUpdateAt: now.toISOString(),
    TBLastUpdateById: me.id,
    // Always written, empty too: a version's note is the note of that save, never an older one.
    TBLastNote: c.note,
    TBEvidenceUrl: c.evidenceUrl,
  };
  const revised = c.revisedDate !== action.revisedDate && c.revisedDate !== null;
  if (revised) {
    // Midnight in the site's time zone, as SharePoint keeps a date-only column (regionalSettings.ts).
    props["TBRevisedDate"] = isoToSpDate(c.revisedDate as string, (await siteRegional(sp)).timeZone);
    props["TBRevisedReason"] = c.revisedReason;
  }
  return writeActionChange(sp, action, props, changeId);
}

/**
 * The one way Trust Boards changes an action: ONE MERGE of the item, with the
 * ETag the person read (IF-MATCH, so a clash is a 412 and nothing is
 * overwritten), carrying `TBChangeId` = `changeId` so the SharePoint version it
 * makes — the history entry — says it came from this save. A re-read of the
 * item goes in the same $batch: cross-origin the MERGE's ETag header cannot be
 * read, the re-read's body carries the new one.
 *
 * A batch sent again after its reply was lost meets a 412; when the item as it
 * now stands carries our own `changeId`, the first send was stored: that is our
 * save, not a clash, and the action is returned as if the reply had arrived.
 */
export async function writeActionChange(
  sp: SPFI,
  action: Pick<Action, "id" | "etag">,
  props: Record<string, unknown>,
  changeId: string,
): Promise<Action> {
  const [batched, execute] = sp.batched();
  const outcome = Promise.allSettled([
    actions(batched)
      .getById(action.id)
      .update({ ...props, TBChangeId: changeId }, action.etag),
    actions(batched)
      .getById(action.id)
      .select(...SELECT)
      .expand(...EXPAND)<unknown>(),
  ]);
  try {
    await execute();
    const [saved, reread] = await outcome;
    const current = reread.status === "fulfilled" ? (toActions([reread.value])[0] as Action) : null;
    if (saved.status === "rejected") {
      if (current && current.changeId === changeId) return current; // our own save, whose reply was lost
      throw saved.reason;
    }
    if (!current) throw (reread as PromiseRejectedResult).reason;
    return current;
  } catch (e) {
    const failure = toDataError(e);
    if (failure.kind === "conflict") throw new DataError("conflict", failure.message, 412);
    throw failure;
  }
}

// ─── The chair's changes ─────────────────────────────────────────────────────────────────────────
// Each is one call of writeActionChange: one MERGE (with the ETag read) whose SharePoint version is
// its history entry. The note is always written, empty too, and the evidence link cleared, so the
// version carries what this change said and never an older update's words (domain/history.ts shows
// a version's note whenever the app wrote it).

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
