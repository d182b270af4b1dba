import { ALL_LISTS, listUrlName, MAX_INDEXES_PER_LIST, type FieldDef, type ListDef } from "../../../manifest";
import { empty, json, type SimpleResponse } from "../http";
import type { StoredList, StoredListSchema } from "../state";
import type { Tenant } from "../tenant";
import { SpFailure, accessDenied, badRequest, jsonObjectBody, listMissing } from "./errors";
import { listGuid, restName } from "./fields";
import { itemPermissions, type SecurityCall } from "./roleAssignments";

/**
 * Lists and their columns as SharePoint's REST API makes and changes them ("Working with lists and list
 * items with REST", https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest):
 *
 * - `POST _api/web/lists` with an SP.List (`Title`, `BaseTemplate` 100 a custom list or 101 a document
 *   library, `Description`) makes the list; its address is fixed from the title it is made with (a
 *   custom list under `Lists/`, a library at the site's root) and stays when the title changes
 *   (SP.List.RootFolder, https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee538776(v=office.15)).
 *   A title already used by another list is refused with SharePoint's SPException -2130575342 "A list,
 *   survey, discussion board, or document library with the specified title already exists in this Web
 *   site." (as reported from SPRequest.CreateList in https://github.com/pnp/PnP-Sites-Core/issues/151).
 *   Making or changing lists needs Manage Lists on the site ("ManageLists — Create and delete lists, add
 *   or remove columns in a list, and add or remove public views of a list", SPBasePermissions,
 *   https://learn.microsoft.com/previous-versions/office/sharepoint-server/ms412690(v=office.15));
 *   without it: 403 Access denied.
 * - `MERGE …/lists/getbytitle('…')` changes `Title`, `Description`, `EnableVersioning`,
 *   `MajorVersionLimit` (1 to 50,000 major versions,
 *   https://learn.microsoft.com/sharepoint/document-library-version-history-limits) and
 *   `EnableFolderCreation` (Manage Lists on the list).
 * - `GET …/fields` answers SP.Field for every column with `InternalName`, `TypeAsString`, `Indexed`,
 *   `EnforceUniqueValues`, `MaxLength`, `Choices`… (SP.Field,
 *   https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee545229(v=office.15)).
 * - `POST …/fields/createfieldasxml` with `{ parameters: { SchemaXml, Options } }` adds a column from CAML
 *   (Field element, https://learn.microsoft.com/sharepoint/dev/schema/field-element-field). Its internal
 *   name is the `Name` attribute only when Options carries AddFieldInternalNameHint (8,
 *   https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj244808(v=office.15));
 *   otherwise SharePoint makes it from the display name, which is why provisioning always sends the hint.
 * - `MERGE …/fields/getbyinternalnameortitle('…')` changes `Indexed`, `EnforceUniqueValues`, `Title`,
 *   `Required`, `MaxLength`. Unique values need the column indexed (SP.Field.EnforceUniqueValues: "When
 *   you set this property to true, you should also set the Indexed property to true",
 *   https://learn.microsoft.com/previous-versions/office/sharepoint-csom/ee543809(v=office.15)); a column
 *   whose stored values repeat cannot be made unique; a list has at most 20 indexes
 *   (manifest MAX_INDEXES_PER_LIST, "SharePoint limits",
 *   https://learn.microsoft.com/office365/servicedescriptions/sharepoint-online-service-description/sharepoint-online-limits).
 */

/** The list's schema: what was made over REST, or for a seeded list the manifest's list of that title. */
export function schemaOf(list: StoredList): StoredListSchema | undefined {
  if (list.schema) return list.schema;
  const def = ALL_LISTS.find((l) => l.title === list.title);
  return def ? schemaFromManifest(def) : undefined;
}

/** What provisioning makes for a manifest list (and what a seeded list therefore is). */
export function schemaFromManifest(def: ListDef): StoredListSchema {
  return {
    template: def.template ?? 100,
    url: listUrlName(def),
    description: def.description,
    enableVersioning: true,
    majorVersionLimit: def.versioning.majorVersions,
    enableFolderCreation: def.permissions === "boardFolders",
    fields: def.fields.map((f) => ({ ...f })),
  };
}

/** The list as the emulator's item handlers read it (columns, template, address). */
export interface EmulatedListDef extends ListDef {
  /** The list's URL segment when it differs from its title without spaces. */
  readonly url?: string;
  readonly id: string;
}

