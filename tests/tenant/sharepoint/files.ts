import { BoardPapers, listSitePath, type ListDef, type PermissionKind } from "../../../manifest";
import { emulatedSitePath } from "./lists";
import { json, type SimpleResponse } from "../http";
import type { ItemAclEntry, StoredItem, StoredList } from "../state";
import { SpFailure, accessDenied, badRequest, fileMissing } from "./errors";
import { fullItem } from "./fields";
import { folderAcl, folderNamed, folderRoute as boardFolderRoute, listAtUrl, listRootAcl } from "./folders";
import { itemMetadata } from "./query";
import { itemPermissions, itemSecurityRoute, type SecurityCall } from "./roleAssignments";
import { recordVersion } from "./versions";

/**
 * Files in the board papers library, as SharePoint's REST API serves them
 * ("Working with folders and files with REST",
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest):
 *
 * - `POST …/_api/web/GetFolderByServerRelativePath(decodedurl='<folder>')/Files/AddUsingPath(decodedurl='<name>',overwrite=true)`
 *   with the file's bytes as the body answers the new SP.File. Without `overwrite=true` an existing
 *   name is refused (SPFileExistsException). Adding needs Add Items in the folder, overwriting Edit
 *   Items (SP.FileCollection.addUsingPath; the ResourcePath API,
 *   https://learn.microsoft.com/sharepoint/dev/solution-guidance/supporting-and-in-file-and-folder-with-the-resourcepath-api).
 * - `GET …/GetFileByServerRelativePath(decodedurl='<file>')` (SP.File), `…/$value` (the bytes) and
 *   `…/ListItemAllFields` (the file's list item, SP.File.ListItemAllFields: "Gets a value that specifies
 *   the list item field values for the list item corresponding to the file",
 *   https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee539012(v=office.15)).
 * - A file's permissions are its list item's: `POST …/ListItemAllFields/breakroleinheritance(…)`,
 *   `…/ListItemAllFields/roleassignments/addroleassignment(…)` / `removeroleassignment(…)` and
 *   `GET …/ListItemAllFields/roleassignments` answer as they do on `items(id)` (roleAssignments.ts;
 *   SPListItem.BreakRoleInheritance, "Available in SharePoint Online",
 *   https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee551607(v=office.14);
 *   "Breaking the security inheritance of a document", https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee535228(v=office.14)).
 *   Overwriting a file whose item has permissions of its own needs Edit Items in them: a board member or
 *   chair on published minutes (PERMISSIONS.publishedMinutes: Read) is refused 403, a plan administrator
 *   ("Manage minutes" kept) writes the next version.
 * - The library has versioning on: overwriting a file makes a new major version and keeps the old one
 *   ("Enable and configure versioning for a list or library").
 * - Who may: the board folder's role assignments (manifest PERMISSIONS.boardFolder). A file or folder
 *   the caller cannot see answers 404, as if it did not exist.
 */

const fileExists = (url: string): SpFailure =>
  new SpFailure(
    400,
    "-2130575257, Microsoft.SharePoint.SPFileExistsException",
    `A file with the name ${url} already exists.`,
  );

const nowIso = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

interface Place {
  def: ListDef;
  list: StoredList;
  /** The board folder's name, or null at the library's root. */
  folder: string | null;
  acl: readonly ItemAclEntry[];
  url: string;
}

/** A list's or library's root or one of its folders by server-relative URL (folders.ts for the rules). */
function folderAt(call: SecurityCall, serverRelative: string): Place {
  const found = listAtUrl(call.tenant, call.siteUrl, serverRelative);
  if (!found) throw fileMissing();
  const { def, list, rest } = found;
  const root = `${new URL(call.siteUrl).pathname.replace(/\/$/, "")}/${emulatedSitePath(def)}`;
  if (rest === "") return { def, list, folder: null, acl: listRootAcl(call.tenant, list), url: root };
  const folder = folderNamed(list, rest);
  const stored = folder === undefined ? undefined : list.folders[folder];
  if (folder === undefined || !stored) throw fileMissing();
  return { def, list, folder, acl: folderAcl(call.tenant, list, stored), url: `${root}/${folder}` };
}

