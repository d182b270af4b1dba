/**
 * Plan years and quarters, and how late an update or a highlight report is.
 * A plan year runs from 1 April to 31 March ("2026/27"); Q1 is April–June, Q2 July–September,
 * Q3 October–December and Q4 January–March (of the second calendar year).
 * Pure: no React, no I/O; "now" is a parameter.
 */
import { differenceInCalendarDays, parseISO } from "date-fns";
import { formatDate, planYearOf, quarterOf as quarterNameOf } from "./dates";
import type { IsoDate, IsoInstant } from "./types";

/** The Reporting Calendar's quarter choices (manifest/lists.ts QUARTERS). */
export const QUARTERS = ["Q1", "Q2", "Q3", "Q4"] as const;
export type Quarter = (typeof QUARTERS)[number];

/** A quarter of a plan year: { planYear: "2026/27", quarter: "Q3" } is October–December 2026. */
export interface PlanQuarter {
  planYear: string;
  quarter: Quarter;
}

/** The first and last calendar days of a quarter, both inside it. */
export interface QuarterRange {
  first: IsoDate;
  last: IsoDate;
}

/**
 * The time zone deadlines are kept in when none is given: the Trust's SharePoint site is set to
 * London (its regional settings say so; data/sharepoint/regionalSettings.ts reads them).
 */
export const DEFAULT_TIME_ZONE = "Europe/London";

/** The plan year a date falls in and its quarter: 31 Mar 2027 is Q4 2026/27, 1 Apr 2027 is Q1 2027/28. */
export function quarterOf(date: IsoDate): PlanQuarter {
  return { planYear: planYearOf(date), quarter: quarterNameOf(date) };
}

/** The calendar year a plan year starts in: 2026 for "2026/27". Refuses anything else. */
export function planYearStart(planYear: string): number {
  const m = /^(\d{4})\/(\d{2})$/.exec(planYear);
  const start = Number(m?.[1]);
  if (!m || (start + 1) % 100 !== Number(m[2])) {
    throw new Error(
      `"${planYear}" is not a plan year: write it as the two years it spans, for example 2026/27.`,
    );
  }
  return start;
}

/** "2027/28" from 2027. */
export const planYearFrom = (start: number): string =>
  `${start}/${String((start + 1) % 100).padStart(2, "0")}`;

/** A quarter as it travels in a link: "2026-27-Q3" (app/route.ts QUARTER_KEY). */
export const quarterKey = (q: PlanQuarter): string => `${q.planYear.replace("/", "-")}-${q.quarter}`;

/** The quarter a link names, or null when the key is not one ("2026-27-Q3"; the years must follow on). */
export function parseQuarterKey(key: string): PlanQuarter | null {
  const m = /^(\d{4})-(\d{2})-(Q[1-4])$/.exec(key);
  if (!m) return null;
  const planYear = `${m[1]}/${m[2]}`;
  try {
    planYearStart(planYear);
  } catch {
    return null;
  }
  return { planYear, quarter: m[3] as Quarter };
}

const RANGES: Record<Quarter, { months: [string, string]; lastDay: string; nextYear: boolean }> = {
  Q1: { months: ["04", "06"], lastDay: "30", nextYear: false },
  Q2: { months: ["07", "09"], lastDay: "30", nextYear: false },
  Q3: { months: ["10", "12"], lastDay: "31", nextYear: false },
  Q4: { months: ["01", "03"], lastDay: "31", nextYear: true },
};

/** The first and last days of a quarter: Q4 2026/27 is 1 Jan 2027 to 31 Mar 2027. */
export function quarterRange(planYear: string, quarter: Quarter): QuarterRange {
  const r = RANGES[quarter];
  const year = planYearStart(planYear) + (r.nextYear ? 1 : 0);
  return { first: `${year}-${r.months[0]}-01`, last: `${year}-${r.months[1]}-${r.lastDay}` };
}

/** Whether a date is within a quarter, its first and last days included. */
export function inQuarter(date: IsoDate, range: QuarterRange): boolean {
  return date >= range.first && date <= range.last;
}

/** The quarter before: Q1 2027/28 comes after Q4 2026/27. */
export function previousQuarter(q: PlanQuarter): PlanQuarter {
  const i = QUARTERS.indexOf(q.quarter);
  if (i > 0) return { planYear: q.planYear, quarter: QUARTERS[i - 1] as Quarter };
  return { planYear: planYearFrom(planYearStart(q.planYear) - 1), quarter: "Q4" };
}

/** The quarter after: Q4 2026/27 is followed by Q1 2027/28. */
export function nextQuarter(q: PlanQuarter): PlanQuarter {
  const i = QUARTERS.indexOf(q.quarter);
  if (i < QUARTERS.length - 1) return { planYear: q.planYear, quarter: QUARTERS[i + 1] as Quarter };
  return { planYear: planYearFrom(planYearStart(q.planYear) + 1), quarter: "Q1" };
}