/** The list of this title on the emulated site, as a ListDef; undefined when there is none. */
export function listDefIn(tenant: Tenant, title: string): EmulatedListDef | undefined {
  const list = tenant.state.lists[title];
  if (!list) return undefined;
  const manifest = ALL_LISTS.find((l) => l.title === title);
  if (!list.schema && manifest) return { ...manifest, id: listGuid(title) };
  const schema = schemaOf(list);
  if (!schema) return undefined;
  return {
    title,
    template: schema.template,
    description: schema.description,
    permissions: manifest?.permissions ?? "site",
    versioning: { majorVersions: schema.majorVersionLimit },
    fields: schema.fields,
    url: schema.url,
    id: list.schema?.id ?? listGuid(title),
  };
}

/** The list's path under its site: `Lists/<url>` or, for a library, `<url>`. */
export function emulatedSitePath(def: ListDef): string {
  const url = (def as Partial<EmulatedListDef>).url ?? listUrlName(def);
  return def.template === 101 ? url : `Lists/${url}`;
}

/** Makes a seeded list's schema explicit before it is changed. */
function ownSchema(list: StoredList): StoredListSchema {
  if (!list.schema) {
    const schema = schemaOf(list);
    if (!schema) throw badRequest(`The list '${list.title}' has no schema.`);
    list.schema = { ...schema, id: listGuid(list.title) };
  }
  return list.schema;
}

/** Manage Lists on the site (making a list) or on the list (changing it or its columns). */
function demandManageLists(call: SecurityCall, list?: StoredList): void {
  const acl = list?.acl ?? call.tenant.state.siteAcl;
  if (!itemPermissions(call.tenant, call.userId, call.siteUserId, acl).has("ManageLists"))
    throw accessDenied();
}

const titleTaken = (tenant: Tenant, title: string, except?: string): boolean =>
  Object.keys(tenant.state.lists).some((t) => t.toLowerCase() === title.toLowerCase() && t !== except);

const duplicateTitle = (): SpFailure =>
  new SpFailure(
    500,
    "-2130575342, Microsoft.SharePoint.SPException",
    "A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.",
  );

/** SP.List as `GET …/lists` and `…/getbytitle('…')` answer it. */
export function listJson(call: SecurityCall, title: string, list: StoredList): Record<string, unknown> {
  const schema = schemaOf(list);
  const def = listDefIn(call.tenant, title);
  const id = def?.id ?? listGuid(title);
  const out: Record<string, unknown> = {
    "odata.type": "SP.List",
    "odata.id": `${call.siteUrl}/_api/Web/Lists(guid'${id}')`,
    "odata.editLink": `Web/Lists(guid'${id}')`,
    Id: id,
    Title: title,
    BaseTemplate: schema?.template ?? 100,
    BaseType: schema?.template === 101 ? 1 : 0,
    Description: schema?.description ?? "",
    EnableVersioning: schema?.enableVersioning ?? false,
    MajorVersionLimit: schema?.majorVersionLimit ?? 0,
    EnableFolderCreation: schema?.enableFolderCreation ?? false,
    HasUniqueRoleAssignments: list.acl !== undefined,
    Hidden: false,
    ItemCount: list.items.length,
  };
  const expand = (call.req.url.searchParams.get("$expand") ?? "").toLowerCase();
  if (expand.includes("rootfolder") && def)
    out["RootFolder"] = {
      ServerRelativeUrl: `${new URL(call.siteUrl).pathname.replace(/\/$/, "")}/${emulatedSitePath(def)}`,
    };
  return out;
}

