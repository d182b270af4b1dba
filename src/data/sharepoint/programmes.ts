import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Programmes } from "../../../manifest";
import type { Programme } from "../../domain/types";
import { parseRows, text } from "./common";

const SELECT = ["Id", "Title", "TBPlanId", "TBNumber", "TBDeliveryBoardsId", "TBOutcome"];

const ProgrammeRow = z
  .object({
    "odata.etag": z.string().optional(),
    Id: z.number(),
    Title: text,
    TBPlanId: z.number(),
    TBNumber: z.number(),
    TBDeliveryBoardsId: z.array(z.number()).nullish(),
    TBOutcome: text,
  })
  .transform((r): Programme => ({
    id: r.Id,
    ...(r["odata.etag"] ? { etag: r["odata.etag"] } : {}),
    planId: r.TBPlanId,
    number: r.TBNumber,
    title: r.Title,
    boardIds: r.TBDeliveryBoardsId ?? [],
    outcome: r.TBOutcome,
  }));

export const toProgrammes = (rows: unknown[]): Programme[] => parseRows(ProgrammeRow, rows, Programmes.title);

/** A plan has a handful of programmes; one page holds every plan's. */
export async function listProgrammes(sp: SPFI): Promise<Programme[]> {
  return toProgrammes(
    await sp.web.lists
      .getByTitle(Programmes.title)
      .items.select(...SELECT)
      .top(500)(),
  );
}
