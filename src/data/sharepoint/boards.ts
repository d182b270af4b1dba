import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Boards } from "../../../manifest";
import type { Board } from "../../domain/types";
import { parseRows, PersonRow, personSelect, text } from "./common";

const SELECT = [
  "Id",
  "Title",
  "TBPlanId",
  "TBGroupId",
  "TBFolder",
  "TBChairRole",
  "TBStatus",
  "TBMeetingCadence",
  "TBChannelId",
  "TBChannelName",
  ...personSelect("TBChair"),
  ...personSelect("TBSponsor"),
];
const EXPAND = ["TBChair", "TBSponsor"];

const BoardRow = z
  .object({
    "odata.etag": z.string().optional(),
    Id: z.number(),
    Title: text,
    TBPlanId: z.number(),
    TBGroupId: z.string(),
    TBFolder: z.string().regex(/^[a-z0-9-]+$/, "folder names are lower-case letters, digits and dashes"),
    TBChair: PersonRow,
    TBChairRole: text,
    TBSponsor: PersonRow,
    TBStatus: z.enum(["Active", "Archived"]),
    TBMeetingCadence: text,
    TBChannelId: text,
    TBChannelName: text,
  })
  .transform((r): Board => ({
    id: r.Id,
    ...(r["odata.etag"] ? { etag: r["odata.etag"] } : {}),
    planId: r.TBPlanId,
    title: r.Title,
    groupId: r.TBGroupId,
    folder: r.TBFolder,
    chair: r.TBChair,
    chairRole: r.TBChairRole || "Chair",
    sponsor: r.TBSponsor,
    status: r.TBStatus,
    cadence: r.TBMeetingCadence,
    channelId: r.TBChannelId,
    channelName: r.TBChannelName,
  }));

export const toBoards = (rows: unknown[]): Board[] => parseRows(BoardRow, rows, Boards.title);

const boardsQuery = (sp: SPFI) =>
  sp.web.lists
    .getByTitle(Boards.title)
    .items.select(...SELECT)
    .expand(...EXPAND);

export async function listBoards(sp: SPFI): Promise<Board[]> {
  return toBoards(await boardsQuery(sp).orderBy("Title").top(500)());
}

export async function getBoard(sp: SPFI, id: number): Promise<Board> {
  const row: unknown = await sp.web.lists
    .getByTitle(Boards.title)
    .items.getById(id)
    .select(...SELECT)
    .expand(...EXPAND)();
  return toBoards([row])[0] as Board;
}
