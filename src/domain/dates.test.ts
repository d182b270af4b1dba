import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatLongDate,
  isoFromLocalDate,
  isValidIsoDate,
  localDateFromIso,
  parseEnGbDate,
  planYearOf,
  quarterOf,
} from "./dates";

describe("dates as the Trust writes them", () => {
  it("formats en-GB short dates", () => expect(formatDate("2018-03-31")).toBe("31 Mar 2018"));
  it("puts 31 March in the plan year that started the April before", () =>
    expect(planYearOf("2018-03-31")).toBe("2017/18"));
  it("starts a plan year on 1 April", () => expect(planYearOf("2018-04-01")).toBe("2018/19"));
  it("numbers quarters from April", () => {
    expect(quarterOf("2017-04-01")).toBe("Q1");
    expect(quarterOf("2017-09-30")).toBe("Q2");
    expect(quarterOf("2017-12-31")).toBe("Q3");
    expect(quarterOf("2018-01-01")).toBe("Q4");
  });
  it("rejects dates that do not exist", () => {
    expect(isValidIsoDate("2027-02-29")).toBe(false);
    expect(isValidIsoDate("2028-02-29")).toBe(true);
  });
});

describe("reading a typed date the en-GB way, whatever the browser's locale", () => {
  const date = (iso: string) => ({ kind: "date", iso });
  it.each([
    ["30/06/2027", "2027-06-30"],
    ["30-06-2027", "2027-06-30"],
    ["30.6.2027", "2027-06-30"],
    ["1/7/2027", "2027-07-01"],
    ["30 06 2027", "2027-06-30"],
    ["30/06/27", "2027-06-30"],
    ["2027-06-30", "2027-06-30"],
    ["30 June 2027", "2027-06-30"],
    ["30 Jun 2027", "2027-06-30"],
    ["Wednesday, 30 June 2027", "2027-06-30"],
    ["  05/06/2027 ", "2027-06-05"],
  ])("reads %s as %s (day before month)", (typed, iso) => expect(parseEnGbDate(typed)).toEqual(date(iso)));
  it("never guesses month-first: 06/30/2027 has no month 30", () =>
    expect(parseEnGbDate("06/30/2027")).toEqual({ kind: "impossible", day: 6, month: 30, year: 2027 }));
  it("knows a date that does not exist", () => {
    expect(parseEnGbDate("31/02/2027")).toEqual({ kind: "impossible", day: 31, month: 2, year: 2027 });
    expect(parseEnGbDate("29/02/2027").kind).toBe("impossible");
    expect(parseEnGbDate("29/02/2028")).toEqual(date("2028-02-29"));
    expect(parseEnGbDate("2027-02-30").kind).toBe("impossible");
  });
  it("says when it cannot read the text at all", () => {
    for (const text of ["next Tuesday", "30/06", "30/06-2027", "30 Foo 2027", "12345678", "0030-06-30"]) {
      expect(parseEnGbDate(text), text).toEqual({ kind: "unreadable" });
    }
  });
  it("treats an empty field as empty", () => expect(parseEnGbDate("   ")).toEqual({ kind: "empty" }));
  it("shows a date in words, so no reader can take 05/06 for May", () =>
    expect(formatLongDate("2027-06-05")).toBe("5 June 2027"));
  it("turns a picker's local Date into the same calendar day and back", () => {
    const d = localDateFromIso("2027-03-28"); // the night the clocks go forward
    expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2027, 2, 28]);
    expect(isoFromLocalDate(d)).toBe("2027-03-28");
  });
});
