/**
 * The emulated Microsoft Graph, driven through the production Graph client
 * (`createGraph`) and the functions built on it. Only the network is emulated.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { loadBoardPeople } from "../../src/data/graph/boardPeople";
import { createGraph } from "../../src/data/graph/client";
import { loadViewer } from "../../src/data/graph/viewer";
import { canEditBoard } from "../../src/domain/boardPeople";
import { boardByFolder } from "./bulk";
import { GRAPH_BASE, persona, tenant, type PersonaRole } from "./testTenant";

const graphAs = (role: PersonaRole): Client =>
  createGraph(GRAPH_BASE, fixedTokenProvider(persona(role).token));

/** The Microsoft 365 group behind a board, from the board's TB Boards item. */
const boardGroupId = (folder: string): string => boardByFolder(tenant, folder).fields["TBGroupId"] as string;

const requests = () => tenant.log.filter((l) => l.service === "graph");

/** Runs `call`, expecting the Graph client to reject; returns the GraphError's status code and code. */
async function failureOf(
  call: () => Promise<unknown>,
): Promise<{ statusCode: number | undefined; code: string | undefined }> {
  try {
    await call();
  } catch (e) {
    const err = e as { statusCode?: number; code?: string };
    return { statusCode: err.statusCode, code: err.code };
  }
  throw new Error("Expected the call to fail, but it succeeded");
}

interface Page {
  value: { id: string }[];
  "@odata.nextLink"?: string;
}

describe("who is signed in", () => {
  it("answers /me with the persona behind the token", async () => {
    const member = persona("member");

    const me = (await graphAs("member")
      .api("/me")
      .select(["id", "displayName", "userPrincipalName", "mail"])
      .get()) as Record<string, unknown>;

    expect(me).toMatchObject({
      id: member.userId,
      displayName: member.displayName,
      userPrincipalName: member.upn,
    });
    expect(me).not.toHaveProperty("jobTitle");
  });

  it("lists the board groups a member is in, through transitiveMemberOf (loadViewer)", async () => {
    const member = persona("member");

    const viewer = await loadViewer(graphAs("member"));

    expect(viewer.graphId).toBe(member.userId);
    expect(viewer.name).toBe(member.displayName);
    const boardGroups = tenant.state.groups.filter(
      (g) => g.kind === "m365" && viewer.groupIds.includes(g.id),
    );
    expect(boardGroups.map((g) => g.id).sort()).toEqual(
      [boardGroupId("early-help"), boardGroupId("health-wellbeing")].sort(),
    );
    expect(viewer.groupIds).not.toContain(boardGroupId("workforce"));
    expect(new Set(viewer.groupIds)).toEqual(tenant.transitiveGroupIds(member.userId));
    expect(viewer.ownedGroupIds).toEqual([]);
    // loadViewer asks for /me, the groups they are in and the groups they own in one JSON batch.
    expect(requests()).toHaveLength(1);
    expect(requests()[0]).toMatchObject({ method: "POST", parts: 3, status: 200 });
  });

  it("says which of the given groups the member is in, with checkMemberGroups", async () => {
    const groupIds = [
      boardGroupId("early-help"),
      boardGroupId("workforce"),
      boardGroupId("health-wellbeing"),
    ];

    const answer = (await graphAs("member").api("/me/checkMemberGroups").post({ groupIds })) as {
      value: string[];
    };

    expect(answer.value.sort()).toEqual(
      [boardGroupId("early-help"), boardGroupId("health-wellbeing")].sort(),
    );
  });

  it("finds an outsider in no board group", async () => {
    const viewer = await loadViewer(graphAs("outsider"));

    expect(viewer.groupIds).toEqual([]);
  });
});

