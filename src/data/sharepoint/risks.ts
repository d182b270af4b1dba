import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Risks } from "../../../manifest";
import { RISK_STATUSES, type Risk, type RiskDraft, type RiskSnapshot } from "../../domain/risks";
import type { Board, IsoInstant, Person } from "../../domain/types";
import { DataError, toDataError } from "../errors";
import { createInFolder, parseRows, PersonRow, personKey, personSelect, readAll, text } from "./common";
import { folderIn } from "./actions";
import { isoToSpDate, spDateToIso } from "./dates";
import { eq } from "./odata";
import { siteRegional } from "./regionalSettings";

/**
 * TB Risks: each board's risk register, one item per risk in the board's folder (the folder's
 * permissions decide who may add or change one). Every save is a SharePoint version of the item, so
 * the versions are the risk's scoring history (who rescored it, when, from what to what).
 */

export const RISK_SELECT: string[] = [
  "Id",
  "Title",
  "TBBoardId",
  "TBProgrammeId",
  "TBRef",
  "TBImpactText",
  "TBMitigation",
  "TBLikelihood",
  "TBImpact",
  "TBStatus",
  "TBReviewDate",
  "FileDirRef",
  "Modified",
  ...personSelect("TBOwner"),
];
const EXPAND = ["TBOwner"];
/** SharePoint's largest page. */
const PAGE = 5000;

/** A risk as the register reads it: the domain's risk plus what a save needs (ETag, folder). */
export interface RiskRecord extends Risk {
  etag: string;
  /** The register's reference ("ORG0009"), "" when none. */
  ref: string;
  /** The board folder the item is filed in. */
  folder: string;
  modified: IsoInstant;
}

const RiskRow = z
  .object({
    Id: z.number(),
    "odata.etag": z.string().nullish(),
    Title: text,
    TBBoardId: z.number(),
    TBProgrammeId: z.number().nullish(),
    TBRef: text,
    TBImpactText: text,
    TBMitigation: text,
    TBLikelihood: z.number(),
    TBImpact: z.number(),
    TBOwner: PersonRow,
    TBStatus: z.enum(RISK_STATUSES),
    TBReviewDate: z.string().nullish(),
    FileDirRef: z.string().nullish(),
    Modified: z.string().nullish(),
  })
  .transform((r): RiskRecord => ({
    id: r.Id,
    etag: r["odata.etag"] ?? "",
    boardId: r.TBBoardId,
    programmeId: r.TBProgrammeId ?? null,
    ref: r.TBRef,
    title: r.Title,
    impactText: r.TBImpactText,
    mitigation: r.TBMitigation,
    owner: r.TBOwner,
    likelihood: r.TBLikelihood,
    impact: r.TBImpact,
    status: r.TBStatus,
    reviewDate: spDateToIso(r.TBReviewDate),
    folder: folderIn(r.FileDirRef ?? ""),
    modified: r.Modified ?? "",
  }));

/** One row of TB Risks (selected with RISK_SELECT, TBOwner expanded) as the domain's risk. */
export function riskFromRow(row: unknown): RiskRecord {
  return parseRows(RiskRow, [row], Risks.title)[0] as RiskRecord;
}

export const toRisks = (rows: unknown[]): RiskRecord[] => parseRows(RiskRow, rows, Risks.title);

const risks = (sp: SPFI) => sp.web.lists.getByTitle(Risks.title).items;

/** A board's risks, filtered on the indexed TBBoardId (SharePoint refuses unindexed filters past 5,000 items). */
export async function listBoardRisks(sp: SPFI, boardId: number): Promise<RiskRecord[]> {
  return toRisks(
    await readAll(
      risks(sp)
        .select(...RISK_SELECT)
        .expand(...EXPAND)
        .filter(eq("TBBoardId", boardId))
        .top(PAGE),
    ),
  );
}

export async function getRisk(sp: SPFI, id: number): Promise<RiskRecord> {
  try {
    const row: unknown = await risks(sp)
      .getById(id)
      .select(...RISK_SELECT)
      .expand(...EXPAND)();
    return riskFromRow(row);
  } catch (e) {
    throw toDataError(e);
  }
}

/** Inside a version a person column is a lookup value, not `…Id` plus an expansion. */
const LookupPerson = z
  .object({ LookupId: z.number(), LookupValue: z.string().nullish(), Email: z.string().nullish() })
  .nullish()
  .transform((p): Person | null =>
    p ? { id: p.LookupId, name: p.LookupValue ?? "Unknown person", email: p.Email ?? "" } : null,
  );

const RiskVersionRow = z
  .object({
    VersionId: z.number(),
    Modified: z.string().nullish(),
    Created: z.string(),
    Editor: LookupPerson,
    TBLikelihood: z.number(),
    TBImpact: z.number(),
  })
  .transform((r): RiskSnapshot & { label: number } => ({
    label: Math.floor(r.VersionId / 512),
    at: r.Modified ?? r.Created,
    by: r.Editor,
    likelihood: r.TBLikelihood,
    impact: r.TBImpact,
  }));

