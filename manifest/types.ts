/**
 * The SharePoint information architecture, as data. Provisioning, the emulated
 * tenant and the typed data layer all read these definitions, so a column is
 * named in exactly one place.
 */

export type FieldType =
  | "Text"
  | "Note"
  | "Number"
  | "DateTime"
  | "Choice"
  | "Boolean"
  | "User"
  | "UserMulti"
  | "LookupMulti"
  | "URL";

export interface FieldDef {
  /** SharePoint internal name; REST exposes User fields as `${name}Id`. */
  readonly name: string;
  readonly type: FieldType;
  readonly title: string;
  readonly required?: boolean;
  /** Indexed columns can be filtered and sorted on lists over 5,000 items. */
  readonly indexed?: boolean;
  /** Unique values (SharePoint requires the column to be indexed too). */
  readonly unique?: boolean;
  readonly choices?: readonly string[];
  /** DateTime: store the date only (shown as a date, no time). */
  readonly dateOnly?: boolean;
  /** Text: SharePoint's limit is 255. */
  readonly maxLength?: number;
  /** LookupMulti: the list title it points to. */
  readonly lookupList?: string;
  readonly min?: number;
  readonly max?: number;
}

/**
 * `site`: items inherit the site's permissions (everyone with site access reads,
 * plan administrators edit).
 * `boardFolders`: one folder per board with unique permissions — the board's
 * Microsoft 365 group contributes, the Executive and readers read.
 * `list`: the list itself has unique permissions (PERMISSIONS[listPermissions]); its items inherit them.
 */
export type PermissionModel = "site" | "boardFolders" | "list";

export interface ListDef {
  readonly title: string;
  /**
   * SharePoint's list template: 100 a custom list (the default), 101 a document library, whose URL is
   * `/sites/<site>/<url name>` rather than `/sites/<site>/Lists/<url name>` and whose items are files.
   */
  readonly template?: 100 | 101;
  /** For `boardFolders` lists: which plan in PERMISSIONS the board folders get (default `boardFolder`). */
  readonly folderPermissions?: "boardFolder" | "minutesFolder";
  /** For `list` lists: which plan in PERMISSIONS the list's own role assignments follow. */
  readonly listPermissions?: "reportReviews" | "executiveOnly";
  readonly description: string;
  readonly permissions: PermissionModel;
  readonly versioning: { readonly majorVersions: number };
  readonly fields: readonly FieldDef[];
}

/**
 * SharePoint base permissions this app relies on, with their SP.PermissionKind
 * numbers (bit n−1 of the role's 64-bit BasePermissions mask).
 * https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee536458(v=office.15)
 */
export const PERMISSION_KIND = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  ManageLists: 12,
  ViewFormPages: 13,
  Open: 17,
  ViewPages: 18,
  ManagePermissions: 26,
  /** Change the site's settings, e.g. its regional settings (provisioning only). */
  ManageWeb: 31,
  BrowseUserInfo: 28,
  UseRemoteAPIs: 38,
  /** Read who has which role (GET …/roleassignments); SharePoint makes Manage Permissions depend on it. */
  EnumeratePermissions: 63,
} as const;
export type PermissionKind = keyof typeof PERMISSION_KIND;

/** SharePoint role definitions we grant: three built in, one of our own (see ROLE_DEFINITIONS). */
export type RoleName =
  "Full Control" | "Contribute" | "Read" | "Contribute without delete" | "Manage minutes";

export interface RoleDefinition {
  readonly name: RoleName;
  /** Built-in roles exist on every site; ours is created by provisioning. */
  readonly builtIn: boolean;
  readonly description: string;
  /** For a built-in role, the permissions of it this app relies on (the real role has more). */
  readonly permissions: readonly PermissionKind[];
}

/** Who gets which role, by Entra group kind. */
export interface PermissionPlan {
  readonly site: readonly { readonly principal: PrincipalKind; readonly role: RoleName }[];
  readonly boardFolder: readonly { readonly principal: PrincipalKind; readonly role: RoleName }[];
  /**
   * Board folders of the meeting lists (meetings, their items, decisions): as `boardFolder`, but the
   * chairs and plan administrators may also manage permissions there, to lock published minutes.
   */
  readonly minutesFolder: readonly { readonly principal: PrincipalKind; readonly role: RoleName }[];
  /** What a meeting's items carry once its minutes are published (docs/HISTORY.md, "Published minutes"). */
  readonly publishedMinutes: readonly { readonly principal: PrincipalKind; readonly role: RoleName }[];
  /**
   * The Executive's decisions on highlight reports (TB Report Reviews): the Executive and plan
   * administrators add them, everyone else reads. This is how the Executive approves or returns a
   * report without any write access to a board's folders (docs/HISTORY.md, "Highlight reports").
   */
  readonly reportReviews: readonly { readonly principal: PrincipalKind; readonly role: RoleName }[];
  /**
   * The Executive's own workspace (TB Executive Summaries): only the Executive and plan administrators
   * have any access, so SharePoint itself refuses the rollup to anyone else.
   */
  readonly executiveOnly: readonly { readonly principal: PrincipalKind; readonly role: RoleName }[];
  /**
   * Every board folder (all board-scoped lists, meeting lists included) of a board whose plan is
   * archived: the board reads, the plan administrators may still correct (docs/HISTORY.md).
   */
  readonly archivedFolder: readonly { readonly principal: PrincipalKind; readonly role: RoleName }[];
}

/**
 * A board's Microsoft 365 group is two principals to SharePoint: its members and its owners (the
 * chairs), granted separately, because an owner need not be a member.
 */
export type PrincipalKind =
  | "administrators"
  | "executive"
  | "readers"
  | "boardMembers"
  | "boardOwners"
  | "allBoardMembers"
  | "allBoardOwners";

/** The list's URL segment under /Lists/ (provisioning creates it without spaces). */
export const listUrlName = (def: Pick<ListDef, "title">): string => def.title.replace(/\s+/g, "");

/** The list's path under its site: `Lists/<url name>`, or `<url name>` for a document library. */
export const listSitePath = (def: Pick<ListDef, "title" | "template">): string =>
  def.template === 101 ? listUrlName(def) : `Lists/${listUrlName(def)}`;
