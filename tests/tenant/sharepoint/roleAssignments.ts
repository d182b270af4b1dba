import { roleDefinition, type PermissionKind, type RoleName } from "../../../manifest";
import { json, type SimpleRequest, type SimpleResponse } from "../http";
import type { AclEntry, ItemAclEntry, SiteUser, StoredList } from "../state";
import type { Tenant } from "../tenant";
import { SpFailure, accessDenied, badRequest } from "./errors";
import { ROLE_ID, siteRoles } from "./roles";

/**
 * Item-level permissions, as SharePoint's REST API changes them
 * ("Users, groups, and roles REST API reference",
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference):
 *
 * - `POST …/items(id)/breakroleinheritance(copyroleassignments=…, clearsubscopes=…)` gives the item role
 *   assignments of its own. With `copyroleassignments=true` they are a copy of its parent's (the board
 *   folder's); with `false` only the caller is assigned, with full control
 *   (SPListItem.BreakRoleInheritance: "otherwise, this method adds the current user to the permission
 *   level that is required to manage the list item",
 *   https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee551607(v=office.14)).
 *   The caller needs Manage Permissions where the item is ("The current user does not have the 'Manage
 *   Permissions' permission on this securable object", UnauthorizedAccessException — SPSecurableObject
 *   .BreakRoleInheritance, https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee573144(v=office.14)).
 * - `POST …/roleassignments/addroleassignment(principalid=…, roledefid=…)` and
 *   `…/removeroleassignment(principalid=…, roledefid=…)` (SP.RoleAssignmentCollection), on an item with
 *   unique permissions only; Manage Permissions again.
 * - `GET …/roleassignments?$expand=Member,RoleDefinitionBindings` (Enumerate Permissions).
 * - `POST …/resetroleinheritance` makes the item inherit again.
 *
 * A principal id is a site user id: a person, or an Entra group's claim that `ensureuser` added to the
 * site (`c:0o.c|federateddirectoryclaimprovider|<groupId>` for a Microsoft 365 group's members,
 * `…|<groupId>_o` for its owners, `c:0t.c|tenant|<groupId>` for a security group).
 */

export interface SecurityCall {
  tenant: Tenant;
  req: SimpleRequest;
  siteUrl: string;
  method: string;
  userId: string;
  siteUserId: number;
}

const M365_CLAIM = "c:0o.c|federateddirectoryclaimprovider|";
const SECURITY_CLAIM = "c:0t.c|tenant|";

const isGroupEntry = (e: ItemAclEntry): e is AclEntry => "groupId" in e;

/** What an item's own role assignments let the caller do: their group claims' roles and their own. */
export function itemPermissions(
  tenant: Tenant,
  userId: string,
  siteUserId: number,
  acl: readonly ItemAclEntry[],
): Set<PermissionKind> {
  const granted = tenant.permissionsIn(userId, acl.filter(isGroupEntry));
  for (const entry of acl)
    if (!isGroupEntry(entry) && entry.siteUserId === siteUserId)
      for (const p of roleDefinition(entry.role).permissions) granted.add(p);
  return granted;
}

/** The login name SharePoint gives a group claim. */
function claimLoginName(tenant: Tenant, claim: string): string {
  const group = tenant.state.groups.find((g) => g.id === claim.replace(/_o$/, ""));
  return group?.kind === "security" ? `${SECURITY_CLAIM}${claim}` : `${M365_CLAIM}${claim}`;
}

/**
 * `ensureuser` for a group claim: adds the claim to the site's users once and returns it, or null when
 * the login name is not a claim of a group in the directory.
 */
export function ensureClaimUser(tenant: Tenant, logonName: string): SiteUser | null {
  const lower = logonName.toLowerCase();
  const prefix = [M365_CLAIM, SECURITY_CLAIM].find((p) => lower.startsWith(p));
  if (!prefix) return null;
  const claim = logonName.slice(prefix.length);
  const group = tenant.state.groups.find((g) => g.id === claim.replace(/_o$/, ""));
  if (!group || (claim.endsWith("_o") && group.kind !== "m365")) return null;
  return claimUser(tenant, claim);
}

