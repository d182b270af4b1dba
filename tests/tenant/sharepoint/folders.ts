import { type ListDef, type PermissionKind } from "../../../manifest";
import { json, type SimpleResponse } from "../http";
import type { ItemAclEntry, StoredFolder, StoredItem, StoredList } from "../state";
import type { Tenant } from "../tenant";
import { SpFailure, accessDenied, badRequest, fileMissing } from "./errors";
import { listGuid } from "./fields";
import { emulatedSitePath, listDefIn } from "./lists";
import { parseItemQuery, serialiseItem } from "./query";
import { itemSecurityRoute, type Securable, type SecurityCall } from "./roleAssignments";

/**
 * Folders at the root of a list or library, as SharePoint's REST API makes and secures them
 * ("Working with folders and files with REST",
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest):
 *
 * - `POST …/lists/getbytitle('…')/rootFolder/folders/addUsingPath(DecodedUrl='<name>',overwrite=false)`
 *   (what PnPjs v4 sends for `list.rootFolder.folders.addUsingPath(name)`) and
 *   `POST …/web/folders/addUsingPath(DecodedUrl='<server-relative url>',overwrite=false)` answer the new
 *   SP.Folder (SP.FolderCollection.AddUsingPath,
 *   https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.foldercollection.addusingpath).
 *   A folder is a list item, so making one needs Add Items where it is made ("AddListItems — Add items
 *   to lists and add documents to document libraries", SPBasePermissions,
 *   https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms412690(v=office.15));
 *   without it: 403 Access denied. A name that is taken (case-insensitively, as SharePoint URLs are) is
 *   refused with SharePoint's "A file or folder with the name … already exists." (SPException, as
 *   reported from addUsingPath in https://github.com/pnp/pnpcore/issues/446 and from folder creation in
 *   https://github.com/pnp/PnP-PowerShell/issues/585; the older `folders.add` returned the existing folder
 *   instead, https://github.com/pnp/pnpjs/issues/1528) — with `overwrite=true` the existing folder is
 *   answered. Names with characters SharePoint does not allow in a file or folder name are refused
 *   ("Invalid file names and file types in OneDrive and SharePoint",
 *   https://support.microsoft.com/office/64883a5d-228e-48f5-b3d2-eb39e07630fa).
 * - The new folder is an item of the list (FileSystemObjectType 1) with the next id of the list's
 *   sequence, and inherits its parent's permissions — the list's, or the site's when the list has none
 *   — until its inheritance is broken ("Understanding permission inheritance": "by default, all sites,
 *   lists and libraries and items inherit permissions from the parent",
 *   https://learn.microsoft.com/sharepoint/what-is-permissions-inheritance).
 * - `GET …/rootFolder/folders('<name>')` (PnPjs `folders.getByUrl`), `…/ListItemAllFields` (the folder's
 *   item; SP.Folder.ListItemAllFields, https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee538887(v=office.15))
 *   and, on that item, breakroleinheritance / roleassignments / resetroleinheritance as on any item
 *   (roleAssignments.ts). Once broken, the folder's own role assignments decide who may read or write
 *   anything in it (service.ts permissionsAt). A folder the caller cannot see answers 404.
 */

const nowIso = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

/** The role assignments that apply at the list's root: its own, or the site's. */
export const listRootAcl = (tenant: Tenant, list: StoredList): readonly ItemAclEntry[] =>
  list.acl ?? tenant.state.siteAcl;

/** The folder's stored name as it is spelt, from a name in any case; undefined when there is none. */
export const folderNamed = (list: StoredList, name: string): string | undefined =>
  Object.keys(list.folders).find((f) => f.toLowerCase() === name.toLowerCase());

/** The role assignments that apply in a folder: its own, or while it inherits, its list's. */
export function folderAcl(tenant: Tenant, list: StoredList, folder: StoredFolder): readonly ItemAclEntry[] {
  return folder.inherits ? listRootAcl(tenant, list) : folder.acl;
}

/** The folder as a securable object: breaking its inheritance gives it an ACL of its own. */
export function folderSecurable(tenant: Tenant, folder: StoredFolder): Securable {
  return {
    get acl(): ItemAclEntry[] | undefined {
      return folder.inherits ? undefined : folder.acl;
    },
    set acl(acl: ItemAclEntry[] | undefined) {
      if (acl === undefined) {
        folder.acl = [];
        folder.inherits = true;
      } else {
        folder.acl = acl;
        delete folder.inherits;
      }
      tenant.changed();
    },
  };
}

/**
 * The folders as the items SharePoint keeps for them: folders are list items (FileSystemObjectType 1)
 * and come back in the items collection beside the items they hold, to whoever may read the folder
 * ("Folder" content type, 0x0120). Their columns are empty, so a filter on a column of ours skips them.
 * A folder with unique permissions carries them as the item's own.
 */