describe("board people", () => {
  it("lists the Early Help group's owners (the chair among them) and members", async () => {
    const groupId = boardGroupId("early-help");
    const group = tenant.state.groups.find((g) => g.id === groupId);

    const people = await loadBoardPeople(graphAs("member"), groupId);

    expect(people.owners.map((p) => p.graphId)).toContain(persona("chair").userId);
    // The group's owners include the provisioning app's service principal: not a person, so left out.
    const userOwners = (group?.ownerIds ?? []).filter((id) => tenant.user(id) !== undefined);
    expect(userOwners.length).toBeLessThan(group?.ownerIds.length ?? 0);
    expect(people.owners.map((p) => p.graphId).sort()).toEqual(userOwners.sort());
    expect(people.members.map((p) => p.graphId)).toEqual(
      expect.arrayContaining([persona("member").userId, persona("second-member").userId]),
    );
    expect(people.members.map((p) => p.graphId)).not.toContain(persona("outsider").userId);
    const chair = people.owners.find((p) => p.graphId === persona("chair").userId);
    expect(chair?.name).toBe(persona("chair").displayName);
    expect(chair?.email).toBe(persona("chair").upn.toLowerCase());
  });

  it("answers the group's members and owners endpoints directly", async () => {
    const client = graphAs("member");
    const groupId = boardGroupId("early-help");

    const owners = (await client.api(`/groups/${groupId}/owners`).get()) as Page;
    const members = (await client.api(`/groups/${groupId}/members`).get()) as Page;

    expect(owners.value.map((u) => u.id)).toContain(persona("chair").userId);
    expect(members.value.map((u) => u.id)).toContain(persona("member").userId);
  });
});

describe("owners are not members", () => {
  it("finds the owner-only chair through ownedObjects, not through their memberships (loadViewer)", async () => {
    const chair = persona("chair");
    const earlyHelp = boardGroupId("early-help");

    const viewer = await loadViewer(graphAs("chair"));

    expect(viewer.graphId).toBe(chair.userId);
    expect(viewer.groupIds).not.toContain(earlyHelp);
    expect(viewer.ownedGroupIds).toEqual([earlyHelp]);
    // …so the app still lets them edit the board they chair, and no other.
    const board = { groupId: earlyHelp };
    expect(canEditBoard(viewer, board, tenant.state.roles.administratorsGroupId)).toBe(true);
    expect(canEditBoard(viewer, { groupId: boardGroupId("workforce") }, "")).toBe(false);
  });

  it("lists the chair among the group's owners and not among its members", async () => {
    const client = graphAs("member");
    const groupId = boardGroupId("early-help");

    const owners = (await client.api(`/groups/${groupId}/owners`).get()) as Page;
    const members = (await client.api(`/groups/${groupId}/members`).get()) as Page;
    const transitive = (await client.api(`/groups/${groupId}/transitiveMembers`).get()) as Page;

    expect(owners.value.map((o) => o.id)).toContain(persona("chair").userId);
    expect(members.value.map((o) => o.id)).not.toContain(persona("chair").userId);
    expect(transitive.value.map((o) => o.id)).not.toContain(persona("chair").userId);
    expect(members.value.map((o) => o.id)).toContain(persona("member").userId);
  });

  it("does not count owning a group as membership in memberOf, transitiveMemberOf or checkMemberGroups", async () => {
    const client = graphAs("chair");
    const groupId = boardGroupId("early-help");

    const memberOf = (await client.api("/me/memberOf").get()) as Page;
    const transitive = (await client.api("/me/transitiveMemberOf").get()) as Page;
    const check = (await client.api("/me/checkMemberGroups").post({ groupIds: [groupId] })) as {
      value: string[];
    };
    const owned = (await client.api("/me/ownedObjects").get()) as Page;

    expect(memberOf.value.map((g) => g.id)).not.toContain(groupId);
    expect(transitive.value.map((g) => g.id)).not.toContain(groupId);
    expect(check.value).toEqual([]);
    expect(owned.value.map((g) => g.id)).toEqual([groupId]);
  });

  it("shows a member who is not an owner no owned groups, so nothing that is for owners only", async () => {
    const viewer = await loadViewer(graphAs("second-member"));
    const owned = (await graphAs("second-member").api("/me/ownedObjects").get()) as Page;

    expect(viewer.groupIds).toContain(boardGroupId("early-help"));
    expect(viewer.ownedGroupIds).toEqual([]);
    expect(owned.value).toEqual([]);
  });
});

