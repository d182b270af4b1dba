import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Actions } from "../../../manifest";
import { statusTakesRag } from "../../domain/actions";
import { ACTION_STATUSES, RAGS, type Action, type ActionChange, type Person } from "../../domain/types";
import { DataError, toDataError } from "../errors";
import { parseRows, PersonRow, personSelect, readAll, text } from "./common";
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
  "TBCarriedFrom",
  "TBMeetingId",
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
    TBCarriedFrom: text,
    TBMeetingId: z.number().nullish(),
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
    carriedFrom: r.TBCarriedFrom,
    changeId: r.TBChangeId,
    // The board folder the item is filed in: its permissions say whose action it is (docs/HISTORY.md).
    folder: folderIn(r.FileDirRef),
    aroseAtMeetingId: r.TBMeetingId ?? null,
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
