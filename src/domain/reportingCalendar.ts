import { addDays, formatISO } from "date-fns";
import type { CalendarRule, Plan } from "./types";
import { QUARTERS, planYearFrom, planYearStart, quarterRange, type ReportingCalendarEntry } from "./quarters";
import { localDateFromIso } from "./dates";

/**
 * The reporting calendar's default dates come from one rule per plan: so many days after each quarter
 * ends, action updates are due, and so many days after, highlight reports. The Children's Trust's own
 * demo calendar (updates ten days after the quarter, reports three weeks after) is the default.
 */
export const DEFAULT_CALENDAR_RULE: CalendarRule = { updatesDueDays: 10, reportsDueDays: 21 };

/** The longest gap a rule may set: the next quarter's updates would otherwise fall due first. */
export const MAX_RULE_DAYS = 80;

/** What is wrong with a rule, in words that say what to change; empty when it can be saved. */
export function validateCalendarRule(rule: CalendarRule): string[] {
  const problems: string[] = [];
  const check = (days: number, what: string) => {
    if (!Number.isInteger(days) || days < 0 || days > MAX_RULE_DAYS)
      problems.push(
        `${what} must be a whole number of days from 0 to ${MAX_RULE_DAYS} after the quarter ends.`,
      );
  };
  check(rule.updatesDueDays, "Action updates due");
  check(rule.reportsDueDays, "Highlight reports due");
  if (problems.length === 0 && rule.reportsDueDays < rule.updatesDueDays)
    problems.push(
      "Highlight reports are written from the action updates, so make them due on or after the updates.",
    );
  return problems;
}

/** The rule as TB Plans stores it (TBCalendarRule): JSON, or empty for the default. */
export const calendarRuleText = (rule: CalendarRule): string =>
  JSON.stringify({ updatesDueDays: rule.updatesDueDays, reportsDueDays: rule.reportsDueDays });

/** The stored rule, or the default when it is empty or not a rule this app wrote. */
export function parseCalendarRule(text: string | null | undefined): CalendarRule {
  if (!text) return DEFAULT_CALENDAR_RULE;
  try {
    const value = JSON.parse(text) as Partial<Record<keyof CalendarRule, unknown>>;
    const rule = { updatesDueDays: value.updatesDueDays, reportsDueDays: value.reportsDueDays };
    if (typeof rule.updatesDueDays === "number" && typeof rule.reportsDueDays === "number") {
      const parsed: CalendarRule = {
        updatesDueDays: rule.updatesDueDays,
        reportsDueDays: rule.reportsDueDays,
      };
      if (validateCalendarRule(parsed).length === 0) return parsed;
    }
  } catch {
    /* not JSON: the default below */
  }
  return DEFAULT_CALENDAR_RULE;
}

const plusDays = (date: string, days: number): string =>
  formatISO(addDays(localDateFromIso(date), days), { representation: "date" });

/** The four quarters of a plan year as the rule dates them. */
export function calendarForYear(planYear: string, rule: CalendarRule): ReportingCalendarEntry[] {
  return QUARTERS.map((quarter) => {
    const { last } = quarterRange(planYear, quarter);
    return {
      planYear,
      quarter,
      updatesDue: plusDays(last, rule.updatesDueDays),
      reportsDue: plusDays(last, rule.reportsDueDays),
    };
  });
}

/** Every plan year of a plan, first to last: 2025/26, 2026/27, 2027/28 for a plan of 2025 to 2028. */
export function planYearsOf(plan: Pick<Plan, "startYear" | "endYear">): string[] {
  const years: string[] = [];
  for (let y = plan.startYear; y < plan.endYear; y++) years.push(planYearFrom(y));
  return years;
}

/** The plan year after this one, or null when the plan ends with it. */
export function nextPlanYear(plan: Pick<Plan, "startYear" | "endYear">, planYear: string): string | null {
  const next = planYearStart(planYear) + 1;
  return next < plan.endYear ? planYearFrom(next) : null;
}