/** `GET/POST _api/web/lists`; null when the path is not the collection. */
export function listsCollectionRoute(call: SecurityCall, path: string): SimpleResponse | null {
  if (!/^web\/lists\/?$/i.test(path)) return null;
  const { tenant } = call;
  if (call.method === "GET") {
    const visible = Object.entries(tenant.state.lists).filter(
      ([, l]) => !l.acl || itemPermissions(tenant, call.userId, call.siteUserId, l.acl).has("ViewListItems"),
    );
    return json(200, { value: visible.map(([t, l]) => listJson(call, t, l)) });
  }
  if (call.method !== "POST")
    throw badRequest(`The emulated tenant does not implement '${call.method} ${path}'.`);
  demandManageLists(call);
  const body = jsonObjectBody(call.req.body);
  const title = typeof body["Title"] === "string" ? body["Title"].trim() : "";
  if (title === "") throw badRequest("The list's Title is required.");
  const template = body["BaseTemplate"] ?? 100;
  if (template !== 100 && template !== 101)
    throw badRequest(
      `The emulated tenant makes custom lists (100) and document libraries (101), not ${JSON.stringify(template)}.`,
    );
  if (titleTaken(tenant, title)) throw duplicateTitle();
  // The address comes from the title it is made with: characters a URL cannot hold are dropped, and a
  // taken address gets a number (as SharePoint does: FunctionalAreaDocuments1,
  // https://github.com/SharePoint/sp-dev-docs/issues/4081).
  const base = title.replace(/[^A-Za-z0-9_-]/g, "") || "List";
  const urls = new Set(Object.values(tenant.state.lists).map((l) => (schemaOf(l)?.url ?? "").toLowerCase()));
  let url = base;
  for (let n = 1; urls.has(url.toLowerCase()); n++) url = `${base}${n}`;
  const list: StoredList = {
    title,
    nextId: 1,
    items: [],
    folders: {},
    schema: {
      id: listGuid(title),
      template,
      url,
      description: typeof body["Description"] === "string" ? body["Description"] : "",
      // A new library keeps 500 major versions; a new custom list starts without versioning
      // (https://learn.microsoft.com/sharepoint/document-library-version-history-limits).
      enableVersioning: template === 101,
      majorVersionLimit: template === 101 ? 500 : 50,
      enableFolderCreation: template === 101,
      fields: [],
    },
  };
  tenant.state.lists[title] = list;
  tenant.changed();
  return json(201, listJson(call, title, list));
}

/** `MERGE …/lists/getbytitle('…')`: the list's settings (see above). */
export function updateList(call: SecurityCall, title: string, list: StoredList): SimpleResponse {
  demandManageLists(call, list);
  const body = jsonObjectBody(call.req.body);
  const schema = ownSchema(list);
  const known = new Set([
    "Title",
    "Description",
    "EnableVersioning",
    "MajorVersionLimit",
    "EnableFolderCreation",
  ]);
  for (const key of Object.keys(body)) {
    if (key === "__metadata" || key.startsWith("odata.")) continue;
    if (!known.has(key)) throw badRequest(`The emulated tenant does not change '${key}' on a list.`);
  }
  const bool = (key: string): boolean | undefined => {
    const v = body[key];
    if (v === undefined) return undefined;
    if (typeof v !== "boolean") throw badRequest(`${key} must be true or false.`);
    return v;
  };
  const versioning = bool("EnableVersioning");
  const folders = bool("EnableFolderCreation");
  const limit = body["MajorVersionLimit"];
  if (limit !== undefined) {
    if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > 50_000)
      throw new SpFailure(
        400,
        "-2147024809, System.ArgumentException",
        "The major version limit must be a whole number from 1 to 50,000.",
      );
    if (!(versioning ?? schema.enableVersioning))
      throw new SpFailure(
        400,
        "-2146232832, Microsoft.SharePoint.SPException",
        "Versioning must be turned on before a version limit can be set.",
      );
  }
  const newTitle = body["Title"];
  if (newTitle !== undefined) {
    if (typeof newTitle !== "string" || newTitle.trim() === "") throw badRequest("Title must be text.");
    if (titleTaken(call.tenant, newTitle, title)) throw duplicateTitle();
  }
  if (typeof body["Description"] === "string") schema.description = body["Description"];
  if (versioning !== undefined) schema.enableVersioning = versioning;
  if (typeof limit === "number") schema.majorVersionLimit = limit;
  if (folders !== undefined) schema.enableFolderCreation = folders;
  if (typeof newTitle === "string" && newTitle !== title) {
    const lists = call.tenant.state.lists;
    delete lists[title];
    list.title = newTitle;
    lists[newTitle] = list;
  }
  call.tenant.changed();
  return empty(204);
}

/** SharePoint's FieldTypeKind for each column type (SP.FieldType). */
const FIELD_TYPE_KIND: Record<FieldDef["type"], number> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  LookupMulti: 7,
  Boolean: 8,
  Number: 9,
  URL: 11,
  User: 20,
  UserMulti: 20,
};