describe("advanced queries (ConsistencyLevel: eventual and $count=true)", () => {
  const CAST = "/me/transitiveMemberOf/microsoft.graph.group?$select=id";

  it("refuses an OData cast on transitiveMemberOf without the header, or without $count, with 400 Request_UnsupportedQuery", async () => {
    const client = graphAs("member");

    const bare = await failureOf(() => client.api(CAST).get());
    const noCount = await failureOf(() => client.api(CAST).header("ConsistencyLevel", "eventual").get());
    const noHeader = await failureOf(() => client.api(`${CAST}&$count=true`).get());
    const memberOf = await failureOf(() => client.api("/me/memberOf/microsoft.graph.group").get());

    for (const f of [bare, noCount, noHeader, memberOf]) {
      expect(f).toEqual({ statusCode: 400, code: "Request_UnsupportedQuery" });
    }
  });

  it("answers the cast with both, counting the groups", async () => {
    const member = persona("member");

    const page = (await graphAs("member")
      .api(`${CAST}&$count=true`)
      .header("ConsistencyLevel", "eventual")
      .get()) as Page & { "@odata.count"?: number };

    expect(new Set(page.value.map((g) => g.id))).toEqual(tenant.transitiveGroupIds(member.userId));
    expect(page["@odata.count"]).toBe(page.value.length);
  });

  it("needs the header on the batched request itself: the batch's own header does not reach it", async () => {
    const client = graphAs("member");
    const requestsOf = (headers?: Record<string, string>) => ({
      requests: [
        { id: "groups", method: "GET", url: `${CAST}&$count=true`, ...(headers ? { headers } : {}) },
      ],
    });

    const outerOnly = (await client
      .api("/$batch")
      .header("ConsistencyLevel", "eventual")
      .post(requestsOf())) as { responses: { status: number; body: { error?: { code: string } } }[] };
    const inner = (await client.api("/$batch").post(requestsOf({ ConsistencyLevel: "eventual" }))) as {
      responses: { status: number }[];
    };

    expect(outerOnly.responses[0]?.status).toBe(400);
    expect(outerOnly.responses[0]?.body.error?.code).toBe("Request_UnsupportedQuery");
    expect(inner.responses[0]?.status).toBe(200);
  });

  it("accepts the app's own queries: loadViewer's batch answers every part", async () => {
    await loadViewer(graphAs("administrator"));

    expect(requests()).toEqual([expect.objectContaining({ method: "POST", parts: 3, status: 200 })]);
  });

  it("follows the next page of an advanced query with the header again", async () => {
    // The member is in two groups; a page of one makes a second page.
    const client = graphAs("member");
    const first = (await client
      .api(`${CAST}&$count=true&$top=1`)
      .header("ConsistencyLevel", "eventual")
      .get()) as Page;
    const next = first["@odata.nextLink"] ?? "";

    const without = await failureOf(() => client.api(next).get());
    const withHeader = (await client.api(next).header("ConsistencyLevel", "eventual").get()) as Page;

    expect(next).not.toBe("");
    expect(without).toEqual({ statusCode: 400, code: "Request_UnsupportedQuery" });
    expect(withHeader.value.length).toBeGreaterThan(0);
  });

  it("reads every group of someone in more than 999 (loadViewer follows the next page with the header)", async () => {
    const member = persona("member");
    for (let i = 0; i < 1000; i++) {
      tenant.state.groups.push({
        id: `extra-group-${i}`,
        displayName: `Distribution ${i}`,
        description: "",
        kind: "security",
        memberIds: [member.userId],
        ownerIds: [],
      });
    }

    const viewer = await loadViewer(graphAs("member"));

    expect(viewer.groupIds).toHaveLength(1002);
    expect(new Set(viewer.groupIds)).toEqual(tenant.transitiveGroupIds(member.userId));
    // One batch, then the second page of the memberships with ConsistencyLevel again (else it is a 400).
    expect(requests().map((r) => r.status)).toEqual([200, 200]);
  });

  it("refuses a cast on a group's transitive members without the parameters, and a cast to groups on a Microsoft 365 group", async () => {
    const client = graphAs("member");
    const groupId = boardGroupId("early-help");
    const url = `/groups/${groupId}/transitiveMembers/microsoft.graph.user`;

    const bare = await failureOf(() => client.api(url).get());
    const users = (await client
      .api(`${url}?$count=true`)
      .header("ConsistencyLevel", "eventual")
      .get()) as Page;
    const groups = await failureOf(() =>
      client
        .api(`/groups/${groupId}/transitiveMembers/microsoft.graph.group?$count=true`)
        .header("ConsistencyLevel", "eventual")
        .get(),
    );

    expect(bare).toEqual({ statusCode: 400, code: "Request_UnsupportedQuery" });
    expect(users.value.map((u) => u.id)).toContain(persona("member").userId);
    expect(groups).toEqual({ statusCode: 400, code: "Request_UnsupportedQuery" });
  });
});

