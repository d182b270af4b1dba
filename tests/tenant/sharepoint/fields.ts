import { ALL_LISTS, listUrlName, type FieldDef, type ListDef } from "../../../manifest";
import { badRequest, fieldError } from "./errors";
import type { Tenant } from "../tenant";
import type { StoredItem } from "../state";

export const listDef = (title: string): ListDef | undefined => ALL_LISTS.find((l) => l.title === title);

/** Built-in columns every list item has. */
const BUILT_INS = new Set([
  "Id",
  "ID",
  "Title",
  "Created",
  "Modified",
  "AuthorId",
  "EditorId",
  "FileSystemObjectType",
  "FileDirRef",
]);

/**
 * The demo site's server-relative path. FileDirRef (the folder an item is
 * filed in, a read-only system column) is built from it, as SharePoint does:
 * /sites/<site>/Lists/<list url name>[/<folder>].
 */
export const SITE_PATH = "/sites/trustboards";

export const fileDirRef = (def: ListDef, item: StoredItem): string =>
  `${SITE_PATH}/Lists/${listUrlName(def)}${item.folder && !item.isFolder ? `/${item.folder}` : ""}`;
const PERSON_BUILT_INS = new Set(["Author", "Editor"]);

const isIdValued = (f: FieldDef): boolean =>
  f.type === "User" || f.type === "UserMulti" || f.type === "LookupMulti";

/** The name REST uses for a column's value: person and lookup columns read and write `${name}Id`. */
export const restName = (f: FieldDef): string => (isIdValued(f) ? `${f.name}Id` : f.name);

/** The column a REST property or filter path refers to, e.g. `TBOwnerId` and `TBOwner/EMail` → TBOwner. */
export function fieldFor(def: ListDef, property: string): FieldDef | undefined {
  const base = property.split("/")[0] ?? property;
  return def.fields.find((f) => f.name === base || restName(f) === base);
}

export function isIndexed(def: ListDef, property: string): boolean {
  const base = property.split("/")[0] ?? property;
  if (base === "Id" || base === "ID") return true;
  return fieldFor(def, property)?.indexed === true;
}

export function isKnownProperty(def: ListDef, property: string): boolean {
  const base = property.split("/")[0] ?? property;
  return BUILT_INS.has(base) || PERSON_BUILT_INS.has(base) || fieldFor(def, property) !== undefined;
}

/** Reads a property or an expanded person path (`TBOwner/EMail`, `Author/Title`) from an item. */
export function readProperty(tenant: Tenant, def: ListDef, item: StoredItem, path: string): unknown {
  const [base = path, sub] = path.split("/");
  if (base === "Id" || base === "ID") return item.Id;
  if (base === "FileSystemObjectType") return item.isFolder ? 1 : 0;
  if (base === "FileDirRef") return fileDirRef(def, item);
  if (base === "Created" || base === "Modified") return item[base];
  if (base === "AuthorId" || base === "EditorId") return item[base];
  if (sub !== undefined) {
    const ids = personIds(def, item, base);
    const values = ids.map((id) => expandPerson(tenant, id)?.[sub]);
    return values.length <= 1 ? values[0] : values;
  }
  return item.fields[base] ?? null;
}

function personIds(def: ListDef, item: StoredItem, base: string): number[] {
  if (base === "Author") return [item.AuthorId];
  if (base === "Editor") return [item.EditorId];
  const field = fieldFor(def, base);
  if (!field) return [];
  const value = item.fields[restName(field)];
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === "number");
  return typeof value === "number" ? [value] : [];
}

export function expandPerson(tenant: Tenant, id: number): Record<string, unknown> | undefined {
  const user = tenant.siteUser(id);
  if (!user) return undefined;
  return {
    "odata.type": "SP.Data.UserInfoItem",
    "odata.id": `Web/SiteUserInfoList/Items(${id})`,
    Id: user.Id,
    Title: user.Title,
    EMail: user.Email,
    Name: user.LoginName,
    UserName: user.UserPrincipalName,
  };
}

