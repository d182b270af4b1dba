import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { MeasureValues, Measures } from "../../../manifest";
import {
  POLARITIES,
  validateOverride,
  type Measure,
  type MeasureValue,
  type RagOverride,
} from "../../domain/measures";
import { RAGS } from "../../domain/types";
import { DataError, toDataError } from "../errors";
import { parseRows, readAll, text } from "./common";
import { eq } from "./odata";

/**
 * TB Measures and TB Measure Values: site lists ("how we'll know we made a difference"). Everyone
 * with access to the site reads them; only plan administrators can change them (PERMISSIONS "site"),
 * so SharePoint refuses anyone else's override with a 403.
 */

export const MEASURE_SELECT: string[] = [
  "Id",
  "Title",
  "TBPlanId",
  "TBProgrammeId",
  "TBTarget",
  "TBTargetValue",
  "TBBaseline",
  "TBPolarity",
  "TBUnit",
];

/** A measure as the app reads it: the domain's measure and the target in the plan's words. */
export interface MeasureRecord extends Measure {
  /** "Greater than 95%": the target as the plan states it ("" when none). */
  targetText: string;
}

const num = z
  .number()
  .nullish()
  .transform((v) => (typeof v === "number" && Number.isFinite(v) ? v : null));

const MeasureRow = z
  .object({
    Id: z.number(),
    Title: text,
    TBPlanId: z.number(),
    TBProgrammeId: z.number().nullish(),
    TBTarget: text,
    TBTargetValue: num,
    TBBaseline: num,
    TBPolarity: z.enum(POLARITIES),
    TBUnit: text,
  })
  .transform((r): MeasureRecord => ({
    id: r.Id,
    planId: r.TBPlanId,
    programmeId: r.TBProgrammeId ?? null,
    title: r.Title,
    unit: r.TBUnit,
    polarity: r.TBPolarity,
    baseline: r.TBBaseline,
    target: r.TBTargetValue,
    targetText: r.TBTarget,
  }));

export function measureFromRow(row: unknown): MeasureRecord {
  return parseRows(MeasureRow, [row], Measures.title)[0] as MeasureRecord;
}

export const MEASURE_VALUE_SELECT: string[] = [
  "Id",
  "TBMeasureId",
  "TBPlanYear",
  "TBQuarter",
  "TBValue",
  "TBEngland",
  "TBNeighbours",
  "TBRag",
  "TBRagReason",
  "TBNote",
];

/** One period's figures, with the person's RAG override (and its reason) when one was set. */
export interface MeasureValueRecord extends MeasureValue {
  id: number;
  etag: string;
  override: RagOverride | null;
  note: string;
}

const MeasureValueRow = z
  .object({
    Id: z.number(),
    "odata.etag": z.string().nullish(),
    TBMeasureId: z.number(),
    TBPlanYear: z.string(),
    TBQuarter: z.string().nullish(),
    TBValue: num,
    TBEngland: num,
    TBNeighbours: num,
    TBRag: z.enum(RAGS).nullish(),
    TBRagReason: text,
    TBNote: text,
  })
  .transform((r): MeasureValueRecord => ({
    id: r.Id,
    etag: r["odata.etag"] ?? "",
    measureId: r.TBMeasureId,
    // "2026/27" for a yearly figure, "2026/27 Q2" for a quarterly one: these sort as text.
    period: r.TBQuarter ? `${r.TBPlanYear} ${r.TBQuarter}` : r.TBPlanYear,
    value: r.TBValue,
    england: r.TBEngland,
    neighbours: r.TBNeighbours,
    override: r.TBRag ? { rag: r.TBRag, reason: r.TBRagReason } : null,
    note: r.TBNote,
  }));

export function measureValueFromRow(row: unknown): MeasureValueRecord {
  return parseRows(MeasureValueRow, [row], MeasureValues.title)[0] as MeasureValueRecord;
}

const PAGE = 5000;

/** Every measure of the plan (a plan has tens, not thousands). */
export async function listPlanMeasures(sp: SPFI, planId: number): Promise<MeasureRecord[]> {
  const rows = await readAll(
    sp.web.lists
      .getByTitle(Measures.title)
      .items.select(...MEASURE_SELECT)
      .filter(eq("TBPlanId", planId))
      .top(PAGE),
  );
  return parseRows(MeasureRow, rows, Measures.title);
}

/** One measure's values, filtered on the indexed TBMeasureId. */
export async function listMeasureValues(sp: SPFI, measureId: number): Promise<MeasureValueRecord[]> {
  const rows = await readAll(
    sp.web.lists
      .getByTitle(MeasureValues.title)
      .items.select(...MEASURE_VALUE_SELECT)
      .filter(eq("TBMeasureId", measureId))
      .top(PAGE),
  );
  return parseRows(MeasureValueRow, rows, MeasureValues.title);
}

export interface MeasuresData {
  measures: MeasureRecord[];
  values: MeasureValueRecord[];
}

/**
 * The measures of the given programmes (and the plan-wide ones, programme null) with their values.
 * The values of all of them are read in one $batch, one indexed query per measure.
 */
export async function loadMeasures(
  sp: SPFI,
  planId: number,
  programmeIds: readonly number[],
): Promise<MeasuresData> {
  try {
    const all = await listPlanMeasures(sp, planId);
    const measures = all.filter((m) => m.programmeId === null || programmeIds.includes(m.programmeId));
    if (measures.length === 0) return { measures, values: [] };
    const [batched, execute] = sp.batched();
    const reads = measures.map((m) =>
      batched.web.lists
        .getByTitle(MeasureValues.title)
        .items.select(...MEASURE_VALUE_SELECT)
        .filter(eq("TBMeasureId", m.id))
        .top(PAGE)<unknown[]>(),
    );
    const settled = Promise.allSettled(reads);
    await execute();
    await settled;
    const pages = await Promise.all(reads);
    // A measure with a full page of values (5,000 periods) pages on outside the batch.
    const values = await Promise.all(
      pages.map(async (rows, i) =>
        rows.length >= PAGE
          ? listMeasureValues(sp, measures[i]!.id)
          : parseRows(MeasureValueRow, rows, MeasureValues.title),
      ),
    );
    return { measures, values: values.flat() };
  } catch (e) {
    throw toDataError(e);
  }
}

/**
 * Sets (or, with null, clears) a value's RAG override, with the ETag read: a 412 means someone else
 * changed it first. An override needs a reason (validateOverride); SharePoint itself refuses anyone
 * but a plan administrator (403).
 */
export async function setRagOverride(
  sp: SPFI,
  value: Pick<MeasureValueRecord, "id" | "etag">,
  override: RagOverride | null,
): Promise<MeasureValueRecord> {
  if (override) {
    const problem = validateOverride(override);
    if (problem) throw new DataError("invalid", problem);
  }
  const list = (s: SPFI) => s.web.lists.getByTitle(MeasureValues.title).items.getById(value.id);
  const [batched, execute] = sp.batched();
  const outcome = Promise.allSettled([
    list(batched).update(
      { TBRag: override?.rag ?? null, TBRagReason: override ? override.reason.trim() : "" },
      value.etag || "*",
    ),
    list(batched).select(...MEASURE_VALUE_SELECT)<unknown>(),
  ]);
  try {
    await execute();
    const [saved, reread] = await outcome;
    if (saved.status === "rejected") throw saved.reason;
    if (reread.status === "rejected") throw reread.reason;
    return measureValueFromRow(reread.value);
  } catch (e) {
    throw toDataError(e);
  }
}
