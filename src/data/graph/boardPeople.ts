import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import type { BoardPeople, BoardPerson } from "../../domain/boardPeople";
import { graphBatchGet } from "./batch";

export type { BoardPeople, BoardPerson } from "../../domain/boardPeople";

/**
 * A page of a group's members or owners. They are directory objects: besides users, a group's owners
 * can be service principals and a security group's members devices, nested groups or contacts
 * (https://learn.microsoft.com/graph/api/group-post-members, group-post-owners). The cast in the URL
 * asks for users only; anything else that still arrives is left out here, never shown as a person.
 */
const DirectoryPage = z.object({
  value: z.array(
    z.object({
      "@odata.type": z.string().optional(),
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
type DirectoryObject = z.infer<typeof DirectoryPage>["value"][number];

const isUser = (o: DirectoryObject): boolean =>
  o["@odata.type"] === undefined || o["@odata.type"] === "#microsoft.graph.user";

const toPerson = (u: DirectoryObject): BoardPerson => ({
  graphId: u.id,
  name: u.displayName ?? u.userPrincipalName ?? "Unknown person",
  email: (u.mail ?? u.userPrincipalName ?? "").toLowerCase(),
  jobTitle: u.jobTitle ?? "",
  organisation: u.companyName ?? "",
});

/**
 * An OData cast on a group's direct members or owners is supported without advanced query parameters
 * (only casts on transitive lists need them: https://learn.microsoft.com/graph/aad-advanced-queries).
 * 999 is the largest page Graph gives for directory objects; more is refused.
 */
const SELECT = "$select=id,displayName,mail,userPrincipalName,jobTitle,companyName&$top=999";

async function allPages(client: Client, first: unknown): Promise<BoardPerson[]> {
  let page = DirectoryPage.parse(first);
  const people = page.value.filter(isUser).map(toPerson);
  while (page["@odata.nextLink"]) {
    page = DirectoryPage.parse(await client.api(page["@odata.nextLink"]).get());
    people.push(...page.value.filter(isUser).map(toPerson));
  }
  return people;
}

/**
 * A board's chairs (group owners) and members, from its Microsoft 365 group: two separate lists, since
 * an owner need not be a member. Use `boardRoster` for everyone on the board.
 */
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
