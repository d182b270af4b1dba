/**
 * The site's regional settings, end to end: the emulated SharePoint answers
 * …/_api/web/RegionalSettings as SharePoint does and reads form values and
 * date-only columns in them; the app (real PnPjs, real requests) reads them
 * once and writes dates that land on the intended day on an en-GB site and on
 * an en-US one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/regional-settings/web";
import { describe, expect, it } from "vitest";
import { Actions } from "../../../manifest";
import { fixedTokenProvider } from "../../../src/app/tokens";
import { listActionVersions } from "../../../src/data/sharepoint/actionVersions";
import { applyActionChange, getAction } from "../../../src/data/sharepoint/actions";
import { createInFolder } from "../../../src/data/sharepoint/common";
import { siteRegional } from "../../../src/data/sharepoint/regionalSettings";
import { getCurrentSiteUser } from "../../../src/data/sharepoint/siteUsers";
import { createSp } from "../../../src/data/sharepoint/sp";
import { historyFromVersions, historyNames } from "../../../src/domain/history";
import type { ActionChange } from "../../../src/domain/types";
import { persistentTenant } from "../persist";
import type { SiteLocaleName, StoredItem, TenantState } from "../state";
import { persona, SITE_URL, TEST_NOW, tenant, type PersonaRole } from "../testTenant";
import { parseFormDate } from "../time";
import { siteLocaleName } from "./regional";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
const storedActions = (): StoredItem[] => tenant.state.lists["TB Actions"]?.items ?? [];
const control = (path: string, init?: RequestInit) => fetch(new URL(`/__tenant/${path}`, SITE_URL), init);

async function switchSite(locale: SiteLocaleName): Promise<void> {
  const res = await control("site", { method: "POST", body: JSON.stringify({ locale }) });
  expect(res.status).toBe(200);
}

/** An open Early Help action of the member's, with no revised date yet. */
function openAction(): StoredItem {
  const memberId = tenant.state.siteUsers.find((u) => u.graphId === persona("member").userId)?.Id;
  const item = storedActions().find(
    (i) =>
      i.folder === "early-help" &&
      i.fields["TBOwnerId"] === memberId &&
      i.fields["TBRevisedDate"] === null &&
      i.fields["TBStatus"] === "In progress",
  );
  if (!item) throw new Error("The demo has no open Early Help action of the member's");
  return item;
}

describe("the site's regional settings over REST", () => {
  it("answers as an en-GB London site by default, with the time zone only when expanded", async () => {
    const sp = spAs("member");
    const plain = await sp.web.regionalSettings();
    expect(plain).toMatchObject({ LocaleId: 2057, DateFormat: 1, DateSeparator: "/", Time24: true });
    expect(plain).not.toHaveProperty("TimeZone");
    const expanded = await sp.web.regionalSettings.select("LocaleId", "TimeZone/Id").expand("TimeZone")();
    expect(expanded).toMatchObject({ LocaleId: 2057, TimeZone: { Id: 2 } });
    expect(expanded).not.toHaveProperty("DateFormat");
    expect(await sp.web.regionalSettings.timeZone()).toMatchObject({
      "odata.type": "SP.TimeZone",
      Id: 2,
      Description: "(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London",
      Information: { Bias: 0, StandardBias: 0, DaylightBias: -60 },
    });
  });

  it("answers as a default US site once switched: month first, 12-hour clock, Pacific time", async () => {
    await switchSite("en-US");
    const sp = spAs("member");
    expect(await sp.web.regionalSettings.expand("TimeZone")()).toMatchObject({
      LocaleId: 1033,
      DateFormat: 0,
      DateSeparator: "/",
      Time24: false,
      TimeZone: { Id: 13, Information: { Bias: 480, StandardBias: 0, DaylightBias: -60 } },
    });
    expect(await siteRegional(sp)).toMatchObject({
      locale: { localeId: 1033, order: "MDY", separator: "/" },
      timeZone: { id: 13, iana: "America/Los_Angeles" },
    });
  });

  it("refuses a property the settings do not have", async () => {
    const res = await fetch(`${SITE_URL}/_api/web/RegionalSettings?$expand=Nonsense`, {
      headers: { Authorization: `Bearer ${persona("member").token}`, Accept: "application/json" },
    });
    expect(res.status).toBe(400);
  });

  it("switches only to a locale it has, through the control API", async () => {
    const res = await control("site", { method: "POST", body: JSON.stringify({ locale: "fr-FR" }) });
    expect(res.status).toBe(400);
    expect(await (await control("site")).json()).toMatchObject({ locale: "en-GB", localeId: 2057 });
    await switchSite("en-US");
    expect(await (await control("site")).json()).toMatchObject({ locale: "en-US", localeId: 1033 });
  });

  it("keeps each date-only value on its calendar day when the site is switched", async () => {
    const action = openAction();
    const sp = spAs("member");
    const before = (await getAction(sp, action.Id)).targetDate;
    await switchSite("en-US");
    const stored = action.fields["TBTargetDate"] as string;
    // Midnight Pacific time is 07:00Z (summer time) or 08:00Z.
    expect(stored).toMatch(/T0[78]:00:00Z$/);
    expect((await getAction(sp, action.Id)).targetDate).toBe(before);
  });
});

