/**
 * SharePoint permissions that follow a board's Microsoft 365 group: its members and its owners are two
 * claims, granted separately (members `c:0o.c|federateddirectoryclaimprovider|<id>`, owners `…|<id>_o`).
 * Driven through the production PnPjs instance; only the network is emulated.
 */
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { createSp } from "../../src/data/sharepoint/sp";
import { boardByFolder } from "./bulk";
import type { AclEntry, StoredItem } from "./state";
import { ownersClaim } from "./tenant";
import { persona, SITE_URL, tenant, type PersonaRole } from "./testTenant";

const ACTIONS = "TB Actions";
const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
const actionsOf = (sp: SPFI) => sp.web.lists.getByTitle(ACTIONS).items;
const earlyHelpGroup = (): string => boardByFolder(tenant, "early-help").fields["TBGroupId"] as string;
const folderOf = (name: string) => {
  const folder = tenant.state.lists[ACTIONS]?.folders[name];
  if (!folder) throw new Error(`No folder ${name}`);
  return folder;
};
const stored = (id: number): StoredItem | undefined =>
  tenant.state.lists[ACTIONS]?.items.find((i) => i.Id === id);
const actionIn = (folder: string): StoredItem => {
  const item = tenant.state.lists[ACTIONS]?.items.find((i) => i.folder === folder);
  if (!item) throw new Error(`No action in ${folder}`);
  return item;
};
const siteUserId = (role: PersonaRole): number | undefined =>
  tenant.state.siteUsers.find((u) => u.graphId === persona(role).userId)?.Id;

async function statusOf(call: () => Promise<unknown>): Promise<number | "ok"> {
  try {
    await call();
    return "ok";
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

describe("the board's group as two SharePoint principals", () => {
  it("has the early-help chair as an owner of the group and not a member", () => {
    const group = tenant.state.groups.find((g) => g.id === earlyHelpGroup());

    expect(group?.ownerIds).toContain(persona("chair").userId);
    expect(group?.memberIds).not.toContain(persona("chair").userId);
  });

  it("grants the board folder to the group's members claim and to its owners claim, each Contribute without delete", () => {
    const acl = folderOf("early-help").acl;
    const id = earlyHelpGroup();

    expect(acl).toEqual(
      expect.arrayContaining<AclEntry>([
        { groupId: id, role: "Contribute without delete" },
        { groupId: ownersClaim(id), role: "Contribute without delete" },
      ]),
    );
  });

  it("lets the owner-only chair update an action of their board over SharePoint REST", async () => {
    const action = actionIn("early-help");

    await actionsOf(spAs("chair"))
      .getById(action.Id)
      .update({ TBLastNote: "Chair's note" }, `"${action.version}"`);

    expect(stored(action.Id)?.fields["TBLastNote"]).toBe("Chair's note");
    expect(stored(action.Id)?.EditorId).toBe(siteUserId("chair"));
  });

  it("owes the chair's access to the owners claim alone: without it the board's actions do not exist for them", async () => {
    const folder = folderOf("early-help");
    folder.acl = folder.acl.filter((e) => !("groupId" in e) || e.groupId !== ownersClaim(earlyHelpGroup()));
    const action = actionIn("early-help");

    const chairRead = await statusOf(() => actionsOf(spAs("chair")).getById(action.Id)());
    const chairWrite = await statusOf(() =>
      actionsOf(spAs("chair")).getById(action.Id).update({ TBLastNote: "Chair's note" }, "*"),
    );
    const memberWrite = await statusOf(() =>
      actionsOf(spAs("member")).getById(action.Id).update({ TBLastNote: "Member's note" }, "*"),
    );

    expect([chairRead, chairWrite, memberWrite]).toEqual([404, 404, "ok"]);
    expect(stored(action.Id)?.fields["TBLastNote"]).toBe("Member's note");
  });

  it("does not show a member who is not an owner what is granted to the owners only", async () => {
    // A folder for the board's owners alone (as a chairs-only area would be).
    const folder = folderOf("early-help");
    folder.acl = [{ groupId: ownersClaim(earlyHelpGroup()), role: "Contribute" }];
    const action = actionIn("early-help");

    const memberItem = await statusOf(() => actionsOf(spAs("second-member")).getById(action.Id)());
    const memberList = await actionsOf(spAs("second-member")).filter(`Id eq ${action.Id}`)();
    const chairItem = await statusOf(() => actionsOf(spAs("chair")).getById(action.Id)());

    expect(memberItem).toBe(404);
    expect(memberList).toEqual([]);
    expect(chairItem).toBe("ok");
  });
});
