/**
 * The one place OData literals are written. Strings double their single quotes;
 * PnPjs then URL-encodes the whole $filter, so nothing else needs escaping.
 */
export type ODataValue = string | number | boolean | null;

export function literal(value: ODataValue): string {
  if (value === null) return "null";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("OData numbers must be finite");
    return String(value);
  }
  if (typeof value === "boolean") return value ? "1" : "0";
  return `'${value.replace(/'/g, "''")}'`;
}

export const eq = (field: string, value: ODataValue): string => `${field} eq ${literal(value)}`;
export const and = (...clauses: string[]): string =>
  clauses.map((c) => (/ or /.test(c) ? `(${c})` : c)).join(" and ");