describe("the site's locale in a persisted state file", () => {
  it("loads a file from before sites had a locale as en-GB, and keeps a switch across restarts", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "tb-site-")), "state.json");
    const { site: _, ...older } = JSON.parse(JSON.stringify(tenant.state)) as TenantState;
    writeFileSync(file, JSON.stringify(older));
    const loaded = persistentTenant(file, () => {
      throw new Error("should not reseed");
    });
    expect(siteLocaleName(loaded)).toBe("en-GB");

    loaded.state.site = { locale: "en-US" };
    loaded.changed();
    await new Promise((r) => setTimeout(r, 400));
    expect((JSON.parse(readFileSync(file, "utf8")) as TenantState).site).toEqual({ locale: "en-US" });
    expect(siteLocaleName(persistentTenant(file, () => older))).toBe("en-US");
  });
});

/**
 * What SharePoint must hold after the app saves an action twice with a revised
 * date: midnight in the site's time zone, in UTC. 31 Mar, 30 Jun and 5 Jun
 * 2027 are all in summer time in both zones.
 */
const EXPECTED: Record<SiteLocaleName, { target: string; june30: string; june5: string }> = {
  "en-GB": {
    target: "2027-03-30T23:00:00Z",
    june30: "2027-06-29T23:00:00Z",
    june5: "2027-06-04T23:00:00Z",
  },
  "en-US": {
    target: "2027-03-31T07:00:00Z",
    june30: "2027-06-30T07:00:00Z",
    june5: "2027-06-05T07:00:00Z",
  },
};

describe.each(["en-GB", "en-US"] as const)("saving a revised date on an %s site", (locale) => {
  it("saves and re-saves the same open action, storing each date exactly", async () => {
    if (locale !== "en-GB") await switchSite(locale);
    const expected = EXPECTED[locale];
    const item = openAction();
    item.fields["TBTargetDate"] = expected.target; // 31 Mar 2027 as this site stores it
    const sp = spAs("member");
    const me = await getCurrentSiteUser(sp);
    const versionOf = (changeId: string) => item.versions?.find((v) => v.fields["TBChangeId"] === changeId);

    // First save: the target moves from 31 Mar to 30 Jun.
    const original = await getAction(sp, item.Id);
    expect(original.targetDate).toBe("2027-03-31");
    const first: ActionChange = {
      status: "In progress",
      rag: "Amber",
      note: "Recruitment delayed.",
      revisedDate: "2027-06-30",
      revisedReason: "Recruitment delayed",
      evidenceUrl: "",
    };
    const saved = await applyActionChange(sp, original, first, me, TEST_NOW, `${locale}-1`);

    expect(item.fields["TBRevisedDate"]).toBe(expected.june30);
    expect(versionOf(`${locale}-1`)?.fields).toMatchObject({
      TBTargetDate: expected.target,
      TBRevisedDate: expected.june30,
    });

    // Re-save from what the first save returned: 30 Jun becomes 5 Jun (05/06, which the two locales read differently).
    const second: ActionChange = { ...first, note: "Start date agreed.", revisedDate: "2027-06-05" };
    await applyActionChange(sp, saved, second, me, TEST_NOW, `${locale}-2`);

    expect(item.fields["TBRevisedDate"]).toBe(expected.june5);
    expect(versionOf(`${locale}-2`)?.fields).toMatchObject({
      TBTargetDate: expected.target,
      TBRevisedDate: expected.june5,
    });

    // And the app reads back what it meant, in the action and in its history.
    expect((await getAction(sp, item.Id)).revisedDate).toBe("2027-06-05");
    const [newest, previous] = historyFromVersions(
      await listActionVersions(sp, item.Id),
      historyNames([], []),
    );
    expect(newest?.changes.map((c) => c.text)).toContain(
      "Revised target date: 30 Jun 2027 → 5 Jun 2027 (reason: Recruitment delayed)",
    );
    // (The test set the target above without a version, so the earlier "from" date is the seeded one.)
    expect(previous?.changes.map((c) => c.text).join("\n")).toMatch(
      /Revised target date: .* → 30 Jun 2027 \(reason: Recruitment delayed\)/,
    );
  });
});