function permissions(call: SecurityCall, place: Place, item?: StoredItem): Set<PermissionKind> {
  if (item?.acl) return itemPermissions(call.tenant, call.userId, call.siteUserId, item.acl);
  return call.tenant.permissionsIn(call.userId, place.acl);
}

const fileIn = (place: Place, name: string): StoredItem | undefined =>
  place.list.items.find(
    (i) => i.folder === place.folder && i.file?.name.toLowerCase() === name.toLowerCase(),
  );

function fileJson(call: SecurityCall, place: Place, item: StoredItem): Record<string, unknown> {
  const file = item.file!;
  const url = `${place.url}/${file.name}`;
  return {
    "odata.type": "SP.File",
    "odata.id": `${call.siteUrl}/_api/Web/GetFileByServerRelativePath(decodedurl='${url}')`,
    CheckInComment: "",
    CheckOutType: 2,
    ContentTag: `{${file.uniqueId}},${item.version},${item.version}`,
    ETag: `"{${file.uniqueId}},${item.version}"`,
    Exists: true,
    Length: String(Buffer.from(file.base64, "base64").length),
    Level: 1,
    MajorVersion: item.version,
    MinorVersion: 0,
    Name: file.name,
    ServerRelativeUrl: url,
    TimeCreated: item.Created,
    TimeLastModified: item.Modified,
    Title: null,
    UIVersion: item.version * 512,
    UIVersionLabel: `${item.version}.0`,
    UniqueId: file.uniqueId,
  };
}

/**
 * The file's list item, with the file system columns a library adds. With minimal metadata (what
 * `Accept: application/json` gets) SharePoint sends `odata.metadata` beside the item's `odata.editLink`
 * (`Web/Lists(guid'…')/Items(n)`); PnPjs's `file.getItem()` builds the item's URL from the two.
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest
 */
function listItemJson(call: SecurityCall, place: Place, item: StoredItem): Record<string, unknown> {
  return {
    "odata.metadata": `${call.siteUrl}/_api/$metadata#SP.ListData.${listSitePath(BoardPapers)}Items/@Element`,
    ...itemMetadata(BoardPapers, item, call.siteUrl),
    ...fullItem(BoardPapers, item),
    FileRef: `${place.url}/${item.file?.name ?? ""}`,
    FileLeafRef: item.file?.name ?? "",
    FileDirRef: place.url,
  };
}

const quoted = (s: string | undefined): string => (s ?? "").replace(/''/g, "'");

/** Routes `web/GetFolderByServerRelativePath(…)…` and `web/GetFileByServerRelativePath(…)…`. */
export function filesRoute(call: SecurityCall, path: string): SimpleResponse {
  const folderCall = /^web\/getfolderbyserverrelativepath\(decodedurl='((?:[^']|'')*)'\)(.*)$/i.exec(path);
  if (folderCall) return folderRoute(call, folderAt(call, quoted(folderCall[1])), folderCall[2] ?? "");
  const fileCall = /^web\/getfilebyserverrelativepath\(decodedurl='((?:[^']|'')*)'\)(.*)$/i.exec(path);
  if (fileCall) {
    const url = quoted(fileCall[1]);
    const at = url.lastIndexOf("/");
    const place = folderAt(call, url.slice(0, at));
    const item = fileIn(place, url.slice(at + 1));
    if (!item || !permissions(call, place, item).has("ViewListItems")) throw fileMissing();
    const rest = (fileCall[2] ?? "").toLowerCase();
    const itemCall = /^\/listitemallfields(\/.*)$/i.exec(fileCall[2] ?? "");
    if (itemCall) {
      // While it inherits, the file's item has its board folder's role assignments.
      const answer = itemSecurityRoute(call, item, place.acl, itemCall[1] ?? "");
      if (answer) return answer;
    }
    if (call.method !== "GET")
      throw badRequest(`The emulated tenant does not implement '${call.method}' on a file.`);
    if (rest === "") return json(200, fileJson(call, place, item));
    if (rest === "/$value") {
      if (!permissions(call, place, item).has("OpenItems")) throw accessDenied();
      return {
        status: 200,
        statusText: "OK",
        headers: { "Content-Type": "application/octet-stream" },
        body: "",
        bytes: new Uint8Array(Buffer.from(item.file!.base64, "base64")),
      };
    }
    if (rest === "/listitemallfields") return json(200, listItemJson(call, place, item));
    throw badRequest(`The emulated tenant does not implement 'GET ${fileCall[2] ?? ""}' on a file.`);
  }
  throw badRequest(`The emulated tenant does not implement '${call.method} _api/${path}'.`);
}