/** Expanded person columns, as SharePoint returns them for `$expand=X&$select=X/Title`. */
export function expandedValue(
  tenant: Tenant,
  def: ListDef,
  item: StoredItem,
  base: string,
  subs: string[],
): unknown {
  const field = PERSON_BUILT_INS.has(base) ? undefined : fieldFor(def, base);
  if (!PERSON_BUILT_INS.has(base) && field?.type !== "User" && field?.type !== "UserMulti") {
    throw badRequest(`The field or property '${base}' cannot be expanded.`);
  }
  const pick = (id: number): Record<string, unknown> | null => {
    const full = expandPerson(tenant, id);
    if (!full) return null;
    const out: Record<string, unknown> = { "odata.type": full["odata.type"], "odata.id": full["odata.id"] };
    for (const s of subs) out[s] = full[s] ?? null;
    return out;
  };
  const ids = personIds(def, item, base);
  if (field?.type === "UserMulti") return ids.map(pick).filter((p) => p !== null);
  const first = ids[0];
  return first === undefined ? null : pick(first);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Normalises an ISO date-time as SharePoint stores it: UTC, whole seconds. */
export function normaliseDate(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw fieldError(`Invalid date/time value: '${value}'.`);
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Validates and converts one REST property value (JSON light) for storage. */
export function coerceRestValue(tenant: Tenant, def: ListDef, property: string, value: unknown): unknown {
  if (property === "Title") return coerceText(property, value, 255);
  const field = fieldFor(def, property);
  if (!field || restName(field) !== property) {
    throw badRequest(
      `The property '${property}' does not exist on type '${listItemType(def.title)}'. Make sure to only use property names that are defined by the type.`,
    );
  }
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case "Text":
    case "URL":
      return coerceText(field.title, value, field.maxLength ?? 255);
    case "Note":
      return coerceText(field.title, value, 63999);
    case "Choice":
      return coerceChoice(field, value);
    case "Number":
      return coerceNumber(field, value);
    case "Boolean":
      if (typeof value !== "boolean") throw fieldError(`'${field.title}' must be true or false.`);
      return value;
    case "DateTime":
      if (typeof value !== "string" || !ISO_DATE.test(value))
        throw fieldError(`Invalid date/time value for '${field.title}'.`);
      return normaliseDate(value);
    case "User":
      return coercePersonId(tenant, field, value);
    case "UserMulti":
    case "LookupMulti": {
      const list = isResultsWrapper(value) ? value.results : value;
      if (!Array.isArray(list)) throw fieldError(`'${field.title}' expects a list of ids.`);
      return list.map((v) =>
        field.type === "UserMulti" ? coercePersonId(tenant, field, v) : coerceNumber(field, v),
      );
    }
  }
}

const isResultsWrapper = (v: unknown): v is { results: unknown[] } =>
  typeof v === "object" && v !== null && Array.isArray((v as { results?: unknown }).results);

function coerceText(label: string, value: unknown, max: number): string {
  if (typeof value !== "string") throw fieldError(`'${label}' expects text.`);
  if (value.length > max) throw fieldError(`The value of '${label}' is longer than ${max} characters.`);
  return value;
}

function coerceChoice(field: FieldDef, value: unknown): string {
  if (typeof value !== "string" || !(field.choices ?? []).includes(value)) {
    throw fieldError(`'${String(value)}' is not a valid choice for '${field.title}'.`);
  }
  return value;
}

function coerceNumber(field: FieldDef, value: unknown): number {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) throw fieldError(`'${field.title}' expects a number.`);
  if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
    throw fieldError(`'${field.title}' must be between ${field.min ?? "-∞"} and ${field.max ?? "∞"}.`);
  }
  return n;
}

function coercePersonId(tenant: Tenant, field: FieldDef, value: unknown): number {
  if (typeof value !== "number" || !tenant.siteUser(value)) {
    throw fieldError(`'${field.title}': no site user has id ${String(value)}. Call ensureuser first.`);
  }
  return value;
}

/** SharePoint encodes spaces in list item type names as _x0020_. */
export const listItemType = (title: string): string => `SP.Data.${title.replace(/ /g, "_x0020_")}ListItem`;

/** A stable GUID per list title, so list URLs look like SharePoint's. */
export function listGuid(title: string): string {
  let h = 2166136261;
  for (const ch of title) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const hex = (h.toString(16).padStart(8, "0") + "0000000000000000000000000000").slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Every column of an item as REST returns it with no $select. */
export function fullItem(def: ListDef, item: StoredItem): Record<string, unknown> {
  const out: Record<string, unknown> = {
    FileSystemObjectType: item.isFolder ? 1 : 0,
    Id: item.Id,
    Title: item.fields["Title"] ?? null,
  };
  for (const field of def.fields) {
    const name = restName(field);
    const value = item.fields[name];
    out[name] = value ?? (field.type === "UserMulti" || field.type === "LookupMulti" ? [] : null);
    if (field.type === "User")
      out[`${field.name}StringId`] = typeof value === "number" ? String(value) : null;
  }
  Object.assign(out, {
    ID: item.Id,
    Modified: item.Modified,
    Created: item.Created,
    AuthorId: item.AuthorId,
    EditorId: item.EditorId,
  });
  out["OData__UIVersionString"] = `${item.version}.0`;
  return out;
}
