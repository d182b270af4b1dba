import { LIST_VIEW_THRESHOLD, type ListDef } from "../../../manifest";
import type { StoredItem } from "../state";
import type { Tenant } from "../tenant";
import { badRequest, lookupThresholdExceeded, thresholdExceeded } from "./errors";
import {
  expandedValue,
  fieldFor,
  fullItem,
  isIndexed,
  isKnownProperty,
  listGuid,
  listItemType,
  readProperty,
  fileDirRef,
} from "./fields";
import {
  ODataSyntaxError,
  compareForOrder,
  evaluateFilter,
  fieldsInFilter,
  leadingConjuncts,
  parseFilter,
  parseOrderBy,
  type FilterNode,
  type OrderTerm,
} from "./odata";

/** SharePoint's default page size for list item collections. */
const DEFAULT_TOP = 100;
/**
 * SharePoint Online's list view lookup threshold: a query may join at most 12
 * lookup columns — person columns, Author and Editor count ("SharePoint limits",
 * list view lookup threshold; SPWebApplication.MaxQueryLookupFields).
 */
export const LOOKUP_THRESHOLD = 12;

export interface ItemQuery {
  filter: FilterNode | null;
  orderBy: OrderTerm[];
  top: number;
  afterId: number | null;
  select: string[];
  expand: string[];
}

