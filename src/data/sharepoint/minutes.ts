import type { SPFI } from "@pnp/sp";
import "@pnp/sp/files";
import { Item, type IItem } from "@pnp/sp/items";
import "@pnp/sp/security";
import { z } from "zod";
import { Decisions, MeetingItems, Meetings, type ListDef, type RoleName } from "../../../manifest";
import type { Board, Person } from "../../domain/types";
import { DataError, toDataError } from "../errors";
import { createInFolder, parseRows, PersonRow, personSelect, readAll, text } from "./common";
import { type Meeting, updateMeeting, writeAndReread } from "./meetings";
import { eq } from "./odata";
import { paperPathFromUrl } from "./papers";

export const MEETING_ITEM_KINDS = ["Standing", "Exception", "Action arising"] as const;
export type MeetingItemKind = (typeof MEETING_ITEM_KINDS)[number];

/** An agenda item of a meeting and the minutes recorded against it. */
export interface MeetingItem {
  id: number;
  etag: string;
  meetingId: number;
  boardId: number;
  title: string;
  order: number;
  kind: MeetingItemKind;
  /** The agenda rule that made it ("welcome", "overdue", "added"…); "" for items made before the rule was kept. */
  agendaKind: string;
  actionId: number | null;
  /** The actions an exception item is about, frozen when the agenda was made. */
  actionIds: number[];
  /** Taken off the agenda (kept, as nothing in the minutes is deleted). */
  removed: boolean;
  minutes: string;
  modified: string;
  editor: Person | null;
}

export interface Decision {
  id: number;
  etag: string;
  meetingId: number;
  boardId: number;
  /** The agenda item it was made under, or null. */
  itemId: number | null;
  text: string;
  modified: string;
  editor: Person | null;
}

export const ITEM_SELECT = [
  "Id",
  "Title",
  "TBMeetingId",
  "TBBoardId",
  "TBOrder",
  "TBKind",
  "TBActionId",
  "TBAgendaKind",
  "TBActionIds",
  "TBRemoved",
  "TBMinutes",
  "Modified",
  ...personSelect("Editor"),
];
export const DECISION_SELECT = [
  "Id",
  "TBMeetingId",
  "TBBoardId",
  "TBItemId",
  "TBDecision",
  "Modified",
  ...personSelect("Editor"),
];
export const MINUTES_EXPAND = ["Editor"];
const EXPAND = MINUTES_EXPAND;

/** "12,15,19" → [12, 15, 19]; anything else in the column is ignored, not trusted. */
export const parseIds = (raw: string): number[] =>
  raw
    .split(",")
    .map((p) => p.trim())
    .filter((p) => /^\d+$/.test(p))
    .map(Number);

const ItemRow = z
  .object({
    Id: z.number(),
    "odata.etag": z.string(),
    Title: text,
    TBMeetingId: z.number(),
    TBBoardId: z.number(),
    TBOrder: z.number(),
    TBKind: z.enum(MEETING_ITEM_KINDS),
    TBActionId: z.number().nullish(),
    TBAgendaKind: text,
    TBActionIds: text,
    TBRemoved: z.boolean().nullish(),
    TBMinutes: text,
    Modified: z.string(),
    Editor: PersonRow,
  })
  .transform((r): MeetingItem => ({
    id: r.Id,
    etag: r["odata.etag"],
    meetingId: r.TBMeetingId,
    boardId: r.TBBoardId,
    title: r.Title,
    order: r.TBOrder,
    kind: r.TBKind,
    agendaKind: r.TBAgendaKind,
    actionId: r.TBActionId ?? null,
    actionIds: parseIds(r.TBActionIds),
    removed: r.TBRemoved ?? false,
    minutes: r.TBMinutes,
    modified: r.Modified,
    editor: r.Editor,
  }));

const DecisionRow = z
  .object({
    Id: z.number(),
    "odata.etag": z.string(),
    TBMeetingId: z.number(),
    TBBoardId: z.number(),
    TBItemId: z.number().nullish(),
    TBDecision: z.string(),
    Modified: z.string(),
    Editor: PersonRow,
  })
  .transform((r): Decision => ({
    id: r.Id,
    etag: r["odata.etag"],
    meetingId: r.TBMeetingId,
    boardId: r.TBBoardId,
    itemId: r.TBItemId ?? null,
    text: r.TBDecision,
    modified: r.Modified,
    editor: r.Editor,
  }));

export const toMeetingItems = (rows: unknown[]): MeetingItem[] =>
  parseRows(ItemRow, rows, MeetingItems.title).sort((a, b) => a.order - b.order || a.id - b.id);
