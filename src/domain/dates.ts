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
