import type { ListDef, PermissionKind } from "../../../manifest";
import { roleDefinitionsRoute } from "./roles";
import {
  ensureClaimUser,
  itemPermissions,
  itemSecurityRoute,
  listSecurable,
  principalJson,
  webSecurityRoute,
} from "./roleAssignments";
import { filesRoute } from "./files";
import {
  folderAcl,
  folderItems,
  folderSecurable,
  listFolderRoute,
  listRootAcl,
  webFoldersRoute,
} from "./folders";
import { type ItemAclEntry, type StoredItem, type StoredList } from "../state";
import type { Tenant } from "../tenant";
import { empty, json, type SimpleRequest, type SimpleResponse } from "../http";
import { readToken } from "../tokens";
import { faultResponse } from "../faults";
import {
  SpFailure,
  accessDenied,
  badRequest,
  etagMismatch,
  jsonObjectBody,
  itemMissing,
  listMissing,
  spError,
} from "./errors";
import { coerceRestValue, fullItem, listGuid } from "./fields";
import { fieldsRoute, listDefIn, listJson, listsCollectionRoute, updateList } from "./lists";
import { readFormValues, type FormValue } from "./formValues";
import { BatchSyntaxError, formatBatchResponse, parseBatchRequest } from "./multipart";
import { enforceThreshold, itemMetadata, parseItemQuery, runQuery, serialiseItem } from "./query";
import { regionalRoute } from "./regional";
import { siteScriptRoute } from "./siteScripts";
import { deleteVersion, getVersion, listVersions, recordVersion, versionId } from "./versions";

interface Ctx {
  tenant: Tenant;
  req: SimpleRequest;
  siteUrl: string;
  /** Path after /_api/, decoded. */
  path: string;
  method: string;
  userId: string;
  siteUserId: number;
}

const nowIso = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

/** Answers one SharePoint REST request as SharePoint Online would. */
export async function handleSharePoint(
  tenant: Tenant,
  req: SimpleRequest,
  inBatch = false,
): Promise<SimpleResponse> {
  // Outer requests meet their faults in the msw handler; parts of a $batch meet them here.
  const fault = inBatch ? tenant.faults.take("sharepoint", req.method, req.url.href, true) : undefined;
  if (fault) return faultResponse("sharepoint", fault);
  const at = req.url.pathname.indexOf("/_api/");
  const siteUrl = req.url.origin + req.url.pathname.slice(0, at);
  const path = decodeURIComponent(req.url.pathname.slice(at + "/_api/".length));
  const method = (
    req.method === "POST" ? (req.headers.get("X-HTTP-Method") ?? "POST") : req.method
  ).toUpperCase();

  const claims = readToken(req.headers.get("Authorization"));
  const user = claims ? tenant.user(claims.oid) : undefined;
  if (!user) {
    return spError(
      401,
      "-2147024891, System.UnauthorizedAccessException",
      "Invalid or missing access token.",
      {
        "WWW-Authenticate": 'Bearer realm="emulated", client_id="00000003-0000-0ff1-ce00-000000000000"',
      },
    );
  }
  try {
    if (!tenant.canView(user.id, tenant.state.siteAcl)) throw accessDenied();
    const siteUser = tenant.ensureSiteUser(user);
    const ctx: Ctx = { tenant, req, siteUrl, path, method, userId: user.id, siteUserId: siteUser.Id };
    return await route(ctx);
  } catch (e) {
    if (e instanceof SpFailure) return e.toResponse();
    throw e;
  }
}