export const toDecisions = (rows: unknown[]): Decision[] => parseRows(DecisionRow, rows, Decisions.title);

const itemsOf = (sp: SPFI, def: ListDef) => sp.web.lists.getByTitle(def.title).items;

/** A meeting's agenda items in order (TBMeetingId is indexed). */
export async function listMeetingItems(sp: SPFI, meetingId: number): Promise<MeetingItem[]> {
  try {
    const rows = await readAll(
      itemsOf(sp, MeetingItems)
        .select(...ITEM_SELECT)
        .expand(...EXPAND)
        .filter(eq("TBMeetingId", meetingId))
        .top(500),
    );
    return parseRows(ItemRow, rows, MeetingItems.title).sort((a, b) => a.order - b.order || a.id - b.id);
  } catch (e) {
    throw toDataError(e);
  }
}

export interface NewMeetingItem {
  title: string;
  order: number;
  kind: MeetingItemKind;
  agendaKind?: string;
  actionId?: number | null;
  actionIds?: readonly number[];
}

/** Adds an agenda item to the meeting, in the board's folder. */
export async function addMeetingItem(
  sp: SPFI,
  siteUrl: string,
  board: Pick<Board, "id" | "folder">,
  meetingId: number,
  input: NewMeetingItem,
  clientId: string,
): Promise<MeetingItem> {
  const id = await createInFolder(sp, siteUrl, MeetingItems, board.folder, clientId, [
    { FieldName: "Title", FieldValue: input.title.trim() },
    { FieldName: "TBBoardId", FieldValue: String(board.id) },
    { FieldName: "TBMeetingId", FieldValue: String(meetingId) },
    { FieldName: "TBOrder", FieldValue: String(input.order) },
    { FieldName: "TBKind", FieldValue: input.kind },
    ...(input.actionId ? [{ FieldName: "TBActionId", FieldValue: String(input.actionId) }] : []),
    ...(input.agendaKind ? [{ FieldName: "TBAgendaKind", FieldValue: input.agendaKind }] : []),
    ...(input.actionIds?.length ? [{ FieldName: "TBActionIds", FieldValue: input.actionIds.join(",") }] : []),
  ]);
  const row: unknown = await itemsOf(sp, MeetingItems)
    .getById(id)
    .select(...ITEM_SELECT)
    .expand(...EXPAND)();
  return parseRows(ItemRow, [row], MeetingItems.title)[0] as MeetingItem;
}

/**
 * Saves an agenda item's minutes (or renames or moves it) with the ETag read: if someone else saved
 * in between, SharePoint answers 412 and this throws DataError "conflict" — nothing is overwritten.
 * Every save is a version of the item, under the person's name.
 */
export async function saveMeetingItem(
  sp: SPFI,
  item: Pick<MeetingItem, "id" | "etag">,
  change: { minutes?: string; title?: string; order?: number; removed?: boolean },
): Promise<MeetingItem> {
  const props: Record<string, unknown> = {};
  if (change.removed !== undefined) props["TBRemoved"] = change.removed;
  if (change.minutes !== undefined) props["TBMinutes"] = change.minutes;
  if (change.title !== undefined) props["Title"] = change.title.trim();
  if (change.order !== undefined) props["TBOrder"] = change.order;
  const row = await writeAndReread(sp, MeetingItems, item, props, ITEM_SELECT, EXPAND);
  return parseRows(ItemRow, [row], MeetingItems.title)[0] as MeetingItem;
}

/** Every decision of the board, latest first: the board's decision log (TBBoardId is indexed). */
export async function listBoardDecisions(sp: SPFI, boardId: number): Promise<Decision[]> {
  try {
    const rows = await readAll(
      itemsOf(sp, Decisions)
        .select(...DECISION_SELECT)
        .expand(...EXPAND)
        .filter(eq("TBBoardId", boardId))
        .orderBy("Id", false)
        .top(500),
    );
    return toDecisions(rows);
  } catch (e) {
    throw toDataError(e);
  }
}

export async function listDecisions(sp: SPFI, meetingId: number): Promise<Decision[]> {
  try {
    const rows = await readAll(
      itemsOf(sp, Decisions)
        .select(...DECISION_SELECT)
        .expand(...EXPAND)
        .filter(eq("TBMeetingId", meetingId))
        .top(500),
    );
    return parseRows(DecisionRow, rows, Decisions.title);
  } catch (e) {
    throw toDataError(e);
  }
}

