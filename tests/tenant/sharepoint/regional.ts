import { ALL_LISTS } from "../../../manifest";
import { json, type SimpleResponse } from "../http";
import type { SiteLocaleName } from "../state";
import type { Tenant } from "../tenant";
import { utcToZonedDate, zonedToUtcIso, type DateShape } from "../time";
import { SpFailure, badRequest } from "./errors";

/**
 * The site's regional settings (SP.RegionalSettings, GET …/_api/web/RegionalSettings):
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj247219(v=office.15)
 *
 * SharePoint reads validate-update form values in them and keeps a date-only
 * column as midnight in the site's time zone. DateFormat is the Windows short
 * date order (LOCALE_IDATE: 0 month-day-year, 1 day-month-year, 2 year-month-day,
 * https://learn.microsoft.com/en-us/windows/win32/intl/locale-idate). Time zone
 * ids are SharePoint's own (SP.RegionalSettings.timeZones, table in
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj247008(v=office.15));
 * Bias and its companions are minutes with UTC = local time + bias, as in
 * TIMEZONE.XML (https://learn.microsoft.com/en-us/sharepoint/dev/schema/bias-element-regional-settings).
 */
interface SitePreset {
  LocaleId: number;
  DateFormat: 0 | 1 | 2;
  DateSeparator: string;
  Time24: boolean;
  FirstDayOfWeek: number;
  TimeZone: { Id: number; Description: string; Bias: number; StandardBias: number; DaylightBias: number };
  /** The IANA zone the emulator computes with (SharePoint uses its own tables for the same zone). */
  iana: string;
}

export const SITE_LOCALES: Readonly<Record<SiteLocaleName, SitePreset>> = {
  // A UK council's site: English (United Kingdom), (GMT) Dublin, Edinburgh, Lisbon, London.
  "en-GB": {
    LocaleId: 2057,
    DateFormat: 1,
    DateSeparator: "/",
    Time24: true,
    FirstDayOfWeek: 1,
    TimeZone: {
      Id: 2,
      Description: "(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London",
      Bias: 0,
      StandardBias: 0,
      DaylightBias: -60,
    },
    iana: "Europe/London",
  },
  // A site created with SharePoint's defaults: English (United States), Pacific Time.
  "en-US": {
    LocaleId: 1033,
    DateFormat: 0,
    DateSeparator: "/",
    Time24: false,
    FirstDayOfWeek: 0,
    TimeZone: {
      Id: 13,
      Description: "(GMT-08:00) Pacific Time (US and Canada)",
      Bias: 480,
      StandardBias: 0,
      DaylightBias: -60,
    },
    iana: "America/Los_Angeles",
  },
};

export const isSiteLocale = (value: unknown): value is SiteLocaleName =>
  typeof value === "string" && Object.hasOwn(SITE_LOCALES, value);

/** The site's locale; a state file from before sites had one is en-GB. */
export const siteLocaleName = (tenant: Tenant): SiteLocaleName => tenant.state.site?.locale ?? "en-GB";

const preset = (tenant: Tenant): SitePreset => SITE_LOCALES[siteLocaleName(tenant)];

/** How the site reads and writes a date: part order, separator, time zone. */
export function siteDateShape(tenant: Tenant): DateShape {
  const p = preset(tenant);
  return {
    order: p.DateFormat === 0 ? "MDY" : p.DateFormat === 1 ? "DMY" : "YMD",
    separator: p.DateSeparator,
    timeZone: p.iana,
  };
}

function timeZoneJson(siteUrl: string, p: SitePreset): Record<string, unknown> {
  const tz = p.TimeZone;
  return {
    "odata.type": "SP.TimeZone",
    "odata.id": `${siteUrl}/_api/web/RegionalSettings/TimeZone`,
    "odata.editLink": "web/RegionalSettings/TimeZone",
    Description: tz.Description,
    Id: tz.Id,
    Information: { Bias: tz.Bias, DaylightBias: tz.DaylightBias, StandardBias: tz.StandardBias },
  };
}

/** Every property of SP.RegionalSettings; TimeZone is a navigation property, present only when expanded. */
function settingsJson(p: SitePreset): Record<string, unknown> {
  return {
    AdjustHijriDays: 0,
    AlternateCalendarType: 0,
    AM: "AM",
    CalendarType: 1,
    Collation: 25,
    CollationLCID: 2070,
    DateFormat: p.DateFormat,
    DateSeparator: p.DateSeparator,
    DecimalSeparator: ".",
    DigitGrouping: "3;0",
    FirstDayOfWeek: p.FirstDayOfWeek,
    FirstWeekOfYear: 0,
    IsEastAsia: false,
    IsRightToLeft: false,
    IsUIRightToLeft: false,
    ListSeparator: ",",
    LocaleId: p.LocaleId,
    NegativeSign: "-",
    NegNumberMode: 1,
    PM: "PM",
    PositiveSign: "",
    ShowWeeks: false,
    ThousandSeparator: ",",
    Time24: p.Time24,
    TimeMarkerPosition: 0,
    TimeSeparator: ":",
    WorkDayEndHour: 1020,
    WorkDays: 62,
    WorkDayStartHour: 480,
  };
}