async function route(ctx: Ctx): Promise<SimpleResponse> {
  const { path, method } = ctx;
  const lower = path.toLowerCase();
  if (lower === "$batch" && method === "POST") return batch(ctx);
  if (lower === "contextinfo" && method === "POST") {
    return json(200, {
      FormDigestValue: `0x${"0".repeat(16)},${new Date().toUTCString()}`,
      FormDigestTimeoutSeconds: 1800,
      WebFullUrl: ctx.siteUrl,
      SiteFullUrl: ctx.siteUrl,
    });
  }
  if (lower === "web/currentuser" && method === "GET") return siteUserJson(ctx, ctx.siteUserId);
  if (lower === "web/ensureuser" && method === "POST") return ensureUser(ctx);
  if (/^web\/(getfolderbyserverrelativepath|getfilebyserverrelativepath)\(/i.test(path))
    return filesRoute(ctx, path);
  const webFolders = webFoldersRoute(ctx, path);
  if (webFolders) return webFolders;
  const roles = roleDefinitionsRoute(ctx.tenant, ctx.siteUrl, path, method, ctx.req.body, () =>
    itemPermissions(ctx.tenant, ctx.userId, ctx.siteUserId, ctx.tenant.state.siteAcl).has(
      "ManagePermissions",
    ),
  );
  if (roles) return roles;
  const webSecurity = webSecurityRoute(ctx, path);
  if (webSecurity) return webSecurity;
  const regional = regionalRoute(ctx.tenant, ctx.siteUrl, path, method, ctx.req.url.searchParams);
  if (regional) return regional;
  const siteScript = siteScriptRoute(ctx, path);
  if (siteScript) return siteScript;
  const lists = listsCollectionRoute(ctx, path);
  if (lists) return lists;
  const m = /^web\/lists\/getbytitle\('((?:[^']|'')*)'\)(.*)$/i.exec(path);
  if (m) return listRoute(ctx, (m[1] ?? "").replace(/''/g, "'"), m[2] ?? "");
  // `Web/Lists(guid'…')/…`: a list by its id. Every item answers with an odata.id of this form, which
  // PnPjs follows (e.g. `file.getItem()`, then `breakRoleInheritance` on it)
  // (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest).
  const byId = /^web\/lists\(guid'([0-9a-f-]{36})'\)(.*)$/i.exec(path);
  if (byId) {
    const wanted = (byId[1] ?? "").toLowerCase();
    const title = Object.keys(ctx.tenant.state.lists).find(
      (t) => listGuid(t).toLowerCase() === wanted || ctx.tenant.state.lists[t]?.schema?.id === wanted,
    );
    if (title) return listRoute(ctx, title, byId[2] ?? "");
    throw listMissing(byId[1] ?? "", ctx.siteUrl);
  }
  throw badRequest(`The emulated tenant does not implement '${method} _api/${path}'.`);
}

function siteUserJson(ctx: Ctx, id: number): SimpleResponse {
  const u = ctx.tenant.siteUser(id);
  if (!u) throw itemMissing();
  return json(200, {
    "odata.type": "SP.User",
    "odata.id": `${ctx.siteUrl}/_api/Web/GetUserById(${u.Id})`,
    Id: u.Id,
    LoginName: u.LoginName,
    Title: u.Title,
    Email: u.Email,
    UserPrincipalName: u.UserPrincipalName,
    IsSiteAdmin: ctx.tenant.state.siteCollectionAdmins?.includes(u.graphId) === true,
    PrincipalType: 1,
  });
}

function ensureUser(ctx: Ctx): SimpleResponse {
  const body = jsonObjectBody(ctx.req.body) as { logonName?: unknown };
  const logon = typeof body.logonName === "string" ? body.logonName : "";
  const user = ctx.tenant.userByUpn(logon.split("|").pop() ?? "");
  // A group claim (a board group's members or owners, a security group) is a principal too.
  const claim = user ? null : ensureClaimUser(ctx.tenant, logon);
  if (claim) return json(200, principalJson(ctx.tenant, ctx.siteUrl, claim));
  if (!user)
    throw new SpFailure(
      400,
      "-2146232832, Microsoft.SharePoint.SPException",
      `The specified user ${logon} could not be found.`,
    );
  return siteUserJson(ctx, ctx.tenant.ensureSiteUser(user).Id);
}

