import type { SPFI } from "@pnp/sp";
import "@pnp/sp/regional-settings/web";
import { z } from "zod";
import { DataError, toDataError } from "../errors";
import { offsetMinutesAt, type DateOrder, type SiteRegional, type SiteTimeZone } from "./dates";

/**
 * The site's regional settings (GET …/_api/web/RegionalSettings?$expand=TimeZone),
 * read once per PnPjs instance: SharePoint parses the form values we send in
 * them and stores date-only columns as midnight in their time zone.
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj247219(v=office.15)
 */
const RegionalSettingsRow = z.object({
  LocaleId: z.number().int(),
  DateFormat: z.number().int(),
  DateSeparator: z.string().min(1),
  TimeZone: z.object({
    Id: z.number().int(),
    Description: z.string(),
    Information: z.object({
      Bias: z.number().int(),
      StandardBias: z.number().int(),
      DaylightBias: z.number().int(),
    }),
  }),
});

/**
 * SharePoint's time zone ids (SP.RegionalSettings.timeZones, the table in
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-visio/jj247008(v=office.15))
 * → the IANA zone for the same Windows zone (CLDR windowsZones). Ids whose
 * rules have changed since (7 Minsk, 30 Mid-Atlantic) and those not listed are
 * handled from the site's biases instead (see dates.ts).
 */
export const SHAREPOINT_TIME_ZONES: Readonly<Record<number, string>> = {
  2: "Europe/London", // (GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London
  3: "Europe/Paris", // (GMT+01:00) Brussels, Copenhagen, Madrid, Paris
  4: "Europe/Berlin", // (GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
  5: "Europe/Bucharest", // (GMT+02:00) Athens, Bucharest, Istanbul
  6: "Europe/Budapest", // (GMT+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague
  8: "America/Sao_Paulo", // (GMT-03:00) Brasilia
  9: "America/Halifax", // (GMT-04:00) Atlantic Time (Canada)
  10: "America/New_York", // (GMT-05:00) Eastern Time (US and Canada)
  11: "America/Chicago", // (GMT-06:00) Central Time (US and Canada)
  12: "America/Denver", // (GMT-07:00) Mountain Time (US and Canada)
  13: "America/Los_Angeles", // (GMT-08:00) Pacific Time (US and Canada)
  14: "America/Anchorage", // (GMT-09:00) Alaska
  15: "Pacific/Honolulu", // (GMT-10:00) Hawaii
  16: "Pacific/Pago_Pago", // (GMT-11:00) Midway Island, Samoa
  17: "Pacific/Auckland", // (GMT+12:00) Auckland, Wellington
  18: "Australia/Brisbane", // (GMT+10:00) Brisbane
  19: "Australia/Adelaide", // (GMT+09:30) Adelaide
  20: "Asia/Tokyo", // (GMT+09:00) Osaka, Sapporo, Tokyo
  21: "Asia/Singapore", // (GMT+08:00) Kuala Lumpur, Singapore
  22: "Asia/Bangkok", // (GMT+07:00) Bangkok, Hanoi, Jakarta
  23: "Asia/Kolkata", // (GMT+05:30) Chennai, Kolkata, Mumbai, New Delhi
  24: "Asia/Dubai", // (GMT+04:00) Abu Dhabi, Muscat
  25: "Asia/Tehran", // (GMT+03:30) Tehran
  26: "Asia/Baghdad", // (GMT+03:00) Baghdad
  27: "Asia/Jerusalem", // (GMT+02:00) Jerusalem
  28: "America/St_Johns", // (GMT-03:30) Newfoundland
  29: "Atlantic/Azores", // (GMT-01:00) Azores
  31: "Atlantic/Reykjavik", // (GMT) Casablanca, Monrovia, Reykjavik
  32: "America/Argentina/Buenos_Aires", // (GMT-03:00) Buenos Aires, Georgetown
  33: "America/La_Paz", // (GMT-04:00) Caracas, La Paz
  34: "America/Indiana/Indianapolis", // (GMT-05:00) Indiana (East)
  35: "America/Bogota", // (GMT-05:00) Bogota, Lima, Quito
  36: "America/Regina", // (GMT-06:00) Saskatchewan
  37: "America/Mexico_City", // (GMT-06:00) Guadalajara, Mexico City, Monterrey
};

/** Mid-month instants of one year: enough to see a zone's standard and daylight offsets. */
const SAMPLES = Array.from({ length: 12 }, (_, month) => Date.UTC(2026, month, 15, 12));

/**
 * The IANA zone for a SharePoint time zone, only if every offset it uses is
 * one the site's biases allow (standard or daylight); a table entry that
 * disagrees with what SharePoint says is not trusted.
 */
export function ianaFor(id: number, bias: number, standardBias: number, daylightBias: number): string | null {
  const iana = SHAREPOINT_TIME_ZONES[id];
  if (!iana) return null;
  const allowed = new Set([-(bias + standardBias), -(bias + daylightBias)]);
  try {
    return SAMPLES.every((ms) => allowed.has(offsetMinutesAt(iana, ms))) ? iana : null;
  } catch {
    return null; // a runtime without this zone
  }
}

const ORDERS: Readonly<Record<number, DateOrder>> = { 0: "MDY", 1: "DMY", 2: "YMD" };

/** The REST answer → what the data layer needs. Throws a DataError when it is not in the expected shape. */
export function toSiteRegional(raw: unknown): SiteRegional {
  const parsed = RegionalSettingsRow.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(
      "invalid",
      `The SharePoint site's regional settings are not in the expected shape (${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""}).`,
    );
  }
  const r = parsed.data;
  const order = ORDERS[r.DateFormat];
  if (!order)
    throw new DataError(
      "invalid",
      `The SharePoint site's date format (${r.DateFormat}) is not one Trust Boards knows.`,
    );
  const info = r.TimeZone.Information;
  const timeZone: SiteTimeZone = {
    id: r.TimeZone.Id,
    description: r.TimeZone.Description,
    bias: info.Bias,
    standardBias: info.StandardBias,
    daylightBias: info.DaylightBias,
    iana: ianaFor(r.TimeZone.Id, info.Bias, info.StandardBias, info.DaylightBias),
  };
  return { locale: { localeId: r.LocaleId, order, separator: r.DateSeparator }, timeZone };
}

const cache = new WeakMap<SPFI, Promise<SiteRegional>>();

/**
 * The site's regional settings, asked for once per PnPjs instance (one per
 * signed-in app) and shared by every read and write that needs them; a failed
 * read is not kept, so the next call asks again.
 */
export function siteRegional(sp: SPFI): Promise<SiteRegional> {
  let pending = cache.get(sp);
  if (!pending) {
    pending = sp.web.regionalSettings
      .expand("TimeZone")()
      .then(toSiteRegional, (e: unknown) => {
        throw toDataError(e);
      });
    cache.set(sp, pending);
    pending.catch(() => cache.delete(sp));
  }
  return pending;
}
