import { setupServer } from "msw/node";
import { demoData } from "./demo";
import { createTenantHandlers } from "./handlers";
import { seedState } from "./seed";
import type { TenantState } from "./state";
import { Tenant } from "./tenant";
import { makePersonaToken } from "./tokens";

/** The fixed "today" of unit tests: mid quarter 3 of the demo plan's second year. */
export const TEST_NOW = new Date("2026-11-22T10:00:00Z");
export const SITE_URL = "https://partnership.sharepoint.test/sites/trustboards";
export const GRAPH_BASE = "https://graph.microsoft.com/";

let pristine: string | null = null;
const freshState = (): TenantState => {
  pristine ??= JSON.stringify(seedState(demoData, { now: TEST_NOW }));
  return JSON.parse(pristine) as TenantState;
};

/** One tenant for the whole test file; `tests/setup.ts` re-seeds it after every test. */
export const tenant = new Tenant(freshState());
export const server = setupServer(
  ...createTenantHandlers(tenant, {
    reset: freshState,
    endpoints: { siteUrl: SITE_URL, graphBaseUrl: GRAPH_BASE },
  }),
);

export function resetTenant(): void {
  tenant.faults.clear();
  tenant.clearLog();
  tenant.replaceState(freshState());
}

export type PersonaRole =
  "member" | "second-member" | "chair" | "executive" | "administrator" | "reader" | "outsider";

/** The demo persona with this role, and a token that signs in as them. */
export function persona(role: PersonaRole): {
  userId: string;
  displayName: string;
  upn: string;
  token: string;
} {
  const p = tenant.state.personas.find((x) => x.role === role);
  const user = p ? tenant.user(p.userId) : undefined;
  if (!p || !user) throw new Error(`No persona with role ${role}`);
  const token = makePersonaToken({
    oid: user.id,
    upn: user.userPrincipalName,
    name: user.displayName,
    tid: tenant.state.tenantId,
  });
  return { userId: user.id, displayName: user.displayName, upn: user.userPrincipalName, token };
}