function claimUser(tenant: Tenant, claim: string): SiteUser {
  const existing = tenant.state.siteUsers.find((s) => s.graphId === claim);
  if (existing) return existing;
  const group = tenant.state.groups.find((g) => g.id === claim.replace(/_o$/, ""));
  const title = `${group?.displayName ?? claim}${claim.endsWith("_o") ? " Owners" : ""}`;
  const created: SiteUser = {
    Id: tenant.state.nextSiteUserId++,
    LoginName: claimLoginName(tenant, claim),
    Title: title,
    Email: "",
    UserPrincipalName: "",
    graphId: claim,
  };
  tenant.state.siteUsers.push(created);
  tenant.changed();
  return created;
}

/** SP.User for a site user or a group claim (PrincipalType 1 user, 4 security group). */
export function principalJson(tenant: Tenant, siteUrl: string, u: SiteUser): Record<string, unknown> {
  const isPerson = tenant.user(u.graphId) !== undefined;
  return {
    "odata.type": "SP.User",
    "odata.id": `${siteUrl}/_api/Web/GetUserById(${u.Id})`,
    Id: u.Id,
    LoginName: u.LoginName,
    Title: u.Title,
    Email: u.Email,
    UserPrincipalName: isPerson ? u.UserPrincipalName : null,
    IsSiteAdmin: false,
    PrincipalType: isPerson ? 1 : 4,
  };
}

const principalMissing = (id: number): SpFailure =>
  new SpFailure(
    400,
    "-2146232832, Microsoft.SharePoint.SPException",
    `Can not find the principal with id: ${id}.`,
  );

/** The site's permission level with this id (a custom one only once it exists on the site: roles.ts). */
const roleByDefId = (tenant: Tenant, id: number): RoleName => {
  const name = siteRoles(tenant).find((r) => r.id === id)?.name;
  if (!name)
    throw new SpFailure(
      400,
      "-2146232832, Microsoft.SharePoint.SPException",
      "Cannot find the role definition.",
    );
  return name as RoleName;
};

function entryFor(tenant: Tenant, principalId: number, role: RoleName): ItemAclEntry {
  const u = tenant.siteUser(principalId);
  if (!u) throw principalMissing(principalId);
  return tenant.user(u.graphId) ? { siteUserId: u.Id, role } : { groupId: u.graphId, role };
}

const principalIdOf = (tenant: Tenant, e: ItemAclEntry): number =>
  isGroupEntry(e) ? claimUser(tenant, e.groupId).Id : e.siteUserId;

const sameEntry = (a: ItemAclEntry, b: ItemAclEntry): boolean =>
  a.role === b.role &&
  (isGroupEntry(a) && isGroupEntry(b)
    ? a.groupId === b.groupId
    : !isGroupEntry(a) && !isGroupEntry(b) && a.siteUserId === b.siteUserId);

const VOID = { "odata.null": true };

/**
 * What has role assignments of its own once its inheritance is broken: a list item, a file's item, or a
 * folder's item (sharepoint/folders.ts). `acl` is absent (undefined) while it inherits.
 */
export interface Securable {
  acl?: ItemAclEntry[] | undefined;
}

/**
 * Answers `…/items(id)/<rest>` (or `…/ListItemAllFields/<rest>`) when rest is one of the security calls
 * above; null otherwise. `inherited` is the ACL the item has while it inherits (its folder's, its list's
 * or the site's).
 */
export function itemSecurityRoute(
  call: SecurityCall,
  item: Securable,
  inherited: readonly ItemAclEntry[],
  rest: string,
): SimpleResponse | null {
  const lower = rest.toLowerCase().replace(/\s+/g, "");
  const isSecurity = /^\/(breakroleinheritance|resetroleinheritance|roleassignments)/.test(lower);
  if (!isSecurity) return null;
  const { tenant, method } = call;
  const current = item.acl ?? inherited;
  const mine = itemPermissions(tenant, call.userId, call.siteUserId, current);

  if (lower === "/roleassignments" && method === "GET") {
    if (!mine.has("EnumeratePermissions")) throw accessDenied();
    return json(200, { value: assignmentsJson(call, current) });
  }
  if (method !== "POST") throw badRequest(`The emulated tenant does not implement '${method} ${rest}'.`);
  if (!mine.has("ManagePermissions")) throw accessDenied();

  const brk =
    /^\/breakroleinheritance\(copyroleassignments=(true|false)(?:,clearsubscopes=(true|false))?\)$/.exec(
      lower,
    );
  if (brk) {
    // An item that already has unique permissions keeps them.
    if (!item.acl)
      item.acl =
        brk[1] === "true"
          ? structuredClone([...inherited])
          : [{ siteUserId: call.siteUserId, role: "Full Control" }];
    tenant.changed();
    return json(200, VOID);
  }
  if (lower === "/resetroleinheritance" || lower === "/resetroleinheritance()") {
    item.acl = undefined;
    tenant.changed();
    return json(200, VOID);
  }
  const change =
    /^\/roleassignments\/(addroleassignment|removeroleassignment)\(principalid=(\d+),roledefid=(\d+)\)$/.exec(
      lower,
    );
  if (change) {
    if (!item.acl)
      throw new SpFailure(
        400,
        "-2146232832, Microsoft.SharePoint.SPException",
        "This operation is not allowed on an object that inherits permissions.",
      );
    const entry = entryFor(tenant, Number(change[2]), roleByDefId(tenant, Number(change[3])));
    const present = item.acl.some((e) => sameEntry(e, entry));
    if (change[1] === "addroleassignment" && !present) item.acl.push(entry);
    if (change[1] === "removeroleassignment") item.acl = item.acl.filter((e) => !sameEntry(e, entry));
    tenant.changed();
    return json(200, VOID);
  }
  throw badRequest(`The emulated tenant does not implement 'POST ${rest}'.`);
}

