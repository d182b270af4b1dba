import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { ActionUpdates } from "../../../manifest";
import type { Action, ActionChange, ActionUpdate } from "../../domain/types";
import { createInFolder, parseRows, PersonRow, personSelect, readAll, text, type FormValue } from "./common";
import { isoToFormDate, spDateToIso } from "./dates";
import { eq } from "./odata";

const SELECT = [
  "Id",
  "TBActionId",
  "TBKind",
  "TBStatusFrom",
  "TBStatusTo",
  "TBRagFrom",
  "TBRagTo",
  "TBDateFrom",
  "TBDateTo",
  "TBReason",
  "TBNote",
  "TBEvidenceUrl",
  "Created",
  ...personSelect("Author"),
];

const UpdateRow = z
  .object({
    Id: z.number(),
    TBActionId: z.number(),
    TBKind: z.enum(["Created", "Progress", "Reassigned", "Carried forward", "Closed"]),
    TBStatusFrom: z.string().nullish(),
    TBStatusTo: z.string().nullish(),
    TBRagFrom: z.string().nullish(),
    TBRagTo: z.string().nullish(),
    TBDateFrom: z.string().nullish(),
    TBDateTo: z.string().nullish(),
    TBReason: text,
    TBNote: text,
    TBEvidenceUrl: text,
    Created: z.string(),
    Author: PersonRow,
  })
  .transform((r): ActionUpdate => ({
    id: r.Id,
    actionId: r.TBActionId,
    kind: r.TBKind,
    statusFrom: r.TBStatusFrom ?? null,
    statusTo: r.TBStatusTo ?? null,
    ragFrom: r.TBRagFrom ?? null,
    ragTo: r.TBRagTo ?? null,
    dateFrom: spDateToIso(r.TBDateFrom),
    dateTo: spDateToIso(r.TBDateTo),
    reason: r.TBReason,
    note: r.TBNote,
    evidenceUrl: r.TBEvidenceUrl,
    author: r.Author,
    at: r.Created,
  }));

export const toUpdates = (rows: unknown[]): ActionUpdate[] => parseRows(UpdateRow, rows, ActionUpdates.title);

/** Newest first. Sorted by Id, which is always indexed, so it works on a list of any size. */
export async function listActionHistory(sp: SPFI, actionId: number): Promise<ActionUpdate[]> {
  const rows = await readAll(
    sp.web.lists
      .getByTitle(ActionUpdates.title)
      .items.select(...SELECT)
      .expand("Author")
      .filter(eq("TBActionId", actionId))
      .orderBy("Id", false)
      .top(500),
  );
  return toUpdates(rows);
}

/** Appends one entry to the action's history. `clientId` makes a retried append safe. */
export async function appendHistory(
  sp: SPFI,
  siteUrl: string,
  folder: string,
  before: Action,
  after: ActionChange,
  clientId: string,
): Promise<number> {
  const values: FormValue[] = [
    { FieldName: "Title", FieldValue: "Progress update" },
    { FieldName: "TBBoardId", FieldValue: String(before.boardId) },
    { FieldName: "TBActionId", FieldValue: String(before.id) },
    { FieldName: "TBKind", FieldValue: "Progress" },
    { FieldName: "TBStatusFrom", FieldValue: before.status },
    { FieldName: "TBStatusTo", FieldValue: after.status },
    { FieldName: "TBRagFrom", FieldValue: before.rag ?? "" },
    { FieldName: "TBRagTo", FieldValue: after.rag ?? "" },
    { FieldName: "TBNote", FieldValue: after.note },
    { FieldName: "TBEvidenceUrl", FieldValue: after.evidenceUrl },
  ];
  if (after.revisedDate !== null && after.revisedDate !== before.revisedDate) {
    values.push(
      { FieldName: "TBDateFrom", FieldValue: isoToFormDate(before.revisedDate ?? before.targetDate) },
      { FieldName: "TBDateTo", FieldValue: isoToFormDate(after.revisedDate) },
      { FieldName: "TBReason", FieldValue: after.revisedReason },
    );
  }
  return createInFolder(sp, siteUrl, ActionUpdates, folder, clientId, values);
}
