import { PERMISSION_KIND, ROLE_DEFINITIONS, type RoleDefinition } from "../../../manifest";
import { json, type SimpleResponse } from "../http";
import type { Tenant } from "../tenant";
import { SpFailure, accessDenied, badRequest, itemMissing } from "./errors";

/**
 * The site's role definitions (permission levels), as GET …/_api/web/roledefinitions
 * answers: SP.RoleDefinition with BasePermissions as two 32-bit halves of the
 * 64-bit mask, bit (kind − 1) for each SP.PermissionKind. The site has the
 * built-in levels and the one provisioning adds ("Contribute without delete").
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference
 */
export function basePermissions(role: RoleDefinition): { High: string; Low: string } {
  let low = 0n;
  let high = 0n;
  for (const p of role.permissions) {
    const bit = BigInt(PERMISSION_KIND[p] - 1);
    if (bit < 32n) low |= 1n << bit;
    else high |= 1n << (bit - 32n);
  }
  return { High: high.toString(), Low: low.toString() };
}

/** SharePoint's role type kinds for the built-in levels; a custom level is 0 (None). */
const ROLE_TYPE_KIND: Record<string, number> = { Read: 2, Contribute: 3, "Full Control": 5 };
/** Built-in ids as on a new site; ours gets the next free one. */
export const ROLE_ID: Record<string, number> = {
  "Full Control": 1073741829,
  Contribute: 1073741827,
  Read: 1073741826,
  "Contribute without delete": 1073741928,
  "Manage minutes": 1073741929,
};

/** A permission level as the site has it: built in, seeded from the manifest, or made over REST. */
interface SiteRole {
  id: number;
  name: string;
  description: string;
  builtIn: boolean;
  base: { High: string; Low: string };
}

/**
 * The site's permission levels: the built-in ones, and the custom ones — the manifest's on a seeded site
 * (state.customRoles absent), else those made over REST (a bare site starts with none).
 */
export function siteRoles(tenant: Tenant): SiteRole[] {
  const stored = tenant.state.customRoles;
  // In the manifest's order (a seeded site), with levels made over REST after the built-in ones.
  const fromManifest = ROLE_DEFINITIONS.filter((r) => r.builtIn || !stored).map((r) => ({
    id: ROLE_ID[r.name] ?? 0,
    name: r.name,
    description: r.description,
    builtIn: r.builtIn,
    base: basePermissions(r),
  }));
  const made = (stored ?? []).map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    builtIn: false,
    base: { High: r.high, Low: r.low },
  }));
  return [...fromManifest, ...made];
}

function roleJson(siteUrl: string, role: SiteRole): Record<string, unknown> {
  return {
    "odata.type": "SP.RoleDefinition",
    "odata.id": `${siteUrl}/_api/Web/RoleDefinitions(${role.id})`,
    BasePermissions: role.base,
    Description: role.description,
    Hidden: false,
    Id: role.id,
    Name: role.name,
    Order: role.builtIn ? 1 : 160,
    RoleTypeKind: ROLE_TYPE_KIND[role.name] ?? 0,
  };
}

const UINT32 = /^\d{1,10}$/;

/**
 * GET web/roledefinitions, …/roledefinitions(id) and …/roledefinitions/getbyname('…'); and
 * `POST web/roledefinitions` with { Name, Description, Order, BasePermissions: { High, Low } }, which
 * makes a permission level (SP.RoleDefinitionCollection.Add,
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference): it
 * needs Manage Permissions on the site ("ManagePermissions — Create and change permission levels on the
 * Web site and assign permissions to users and groups", SPBasePermissions,
 * https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms412690(v=office.15)), 403
 * otherwise; a name the site already has is refused. The emulator decides what a role allows by its
 * name (manifest ROLE_DEFINITIONS); the mask sent is kept and answered back.
 */
export function roleDefinitionsRoute(
  tenant: Tenant,
  siteUrl: string,
  path: string,
  method: string,
  body: string,
  canManage: () => boolean,
): SimpleResponse | null {
  if (!/^web\/roledefinitions/i.test(path)) return null;
  const rest = path.slice("web/roledefinitions".length).replace(/^\/getbyname/i, "/getbyname");
  const roles = siteRoles(tenant);
  if (method === "POST" && rest === "") {
    if (!canManage()) throw accessDenied();
    let parsed: {
      Name?: unknown;
      Description?: unknown;
      BasePermissions?: { High?: unknown; Low?: unknown };
    };
    try {
      parsed = JSON.parse(body || "{}") as typeof parsed;
    } catch {
      throw badRequest("Invalid JSON. The request body is not a JSON object.");
    }
    const name = typeof parsed.Name === "string" ? parsed.Name.trim() : "";
    const half = (v: unknown): string => (typeof v === "string" || typeof v === "number" ? String(v) : "");
    const high = half(parsed.BasePermissions?.High);
    const low = half(parsed.BasePermissions?.Low);
    if (name === "" || !UINT32.test(high) || !UINT32.test(low))
      throw badRequest("A role definition needs a Name and BasePermissions { High, Low }.");
    if (roles.some((r) => r.name.toLowerCase() === name.toLowerCase()))
      throw new SpFailure(
        400,
        "-2146232832, Microsoft.SharePoint.SPException",
        "The permission level name is already in use. Choose another name.",
      );
    const custom = (tenant.state.customRoles ??= roles
      .filter((r) => !r.builtIn)
      .map((r) => ({
        id: r.id,
        name: r.name,
        description: r.description,
        high: r.base.High,
        low: r.base.Low,
      })));
    const id = ROLE_ID[name] ?? 1073742000 + custom.length;
    const role = {
      id,
      name,
      description: typeof parsed.Description === "string" ? parsed.Description : "",
      high,
      low,
    };
    custom.push(role);
    tenant.changed();
    return json(201, roleJson(siteUrl, { ...role, builtIn: false, base: { High: high, Low: low } }));
  }
  if (method !== "GET") return null;
  if (rest === "") return json(200, { value: roles.map((r) => roleJson(siteUrl, r)) });
  const byId = /^\((\d+)\)$/.exec(rest);
  const byName = /^\/getbyname\('((?:[^']|'')*)'\)$/i.exec(rest);
  const found = byId
    ? roles.find((r) => r.id === Number(byId[1]))
    : byName
      ? roles.find((r) => r.name === (byName[1] ?? "").replace(/''/g, "'"))
      : undefined;
  if (!found) throw itemMissing();
  return json(200, roleJson(siteUrl, found));
}
