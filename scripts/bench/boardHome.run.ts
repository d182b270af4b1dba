import { setupServer } from "msw/node";
import { afterAll, beforeAll, it } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { createGraph } from "../../src/data/graph/client";
import { loadViewer } from "../../src/data/graph/viewer";
import { listActionsOwnedBy } from "../../src/data/sharepoint/actions";
import { loadBoardHome } from "../../src/data/sharepoint/boardHome";
import { getCurrentSiteUser } from "../../src/data/sharepoint/siteUsers";
import { createSp } from "../../src/data/sharepoint/sp";
import { addBulkActions } from "../../tests/tenant/bulk";
import { demoData } from "../../tests/tenant/demo";
import { createTenantHandlers } from "../../tests/tenant/handlers";
import { seedState } from "../../tests/tenant/seed";
import { Tenant } from "../../tests/tenant/tenant";
import { makePersonaToken } from "../../tests/tenant/tokens";
import { medianMs, report, type Row } from "./measure";

const SITE = "https://partnership.sharepoint.test/sites/trustboards";
const GRAPH = "https://graph.microsoft.com/";
const tenant = new Tenant(seedState(demoData, { now: new Date("2026-11-22T10:00:00Z") }));
const server = setupServer(...createTenantHandlers(tenant));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

function clientsFor(role: string) {
  const p = tenant.state.personas.find((x) => x.role === role);
  const user = p && tenant.user(p.userId);
  if (!user) throw new Error(role);
  const tokens = fixedTokenProvider(
    makePersonaToken({
      oid: user.id,
      upn: user.userPrincipalName,
      name: user.displayName,
      tid: tenant.state.tenantId,
    }),
  );
  return { sp: createSp(SITE, tokens), graph: createGraph(GRAPH, tokens) };
}

/** Round trips and bytes of one run, from the tenant's request log. */
async function counted(run: () => Promise<unknown>): Promise<{ roundTrips: number; bytes: number }> {
  tenant.clearLog();
  await run();
  const log = tenant.log.filter((l) => l.service !== "control");
  return { roundTrips: log.length, bytes: log.reduce((n, l) => n + l.bytes, 0) };
}

it("measures the board home and my actions", async () => {
  const { sp, graph } = clientsFor("member");
  const earlyHelp = tenant.state.lists["TB Boards"]!.items.find(
    (i) => i.fields["TBFolder"] === "early-help",
  )!.Id;
  const firstScreen = () => Promise.all([loadBoardHome(sp, earlyHelp), loadViewer(graph)]);
  const rows: Row[] = [];
  rows.push({
    what: "board home, first screen (demo data, 18 actions)",
    ...(await counted(firstScreen)),
    medianMs: await medianMs(firstScreen),
    note: "1 SharePoint $batch + 1 Graph $batch, in parallel",
  });

  // 1,000 more actions on every board: the Actions list is well over the 5,000-item view threshold,
  // while each board's own actions (the indexed filter) stay under it, as SharePoint requires.
  for (const b of tenant.state.lists["TB Boards"]!.items)
    addBulkActions(tenant, String(b.fields["TBFolder"]), 1000);
  const total = tenant.state.lists["TB Actions"]!.items.length;
  rows.push({
    what: `board home with ${total.toLocaleString("en-GB")} actions in the list`,
    ...(await counted(firstScreen)),
    medianMs: await medianMs(firstScreen, 5),
    note: "filter on indexed TBBoardId; paged by 5,000",
  });
  const me = await getCurrentSiteUser(sp);
  const mine = () => listActionsOwnedBy(sp, me.id);
  rows.push({
    what: `my actions across ${total.toLocaleString("en-GB")} actions`,
    ...(await counted(mine)),
    medianMs: await medianMs(mine, 5),
    note: "filter on indexed TBOwner",
  });
  report("Board home", rows);
});
