import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import type { Person } from "../../domain/types";

const SiteUserRow = z
  .object({ Id: z.number(), Title: z.string().nullish(), Email: z.string().nullish() })
  .transform((u): Person => ({ id: u.Id, name: u.Title ?? "", email: u.Email ?? "" }));

export const toSiteUser = (row: unknown): Person => SiteUserRow.parse(row);

/** The signed-in person as this site knows them (person columns hold these ids). */
export async function getCurrentSiteUser(sp: SPFI): Promise<Person> {
  return toSiteUser(await sp.web.currentUser.select("Id", "Title", "Email")());
}
