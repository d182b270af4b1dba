import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { ExecutiveSummaries } from "../../../manifest";
import { QUARTERS, type PlanQuarter } from "../../domain/quarters";
import { DataError, toDataError } from "../errors";
import { findByClientId, parseRows, text } from "./common";
import { writeAndReread } from "./meetings";
import { and, eq } from "./odata";

/**
 * TB Executive Summaries (manifest/lists.ts): the Executive's own words for a quarter's Executive
 * Summary. Only the Executive and plan administrators have any role on the list
 * (PERMISSIONS.executiveOnly), so SharePoint answers 403 to anyone else: the rollup reads it first,
 * and that refusal is what keeps the rollup to the Executive.
 */
export interface ExecutiveSummary extends PlanQuarter {
  id: number;
  etag: string;
  planId: number;
  narrative: string;
  modified: string;
}

export const EXECUTIVE_SUMMARY_SELECT: string[] = [
  "Id",
  "TBPlanId",
  "TBPlanYear",
  "TBQuarter",
  "TBNarrative",
  "Modified",
];

const SummaryRow = z
  .object({
    Id: z.number(),
    "odata.etag": z.string(),
    TBPlanId: z.number(),
    TBPlanYear: z.string(),
    TBQuarter: z.enum(QUARTERS),
    TBNarrative: text,
    Modified: z.string(),
  })
  .transform((r): ExecutiveSummary => ({
    id: r.Id,
    etag: r["odata.etag"],
    planId: r.TBPlanId,
    planYear: r.TBPlanYear,
    quarter: r.TBQuarter,
    narrative: r.TBNarrative,
    modified: r.Modified,
  }));

export const executiveSummaryFromRow = (row: unknown): ExecutiveSummary =>
  parseRows(SummaryRow, [row], ExecutiveSummaries.title)[0] as ExecutiveSummary;

const summaries = (sp: SPFI) => sp.web.lists.getByTitle(ExecutiveSummaries.title).items;

/**
 * The Executive's narrative for a plan's quarter, or null when none is written yet. Throws an
 * "access" DataError (403) for anyone but the Executive and plan administrators.
 */
export async function readExecutiveSummary(
  sp: SPFI,
  planId: number,
  quarter: PlanQuarter,
): Promise<ExecutiveSummary | null> {
  try {
    const rows = await summaries(sp)
      .select(...EXECUTIVE_SUMMARY_SELECT)
      // TBPlanId is indexed; a plan has a dozen quarters, so the rest is filtered among few rows.
      .filter(
        and(eq("TBPlanId", planId), eq("TBPlanYear", quarter.planYear), eq("TBQuarter", quarter.quarter)),
      )
      .top(10)<unknown[]>();
    const found = parseRows(SummaryRow, rows, ExecutiveSummaries.title);
    return found.sort((a, b) => b.modified.localeCompare(a.modified))[0] ?? null;
  } catch (e) {
    throw toDataError(e);
  }
}

/**
 * Writes the narrative: a new item (with a client id, so a retry never makes two) or an update of the
 * one read, with its ETag (412 → "conflict": someone else saved it meanwhile; nothing is overwritten).
 */
export async function saveExecutiveSummary(
  sp: SPFI,
  existing: Pick<ExecutiveSummary, "id" | "etag"> | null,
  input: { planId: number; quarter: PlanQuarter; narrative: string },
  clientId: string,
): Promise<ExecutiveSummary> {
  if (existing) {
    const row = await writeAndReread(
      sp,
      ExecutiveSummaries,
      existing,
      { TBNarrative: input.narrative },
      EXECUTIVE_SUMMARY_SELECT,
      [],
    );
    return executiveSummaryFromRow(row);
  }
  try {
    let id: number;
    try {
      const added = (await summaries(sp).add({
        Title: `Executive Summary ${input.quarter.quarter} ${input.quarter.planYear}`,
        TBClientId: clientId,
        TBPlanId: input.planId,
        TBPlanYear: input.quarter.planYear,
        TBQuarter: input.quarter.quarter,
        TBNarrative: input.narrative,
      })) as unknown;
      id = z.object({ Id: z.number() }).parse(added).Id;
    } catch (e) {
      const found = await findByClientId(sp, ExecutiveSummaries, clientId).catch(() => null);
      if (found === null) throw e;
      id = found;
    }
    const row: unknown = await summaries(sp)
      .getById(id)
      .select(...EXECUTIVE_SUMMARY_SELECT)();
    return executiveSummaryFromRow(row);
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw toDataError(e);
  }
}
