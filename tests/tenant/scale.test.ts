/**
 * The scale data set (scale.ts): 30 boards × 1,000 actions, and what SharePoint's list view
 * threshold makes of queries on a TB Actions list of 30,000 items, through the production PnPjs
 * instance. https://learn.microsoft.com/sharepoint/dev/general-development/query-large-lists-and-libraries-with-the-rest-api
 */
import type { SPFI } from "@pnp/sp";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ALL_LISTS } from "../../manifest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { createSp } from "../../src/data/sharepoint/sp";
import { eq } from "../../src/data/sharepoint/odata";
import { demoData } from "./demo";
import { createTenantHandlers } from "./handlers";
import { scaleState, scaleTenant } from "./scale";
import { seedState } from "./seed";
import { Tenant } from "./tenant";
import type { StoredItem, TenantState } from "./state";
import { persona, server, SITE_URL, TEST_NOW, tenant, type PersonaRole } from "./testTenant";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
const actionsOf = (sp: SPFI) => sp.web.lists.getByTitle("TB Actions").items;

let scale: TenantState;
beforeAll(() => {
  scale = scaleTenant({ now: TEST_NOW });
}, 60_000);
// tests/setup.ts puts the demo back after each test; these tests only read, so they share one copy.
beforeEach(() => tenant.replaceState(scale));

const itemsOf = (title: string): StoredItem[] => scale.lists[title]?.items ?? [];
const boardItems = () => itemsOf("TB Boards");

async function failureOf(call: () => Promise<unknown>): Promise<{ status?: number; message: string }> {
  try {
    await call();
  } catch (e) {
    return { status: (e as { status?: number }).status, message: e instanceof Error ? e.message : String(e) };
  }
  throw new Error("Expected the call to fail, but it succeeded");
}