/** The built-in columns a list answers beside its own (a few of them: enough to show they are there). */
const BUILT_IN_FIELDS = [
  { InternalName: "ID", Title: "ID", TypeAsString: "Counter", FieldTypeKind: 5 },
  { InternalName: "Title", Title: "Title", TypeAsString: "Text", FieldTypeKind: 2 },
  { InternalName: "Created", Title: "Created", TypeAsString: "DateTime", FieldTypeKind: 4 },
  { InternalName: "Modified", Title: "Modified", TypeAsString: "DateTime", FieldTypeKind: 4 },
  { InternalName: "Author", Title: "Created By", TypeAsString: "User", FieldTypeKind: 20 },
  { InternalName: "Editor", Title: "Modified By", TypeAsString: "User", FieldTypeKind: 20 },
];

const fieldGuid = (listTitle: string, name: string): string => listGuid(`${listTitle}#${name}`);

/** SP.Field as REST answers it. */
export function fieldJson(call: SecurityCall, listTitle: string, f: FieldDef): Record<string, unknown> {
  const id = fieldGuid(listTitle, f.name);
  const out: Record<string, unknown> = {
    "odata.type": `SP.Field${f.type === "Text" ? "Text" : f.type === "Note" ? "MultiLineText" : f.type === "Number" ? "Number" : f.type === "DateTime" ? "DateTime" : f.type === "Choice" ? "Choice" : f.type === "User" || f.type === "UserMulti" ? "User" : f.type === "LookupMulti" ? "Lookup" : f.type === "URL" ? "Url" : ""}`,
    "odata.id": `${call.siteUrl}/_api/Web/Lists(guid'${listGuid(listTitle)}')/Fields(guid'${id}')`,
    Id: id,
    InternalName: f.name,
    StaticName: f.name,
    EntityPropertyName: f.name,
    Title: f.title,
    TypeAsString: f.type,
    FieldTypeKind: FIELD_TYPE_KIND[f.type],
    Required: f.required === true,
    Indexed: f.indexed === true,
    EnforceUniqueValues: f.unique === true,
    Hidden: false,
    ReadOnlyField: false,
    FromBaseType: false,
    CanBeDeleted: true,
  };
  if (f.type === "Text") out["MaxLength"] = f.maxLength ?? 255;
  if (f.type === "Choice") out["Choices"] = [...(f.choices ?? [])];
  // SP.DateTimeFieldFormatType: 0 DateOnly, 1 DateTime.
  if (f.type === "DateTime") out["DisplayFormat"] = f.dateOnly ? 0 : 1;
  if (f.type === "Number") {
    out["MinimumValue"] = f.min ?? -Number.MAX_VALUE;
    out["MaximumValue"] = f.max ?? Number.MAX_VALUE;
  }
  if (f.type === "User" || f.type === "UserMulti" || f.type === "LookupMulti")
    out["AllowMultipleValues"] = f.type !== "User";
  if (f.type === "User" || f.type === "UserMulti") out["SelectionMode"] = 0; // PeopleOnly
  if (f.type === "LookupMulti") {
    const target = f.lookupList ? listDefIn(call.tenant, f.lookupList) : undefined;
    out["LookupList"] = `{${target?.id ?? ""}}`;
    out["LookupField"] = "Title";
  }
  return out;
}

function builtInJson(
  call: SecurityCall,
  listTitle: string,
  b: (typeof BUILT_IN_FIELDS)[number],
): Record<string, unknown> {
  const id = fieldGuid(listTitle, b.InternalName);
  return {
    "odata.type": "SP.Field",
    "odata.id": `${call.siteUrl}/_api/Web/Lists(guid'${listGuid(listTitle)}')/Fields(guid'${id}')`,
    Id: id,
    ...b,
    StaticName: b.InternalName,
    Required: b.InternalName === "Title",
    Indexed: b.InternalName === "ID",
    EnforceUniqueValues: false,
    Hidden: false,
    ReadOnlyField: b.InternalName !== "Title",
    FromBaseType: true,
    CanBeDeleted: false,
  };
}

const decodeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const TYPES = new Set<FieldDef["type"]>([
  "Text",
  "Note",
  "Number",
  "DateTime",
  "Choice",
  "Boolean",
  "User",
  "UserMulti",
  "LookupMulti",
  "URL",
]);

