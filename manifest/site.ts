/**
 * The site's regional settings Trust Boards needs: SharePoint keeps date-only columns as midnight in the
 * site's time zone, and the app reads and writes them as Europe/London (docs/DEPLOY.md, section 2).
 * Ids are SharePoint's: locale 2057 is English (United Kingdom); time zone 2 is "(UTC+00:00) Dublin,
 * Edinburgh, Lisbon, London" (SP.TimeZone ids,
 * https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj247008(v=office.15)).
 */
export const SITE_REGIONAL = {
  localeId: 2057,
  localeName: "English (United Kingdom)",
  timeZoneId: 2,
  timeZoneName: "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
} as const;
