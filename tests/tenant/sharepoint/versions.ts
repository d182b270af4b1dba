import type { ListDef } from "../../../manifest";
import { json, type SimpleResponse } from "../http";
import type { ItemVersion, StoredItem } from "../state";
import type { Tenant } from "../tenant";
import { badRequest } from "./errors";
import { fieldFor, listGuid, restName } from "./fields";

/**
 * List item versions, as SharePoint keeps them when a list has versioning on:
 * every create and every change — from any client — adds a version holding
 * every column's value, who made it (Editor) and when (Modified). Nobody can
 * change a version; deleting one needs the Delete Versions permission.
 * ("Enable and configure versioning for a list or library"; REST:
 * `…/items(id)/versions`, SP.ListItemVersion.)
 */

/** SharePoint numbers major version n as VersionId n × 512 (minor versions fill the gaps). */
export const versionId = (label: number): number => label * 512;

/** Records the item as it now stands as its newest version. Call after every create and change. */
export function recordVersion(item: StoredItem): void {
  const snapshot: ItemVersion = {
    label: item.version,
    fields: structuredClone(item.fields),
    Modified: item.Modified,
    EditorId: item.EditorId,
  };
  item.versions = [...(item.versions ?? []).filter((v) => v.label !== item.version), snapshot];
}

/** The item's versions, newest first, as SharePoint lists them. */
function versionsOf(item: StoredItem): ItemVersion[] {
  const kept = item.versions ?? [];
  // An item stored before versions were kept still has its current version.
  const all = kept.some((v) => v.label === item.version)
    ? kept
    : [
        ...kept,
        { label: item.version, fields: item.fields, Modified: item.Modified, EditorId: item.EditorId },
      ];
  return [...all].sort((a, b) => b.label - a.label);
}

/** A person column's value inside a version: SharePoint returns it as a lookup value, not as `…Id`. */
function personValue(tenant: Tenant, id: unknown): Record<string, unknown> | null {
  if (typeof id !== "number") return null;
  const user = tenant.siteUser(id);
  return user ? { LookupId: user.Id, LookupValue: user.Title, Email: user.Email } : null;
}

function versionJson(
  tenant: Tenant,
  def: ListDef,
  item: StoredItem,
  v: ItemVersion,
  siteUrl: string,
): Record<string, unknown> {
  const link = `Web/Lists(guid'${listGuid(def.title)}')/Items(${item.Id})/versions(${versionId(v.label)})`;
  const out: Record<string, unknown> = {
    "odata.type": "SP.ListItemVersion",
    "odata.id": `${siteUrl}/_api/${link}`,
    "odata.editLink": link,
    Created: v.Modified,
    IsCurrentVersion: v.label === item.version,
    VersionId: versionId(v.label),
    VersionLabel: `${v.label}.0`,
    Title: v.fields["Title"] ?? null,
    Modified: v.Modified,
    Editor: personValue(tenant, v.EditorId),
    Author: personValue(tenant, item.AuthorId),
  };
  for (const field of def.fields) {
    const value = v.fields[restName(field)];
    if (field.type === "User") out[field.name] = personValue(tenant, value);
    else if (field.type === "UserMulti")
      out[field.name] = Array.isArray(value) ? value.map((id) => personValue(tenant, id)) : [];
    else if (field.type === "LookupMulti")
      out[field.name] = Array.isArray(value) ? value.map((id) => ({ LookupId: id })) : [];
    else out[field.name] = value ?? null;
  }
  return out;
}

/** `$select` on versions names columns by internal name; an unknown one is refused as on items. */
function applySelect(
  def: ListDef,
  row: Record<string, unknown>,
  select: string | null,
): Record<string, unknown> {
  if (!select) return row;
  const wanted = select
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(row)) if (k.startsWith("odata.")) out[k] = val;
  for (const name of wanted) {
    if (!(name in row) && !fieldFor(def, name))
      throw badRequest(`The field or property '${name}' does not exist.`);
    out[name] = row[name] ?? null;
  }
  return out;
}

/** GET …/items(id)/versions: every version, newest first (`$top` honoured, as a page of them). */
export function listVersions(
  tenant: Tenant,
  def: ListDef,
  item: StoredItem,
  siteUrl: string,
  params: URLSearchParams,
): SimpleResponse {
  const topText = params.get("$top");
  const top = topText === null ? Infinity : Number(topText);
  if (!Number.isInteger(top) && top !== Infinity) throw badRequest(`Invalid $top value '${topText ?? ""}'.`);
  if (params.get("$filter") !== null)
    throw badRequest("The query is not valid: $filter is not supported on versions.");
  const rows = versionsOf(item)
    .slice(0, top)
    .map((v) => applySelect(def, versionJson(tenant, def, item, v, siteUrl), params.get("$select")));
  return json(200, { value: rows });
}

/** GET …/items(id)/versions(versionId). */
export function getVersion(
  tenant: Tenant,
  def: ListDef,
  item: StoredItem,
  siteUrl: string,
  id: number,
  params: URLSearchParams,
): SimpleResponse | null {
  const v = versionsOf(item).find((x) => versionId(x.label) === id);
  if (!v) return null;
  return json(200, applySelect(def, versionJson(tenant, def, item, v, siteUrl), params.get("$select")));
}

/** Removes one earlier version (the current one cannot be deleted: SharePoint refuses it). */
export function deleteVersion(item: StoredItem, id: number): "deleted" | "current" | "missing" {
  const v = versionsOf(item).find((x) => versionId(x.label) === id);
  if (!v) return "missing";
  if (v.label === item.version) return "current";
  item.versions = (item.versions ?? []).filter((x) => x.label !== v.label);
  return "deleted";
}
