import { setupServer } from "msw/node";
import { afterAll, beforeAll } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { createGraph } from "../../src/data/graph/client";
import { createSp } from "../../src/data/sharepoint/sp";
import { demoData } from "../../tests/tenant/demo";
import { createTenantHandlers } from "../../tests/tenant/handlers";
import { seedState } from "../../tests/tenant/seed";
import { Tenant } from "../../tests/tenant/tenant";
import { makePersonaToken } from "../../tests/tenant/tokens";

export const SITE = "https://partnership.sharepoint.test/sites/trustboards";
export const GRAPH = "https://graph.microsoft.com/";

/**
 * The demo tenant served in-process for one bench file (msw), the real clients acting as a persona,
 * and a counter of what a run sent: round trips and bytes from the tenant's own request log.
 */
export function benchTenant() {
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

  async function counted(run: () => Promise<unknown>): Promise<{ roundTrips: number; bytes: number }> {
    tenant.clearLog();
    await run();
    const log = tenant.log.filter((l) => l.service !== "control");
    return { roundTrips: log.length, bytes: log.reduce((n, l) => n + l.bytes, 0) };
  }

  return { tenant, clientsFor, counted };
}
