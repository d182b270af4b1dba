import { PERMISSION_KIND, ROLE_DEFINITIONS, type RoleDefinition } from "../../../manifest";
import { json, type SimpleResponse } from "../http";
import { itemMissing } from "./errors";

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

function roleJson(siteUrl: string, role: RoleDefinition): Record<string, unknown> {
  const id = ROLE_ID[role.name] ?? 0;
  return {
    "odata.type": "SP.RoleDefinition",
    "odata.id": `${siteUrl}/_api/Web/RoleDefinitions(${id})`,
    BasePermissions: basePermissions(role),
    Description: role.description,
    Hidden: false,
    Id: id,
    Name: role.name,
    Order: role.builtIn ? 1 : 160,
    RoleTypeKind: ROLE_TYPE_KIND[role.name] ?? 0,
  };
}

/** GET web/roledefinitions, …/roledefinitions(id) and …/roledefinitions/getbyname('…'). */
export function roleDefinitionsRoute(siteUrl: string, path: string, method: string): SimpleResponse | null {
  if (method !== "GET" || !/^web\/roledefinitions/i.test(path)) return null;
  const rest = path.slice("web/roledefinitions".length).replace(/^\/getbyname/i, "/getbyname");
  if (rest === "") return json(200, { value: ROLE_DEFINITIONS.map((r) => roleJson(siteUrl, r)) });
  const byId = /^\((\d+)\)$/.exec(rest);
  const byName = /^\/getbyname\('((?:[^']|'')*)'\)$/i.exec(rest);
  const found = byId
    ? ROLE_DEFINITIONS.find((r) => ROLE_ID[r.name] === Number(byId[1]))
    : byName
      ? ROLE_DEFINITIONS.find((r) => r.name === (byName[1] ?? "").replace(/''/g, "'"))
      : undefined;
  if (!found) throw itemMissing();
  return json(200, roleJson(siteUrl, found));
}