function folderRoute(call: SecurityCall, place: Place, rest: string): SimpleResponse {
  const granted = permissions(call, place);
  if (!granted.has("ViewListItems")) throw fileMissing();
  const lower = rest.toLowerCase();
  // A folder's own item and its permissions (folders.ts).
  if (place.folder !== null && lower.startsWith("/listitemallfields")) {
    const answer = boardFolderRoute(call, place.def, place.list, place.folder, rest);
    if (answer) return answer;
  }
  if (lower === "" && call.method === "GET") {
    return json(200, {
      "odata.type": "SP.Folder",
      Exists: true,
      ItemCount: place.list.items.filter((i) => i.folder === place.folder).length,
      Name: place.folder ?? emulatedSitePath(place.def),
      ServerRelativeUrl: place.url,
    });
  }
  if (lower === "/files" && call.method === "GET") {
    const files = place.list.items.filter(
      (i) => i.folder === place.folder && i.file && permissions(call, place, i).has("ViewListItems"),
    );
    return json(200, { value: files.map((i) => fileJson(call, place, i)) });
  }
  const add = /^\/files\/addusingpath\(decodedurl='((?:[^']|'')*)'((?:,\w+=[^,)]*)*)\)$/i.exec(rest);
  if (add && call.method === "POST") return upload(call, place, quoted(add[1]), add[2] ?? "");
  throw badRequest(`The emulated tenant does not implement '${call.method} ${rest}' on a folder.`);
}

function upload(call: SecurityCall, place: Place, name: string, options: string): SimpleResponse {
  if (name === "" || /[\\/:*?"<>|#%]/.test(name)) throw badRequest(`The file name '${name}' is not valid.`);
  const overwrite = /,overwrite=true/i.test(options);
  const bytes = call.req.bytes ?? new TextEncoder().encode(call.req.body);
  const base64 = Buffer.from(bytes).toString("base64");
  const existing = fileIn(place, name);
  const now = nowIso();
  if (existing) {
    if (!overwrite) throw fileExists(`${place.url}/${name}`);
    if (!permissions(call, place, existing).has("EditListItems")) throw accessDenied();
    existing.file = { ...existing.file!, base64 };
    existing.version += 1;
    existing.Modified = now;
    existing.EditorId = call.siteUserId;
    keepVersion(existing);
    call.tenant.changed();
    return json(200, fileJson(call, place, existing));
  }
  if (!permissions(call, place).has("AddListItems")) throw accessDenied();
  const item: StoredItem = {
    Id: place.list.nextId++,
    folder: place.folder,
    version: 1,
    fields: { Title: null },
    Created: now,
    Modified: now,
    AuthorId: call.siteUserId,
    EditorId: call.siteUserId,
    file: { name, base64, uniqueId: crypto.randomUUID() },
  };
  keepVersion(item);
  place.list.items.push(item);
  call.tenant.changed();
  return json(200, fileJson(call, place, item));
}

/** A library keeps each version's content as well as its columns. */
function keepVersion(item: StoredItem): void {
  recordVersion(item);
  const v = item.versions?.find((x) => x.label === item.version);
  if (v && item.file) v.fileBase64 = item.file.base64;
}
