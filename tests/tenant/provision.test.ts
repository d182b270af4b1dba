/**
 * `npm run provision` against the emulated tenant, through the real PnPjs client and the CLI itself (only
 * the sign-in is swapped for the administrator persona's token): a bare site, a second run, a site left
 * halfway, a dry run — and the site it makes is the site the emulator seeds, so the two cannot drift.
 * Writes are counted from the requests msw sees.
 */
import { describe, expect, it } from "vitest";
import { Actions, ALL_LISTS } from "../../manifest";
import "@pnp/sp/site-scripts";
import { bareSite, partialSite } from "./seed";
import { switchSiteLocale } from "./sharepoint/regional";
import type { TenantState } from "./state";
import {
  addActionAs,
  adminSp,
  provisionerIsSiteAdmin,
  runProvision,
  siteSnapshot,
  spAs,
  watchWrites,
} from "./provisionSupport";
import { persona, SITE_URL, tenant, type PersonaRole } from "./testTenant";

/** The demo's boards as TB Boards holds them: folder, group, title. */
const boardsOf = (state: TenantState) =>
  (state.lists["TB Boards"]?.items ?? []).map((i) => ({
    Title: String(i.fields["Title"]),
    TBFolder: String(i.fields["TBFolder"]),
    TBGroupId: String(i.fields["TBGroupId"]),
  }));

/** The seeded demo site, read over REST by a site collection administrator. */
async function seededSnapshot(seeded: TenantState): Promise<Record<string, unknown>> {
  tenant.replaceState(structuredClone(seeded));
  provisionerIsSiteAdmin();
  return siteSnapshot(
    adminSp(),
    boardsOf(seeded).map((b) => b.TBFolder),
  );
}

/** Adds the demo's boards to a provisioned site's TB Boards, as a plan administrator does in the app. */
async function addBoards(seeded: TenantState): Promise<void> {
  for (const b of boardsOf(seeded))
    await adminSp()
      .web.lists.getByTitle("TB Boards")
      .items.add({ ...b, TBPlanId: 1, TBStatus: "Active" });
}

const addAction = (role: PersonaRole, folder: string, clientId: string) =>
  addActionAs(role, folder, clientId, 1);

