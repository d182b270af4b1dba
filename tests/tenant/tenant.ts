import { PERMISSION_KIND, roleDefinition, type PermissionKind } from "../../manifest";
import { Faults, type Service } from "./faults";
import { type GraphUser, type ItemAclEntry, type SiteUser, type TenantState } from "./state";

/** The ACL principal for a group's owners: SharePoint's owners claim ends in `_o` after the group id. */
export const ownersClaim = (groupId: string): string => `${groupId}_o`;

export interface LoggedRequest {
  service: Service | "control";
  method: string;
  url: string;
  status: number;
  /** Response body size in bytes. */
  bytes: number;
  /** Requests inside a $batch, for batches. */
  parts?: number;
}

/**
 * The emulated tenant: one store of Graph and SharePoint state, the faults
 * switched on, and a log of the HTTP requests it answered (round trips are
 * what the benchmarks count).
 */
export class Tenant {
  readonly faults = new Faults();
  readonly log: LoggedRequest[] = [];
  private listeners: (() => void)[] = [];

  constructor(public state: TenantState) {}

  /** Called after every change, e.g. to persist the state to disk. */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }

  replaceState(state: TenantState): void {
    this.state = state;
    this.changed();
  }

  user(id: string): GraphUser | undefined {
    return this.state.users.find((u) => u.id === id);
  }

  userByUpn(upn: string): GraphUser | undefined {
    const wanted = upn.toLowerCase();
    return this.state.users.find((u) => u.userPrincipalName.toLowerCase() === wanted);
  }

  /**
   * Every group the user is a member of, directly or through nested groups. Owning a group is not
   * membership: owners and members are two lists
   * (https://learn.microsoft.com/graph/api/resources/groups-overview, "Group membership" and owners).
   */
  transitiveGroupIds(userId: string): Set<string> {
    const result = new Set<string>();
    let frontier = new Set([userId]);
    while (frontier.size > 0) {
      const next = new Set<string>();
      for (const group of this.state.groups) {
        if (result.has(group.id)) continue;
        if (group.memberIds.some((m) => frontier.has(m))) {
          result.add(group.id);
          next.add(group.id);
        }
      }
      frontier = next;
    }
    return result;
  }

  /** The groups the user owns. Ownership is direct only: owning a nested group owns nothing above it. */
  ownedGroupIds(userId: string): Set<string> {
    return new Set(this.state.groups.filter((g) => g.ownerIds.includes(userId)).map((g) => g.id));
  }

  /**
   * The group claims SharePoint sees for the user: each group they are a (transitive) member of, and
   * the owners claim (`<id>_o`) of each group they own. A group-connected site grants the members
   * claim `c:0o.c|federateddirectoryclaimprovider|<groupId>` and the owners claim `…|<groupId>_o`
   * separately, so an owner who is not a member gets only what the owners claim is granted
   * (https://learn.microsoft.com/sharepoint/dev/transform/modernize-connect-to-office365-group-permissions:
   * owners flow to the site's owners and admins, members to its members group).
   */
  groupClaims(userId: string): Set<string> {
    const claims = new Set(this.transitiveGroupIds(userId));
    for (const id of this.ownedGroupIds(userId)) claims.add(ownersClaim(id));
    return claims;
  }

  /**
   * What an ACL lets the user do: the union of the base permissions of every
   * role assigned to a claim they hold, or to them as a site user, as SharePoint combines role
   * assignments.
   */
  permissionsIn(userId: string, acl: readonly ItemAclEntry[]): Set<PermissionKind> {
    // "Users who are added to the site collection administrators group are granted full control to all
    // sites and other securable objects within the entire site collection", whatever the role assignments
    // (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/bb250123(v=office.14)).
    if (this.state.siteCollectionAdmins?.includes(userId))
      return new Set(Object.keys(PERMISSION_KIND) as PermissionKind[]);
    const claims = this.groupClaims(userId);
    let siteUserId: number | undefined;
    const granted = new Set<PermissionKind>();
    for (const entry of acl) {
      let holds: boolean;
      if ("groupId" in entry) holds = claims.has(entry.groupId);
      else {
        siteUserId ??= this.state.siteUsers.find((s) => s.graphId === userId)?.Id ?? -1;
        holds = entry.siteUserId === siteUserId;
      }
      if (holds) for (const p of roleDefinition(entry.role).permissions) granted.add(p);
    }
    return granted;
  }

  /** Whether the ACL lets the user see what it protects at all. */
  canView(userId: string, acl: readonly ItemAclEntry[]): boolean {
    return this.permissionsIn(userId, acl).has("ViewListItems");
  }

  /** Like SharePoint's ensureuser: adds the person to the site's user list once. */
  ensureSiteUser(user: GraphUser): SiteUser {
    const existing = this.state.siteUsers.find((s) => s.graphId === user.id);
    if (existing) return existing;
    const created: SiteUser = {
      Id: this.state.nextSiteUserId++,
      LoginName: `i:0#.f|membership|${user.userPrincipalName.toLowerCase()}`,
      Title: user.displayName,
      Email: user.mail,
      UserPrincipalName: user.userPrincipalName,
      graphId: user.id,
    };
    this.state.siteUsers.push(created);
    this.changed();
    return created;
  }

  siteUser(id: number): SiteUser | undefined {
    return this.state.siteUsers.find((s) => s.Id === id);
  }

  record(entry: LoggedRequest): void {
    this.log.push(entry);
    if (this.log.length > 5000) this.log.splice(0, this.log.length - 5000);
  }

  clearLog(): void {
    this.log.length = 0;
  }
}