function listRoute(ctx: Ctx, title: string, rest: string): SimpleResponse {
  const def = listDefIn(ctx.tenant, title);
  const list = ctx.tenant.state.lists[title];
  if (!def || !list) throw listMissing(title, ctx.siteUrl);
  // A list with its own role assignments (e.g. TB Executive Summaries) on which the caller holds no
  // role: SharePoint refuses with UnauthorizedAccessException (-2147024891, "The current user has
  // insufficient permissions"), as SP.ListCollection.getByTitle documents
  // (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee658474(v=office.14));
  // REST answers it 403 "Access denied" rather than an empty page of items.
  if (list.acl && !itemPermissions(ctx.tenant, ctx.userId, ctx.siteUserId, list.acl).has("ViewListItems"))
    throw accessDenied();
  const { method } = ctx;
  if (rest === "" && method === "GET") return json(200, listJson(ctx, title, list));
  // Settings and columns (lists.ts): Manage Lists on the list.
  if (rest === "" && (method === "MERGE" || method === "PATCH")) return updateList(ctx, title, list);
  const columns = fieldsRoute(ctx, title, list, rest);
  if (columns) return columns;
  // The list's own role assignments (roleAssignments.ts listSecurable); while it inherits, the site's.
  if (/^\/(?:breakroleinheritance|resetroleinheritance|roleassignments)\b/i.test(rest)) {
    const answer = itemSecurityRoute(ctx, listSecurable(ctx.tenant, list), ctx.tenant.state.siteAcl, rest);
    if (answer) return answer;
  }
  if (/^\/items$/i.test(rest)) {
    if (method === "GET") return listItems(ctx, def, list);
    if (method === "POST") return addItem(ctx, def, list, null, jsonObjectBody(ctx.req.body));
  }
  if (/^\/AddValidateUpdateItemUsingPath(\(\))?$/i.test(rest) && method === "POST")
    return addInFolder(ctx, def, list);
  const folders = listFolderRoute(ctx, def, list, rest);
  if (folders) return folders;
  const versions = /^\/items\((\d+)\)\/versions(?:\((\d+)\)|\/(DeleteAll|DeleteByID)\((\d*)\))?$/i.exec(rest);
  if (versions) return versionsRoute(ctx, def, list, versions);
  const security =
    /^\/items\((\d+)\)(\/(?:breakroleinheritance|resetroleinheritance|roleassignments).*)$/i.exec(rest);
  if (security) {
    const id = Number(security[1]);
    // A folder's own item (e.g. reached by `folder.getItem()`) secures the folder.
    const folderName = folderItems(list).find((f) => f.Id === id && canSee(ctx, list, f.folder, f))?.folder;
    const folder = folderName ? list.folders[folderName] : undefined;
    const answer = folder
      ? itemSecurityRoute(
          ctx,
          folderSecurable(ctx.tenant, folder),
          listRootAcl(ctx.tenant, list),
          security[2] ?? "",
        )
      : securityOnItem(ctx, list, id, security[2] ?? "");
    if (answer) return answer;
  }
  const validate = /^\/items\((\d+)\)\/validateupdatelistitem(?:\(\))?$/i.exec(rest);
  if (validate && method === "POST") return validateUpdate(ctx, def, list, Number(validate[1]));
  const item = /^\/items\((\d+)\)(\/recycle(?:\(\))?)?$/i.exec(rest);
  if (item) {
    const id = Number(item[1]);
    if (item[2]) return removeItem(ctx, def, list, id, true);
    if (method === "GET") return getItem(ctx, def, list, id);
    if (method === "MERGE" || method === "PATCH") return updateItem(ctx, def, list, id);
    if (method === "DELETE") return removeItem(ctx, def, list, id, false);
  }
  throw badRequest(`The emulated tenant does not implement '${method} ${rest}' on a list.`);
}

/** What the caller may do where the item lives: its board folder, or the site (manifest ROLE_DEFINITIONS). */
function permissionsAt(
  ctx: Ctx,
  list: StoredList,
  folder: string | null,
  item?: StoredItem,
): Set<PermissionKind> {
  // An item with unique permissions (e.g. published minutes) answers with its own role assignments.
  if (item?.acl) return itemPermissions(ctx.tenant, ctx.userId, ctx.siteUserId, item.acl);
  // Outside a folder an item inherits the list's role assignments, or the site's when the list has none;
  // in a folder, the folder's (its own once its inheritance is broken, else the list's: folders.ts).
  const acl = inheritedAcl(ctx, list, folder);
  return acl ? ctx.tenant.permissionsIn(ctx.userId, acl) : new Set();
}

/** The role assignments an item without its own inherits where it lives: its folder's, the list's, the site's. */
function inheritedAcl(
  ctx: Ctx,
  list: StoredList,
  folder: string | null,
): readonly ItemAclEntry[] | undefined {
  if (folder === null) return listRootAcl(ctx.tenant, list);
  const stored = list.folders[folder];
  return stored ? folderAcl(ctx.tenant, list, stored) : undefined;
}

function securityOnItem(ctx: Ctx, list: StoredList, id: number, rest: string): SimpleResponse | null {
  const target = findVisible(ctx, list, id);
  return itemSecurityRoute(ctx, target, inheritedAcl(ctx, list, target.folder) ?? [], rest);
}

const canSee = (ctx: Ctx, list: StoredList, folder: string | null, item?: StoredItem): boolean =>
  permissionsAt(ctx, list, folder, item).has("ViewListItems");

/**
 * Refuses, as SharePoint does with 403 "Access denied", a request the caller's
 * roles there do not carry the base permission for: creating needs
 * AddListItems, changing EditListItems, deleting or recycling an item
 * DeleteListItems, deleting a version DeleteVersions.
 */