export function folderItems(list: StoredList): StoredItem[] {
  const first = list.items[0];
  const at = first?.Created ?? nowIso();
  const out: StoredItem[] = [];
  for (const [name, folder] of Object.entries(list.folders)) {
    if (folder.itemId === undefined) continue;
    out.push({
      Id: folder.itemId,
      isFolder: true,
      folder: name,
      version: 1,
      fields: { Title: name },
      Created: folder.Created ?? at,
      Modified: folder.Created ?? at,
      AuthorId: folder.AuthorId ?? first?.AuthorId ?? 1,
      EditorId: folder.AuthorId ?? first?.AuthorId ?? 1,
      ...(folder.inherits ? {} : { acl: folder.acl }),
    });
  }
  return out;
}

/** The list's server-relative root, e.g. /sites/trustboards/Lists/TBActions. */
const rootUrl = (siteUrl: string, def: ListDef): string =>
  `${new URL(siteUrl).pathname.replace(/\/$/, "")}/${emulatedSitePath(def)}`;

/** The list (and folder name under it, "" for the root) a server-relative URL names; null when none. */
export function listAtUrl(
  tenant: Tenant,
  siteUrl: string,
  serverRelative: string,
): { def: ListDef; list: StoredList; rest: string } | null {
  const url = serverRelative.replace(/\/+$/, "").toLowerCase();
  for (const title of Object.keys(tenant.state.lists)) {
    const def = listDefIn(tenant, title);
    const list = tenant.state.lists[title];
    if (!list || !def) continue;
    const root = rootUrl(siteUrl, def).toLowerCase();
    if (url === root) return { def, list, rest: "" };
    if (url.startsWith(`${root}/`))
      return { def, list, rest: serverRelative.replace(/\/+$/, "").slice(root.length + 1) };
  }
  return null;
}

const permissionsIn = (call: SecurityCall, acl: readonly ItemAclEntry[]): Set<PermissionKind> =>
  call.tenant.permissionsIn(call.userId, acl);

/** SP.Folder for the list's root folder (name null) or one of its folders. */
function folderJson(
  call: SecurityCall,
  def: ListDef,
  list: StoredList,
  name: string | null,
): Record<string, unknown> {
  const root = rootUrl(call.siteUrl, def);
  const url = name === null ? root : `${root}/${name}`;
  const folder = name === null ? undefined : list.folders[name];
  const created = folder?.Created ?? list.items[0]?.Created ?? nowIso();
  const link = `Web/GetFolderByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`;
  return {
    "odata.type": "SP.Folder",
    "odata.id": `${call.siteUrl}/_api/${link}`,
    "odata.editLink": link,
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: list.items.filter((i) => i.folder === name).length,
    Name: name ?? emulatedSitePath(def).split("/").pop(),
    ProgID: null,
    ServerRelativeUrl: url,
    TimeCreated: created,
    TimeLastModified: created,
    UniqueId: listGuid(`${def.title}/${name ?? ""}`),
    WelcomePage: "",
  };
}

