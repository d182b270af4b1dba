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
    // loadViewer asks for /me and the groups in one JSON batch.
    expect(requests()).toHaveLength(1);
    expect(requests()[0]).toMatchObject({ method: "POST", parts: 2, status: 200 });
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
    expect(people.owners.map((p) => p.graphId).sort()).toEqual([...(group?.ownerIds ?? [])].sort());
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

describe("paging", () => {
  it("follows @odata.nextLink two at a time through a group's members", async () => {
    const client = graphAs("member");
    const groupId = boardGroupId("early-help");
    const group = tenant.state.groups.find((g) => g.id === groupId);
    const expected = [...new Set([...(group?.ownerIds ?? []), ...(group?.memberIds ?? [])])];

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
