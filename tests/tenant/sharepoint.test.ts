/**
 * The emulated SharePoint, driven through the production PnPjs instance
 * (`createSp`): only the network is emulated, so each test shows what PnPjs
 * sends and what it makes of the answer.
 */
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { Actions } from "../../manifest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { createInFolder, findByClientId } from "../../src/data/sharepoint/common";
import { createSp } from "../../src/data/sharepoint/sp";
import { MAX_ATTEMPTS } from "../../src/data/http/retry";
import { addBulkActions, boardByFolder } from "./bulk";
import type { StoredItem } from "./state";
import { persona, SITE_URL, tenant, type PersonaRole } from "./testTenant";

const ACTIONS = "TB Actions";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
const actionsOf = (sp: SPFI) => sp.web.lists.getByTitle(ACTIONS).items;

/** The site user id SharePoint gives this persona (person columns hold it). */
function siteUserId(role: PersonaRole): number {
  const { userId } = persona(role);
  const user = tenant.state.siteUsers.find((u) => u.graphId === userId);
  if (!user) throw new Error(`${role} is not a site user`);
  return user.Id;
}

const storedActions = (): StoredItem[] => tenant.state.lists[ACTIONS]?.items ?? [];
const stored = (id: number): StoredItem | undefined => storedActions().find((i) => i.Id === id);

/** A seeded action in this board's folder. */
function actionIn(folder: string): StoredItem {
  const item = storedActions().find((i) => i.folder === folder);
  if (!item) throw new Error(`No action in ${folder}`);
  return item;
}

/** Runs `call`, expecting PnPjs to reject; returns the HttpRequestError's status and message. */
async function failureOf(
  call: () => Promise<unknown>,
): Promise<{ status: number | undefined; message: string }> {
  try {
    await call();
  } catch (e) {
    return { status: (e as { status?: number }).status, message: e instanceof Error ? e.message : String(e) };
  }
  throw new Error("Expected the call to fail, but it succeeded");
}

const requests = () => tenant.log.filter((l) => l.service === "sharepoint");

describe("reading list items through PnPjs", () => {
  it("returns the selected columns, the ETag and an expanded person field's title", async () => {
    const sp = spAs("member");
    const action = actionIn("early-help");
    const owner = tenant.siteUser(action.fields["TBOwnerId"] as number);

    const row = await actionsOf(sp)
      .getById(action.Id)
      .select("Id", "Title", "TBOwner/Title")
      .expand("TBOwner")<Record<string, unknown>>();

    expect(row["odata.etag"]).toBe(`"${action.version}"`);
    expect(row["Title"]).toBe(action.fields["Title"]);
    expect(row["TBOwner"]).toMatchObject({ Title: owner?.Title });
    // $select trims the rest of the columns away.
    expect(row).not.toHaveProperty("TBDescription");
  });

  it("returns every item of a collection with its own ETag and expanded person", async () => {
    const sp = spAs("member");
    const board = boardByFolder(tenant, "early-help");

    const rows = await actionsOf(sp)
      .select("Id", "Title", "TBOwner/Title")
      .expand("TBOwner")
      .filter(`TBBoardId eq ${board.Id}`)
      .top(500)<Record<string, unknown>[]>();

    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row["odata.etag"]).toMatch(/^"\d+"$/);
      expect(typeof row["Title"]).toBe("string");
      expect(row).toHaveProperty("TBOwner");
    }
  });

  it("filters by an indexed number column", async () => {
    const sp = spAs("administrator");
    const board = boardByFolder(tenant, "workforce");
    const expected = storedActions()
      .filter((i) => i.fields["TBBoardId"] === board.Id)
      .map((i) => i.Id);

    const rows = await actionsOf(sp).select("Id", "TBBoardId").filter(`TBBoardId eq ${board.Id}`).top(500)<
      { Id: number; TBBoardId: number }[]
    >();

    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.Id)).toEqual(expected);
    expect(rows.every((r) => r.TBBoardId === board.Id)).toBe(true);
  });

  it("filters by a person column's id", async () => {
    const sp = spAs("administrator");
    const ownerId = actionIn("early-help").fields["TBOwnerId"] as number;
    const expected = storedActions()
      .filter((i) => i.fields["TBOwnerId"] === ownerId)
      .map((i) => i.Id);

    const rows = await actionsOf(sp).select("Id", "TBOwnerId").filter(`TBOwnerId eq ${ownerId}`).top(500)<
      { Id: number; TBOwnerId: number }[]
    >();

    expect(rows.map((r) => r.Id)).toEqual(expected);
    expect(rows.every((r) => r.TBOwnerId === ownerId)).toBe(true);
  });
});