/** Negative when a is earlier than b, for sorting quarters in time order. */
export function compareQuarters(a: PlanQuarter, b: PlanQuarter): number {
  return (
    planYearStart(a.planYear) - planYearStart(b.planYear) ||
    QUARTERS.indexOf(a.quarter) - QUARTERS.indexOf(b.quarter)
  );
}

/** "Q3 2026/27 (1 Oct 2026 to 31 Dec 2026)": how the quarter is named on screen and in exports. */
export function quarterLabel(q: PlanQuarter, withDates = false): string {
  const name = `${q.quarter} ${q.planYear}`;
  if (!withDates) return name;
  const r = quarterRange(q.planYear, q.quarter);
  return `${name} (${formatDate(r.first)} to ${formatDate(r.last)})`;
}

/**
 * The calendar day an instant falls on in the site's time zone. Deadlines are calendar days, so a
 * report saved at 00:30 on 1 April British Summer Time (23:30 UTC on 31 March) was saved on 1 April.
 */
export function calendarDayOf(instant: IsoInstant | Date, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  const key = `${timeZone}|${typeof instant === "string" ? instant : instant.toISOString()}`;
  const known = days.get(key);
  if (known !== undefined) return known;
  const d = typeof instant === "string" ? new Date(instant) : instant;
  const parts = formatterFor(timeZone).formatToParts(d);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  const day = `${part("year")}-${part("month")}-${part("day")}`;
  // The rollup asks for the same instants many times over (30,000 actions, several passes each):
  // building a formatter costs far more than the answer, so both are kept. Bounded, then started afresh.
  if (days.size >= 200_000) days.clear();
  days.set(key, day);
  return day;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const days = new Map<string, IsoDate>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** One row of the Reporting Calendar (manifest/lists.ts ReportingCalendar): when a quarter's work is due. */
export interface ReportingCalendarEntry {
  planYear: string;
  quarter: Quarter;
  /** The last day for action updates. */
  updatesDue: IsoDate;
  /** The last day for highlight reports. */
  reportsDue: IsoDate;
}

/** The entry for a quarter, or null when the calendar has none (nothing can then be called late). */
export function calendarEntryFor(
  calendar: readonly ReportingCalendarEntry[],
  q: PlanQuarter,
): ReportingCalendarEntry | null {
  return calendar.find((e) => e.planYear === q.planYear && e.quarter === q.quarter) ?? null;
}

/**
 * How late something due on a calendar day is. Anything done by the end of the due day (in the
 * site's time zone) is on time; the day after, it is late by 1 day.
 */
export type Lateness =
  /** Submitted on or before the due day. */
  | { kind: "on time" }
  /** Not submitted yet, and the due day has not passed: 0 days means it is due today. */
  | { kind: "due"; days: number }
  /** Not submitted, and the due day has passed. */
  | { kind: "late"; days: number }
  /** Submitted after the due day. */
  | { kind: "submitted late"; days: number };

/** Which of the calendar's two deadlines is meant. */
export type Deadline = "reportsDue" | "updatesDue";

/**
 * Whether a highlight report (or, with `deadline` "updatesDue", a board's action updates) was or is
 * on time for the quarter the calendar entry is for.
 */
export function lateness(
  entry: Pick<ReportingCalendarEntry, Deadline>,
  submittedAt: IsoInstant | null,
  now: Date | IsoInstant,
  deadline: Deadline = "reportsDue",
  timeZone: string = DEFAULT_TIME_ZONE,
): Lateness {
  const due = entry[deadline];
  const days = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(parseISO(to), parseISO(from));
  if (submittedAt !== null) {
    const on = calendarDayOf(submittedAt, timeZone);
    return on <= due ? { kind: "on time" } : { kind: "submitted late", days: days(due, on) };
  }
  const today = calendarDayOf(now, timeZone);
  return today <= due ? { kind: "due", days: days(today, due) } : { kind: "late", days: days(due, today) };
}

const dayCount = (n: number): string => `${n.toLocaleString("en-GB")} day${n === 1 ? "" : "s"}`;

/** "Due in 3 days", "Due today", "Late by 1 day", "Submitted 2 days late", "On time". */
export function latenessText(l: Lateness): string {
  switch (l.kind) {
    case "on time":
      return "On time";
    case "due":
      if (l.days === 0) return "Due today";
      if (l.days === 1) return "Due tomorrow";
      return `Due in ${dayCount(l.days)}`;
    case "late":
      return `Late by ${dayCount(l.days)}`;
    case "submitted late":
      return `Submitted ${dayCount(l.days)} late`;
  }
}

/** Late, or submitted late: what the chair and the Executive are told about. */
export const isLate = (l: Lateness): boolean => l.kind === "late" || l.kind === "submitted late";