describe("the scale data set", () => {
  it("has 30 boards, each a Microsoft 365 group with its folder in every board list, and 1,000 actions each", () => {
    expect(boardItems()).toHaveLength(30);
    const m365 = new Set(scale.groups.filter((g) => g.kind === "m365").map((g) => g.id));
    for (const board of boardItems()) {
      expect(m365.has(board.fields["TBGroupId"] as string)).toBe(true);
      for (const def of ALL_LISTS.filter((d) => d.permissions === "boardFolders"))
        expect(scale.lists[def.title]?.folders[board.fields["TBFolder"] as string]).toBeDefined();
      expect(itemsOf("TB Actions").filter((a) => a.fields["TBBoardId"] === board.Id)).toHaveLength(1_000);
    }
    expect(itemsOf("TB Actions")).toHaveLength(30_000);
  });

  it("gives actions one to three versions, with some slipped, some complete and every RAG", () => {
    const actions = itemsOf("TB Actions");
    const versions = new Set(actions.map((a) => a.versions?.length));
    expect(versions).toEqual(new Set([1, 2, 3]));
    expect(actions.every((a) => a.version === a.versions?.length)).toBe(true);
    const share = (p: (a: StoredItem) => boolean) => actions.filter(p).length / actions.length;
    expect(share((a) => a.fields["TBRevisedDate"] !== null)).toBeGreaterThan(0.1);
    expect(share((a) => a.fields["TBStatus"] === "Complete")).toBeGreaterThan(0.1);
    for (const rag of ["Red", "Amber", "Green"])
      expect(share((a) => a.fields["TBRag"] === rag)).toBeGreaterThan(0.05);
  });

  it("has about 30 programmes, some co-delivered by two boards, each with a report for Q1 and Q2", () => {
    const programmes = itemsOf("TB Programmes");
    expect(programmes).toHaveLength(30);
    expect(programmes.some((p) => (p.fields["TBDeliveryBoardsId"] as number[]).length === 2)).toBe(true);
    const reports = itemsOf("TB Highlight Reports");
    for (const q of ["Q1", "Q2"])
      expect(
        new Set(reports.filter((r) => r.fields["TBQuarter"] === q).map((r) => r.fields["TBProgrammeId"]))
          .size,
      ).toBe(30);
    expect(itemsOf("TB Report Reviews").length).toBeGreaterThan(0);
    expect(itemsOf("TB Risks")).toHaveLength(300);
    expect(itemsOf("TB Measures")).toHaveLength(20);
    expect(itemsOf("TB Measure Values").length).toBeGreaterThanOrEqual(40);
    expect(itemsOf("TB Reporting Calendar").length).toBeGreaterThanOrEqual(4);
  });

  it("is the same every time it is built for the same day", () => {
    const again = scaleState({ now: TEST_NOW, boards: 8, actionsPerBoard: 50 });
    const once = scaleState({ now: TEST_NOW, boards: 8, actionsPerBoard: 50 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(once));
  });

  it("keeps the demo's personas: the member reads only their own boards' actions", async () => {
    const sp = spAs("member");
    const earlyHelp = boardItems().find((b) => b.fields["TBFolder"] === "early-help");
    const other = boardItems().find((b) => b.fields["TBFolder"] === "board-20");
    const mine = await actionsOf(sp)
      .select("Id")
      .filter(eq("TBBoardId", earlyHelp?.Id ?? 0))
      .top(5000)();
    const theirs = await actionsOf(sp)
      .select("Id")
      .filter(eq("TBBoardId", other?.Id ?? 0))
      .top(5000)();
    expect(mine).toHaveLength(1_000);
    expect(theirs).toHaveLength(0);
  });
});

describe("the list view threshold on 30,000 actions", () => {
  it("refuses a plan-wide filter (TBPlanId eq 1 matches all 30,000) with SPQueryThrottledException", async () => {
    const sp = spAs("executive");
    const failure = await failureOf(() => actionsOf(sp).select("Id").filter(eq("TBPlanId", 1)).top(5000)());
    expect(failure.status).toBe(500);
    expect(failure.message).toContain("SPQueryThrottledException");
    expect(failure.message).toContain("exceeds the list view threshold");
  });

  it("serves one board's actions (TBBoardId eq N: 1,000 items) in one request", async () => {
    const sp = spAs("executive");
    const board = boardItems()[12];
    tenant.clearLog();
    const rows = await actionsOf(sp)
      .select("Id")
      .filter(eq("TBBoardId", board?.Id ?? 0))
      .top(5000)();
    expect(rows).toHaveLength(1_000);
    expect(tenant.log.filter((l) => l.service === "sharepoint")).toHaveLength(1);
  });
});

describe("switching the served data set (POST /__tenant/dataset, the workbench's Data set control)", () => {
  it("serves the scale set when asked, keeps it on reset, and goes back to the demo", async () => {
    const served = new Tenant(seedState(demoData, { now: TEST_NOW }));
    const demo = () => seedState(demoData, { now: TEST_NOW });
    server.use(
      ...createTenantHandlers(served, {
        reset: demo,
        datasets: { demo, scale: () => scaleTenant({ now: TEST_NOW, boards: 10, actionsPerBoard: 20 }) },
      }),
    );
    const control = (path: string, body?: unknown) =>
      fetch(`http://localhost/__tenant/${path}`, {
        method: body === undefined ? "GET" : "POST",
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const boards = () => served.state.lists["TB Boards"]?.items.length;

    expect(await (await control("dataset")).json()).toMatchObject({ dataset: "demo" });
    expect((await control("dataset", { dataset: "scale" })).status).toBe(200);
    expect(boards()).toBe(10);
    expect(await (await control("dataset")).json()).toMatchObject({
      dataset: "scale",
      choices: [
        { name: "demo", label: "Demo" },
        { name: "scale", label: "Scale (30 boards × 1,000 actions)" },
      ],
    });
    expect((await control("reset", {})).status).toBe(200);
    expect(boards()).toBe(10);
    expect((await control("dataset", { dataset: "huge" })).status).toBe(400);
    expect((await control("dataset", { dataset: "demo" })).status).toBe(200);
    expect(boards()).toBe(7);
  });
});
