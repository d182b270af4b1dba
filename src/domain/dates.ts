import { format, parseISO } from "date-fns";
import { enGB } from "date-fns/locale";
import type { IsoDate, IsoInstant } from "./types";

/** "31 Mar 2018": the en-GB short date the Trust's papers use. */
export function formatDate(date: IsoDate | null | undefined): string {
  if (!date) return "";
  return format(parseISO(date), "d MMM yyyy", { locale: enGB });
}

/** "22 Nov 2026, 14:05" in the viewer's time zone. */
export function formatDateTime(instant: IsoInstant | null | undefined): string {
  if (!instant) return "";
  return format(parseISO(instant), "d MMM yyyy, HH:mm", { locale: enGB });
}

/** Today's calendar date where the viewer is. */
export function todayIso(now: Date = new Date()): IsoDate {
  return format(now, "yyyy-MM-dd");
}

export function isValidIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = parseISO(text);
  return !Number.isNaN(d.getTime()) && format(d, "yyyy-MM-dd") === text;
}

/** The UK financial year a date falls in, e.g. "2017/18" for 31 Mar 2018. */
export function planYearOf(date: IsoDate): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** Q1 is April–June … Q4 is January–March. */
export function quarterOf(date: IsoDate): "Q1" | "Q2" | "Q3" | "Q4" {
  const m = Number(date.slice(5, 7));
  if (m >= 4 && m <= 6) return "Q1";
  if (m >= 7 && m <= 9) return "Q2";
  if (m >= 10) return "Q3";
  return "Q4";
}

const MONTHS_EN_GB = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "30 June 2027": unambiguous whatever the reader's locale, so the date field shows it this way. */
export function formatLongDate(date: IsoDate | null | undefined): string {
  if (!date) return "";
  return format(parseISO(date), "d MMMM yyyy", { locale: enGB });
}

/** What a person typed into a date field, read the en-GB way (day before month). */
export type TypedDate =
  | { kind: "empty" }
  | { kind: "date"; iso: IsoDate }
  /** Read as day, month and year, but no such date exists (31/02/2027, or 06/30/2027 typed month first). */
  | { kind: "impossible"; day: number; month: number; year: number }
  | { kind: "unreadable" };

const pad = (n: number): string => String(n).padStart(2, "0");

function monthFromName(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n.length < 3) return null;
  const i = MONTHS_EN_GB.findIndex((m) => m.toLowerCase().startsWith(n));
  return i === -1 ? null : i + 1;
}

function dayMonthYear(day: number, month: number, year: number): TypedDate {
  if (year < 1000) return { kind: "unreadable" };
  if (month < 1 || month > 12 || day < 1) return { kind: "impossible", day, month, year };
  const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return isValidIsoDate(iso) ? { kind: "date", iso } : { kind: "impossible", day, month, year };
}

/**
 * Reads a typed date the way a UK reader means it, whatever the browser's
 * locale: 30/06/2027, 30-06-2027, 30.6.2027, 30 6 2027, 30/06/27 (20xx),
 * 2027-06-30 (ISO, year first), and 30 June 2027 / 30 Jun 2027, with or
 * without a weekday in front ("Wed 30 June 2027"). Never guesses month-first.
 */
export function parseEnGbDate(text: string): TypedDate {
  const t = text.trim().replace(/\s+/g, " ");
  if (t === "") return { kind: "empty" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return dayMonthYear(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const numeric = /^(\d{1,2})([/.\- ])(\d{1,2})\2(\d{4}|\d{2})$/.exec(t);
  if (numeric) {
    const y = numeric[4] ?? "";
    return dayMonthYear(
      Number(numeric[1]),
      Number(numeric[3]),
      y.length === 2 ? 2000 + Number(y) : Number(y),
    );
  }
  const named = /^(?:[a-z]+,? )?(\d{1,2})(?:st|nd|rd|th)? ([a-z]+\.?),? (\d{4})$/i.exec(t);
  if (named) {
    const month = monthFromName(named[2] ?? "");
    if (month !== null) return dayMonthYear(Number(named[1]), month, Number(named[3]));
  }
  return { kind: "unreadable" };
}

/** The calendar date an ISO date names, at local midnight (how date pickers hold dates). */
export function localDateFromIso(date: IsoDate): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The ISO date of a local Date (its calendar day where the viewer is). */
export function isoFromLocalDate(date: Date): IsoDate {
  return format(date, "yyyy-MM-dd");
}

/** "February": en-GB month name, 1-based. */
export const monthName = (month: number): string => MONTHS_EN_GB[month - 1] ?? "";

/** For date pickers: en-GB month and day names (days from Sunday, as calendars index them). */
export const EN_GB_DATE_NAMES = {
  months: [...MONTHS_EN_GB],
  shortMonths: MONTHS_EN_GB.map((m) => m.slice(0, 3)),
  days: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  shortDays: ["S", "M", "T", "W", "T", "F", "S"],
};
