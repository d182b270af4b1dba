import type { FieldDef } from "../../manifest";

/**
 * The CAML `<Field>` for a manifest column, for `fields.createFieldAsXml` (Field element,
 * https://learn.microsoft.com/sharepoint/dev/schema/field-element-field). Name and StaticName carry the
 * internal name; it is kept only with AddFieldInternalNameHint (FIELD_OPTIONS). Indexes and unique values
 * are set afterwards, each as its own step (plan.ts), so a site stopped halfway is completed the same way.
 */
export function fieldXml(f: FieldDef, lookupListId?: string): string {
  const attrs: [string, string][] = [
    ["Type", f.type],
    ["Name", f.name],
    ["StaticName", f.name],
    ["DisplayName", f.title],
    ["Required", f.required ? "TRUE" : "FALSE"],
  ];
  let inner = "";
  switch (f.type) {
    case "Text":
      attrs.push(["MaxLength", String(f.maxLength ?? 255)]);
      break;
    case "Note":
      attrs.push(["NumLines", "6"], ["RichText", "FALSE"]);
      break;
    case "Number":
      if (f.min !== undefined) attrs.push(["Min", String(f.min)]);
      if (f.max !== undefined) attrs.push(["Max", String(f.max)]);
      break;
    case "DateTime":
      attrs.push(["Format", f.dateOnly ? "DateOnly" : "DateTime"]);
      break;
    case "Choice":
      attrs.push(["Format", "Dropdown"]);
      inner = `<CHOICES>${(f.choices ?? []).map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join("")}</CHOICES>`;
      break;
    case "Boolean":
      inner = "<Default>0</Default>";
      break;
    case "User":
      attrs.push(["UserSelectionMode", "PeopleOnly"]);
      break;
    case "UserMulti":
      attrs.push(["Mult", "TRUE"], ["UserSelectionMode", "PeopleOnly"]);
      break;
    case "LookupMulti":
      if (!lookupListId) throw new Error(`The lookup column ${f.name} needs its list's id.`);
      attrs.push(["Mult", "TRUE"], ["List", `{${lookupListId}}`], ["ShowField", "Title"]);
      break;
    case "URL":
      attrs.push(["Format", "Hyperlink"]);
      break;
  }
  const head = attrs.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(" ");
  return inner === "" ? `<Field ${head} />` : `<Field ${head}>${inner}</Field>`;
}

/** AddFieldInternalNameHint (8): keep the Name attribute as the internal name (SP.AddFieldOptions). */
export const FIELD_OPTIONS = 8;

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
