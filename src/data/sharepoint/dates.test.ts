import { describe, expect, it } from "vitest";
import { DataError } from "../errors";
import { isoToFormDate, isoToSpDate, spDateToIso, type SiteTimeZone } from "./dates";
import { ianaFor, toSiteRegional } from "./regionalSettings";

/** SharePoint's own descriptions of its time zones (SP.TimeZone), as a site would report them. */
const LONDON: SiteTimeZone = {
  id: 2,
  description: "(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London",
  bias: 0,
  standardBias: 0,
  daylightBias: -60,
  iana: "Europe/London",
};
const PACIFIC: SiteTimeZone = {
  id: 13,
  description: "(GMT-08:00) Pacific Time (US and Canada)",
  bias: 480,
  standardBias: 0,
  daylightBias: -60,
  iana: "America/Los_Angeles",
};
const AUCKLAND: SiteTimeZone = {
  id: 17,
  description: "(GMT+12:00) Auckland, Wellington",
  bias: -720,
  standardBias: 0,
  daylightBias: -60,
  iana: "Pacific/Auckland",
};
/** A zone whose id is not in our table: only its biases are known. */
const unknown = (bias: number, daylightBias: number): SiteTimeZone => ({
  id: 999,
  description: "(UTC+05:45) Kathmandu",
  bias,
  standardBias: 0,
  daylightBias,
  iana: null,
});

describe("SharePoint date-only columns on a UK site", () => {
  it("stores a summer date as midnight BST, which is 23:00 the day before in UTC", () => {
    expect(isoToSpDate("2027-06-30", LONDON)).toBe("2027-06-29T23:00:00Z");
  });
  it("stores a winter date as midnight GMT", () =>
    expect(isoToSpDate("2027-01-31", LONDON)).toBe("2027-01-31T00:00:00Z"));
  it("reads the stored instant back as the same calendar date, either side of the clock changes", () => {
    expect(spDateToIso("2027-06-29T23:00:00Z", LONDON)).toBe("2027-06-30");
    for (const d of ["2027-03-27", "2027-03-28", "2027-03-29", "2027-10-30", "2027-10-31", "2027-11-01"])
      expect(spDateToIso(isoToSpDate(d, LONDON), LONDON)).toBe(d);
  });
  it("writes form values day first, as an en-GB site reads them", () =>
    expect(isoToFormDate("2027-03-31", { localeId: 2057, order: "DMY", separator: "/" })).toBe("31/03/2027"));
});

describe("SharePoint date-only columns on a US (Pacific) site", () => {
  it("stores midnight Pacific time: 07:00Z in summer, 08:00Z in winter", () => {
    expect(isoToSpDate("2027-06-30", PACIFIC)).toBe("2027-06-30T07:00:00Z");
    expect(isoToSpDate("2027-01-31", PACIFIC)).toBe("2027-01-31T08:00:00Z");
  });
  it("reads them back as the same dates", () => {
    expect(spDateToIso("2027-06-30T07:00:00Z", PACIFIC)).toBe("2027-06-30");
    expect(spDateToIso("2027-01-31T08:00:00Z", PACIFIC)).toBe("2027-01-31");
    for (const d of ["2027-03-13", "2027-03-14", "2027-11-06", "2027-11-07"])
      expect(spDateToIso(isoToSpDate(d, PACIFIC), PACIFIC)).toBe(d);
  });
  it("writes form values month first, as an en-US site reads them", () =>
    expect(isoToFormDate("2027-06-05", { localeId: 1033, order: "MDY", separator: "/" })).toBe("06/05/2027"));
  it("writes year first with the site's own separator for a year-month-day locale", () =>
    expect(isoToFormDate("2027-06-05", { localeId: 1053, order: "YMD", separator: "-" })).toBe("2027-06-05"));
});

