import { json, type SimpleRequest, type SimpleResponse } from "../http";
import type { GraphGroup, GraphUser } from "../state";
import type { Tenant } from "../tenant";
import { readToken } from "../tokens";
import { faultResponse } from "../faults";

const GRAPH_BATCH_LIMIT = 20;
const DEFAULT_PAGE = 100;
const MAX_PAGE = 999;

class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const graphError = (
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): SimpleResponse =>
  json(
    status,
    {
      error: {
        code,
        message,
        innerError: { date: new Date().toISOString(), "request-id": crypto.randomUUID() },
      },
    },
    {
      ...headers,
      "Content-Type": "application/json",
    },
  );

interface Ctx {
  tenant: Tenant;
  req: SimpleRequest;
  me: GraphUser;
  /** e.g. https://graph.microsoft.com/v1.0 */
  base: string;
  path: string;
}

/** Answers one Microsoft Graph v1.0 request. */
export async function handleGraph(
  tenant: Tenant,
  req: SimpleRequest,
  inBatch = false,
): Promise<SimpleResponse> {
  const fault = inBatch ? tenant.faults.take("graph", req.method, req.url.href, true) : undefined;
  if (fault) return faultResponse("graph", fault);
  const claims = readToken(req.headers.get("Authorization"));
  const me = claims ? tenant.user(claims.oid) : undefined;
  if (!me) return graphError(401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
  const at = req.url.pathname.indexOf("/v1.0/");
  const base = req.url.origin + req.url.pathname.slice(0, at + "/v1.0".length);
  const path = decodeURIComponent(req.url.pathname.slice(at + "/v1.0/".length)).replace(/\/+$/, "");
  try {
    return await route({ tenant, req, me, base, path });
  } catch (e) {
    if (e instanceof GraphFailure) return graphError(e.status, e.code, e.message, e.headers);
    throw e;
  }
}

async function route(ctx: Ctx): Promise<SimpleResponse> {
  const { req, path, tenant, me } = ctx;
  const m = req.method.toUpperCase();
  if (path === "$batch" && m === "POST") return batch(ctx);
  if (path === "me" && m === "GET") return json(200, select(ctx, userJson(me)));
  if (/^me\/(transitiveMemberOf|memberOf)(\/microsoft\.graph\.group)?$/.test(path) && m === "GET") {
    const direct = path.startsWith("me/memberOf");
    const ids = direct
      ? new Set(
          tenant.state.groups
            .filter((g) => g.memberIds.includes(me.id) || g.ownerIds.includes(me.id))
            .map((g) => g.id),
        )
      : tenant.transitiveGroupIds(me.id);
    return page(ctx, tenant.state.groups.filter((g) => ids.has(g.id)).map(groupJson));
  }
  if (path === "me/checkMemberGroups" && m === "POST") {
    const body = JSON.parse(req.body || "{}") as { groupIds?: unknown };
    if (!Array.isArray(body.groupIds) || body.groupIds.length > 20) {
      throw new GraphFailure(400, "Request_BadRequest", "groupIds must be an array of at most 20 group ids.");
    }
    const mine = tenant.transitiveGroupIds(me.id);
    return json(200, {
      value: body.groupIds.filter((id): id is string => typeof id === "string" && mine.has(id)),
    });
  }
  const user = /^users\/([^/]+)$/.exec(path);
  if (user && m === "GET") {
    const key = user[1] ?? "";
    const found = tenant.user(key) ?? tenant.userByUpn(key);
    if (!found) throw notFound(key);
    return json(200, select(ctx, userJson(found)));
  }
  const group = /^groups\/([^/]+)(?:\/(members|owners|transitiveMembers)(\/microsoft\.graph\.user)?)?$/.exec(
    path,
  );
  if (group && m === "GET") {
    const found = tenant.state.groups.find((g) => g.id === group[1]);
    if (!found) throw notFound(group[1] ?? "");
    if (!group[2]) return json(200, select(ctx, groupJson(found)));
    const ids =
      group[2] === "owners" ? found.ownerIds : [...new Set([...found.ownerIds, ...found.memberIds])];
    const users = ids.map((id) => tenant.user(id)).filter((u): u is GraphUser => u !== undefined);
    return page(ctx, users.map(userJson));
  }
  throw new GraphFailure(400, "BadRequest", `The emulated tenant does not implement '${m} /v1.0/${path}'.`);
}

const notFound = (id: string): GraphFailure =>
  new GraphFailure(
    404,
    "Request_ResourceNotFound",
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );

function userJson(u: GraphUser): Record<string, unknown> {
  return {
    "@odata.type": "#microsoft.graph.user",
    id: u.id,
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
    mail: u.mail,
    jobTitle: u.jobTitle,
    companyName: u.companyName,
  };
}

function groupJson(g: GraphGroup): Record<string, unknown> {
  return {
    "@odata.type": "#microsoft.graph.group",
    id: g.id,
    displayName: g.displayName,
    description: g.description,
    groupTypes: g.kind === "m365" ? ["Unified"] : [],
    securityEnabled: g.kind === "security",
    mailEnabled: g.kind === "m365",
  };
}

function select(ctx: Ctx, obj: Record<string, unknown>): Record<string, unknown> {
  const fields = ctx.req.url.searchParams.get("$select");
  if (!fields) return obj;
  const wanted = new Set(fields.split(",").map((s) => s.trim()));
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k.startsWith("@odata") || wanted.has(k)));
}