function demand(
  ctx: Ctx,
  list: StoredList,
  folder: string | null,
  permission: PermissionKind,
  item?: StoredItem,
): void {
  if (!permissionsAt(ctx, list, folder, item).has(permission)) throw accessDenied();
}

/** Every item of the list, folders included, in Id order. */
const allItems = (list: StoredList): StoredItem[] =>
  [...list.items, ...folderItems(list)].sort((a, b) => a.Id - b.Id);

function listItems(ctx: Ctx, def: ListDef, list: StoredList): SimpleResponse {
  const params = ctx.req.url.searchParams;
  const query = parseItemQuery(params, def);
  const items = allItems(list);
  enforceThreshold(ctx.tenant, def, items, query);
  // An item without permissions of its own inherits its folder's: decided once per folder, so a
  // 30,000-item list (tests/tenant/scale.ts) is trimmed in milliseconds.
  const seen = new Map<string | null, boolean>();
  const visible = items.filter((i) => {
    if (i.acl) return canSee(ctx, list, i.folder, i);
    let ok = seen.get(i.folder);
    if (ok === undefined) {
      ok = canSee(ctx, list, i.folder);
      seen.set(i.folder, ok);
    }
    return ok;
  });
  const { page, lastId } = runQuery(ctx.tenant, def, visible, query);
  const body: Record<string, unknown> = {
    "odata.metadata": `${ctx.siteUrl}/_api/$metadata#SP.ListData.${def.title.replace(/ /g, "_x0020_")}ListItems`,
    value: page.map((i) => serialiseItem(ctx.tenant, def, i, ctx.siteUrl, query)),
  };
  if (lastId !== null) {
    const next = new URL(ctx.req.url.href);
    next.searchParams.set("$skiptoken", `Paged=TRUE&p_ID=${lastId}`);
    body["odata.nextLink"] = next.href;
  }
  return json(200, body);
}

function findVisible(ctx: Ctx, list: StoredList, id: number): StoredItem {
  const item = list.items.find((i) => i.Id === id);
  // SharePoint answers "does not exist" for items the caller may not see.
  if (!item || !canSee(ctx, list, item.folder, item)) throw itemMissing();
  return item;
}

function getItem(ctx: Ctx, def: ListDef, list: StoredList, id: number): SimpleResponse {
  const folder = folderItems(list).find((f) => f.Id === id && canSee(ctx, list, f.folder));
  const item = folder ?? findVisible(ctx, list, id);
  const query = parseItemQuery(ctx.req.url.searchParams, def);
  return json(200, serialiseItem(ctx.tenant, def, item, ctx.siteUrl, query), { ETag: `"${item.version}"` });
}

function checkEtag(ctx: Ctx, item: StoredItem): void {
  const sent = ctx.req.headers.get("If-Match");
  const actual = `"${item.version}"`;
  if (sent !== null && sent !== "*" && sent !== actual) throw etagMismatch(sent, actual);
}

function updateItem(ctx: Ctx, def: ListDef, list: StoredList, id: number): SimpleResponse {
  const item = findVisible(ctx, list, id);
  demand(ctx, list, item.folder, "EditListItems", item);
  checkEtag(ctx, item);
  const changes = coerceAll(ctx, def, jsonObjectBody(ctx.req.body));
  Object.assign(item.fields, changes);
  item.version += 1;
  item.Modified = nowIso();
  item.EditorId = ctx.siteUserId;
  recordVersion(item);
  ctx.tenant.changed();
  return { ...empty(204), headers: { ETag: `"${item.version}"` } };
}

function removeItem(ctx: Ctx, def: ListDef, list: StoredList, id: number, recycle: boolean): SimpleResponse {
  const item = findVisible(ctx, list, id);
  demand(ctx, list, item.folder, "DeleteListItems", item);
  checkEtag(ctx, item);
  list.items = list.items.filter((i) => i !== item);
  ctx.tenant.changed();
  return recycle ? json(200, { "odata.type": "Edm.Guid", value: crypto.randomUUID() }) : empty(200);
}

/**
 * `POST …/items(id)/ValidateUpdateListItem` with `{ formValues, bNewDocumentUpdate }`: an update by form
 * values, each column validated as the list form would, answering each column's result (SP.ListItem
 * .ValidateUpdateListItem, https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.listitem.validateupdatelistitem).
 * It is an edit like any other: without Edit Items where the item lives, 403 Access denied. A new
 * version is made (bNewDocumentUpdate, which would overwrite the current one, is not offered here).
 */