describe("a time zone whose SharePoint id we do not know", () => {
  it("reads a date by the offset (standard or daylight) that puts it at local midnight", () => {
    // New Zealand summer (+13): 30 Jan midnight is 29 Jan 11:00Z.
    const nz = { ...AUCKLAND, id: 999, iana: null };
    expect(spDateToIso("2027-01-29T11:00:00Z", nz)).toBe("2027-01-30");
    expect(spDateToIso("2027-06-29T12:00:00Z", nz)).toBe("2027-06-30");
  });
  it("stores dates when the zone has no daylight saving", () =>
    expect(isoToSpDate("2027-06-30", unknown(-345, 0))).toBe("2027-06-29T18:15:00Z"));
  it("refuses to store a date when it would have to guess the daylight saving rules", () =>
    expect(() => isoToSpDate("2027-06-30", unknown(-345, -60))).toThrow(/time zone .*Kathmandu.*id 999/));
});

describe("reading a date-only column without the site's time zone", () => {
  it("reads midnight of any zone from UTC-10 to UTC+12 exclusive", () => {
    expect(spDateToIso("2027-06-29T23:00:00Z")).toBe("2027-06-30"); // London summer
    expect(spDateToIso("2027-06-30T07:00:00Z")).toBe("2027-06-30"); // Pacific summer
    expect(spDateToIso("2027-06-29T14:00:00Z")).toBe("2027-06-30"); // Sydney winter
  });
  it("refuses an instant that is midnight in two zones on different days, rather than guess", () => {
    // Auckland's 30 Jun (UTC+12) and Baker Island's 29 Jun (UTC-12) are the same instant.
    expect(() => spDateToIso("2027-06-29T12:00:00Z")).toThrow(DataError);
    expect(spDateToIso("2027-06-29T12:00:00Z", AUCKLAND)).toBe("2027-06-30");
  });
  it("reads nothing as nothing", () => {
    expect(spDateToIso(null)).toBeNull();
    expect(spDateToIso("not a date", LONDON)).toBeNull();
  });
});

describe("the site's regional settings as SharePoint REST returns them", () => {
  const rest = (
    localeId: number,
    dateFormat: number,
    zone: { Id: number; Bias: number; DaylightBias: number },
  ) => ({
    "odata.type": "SP.RegionalSettings",
    LocaleId: localeId,
    DateFormat: dateFormat,
    DateSeparator: "/",
    Time24: localeId !== 1033,
    TimeZone: {
      "odata.type": "SP.TimeZone",
      Id: zone.Id,
      Description: "a zone",
      Information: { Bias: zone.Bias, DaylightBias: zone.DaylightBias, StandardBias: 0 },
    },
  });

  it("reads an en-US Pacific site as month first, in Los Angeles time", () =>
    expect(toSiteRegional(rest(1033, 0, { Id: 13, Bias: 480, DaylightBias: -60 }))).toEqual({
      locale: { localeId: 1033, order: "MDY", separator: "/" },
      timeZone: {
        id: 13,
        description: "a zone",
        bias: 480,
        standardBias: 0,
        daylightBias: -60,
        iana: "America/Los_Angeles",
      },
    }));
  it("reads an en-GB London site as day first, in London time", () => {
    const site = toSiteRegional(rest(2057, 1, { Id: 2, Bias: 0, DaylightBias: -60 }));
    expect(site.locale.order).toBe("DMY");
    expect(site.timeZone.iana).toBe("Europe/London");
  });
  it("does not trust a table entry whose offsets disagree with what SharePoint says", () => {
    expect(ianaFor(13, 0, 0, -60)).toBeNull();
    expect(ianaFor(999, 0, 0, -60)).toBeNull();
    expect(ianaFor(17, -720, 0, -60)).toBe("Pacific/Auckland");
  });
  it("refuses settings without a time zone, or with a date format it does not know", () => {
    const { TimeZone: _, ...noZone } = rest(2057, 1, { Id: 2, Bias: 0, DaylightBias: -60 });
    expect(() => toSiteRegional(noZone)).toThrow(/regional settings are not in the expected shape/);
    expect(() => toSiteRegional(rest(2057, 7, { Id: 2, Bias: 0, DaylightBias: -60 }))).toThrow(
      /date format \(7\)/,
    );
  });
});
