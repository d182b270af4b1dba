import type { RoleName } from "../../manifest";

/** A Microsoft Graph user as the emulator keeps it. */
export interface GraphUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string;
  jobTitle: string;
  companyName: string;
}

export interface GraphGroup {
  id: string;
  displayName: string;
  description: string;
  /** Microsoft 365 groups back boards (owners = chairs); security groups hold roles. */
  kind: "m365" | "security";
  /**
   * Direct members: users, and for security groups also nested groups and other directory objects.
   * Owners are a separate list: an owner is not a member unless listed here too.
   */
  memberIds: string[];
  /** Users or service principals (https://learn.microsoft.com/graph/api/group-post-owners). */
  ownerIds: string[];
}

/** A directory object that is neither a user nor a group (a group's members and owners can be these). */
export interface OtherDirectoryObject {
  id: string;
  kind: "servicePrincipal" | "device";
  displayName: string;
}

/** A row of the site's User Information List. */
export interface SiteUser {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
  UserPrincipalName: string;
  graphId: string;
}

export interface AclEntry {
  /**
   * The Entra group SharePoint grants to, by its claim: the group id for its members
   * (`c:0o.c|federateddirectoryclaimprovider|<id>`), or `<id>_o` for its owners (see `ownersClaim`).
   */
  groupId: string;
  role: RoleName;
}

/** One version of an item: every column's value as it stood, who saved it and when. */
export interface ItemVersion {
  /** The major version number (VersionLabel "n.0"). */
  label: number;
  fields: Record<string, unknown>;
  Modified: string;
  EditorId: number;
}

export interface StoredItem {
  Id: number;
  /** A folder's own item (FileSystemObjectType 1); made from StoredList.folders, never stored in items. */
  isFolder?: true;
  /** Folder name for board-scoped lists; null at the list root. */
  folder: string | null;
  version: number;
  fields: Record<string, unknown>;
  Created: string;
  Modified: string;
  AuthorId: number;
  EditorId: number;
  /** Every version kept so far, oldest first, the current one included (see sharepoint/versions.ts). */
  versions?: ItemVersion[];
}

export interface StoredList {
  title: string;
  nextId: number;
  items: StoredItem[];
  /**
   * Folders with unique permissions, by name. A folder is itself an item of its
   * list (SharePoint returns it in the items collection with FileSystemObjectType 1),
   * so it has an item id from the same sequence.
   */
  folders: Record<string, { acl: AclEntry[]; itemId?: number }>;
}

export interface TenantState {
  schemaVersion: 2;
  tenantId: string;
  users: GraphUser[];
  groups: GraphGroup[];
  /** Service principals and devices that are members or owners of groups. */
  otherObjects?: OtherDirectoryObject[];
  siteUsers: SiteUser[];
  nextSiteUserId: number;
  siteAcl: AclEntry[];
  lists: Record<string, StoredList>;
  roles: { executiveGroupId: string; readersGroupId: string; administratorsGroupId: string };
  /** Sign-in shortcuts for the local workbench. */
  personas: { role: string; label: string; userId: string }[];
  /** The site's regional settings (sharepoint/regional.ts); absent in older state files, meaning en-GB. */
  site?: { locale: SiteLocaleName };
}

/** The regional settings the emulated site can have: a UK site, or a default US one. */
export type SiteLocaleName = "en-GB" | "en-US";