export function parseItemQuery(params: URLSearchParams, def: ListDef): ItemQuery {
  let filter: FilterNode | null = null;
  let orderBy: OrderTerm[] = [];
  try {
    const f = params.get("$filter");
    filter = f ? parseFilter(f) : null;
    const o = params.get("$orderby");
    orderBy = o ? parseOrderBy(o) : [];
  } catch (e) {
    if (e instanceof ODataSyntaxError) throw badRequest(`The expression is not valid. ${e.message}`);
    throw e;
  }
  for (const field of [...(filter ? fieldsInFilter(filter) : []), ...orderBy.map((o) => o.field)]) {
    if (!isKnownProperty(def, field)) throw badRequest(`The field or property '${field}' does not exist.`);
  }
  const topText = params.get("$top");
  const top = topText === null ? DEFAULT_TOP : Number(topText);
  if (!Number.isInteger(top) || top < 0) throw badRequest(`Invalid $top value '${topText ?? ""}'.`);
  const skip = params.get("$skiptoken");
  const afterId = skip ? Number(new URLSearchParams(skip).get("p_ID")) : null;
  const list = (name: string): string[] =>
    (params.get(name) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  return {
    filter,
    orderBy,
    // Not capped: on a list over the threshold a $top above 5,000 is refused (enforceThreshold),
    // and on a smaller list it cannot return more than the list holds.
    top,
    afterId,
    select: list("$select"),
    expand: list("$expand"),
  };
}

/**
 * The list view threshold: on a list over 5,000 items, SharePoint refuses a
 * query whose filter cannot start from an index that narrows it to 5,000 or
 * fewer items, and any sort on a column without an index.
 */
export function enforceThreshold(tenant: Tenant, def: ListDef, items: StoredItem[], query: ItemQuery): void {
  enforceLookupThreshold(def, query);
  if (items.length <= LIST_VIEW_THRESHOLD) return;
  // A page larger than the threshold is itself a throttled operation on a large list.
  if (query.top > LIST_VIEW_THRESHOLD) throw thresholdExceeded();
  if (query.filter) {
    const first = leadingConjuncts(query.filter)[0];
    if (!first || !fieldsInFilter(first).every((f) => isIndexed(def, f))) throw thresholdExceeded();
    const narrowed = items.filter((item) =>
      evaluateFilter(first, (f) => readProperty(tenant, def, item, f)),
    ).length;
    if (narrowed > LIST_VIEW_THRESHOLD) throw thresholdExceeded();
  }
  if (query.orderBy.some((o) => !isIndexed(def, o.field))) throw thresholdExceeded();
}

/**
 * Person and lookup columns the query joins: those it expands, filters or sorts
 * through (`TBOwner/EMail`). Counted only where a join is certain; a bare
 * `TBOwnerId` reads the id stored on the item.
 */
function enforceLookupThreshold(def: ListDef, query: ItemQuery): void {
  const joined = new Set<string>();
  const through = [
    ...(query.filter ? fieldsInFilter(query.filter) : []),
    ...query.orderBy.map((o) => o.field),
  ].filter((p) => p.includes("/"));
  for (const path of [...query.expand, ...through]) {
    const base = path.split("/")[0] ?? path;
    const field = fieldFor(def, base);
    const isLookup =
      base === "Author" ||
      base === "Editor" ||
      (field !== undefined &&
        (field.type === "User" || field.type === "UserMulti" || field.type === "LookupMulti"));
    if (isLookup) joined.add(base);
  }
  if (joined.size > LOOKUP_THRESHOLD) throw lookupThresholdExceeded();
}

export function runQuery(
  tenant: Tenant,
  def: ListDef,
  visible: StoredItem[],
  query: ItemQuery,
): { page: StoredItem[]; lastId: number | null } {
  const filter = query.filter;
  const matched = filter
    ? visible.filter((item) => evaluateFilter(filter, (f) => readProperty(tenant, def, item, f)))
    : [...visible];
  const order = query.orderBy.length > 0 ? query.orderBy : [{ field: "Id", descending: false }];
  matched.sort((a, b) => {
    for (const term of order) {
      const c = compareForOrder(
        readProperty(tenant, def, a, term.field),
        readProperty(tenant, def, b, term.field),
      );
      if (c !== 0) return term.descending ? -c : c;
    }
    return a.Id - b.Id;
  });
  const start = query.afterId === null ? 0 : startAfter(matched, order, query.afterId);
  const page = matched.slice(start, start + query.top);
  const more = start + query.top < matched.length;
  return { page, lastId: more ? (page[page.length - 1]?.Id ?? null) : null };
}

/**
 * Where the page after `$skiptoken=…p_ID=afterId` starts. The skiptoken is a
 * position, not an item: when the item the last page ended on has since been
 * deleted (or stopped matching), SharePoint goes on from the next Id rather
 * than starting over.
 */
function startAfter(matched: StoredItem[], order: OrderTerm[], afterId: number): number {
  const found = matched.findIndex((i) => i.Id === afterId);
  if (found >= 0) return found + 1;
  const first = order[0];
  if (first && first.field.toLowerCase() === "id") {
    const next = matched.findIndex((i) => (first.descending ? i.Id < afterId : i.Id > afterId));
    return next < 0 ? matched.length : next;
  }
  return 0;
}

/** One item as JSON light (minimal metadata) with $select and $expand applied. */
export function serialiseItem(
  tenant: Tenant,
  def: ListDef,
  item: StoredItem,
  siteUrl: string,
  query: Pick<ItemQuery, "select" | "expand">,
): Record<string, unknown> {
  const meta = itemMetadata(def, item, siteUrl);
  const all = fullItem(def, item);
  if (query.select.length === 0 || query.select.includes("*")) return { ...meta, ...all };
  const out: Record<string, unknown> = { ...meta };
  const expansions = new Map<string, string[]>();
  for (const s of query.select) {
    const [base = s, sub] = s.split("/");
    if (sub !== undefined) {
      if (!query.expand.includes(base))
        throw badRequest(
          `The query to field '${base}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${base}.`,
        );
      expansions.set(base, [...(expansions.get(base) ?? []), sub]);
    } else if (base in all) {
      out[base] = all[base];
    } else if (base === "HasUniqueRoleAssignments") {
      // SP.SecurableObject.HasUniqueRoleAssignments, returned only when selected by name
      // (https://learn.microsoft.com/sharepoint/dev/sp-add-ins/users-groups-and-roles-rest-api-reference).
      out[base] = item.acl !== undefined;
    } else if (base === "FileDirRef") {
      // A system column REST returns only when asked for by name.
      out[base] = fileDirRef(def, item);
    } else {
      throw badRequest(`The field or property '${base}' does not exist.`);
    }
  }
  for (const [base, subs] of expansions) out[base] = expandedValue(tenant, def, item, base, subs);
  return out;
}

export function itemMetadata(def: ListDef, item: StoredItem, siteUrl: string): Record<string, unknown> {
  const editLink = `Web/Lists(guid'${listGuidFor(def)}')/Items(${item.Id})`;
  return {
    "odata.type": listItemType(def.title),
    "odata.id": `${siteUrl}/_api/${editLink}`,
    "odata.etag": `"${item.version}"`,
    "odata.editLink": editLink,
  };
}

const listGuidFor = (def: ListDef): string => listGuid(def.title);
