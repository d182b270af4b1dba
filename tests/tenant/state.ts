import type { FieldDef, RoleName } from "../../manifest";

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
  /** A file's bytes at that version, base64 (document libraries keep every version's content). */
  fileBase64?: string;
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
  /**
   * The item's own role assignments once its inheritance is broken (sharepoint/roleAssignments.ts);
   * absent while it inherits its folder's (or the site's) permissions.
   */
  acl?: ItemAclEntry[];
  /** A document library's file: its name and bytes (sharepoint/files.ts). */
  file?: StoredFile;
}

/** A role assignment on an item with unique permissions: to a group claim, or to one person. */
export type ItemAclEntry = AclEntry | { siteUserId: number; role: RoleName };

export interface StoredFile {
  name: string;
  /** The file's bytes, base64. */
  base64: string;
  uniqueId: string;
}

/**
 * A folder at the root of a list or library. The seeded board folders have unique permissions; a folder
 * created over REST (sharepoint/folders.ts) inherits its list's (or the site's) until its inheritance is
 * broken (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface).
 */
export interface StoredFolder {
  /** The folder's own role assignments; empty and ignored while `inherits` is set. */
  acl: ItemAclEntry[];
  /** Set while the folder inherits its parent's role assignments (absent in older state: unique). */
  inherits?: true;
  itemId?: number;
  /** When and by whom a folder created over REST was made (seeded folders take the list's first item's). */
  Created?: string;
  AuthorId?: number;
}

export interface StoredList {
  title: string;
  nextId: number;
  items: StoredItem[];
  /**
   * The list's folders, by name. A folder is itself an item of its list (SharePoint
   * returns it in the items collection with FileSystemObjectType 1), so it has an
   * item id from the same sequence.
   */
  folders: Record<string, StoredFolder>;
  /**
   * The list's own role assignments when it does not inherit the site's (manifest `permissions: "list"`):
   * items outside a folder inherit these instead of the site's.
   * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/set-custom-permissions-on-a-list-by-using-the-rest-interface
   * Changed over REST like the site's (sharepoint/roleAssignments.ts), so it may name a person too.
   */
  acl?: ItemAclEntry[];
  /**
   * The list's schema when it was made over REST (sharepoint/lists.ts): its template, address, columns
   * with their indexes, and versioning. Absent for a seeded list, whose schema is the manifest's list of
   * the same title (seed.ts makes every list exactly as provisioning does: tests/tenant/provision.test.ts).
   */
  schema?: StoredListSchema;
}

/** A list's settings and columns as SharePoint keeps them (sharepoint/lists.ts). */
export interface StoredListSchema {
  /** The list's GUID, fixed when it is made (a seeded list's comes from its title). */
  id?: string;
  /** 100 a custom list, 101 a document library. */
  template: 100 | 101;
  /** The list's URL segment, fixed when it is made (from the title it was made with). */
  url: string;
  description: string;
  enableVersioning: boolean;
  majorVersionLimit: number;
  enableFolderCreation: boolean;
  /** The columns added to the list (built-in columns such as Title are not kept here). */
  fields: FieldDef[];
}

/** A permission level made on the site over REST (sharepoint/roles.ts). */
export interface StoredRoleDefinition {
  id: number;
  name: string;
  description: string;
  /** SP.BasePermissions: the two 32-bit halves of the 64-bit mask, as decimal strings. */
  high: string;
  low: string;
}

export interface TenantState {
  /**
   * 6: a board's new group is given the site and TB Report Reviews over REST (web and list role
   * assignments); the seed has spare teams and the administrators' folder role is Manage minutes.
   */
  schemaVersion: 6;
  tenantId: string;
  users: GraphUser[];
  groups: GraphGroup[];
  /** Service principals and devices that are members or owners of groups. */
  otherObjects?: OtherDirectoryObject[];
  siteUsers: SiteUser[];
  nextSiteUserId: number;
  /** The site's (root web's) role assignments: group claims, and people once added over REST. */
  siteAcl: ItemAclEntry[];
  lists: Record<string, StoredList>;
  roles: { executiveGroupId: string; readersGroupId: string; administratorsGroupId: string };
  /** Sign-in shortcuts for the local workbench. */
  personas: { role: string; label: string; userId: string }[];
  /** The site's regional settings (sharepoint/regional.ts); absent in older state files, meaning en-GB. */
  site?: { locale: SiteLocaleName };
  /** Teams behind the board groups (graph/teamwork.ts); absent in older state files, meaning none yet. */
  teamwork?: TeamworkState;
  /**
   * The site's custom permission levels. Absent (every seeded state): the manifest's own levels exist, as
   * provisioning makes them. A bare site (seed.ts bareSite) starts with none.
   */
  customRoles?: StoredRoleDefinition[];
  /**
   * Site collection administrators, by Entra user id: they hold every permission on everything in the
   * site, whatever its role assignments (sharepoint/lists.ts). Absent: none.
   */
  siteCollectionAdmins?: string[];
  /** Which data set this is (tests/tenant/scale.ts DATASETS); absent means the demo. */
  dataset?: "demo" | "scale";
}

/** A standard channel of a team (https://learn.microsoft.com/graph/api/resources/channel). */
export interface TeamChannel {
  id: string;
  displayName: string;
  description: string;
  createdDateTime: string;
}

/** A channel message as Graph keeps it (chatMessage); mentions name users by their Entra id. */
export interface StoredChannelMessage {
  id: string;
  teamId: string;
  channelId: string;
  createdDateTime: string;
  fromUserId: string;
  contentType: "html" | "text";
  content: string;
  mentions: { id: number; mentionText: string; userId: string }[];
}

/** What a person sees in their Teams activity feed: an app's activity notification or an @mention. */
export interface FeedNotification {
  id: string;
  kind: "activity" | "mention";
  createdDateTime: string;
  actorUserId: string;
  teamId: string;
  /** The manifest's activity type; "mention" for @mentions. */
  activityType: string;
  /** The feed's Actor + Reason line, e.g. "Dana Chair asked you to update 3 actions on Early Help". */
  text: string;
  previewText: string;
  webUrl: string;
}

/** An event in a Microsoft 365 group's calendar (https://learn.microsoft.com/graph/api/resources/event). */
export interface GroupEvent {
  id: string;
  groupId: string;
  subject: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  location: string;
  isOnlineMeeting: boolean;
  joinUrl: string | null;
  createdDateTime: string;
  createdByUserId: string;
}

export interface TeamworkState {
  /** By team (= group) id: a group is a team when it has channels here. */
  channels: Record<string, TeamChannel[]>;
  /** By channel id. */
  messages: Record<string, StoredChannelMessage[]>;
  /** By recipient user id, oldest first. */
  notifications: Record<string, FeedNotification[]>;
  /** By group id. */
  events: Record<string, GroupEvent[]>;
}

/** The regional settings the emulated site can have: a UK site, or a default US one. */
export type SiteLocaleName = "en-GB" | "en-US";
