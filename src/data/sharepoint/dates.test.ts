import { describe, expect, it } from "vitest";
import { isoToFormDate, isoToSpDate, spDateToIso } from "./dates";

describe("SharePoint date-only columns on a UK site", () => {
  it("stores a summer date as midnight BST, which is 23:00 the day before in UTC", () => {
    expect(isoToSpDate("2027-06-30")).toBe("2027-06-29T23:00:00Z");
  });
  it("stores a winter date as midnight GMT", () =>
    expect(isoToSpDate("2027-01-31")).toBe("2027-01-31T00:00:00Z"));
  it("reads the stored instant back as the same calendar date", () => {
    expect(spDateToIso("2027-06-29T23:00:00Z")).toBe("2027-06-30");
    expect(spDateToIso(isoToSpDate("2027-03-28"))).toBe("2027-03-28");
    expect(spDateToIso(isoToSpDate("2027-10-31"))).toBe("2027-10-31");
  });
  it("writes form values in the site's en-GB format", () =>
    expect(isoToFormDate("2027-03-31")).toBe("31/03/2027"));
});
