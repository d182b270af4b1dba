import type { SPFI } from "@pnp/sp";
import "@pnp/sp/folders";
import { Item, type IItem } from "@pnp/sp/items";
import "@pnp/sp/security";
import { z } from "zod";
import {
  ALL_LISTS,
  listSitePath,
  PERMISSIONS,
  type ListDef,
  type PrincipalKind,
  type RoleName,
} from "../../../manifest";
import type { RoleGroups } from "../../app/config";
import { DataError, toDataError } from "../errors";

export type FolderAccess = "active" | "archived";
/** What a board folder needs: its name in every board-scoped list and its Microsoft 365 group. */
export interface BoardFolderTarget {
  folder: string;
  groupId: string;
}

/** The claims SharePoint knows Entra groups by: a Microsoft 365 group's members and owners, a security group. */
export const membersClaim = (groupId: string): string => `c:0o.c|federateddirectoryclaimprovider|${groupId}`;
export const ownersClaim = (groupId: string): string => `${membersClaim(groupId)}_o`;
export const securityClaim = (groupId: string): string => `c:0t.c|tenant|${groupId}`;

/** SharePoint keeps "Limited Access" itself (for what is shared below the folder): never removed. */
export const LIMITED_ACCESS = "Limited Access";
const FOLDER_NAME = /^[a-z0-9][a-z0-9-]*$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** SharePoint allows at most 100 requests in one $batch (PnPjs would split at 20 otherwise). */
const PER_BATCH = 100;

const IdRow = z.object({ Id: z.number() });
const FolderItemRow = z.object({ Id: z.number(), HasUniqueRoleAssignments: z.boolean() });
const AssignmentRows = z.array(
  z.object({
    PrincipalId: z.number(),
    RoleDefinitionBindings: z.array(z.object({ Id: z.number(), Name: z.string() })),
  }),
);

/** The lists with one folder per board (manifest `permissions: "boardFolders"`). */
export const boardScopedLists = (): ListDef[] => ALL_LISTS.filter((d) => d.permissions === "boardFolders");

/** The role assignments a board's folder in this list must have (PERMISSIONS). */
export const planFor = (def: ListDef, access: FolderAccess) =>
  PERMISSIONS[access === "archived" ? "archivedFolder" : (def.folderPermissions ?? "boardFolder")];

/** The claim of one of the three role groups (plan administrators, Executive, readers); null for any other principal. */
export function roleGroupClaim(kind: PrincipalKind, roles: RoleGroups): string | null {
  switch (kind) {
    case "administrators":
      return securityClaim(roles.administratorsGroupId);
    case "executive":
      return securityClaim(roles.executiveGroupId);
    case "readers":
      return securityClaim(roles.readersGroupId);
    default:
      return null;
  }
}

/** The claim SharePoint knows a principal of a board folder's plan by. */
export function claimFor(kind: PrincipalKind, target: BoardFolderTarget, roles: RoleGroups): string {
  const roleGroup = roleGroupClaim(kind, roles);
  if (roleGroup !== null) return roleGroup;
  switch (kind) {
    case "boardMembers":
      return membersClaim(target.groupId);
    case "boardOwners":
      return ownersClaim(target.groupId);
    default:
      // Every board's groups are granted at the site or on a list, never on one board's folder.
      throw new DataError("invalid", `A board folder cannot be granted to "${kind}".`);
  }
}

const pair = (principalId: number, roleId: number): string => `${principalId}:${roleId}`;

/** What one list's folder looks like before any change: missing, inheriting, or its own assignments. */
type FolderState =
  | { kind: "missing" }
  | { kind: "inherits" }
  | { kind: "unique"; assignments: { principalId: number; roleId: number; name: string }[] };