/** Characters SharePoint does not allow in a file or folder name, and names it reserves. */
const INVALID_NAME = /["*:<>?\\|#%]|^\s|\s$|^\.|\.$|^(con|prn|aux|nul|com\d|lpt\d|_vti_|desktop\.ini)$/i;

/** Makes a folder at the list's root (see above); answers the SP.Folder. */
export function createFolder(
  call: SecurityCall,
  def: ListDef,
  list: StoredList,
  name: string,
  overwrite: boolean,
): SimpleResponse {
  if (name.includes("/"))
    throw badRequest(`The emulated tenant makes folders at a list's root only, not '${name}'.`);
  if (name === "" || INVALID_NAME.test(name))
    throw new SpFailure(
      400,
      "-2130575245, Microsoft.SharePoint.SPException",
      `The folder name '${name}' contains characters that are not allowed.`,
    );
  if (!permissionsIn(call, listRootAcl(call.tenant, list)).has("AddListItems")) throw accessDenied();
  const existing = folderNamed(list, name);
  if (existing !== undefined) {
    if (!overwrite)
      throw new SpFailure(
        400,
        "-2130575257, Microsoft.SharePoint.SPException",
        `A file or folder with the name ${rootUrl(call.siteUrl, def)}/${existing} already exists.`,
      );
    return json(200, folderJson(call, def, list, existing));
  }
  list.folders[name] = {
    acl: [],
    inherits: true,
    itemId: list.nextId++,
    Created: nowIso(),
    AuthorId: call.siteUserId,
  };
  call.tenant.changed();
  return json(200, folderJson(call, def, list, name));
}

/** The folder's list item as `…/ListItemAllFields` answers it, with the file system columns. */
function folderItemJson(
  call: SecurityCall,
  def: ListDef,
  list: StoredList,
  name: string,
): Record<string, unknown> {
  const item = folderItems(list).find((i) => i.folder === name);
  if (!item) throw fileMissing();
  const query = parseItemQuery(call.req.url.searchParams, def);
  const root = rootUrl(call.siteUrl, def);
  const system =
    query.select.length === 0
      ? { FileRef: `${root}/${name}`, FileLeafRef: name, FileDirRef: root, ContentTypeId: "0x0120" }
      : {};
  return {
    // With minimal metadata SharePoint sends `odata.metadata` beside `odata.editLink`; PnPjs's
    // `folder.getItem()` builds the item's URL (Web/Lists(guid'…')/Items(n)) from the two.
    "odata.metadata": `${call.siteUrl}/_api/$metadata#SP.ListData.${def.title.replace(/ /g, "_x0020_")}ListItems/@Element`,
    ...serialiseItem(call.tenant, def, item, call.siteUrl, query),
    ...system,
  };
}

/**
 * A folder by name and what follows it: "" (the SP.Folder), `/ListItemAllFields` and the security
 * calls on it. The folder must exist and be visible to the caller, or it is 404.
 */
export function folderRoute(
  call: SecurityCall,
  def: ListDef,
  list: StoredList,
  wanted: string,
  rest: string,
): SimpleResponse | null {
  const name = folderNamed(list, wanted);
  const folder = name === undefined ? undefined : list.folders[name];
  if (name === undefined || !folder) throw fileMissing();
  const acl = folderAcl(call.tenant, list, folder);
  if (!permissionsIn(call, acl).has("ViewListItems")) throw fileMissing();
  const lower = rest.toLowerCase();
  if (lower === "" && call.method === "GET") return json(200, folderJson(call, def, list, name));
  if (lower === "/listitemallfields" && call.method === "GET")
    return json(200, folderItemJson(call, def, list, name));
  const security = /^\/listitemallfields(\/.*)$/i.exec(rest);
  if (security)
    return itemSecurityRoute(
      call,
      folderSecurable(call.tenant, folder),
      listRootAcl(call.tenant, list),
      security[1] ?? "",
    );
  return null;
}

const quoted = (s: string | undefined): string => (s ?? "").replace(/''/g, "'");

/**
 * `…/lists/getbytitle('…')/rootFolder…`: the root folder, its folders, making one, and one by name.
 * `rest` starts at `/rootfolder`; null when it is not a folder call.
 */
export function listFolderRoute(
  call: SecurityCall,
  def: ListDef,
  list: StoredList,
  rest: string,
): SimpleResponse | null {
  const m = /^\/rootfolder(\/.*)?$/i.exec(rest);
  if (!m) return null;
  const tail = m[1] ?? "";
  if (tail === "" && call.method === "GET") return json(200, folderJson(call, def, list, null));
  if (/^\/folders$/i.test(tail) && call.method === "GET") {
    const visible = Object.entries(list.folders)
      .filter(([, f]) => permissionsIn(call, folderAcl(call.tenant, list, f)).has("ViewListItems"))
      .map(([name]) => folderJson(call, def, list, name));
    return json(200, { value: visible });
  }
  const add = /^\/folders\/addusingpath\(decodedurl='((?:[^']|'')*)'(?:,overwrite=(true|false))?\)$/i.exec(
    tail,
  );
  if (add && call.method === "POST")
    return createFolder(call, def, list, quoted(add[1]), add[2]?.toLowerCase() === "true");
  const byName = /^\/folders(?:\/getbyurl)?\('((?:[^']|'')*)'\)(.*)$/i.exec(tail);
  if (byName) {
    const answer = folderRoute(call, def, list, quoted(byName[1]), byName[2] ?? "");
    if (answer) return answer;
  }
  throw badRequest(`The emulated tenant does not implement '${call.method} ${rest}' on a list.`);
}

/** `POST …/web/folders/addUsingPath(DecodedUrl='<server-relative url>',overwrite=…)`; null otherwise. */
export function webFoldersRoute(call: SecurityCall, path: string): SimpleResponse | null {
  const add = /^web\/folders\/addusingpath\(decodedurl='((?:[^']|'')*)'(?:,overwrite=(true|false))?\)$/i.exec(
    path,
  );
  if (!add || call.method !== "POST") return null;
  const url = quoted(add[1]);
  const found = listAtUrl(call.tenant, call.siteUrl, url);
  if (!found || found.rest === "")
    throw new SpFailure(
      400,
      "-2147024893, System.IO.DirectoryNotFoundException",
      `The folder '${url}' cannot be made: its parent does not exist.`,
    );
  return createFolder(call, found.def, found.list, found.rest, add[2]?.toLowerCase() === "true");
}
