import { json, type SimpleRequest, type SimpleResponse } from "../http";
import type { GraphGroup, GraphUser, OtherDirectoryObject } from "../state";
import type { Tenant } from "../tenant";
import { readToken } from "../tokens";
import { faultResponse } from "../faults";
import { handleTeamwork, isTeam } from "./teamwork";

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
  const mine = /^me\/(transitiveMemberOf|memberOf|ownedObjects)(?:\/(microsoft\.graph\.\w+))?$/.exec(path);
  if (mine && m === "GET") {
    const relation = mine[1] ?? "";
    const cast = mine[2];
    // Memberships only: owning a group is not membership
    // (https://learn.microsoft.com/graph/api/user-list-transitivememberof, user-list-memberof).
    // ownedObjects lists what the user owns (https://learn.microsoft.com/graph/api/user-list-ownedobjects).
    const ids =
      relation === "transitiveMemberOf"
        ? tenant.transitiveGroupIds(me.id)
        : relation === "memberOf"
          ? new Set(tenant.state.groups.filter((g) => g.memberIds.includes(me.id)).map((g) => g.id))
          : tenant.ownedGroupIds(me.id);
    // An OData cast on memberOf / transitiveMemberOf is an advanced query: it needs
    // ConsistencyLevel: eventual and $count=true, or the service answers 400 Request_UnsupportedQuery
    // (https://learn.microsoft.com/graph/aad-advanced-queries, "Use of OData cast with transitive members
    // list"; user-list-memberof, "Request headers"). ownedObjects documents no such requirement.
    if (cast && relation !== "ownedObjects") requireAdvancedQuery(ctx);
    const objects = tenant.state.groups.filter((g) => ids.has(g.id)).map(groupJson);
    return page(ctx, castTo(objects, cast));
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
  if (path === "groups" && m === "GET") return listGroups(ctx);
  const group =
    /^groups\/([^/]+)(?:\/(members|owners|transitiveMembers)(?:\/(microsoft\.graph\.\w+))?)?$/.exec(path);
  if (group && m === "GET") {
    const found = tenant.state.groups.find((g) => g.id === group[1]);
    if (!found) throw notFound(group[1] ?? "");
    const relation = group[2];
    const cast = group[3];
    if (!relation) return json(200, select(ctx, directoryGroupJson(tenant, found)));
    // Owners and members are separate lists (https://learn.microsoft.com/graph/api/group-list-owners,
    // group-list-members); members can be users, groups, devices, service principals
    // (https://learn.microsoft.com/graph/api/group-post-members), owners users or service principals.
    let ids: string[];
    if (relation === "owners") ids = found.ownerIds;
    else if (relation === "members") ids = found.memberIds;
    else {
      // A cast on transitiveMembers is an advanced query (aad-advanced-queries), and casting a
      // Microsoft 365 group's members to groups is refused: it cannot have groups as members
      // (https://learn.microsoft.com/graph/api/group-list-transitivemembers).
      if (cast) requireAdvancedQuery(ctx);
      if (cast === "microsoft.graph.group" && found.kind === "m365") {
        throw new GraphFailure(
          400,
          "Request_UnsupportedQuery",
          "The specified OData cast is not supported for the members of a Microsoft 365 group.",
        );
      }
      ids = transitiveMemberIds(tenant, found.id);
    }
    return page(ctx, castTo(directoryObjects(tenant, ids), cast));
  }
  // Teams channels, messages, activity notifications and group events (teamwork.ts).
  const teamwork = handleTeamwork(tenant, req, me, path);
  if (teamwork) return teamwork;
  throw new GraphFailure(400, "BadRequest", `The emulated tenant does not implement '${m} /v1.0/${path}'.`);
}

