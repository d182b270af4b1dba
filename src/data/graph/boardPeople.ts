import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { graphBatchGet } from "./batch";

export interface BoardPerson {
  graphId: string;
  name: string;
  email: string;
  jobTitle: string;
  organisation: string;
}

export interface BoardPeople {
  owners: BoardPerson[];
  members: BoardPerson[];
}

const Users = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      displayName: z.string().nullish(),
      mail: z.string().nullish(),
      userPrincipalName: z.string().nullish(),
      jobTitle: z.string().nullish(),
      companyName: z.string().nullish(),
    }),
  ),
  "@odata.nextLink": z.string().optional(),
});

const toPerson = (u: z.infer<typeof Users>["value"][number]): BoardPerson => ({
  graphId: u.id,
  name: u.displayName ?? u.userPrincipalName ?? "Unknown person",
  email: (u.mail ?? u.userPrincipalName ?? "").toLowerCase(),
  jobTitle: u.jobTitle ?? "",
  organisation: u.companyName ?? "",
});

const SELECT = "$select=id,displayName,mail,userPrincipalName,jobTitle,companyName&$top=999";

async function allPages(client: Client, first: unknown): Promise<BoardPerson[]> {
  let page = Users.parse(first);
  const people = page.value.map(toPerson);
  while (page["@odata.nextLink"]) {
    page = Users.parse(await client.api(page["@odata.nextLink"]).get());
    people.push(...page.value.map(toPerson));
  }
  return people;
}

/** A board's chairs (group owners) and members, from its Microsoft 365 group. */
export async function loadBoardPeople(client: Client, groupId: string): Promise<BoardPeople> {
  const id = encodeURIComponent(groupId);
  const answers = await graphBatchGet(client, {
    owners: `/groups/${id}/owners/microsoft.graph.user?${SELECT}`,
    members: `/groups/${id}/members/microsoft.graph.user?${SELECT}`,
  });
  return {
    owners: await allPages(client, answers["owners"]),
    members: await allPages(client, answers["members"]),
  };
}
