import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import type { Viewer } from "../../domain/types";
import { graphBatchGet } from "./batch";

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

/** Who is signed in and every group they are in (boards, Executive, readers, administrators), in one Graph batch. */
export async function loadViewer(client: Client): Promise<Viewer> {
  const answers = await graphBatchGet(client, {
    me: "/me?$select=id,displayName,mail,userPrincipalName",
    groups: "/me/transitiveMemberOf/microsoft.graph.group?$select=id&$top=999",
  });
  const me = Me.parse(answers["me"]);
  let page = Groups.parse(answers["groups"]);
  const groupIds = page.value.map((g) => g.id);
  while (page["@odata.nextLink"]) {
    page = Groups.parse(await client.api(page["@odata.nextLink"]).get());
    groupIds.push(...page.value.map((g) => g.id));
  }
  return {
    graphId: me.id,
    name: me.displayName ?? me.userPrincipalName,
    email: me.mail ?? me.userPrincipalName,
    groupIds,
  };
}
