import { describe, expect, it } from "vitest";
import {
  calendarDayOf,
  compareQuarters,
  isLate,
  lateness,
  latenessText,
  nextQuarter,
  parseQuarterKey,
  planYearStart,
  previousQuarter,
  quarterLabel,
  quarterKey,
  quarterOf,
  quarterRange,
  type ReportingCalendarEntry,
} from "./quarters";

describe("plan years and quarters", () => {
  it("puts 31 March in Q4 of the plan year that is ending and 1 April in Q1 of the next", () => {
    expect(quarterOf("2027-03-31")).toEqual({ planYear: "2026/27", quarter: "Q4" });
    expect(quarterOf("2027-04-01")).toEqual({ planYear: "2027/28", quarter: "Q1" });
  });
  it("names every quarter's months", () => {
    expect(quarterOf("2026-06-30")).toEqual({ planYear: "2026/27", quarter: "Q1" });
    expect(quarterOf("2026-07-01")).toEqual({ planYear: "2026/27", quarter: "Q2" });
    expect(quarterOf("2026-12-31")).toEqual({ planYear: "2026/27", quarter: "Q3" });
    expect(quarterOf("2027-01-01")).toEqual({ planYear: "2026/27", quarter: "Q4" });
  });
  it("gives each quarter's first and last days, Q4 in the following calendar year", () => {
    expect(quarterRange("2026/27", "Q1")).toEqual({ first: "2026-04-01", last: "2026-06-30" });
    expect(quarterRange("2026/27", "Q2")).toEqual({ first: "2026-07-01", last: "2026-09-30" });
    expect(quarterRange("2026/27", "Q3")).toEqual({ first: "2026-10-01", last: "2026-12-31" });
    expect(quarterRange("2026/27", "Q4")).toEqual({ first: "2027-01-01", last: "2027-03-31" });
    expect(quarterRange("2099/00", "Q4")).toEqual({ first: "2100-01-01", last: "2100-03-31" });
  });
  it("steps across the year end both ways", () => {
    expect(nextQuarter({ planYear: "2026/27", quarter: "Q4" })).toEqual({
      planYear: "2027/28",
      quarter: "Q1",
    });
    expect(previousQuarter({ planYear: "2027/28", quarter: "Q1" })).toEqual({
      planYear: "2026/27",
      quarter: "Q4",
    });
    expect(previousQuarter({ planYear: "2026/27", quarter: "Q3" })).toEqual({
      planYear: "2026/27",
      quarter: "Q2",
    });
  });
  it("orders quarters in time", () => {
    expect(
      compareQuarters({ planYear: "2026/27", quarter: "Q4" }, { planYear: "2027/28", quarter: "Q1" }),
    ).toBeLessThan(0);
  });
  it("refuses a plan year that is not two consecutive years, saying how to write it", () => {
    expect(() => planYearStart("2026/28")).toThrow("for example 2026/27");
    expect(() => planYearStart("2026")).toThrow("is not a plan year");
  });
  it("labels a quarter with its dates", () => {
    expect(quarterLabel({ planYear: "2026/27", quarter: "Q4" }, true)).toBe(
      "Q4 2026/27 (1 Jan 2027 to 31 Mar 2027)",
    );
  });
  it("reads an instant's calendar day in London, summer time included", () => {
    expect(calendarDayOf("2027-03-31T23:30:00Z")).toBe("2027-04-01");
    expect(calendarDayOf("2026-12-31T23:30:00Z")).toBe("2026-12-31");
  });
});

describe("lateness", () => {
  const entry: ReportingCalendarEntry = {
    planYear: "2026/27",
    quarter: "Q4",
    updatesDue: "2027-03-24",
    reportsDue: "2027-03-31",
  };
  it("counts down to the due day, then counts the days late", () => {
    expect(latenessText(lateness(entry, null, "2027-03-28T09:00:00Z"))).toBe("Due in 3 days");
    expect(latenessText(lateness(entry, null, "2027-03-30T09:00:00Z"))).toBe("Due tomorrow");
    expect(latenessText(lateness(entry, null, "2027-03-31T20:00:00Z"))).toBe("Due today");
    expect(latenessText(lateness(entry, null, "2027-04-01T09:00:00Z"))).toBe("Late by 1 day");
    expect(latenessText(lateness(entry, null, "2027-04-11T09:00:00Z"))).toBe("Late by 11 days");
  });
  it("is on time when submitted on the due day, and late from 1 April in London", () => {
    expect(lateness(entry, "2027-03-31T22:59:00Z", "2027-04-20T09:00:00Z")).toEqual({ kind: "on time" });
    // 23:30 UTC on 31 March is 00:30 on 1 April British Summer Time.
    const l = lateness(entry, "2027-03-31T23:30:00Z", "2027-04-20T09:00:00Z");
    expect(latenessText(l)).toBe("Submitted 1 day late");
    expect(isLate(l)).toBe(true);
  });
  it("judges action updates against their own deadline", () => {
    expect(latenessText(lateness(entry, null, "2027-03-28T09:00:00Z", "updatesDue"))).toBe("Late by 4 days");
    expect(isLate(lateness(entry, null, "2027-03-28T09:00:00Z"))).toBe(false);
  });
});

describe("quarter keys in links", () => {
  it("round-trips a quarter through its key", () => {
    const q = { planYear: "2026/27", quarter: "Q3" } as const;
    expect(quarterKey(q)).toBe("2026-27-Q3");
    expect(parseQuarterKey("2026-27-Q3")).toEqual(q);
  });
  it("refuses a key whose years do not follow on, or a fifth quarter", () => {
    expect(parseQuarterKey("2026-28-Q3")).toBeNull();
    expect(parseQuarterKey("2026-27-Q5")).toBeNull();
    expect(parseQuarterKey("2026/27-Q1")).toBeNull();
  });
});