/**
 * The $filter clauses GET /groups answers here, each a lambda on a collection property:
 * `groupTypes/any(c:c eq 'Unified')` (Microsoft 365 groups, https://learn.microsoft.com/graph/api/group-list,
 * example "Get a filtered list of groups") and `resourceProvisioningOptions/Any(x:x eq 'Team')` (groups
 * with a team, https://learn.microsoft.com/graph/teams-list-all-teams), alone or joined with `and`. The
 * lambda's variable may be any name; `any` is not case-sensitive.
 */
const GROUP_LAMBDA =
  /^(groupTypes|resourceProvisioningOptions)\/any\(\s*(\w+)\s*:\s*\2\s+eq\s+'([^']*)'\s*\)$/i;

function groupFilter(tenant: Tenant, filter: string | null): (g: GraphGroup) => boolean {
  if (filter === null || filter.trim() === "") return () => true;
  const tests = filter
    .trim()
    .split(/\s+and\s+/i)
    .map((clause) => {
      const m = GROUP_LAMBDA.exec(clause.trim());
      // Anything else: Graph refuses a filter it cannot run on groups with 400 Request_UnsupportedQuery
      // ("Unsupported or invalid query filter clause specified for property …",
      // https://learn.microsoft.com/graph/aad-advanced-queries, "Error handling for advanced queries").
      if (!m)
        throw new GraphFailure(
          400,
          "Request_UnsupportedQuery",
          `Unsupported or invalid query filter clause specified for property '${/^\s*([\w/]+)/.exec(clause)?.[1] ?? clause}' of resource 'Group'.`,
        );
      const property = (m[1] ?? "").toLowerCase();
      const value = m[3] ?? "";
      return property === "grouptypes"
        ? (g: GraphGroup) => groupTypesOf(g).includes(value)
        : (g: GraphGroup) => provisioningOptionsOf(tenant, g).includes(value);
    });
  return (g) => tests.every((t) => t(g));
}

const groupTypesOf = (g: GraphGroup): string[] => (g.kind === "m365" ? ["Unified"] : []);
/** "Team" when the group has a team (the tenant's Teams state says which: graph/teamwork.ts). */
const provisioningOptionsOf = (tenant: Tenant, g: GraphGroup): string[] =>
  isTeam(tenant, g.id) ? ["Team"] : [];

/**
 * GET /groups: every group in the directory, which any member user may read (delegated
 * Group.Read.All / GroupMember.Read.All, https://learn.microsoft.com/graph/api/group-list), paged as
 * directory objects are (default 100, $top up to 999, @odata.nextLink), with $select and the two
 * filters above.
 */
function listGroups(ctx: Ctx): SimpleResponse {
  const keep = groupFilter(ctx.tenant, ctx.req.url.searchParams.get("$filter"));
  const groups = ctx.tenant.state.groups.filter(keep).map((g) => directoryGroupJson(ctx.tenant, g));
  return page(ctx, groups, "groups");
}

/**
 * A group as GET /groups and GET /groups/{id} give it: a Microsoft 365 group has a mail address
 * (mailNickname@domain), a security group none; resourceProvisioningOptions holds "Team" once the
 * group has a team (https://learn.microsoft.com/graph/api/resources/group, teams-list-all-teams).
 */
function directoryGroupJson(tenant: Tenant, g: GraphGroup): Record<string, unknown> {
  const nickname = g.displayName
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "")
    .slice(0, 64);
  return {
    ...groupJson(g),
    mail: g.kind === "m365" ? `${nickname}@partnership.example` : null,
    mailNickname: nickname,
    resourceProvisioningOptions: provisioningOptionsOf(tenant, g),
  };
}

const KNOWN_CASTS = new Set([
  "microsoft.graph.user",
  "microsoft.graph.group",
  "microsoft.graph.device",
  "microsoft.graph.servicePrincipal",
  "microsoft.graph.orgContact",
]);

/** Keeps the objects of the cast's type; an unknown type is a bad request. */
function castTo(objects: Record<string, unknown>[], cast: string | undefined): Record<string, unknown>[] {
  if (!cast) return objects;
  if (!KNOWN_CASTS.has(cast)) {
    throw new GraphFailure(400, "BadRequest", `The type '${cast}' is not a directory object type.`);
  }
  return objects.filter((o) => o["@odata.type"] === `#${cast}`);
}

