import { describe, expect, it } from "vitest";
import {
  DEFAULT_CALENDAR_RULE,
  calendarForYear,
  calendarRuleText,
  nextPlanYear,
  parseCalendarRule,
  planYearsOf,
  validateCalendarRule,
} from "./reportingCalendar";

describe("the reporting calendar rule", () => {
  it("dates each quarter from its last day", () => {
    expect(calendarForYear("2027/28", { updatesDueDays: 10, reportsDueDays: 21 })).toEqual([
      { planYear: "2027/28", quarter: "Q1", updatesDue: "2027-07-10", reportsDue: "2027-07-21" },
      { planYear: "2027/28", quarter: "Q2", updatesDue: "2027-10-10", reportsDue: "2027-10-21" },
      { planYear: "2027/28", quarter: "Q3", updatesDue: "2028-01-10", reportsDue: "2028-01-21" },
      { planYear: "2027/28", quarter: "Q4", updatesDue: "2028-04-10", reportsDue: "2028-04-21" },
    ]);
  });

  it("carries a due date over a month end", () => {
    const [, , , q4] = calendarForYear("2027/28", { updatesDueDays: 0, reportsDueDays: 31 });
    expect(q4).toMatchObject({ updatesDue: "2028-03-31", reportsDue: "2028-05-01" });
  });

  it("says what to fix in a rule it cannot use", () => {
    expect(validateCalendarRule({ updatesDueDays: -1, reportsDueDays: 21 })).toEqual([
      "Action updates due must be a whole number of days from 0 to 80 after the quarter ends.",
    ]);
    expect(validateCalendarRule({ updatesDueDays: 20, reportsDueDays: 10 })[0]).toMatch(
      /make them due on or after the updates/,
    );
    expect(validateCalendarRule({ updatesDueDays: 1.5, reportsDueDays: 90 })).toHaveLength(2);
  });

  it("round-trips through the stored text and falls back to the default on anything else", () => {
    const rule = { updatesDueDays: 7, reportsDueDays: 28 };
    expect(parseCalendarRule(calendarRuleText(rule))).toEqual(rule);
    expect(parseCalendarRule("")).toEqual(DEFAULT_CALENDAR_RULE);
    expect(parseCalendarRule("not json")).toEqual(DEFAULT_CALENDAR_RULE);
    expect(parseCalendarRule('{"updatesDueDays":30,"reportsDueDays":5}')).toEqual(DEFAULT_CALENDAR_RULE);
  });
});

describe("a plan's years", () => {
  const plan = { startYear: 2025, endYear: 2028 };
  it("lists each April-to-March year of the plan", () => {
    expect(planYearsOf(plan)).toEqual(["2025/26", "2026/27", "2027/28"]);
  });
  it("knows the next year, and that the last one has none", () => {
    expect(nextPlanYear(plan, "2026/27")).toBe("2027/28");
    expect(nextPlanYear(plan, "2027/28")).toBeNull();
  });
});
