import type { IsoDate, IsoInstant } from "../../domain/types";
import { DataError } from "../errors";

/**
 * Dates as the SharePoint site holds them. Its regional settings decide two
 * things: how validate-update form values are read (the short date's order and
 * separator), and which instant a date-only column stores (midnight in the
 * site's time zone, expressed in UTC — so 30 Jun on a UK site arrives as
 * 29 Jun 23:00Z). Read them with regionalSettings.ts; never slice the UTC string.
 */

/** SP.RegionalSettings.DateFormat, the Windows short date order (LOCALE_IDATE): 0 MDY, 1 DMY, 2 YMD. */
export type DateOrder = "MDY" | "DMY" | "YMD";

export interface SiteLocale {
  /** LCID, e.g. 2057 English (United Kingdom), 1033 English (United States). */
  localeId: number;
  order: DateOrder;
  separator: string;
}

/** SP.TimeZone: SharePoint's id and its Information, in minutes with UTC = local time + bias. */
export interface SiteTimeZone {
  id: number;
  description: string;
  bias: number;
  standardBias: number;
  daylightBias: number;
  /** The IANA zone for the id, when we know it and it agrees with the biases; null otherwise. */
  iana: string | null;
}

export interface SiteRegional {
  locale: SiteLocale;
  timeZone: SiteTimeZone;
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

function wallClock(iana: string, utcMs: number): { y: number; m: number; d: number; h: number; min: number } {
  let format = FORMATS.get(iana);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone: iana,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    FORMATS.set(iana, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  return {
    y: Number(parts.year),
    m: Number(parts.month),
    d: Number(parts.day),
    h: Number(parts.hour),
    min: Number(parts.minute),
  };
}

/** Minutes the IANA zone's clock is ahead of UTC at this instant. */
export function offsetMinutesAt(iana: string, utcMs: number): number {
  const w = wallClock(iana, utcMs);
  return Math.round((Date.UTC(w.y, w.m - 1, w.d, w.h, w.min) - Math.floor(utcMs / 60000) * 60000) / 60000);
}

const toInstant = (ms: number): IsoInstant => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const utcDate = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
const DAY = 24 * 60 * 60000;

function parts(date: IsoDate): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new DataError("invalid", `"${date}" is not a date (expected YYYY-MM-DD).`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const unknownZone = (zone: SiteTimeZone): DataError =>
  new DataError(
    "invalid",
    `The SharePoint site's time zone (${zone.description}, id ${zone.id}) has daylight saving time that ` +
      "Trust Boards does not know the rules for, so it cannot store dates there without risking a day's " +
      "error. Ask for this time zone to be added, or set the site to a listed time zone.",
  );

/** A calendar date → the instant SharePoint stores for it in a date-only column (midnight in the site's time zone). */
export function isoToSpDate(date: IsoDate, zone: SiteTimeZone): IsoInstant {
  const [y, m, d] = parts(date);
  const guess = Date.UTC(y, m - 1, d);
  if (zone.iana !== null) {
    const first = guess - offsetMinutesAt(zone.iana, guess) * 60000;
    return toInstant(guess - offsetMinutesAt(zone.iana, first) * 60000);
  }
  // Without the zone's rules we know the offset only when it never changes.
  if (zone.daylightBias === zone.standardBias)
    return toInstant(guess + (zone.bias + zone.standardBias) * 60000);
  throw unknownZone(zone);
}

/**
 * The instant a date-only column holds → the calendar date the site shows for
 * it. With the site's time zone: the date in that zone (when its rules are not
 * known, the offset — standard or daylight — that puts the instant at local
 * midnight). Without it: every zone's midnight is 12 hours either side of UTC
 * midnight except for zones 10 to 14 hours from UTC, where an instant between
 * 10:00Z and 12:00Z could be either of two dates; that is refused, never guessed.
 */
export function spDateToIso(value: string | null | undefined, zone?: SiteTimeZone): IsoDate | null {
  if (!value) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  if (zone?.iana) {
    const w = wallClock(zone.iana, ms);
    return `${w.y}-${String(w.m).padStart(2, "0")}-${String(w.d).padStart(2, "0")}`;
  }
  if (zone) {
    const offsets = [...new Set([zone.bias + zone.standardBias, zone.bias + zone.daylightBias])].map(
      (b) => -b,
    );
    const midnight = offsets.find((o) => (ms + o * 60000) % DAY === 0);
    if (midnight !== undefined) return utcDate(ms + midnight * 60000);
    const dates = new Set(offsets.map((o) => utcDate(ms + o * 60000)));
    if (dates.size === 1) return [...dates][0] ?? null;
    throw new DataError(
      "invalid",
      `A date stored on the SharePoint site (${value}) is not midnight in the site's time zone (${zone.description}), so its day cannot be told.`,
    );
  }
  const minuteOfDay = (((ms % DAY) + DAY) % DAY) / 60000;
  if (minuteOfDay >= 10 * 60 && minuteOfDay <= 12 * 60) {
    throw new DataError(
      "invalid",
      `A date stored on the SharePoint site (${value}) can only be read with the site's time zone.`,
    );
  }
  return utcDate(minuteOfDay > 12 * 60 ? ms + DAY : ms);
}

/** A calendar date as a validate-update form value in the site's locale: 31/03/2027 (en-GB), 03/31/2027 (en-US). */
export function isoToFormDate(date: IsoDate, locale: SiteLocale): string {
  const [y, m, d] = parts(date);
  const dd = String(d).padStart(2, "0");
  const mm = String(m).padStart(2, "0");
  const yyyy = String(y);
  const ordered =
    locale.order === "DMY" ? [dd, mm, yyyy] : locale.order === "MDY" ? [mm, dd, yyyy] : [yyyy, mm, dd];
  return ordered.join(locale.separator);
}