/** The TB Actions items (not folders) the persona can read, by folder; or the status SharePoint refused with. */
async function actionsVisibleTo(role: PersonaRole): Promise<string[] | number> {
  try {
    const rows = await spAs(role)
      .web.lists.getByTitle(Actions.title)
      .items.select("Id", "FileDirRef", "FileSystemObjectType")
      .top(5000)<{ FileDirRef: string; FileSystemObjectType: number }[]>();
    return rows
      .filter((r) => r.FileSystemObjectType === 0)
      .map((r) => r.FileDirRef.split("/").pop() ?? "")
      .sort();
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

describe("npm run provision on a bare site", () => {
  it("creates every list, column and index before any data, and the site then matches the seeded demo", async () => {
    const seeded = structuredClone(tenant.state);
    const expected = await seededSnapshot(seeded);
    tenant.replaceState(bareSite(seeded));

    const writes = watchWrites();
    const first = await runProvision([]);
    await writes.stop();
    expect(first.code).toBe(0);
    expect(first.lines).toContain(`Reading ${SITE_URL}…`);
    expect(first.output).toMatch(
      /^\[1\/\d+\] Setting the site's regional settings to English \(United Kingdom\), \(UTC\+00:00\) Dublin, Edinburgh, Lisbon, London \(now locale 1033, time zone 13\)…$/m,
    );
    expect(first.output).toMatch(/^\[2\/\d+\] Creating the permission level "Contribute without delete"…$/m);
    expect(first.output).toMatch(/^\[\d+\/\d+\] Creating list TB Actions at Lists\/TBActions…$/m);
    expect(first.output).toMatch(/^\[\d+\/\d+\] Creating library TB Board Papers at TBBoardPapers…$/m);
    expect(first.output).toMatch(/^Done: \d+ changes made\.$/m);
    // The new site's regional settings are set first, through a site script action, before any data.
    expect(first.output).not.toContain("To do by hand");
    const regional = await adminSp().web.regionalSettings.expand("TimeZone")<{
      LocaleId: number;
      TimeZone: { Id: number };
    }>();
    expect([regional.LocaleId, regional.TimeZone.Id]).toEqual([2057, 2]);
    expect(writes.writes.some((w) => /\/items/i.test(w))).toBe(false);

    // Every list is there, empty, with its indexed and unique columns set.
    for (const def of ALL_LISTS) {
      const list = tenant.state.lists[def.title];
      expect(list?.items, def.title).toEqual([]);
      const fields = await adminSp()
        .web.lists.getByTitle(def.title)
        .fields<{ InternalName: string; Indexed: boolean; EnforceUniqueValues: boolean }[]>();
      for (const f of def.fields) {
        const got = fields.find((x) => x.InternalName === f.name);
        expect(got, `${def.title} › ${f.name}`).toBeDefined();
        expect(got?.Indexed, `${def.title} › ${f.name} indexed`).toBe(f.indexed === true);
        expect(got?.EnforceUniqueValues, `${def.title} › ${f.name} unique`).toBe(f.unique === true);
      }
    }

    // The plan administrators add the boards; the next run gives each its team's access and folders.
    await addBoards(seeded);
    const second = await runProvision([]);
    expect(second.code).toBe(0);
    for (const b of boardsOf(seeded)) {
      expect(second.output).toContain(
        `Giving ${b.Title}'s team (members and owners) Read on the site and TB Report Reviews`,
      );
      expect(second.output).toContain(`Setting up ${b.Title}'s folder "${b.TBFolder}" in`);
    }

    // A third run has nothing to do and writes nothing.
    const quiet = watchWrites();
    const third = await runProvision([]);
    await quiet.stop();
    expect(third.code).toBe(0);
    expect(third.output).toContain("Nothing to change: the site already matches manifest/.");
    expect(quiet.writes).toEqual([]);

    // What provisioning made is what the emulator seeds.
    const made = await siteSnapshot(
      adminSp(),
      boardsOf(seeded).map((b) => b.TBFolder),
    );
    expect(made).toEqual(expected);
  });

  it("after provisioning, each board's folder admits only its group; the Executive reads; an outsider is refused", async () => {
    const seeded = structuredClone(tenant.state);
    tenant.replaceState(bareSite(seeded));
    await runProvision([]);
    await addBoards(seeded);
    await runProvision([]);
    const member = persona("member").userId;
    const boards = boardsOf(seeded);
    const own = boards.find((b) =>
      tenant.state.groups.find((g) => g.id === b.TBGroupId)?.memberIds.includes(member),
    );
    const other = boards.find(
      (b) => b !== own && !tenant.state.groups.find((g) => g.id === b.TBGroupId)?.memberIds.includes(member),
    );
    if (!own || !other) throw new Error("The demo needs a board the member is in and one they are not.");

    expect(await addAction("member", own.TBFolder, "p-1")).toBe("ok");
    expect(await addAction("administrator", other.TBFolder, "p-2")).toBe("ok");
    // Another board's folder is closed to the member: as if it did not exist.
    expect(await addAction("member", other.TBFolder, "p-3")).not.toBe("ok");
    expect(await actionsVisibleTo("member")).toEqual([own.TBFolder]);
    expect(await actionsVisibleTo("executive")).toEqual([own.TBFolder, other.TBFolder].sort());
    expect(await addAction("executive", own.TBFolder, "p-4")).toBe(403);
    expect(await actionsVisibleTo("outsider")).toBe(403);
  });

  it("--dry-run prints the numbered plan and writes nothing", async () => {
    const seeded = structuredClone(tenant.state);
    tenant.replaceState(bareSite(seeded));
    // (Any request adds the caller to the site's user list, as SharePoint does: the site itself is compared.)
    const site = () =>
      JSON.stringify([tenant.state.lists, tenant.state.customRoles, tenant.state.siteAcl, tenant.state.site]);
    const before = site();
    const writes = watchWrites();
    const run = await runProvision(["--dry-run"]);
    await writes.stop();
    expect(run.code).toBe(0);
    const n = Number(/^Dry run: (\d+) changes would be made to /m.exec(run.output)?.[1]);
    expect(n).toBeGreaterThan(200);
    expect(run.output).toContain("  1. Setting the site's regional settings to English (United Kingdom)");
    expect(run.output).toContain('  2. Creating the permission level "Contribute without delete"');
    expect(run.output).toMatch(new RegExp(`^ *${n}\\. Giving the Readers group Read on the site$`, "m"));
    expect(run.output).not.toMatch(/^\[\d+\//m);
    expect(writes.requests).toBeGreaterThan(0);
    expect(writes.writes).toEqual([]);
    expect(site()).toBe(before);
  });
});

describe("npm run provision on a site that is already provisioned", () => {
  it("says nothing needs changing and writes nothing on the seeded demo site", async () => {
    provisionerIsSiteAdmin();
    const writes = watchWrites();
    const run = await runProvision([]);
    await writes.stop();
    expect(run.output).toContain("Nothing to change: the site already matches manifest/.");
    expect(run.code).toBe(0);
    expect(writes.writes).toEqual([]);
  });
});

describe("npm run provision on a site left halfway", () => {
  it("completes it without duplicating anything, and a further run has nothing to do", async () => {
    const seeded = structuredClone(tenant.state);
    const expected = await seededSnapshot(seeded);
    tenant.replaceState(partialSite(seeded));
    const actionsBefore = tenant.state.lists["TB Actions"]?.items.length ?? 0;

    const run = await runProvision([]);
    expect(run.code).toBe(0);
    expect(run.output).toContain('Creating the permission level "Manage minutes"');
    expect(run.output).not.toContain('Creating the permission level "Contribute without delete"');
    expect(run.output).not.toContain("Creating list TB Plans");
    expect(run.output).not.toContain("Creating list TB Risks");
    expect(run.output).toContain("Renaming TBRisks to TB Risks");
    expect(run.output).toContain("Adding column TBCarriedFrom (text, up to 7) to TB Actions");
    expect(run.output).toContain("Indexing TB Actions › TBStatus");
    expect(run.output).toContain("Enforcing unique values in TB Actions › TBClientId");
    expect(run.output).toContain("Keeping 50,000 major versions in TB Actions");
    expect(run.output).toContain("Giving the Executive group Read on the site");
    expect(run.output).not.toContain("Giving the Readers group Read on the site");
    expect(run.output).not.toContain("Adding column TBClientId (text, up to 64) to TB Actions");

    // Nothing made twice: one list per manifest title, none left under an address, data kept.
    expect(Object.keys(tenant.state.lists).sort()).toEqual(ALL_LISTS.map((l) => l.title).sort());
    expect(tenant.state.lists["TB Actions"]?.items.length).toBe(actionsBefore);
    expect(tenant.state.customRoles?.map((r) => r.name)).toEqual([
      "Contribute without delete",
      "Manage minutes",
    ]);
    expect(
      await siteSnapshot(
        adminSp(),
        boardsOf(seeded).map((b) => b.TBFolder),
      ),
    ).toEqual(expected);

    const writes = watchWrites();
    const again = await runProvision([]);
    await writes.stop();
    expect(again.output).toContain("Nothing to change: the site already matches manifest/.");
    expect(writes.writes).toEqual([]);
  });

  it("stops at a change SharePoint refuses, says where, and the next run carries on from there", async () => {
    const seeded = structuredClone(tenant.state);
    tenant.replaceState(bareSite(seeded));
    // SharePoint fails the first column made (after the regional settings, the permission levels and the first list).
    tenant.faults.add({ service: "sharepoint", kind: 500, times: 1, match: "createfieldasxml" });
    const first = await runProvision([]);
    expect(first.code).toBe(1);
    expect(first.output).toMatch(
      /^Stopped at step 5 of \d+ \(Adding column TBStartYear \(Number\) to TB Plans\): /m,
    );
    expect(first.output).toContain("Steps 1 to 4 were made. Fix the problem and run the same command again");
    const second = await runProvision([]);
    expect(second.code).toBe(0);
    expect(second.output).not.toContain("Creating the permission level");
    expect(second.output).not.toContain("Creating list TB Plans");
    expect(second.output).toMatch(/^\[1\/\d+\] Adding column TBStartYear \(Number\) to TB Plans…$/m);
    expect(Object.keys(tenant.state.lists).sort()).toEqual(ALL_LISTS.map((l) => l.title).sort());
  });
});

describe("the site's regional settings", () => {
  it("are left to a person, with the page and the values, once the site holds data", async () => {
    provisionerIsSiteAdmin();
    switchSiteLocale(tenant, "en-US");
    const writes = watchWrites();
    const run = await runProvision([]);
    await writes.stop();
    expect(run.code).toBe(0);
    expect(run.output).toContain("To do by hand (1):");
    expect(run.output).toContain('choose Locale "English (United Kingdom)"');
    expect(run.output).toMatch(/because TB Plans, .*TB Actions.* already hold data/);
    expect(writes.writes.some((w) => /sitescriptutility/i.test(w))).toBe(false);
    expect(tenant.state.site?.locale).toBe("en-US");
  });

  it("can be set over REST only by someone who manages the site, and a refused action is a failure, not a 200 to ignore", async () => {
    provisionerIsSiteAdmin();
    const action = (locale: number, timeZone: number) =>
      JSON.stringify({ verb: "setRegionalSettings", locale, timeZone });
    for (const role of ["member", "chair", "executive", "reader", "outsider"] as const) {
      const status = await spAs(role)
        .siteScripts.executeSiteScriptAction(action(1033, 13))
        .then(
          () => 200,
          (e: { status?: number }) => e.status ?? -1,
        );
      expect(status, role).toBe(403);
    }
    expect(tenant.state.site?.locale ?? "en-GB").toBe("en-GB");
    // SharePoint answers 200 with Outcome 1 (Failure) for an action it cannot do.
    const refused = await adminSp().siteScripts.executeSiteScriptAction(action(1031, 4));
    expect(refused.Outcome).toBe(1);
    expect(refused.OutcomeText).toMatch(/not 1031/);
  });
});