/**
 * The risk's scores as each SharePoint version held them, oldest first (…/items(id)/versions): the
 * input of domain `rescorings`. SharePoint sets each version's Editor and Modified, so nobody on the
 * board can rewrite who rescored it.
 */
export async function listRiskVersions(sp: SPFI, riskId: number): Promise<RiskSnapshot[]> {
  try {
    const rows = await risks(sp).getById(riskId).versions<unknown[]>();
    return parseRows(RiskVersionRow, rows, `${Risks.title} versions`)
      .sort((a, b) => a.label - b.label)
      .map(({ label: _label, ...snapshot }) => snapshot);
  } catch (e) {
    throw toDataError(e);
  }
}

/** What the risk form saves, once validateRisk passes. */
export interface RiskInput extends RiskDraft {
  ref: string;
  programmeId: number | null;
  /** The owner's email ("" for none); a board member chosen from the board's people. */
  ownerEmail: string;
}

/**
 * Adds a risk into the board's folder. The client id makes it idempotent: a save retried after a lost
 * reply finds the item it already made instead of adding a second.
 */
export async function addRisk(
  sp: SPFI,
  siteUrl: string,
  board: Pick<Board, "id" | "folder" | "planId">,
  input: RiskInput,
  clientId: string,
): Promise<RiskRecord> {
  try {
    const id = await createInFolder(sp, siteUrl, Risks, board.folder, clientId, [
      { FieldName: "Title", FieldValue: input.title.trim() },
      { FieldName: "TBPlanId", FieldValue: String(board.planId) },
      { FieldName: "TBBoardId", FieldValue: String(board.id) },
      ...(input.programmeId !== null
        ? [{ FieldName: "TBProgrammeId", FieldValue: String(input.programmeId) }]
        : []),
      { FieldName: "TBRef", FieldValue: input.ref.trim() },
      { FieldName: "TBImpactText", FieldValue: input.impactText.trim() },
      { FieldName: "TBMitigation", FieldValue: input.mitigation.trim() },
      { FieldName: "TBLikelihood", FieldValue: String(input.likelihood) },
      { FieldName: "TBImpact", FieldValue: String(input.impact) },
      ...(input.ownerEmail.trim() !== ""
        ? [{ FieldName: "TBOwner", FieldValue: personKey(input.ownerEmail.trim()) }]
        : []),
      { FieldName: "TBStatus", FieldValue: input.status },
      { FieldName: "TBReviewDate", date: input.reviewDate },
    ]);
    return await getRisk(sp, id);
  } catch (e) {
    throw toDataError(e);
  }
}

/**
 * Changes a risk with the ETag the person read (IF-MATCH): if someone saved in between, SharePoint
 * answers 412 and nothing is overwritten; the caller keeps the person's draft. A re-read in the same
 * $batch gives the new ETag (cross-origin, the MERGE's ETag header is not readable). When a batch
 * sent again after a lost reply meets a 412 and the risk already holds exactly what was sent, the
 * first send was stored: that is this save, not a clash.
 */
export async function updateRisk(
  sp: SPFI,
  risk: Pick<RiskRecord, "id" | "etag" | "owner">,
  input: RiskInput,
  ownerId: number | null,
): Promise<RiskRecord> {
  const zone = input.reviewDate ? (await siteRegional(sp)).timeZone : null;
  const props: Record<string, unknown> = {
    Title: input.title.trim(),
    TBRef: input.ref.trim(),
    TBProgrammeId: input.programmeId,
    TBImpactText: input.impactText.trim(),
    TBMitigation: input.mitigation.trim(),
    TBLikelihood: input.likelihood,
    TBImpact: input.impact,
    TBStatus: input.status,
    TBReviewDate: input.reviewDate && zone ? isoToSpDate(input.reviewDate, zone) : null,
    TBOwnerId: ownerId,
  };
  const [batched, execute] = sp.batched();
  const outcome = Promise.allSettled([
    risks(batched).getById(risk.id).update(props, risk.etag),
    risks(batched)
      .getById(risk.id)
      .select(...RISK_SELECT)
      .expand(...EXPAND)<unknown>(),
  ]);
  try {
    await execute();
    const [saved, reread] = await outcome;
    const current = reread.status === "fulfilled" ? riskFromRow(reread.value) : null;
    if (saved.status === "rejected") {
      if (current && holds(current, input, ownerId)) return current;
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

/** Whether the risk as SharePoint holds it is exactly what this save sent. */
function holds(r: RiskRecord, input: RiskInput, ownerId: number | null): boolean {
  return (
    r.title === input.title.trim() &&
    r.ref === input.ref.trim() &&
    r.programmeId === input.programmeId &&
    r.impactText === input.impactText.trim() &&
    r.mitigation === input.mitigation.trim() &&
    r.likelihood === input.likelihood &&
    r.impact === input.impact &&
    r.status === input.status &&
    r.reviewDate === input.reviewDate &&
    (r.owner?.id ?? null) === ownerId
  );
}