/** Records a decision of the meeting in the board's decision log. */
export async function recordDecision(
  sp: SPFI,
  siteUrl: string,
  board: Pick<Board, "id" | "folder">,
  meetingId: number,
  decision: string,
  clientId: string,
  itemId: number | null = null,
): Promise<Decision> {
  const id = await createInFolder(sp, siteUrl, Decisions, board.folder, clientId, [
    ...(itemId !== null ? [{ FieldName: "TBItemId", FieldValue: String(itemId) }] : []),
    { FieldName: "Title", FieldValue: decision.trim().slice(0, 255) },
    { FieldName: "TBBoardId", FieldValue: String(board.id) },
    { FieldName: "TBMeetingId", FieldValue: String(meetingId) },
    { FieldName: "TBDecision", FieldValue: decision.trim() },
  ]);
  const row: unknown = await itemsOf(sp, Decisions)
    .getById(id)
    .select(...DECISION_SELECT)
    .expand(...EXPAND)();
  return parseRows(DecisionRow, [row], Decisions.title)[0] as Decision;
}

/** Changes a decision's wording with the ETag read (a correction, after publishing: administrators only). */
export async function saveDecision(
  sp: SPFI,
  decision: Pick<Decision, "id" | "etag">,
  text: string,
): Promise<Decision> {
  const row = await writeAndReread(
    sp,
    Decisions,
    decision,
    { Title: text.trim().slice(0, 255), TBDecision: text.trim() },
    DECISION_SELECT,
    EXPAND,
  );
  return parseRows(DecisionRow, [row], Decisions.title)[0] as Decision;
}

// ─── Publishing ──────────────────────────────────────────────────────────────────────────────────

/** SharePoint's claim for a Microsoft 365 group's members, and (`_o`) for its owners. */
const membersClaim = (groupId: string): string => `c:0o.c|federateddirectoryclaimprovider|${groupId}`;
const ownersClaim = (groupId: string): string => `${membersClaim(groupId)}_o`;

/** SharePoint allows at most 100 requests in one $batch; each item takes five. */
const ITEMS_PER_BATCH = 20;

const IdRow = z.object({ Id: z.number() });

export interface PublishOptions {
  /** The published Word document's absolute URL, stored on the meeting (TBDocumentUrl). */
  documentUrl?: string;
  /** Publish again as the next version (a correction by a plan administrator). */
  correction?: boolean;
}

/**
 * Publishes the meeting's minutes and makes them immutable where SharePoint enforces it
 * (docs/HISTORY.md, "Published minutes"):
 *
 * 1. the meeting is marked "Minutes published" (with the ETag read), approved by `me` now;
 * 2. every decision, every agenda item and the meeting itself get permissions of their own — a copy
 *    of the board folder's (`breakroleinheritance(copyroleassignments=true, clearsubscopes=true)`) —
 *    in which the board group's members and owners are moved down to Read
 *    (`roleassignments/addroleassignment` Read, then `removeroleassignment` of their editing role).
 *    The owners' own role is removed last: it is what lets the chair change permissions at all.
 * 3. then the published Word document (`documentUrl`, or the one the meeting already links) is locked
 *    the same way, through the file's list item
 *    (`GetFileByServerRelativePath(decodedurl='…')/ListItemAllFields/breakroleinheritance…`), so
 *    nobody but a plan administrator can upload over it (a correction: a new version of the file).
 *
 * The plan administrators keep "Manage minutes" on the published items: a correction is theirs, and
 * is a new version of the item, the old one kept (nobody holds Delete Versions).
 * Needs "Manage minutes" on the board's folders (PERMISSIONS.minutesFolder): chairs and administrators.
 *
 * `documentUrl` (the Word document just uploaded) is written in the same MERGE that marks the meeting
 * published. Called again on a meeting already published, it does not mark it again (a retry after a
 * failure part-way: it finishes the locking); with `correction` (a plan administrator, after correcting
 * the text) it marks it again as the next version.
 */
