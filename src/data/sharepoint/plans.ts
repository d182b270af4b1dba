import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Plans } from "../../../manifest";
import type { Plan } from "../../domain/types";
import { parseRows, text } from "./common";
import { parseCalendarRule } from "../../domain/reportingCalendar";

const SELECT = [
  "Id",
  "Title",
  "TBStartYear",
  "TBEndYear",
  "TBCurrentYear",
  "TBStatus",
  "TBProgrammeNoun",
  "TBVision",
  "TBCalendarRule",
];

const PlanRow = z
  .object({
    "odata.etag": z.string().optional(),
    Id: z.number(),
    Title: text,
    TBStartYear: z.number(),
    TBEndYear: z.number(),
    TBCurrentYear: z.string(),
    TBStatus: z.enum(["Draft", "Active", "Archived"]),
    TBProgrammeNoun: text,
    TBVision: text,
    TBCalendarRule: text,
  })
  .transform((r): Plan => ({
    id: r.Id,
    ...(r["odata.etag"] ? { etag: r["odata.etag"] } : {}),
    title: r.Title,
    startYear: r.TBStartYear,
    endYear: r.TBEndYear,
    currentYear: r.TBCurrentYear,
    status: r.TBStatus,
    programmeNoun: r.TBProgrammeNoun || "programme",
    vision: r.TBVision,
    calendarRule: parseCalendarRule(r.TBCalendarRule),
  }));

export const toPlans = (rows: unknown[]): Plan[] => parseRows(PlanRow, rows, Plans.title);

/** Plans are few (one per three years), so one page holds them all. */
export async function listPlans(sp: SPFI): Promise<Plan[]> {
  return toPlans(
    await sp.web.lists
      .getByTitle(Plans.title)
      .items.select(...SELECT)
      .orderBy("TBStartYear", false)
      .top(500)(),
  );
}
