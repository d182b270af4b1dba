import { setupServer } from "msw/node";
import { afterAll, beforeAll, it } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { listActionVersions } from "../../src/data/sharepoint/actionVersions";
import { createSp } from "../../src/data/sharepoint/sp";
import { demoData } from "../../tests/tenant/demo";
import { createTenantHandlers } from "../../tests/tenant/handlers";
import { seedState } from "../../tests/tenant/seed";
import { Tenant } from "../../tests/tenant/tenant";
import { makePersonaToken } from "../../tests/tenant/tokens";
import { medianMs, report, type Row } from "./measure";

/**
 * What an action's history costs to read from the action's own SharePoint
 * versions (one request per action). For a whole board the versions are read
 * in $batch requests of 20 (PnPjs's batch size). The figures of the design it
 * replaced (a separate updates list) are in docs/HISTORY.md.
 */
const SITE = "https://partnership.sharepoint.test/sites/trustboards";
const tenant = new Tenant(seedState(demoData, { now: new Date("2026-11-22T10:00:00Z") }));
const server = setupServer(...createTenantHandlers(tenant));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

function spFor(role: string) {
  const p = tenant.state.personas.find((x) => x.role === role);
  const user = p && tenant.user(p.userId);
  if (!user) throw new Error(role);
  return createSp(
    SITE,
    fixedTokenProvider(
      makePersonaToken({
        oid: user.id,
        upn: user.userPrincipalName,
        name: user.displayName,
        tid: tenant.state.tenantId,
      }),
    ),
  );
}

async function counted(run: () => Promise<unknown>): Promise<{ roundTrips: number; bytes: number }> {
  tenant.clearLog();
  await run();
  const log = tenant.log.filter((l) => l.service !== "control");
  return { roundTrips: log.length, bytes: log.reduce((n, l) => n + l.bytes, 0) };
}

it("measures reading an action's history", async () => {
  const sp = spFor("member");
  const action = tenant.state.lists["TB Actions"]!.items.filter((i) => i.folder === "early-help").sort(
    (a, b) => b.version - a.version,
  )[0]!;
  const rows: Row[] = [];
  const fromVersions = () => listActionVersions(sp, action.Id);
  rows.push({
    what: `one action's history from its versions (${action.version} versions)`,
    ...(await counted(fromVersions)),
    medianMs: await medianMs(fromVersions),
  });

  // Every action of a board with 1,000 actions, each with four versions: what a report over the whole
  // board's history would cost.
  const board = tenant.state.lists["TB Boards"]!.items.find((i) => i.fields["TBFolder"] === "early-help")!.Id;
  const list = tenant.state.lists["TB Actions"]!;
  const template = list.items.find((i) => i.folder === "early-help")!;
  const ids: number[] = [];
  while (list.items.filter((i) => i.folder === "early-help").length < 1000) {
    const id = list.nextId++;
    const versions = [1, 2, 3, 4].map((label) => ({
      label,
      fields: { ...template.fields, TBClientId: `bench-${id}`, TBChangeId: `bench-${id}-${label}` },
      Modified: template.Modified,
      EditorId: template.EditorId,
    }));
    list.items.push({ ...template, Id: id, version: 4, fields: versions[3]!.fields, versions });
    ids.push(id);
  }
  const boardIds = list.items.filter((i) => i.fields["TBBoardId"] === board).map((i) => i.Id);
  const allVersions = async () => {
    const [batched, execute] = sp.batched();
    const reads = boardIds.map((id) => listActionVersions(batched, id));
    const settled = Promise.allSettled(reads);
    await execute();
    await settled;
  };
  rows.push({
    what: `versions of every action on a board of ${boardIds.length.toLocaleString("en-GB")} actions`,
    ...(await counted(allVersions)),
    medianMs: await medianMs(allVersions, 3),
    note: "$batch of 20 requests each",
  });
  report("Action history", rows);
});