/**
 * The advanced query parameters: header `ConsistencyLevel: eventual` and `$count=true`. Inside a JSON
 * batch the header must be on the request's own `headers` (https://learn.microsoft.com/graph/aad-advanced-queries,
 * note on batch requests).
 */
function requireAdvancedQuery(ctx: Ctx): void {
  const header = ctx.req.headers.get("ConsistencyLevel")?.trim().toLowerCase();
  const count = ctx.req.url.searchParams.get("$count")?.toLowerCase();
  if (header !== "eventual" || count !== "true") {
    throw new GraphFailure(
      400,
      "Request_UnsupportedQuery",
      "This query is an advanced query: it needs the header 'ConsistencyLevel: eventual' and '$count=true'.",
    );
  }
}

/** Every member of a group, through nested groups; nested groups themselves are listed too. */
function transitiveMemberIds(tenant: Tenant, groupId: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>([groupId]);
  const visit = (id: string): void => {
    const g = tenant.state.groups.find((x) => x.id === id);
    for (const memberId of g?.memberIds ?? []) {
      if (seen.has(memberId)) continue;
      seen.add(memberId);
      out.push(memberId);
      visit(memberId);
    }
  };
  visit(groupId);
  return out;
}

function directoryObjects(tenant: Tenant, ids: readonly string[]): Record<string, unknown>[] {
  return ids.flatMap((id) => {
    const user = tenant.user(id);
    if (user) return [userJson(user)];
    const group = tenant.state.groups.find((g) => g.id === id);
    if (group) return [groupJson(group)];
    const other = tenant.state.otherObjects?.find((o) => o.id === id);
    if (other) return [otherJson(other)];
    return [];
  });
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

/** A service principal or device: it has no mail, userPrincipalName or jobTitle. */
function otherJson(o: OtherDirectoryObject): Record<string, unknown> {
  return {
    "@odata.type": `#microsoft.graph.${o.kind}`,
    id: o.id,
    displayName: o.displayName,
    ...(o.kind === "servicePrincipal" ? { appId: o.id, servicePrincipalType: "Application" } : {}),
    ...(o.kind === "device" ? { operatingSystem: "Windows", accountEnabled: true } : {}),
  };
}

function select(ctx: Ctx, obj: Record<string, unknown>): Record<string, unknown> {
  const fields = ctx.req.url.searchParams.get("$select");
  if (!fields) return obj;
  const wanted = new Set(fields.split(",").map((s) => s.trim()));
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k.startsWith("@odata") || wanted.has(k)));
}

/** A collection page with @odata.nextLink, as Graph pages with $top and $skiptoken. */
function page(ctx: Ctx, all: Record<string, unknown>[], entitySet = "directoryObjects"): SimpleResponse {
  const params = ctx.req.url.searchParams;
  const rawTop = params.get("$top");
  const top = rawTop === null ? DEFAULT_PAGE : Number(rawTop);
  // Directory collections page 1 to 999 objects; a bigger $top is refused, not capped
  // (https://learn.microsoft.com/graph/paging; user-list-transitivememberof, group-list-members:
  // "The default and maximum page sizes are 100 and 999 objects").
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE) {
    throw new GraphFailure(
      400,
      "Request_BadRequest",
      `Invalid page size specified: '${rawTop ?? ""}'. Must be between 1 and ${MAX_PAGE} inclusive.`,
    );
  }
  const skip = Number(params.get("$skiptoken") ?? 0) || 0;
  const slice = all.slice(skip, skip + top).map((o) => select(ctx, o));
  const body: Record<string, unknown> = {
    "@odata.context": `${ctx.base}/$metadata#${entitySet}`,
    value: slice,
  };
  // $count=true is honoured only with ConsistencyLevel: eventual, and silently ignored without it
  // (https://learn.microsoft.com/graph/aad-advanced-queries, "Error handling for advanced queries").
  const eventual = ctx.req.headers.get("ConsistencyLevel")?.trim().toLowerCase() === "eventual";
  if (eventual && params.get("$count")?.toLowerCase() === "true") body["@odata.count"] = all.length;
  if (skip + top < all.length) {
    const next = new URL(ctx.req.url.href);
    next.searchParams.set("$skiptoken", String(skip + top));
    body["@odata.nextLink"] = next.href;
  }
  return json(200, body, { "Content-Type": "application/json" });
}