function validateUpdate(ctx: Ctx, def: ListDef, list: StoredList, id: number): SimpleResponse {
  const item = findVisible(ctx, list, id);
  demand(ctx, list, item.folder, "EditListItems", item);
  const body = jsonObjectBody(ctx.req.body) as { formValues?: unknown; bNewDocumentUpdate?: unknown };
  if (body.bNewDocumentUpdate === true)
    throw badRequest("The emulated tenant does not implement bNewDocumentUpdate=true.");
  if (!Array.isArray(body.formValues))
    throw badRequest("formValues must be an array of { FieldName, FieldValue }.");
  const values = body.formValues.filter(
    (v): v is FormValue =>
      typeof v === "object" &&
      v !== null &&
      typeof (v as FormValue).FieldName === "string" &&
      typeof (v as FormValue).FieldValue === "string",
  );
  const { fields, results } = readFormValues(ctx.tenant, def, values);
  if (results.some((r) => r.HasException)) return json(200, { value: results });
  Object.assign(item.fields, fields);
  item.version += 1;
  item.Modified = nowIso();
  item.EditorId = ctx.siteUserId;
  recordVersion(item);
  ctx.tenant.changed();
  return json(200, { value: results.map((r) => ({ ...r, ItemId: item.Id })) });
}

/**
 * Columns SharePoint stamps itself: their fields are read-only (SPField.ReadOnlyField, "true to specify
 * that the field cannot be modified":
 * https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ms439853(v=office.14)),
 * so an ordinary add or update (POST …/items, MERGE …/items(id)) that names one is refused with
 * SharePoint's "may be read only" error, and nothing is saved. (Only validate-update with
 * bNewDocumentUpdate can set them, which the emulator does not offer.)
 */
const READ_ONLY = new Set(["Created", "Modified", "Author", "Editor", "AuthorId", "EditorId", "ID", "Id"]);

function coerceAll(ctx: Ctx, def: ListDef, body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "__metadata" || key.startsWith("odata.")) continue;
    if (READ_ONLY.has(key))
      throw new SpFailure(
        400,
        "-2146232832, Microsoft.SharePoint.SPException",
        "Invalid data has been used to update the list item. The field you are trying to update may be read only.",
      );
    out[key] = coerceRestValue(ctx.tenant, def, key, value);
  }
  return out;
}

function requireFields(def: ListDef, fields: Record<string, unknown>): void {
  for (const f of def.fields) {
    const key =
      f.type === "User" || f.type === "UserMulti" || f.type === "LookupMulti" ? `${f.name}Id` : f.name;
    const v = fields[key];
    if (f.required && (v === undefined || v === null || v === "")) {
      throw new SpFailure(
        400,
        "-2146232832, Microsoft.SharePoint.SPFieldValidationException",
        `'${f.title}' is required.`,
      );
    }
  }
}

function enforceUnique(def: ListDef, list: StoredList, fields: Record<string, unknown>): void {
  for (const f of def.fields.filter((d) => d.unique)) {
    const v = fields[f.name];
    if (v !== undefined && v !== null && list.items.some((i) => i.fields[f.name] === v)) {
      throw new SpFailure(
        400,
        "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException",
        `This value already exists in the list: column '${f.title}' must have unique values.`,
      );
    }
  }
}

function insert(
  ctx: Ctx,
  def: ListDef,
  list: StoredList,
  folder: string | null,
  fields: Record<string, unknown>,
): StoredItem {
  requireFields(def, fields);
  enforceUnique(def, list, fields);
  const now = nowIso();
  const item: StoredItem = {
    Id: list.nextId++,
    folder,
    version: 1,
    fields,
    Created: now,
    Modified: now,
    AuthorId: ctx.siteUserId,
    EditorId: ctx.siteUserId,
  };
  recordVersion(item);
  list.items.push(item);
  ctx.tenant.changed();
  return item;
}

function addItem(
  ctx: Ctx,
  def: ListDef,
  list: StoredList,
  folder: string | null,
  body: Record<string, unknown>,
): SimpleResponse {
  demand(ctx, list, folder, "AddListItems");
  const item = insert(ctx, def, list, folder, coerceAll(ctx, def, body));
  return json(
    201,
    { ...itemMetadata(def, item, ctx.siteUrl), ...fullItem(def, item) },
    { ETag: `"${item.version}"` },
  );
}

