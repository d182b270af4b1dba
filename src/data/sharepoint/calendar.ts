import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { ReportingCalendar } from "../../../manifest";
import { QUARTERS, type ReportingCalendarEntry } from "../../domain/quarters";
import { isValidIsoDate } from "../../domain/dates";
import { DataError, toDataError } from "../errors";
import { parseRows } from "./common";
import { isoToSpDate, spDateToIso, type SiteTimeZone } from "./dates";
import { eq } from "./odata";
import { siteRegional } from "./regionalSettings";

/**
 * TB Reporting Calendar (manifest/lists.ts): when each quarter's action updates and highlight
 * reports are due. Everyone on the site reads it; the partnership business unit keeps it.
 */
export const CALENDAR_SELECT: string[] = [
  "Id",
  "TBPlanId",
  "TBPlanYear",
  "TBQuarter",
  "TBUpdatesDue",
  "TBReportsDue",
];

/**
 * A date-only column holds midnight in the site's time zone, as UTC (data/sharepoint/dates.ts): read
 * with the zone when it is known, else by the nearest midnight.
 */
const CalendarRow = (zone?: SiteTimeZone) =>
  z
    .object({
      Id: z.number(),
      TBPlanYear: z.string(),
      TBQuarter: z.enum(QUARTERS),
      TBUpdatesDue: z.string(),
      TBReportsDue: z.string(),
    })
    .transform((r): ReportingCalendarEntry => ({
      planYear: r.TBPlanYear,
      quarter: r.TBQuarter,
      updatesDue: spDateToIso(r.TBUpdatesDue, zone) ?? r.TBUpdatesDue.slice(0, 10),
      reportsDue: spDateToIso(r.TBReportsDue, zone) ?? r.TBReportsDue.slice(0, 10),
    }));

/** One TB Reporting Calendar row (read with CALENDAR_SELECT); pass the site's zone when you have it. */
export const calendarEntryFromRow = (row: unknown, zone?: SiteTimeZone): ReportingCalendarEntry =>
  parseRows(CalendarRow(zone), [row], ReportingCalendar.title)[0] as ReportingCalendarEntry;

/** A plan's reporting calendar: a few rows a year, one page (TBPlanId is indexed). */
export async function listReportingCalendar(sp: SPFI, planId: number): Promise<ReportingCalendarEntry[]> {
  try {
    const [rows, regional] = await Promise.all([
      sp.web.lists
        .getByTitle(ReportingCalendar.title)
        .items.select(...CALENDAR_SELECT)
        .filter(eq("TBPlanId", planId))
        .top(500)<unknown[]>(),
      siteRegional(sp),
    ]);
    return parseRows(CalendarRow(regional.timeZone), rows, ReportingCalendar.title);
  } catch (e) {
    throw toDataError(e);
  }
}

/** Writes per $batch: SharePoint takes up to 1,000 operations in one; a plan has a few dozen rows. */
const CALENDAR_BATCH = 100;

const StoredRow = z.object({ Id: z.number(), TBPlanYear: z.string(), TBQuarter: z.string() });

/**
 * Saves the plan's reporting calendar: each (plan year, quarter) row is updated when it exists and
 * added when not, so saving twice — or again after a failure halfway — never makes a second row.
 * Only rows whose dates change are written, in one $batch. A date-only column holds midnight in the
 * site's time zone (dates.ts), so each date is written as that instant and reads back as the same
 * calendar day on a UK site and on a US one.
 */
export async function saveReportingCalendar(
  sp: SPFI,
  planId: number,
  entries: ReportingCalendarEntry[],
): Promise<void> {
  for (const e of entries) {
    for (const [date, what] of [
      [e.updatesDue, "action updates"],
      [e.reportsDue, "highlight reports"],
    ] as const) {
      if (!isValidIsoDate(date))
        throw new DataError(
          "invalid",
          `Enter the date ${what} are due for ${e.quarter} ${e.planYear} as a date that exists, for example 10/07/2027.`,
        );
    }
    if (e.reportsDue < e.updatesDue)
      throw new DataError(
        "invalid",
        `Highlight reports for ${e.quarter} ${e.planYear} are written from the action updates: make them due on or after the updates.`,
      );
  }
  try {
    const list = () => sp.web.lists.getByTitle(ReportingCalendar.title).items;
    const [rows, regional] = await Promise.all([
      list()
        .select(...CALENDAR_SELECT)
        .filter(eq("TBPlanId", planId))
        .top(500)<unknown[]>(),
      siteRegional(sp),
    ]);
    const zone = regional.timeZone;
    const stored = new Map<string, { id: number; entry: ReportingCalendarEntry }>();
    for (const row of rows) {
      const key = StoredRow.parse(row);
      stored.set(`${key.TBPlanYear} ${key.TBQuarter}`, {
        id: key.Id,
        entry: calendarEntryFromRow(row, zone),
      });
    }
    const writes = entries
      .map((e) => ({ e, existing: stored.get(`${e.planYear} ${e.quarter}`) }))
      .filter(
        ({ e, existing }) =>
          !existing ||
          existing.entry.updatesDue !== e.updatesDue ||
          existing.entry.reportsDue !== e.reportsDue,
      );
    for (let start = 0; start < writes.length; start += CALENDAR_BATCH) {
      const [batched, execute] = sp.batched();
      const items = () => batched.web.lists.getByTitle(ReportingCalendar.title).items;
      const sent = writes.slice(start, start + CALENDAR_BATCH).map(({ e, existing }) => {
        const dates = {
          TBUpdatesDue: isoToSpDate(e.updatesDue, zone),
          TBReportsDue: isoToSpDate(e.reportsDue, zone),
        };
        return existing
          ? items().getById(existing.id).update(dates)
          : items().add({
              Title: `${e.planYear} ${e.quarter}`,
              TBPlanId: planId,
              TBPlanYear: e.planYear,
              TBQuarter: e.quarter,
              ...dates,
            });
      });
      const outcome = Promise.allSettled(sent);
      await execute();
      const failed = (await outcome).find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed) throw failed.reason;
    }
  } catch (e) {
    throw toDataError(e);
  }
}
