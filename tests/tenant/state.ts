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
  memberIds: string[];
  ownerIds: string[];
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
  /** Entra group id (SharePoint grants to groups by their claim). */
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
  schemaVersion: 1;
  tenantId: string;
  users: GraphUser[];
  groups: GraphGroup[];
  siteUsers: SiteUser[];
  nextSiteUserId: number;
  siteAcl: AclEntry[];
  lists: Record<string, StoredList>;
  roles: { executiveGroupId: string; readersGroupId: string; administratorsGroupId: string };
  /** Sign-in shortcuts for the local workbench. */
  personas: { role: string; label: string; userId: string }[];
}

export const ROLE_RANK: Record<RoleName, number> = { Read: 1, Contribute: 2, "Full Control": 3 };
