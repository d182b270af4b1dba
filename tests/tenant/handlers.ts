import { http, HttpResponse, delay, type HttpHandler } from "msw";
import { faultResponse, type FaultRule, type Service } from "./faults";
import { handleGraph } from "./graph/service";
import { notificationsFor } from "./graph/teamwork";
import { json, toResponse, toSimpleRequest, type SimpleRequest, type SimpleResponse } from "./http";
import { handleSharePoint } from "./sharepoint/service";
import { SITE_LOCALES, isSiteLocale, siteDescription, switchSiteLocale } from "./sharepoint/regional";
import { DATASETS, isDataset, type DatasetName } from "./scale";
import type { TenantState } from "./state";
import type { Tenant } from "./tenant";
import { makePersonaToken } from "./tokens";

/** The hosts Teams' JS library trusts; it asks a CDN for this list when it loads. */
const VALID_ORIGINS = [
  "teams.microsoft.com",
  "*.teams.microsoft.com",
  "*.cloud.microsoft",
  "*.office.com",
  "*.microsoft365.com",
  "outlook.office.com",
];

/** Where the emulated services answer when they run on their own origins (npm start, browser tests). */
export interface TenantEndpoints {
  /** The SharePoint site, e.g. http://127.0.0.1:3001/sites/trustboards */
  siteUrl: string;
  /** Graph's base, ending with "/", e.g. http://127.0.0.1:3002/ */
  graphBaseUrl: string;
}

export interface HandlerOptions {
  /** Fresh state for POST /__tenant/reset (the workbench's "reset demo data"). */
  reset?: () => TenantState;
  /** Told to the app with the personas, so it talks to the services where they are served. */
  endpoints?: TenantEndpoints;
  /** The data sets POST /__tenant/dataset can switch to (tests/tenant/scale.ts DATASETS). */
  datasets?: Partial<Record<DatasetName, () => TenantState>>;
}

/**
 * One set of handlers for the whole emulated tenant: SharePoint REST under any
 * `…/_api/…`, Microsoft Graph under any `…/v1.0/…`, the teams-js CDN lookup,
 * and a small control API under `/__tenant/` for the workbench and tests.
 */
export function createTenantHandlers(tenant: Tenant, options: HandlerOptions = {}): HttpHandler[] {
  return [
    http.get("https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json", () =>
      HttpResponse.json({ validOrigins: VALID_ORIGINS }),
    ),
    http.all("*/_api/*", ({ request }) => serve(tenant, "sharepoint", request, handleSharePoint)),
    http.all("*/v1.0/*", ({ request }) => serve(tenant, "graph", request, handleGraph)),
    http.all("*/__tenant/*", async ({ request }) =>
      toResponse(control(tenant, await toSimpleRequest(request), options)),
    ),
  ];
}

async function serve(
  tenant: Tenant,
  service: Service,
  request: Request,
  handle: (t: Tenant, r: SimpleRequest) => Promise<SimpleResponse>,
): Promise<Response> {
  const simple = await toSimpleRequest(request);
  if (tenant.faults.latencyMs > 0) await delay(tenant.faults.latencyMs);
  const fault = tenant.faults.take(service, simple.method, simple.url.href, false);
  if (fault?.kind === "drop") return logged(tenant, service, simple, null);
  if (fault && fault.kind !== "drop-after")
    return logged(tenant, service, simple, faultResponse(service, fault));
  const response = await handle(tenant, simple);
  return logged(tenant, service, simple, fault?.kind === "drop-after" ? null : response);
}

function logged(tenant: Tenant, service: Service, req: SimpleRequest, res: SimpleResponse | null): Response {
  const parts = req.url.pathname.endsWith("$batch") ? countParts(req) : undefined;
  tenant.record({
    service,
    method: req.method,
    url: req.url.href,
    status: res?.status ?? 0,
    bytes: res ? Buffer.byteLength(res.body) : 0,
    ...(parts === undefined ? {} : { parts }),
  });
  return res ? toResponse(res) : HttpResponse.error();
}

