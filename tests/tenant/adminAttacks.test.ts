/**
 * Only the plan administrators shape a plan: direct SharePoint REST calls (no app in the way) by every
 * other persona to create or change plans, programmes, boards or the reporting calendar, to make a
 * folder at the root of a board-scoped list, or to change a board folder's permissions are refused by
 * SharePoint itself (403), and nothing changes. Driven through the production PnPjs instance.
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/folders";
import { Item } from "@pnp/sp/items";
import "@pnp/sp/security";
import { describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { boardScopedLists } from "../../src/data/sharepoint/boardFolders";
import { createSp } from "../../src/data/sharepoint/sp";
import { ROLE_ID } from "./sharepoint/roles";
import { persona, SITE_URL, tenant, type PersonaRole } from "./testTenant";

const PLAN_LISTS = ["TB Plans", "TB Programmes", "TB Boards", "TB Reporting Calendar"] as const;
const NOT_ADMINISTRATORS: PersonaRole[] = ["member", "chair", "executive", "reader", "outsider"];
const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));

async function statusOf(call: () => Promise<unknown>): Promise<number | "ok"> {
  try {
    await call();
    return "ok";
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

const snapshot = (title: string): string => JSON.stringify(tenant.state.lists[title]);
const firstItemId = (title: string): number => {
  const id = tenant.state.lists[title]?.items[0]?.Id;
  if (id === undefined) throw new Error(`${title} has no items`);
  return id;
};

describe("a non-administrator cannot create or change the plan's structure over REST", () => {
  for (const title of PLAN_LISTS) {
    it(`${title}: add, MERGE, ValidateUpdateListItem, delete, recycle and a $batch are all refused 403`, async () => {
      const before = snapshot(title);
      const id = firstItemId(title);
      for (const role of NOT_ADMINISTRATORS) {
        const items = spAs(role).web.lists.getByTitle(title).items;
        const statuses = {
          add: await statusOf(() => items.add({ Title: "Planted" })),
          merge: await statusOf(() => items.getById(id).update({ Title: "Changed" }, "*")),
          validate: await statusOf(() =>
            items.getById(id).validateUpdateListItem([{ FieldName: "Title", FieldValue: "Changed" }]),
          ),
          delete: await statusOf(() => items.getById(id).delete()),
          recycle: await statusOf(() => items.getById(id).recycle()),
        };
        expect(statuses, `${role} on ${title}`).toEqual({
          add: 403,
          merge: 403,
          validate: 403,
          delete: 403,
          recycle: 403,
        });

        const [batched, execute] = spAs(role).batched();
        const list = batched.web.lists.getByTitle(title).items;
        const parts = [
          statusOf(() => list.add({ Title: "Planted in a batch" })),
          statusOf(() => list.getById(id).update({ Title: "Changed in a batch" }, "*")),
          statusOf(() => list.getById(id).delete()),
        ];
        const whole = await statusOf(() => execute());
        // SharePoint runs each part as the caller: the batch answers, every part in it is refused. The
        // outsider is refused the batch itself.
        if (role === "outsider") expect(whole, role).toBe(403);
        else expect(await Promise.all(parts), `${role} in a $batch on ${title}`).toEqual([403, 403, 403]);
      }
      expect(snapshot(title)).toBe(before);
    });
  }

  it("the plan administrator can (the refusals above are about who, not what)", async () => {
    const items = spAs("administrator").web.lists.getByTitle("TB Programmes").items;
    const id = firstItemId("TB Programmes");
    expect(
      await statusOf(() =>
        items.getById(id).validateUpdateListItem([{ FieldName: "Title", FieldValue: "Renamed" }]),
      ),
    ).toBe("ok");
    expect(tenant.state.lists["TB Programmes"]?.items.find((i) => i.Id === id)?.fields["Title"]).toBe(
      "Renamed",
    );
  });
});

describe("a non-administrator cannot make board folders or change their permissions", () => {
  it("cannot make a folder at the root of any board-scoped list, by the list or by the web", async () => {
    const before = boardScopedLists().map((d) => snapshot(d.title));
    for (const role of NOT_ADMINISTRATORS) {
      for (const def of boardScopedLists()) {
        const sp = spAs(role);
        expect(
          await statusOf(() => sp.web.lists.getByTitle(def.title).rootFolder.folders.addUsingPath("planted")),
          `${role} in ${def.title}`,
        ).toBe(403);
      }
      expect(
        await statusOf(() =>
          spAs(role).web.folders.addUsingPath("/sites/trustboards/Lists/TBActions/planted"),
        ),
        role,
      ).toBe(403);
    }
    expect(boardScopedLists().map((d) => snapshot(d.title))).toEqual(before);
  });

  it("cannot break a board folder's inheritance, add or remove its role assignments, or reset it", async () => {
    const folder = tenant.state.lists["TB Actions"]?.folders["early-help"];
    const before = JSON.stringify(folder);
    const fullControl = ROLE_ID["Full Control"] ?? 0;
    for (const role of NOT_ADMINISTRATORS) {
      const sp = spAs(role);
      const me = tenant.state.siteUsers.find((u) => u.graphId === persona(role).userId)?.Id ?? 1;
      const byPath = Item(
        sp.web.getFolderByServerRelativePath("/sites/trustboards/Lists/TBActions/early-help"),
        "listItemAllFields",
      );
      const byId = sp.web.lists.getByTitle("TB Actions").items.getById(folder?.itemId ?? 0);
      const statuses = [
        await statusOf(() => byPath.breakRoleInheritance(false, false)),
        await statusOf(() => byPath.roleAssignments.add(me, fullControl)),
        await statusOf(() => byId.roleAssignments.add(me, fullControl)),
        await statusOf(() => byId.roleAssignments.remove(me, fullControl)),
        await statusOf(() => byId.resetRoleInheritance()),
      ];
      // Everyone here may read the early-help folder (or, the outsider, not the site at all): 403.
      expect(statuses, role).toEqual([403, 403, 403, 403, 403]);
    }
    expect(JSON.stringify(tenant.state.lists["TB Actions"]?.folders["early-help"])).toBe(before);
  });
});

describe("a non-administrator cannot change who may open the site or a list with permissions of its own", () => {
  const READ = ROLE_ID["Read"] ?? 0;
  const FULL_CONTROL = ROLE_ID["Full Control"] ?? 0;
  const LISTS = ["TB Report Reviews", "TB Executive Summaries"] as const;
  /** Security state: the site's role assignments and every list's own. */
  const acls = (): string =>
    JSON.stringify({
      site: tenant.state.siteAcl,
      lists: Object.values(tenant.state.lists).map((l) => l.acl),
    });
  const me = (role: PersonaRole): number =>
    tenant.state.siteUsers.find((u) => u.graphId === persona(role).userId)?.Id ?? 1;

  it("web and list role assignments: add, remove, enumerate and break inheritance are refused 403", async () => {
    // Somebody the site does not admit yet: a spare team's members claim, as the administrator adds it.
    const spare = tenant.state.groups.find((g) => g.displayName === "Start Well Partnership");
    const claim = await spAs("administrator").web.ensureUser(
      `c:0o.c|federateddirectoryclaimprovider|${spare?.id ?? ""}`,
    );
    const before = acls();
    for (const role of ["member", "chair", "executive", "reader", "outsider"] as const) {
      const web = spAs(role).web;
      const site = {
        addClaim: await statusOf(() => web.roleAssignments.add(claim.Id, READ)),
        addSelf: await statusOf(() => web.roleAssignments.add(me(role), FULL_CONTROL)),
        remove: await statusOf(() => web.roleAssignments.remove(me("administrator"), FULL_CONTROL)),
        enumerate: await statusOf(() => web.roleAssignments()),
      };
      expect(site, `${role} on the site`).toEqual({
        addClaim: 403,
        addSelf: 403,
        remove: 403,
        enumerate: 403,
      });
      for (const title of LISTS) {
        const list = web.lists.getByTitle(title);
        const statuses = [
          await statusOf(() => list.roleAssignments.add(claim.Id, READ)),
          await statusOf(() => list.roleAssignments.add(me(role), FULL_CONTROL)),
          await statusOf(() => list.breakRoleInheritance(false, false)),
          await statusOf(() => list.resetRoleInheritance()),
        ];
        // The Executive contributes to both lists but cannot manage their permissions; everyone else
        // cannot manage them either (or, on TB Executive Summaries and for the outsider, not open them).
        expect(statuses, `${role} on ${title}`).toEqual([403, 403, 403, 403]);
      }
    }
    expect(acls()).toBe(before);
  });

  it("the plan administrator can, and SharePoint keeps one assignment per principal and role", async () => {
    const spare = tenant.state.groups.find((g) => g.displayName === "Thriving Families Board");
    const sp = spAs("administrator");
    const claim = await sp.web.ensureUser(`c:0o.c|federateddirectoryclaimprovider|${spare?.id ?? ""}`);
    const count = async (): Promise<number> => (await sp.web.roleAssignments()).length;
    const before = await count();

    await sp.web.roleAssignments.add(claim.Id, READ);
    await sp.web.roleAssignments.add(claim.Id, READ);
    await sp.web.lists.getByTitle("TB Report Reviews").roleAssignments.add(claim.Id, READ);

    expect(await count()).toBe(before + 1);
    expect(tenant.state.siteAcl.filter((e) => "groupId" in e && e.groupId === spare?.id)).toEqual([
      { groupId: spare?.id, role: "Read" },
    ]);
    expect(tenant.state.lists["TB Report Reviews"]?.acl).toContainEqual({ groupId: spare?.id, role: "Read" });
    // A list that inherits the site's permissions has none of its own to change.
    expect(
      await statusOf(() => sp.web.lists.getByTitle("TB Plans").roleAssignments.add(claim.Id, READ)),
    ).toBe(400);
    // The site is the root web: it has nothing to inherit.
    expect(await statusOf(() => sp.web.breakRoleInheritance(false, false))).toBe(400);

    await sp.web.roleAssignments.remove(claim.Id, READ);
    expect(await count()).toBe(before);
  });
});
