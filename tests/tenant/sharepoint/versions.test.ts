/**
 * List item versions, through the production PnPjs instance: SharePoint keeps
 * one per change, whoever made it and however (the app, the list's own pages,
 * Power Automate, REST), and nobody can rewrite one.
 */
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../../src/app/tokens";
import { createSp } from "../../../src/data/sharepoint/sp";
import type { StoredItem } from "../state";
import { persona, SITE_URL, tenant, type PersonaRole } from "../testTenant";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
const actions = (sp: SPFI) => sp.web.lists.getByTitle("TB Actions").items;

interface VersionRow {
  VersionId: number;
  VersionLabel: string;
  IsCurrentVersion: boolean;
  TBStatus: string;
  TBRag: string | null;
  TBOwner: { LookupId: number; LookupValue: string } | null;
  Editor: { LookupId: number; LookupValue: string; Email: string };
  Modified: string;
}

/** A seeded Early Help action with several updates behind it. */
function richAction(): StoredItem {
  const item = tenant.state.lists["TB Actions"]?.items
    .filter((i) => i.folder === "early-help")
    .sort((a, b) => b.version - a.version)[0];
  if (!item || item.version < 3) throw new Error("No Early Help action with three or more versions");
  return item;
}

const siteUserOf = (role: PersonaRole): number => {
  const id = tenant.state.siteUsers.find((u) => u.graphId === persona(role).userId)?.Id;
  if (id === undefined) throw new Error(`${role} is not a site user`);
  return id;
};

async function failureOf(call: () => Promise<unknown>): Promise<number | undefined> {
  try {
    await call();
  } catch (e) {
    return (e as { status?: number }).status;
  }
  throw new Error("Expected the call to fail");
}

describe("reading an item's versions", () => {
  it("lists one version per change, newest first, each with who made it and the values then", async () => {
    const item = richAction();
    const rows = await actions(spAs("member")).getById(item.Id).versions<VersionRow[]>();
    expect(rows).toHaveLength(item.version);
    expect(rows.map((r) => r.VersionLabel)).toEqual(
      Array.from({ length: item.version }, (_, i) => `${item.version - i}.0`),
    );
    expect(rows[0]?.IsCurrentVersion).toBe(true);
    expect(rows.slice(1).every((r) => !r.IsCurrentVersion)).toBe(true);
    expect(rows[0]?.TBStatus).toBe(item.fields["TBStatus"]);
    const editor = tenant.siteUser(item.EditorId);
    expect(rows[0]?.Editor).toMatchObject({ LookupId: item.EditorId, LookupValue: editor?.Title });
    // The oldest version is the action as it was first written.
    expect(rows[rows.length - 1]?.VersionId).toBe(512);
  });

  it("is trimmed like the item: a board the person cannot read answers 404, an outsider 403", async () => {
    const list = tenant.state.lists["TB Actions"];
    const memberId = persona("member").userId;
    const hidden = list?.items.find(
      (i) => i.folder !== null && !tenant.canView(memberId, list.folders[i.folder]?.acl ?? []),
    );
    if (!hidden) throw new Error("The member can read every board; the demo should keep one from them");
    expect(await failureOf(() => actions(spAs("member")).getById(hidden.Id).versions())).toBe(404);
    expect(await failureOf(() => actions(spAs("outsider")).getById(richAction().Id).versions())).toBe(403);
  });
});

describe("a change made outside the app", () => {
  it("adds a version under the real author, as the SharePoint list's own pages would", async () => {
    const item = richAction();
    const before = item.version;
    const member = spAs("member");
    const current = await actions(member).getById(item.Id)<{ "odata.etag": string }>();
    // The list's edit form sends a plain MERGE of the changed column.
    await actions(member)
      .getById(item.Id)
      .update({ TBOwnerId: siteUserOf("second-member") }, current["odata.etag"]);

    const rows = await actions(spAs("executive")).getById(item.Id).versions<VersionRow[]>();
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]?.VersionLabel).toBe(`${before + 1}.0`);
    expect(rows[0]?.TBOwner?.LookupId).toBe(siteUserOf("second-member"));
    expect(rows[0]?.Editor.LookupId).toBe(siteUserOf("member"));
    expect(rows[1]?.TBOwner?.LookupId).toBe(item.versions?.[before - 1]?.fields["TBOwnerId"]);
  });
});

describe("versions cannot be rewritten", () => {
  it("refuses a change to a version, whoever asks", async () => {
    const item = richAction();
    const url = `${SITE_URL}/_api/web/lists/getByTitle('TB%20Actions')/items(${item.Id})/versions(512)`;
    for (const role of ["member", "administrator"] as const) {
      const res = await fetch(url, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${persona(role).token}`,
          "X-HTTP-Method": "MERGE",
          "IF-MATCH": "*",
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        body: JSON.stringify({ TBStatus: "Complete" }),
      });
      expect(res.status).toBe(400);
    }
    expect(item.versions?.[0]?.fields["TBStatus"]).not.toBe("Complete");
  });

  it("refuses to delete a version for someone with Read only", async () => {
    const item = richAction();
    const status = await failureOf(() =>
      actions(spAs("executive")).getById(item.Id).versions.getById(512).delete(),
    );
    expect(status).toBe(403);
    expect(item.versions).toHaveLength(item.version);
  });

  it("refuses every persona's attempt to delete a version: no one who uses the app holds Delete Versions", async () => {
    const item = richAction();
    const before = structuredClone(item.versions);
    for (const role of [
      "member",
      "second-member",
      "chair",
      "administrator",
      "executive",
      "reader",
    ] as const) {
      const status = await failureOf(() =>
        actions(spAs(role)).getById(item.Id).versions.getById(512).delete(),
      );
      expect([403, 404], role).toContain(status);
      const all = await fetch(
        `${SITE_URL}/_api/web/lists/getByTitle('TB%20Actions')/items(${item.Id})/versions/DeleteAll()`,
        {
          method: "POST",
          headers: { Authorization: `Bearer ${persona(role).token}`, Accept: "application/json" },
        },
      );
      expect([403, 404], role).toContain(all.status);
    }
    expect(item.versions).toEqual(before);
  });

  it("with Delete Versions (a site collection administrator), deletes an earlier version but never the current one", async () => {
    const item = richAction();
    const folder = tenant.state.lists["TB Actions"]!.folders[item.folder!]!;
    const admins = tenant.state.roles.administratorsGroupId;
    folder.acl = [...folder.acl, { groupId: admins, role: "Full Control" }];
    const admin = actions(spAs("administrator")).getById(item.Id);

    expect(await failureOf(() => admin.versions.getById(item.version * 512).delete())).toBe(400);
    await admin.versions.getById(512).delete();
    expect(item.versions?.map((v) => v.label)).not.toContain(1);
  });
});