describe("an en-US site reads form values month first", () => {
  /** Adds an action to Early Help as the chair's "add an action" does, with its target date as typed. */
  const entry = (clientId: string, targetDate: string) => {
    const action = openAction();
    const f = action.fields;
    return createInFolder(spAs("member"), SITE_URL, Actions, "early-help", clientId, [
      { FieldName: "Title", FieldValue: "Form value probe" },
      { FieldName: "TBPlanId", FieldValue: String(f["TBPlanId"]) },
      { FieldName: "TBBoardId", FieldValue: String(f["TBBoardId"]) },
      { FieldName: "TBProgrammeId", FieldValue: String(f["TBProgrammeId"]) },
      { FieldName: "TBPlanYear", FieldValue: String(f["TBPlanYear"]) },
      { FieldName: "TBStatus", FieldValue: "Not started" },
      { FieldName: "TBTargetDate", FieldValue: targetDate },
    ]);
  };
  const stored = (clientId: string) => storedActions().find((u) => u.fields["TBClientId"] === clientId);

  it("refuses 30/06/2027, the en-GB date the app used to send, and stores nothing", async () => {
    await switchSite("en-US");
    const before = storedActions().length;
    await expect(entry("us-refused", "30/06/2027")).rejects.toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/^TBTargetDate: Invalid date\/time value/) as unknown,
    });
    expect(storedActions()).toHaveLength(before);
  });

  it("would silently read 05/06/2027 as 6 May: why the app writes in the site's own format", async () => {
    await switchSite("en-US");
    await entry("us-misread", "05/06/2027");
    expect(stored("us-misread")?.fields["TBTargetDate"]).toBe("2027-05-06T07:00:00Z");
  });

  it("reads the same text as 5 June on an en-GB site", async () => {
    await entry("gb-read", "05/06/2027");
    expect(stored("gb-read")?.fields["TBTargetDate"]).toBe("2027-06-04T23:00:00Z");
  });
});

describe("form dates in a locale (the emulator's parser)", () => {
  const us = { order: "MDY", separator: "/", timeZone: "America/Los_Angeles" } as const;
  const gb = { order: "DMY", separator: "/", timeZone: "Europe/London" } as const;

  it("reads a US date and 12-hour time in Pacific time", () => {
    expect(parseFormDate("6/30/2027 2:05 PM", us)).toBe("2027-06-30T21:05:00Z");
    expect(parseFormDate("12/1/2027 12:00 AM", us)).toBe("2027-12-01T08:00:00Z");
  });
  it("keeps midnight for a date-only column whatever time is sent", () =>
    expect(parseFormDate("30/06/2027 14:05", gb, true)).toBe("2027-06-29T23:00:00Z"));
  it("refuses a date the locale cannot read", () => {
    expect(parseFormDate("30/06/2027", us)).toBeNull();
    expect(parseFormDate("2027-06-30", gb)).toBeNull();
    expect(parseFormDate("29/02/2027", gb)).toBeNull();
    expect(parseFormDate("6/30/2027 13:05 PM", us)).toBeNull();
  });
});