export async function publishMinutes(
  sp: SPFI,
  board: Pick<Board, "groupId">,
  meeting: Meeting,
  me: Person,
  now: Date,
  options: PublishOptions = {},
): Promise<Meeting> {
  // The document's path is checked before anything is written: a link off the site cannot be locked.
  const documentPath = publishedDocumentPath(sp, options.documentUrl ?? meeting.documentUrl);
  const [items, decisions] = await Promise.all([
    listMeetingItems(sp, meeting.id),
    listDecisions(sp, meeting.id),
  ]);
  const ids = await principalsAndRoles(sp, board.groupId);
  // Already published and not a correction: a retry after a failure part-way. The meeting is not
  // marked again (its version, time and publisher stay); locking goes over every target again.
  const resuming = meeting.state === "Minutes published" && options.correction !== true;
  const published = resuming
    ? meeting
    : await updateMeeting(
        sp,
        meeting,
        {
          state: "Minutes published",
          // In the same MERGE as the state, before anything is locked: once the meeting item is
          // locked the chair cannot write to it any more.
          ...(options.documentUrl !== undefined ? { documentUrl: options.documentUrl } : {}),
        },
        {
          TBApprovedAt: now.toISOString(),
          TBApprovedById: me.id,
          TBMinutesVersion: meeting.minutesVersion + 1,
        },
      );
  const listItem =
    (def: ListDef, id: number) =>
    (b: SPFI): IItem =>
      b.web.lists.getByTitle(def.title).items.getById(id);
  const targets: ((b: SPFI) => IItem)[] = [
    ...decisions.map((d) => listItem(Decisions, d.id)),
    ...items.map((i) => listItem(MeetingItems, i.id)),
    listItem(Meetings, meeting.id),
    // Last, after the list items: the document's list item, addressed through the file.
    ...(documentPath === null
      ? []
      : [(b: SPFI) => Item(b.web.getFileByServerRelativePath(documentPath), "listItemAllFields")]),
  ];
  for (let i = 0; i < targets.length; i += ITEMS_PER_BATCH) {
    const [batched, execute] = sp.batched();
    const calls: Promise<unknown>[] = [];
    for (const target of targets.slice(i, i + ITEMS_PER_BATCH)) {
      const item = target(batched);
      calls.push(
        item.breakRoleInheritance(true, true),
        item.roleAssignments.add(ids.members, ids.read),
        item.roleAssignments.remove(ids.members, ids.contributeWithoutDelete),
        item.roleAssignments.add(ids.owners, ids.read),
        item.roleAssignments.remove(ids.owners, ids.manageMinutes),
      );
    }
    const settled = Promise.allSettled(calls);
    try {
      await execute();
    } catch (e) {
      throw toDataError(e);
    }
    // On a retry, a target the caller may no longer manage was locked last time: the chair's own
    // "Manage minutes" on an item is the last thing its lock removes (a 403 here means "done").
    const failed = (await settled).find(
      (r): r is PromiseRejectedResult =>
        r.status === "rejected" && !(resuming && toDataError(r.reason).kind === "access"),
    );
    if (failed) {
      const err = toDataError(failed.reason);
      throw new DataError(
        err.kind,
        `The minutes are marked published, but locking them failed: ${err.message}`,
        err.status,
      );
    }
  }
  return published;
}

/**
 * The server-relative path of the published document from its absolute URL, or null when the meeting
 * has none. The site is the one `sp` talks to (its web's URL without `/_api/web`).
 */
function publishedDocumentPath(sp: SPFI, documentUrl: string | null | undefined): string | null {
  if (documentUrl === undefined || documentUrl === null || documentUrl.trim() === "") return null;
  const siteUrl = sp.web.toUrl().replace(/\/_api\/web\/?$/i, "");
  const path = paperPathFromUrl(siteUrl, documentUrl);
  if (path === null)
    throw new DataError(
      "invalid",
      `The minutes document ${documentUrl} is not on the Trust Boards site, so it cannot be locked.`,
    );
  return path;
}

/** The site principal ids of the board group's members and owners claims, and the role ids, in one $batch. */
async function principalsAndRoles(
  sp: SPFI,
  groupId: string,
): Promise<{
  members: number;
  owners: number;
  read: number;
  contributeWithoutDelete: number;
  manageMinutes: number;
}> {
  const [batched, execute] = sp.batched();
  const role = (name: RoleName) => batched.web.roleDefinitions.getByName(name)<unknown>();
  const all = Promise.all([
    batched.web.ensureUser(membersClaim(groupId)),
    batched.web.ensureUser(ownersClaim(groupId)),
    role("Read"),
    role("Contribute without delete"),
    role("Manage minutes"),
  ]);
  try {
    await execute();
    const [members, owners, read, cwd, manage] = await all;
    return {
      members: members.Id,
      owners: owners.Id,
      read: IdRow.parse(read).Id,
      contributeWithoutDelete: IdRow.parse(cwd).Id,
      manageMinutes: IdRow.parse(manage).Id,
    };
  } catch (e) {
    throw toDataError(e);
  }
}