describe("directory objects that are not people", () => {
  it("returns the provisioning app among a board group's owners, and the cast to users leaves it out", async () => {
    const client = graphAs("member");
    const groupId = boardGroupId("early-help");

    const owners = (await client.api(`/groups/${groupId}/owners`).get()) as {
      value: { "@odata.type": string; id: string }[];
    };
    const userOwners = (await client.api(`/groups/${groupId}/owners/microsoft.graph.user`).get()) as Page;
    const people = await loadBoardPeople(client, groupId);

    expect(owners.value.map((o) => o["@odata.type"])).toContain("#microsoft.graph.servicePrincipal");
    expect(userOwners.value).toHaveLength(owners.value.length - 1);
    expect(people.owners.map((p) => p.name)).not.toContain("Children's Trust Boards provisioning");
    expect(people.owners.every((p) => p.email !== "")).toBe(true);
  });

  it("returns a device among a security group's members, and the cast to users leaves it out", async () => {
    const client = graphAs("member");
    const readers = tenant.state.roles.readersGroupId;

    const members = (await client.api(`/groups/${readers}/members`).get()) as {
      value: { "@odata.type": string; id: string; displayName: string }[];
    };
    const users = (await client.api(`/groups/${readers}/members/microsoft.graph.user`).get()) as {
      value: { "@odata.type": string }[];
    };

    expect(members.value.map((m) => m["@odata.type"])).toContain("#microsoft.graph.device");
    expect(users.value.length).toBe(members.value.length - 1);
    expect(users.value.every((u) => u["@odata.type"] === "#microsoft.graph.user")).toBe(true);
  });
});

describe("page size of directory collections", () => {
  it("refuses $top above 999 with 400, and answers 999", async () => {
    const client = graphAs("member");
    const groupId = boardGroupId("early-help");

    const tooBig = await failureOf(() => client.api(`/groups/${groupId}/members`).top(1000).get());
    const most = (await client.api(`/groups/${groupId}/members`).top(999).get()) as Page;

    expect(tooBig).toEqual({ statusCode: 400, code: "Request_BadRequest" });
    expect(most["@odata.nextLink"]).toBeUndefined();
  });
});

describe("JSON $batch", () => {
  const gets = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: String(i + 1), method: "GET", url: "/me?$select=id" }));

  it("answers a batch of 20 requests in one round trip", async () => {
    const answer = (await graphAs("member")
      .api("/$batch")
      .post({ requests: gets(20) })) as {
      responses: { id: string; status: number; body: { id: string } }[];
    };

    expect(answer.responses).toHaveLength(20);
    expect(answer.responses.every((r) => r.status === 200 && r.body.id === persona("member").userId)).toBe(
      true,
    );
    expect(answer.responses.map((r) => r.id).sort()).toEqual(
      gets(20)
        .map((g) => g.id)
        .sort(),
    );
    expect(requests()).toHaveLength(1);
    expect(requests()[0]).toMatchObject({ parts: 20, status: 200 });
  });

  it("refuses a batch of 21 requests with 400", async () => {
    const failure = await failureOf(() =>
      graphAs("member")
        .api("/$batch")
        .post({ requests: gets(21) }),
    );

    expect(failure.statusCode).toBe(400);
    expect(requests()).toHaveLength(1);
    expect(requests()[0]).toMatchObject({ parts: 21, status: 400 });
  });
});

