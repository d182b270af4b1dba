import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import type { Viewer } from "../../domain/types";
import { ADVANCED_QUERY_HEADERS, graphBatchGet } from "./batch";

const Me = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string(),
});
const Groups = z.object({
  value: z.array(z.object({ id: z.string() })),
  "@odata.nextLink": z.string().optional(),
});

/**
 * The signed-in person's groups. The OData cast on transitiveMemberOf is an advanced query: Graph
 * refuses it (400 Request_UnsupportedQuery) without `ConsistencyLevel: eventual` and `$count=true`
 * (https://learn.microsoft.com/graph/aad-advanced-queries). ownedObjects does not document that need,
 * but supports advanced queries, so it is asked the same way. The page size is Graph's maximum for
 * directory objects, 999.
 */
const MEMBER_OF = "/me/transitiveMemberOf/microsoft.graph.group?$select=id&$top=999&$count=true";
const OWNER_OF = "/me/ownedObjects/microsoft.graph.group?$select=id&$top=999&$count=true";

/** Every group id of a paged answer; later pages are asked with the same headers as the first. */
async function allIds(client: Client, first: unknown): Promise<string[]> {
  let page = Groups.parse(first);
  const ids = page.value.map((g) => g.id);
  while (page["@odata.nextLink"]) {
    page = Groups.parse(await client.api(page["@odata.nextLink"]).headers(ADVANCED_QUERY_HEADERS).get());
    ids.push(...page.value.map((g) => g.id));
  }
  return ids;
}

/**
 * Who is signed in, every group they are a member of (boards, Executive, readers, administrators)
 * and every group they own (boards they chair), in one Graph batch. Owners and members are separate
 * lists in Microsoft 365 groups, so a chair who only owns the board's group is found by the second.
 */
export async function loadViewer(client: Client): Promise<Viewer> {
  const answers = await graphBatchGet(client, {
    me: "/me?$select=id,displayName,mail,userPrincipalName",
    groups: { url: MEMBER_OF, headers: ADVANCED_QUERY_HEADERS },
    owned: { url: OWNER_OF, headers: ADVANCED_QUERY_HEADERS },
  });
  const me = Me.parse(answers["me"]);
  return {
    graphId: me.id,
    name: me.displayName ?? me.userPrincipalName,
    email: me.mail ?? me.userPrincipalName,
    groupIds: await allIds(client, answers["groups"]),
    ownedGroupIds: await allIds(client, answers["owned"]),
  };
}
