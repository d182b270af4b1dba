import type { ListDef } from "../../../manifest";
import type { Tenant } from "../tenant";
import { parseFormDate } from "../time";
import { fieldFor, restName } from "./fields";
import { siteDateShape } from "./regional";

/** One entry of AddValidateUpdateItemUsingPath's `formValues`. */
export interface FormValue {
  FieldName: string;
  FieldValue: string;
}

export interface FormResult {
  FieldName: string;
  FieldValue: string;
  HasException: boolean;
  ErrorCode: number;
  ErrorMessage: string | null;
  ItemId: number;
}

/**
 * Converts validate-update form values (strings in the site's locale — see
 * regional.ts — people as
 * a JSON array of claims keys) into stored column values. SharePoint reports a
 * bad value per field with HasException rather than failing the request.
 */
export function readFormValues(
  tenant: Tenant,
  def: ListDef,
  values: FormValue[],
): { fields: Record<string, unknown>; results: FormResult[] } {
  const fields: Record<string, unknown> = {};
  const results = values.map((v) => {
    const error = convert(tenant, def, v, fields);
    return {
      FieldName: v.FieldName,
      FieldValue: v.FieldValue,
      HasException: error !== null,
      ErrorCode: error === null ? 0 : -2146232832,
      ErrorMessage: error,
      ItemId: 0,
    };
  });
  return { fields, results };
}

function convert(
  tenant: Tenant,
  def: ListDef,
  value: FormValue,
  out: Record<string, unknown>,
): string | null {
  const text = value.FieldValue;
  if (value.FieldName === "Title") {
    out["Title"] = text;
    return text.length > 255 ? "The value is longer than 255 characters." : null;
  }
  const field = fieldFor(def, value.FieldName);
  if (!field || field.name !== value.FieldName)
    return `Column '${value.FieldName}' does not exist. It may have been deleted by another user.`;
  const key = restName(field);
  if (text === "") {
    out[key] = field.type === "UserMulti" || field.type === "LookupMulti" ? [] : null;
    return null;
  }
  switch (field.type) {
    case "Text":
    case "URL":
    case "Note": {
      const max = field.type === "Note" ? 63999 : (field.maxLength ?? 255);
      out[key] = text;
      return text.length > max ? `The value is longer than ${max} characters.` : null;
    }
    case "Choice":
      out[key] = text;
      return (field.choices ?? []).includes(text) ? null : `Value '${text}' is not a valid choice.`;
    case "Number": {
      const n = Number(text);
      out[key] = n;
      if (!Number.isFinite(n)) return "Invalid number value. A number field contains invalid data.";
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
        return `The value must be between ${field.min} and ${field.max}.`;
      }
      return null;
    }
    case "Boolean":
      out[key] = text === "1" || text.toLowerCase() === "yes" || text.toLowerCase() === "true";
      return null;
    case "DateTime": {
      // Read in the site's regional settings (order and separator of its short
      // date), as SharePoint does: an en-US site reads 05/06/2027 as 5 May and
      // cannot read 30/06/2027. A date-only column keeps midnight in the site's
      // time zone. https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj247219(v=office.15)
      const iso = parseFormDate(text, siteDateShape(tenant), field.dateOnly === true);
      out[key] = iso;
      return iso === null ? "Invalid date/time value. A date/time field contains invalid data." : null;
    }
    case "User":
    case "UserMulti": {
      const ids = resolvePeople(tenant, text);
      if (ids === null) return "The user does not exist or is not unique.";
      out[key] = field.type === "User" ? (ids[0] ?? null) : ids;
      return null;
    }
    case "LookupMulti":
      return "Lookup columns are not supported in form values by this emulator.";
  }
}

/** People come as `[{"Key":"i:0#.f|membership|upn"}]`; each is added to the site like ensureuser. */
function resolvePeople(tenant: Tenant, text: string): number[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const ids: number[] = [];
  for (const entry of parsed) {
    const key = typeof entry === "object" && entry !== null ? (entry as { Key?: unknown }).Key : undefined;
    if (typeof key !== "string") return null;
    const upn = key.split("|").pop() ?? "";
    const user = tenant.userByUpn(upn);
    if (!user) return null;
    ids.push(tenant.ensureSiteUser(user).Id);
  }
  return ids;
}