interface BatchRequestEntry {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: unknown;
}

/**
 * A JSON batch, with the rules of https://learn.microsoft.com/graph/json-batching: at most 20 requests;
 * each has an id (unique in the batch, not case-sensitive), a method and a relative url; a body needs a
 * Content-Type header; dependsOn names other ids of the batch. A malformed batch is 400 as a whole. A
 * request whose dependency failed answers 424 Failed Dependency. Each request carries only its own
 * headers (the outer request's ConsistencyLevel does not reach it).
 */
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
  const ids = new Set<string>();
  for (const r of requests) {
    if (typeof r.id !== "string" || r.id === "")
      throw new GraphFailure(400, "BadRequest", "Every request in a batch needs an id.");
    if (ids.has(r.id.toLowerCase()))
      throw new GraphFailure(400, "BadRequest", `The batch has more than one request with id '${r.id}'.`);
    ids.add(r.id.toLowerCase());
    if (typeof r.method !== "string" || typeof r.url !== "string")
      throw new GraphFailure(400, "BadRequest", `Request '${r.id}' of the batch needs a method and a url.`);
    if (/^[a-z][a-z0-9+.-]*:/i.test(r.url))
      throw new GraphFailure(400, "BadRequest", `Request '${r.id}' of the batch needs a relative url.`);
    if (r.body !== undefined && !Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === "content-type"))
      throw new GraphFailure(
        400,
        "BadRequest",
        `Request '${r.id}' of the batch has a body but no Content-Type.`,
      );
  }
  for (const r of requests) {
    if (r.dependsOn === undefined) continue;
    if (
      !Array.isArray(r.dependsOn) ||
      !r.dependsOn.every((d) => typeof d === "string" && ids.has(d.toLowerCase()))
    )
      throw new GraphFailure(
        400,
        "BadRequest",
        `Request '${String(r.id)}' of the batch depends on a request that is not in the batch.`,
      );
  }
  const responses: { id: string; status: number; headers: Record<string, string>; body: unknown }[] = [];
  const statusOf = new Map<string, number>();
  for (const r of requests) {
    const id = String(r.id);
    const failed = ((r.dependsOn ?? []) as string[]).some((d) => (statusOf.get(d.toLowerCase()) ?? 0) >= 400);
    if (failed) {
      const res = graphError(424, "FailedDependency", "A request this one depends on failed.");
      statusOf.set(id.toLowerCase(), 424);
      responses.push({ id, status: 424, headers: res.headers, body: JSON.parse(res.body) as unknown });
      continue;
    }
    const headers = new Headers(r.headers ?? {});
    headers.set("Authorization", ctx.req.headers.get("Authorization") ?? "");
    const url = new URL(`${ctx.base}/${String(r.url).replace(/^\//, "")}`);
    const body = r.body === undefined ? "" : typeof r.body === "string" ? r.body : JSON.stringify(r.body);
    const res = await handleGraph(
      ctx.tenant,
      { method: String(r.method).toUpperCase(), url, headers, body },
      true,
    );
    statusOf.set(id.toLowerCase(), res.status);
    responses.push({
      id,
      status: res.status,
      headers: res.headers,
      body: res.body ? (JSON.parse(res.body) as unknown) : null,
    });
  }
  return json(200, { responses }, { "Content-Type": "application/json" });
}
