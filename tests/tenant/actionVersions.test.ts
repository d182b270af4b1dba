import { describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { historyFromVersions } from "../../src/domain/history";
import { persona, SITE_URL, tenant } from "./testTenant";
import { listActionVersions } from "../../src/data/sharepoint/actionVersions";
import { createSp } from "../../src/data/sharepoint/sp";

const spAs = (role: Parameters<typeof persona>[0]) =>
  createSp(SITE_URL, fixedTokenProvider(persona(role).token));

describe("reading an action's history from its versions", () => {
  it("returns every version oldest first, with SharePoint's author and time, in one round trip", async () => {
    const item = tenant.state.lists["TB Actions"]?.items
      .filter((i) => i.folder === "early-help")
      .sort((a, b) => b.version - a.version)[0];
    if (!item) throw new Error("no action");
    tenant.clearLog();
    const versions = await listActionVersions(spAs("member"), item.Id);
    expect(tenant.log.filter((l) => l.service === "sharepoint")).toHaveLength(1);
    expect(versions.map((v) => v.label)).toEqual(Array.from({ length: item.version }, (_, i) => i + 1));
    const last = versions[versions.length - 1];
    expect(last?.values.status).toBe(item.fields["TBStatus"]);
    expect(last?.by?.id).toBe(item.EditorId);
    expect(last?.at).toBe(item.Modified);
  });

  it("turns them into a history whose newest entry is the action's latest note", async () => {
    const item = tenant.state.lists["TB Actions"]?.items.find(
      (i) => i.folder === "early-help" && i.version > 2 && typeof i.fields["TBLastNote"] === "string",
    );
    if (!item) throw new Error("no action with notes");
    const history = historyFromVersions(await listActionVersions(spAs("executive"), item.Id), {
      board: String,
      programme: String,
    });
    expect(history).toHaveLength(item.version);
    expect(history[0]?.note).toBe(item.fields["TBLastNote"]);
  });
});