/** The column a `<Field …/>` schema describes; `hint` is AddFieldInternalNameHint. */
function parseFieldXml(tenant: Tenant, xml: string, hint: boolean): FieldDef {
  const open = /^\s*<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw badRequest("The field's schema XML is not a <Field> element.");
  const attrs = new Map<string, string>();
  for (const m of (open[1] ?? "").matchAll(/([A-Za-z]+)\s*=\s*"([^"]*)"/g))
    attrs.set((m[1] ?? "").toLowerCase(), decodeXml(m[2] ?? ""));
  const type = attrs.get("type") as FieldDef["type"] | undefined;
  if (!type || !TYPES.has(type))
    throw badRequest(`The emulated tenant does not make columns of type '${String(type)}'.`);
  const displayName = attrs.get("displayname") ?? attrs.get("name") ?? "";
  // Without the hint SharePoint makes the internal name from the display name (spaces as _x0020_).
  const name = hint
    ? (attrs.get("name") ?? attrs.get("staticname") ?? displayName)
    : displayName.replace(/ /g, "_x0020_").slice(0, 32);
  if (name === "") throw badRequest("The field's schema XML names no column.");
  const truthy = (key: string): boolean => (attrs.get(key) ?? "").toUpperCase() === "TRUE";
  const choices = [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/gi)].map((m) => decodeXml(m[1] ?? ""));
  const num = (key: string): number | undefined => {
    const v = attrs.get(key);
    return v === undefined || v.trim() === "" ? undefined : Number(v);
  };
  let lookupList: string | undefined;
  if (type === "LookupMulti") {
    const guid = (attrs.get("list") ?? "").replace(/[{}]/g, "").toLowerCase();
    lookupList = Object.keys(tenant.state.lists).find((t) => {
      const l = tenant.state.lists[t];
      return listGuid(t) === guid || l?.schema?.id === guid;
    });
    if (!lookupList)
      throw new SpFailure(
        400,
        "-2147024809, System.ArgumentException",
        "The lookup column's list does not exist.",
      );
  }
  const field: FieldDef = {
    name,
    type,
    title: displayName,
    ...(truthy("required") ? { required: true } : {}),
    ...(truthy("indexed") ? { indexed: true } : {}),
    ...(truthy("enforceuniquevalues") ? { unique: true } : {}),
    ...(choices.length > 0 ? { choices } : {}),
    ...(type === "DateTime" && (attrs.get("format") ?? "").toLowerCase() === "dateonly"
      ? { dateOnly: true }
      : {}),
    ...(type === "Text" && num("maxlength") !== undefined ? { maxLength: num("maxlength") } : {}),
    ...(lookupList ? { lookupList } : {}),
    ...(num("min") !== undefined ? { min: num("min") } : {}),
    ...(num("max") !== undefined ? { max: num("max") } : {}),
  };
  return field;
}

const fieldRule = (message: string): SpFailure =>
  new SpFailure(400, "-2146232832, Microsoft.SharePoint.SPException", message);

/** Checks the index and uniqueness rules (see above) for a column as it would become. */
function checkIndexRules(
  list: StoredList,
  schema: StoredListSchema,
  field: FieldDef,
  before?: FieldDef,
): void {
  if (field.unique && !field.indexed)
    throw fieldRule(`The column '${field.title}' must be indexed to enforce unique values.`);
  if (field.indexed && !before?.indexed) {
    const indexes = schema.fields.filter((f) => f.indexed && f !== before).length;
    if (indexes >= MAX_INDEXES_PER_LIST)
      throw fieldRule(
        `The list already has ${MAX_INDEXES_PER_LIST} indexed columns, the most SharePoint allows.`,
      );
  }
  if (field.unique && !before?.unique) {
    const seen = new Set<unknown>();
    for (const item of list.items) {
      const v = item.fields[restName(field)];
      if (v === undefined || v === null || v === "") continue;
      if (seen.has(v))
        throw new SpFailure(
          400,
          "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException",
          `The column '${field.title}' has duplicate values, so it cannot enforce unique values.`,
        );
      seen.add(v);
    }
  }
}

/**
 * `…/fields…` on a list: the collection, createfieldasxml, one column by internal name or title, and a
 * MERGE on it. `rest` starts at `/fields`; null when it is not a fields call.
 */