/**
 * Creates the board's folder in every board-scoped list (manifest lists with permissions "boardFolders")
 * if missing, breaks its inheritance and sets its role assignments to exactly the PERMISSIONS plan
 * (def.folderPermissions ?? "boardFolder" for "active"; "archivedFolder" for "archived"): group members
 * claim, group owners claim (`<groupId>_o`), the Executive / readers / administrators security groups.
 * Idempotent: run again, it adds what is missing and removes what should not be there (including the
 * caller's own Full Control that breakroleinheritance(false) grants). Reports progress per list.
 *
 * Two round trips for a board: one $batch reads who the principals are, the role ids and every folder's
 * state; one $batch makes what is missing and corrects the role assignments (none when nothing differs).
 */
export async function provisionBoardFolders(
  sp: SPFI,
  siteUrl: string,
  target: BoardFolderTarget,
  roles: RoleGroups,
  access: FolderAccess,
  onProgress?: (done: number, total: number, listTitle: string) => void,
): Promise<void> {
  if (!FOLDER_NAME.test(target.folder))
    throw new DataError(
      "invalid",
      `The folder name "${target.folder}" can only use lower-case letters, digits and dashes.`,
    );
  if (!GUID.test(target.groupId))
    throw new DataError("invalid", "The board's Microsoft 365 group is not a valid group id.");
  const lists = boardScopedLists();
  const sitePath = new URL(siteUrl).pathname.replace(/\/$/, "");
  const folderOf = (b: SPFI, def: ListDef) =>
    b.web.getFolderByServerRelativePath(`${sitePath}/${listSitePath(def)}/${target.folder}`);
  const folderItem = (b: SPFI, def: ListDef): IItem => Item(folderOf(b, def), "listItemAllFields");

  // 1. One $batch of reads: the caller, every principal and role of the plans, each folder's state.
  const kinds = [...new Set(lists.flatMap((def) => planFor(def, access).map((e) => e.principal)))];
  const roleNames = [
    ...new Set<RoleName>([
      ...lists.flatMap((def) => planFor(def, access).map((e) => e.role)),
      "Full Control",
    ]),
  ];
  const [reads, runReads] = sp.batched({ maxRequests: PER_BATCH });
  const me = reads.web.currentUser.select("Id")<unknown>();
  const principals = Promise.all(kinds.map((k) => reads.web.ensureUser(claimFor(k, target, roles))));
  const roleRows = Promise.all(roleNames.map((n) => reads.web.roleDefinitions.getByName(n)<unknown>()));
  const states = lists.map((def) => {
    const item = folderItem(reads, def);
    return Promise.allSettled([
      item.select("Id", "HasUniqueRoleAssignments")<unknown>(),
      item.roleAssignments.expand("RoleDefinitionBindings")<unknown>(),
    ]);
  });
  let myId: number;
  const principalId = new Map<PrincipalKind, number>();
  const roleId = new Map<RoleName, number>();
  const before: FolderState[] = [];
  try {
    await runReads();
    myId = IdRow.parse(await me).Id;
    (await principals).forEach((p, i) => principalId.set(kinds[i] as PrincipalKind, p.Id));
    (await roleRows).forEach((r, i) => roleId.set(roleNames[i] as RoleName, IdRow.parse(r).Id));
    for (const settled of await Promise.all(states)) before.push(folderState(settled));
  } catch (e) {
    throw toDataError(e);
  }

  // 2. One $batch of writes, in order: make the folder, break its inheritance without copying, grant
  // the plan, then take away anything else (the caller's own Full Control last).
  const [writes, runWrites] = sp.batched({ maxRequests: PER_BATCH });
  const calls: { list: string; call: Promise<unknown> }[] = [];
  lists.forEach((def, i) => {
    const state = before[i] ?? { kind: "missing" };
    const queue = (call: Promise<unknown>): void => {
      calls.push({ list: def.title, call });
    };
    const wanted = new Set(
      planFor(def, access).map((e) => pair(principalId.get(e.principal) ?? 0, roleId.get(e.role) ?? 0)),
    );
    if (state.kind === "missing")
      queue(writes.web.lists.getByTitle(def.title).rootFolder.folders.addUsingPath(target.folder));
    const current =
      state.kind === "unique"
        ? state.assignments
        : [{ principalId: myId, roleId: roleId.get("Full Control") ?? 0, name: "Full Control" }];
    const item = folderItem(writes, def);
    if (state.kind !== "unique") queue(item.breakRoleInheritance(false, false));
    const have = new Set(current.map((a) => pair(a.principalId, a.roleId)));
    for (const key of wanted) {
      if (have.has(key)) continue;
      const [p, r] = key.split(":").map(Number);
      queue(item.roleAssignments.add(p ?? 0, r ?? 0));
    }
    const extra = current
      .filter((a) => a.name !== LIMITED_ACCESS && !wanted.has(pair(a.principalId, a.roleId)))
      .sort((a, b) => Number(a.principalId === myId) - Number(b.principalId === myId));
    for (const a of extra) queue(item.roleAssignments.remove(a.principalId, a.roleId));
  });
  if (calls.length > 0) {
    const settled = Promise.allSettled(calls.map((c) => c.call));
    try {
      await runWrites();
    } catch (e) {
      throw toDataError(e);
    }
    const results = await settled;
    const failed = results.findIndex((r) => r.status === "rejected");
    if (failed >= 0) {
      const reason: unknown = (results[failed] as PromiseRejectedResult).reason;
      const err = toDataError(reason);
      throw new DataError(
        err.kind,
        `Setting up the board's folder in ${calls[failed]?.list ?? "a list"} did not finish: ${err.message} Run it again to finish it.`,
        err.status,
      );
    }
  }
  lists.forEach((def, i) => onProgress?.(i + 1, lists.length, def.title));
}