/** SP.RoleAssignment per principal, with Member and RoleDefinitionBindings expanded when asked. */
function assignmentsJson(call: SecurityCall, acl: readonly ItemAclEntry[]): Record<string, unknown>[] {
  const expand = (call.req.url.searchParams.get("$expand") ?? "").toLowerCase();
  const byPrincipal = new Map<number, RoleName[]>();
  for (const e of acl) {
    const id = principalIdOf(call.tenant, e);
    byPrincipal.set(id, [...(byPrincipal.get(id) ?? []), e.role]);
  }
  return [...byPrincipal.entries()].map(([id, roles]) => {
    const out: Record<string, unknown> = { "odata.type": "SP.RoleAssignment", PrincipalId: id };
    const user = call.tenant.siteUser(id);
    if (expand.includes("member") && user) out["Member"] = principalJson(call.tenant, call.siteUrl, user);
    if (expand.includes("roledefinitionbindings"))
      out["RoleDefinitionBindings"] = roles.map((r) => ({
        "odata.type": "SP.RoleDefinition",
        Id: ROLE_ID[r] ?? 0,
        Name: r,
      }));
    return out;
  });
}

/**
 * The site's own role assignments, as SharePoint changes them on the web over REST ("Users, groups, and
 * roles REST API reference", https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference):
 * `GET _api/web/roleassignments` (Enumerate Permissions on the site) and
 * `POST _api/web/roleassignments/addroleassignment(principalid=…,roledefid=…)` /
 * `…/removeroleassignment(…)` (Manage Permissions on the site; 403 Access denied otherwise). The site is
 * its site collection's root web, which always has role assignments of its own: there is nothing to
 * inherit from, so breaking or resetting its inheritance is not offered. Null when the path is not one
 * of these calls.
 */
export function webSecurityRoute(call: SecurityCall, path: string): SimpleResponse | null {
  const m = /^web(\/(?:roleassignments|breakroleinheritance|resetroleinheritance)\b.*)$/i.exec(path);
  if (!m) return null;
  const rest = m[1] ?? "";
  if (!/^\/roleassignments/i.test(rest))
    throw badRequest(
      `The emulated tenant does not implement '${call.method} ${rest}' on the site: a site collection's root web always has permissions of its own.`,
    );
  const { tenant } = call;
  const web: Securable = {
    get acl(): ItemAclEntry[] {
      return tenant.state.siteAcl;
    },
    set acl(acl: ItemAclEntry[] | undefined) {
      tenant.state.siteAcl = acl ?? [];
    },
  };
  return itemSecurityRoute(call, web, tenant.state.siteAcl, rest);
}

/**
 * A list as a securable object: its own role assignments (manifest `permissions: "list"`, e.g. TB Report
 * Reviews) or, while it inherits, none — its items then follow the site's. `…/lists/getbytitle('…')/
 * roleassignments/addroleassignment(…)` and the rest work on it as on an item (itemSecurityRoute), with
 * Manage Permissions on the list ("Set custom permissions on a list by using the REST interface",
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface).
 */
export function listSecurable(tenant: Tenant, list: StoredList): Securable {
  return {
    get acl(): ItemAclEntry[] | undefined {
      return list.acl;
    },
    set acl(acl: ItemAclEntry[] | undefined) {
      if (acl === undefined) delete list.acl;
      else list.acl = acl;
      tenant.changed();
    },
  };
}