const listParam = (params: URLSearchParams, name: string): string[] =>
  (params.get(name) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");

const missingProperty = (name: string): SpFailure =>
  new SpFailure(
    400,
    "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
    `The field or property '${name}' does not exist.`,
  );

/** Keeps the $select-ed properties (all when there is no $select), case-insensitively. */
function pick(source: Record<string, unknown>, wanted: string[]): Record<string, unknown> {
  if (wanted.length === 0 || wanted.includes("*")) return source;
  const out: Record<string, unknown> = {};
  for (const name of wanted) {
    const key = Object.keys(source).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) throw missingProperty(name);
    out[key] = source[key];
  }
  return out;
}

/**
 * GET …/_api/web/RegionalSettings (with $select and $expand=TimeZone) and
 * GET …/_api/web/RegionalSettings/TimeZone. Null when the path is not theirs.
 */
export function regionalRoute(
  tenant: Tenant,
  siteUrl: string,
  path: string,
  method: string,
  params: URLSearchParams,
): SimpleResponse | null {
  const m = /^web\/regionalsettings(\/timezone)?$/i.exec(path);
  if (!m) return null;
  if (method !== "GET") throw badRequest(`The emulated tenant does not implement '${method} _api/${path}'.`);
  const p = preset(tenant);
  const select = listParam(params, "$select");
  if (m[1]) {
    const { "odata.type": type, "odata.id": id, "odata.editLink": edit, ...zone } = timeZoneJson(siteUrl, p);
    return json(200, { "odata.type": type, "odata.id": id, "odata.editLink": edit, ...pick(zone, select) });
  }
  const expand = listParam(params, "$expand");
  for (const e of expand) if (e.toLowerCase() !== "timezone") throw missingProperty(e);
  const expanded = expand.length > 0;
  const top = select.filter((s) => !s.includes("/"));
  const zoneSelect = select
    .filter((s) => s.toLowerCase().startsWith("timezone/"))
    .map((s) => s.slice("timezone/".length));
  const body: Record<string, unknown> = {
    "odata.type": "SP.RegionalSettings",
    "odata.id": `${siteUrl}/_api/web/RegionalSettings`,
    "odata.editLink": "web/RegionalSettings",
    ...pick(settingsJson(p), select.length === 0 ? [] : top.filter((s) => s.toLowerCase() !== "timezone")),
  };
  const wantsZone =
    select.length === 0 ||
    select.some((s) => s.toLowerCase() === "timezone" || s.toLowerCase().startsWith("timezone/"));
  if (expanded && wantsZone) {
    const { "odata.type": type, "odata.id": id, "odata.editLink": edit, ...zone } = timeZoneJson(siteUrl, p);
    body["TimeZone"] = {
      "odata.type": type,
      "odata.id": id,
      "odata.editLink": edit,
      ...pick(zone, zoneSelect),
    };
  }
  return json(200, body);
}

/**
 * Switches the site to another locale and time zone. Real SharePoint keeps the
 * stored instants when an owner changes the time zone, so its date-only values
 * then show a day out; this switch instead models a site set up in that locale
 * from the start: every date-only value is re-expressed as the same calendar
 * date at midnight in the new time zone.
 */
export function switchSiteLocale(tenant: Tenant, locale: SiteLocaleName): void {
  const from = SITE_LOCALES[siteLocaleName(tenant)].iana;
  const to = SITE_LOCALES[locale].iana;
  tenant.state.site = { locale };
  if (from !== to) {
    const moved = new Set<Record<string, unknown>>();
    const move = (fields: Record<string, unknown>, names: string[]): void => {
      if (moved.has(fields)) return;
      moved.add(fields);
      for (const name of names) {
        const value = fields[name];
        if (typeof value !== "string" || Number.isNaN(Date.parse(value))) continue;
        const [y, m, d] = utcToZonedDate(from, value).split("-").map(Number) as [number, number, number];
        fields[name] = zonedToUtcIso(to, y, m, d);
      }
    };
    for (const def of ALL_LISTS) {
      const names = def.fields.filter((f) => f.type === "DateTime" && f.dateOnly === true).map((f) => f.name);
      const list = tenant.state.lists[def.title];
      if (!list || names.length === 0) continue;
      for (const item of list.items) {
        move(item.fields, names);
        for (const v of item.versions ?? []) move(v.fields, names);
      }
    }
  }
  tenant.changed();
}

/** What the control API and the workbench show about the site. */
export function siteDescription(tenant: Tenant): Record<string, unknown> {
  const name = siteLocaleName(tenant);
  const p = SITE_LOCALES[name];
  return {
    locale: name,
    localeId: p.LocaleId,
    timeZone: p.TimeZone.Description,
    locales: Object.keys(SITE_LOCALES),
  };
}