/** Reads one folder's state from its item and its role assignments; 404 means there is no folder yet. */
function folderState(settled: PromiseSettledResult<unknown>[]): FolderState {
  const [item, assignments] = settled;
  if (!item || item.status === "rejected") {
    const reason: unknown = item?.status === "rejected" ? item.reason : undefined;
    if (toDataError(reason).kind === "notFound") return { kind: "missing" };
    throw reason;
  }
  if (!FolderItemRow.parse(item.value).HasUniqueRoleAssignments) return { kind: "inherits" };
  if (!assignments || assignments.status === "rejected")
    throw assignments?.status === "rejected" ? assignments.reason : new Error("No role assignments read.");
  return {
    kind: "unique",
    assignments: AssignmentRows.parse(assignments.value).flatMap((a) =>
      a.RoleDefinitionBindings.map((b) => ({ principalId: a.PrincipalId, roleId: b.Id, name: b.Name })),
    ),
  };
}

/** A place whose own role assignments give every board's group its access: the site, or a list of its own. */
interface AccessScope {
  /** The list's title; null for the site. */
  list: string | null;
  grants: { claim: "members" | "owners"; role: RoleName }[];
}

/**
 * Where PERMISSIONS grants every board's group something: the site (PERMISSIONS.site) and each list
 * with permissions of its own (manifest `permissions: "list"`) whose plan names allBoardMembers or
 * allBoardOwners (TB Report Reviews).
 */
export function boardGroupAccessScopes(): AccessScope[] {
  const grantsOf = (plan: readonly { principal: PrincipalKind; role: RoleName }[]): AccessScope["grants"] =>
    plan.flatMap((e): AccessScope["grants"] =>
      e.principal === "allBoardMembers"
        ? [{ claim: "members", role: e.role }]
        : e.principal === "allBoardOwners"
          ? [{ claim: "owners", role: e.role }]
          : [],
    );
  const lists = ALL_LISTS.filter((d) => d.permissions === "list").map((d): AccessScope => ({
    list: d.title,
    grants: grantsOf(PERMISSIONS[d.listPermissions ?? "reportReviews"]),
  }));
  return [{ list: null, grants: grantsOf(PERMISSIONS.site) }, ...lists].filter((s) => s.grants.length > 0);
}

const ListRow = z.object({ HasUniqueRoleAssignments: z.boolean() });

