import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { ReportingCalendar } from "../../../manifest";
import { QUARTERS, type ReportingCalendarEntry } from "../../domain/quarters";
import { toDataError } from "../errors";
import { parseRows } from "./common";
import { spDateToIso, type SiteTimeZone } from "./dates";
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
