import { describe, expect, it } from "vitest";
import { formatDate, isValidIsoDate, planYearOf, quarterOf } from "./dates";

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