/** A collection page with @odata.nextLink, as Graph pages with $top and $skiptoken. */
function page(ctx: Ctx, all: Record<string, unknown>[]): SimpleResponse {
  const params = ctx.req.url.searchParams;
  const top = Math.min(Number(params.get("$top") ?? DEFAULT_PAGE) || DEFAULT_PAGE, MAX_PAGE);
  const skip = Number(params.get("$skiptoken") ?? 0) || 0;
  const slice = all.slice(skip, skip + top).map((o) => select(ctx, o));
  const body: Record<string, unknown> = {
    "@odata.context": `${ctx.base}/$metadata#directoryObjects`,
    value: slice,
  };
  if (skip + top < all.length) {
    const next = new URL(ctx.req.url.href);
    next.searchParams.set("$skiptoken", String(skip + top));
    body["@odata.nextLink"] = next.href;
  }
  return json(200, body, { "Content-Type": "application/json" });
}

interface BatchRequestEntry {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

async function batch(ctx: Ctx): Promise<SimpleResponse> {
  const parsed = JSON.parse(ctx.req.body || "{}") as { requests?: BatchRequestEntry[] };
  const requests = parsed.requests ?? [];
  if (!Array.isArray(requests) || requests.length === 0)
    throw new GraphFailure(400, "BadRequest", "A batch needs at least one request.");
  if (requests.length > GRAPH_BATCH_LIMIT) {
    throw new GraphFailure(
      400,
      "BadRequest",
      `Number of batch request steps exceeds the maximum of ${GRAPH_BATCH_LIMIT}.`,
    );
  }
  const responses = [];
  for (const r of requests) {
    const headers = new Headers(r.headers ?? {});
    headers.set("Authorization", ctx.req.headers.get("Authorization") ?? "");
    const url = new URL(`${ctx.base}/${r.url.replace(/^\//, "")}`);
    const body = r.body === undefined ? "" : typeof r.body === "string" ? r.body : JSON.stringify(r.body);
    const res = await handleGraph(ctx.tenant, { method: r.method.toUpperCase(), url, headers, body }, true);
    responses.push({
      id: r.id,
      status: res.status,
      headers: res.headers,
      body: res.body ? (JSON.parse(res.body) as unknown) : null,
    });
  }
  return json(200, { responses }, { "Content-Type": "application/json" });
}