/**
 * Gives a board's Microsoft 365 group what PERMISSIONS grants every board's group: its members claim
 * and its owners claim each get their role (Read) on the site and on every list with permissions of its
 * own that names all boards (boardGroupAccessScopes). Without it the people of a group that backs no
 * board yet cannot open the site at all. Only adds: what is there is kept, and nothing is ever taken
 * away (another board may use the same group). A list that inherits the site's permissions is skipped —
 * the site's grant reaches it.
 *
 * Two round trips: one $batch reads the claims, the role ids and the role assignments of each scope;
 * one $batch adds what is missing (none when nothing is). Needs Manage Permissions on the site and on
 * those lists (the plan administrators: Full Control on the site, Manage minutes on the lists).
 */
export async function grantBoardGroupSiteAccess(
  sp: SPFI,
  groupId: string,
  onProgress?: (done: number, total: number, what: string) => void,
): Promise<void> {
  if (!GUID.test(groupId))
    throw new DataError("invalid", "The board's Microsoft 365 group is not a valid group id.");
  const scopes = boardGroupAccessScopes();
  const roleNames = [...new Set(scopes.flatMap((s) => s.grants.map((g) => g.role)))];
  const scopeOf = (b: SPFI, scope: AccessScope) =>
    scope.list === null ? b.web : b.web.lists.getByTitle(scope.list);

  // 1. One $batch of reads.
  const [reads, runReads] = sp.batched({ maxRequests: PER_BATCH });
  const claims = Promise.all([
    reads.web.ensureUser(membersClaim(groupId)),
    reads.web.ensureUser(ownersClaim(groupId)),
  ]);
  const roleRows = Promise.all(roleNames.map((n) => reads.web.roleDefinitions.getByName(n)<unknown>()));
  const states = scopes.map((scope) =>
    Promise.all([
      scope.list === null
        ? Promise.resolve({ HasUniqueRoleAssignments: true })
        : reads.web.lists.getByTitle(scope.list).select("HasUniqueRoleAssignments")<unknown>(),
      scopeOf(reads, scope).roleAssignments.expand("RoleDefinitionBindings")<unknown>(),
    ]),
  );
  const principal = new Map<"members" | "owners", number>();
  const roleId = new Map<RoleName, number>();
  const before: { unique: boolean; have: Set<string> }[] = [];
  try {
    await runReads();
    const [members, owners] = await claims;
    principal.set("members", members.Id);
    principal.set("owners", owners.Id);
    (await roleRows).forEach((r, i) => roleId.set(roleNames[i] as RoleName, IdRow.parse(r).Id));
    for (const [row, assignments] of await Promise.all(states))
      before.push({
        unique: ListRow.parse(row).HasUniqueRoleAssignments,
        have: new Set(
          AssignmentRows.parse(assignments).flatMap((a) =>
            a.RoleDefinitionBindings.map((b) => pair(a.PrincipalId, b.Id)),
          ),
        ),
      });
  } catch (e) {
    throw toDataError(e);
  }

  // 2. One $batch adding what is missing.
  const [writes, runWrites] = sp.batched({ maxRequests: PER_BATCH });
  const calls: { where: string; call: Promise<unknown> }[] = [];
  scopes.forEach((scope, i) => {
    const state = before[i];
    if (!state?.unique) return;
    for (const g of scope.grants) {
      const p = principal.get(g.claim) ?? 0;
      const r = roleId.get(g.role) ?? 0;
      if (state.have.has(pair(p, r))) continue;
      state.have.add(pair(p, r));
      calls.push({ where: scope.list ?? "the site", call: scopeOf(writes, scope).roleAssignments.add(p, r) });
    }
  });
  if (calls.length > 0) {
    const settled = Promise.allSettled(calls.map((c) => c.call));
    try {
      await runWrites();
    } catch (e) {
      throw toDataError(e);
    }
    const results = await settled;
    const failed = results.findIndex((r) => r.status === "rejected");
    if (failed >= 0) {
      const err = toDataError((results[failed] as PromiseRejectedResult).reason);
      throw new DataError(
        err.kind,
        `Giving the board's team access to ${calls[failed]?.where ?? "the site"} did not finish: ${err.message} Run it again to finish it.`,
        err.status,
      );
    }
  }
  scopes.forEach((scope, i) => onProgress?.(i + 1, scopes.length, scope.list ?? "the site"));
}