describe("JSON $batch rules", () => {
  type Answer = { responses: { id: string; status: number }[] };
  const me = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    method: "GET",
    url: "/me?$select=id",
    ...extra,
  });

  it("refuses a batch whose ids repeat (not case-sensitive) with 400", async () => {
    const failure = await failureOf(() =>
      graphAs("member")
        .api("/$batch")
        .post({ requests: [me("a"), me("A")] }),
    );

    expect(failure.statusCode).toBe(400);
  });

  it("refuses a dependsOn that names no request of the batch with 400", async () => {
    const failure = await failureOf(() =>
      graphAs("member")
        .api("/$batch")
        .post({ requests: [me("1"), me("2", { dependsOn: ["3"] })] }),
    );

    expect(failure.statusCode).toBe(400);
  });

  it("answers 424 Failed Dependency for a request whose dependency failed", async () => {
    const answer = (await graphAs("member")
      .api("/$batch")
      .post({
        requests: [
          { id: "1", method: "GET", url: "/users/nobody@partnership.example" },
          me("2", { dependsOn: ["1"] }),
        ],
      })) as Answer;

    expect(answer.responses.map((r) => [r.id, r.status])).toEqual([
      ["1", 404],
      ["2", 424],
    ]);
  });

  it("refuses a request with a body but no Content-Type, and an absolute url, with 400", async () => {
    const client = graphAs("member");
    const groupIds = [boardGroupId("early-help")];

    const noType = await failureOf(() =>
      client.api("/$batch").post({
        requests: [{ id: "1", method: "POST", url: "/me/checkMemberGroups", body: { groupIds } }],
      }),
    );
    const absolute = await failureOf(() =>
      client.api("/$batch").post({
        requests: [{ id: "1", method: "GET", url: "https://graph.microsoft.com/v1.0/me" }],
      }),
    );

    expect([noType.statusCode, absolute.statusCode]).toEqual([400, 400]);
  });
});

describe("paging", () => {
  it("follows @odata.nextLink two at a time through a group's members", async () => {
    const client = graphAs("member");
    const groupId = boardGroupId("early-help");
    const group = tenant.state.groups.find((g) => g.id === groupId);
    // Members only: owners are a separate list.
    const expected = [...(group?.memberIds ?? [])];

    const ids: string[] = [];
    let page = (await client.api(`/groups/${groupId}/members`).top(2).get()) as Page;
    let pages = 1;
    ids.push(...page.value.map((u) => u.id));
    while (page["@odata.nextLink"]) {
      expect(page.value).toHaveLength(2);
      page = (await client.api(page["@odata.nextLink"]).get()) as Page;
      pages += 1;
      ids.push(...page.value.map((u) => u.id));
    }

    expect(expected.length).toBeGreaterThan(2);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 2));
    expect(requests()).toHaveLength(pages);
  });
});

describe("throttling and sign-in", () => {
  it("retries a 429 with Retry-After: 0 and then succeeds", async () => {
    tenant.faults.add({ service: "graph", kind: 429, times: 1, retryAfter: 0 });

    const me = (await graphAs("member").api("/me").get()) as { id: string };

    expect(me.id).toBe(persona("member").userId);
    expect(requests().map((r) => r.status)).toEqual([429, 200]);
  });

  it("answers 401 when the request carries no token", async () => {
    const client = createGraph(GRAPH_BASE, fixedTokenProvider(""));

    const failure = await failureOf(() => client.api("/me").get());

    expect(failure.statusCode).toBe(401);
    expect(failure.code).toBe("InvalidAuthenticationToken");
  });
});