describe("paging past 5,000 items with the async iterator", () => {
  it("reads each of 12,000+ items exactly once, in ceil(n / 5000) requests", async () => {
    addBulkActions(tenant, "early-help", 12_000);
    // Board folders are items of the list too, and come back in the collection.
    const folderIds = Object.values(tenant.state.lists[ACTIONS]?.folders ?? {}).map((f) => f.itemId);
    const total = storedActions().length + folderIds.length;
    expect(total).toBeGreaterThan(12_000);
    const sp = spAs("administrator");

    const seen: number[] = [];
    for await (const page of actionsOf(sp).select("Id").top(5000)) {
      seen.push(...(page as { Id: number }[]).map((r) => r.Id));
    }

    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(new Set(seen)).toEqual(new Set([...storedActions().map((i) => i.Id), ...folderIds]));
    expect(requests()).toHaveLength(Math.ceil(total / 5000));
    expect(requests().every((r) => r.method === "GET" && r.status === 200)).toBe(true);
  });

  it("keeps its place when the item a page ended on is deleted before the next page is read", async () => {
    const sp = spAs("administrator");
    const calendar = sp.web.lists.getByTitle("TB Reporting Calendar");
    const all = (tenant.state.lists["TB Reporting Calendar"]?.items ?? []).map((i) => i.Id);

    const seen: number[] = [];
    let deleted: number | undefined;
    for await (const page of calendar.items.select("Id").top(5)) {
      const ids = (page as { Id: number }[]).map((r) => r.Id);
      seen.push(...ids);
      if (deleted === undefined) {
        deleted = ids[ids.length - 1];
        await calendar.items.getById(deleted ?? 0).delete();
      }
    }

    expect(deleted).toBeDefined();
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe("the list view threshold on a list of more than 5,000 items", () => {
  const grow = (): void => {
    addBulkActions(tenant, "early-help", 12_000);
  };

  it("refuses a filter on a column without an index with HTTP 500 SPQueryThrottledException", async () => {
    grow();
    const sp = spAs("administrator");

    const failure = await failureOf(() =>
      actionsOf(sp).select("Id").filter("TBOwnerOrg eq 'County Council'").top(100)(),
    );

    expect(failure.status).toBe(500);
    expect(failure.message).toContain("SPQueryThrottledException");
  });

  it("answers a filter whose first clause is an indexed column narrowing to 5,000 or fewer", async () => {
    grow();
    const sp = spAs("administrator");
    const workforce = boardByFolder(tenant, "workforce");

    const rows = await actionsOf(sp)
      .select("Id", "TBOwnerOrg")
      .filter(`TBBoardId eq ${workforce.Id} and TBOwnerOrg ne 'Nobody'`)
      .top(100)<{ Id: number }[]>();

    expect(rows.length).toBe(storedActions().filter((i) => i.fields["TBBoardId"] === workforce.Id).length);
  });

  it("refuses an indexed filter that still matches more than 5,000 items", async () => {
    grow();
    const sp = spAs("administrator");
    const earlyHelp = boardByFolder(tenant, "early-help");

    const failure = await failureOf(() =>
      actionsOf(sp).select("Id").filter(`TBBoardId eq ${earlyHelp.Id}`).top(100)(),
    );

    expect(failure.status).toBe(500);
    expect(failure.message).toContain("SPQueryThrottledException");
  });

  it("refuses $orderby on a column without an index, and allows it on an indexed one", async () => {
    grow();
    const sp = spAs("administrator");

    const failure = await failureOf(() => actionsOf(sp).select("Id").orderBy("TBOwnerOrg").top(100)());
    expect(failure.status).toBe(500);
    expect(failure.message).toContain("SPQueryThrottledException");

    const rows = await actionsOf(sp).select("Id").orderBy("TBTargetDate").top(100)<unknown[]>();
    expect(rows).toHaveLength(100);
  });
});

describe("ETags and concurrent updates", () => {
  it("accepts an update carrying the ETag just read and returns the new ETag", async () => {
    const sp = spAs("member");
    const action = actionIn("early-help");
    const row = await actionsOf(sp).getById(action.Id).select("Id")<Record<string, unknown>>();
    const etag = row["odata.etag"] as string;

    const result = await actionsOf(sp)
      .getById(action.Id)
      .update({ TBLastNote: "Checked with the team" }, etag);

    expect(result).toEqual({ etag: `"${Number(etag.replace(/"/g, "")) + 1}"` });
    expect(stored(action.Id)?.fields["TBLastNote"]).toBe("Checked with the team");
  });

  it("refuses an update carrying a stale ETag with 412 and leaves the item unchanged", async () => {
    const sp = spAs("member");
    const action = actionIn("early-help");
    const staleEtag = `"${action.version}"`;
    await actionsOf(sp).getById(action.Id).update({ TBLastNote: "First writer" }, staleEtag);
    const before = structuredClone(stored(action.Id));

    const failure = await failureOf(() =>
      actionsOf(sp).getById(action.Id).update({ TBLastNote: "Second writer" }, staleEtag),
    );

    expect(failure.status).toBe(412);
    expect(stored(action.Id)).toEqual(before);
    expect(stored(action.Id)?.fields["TBLastNote"]).toBe("First writer");
  });
});

describe("$batch", () => {
  it("sends several GETs and a MERGE in one round trip and answers each", async () => {
    const sp = spAs("member");
    const action = actionIn("early-help");
    const version = action.version;
    const [batched, execute] = sp.batched();

    const board = batched.web.lists.getByTitle("TB Boards").items.select("Id", "Title").top(50)();
    const plans = batched.web.lists.getByTitle("TB Plans").items.select("Id", "Title")();
    const me = batched.web.currentUser.select("Id", "Title")();
    const item = batched.web.lists.getByTitle(ACTIONS).items.getById(action.Id).select("Id", "Title")();
    const update = batched.web.lists
      .getByTitle(ACTIONS)
      .items.getById(action.Id)
      .update({ TBLastNote: "Batched note" }, `"${version}"`);
    const all = Promise.all([board, plans, me, item, update]);
    await execute();
    const [boards, planRows, user, itemRow, updated] = await all;

    expect((boards as unknown[]).length).toBe(tenant.state.lists["TB Boards"]?.items.length);
    expect((planRows as unknown[]).length).toBe(1);
    expect(user).toMatchObject({ Id: siteUserId("member") });
    expect(itemRow).toMatchObject({ Id: action.Id });
    expect(updated).toEqual({ etag: `"${version + 1}"` });
    expect(stored(action.Id)?.fields["TBLastNote"]).toBe("Batched note");

    expect(requests()).toHaveLength(1);
    expect(requests()[0]).toMatchObject({ method: "POST", status: 200, parts: 5 });
    expect(requests()[0]?.url).toMatch(/\/_api\/\$batch$/);
  });
});

describe("throttling", () => {
  it("retries two 429s with Retry-After: 0 and then succeeds, in three requests", async () => {
    tenant.faults.add({ service: "sharepoint", kind: 429, times: 2, retryAfter: 0 });
    const sp = spAs("member");

    const rows = await actionsOf(sp).select("Id").top(10)<unknown[]>();

    expect(rows.length).toBeGreaterThan(0);
    expect(requests().map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it("gives up after MAX_ATTEMPTS when every attempt is throttled", async () => {
    tenant.faults.add({ service: "sharepoint", kind: 429, times: 100, retryAfter: 0 });
    const sp = spAs("member");

    const failure = await failureOf(() => actionsOf(sp).select("Id").top(10)());

    expect(failure.status).toBe(429);
    expect(requests()).toHaveLength(MAX_ATTEMPTS);
    expect(requests().every((r) => r.status === 429)).toBe(true);
  });
});

describe("permissions from the board folders", () => {
  it("lets a board member update an action in their board's folder", async () => {
    const sp = spAs("member");
    const action = actionIn("early-help");

    await actionsOf(sp).getById(action.Id).update({ TBLastNote: "Member's note" }, `"${action.version}"`);

    expect(stored(action.Id)?.fields["TBLastNote"]).toBe("Member's note");
    expect(stored(action.Id)?.EditorId).toBe(siteUserId("member"));
  });

  it("lets a reader read actions but refuses their update with 403 UnauthorizedAccessException", async () => {
    const sp = spAs("reader");
    const action = actionIn("early-help");

    const row = await actionsOf(sp).getById(action.Id).select("Id", "Title")<{ Id: number }>();
    expect(row.Id).toBe(action.Id);

    const failure = await failureOf(() =>
      actionsOf(sp).getById(action.Id).update({ TBLastNote: "Reader's note" }, `"${action.version}"`),
    );
    expect(failure.status).toBe(403);
    expect(failure.message).toContain("UnauthorizedAccessException");
    expect(stored(action.Id)?.fields["TBLastNote"]).not.toBe("Reader's note");
  });

  it("refuses an outsider any read with 403", async () => {
    const sp = spAs("outsider");
    const action = actionIn("early-help");

    const list = await failureOf(() => actionsOf(sp).select("Id").top(10)());
    const item = await failureOf(() => actionsOf(sp).getById(action.Id)());
    const boards = await failureOf(() => sp.web.lists.getByTitle("TB Boards").items());

    expect([list.status, item.status, boards.status]).toEqual([403, 403, 403]);
  });

  it("does not let a member update an action of a board they are not on", async () => {
    const sp = spAs("member");
    const action = actionIn("workforce");
    const before = structuredClone(stored(action.Id));

    const failure = await failureOf(() =>
      actionsOf(sp).getById(action.Id).update({ TBLastNote: "Not my board" }, "*"),
    );

    // SharePoint hides what the caller may not see: for them the item "does not exist".
    expect(failure.status).toBe(404);
    expect(failure.message).toContain("Item does not exist");
    expect(stored(action.Id)).toEqual(before);
  });
});

describe("creating items in a board folder", () => {
  const folderPath = (folder: string): string => `${new URL(SITE_URL).pathname}/Lists/TBActions/${folder}`;
  const board = () => boardByFolder(tenant, "early-help");
  const programmeId = () => actionIn("early-help").fields["TBProgrammeId"] as number;

  const formValues = (clientId: string, title: string) => [
    { FieldName: "Title", FieldValue: title },
    { FieldName: "TBClientId", FieldValue: clientId },
    { FieldName: "TBPlanId", FieldValue: String(board().fields["TBPlanId"]) },
    { FieldName: "TBBoardId", FieldValue: String(board().Id) },
    { FieldName: "TBProgrammeId", FieldValue: String(programmeId()) },
    { FieldName: "TBPlanYear", FieldValue: "2026/27" },
    { FieldName: "TBTargetDate", FieldValue: "30/06/2027" },
    { FieldName: "TBStatus", FieldValue: "Not started" },
  ];

  it("creates the item with addValidateUpdateItemUsingPath, authored by the caller", async () => {
    const sp = spAs("member");

    const results = (await sp.web.lists
      .getByTitle(ACTIONS)
      .addValidateUpdateItemUsingPath(
        formValues("test-create-1", "Run a parents' forum"),
        folderPath("early-help"),
      )) as {
      FieldName: string;
      HasException: boolean;
      ItemId: number;
    }[];

    expect(results.every((r) => !r.HasException)).toBe(true);
    const id = results.find((r) => r.FieldName === "Id")?.ItemId ?? 0;
    expect(id).toBeGreaterThan(0);
    expect(stored(id)?.folder).toBe("early-help");

    const row = await actionsOf(sp).getById(id).select("Title", "AuthorId", "Author/Title").expand("Author")<
      Record<string, unknown>
    >();
    expect(row["Title"]).toBe("Run a parents' forum");
    expect(row["AuthorId"]).toBe(siteUserId("member"));
    expect(row["Author"]).toMatchObject({ Title: persona("member").displayName });
  });

  it("creates exactly one item when the answer to the create is lost (idempotent createInFolder)", async () => {
    const sp = spAs("member");
    tenant.faults.add({
      service: "sharepoint",
      kind: "drop-after",
      times: 1,
      match: "AddValidateUpdateItemUsingPath",
    });
    const clientId = "test-idempotent-1";
    const values = formValues(clientId, "Map the early help offer").filter(
      (v) => v.FieldName !== "TBClientId",
    );

    const id = await createInFolder(sp, SITE_URL, Actions, "early-help", clientId, values);

    const withClientId = storedActions().filter((i) => i.fields["TBClientId"] === clientId);
    expect(withClientId).toHaveLength(1);
    expect(withClientId[0]?.Id).toBe(id);
    expect(await findByClientId(sp, Actions, clientId)).toBe(id);
    // The first create was saved but its answer was dropped.
    expect(requests()[0]).toMatchObject({ method: "POST", status: 0 });
    expect(
      requests().some(
        (r) => r.method === "GET" && decodeURIComponent(r.url).includes(`TBClientId+eq+'${clientId}'`),
      ),
    ).toBe(true);
  });
});
