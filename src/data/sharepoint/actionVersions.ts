import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Actions } from "../../../manifest";
import type { ActionVersion } from "../../domain/history";
import { ACTION_STATUSES, RAGS, type Person } from "../../domain/types";
import { parseRows, text } from "./common";
import { spDateToIso } from "./dates";

/**
 * An action's history: its SharePoint versions (…/items(id)/versions). Every
 * change to the item adds one, with the Editor and time SharePoint sets, so
 * the history holds changes made anywhere, and no board member can rewrite it.
 * One round trip per action, whatever the number of versions.
 */

/** Inside a version, a person column is a lookup value, not `…Id` plus an expansion. */
const LookupPerson = z
  .object({ LookupId: z.number(), LookupValue: z.string().nullish(), Email: z.string().nullish() })
  .nullish()
  .transform((p): Person | null =>
    p ? { id: p.LookupId, name: p.LookupValue ?? "Unknown person", email: p.Email ?? "" } : null,
  );

const VersionRow = z
  .object({
    VersionId: z.number(),
    Modified: z.string().nullish(),
    Created: z.string(),
    Editor: LookupPerson,
    Title: text,
    TBRef: text,
    TBDescription: text,
    TBBoardId: z.number(),
    TBProgrammeId: z.number(),
    TBPlanYear: text,
    TBOwner: LookupPerson,
    TBOwnerOrg: text,
    TBTargetDate: z.string(),
    TBRevisedDate: z.string().nullish(),
    TBRevisedReason: text,
    TBStatus: z.enum(ACTION_STATUSES),
    TBRag: z.enum(RAGS).nullish(),
    TBLastNote: text,
    TBEvidenceUrl: text,
    TBChangeId: text,
  })
  .transform((r): ActionVersion => ({
    // VersionId is 512 × the major version number.
    label: Math.floor(r.VersionId / 512),
    at: r.Modified ?? r.Created,
    by: r.Editor,
    values: {
      ref: r.TBRef,
      title: r.Title,
      description: r.TBDescription,
      boardId: r.TBBoardId,
      programmeId: r.TBProgrammeId,
      planYear: r.TBPlanYear,
      owner: r.TBOwner,
      ownerOrg: r.TBOwnerOrg,
      targetDate: spDateToIso(r.TBTargetDate) ?? r.TBTargetDate.slice(0, 10),
      revisedDate: spDateToIso(r.TBRevisedDate),
      revisedReason: r.TBRevisedReason,
      status: r.TBStatus,
      rag: r.TBRag ?? null,
      note: r.TBLastNote,
      evidenceUrl: r.TBEvidenceUrl,
      changeId: r.TBChangeId,
    },
  }));

/** Every version of the action, oldest first. */
export async function listActionVersions(sp: SPFI, actionId: number): Promise<ActionVersion[]> {
  const rows = await sp.web.lists.getByTitle(Actions.title).items.getById(actionId).versions<unknown[]>();
  return parseRows(VersionRow, rows, `${Actions.title} versions`).sort((a, b) => a.label - b.label);
}