export function fieldsRoute(
  call: SecurityCall,
  title: string,
  list: StoredList,
  rest: string,
): SimpleResponse | null {
  const m =
    /^\/fields(\/createfieldasxml|\/getbyinternalnameortitle\('((?:[^']|'')*)'\)|\/getbytitle\('((?:[^']|'')*)'\))?$/i.exec(
      rest,
    );
  if (!m) return null;
  const schema = schemaOf(list);
  const fields = schema?.fields ?? [];
  if (m[1] === undefined) {
    if (call.method !== "GET")
      throw badRequest(`The emulated tenant does not implement '${call.method} ${rest}'.`);
    return json(200, {
      value: [
        ...BUILT_IN_FIELDS.map((b) => builtInJson(call, title, b)),
        ...fields.map((f) => fieldJson(call, title, f)),
      ],
    });
  }
  if (/^\/createfieldasxml$/i.test(m[1])) {
    if (call.method !== "POST") throw badRequest("createfieldasxml is a POST.");
    demandManageLists(call, list);
    const body = jsonObjectBody(call.req.body) as { parameters?: { SchemaXml?: unknown; Options?: unknown } };
    const xml = body.parameters?.SchemaXml;
    if (typeof xml !== "string") throw badRequest("parameters.SchemaXml is required.");
    const options = typeof body.parameters?.Options === "number" ? body.parameters.Options : 0;
    const field = parseFieldXml(call.tenant, xml, (options & 8) === 8);
    const own = ownSchema(list);
    if (
      own.fields.some((f) => f.name.toLowerCase() === field.name.toLowerCase()) ||
      BUILT_IN_FIELDS.some((b) => b.InternalName.toLowerCase() === field.name.toLowerCase())
    )
      throw fieldRule(`A duplicate field name "${field.name}" was found.`);
    checkIndexRules(list, own, field);
    own.fields.push(field);
    call.tenant.changed();
    return json(201, fieldJson(call, title, field));
  }
  const wanted = (m[2] ?? m[3] ?? "").replace(/''/g, "'");
  const found = fields.find((f) => f.name === wanted) ?? fields.find((f) => f.title === wanted);
  const builtIn = BUILT_IN_FIELDS.find((b) => b.InternalName === wanted || b.Title === wanted);
  if (!found) {
    if (builtIn && call.method === "GET") return json(200, builtInJson(call, title, builtIn));
    throw new SpFailure(
      400,
      "-2147024809, System.ArgumentException",
      `Column '${wanted}' does not exist. It may have been deleted by another user.`,
    );
  }
  if (call.method === "GET") return json(200, fieldJson(call, title, found));
  if (call.method !== "MERGE" && call.method !== "PATCH")
    throw badRequest(`The emulated tenant does not implement '${call.method}' on a column.`);
  demandManageLists(call, list);
  const body = jsonObjectBody(call.req.body);
  const own = ownSchema(list);
  const index = own.fields.findIndex((f) => f.name === found.name);
  const before = own.fields[index];
  if (!before) throw badRequest("The column vanished.");
  const next: { -readonly [K in keyof FieldDef]: FieldDef[K] } = { ...before };
  for (const [key, value] of Object.entries(body)) {
    if (key === "__metadata" || key.startsWith("odata.")) continue;
    if (key === "Indexed" || key === "EnforceUniqueValues" || key === "Required") {
      if (typeof value !== "boolean") throw badRequest(`${key} must be true or false.`);
      if (key === "Indexed") next.indexed = value;
      else if (key === "EnforceUniqueValues") next.unique = value;
      else next.required = value;
    } else if (key === "Title" && typeof value === "string") next.title = value;
    else if (key === "MaxLength" && typeof value === "number" && before.type === "Text")
      next.maxLength = value;
    else throw badRequest(`The emulated tenant does not change '${key}' on a column.`);
  }
  if (!next.indexed) delete next.indexed;
  if (!next.unique) delete next.unique;
  if (!next.required) delete next.required;
  checkIndexRules(list, own, next, before);
  own.fields[index] = next;
  call.tenant.changed();
  return empty(204);
}

/** The list of this title or 404, as SharePoint answers getbytitle for a missing list. */
export function requireList(tenant: Tenant, siteUrl: string, title: string): StoredList {
  const list = tenant.state.lists[title];
  if (!list) throw listMissing(title, siteUrl);
  return list;
}
