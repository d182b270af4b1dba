import type { IsoDate, IsoInstant } from "../../domain/types";

/**
 * The site's regional settings are Europe/London. A date-only column holds
 * midnight UK time expressed in UTC (so 30 Jun arrives as 29 Jun 23:00Z in
 * summer): read it back in UK time, never by slicing the UTC string.
 */
const UK_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function spDateToIso(value: string | null | undefined): IsoDate | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : UK_DATE.format(d);
}

const offsetMinutes = (utcMs: number): number => {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hourCycle: "h23",
    hour: "2-digit",
    minute: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(utcMs));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const local = (get("hour") * 60 + get("minute") + 24 * 60) % (24 * 60);
  const utc = new Date(utcMs).getUTCHours() * 60 + new Date(utcMs).getUTCMinutes();
  return ((local - utc + 36 * 60) % (24 * 60)) - 12 * 60;
};

/** A calendar date → the instant SharePoint stores for it (midnight UK time). */
export function isoToSpDate(date: IsoDate): IsoInstant {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  return new Date(guess - offsetMinutes(guess - offsetMinutes(guess) * 60000) * 60000)
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z");
}

/** validate-update form values use the site's locale: en-GB "31/03/2018". */
export const isoToFormDate = (date: IsoDate): string =>
  `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