function countParts(req: SimpleRequest): number {
  if (req.url.pathname.includes("/v1.0/")) {
    try {
      return ((JSON.parse(req.body) as { requests?: unknown[] }).requests ?? []).length;
    } catch {
      return 0;
    }
  }
  return (req.body.match(/^(GET|POST|MERGE|PATCH|DELETE|PUT) https?:\/\//gm) ?? []).length;
}

function control(tenant: Tenant, req: SimpleRequest, options: HandlerOptions): SimpleResponse {
  const path = req.url.pathname.slice(req.url.pathname.indexOf("/__tenant/") + "/__tenant/".length);
  const record = (status: number): void =>
    tenant.record({ service: "control", method: req.method, url: req.url.href, status, bytes: 0 });
  record(200);
  if (path === "personas" && req.method === "GET") {
    return json(200, {
      tenantName: "Emulated tenant",
      personas: tenant.state.personas.map((p) => {
        const user = tenant.user(p.userId);
        return {
          role: p.role,
          label: p.label,
          userId: p.userId,
          displayName: user?.displayName ?? "",
          jobTitle: user?.jobTitle ?? "",
          organisation: user?.companyName ?? "",
          upn: user?.userPrincipalName ?? "",
          token: makePersonaToken({
            oid: p.userId,
            upn: user?.userPrincipalName ?? "",
            name: user?.displayName ?? "",
            tid: tenant.state.tenantId,
          }),
        };
      }),
      roles: tenant.state.roles,
      ...(options.endpoints ? { endpoints: options.endpoints } : {}),
    });
  }
  if (path === "reset" && req.method === "POST" && options.reset) {
    tenant.faults.clear();
    // Resetting keeps the data set being served: the scale set is built afresh, like the demo.
    const again = options.datasets?.[tenant.state.dataset ?? "demo"] ?? options.reset;
    tenant.replaceState(again());
    return json(200, { reset: true });
  }
  // The data set served: { dataset: "demo" | "scale" } (tests/tenant/scale.ts); switching re-seeds.
  if (path === "dataset" && req.method === "GET")
    return json(200, {
      dataset: tenant.state.dataset ?? "demo",
      choices: Object.entries(DATASETS)
        .filter(([name]) => options.datasets?.[name as DatasetName])
        .map(([name, label]) => ({ name, label })),
    });
  if (path === "dataset" && req.method === "POST") {
    let name: unknown;
    try {
      name = (JSON.parse(req.body || "{}") as { dataset?: unknown }).dataset;
    } catch {
      name = undefined;
    }
    const build = isDataset(name) ? options.datasets?.[name] : undefined;
    if (!isDataset(name) || !build)
      return json(400, {
        error: `dataset must be one of: ${Object.keys(options.datasets ?? {}).join(", ")}.`,
      });
    tenant.faults.clear();
    tenant.replaceState(build());
    return json(200, { dataset: name });
  }
  if (path === "faults" && req.method === "POST") {
    const body = JSON.parse(req.body || "{}") as { rules?: FaultRule[]; latencyMs?: number };
    for (const rule of body.rules ?? []) tenant.faults.add(rule);
    if (typeof body.latencyMs === "number") tenant.faults.latencyMs = body.latencyMs;
    return json(200, { rules: tenant.faults.list(), latencyMs: tenant.faults.latencyMs });
  }
  if (path === "faults" && req.method === "DELETE") {
    tenant.faults.clear();
    return json(200, { rules: [] });
  }
  // The site's regional settings: { locale: "en-GB" | "en-US" } (sharepoint/regional.ts).
  if (path === "site" && req.method === "GET") return json(200, siteDescription(tenant));
  if (path === "site" && req.method === "POST") {
    let locale: unknown;
    try {
      locale = (JSON.parse(req.body || "{}") as { locale?: unknown }).locale;
    } catch {
      locale = undefined;
    }
    if (!isSiteLocale(locale))
      return json(400, { error: `locale must be one of: ${Object.keys(SITE_LOCALES).join(", ")}.` });
    switchSiteLocale(tenant, locale);
    return json(200, siteDescription(tenant));
  }
  // A persona's Teams activity feed: activity notifications and @mentions (graph/teamwork.ts).
  if (path === "notifications" && req.method === "GET") {
    const userId = req.url.searchParams.get("userId");
    if (!userId || !tenant.user(userId))
      return json(400, { error: "userId must name a user of the tenant." });
    return json(200, { notifications: notificationsFor(tenant, userId) });
  }
  if (path === "log" && req.method === "GET")
    return json(200, { requests: tenant.log.filter((l) => l.service !== "control") });
  if (path === "log" && req.method === "DELETE") {
    tenant.clearLog();
    return json(200, { requests: [] });
  }
  return json(404, { error: `No control endpoint ${req.method} /__tenant/${path}` });
}