/** AddValidateUpdateItemUsingPath: how a client creates an item inside a board's folder. */
function addInFolder(ctx: Ctx, def: ListDef, list: StoredList): SimpleResponse {
  const body = jsonObjectBody(ctx.req.body) as {
    listItemCreateInfo?: { FolderPath?: { DecodedUrl?: unknown } };
    formValues?: unknown;
  };
  const decoded = body.listItemCreateInfo?.FolderPath?.DecodedUrl;
  const folder =
    typeof decoded === "string" && decoded !== ""
      ? (decoded.replace(/\/+$/, "").split("/").pop() ?? "")
      : null;
  if (folder !== null && !list.folders[folder]) {
    throw new SpFailure(
      400,
      "-2147024893, System.IO.DirectoryNotFoundException",
      `The folder '${String(decoded)}' does not exist in '${def.title}'.`,
    );
  }
  demand(ctx, list, folder, "AddListItems");
  if (!Array.isArray(body.formValues))
    throw badRequest("formValues must be an array of { FieldName, FieldValue }.");
  const values = body.formValues.filter(
    (v): v is FormValue =>
      typeof v === "object" &&
      v !== null &&
      typeof (v as FormValue).FieldName === "string" &&
      typeof (v as FormValue).FieldValue === "string",
  );
  const { fields, results } = readFormValues(ctx.tenant, def, values);
  if (results.some((r) => r.HasException)) return json(200, { value: results });
  const item = insert(ctx, def, list, folder, fields);
  const withId = [
    ...results,
    {
      FieldName: "Id",
      FieldValue: String(item.Id),
      HasException: false,
      ErrorCode: 0,
      ErrorMessage: null,
      ItemId: item.Id,
    },
  ];
  return json(200, { value: withId.map((r) => ({ ...r, ItemId: item.Id })) });
}

/**
 * An item's versions: read with Read; delete one (DELETE …/versions(id),
 * …/versions/DeleteByID(id)) or all earlier ones (…/versions/DeleteAll()) only
 * with a role that holds Delete Versions (Contribute and above in SharePoint's
 * default levels). The current version can never be deleted.
 */
function versionsRoute(ctx: Ctx, def: ListDef, list: StoredList, m: RegExpExecArray): SimpleResponse {
  const item = findVisible(ctx, list, Number(m[1]));
  const params = ctx.req.url.searchParams;
  const { method } = ctx;
  const single = m[2] === undefined ? undefined : Number(m[2]);
  const op = m[3]?.toLowerCase();
  if (method === "GET" && single === undefined && op === undefined)
    return listVersions(ctx.tenant, def, item, ctx.siteUrl, params);
  if (method === "GET" && single !== undefined) {
    const found = getVersion(ctx.tenant, def, item, ctx.siteUrl, single, params);
    if (!found) throw itemMissing();
    return found;
  }
  const deleting = (method === "DELETE" && single !== undefined) || (method === "POST" && op !== undefined);
  if (!deleting) throw badRequest(`The emulated tenant does not implement '${method}' on versions.`);
  demand(ctx, list, item.folder, "DeleteVersions", item);
  const targets =
    op === "deleteall"
      ? (item.versions ?? []).filter((v) => v.label !== item.version).map((v) => versionId(v.label))
      : [single ?? Number(m[4])];
  for (const id of targets) {
    const result = deleteVersion(item, id);
    if (result === "missing") throw itemMissing();
    if (result === "current")
      throw new SpFailure(
        400,
        "-2147024809, System.ArgumentException",
        "The current version of an item cannot be deleted.",
      );
  }
  ctx.tenant.changed();
  return empty(200);
}

async function batch(ctx: Ctx): Promise<SimpleResponse> {
  let parts;
  try {
    parts = parseBatchRequest(ctx.req.headers.get("Content-Type") ?? "", ctx.req.body);
  } catch (e) {
    if (e instanceof BatchSyntaxError) throw badRequest(`The batch request is malformed: ${e.message}`);
    throw e;
  }
  const responses = [];
  for (const part of parts) {
    const headers = new Headers(part.headers);
    // Parts carry no credentials: SharePoint runs them as the caller of the $batch.
    headers.set("Authorization", ctx.req.headers.get("Authorization") ?? "");
    const res = await handleSharePoint(
      ctx.tenant,
      { method: part.method, url: new URL(part.url), headers, body: part.body },
      true,
    );
    responses.push(res);
  }
  const out = formatBatchResponse(responses);
  return { status: 200, statusText: "OK", headers: { "Content-Type": out.contentType }, body: out.body };
}
