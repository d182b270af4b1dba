import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { listUrlName, type ListDef } from "../../../manifest";
import type { IsoDate, Person } from "../../domain/types";
import { DataError } from "../errors";
import { isoToFormDate } from "./dates";
import { eq } from "./odata";
import { siteRegional } from "./regionalSettings";

/** An expanded person column ($expand=X&$select=X/Id,X/Title,X/EMail). */
export const PersonRow = z
  .object({ Id: z.number(), Title: z.string().nullish(), EMail: z.string().nullish() })
  .nullish()
  .transform((p): Person | null =>
    p ? { id: p.Id, name: p.Title ?? "Unknown person", email: p.EMail ?? "" } : null,
  );

export const personSelect = (field: string): string[] => [`${field}/Id`, `${field}/Title`, `${field}/EMail`];

export const text = z
  .string()
  .nullish()
  .transform((v) => v ?? "");

/** Parses rows read back from SharePoint; a row that does not fit is a bug or tampering, so say which. */
export function parseRows<T>(schema: z.ZodType<T>, rows: unknown[], list: string): T[] {
  return rows.map((row, i) => {
    const result = schema.safeParse(row);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new DataError(
        "invalid",
        `An item in ${list} is not in the expected shape (${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""}; row ${i + 1}).`,
      );
    }
    return result.data;
  });
}

/** Server-relative folder of a board inside a board-scoped list. */
export function boardFolderPath(siteUrl: string, def: ListDef, folder: string): string {
  return `${new URL(siteUrl).pathname.replace(/\/$/, "")}/Lists/${listUrlName(def)}/${folder}`;
}

export interface FormValue {
  FieldName: string;
  FieldValue: string;
}

/** A calendar date for a form value: written in the site's own short-date format when sent (null clears it). */
export interface DateFormValue {
  FieldName: string;
  date: IsoDate | null;
}

export const personKey = (email: string): string => JSON.stringify([{ Key: `i:0#.f|membership|${email}` }]);

const FormResult = z.array(
  z.object({
    FieldName: z.string(),
    HasException: z.boolean(),
    ErrorMessage: z.string().nullish(),
    ItemId: z.number().nullish(),
  }),
);

/**
 * Creates an item inside a board's folder (the folder's permissions decide who
 * may). The client id makes it idempotent: when the answer is lost — a dropped
 * connection after SharePoint saved it — we find the item by that id instead
 * of creating it twice. SharePoint reads form values in the site's regional
 * settings, so dates go in as `{ date }` and are written in the site's format.
 */
export async function createInFolder(
  sp: SPFI,
  siteUrl: string,
  def: ListDef,
  folder: string,
  clientId: string,
  values: (FormValue | DateFormValue)[],
): Promise<number> {
  const list = sp.web.lists.getByTitle(def.title);
  const locale = values.some((v) => "date" in v) ? (await siteRegional(sp)).locale : null;
  const asText = values.map((v): FormValue =>
    "date" in v
      ? {
          FieldName: v.FieldName,
          FieldValue: v.date === null || !locale ? "" : isoToFormDate(v.date, locale),
        }
      : v,
  );
  try {
    const raw: unknown = await list.addValidateUpdateItemUsingPath(
      [...asText, { FieldName: "TBClientId", FieldValue: clientId }],
      boardFolderPath(siteUrl, def, folder),
    );
    const results = FormResult.parse(raw);
    const failed = results.filter((r) => r.HasException);
    if (failed.length > 0) {
      throw new DataError(
        "invalid",
        failed.map((f) => `${f.FieldName}: ${f.ErrorMessage ?? "not accepted"}`).join("; "),
      );
    }
    const id = results.find((r) => typeof r.ItemId === "number" && r.ItemId > 0)?.ItemId;
    if (!id) throw new DataError("unknown", `SharePoint did not say which item it created in ${def.title}.`);
    return id;
  } catch (e) {
    const existing = await findByClientId(sp, def, clientId).catch(() => null);
    if (existing !== null) return existing;
    throw e;
  }
}

export async function findByClientId(sp: SPFI, def: ListDef, clientId: string): Promise<number | null> {
  const rows: unknown = await sp.web.lists
    .getByTitle(def.title)
    .items.select("Id")
    .filter(eq("TBClientId", clientId))
    .top(1)();
  const parsed = z.array(z.object({ Id: z.number() })).parse(rows);
  return parsed[0]?.Id ?? null;
}

/** Reads every page of a query (SharePoint pages with odata.nextLink). */
export async function readAll(query: AsyncIterable<unknown[]>): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const page of query) all.push(...page);
  return all;
}

export const newClientId = (): string => crypto.randomUUID();
