/**
 * Setting up a new board's folders through the real SharePoint REST calls (provisionBoardFolders), then
 * SharePoint enforcing them: a new board's folder admits only its group (and the Executive and readers
 * to read). Driven through the production PnPjs instance; only the network is emulated.
 */
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { Actions, ALL_LISTS, PERMISSIONS, ReportReviews, roleDefinition } from "../../manifest";
import type { RoleGroups } from "../../src/app/config";
import { fixedTokenProvider } from "../../src/app/tokens";
import { createBoard, type BoardInput } from "../../src/data/sharepoint/administration";
import {
  boardGroupAccessScopes,
  boardScopedLists,
  provisionBoardFolders,
} from "../../src/data/sharepoint/boardFolders";
import { createInFolder } from "../../src/data/sharepoint/common";
import { createSp } from "../../src/data/sharepoint/sp";
import { addActionAs, spAs, statusOf } from "./provisionSupport";
import { stableGuid } from "./seed";
import type { GraphGroup, GraphUser, StoredFolder } from "./state";
import { ownersClaim } from "./tenant";
import { persona, SITE_URL, tenant, type PersonaRole } from "./testTenant";
import { makePersonaToken } from "./tokens";

const FOLDER = "start-well";
const GROUP_ID = "5a7e0000-0000-4000-8000-000000005e11";
const roles = (): RoleGroups => tenant.state.roles;

/** A Microsoft 365 group with no board yet: the member persona a member, the chair persona an owner. */
function addGroup(): GraphGroup {
  const group: GraphGroup = {
    id: GROUP_ID,
    displayName: "Start Well Partnership",
    description: "",
    kind: "m365",
    memberIds: [persona("member").userId],
    ownerIds: [persona("chair").userId],
  };
  tenant.state.groups.push(group);
  return group;
}

const folderIn = (title: string): StoredFolder | undefined => tenant.state.lists[title]?.folders[FOLDER];

/** Adds an action in the new board's folder over REST (AddValidateUpdateItemUsingPath). */
const addAction = (role: PersonaRole, clientId: string, folder = FOLDER) =>
  addActionAs(role, folder, clientId, 99);

/** The items of TB Actions in the new board's folder this persona can read, and the status of the read. */
async function readFolder(role: PersonaRole): Promise<{ status: number | "ok"; ids: number[] }> {
  let ids: number[] = [];
  const status = await statusOf(async () => {
    const rows = await spAs(role)
      .web.lists.getByTitle(Actions.title)
      .items.select("Id", "FileDirRef")
      .top(5000)<{ Id: number; FileDirRef: string }[]>();
    ids = rows.filter((r) => r.FileDirRef.endsWith(`/${FOLDER}`)).map((r) => r.Id);
  });
  return { status, ids };
}

const inFolder = (): number[] =>
  (tenant.state.lists[Actions.title]?.items ?? []).filter((i) => i.folder === FOLDER).map((i) => i.Id);

describe("provisioning a new board's folders", () => {
  it("makes the folder in every board-scoped list, with its own role assignments exactly as the plan says", async () => {
    const group = addGroup();
    const progress: string[] = [];

    await provisionBoardFolders(
      spAs("administrator"),
      SITE_URL,
      { folder: FOLDER, groupId: group.id },
      roles(),
      "active",
      (done, total, title) => progress.push(`${done}/${total} ${title}`),
    );

    const scoped = ALL_LISTS.filter((d) => d.permissions === "boardFolders");
    expect(boardScopedLists().map((d) => d.title)).toEqual(scoped.map((d) => d.title));
    expect(progress).toEqual(scoped.map((d, i) => `${i + 1}/${scoped.length} ${d.title}`));
    for (const def of scoped) {
      const folder = folderIn(def.title);
      expect(folder?.inherits, def.title).toBeUndefined();
      const plan = PERMISSIONS[def.folderPermissions ?? "boardFolder"];
      const claimOf: Record<string, string> = {
        administrators: roles().administratorsGroupId,
        executive: roles().executiveGroupId,
        readers: roles().readersGroupId,
        boardMembers: group.id,
        boardOwners: ownersClaim(group.id),
      };
      // Exactly the plan: no one else, and not the administrator's own Full Control from breaking inheritance.
      expect(folder?.acl, def.title).toHaveLength(plan.length);
      expect(folder?.acl, def.title).toEqual(
        expect.arrayContaining(plan.map((e) => ({ groupId: claimOf[e.principal], role: e.role }))),
      );
    }
  });

  it("admits only the board's group to write, the Executive and readers to read, and no one else at all", async () => {
    const group = addGroup();
    await provisionBoardFolders(
      spAs("administrator"),
      SITE_URL,
      { folder: FOLDER, groupId: group.id },
      roles(),
      "active",
    );

    // The group's member and its owner (the chair) add actions in it.
    expect(await addAction("member", "prov-member")).toBe("ok");
    expect(await addAction("chair", "prov-chair")).toBe("ok");
    const written = inFolder();
    expect(written).toHaveLength(2);

    // The Executive and readers read them, and cannot write.
    for (const role of ["executive", "reader"] as const) {
      expect(await readFolder(role), role).toEqual({ status: "ok", ids: written });
      expect(await addAction(role, `prov-${role}`), role).toBe(403);
    }
    // A member of another board sees nothing of it and cannot write; the outsider is refused outright.
    expect(await readFolder("second-member")).toEqual({ status: "ok", ids: [] });
    expect(await addAction("second-member", "prov-second")).toBe(403);
    expect((await readFolder("outsider")).status).toBe(403);
    expect(await addAction("outsider", "prov-outsider")).toBe(403);
    // The member reads both; an update by another board's member is "not found" (it does not exist for them).
    expect((await readFolder("member")).ids).toEqual(written);
    const update = (role: PersonaRole) =>
      statusOf(() =>
        spAs(role)
          .web.lists.getByTitle(Actions.title)
          .items.getById(written[0] ?? 0)
          .update({ Title: "Changed" }, "*"),
      );
    expect(await update("second-member")).toBe(404);
    expect(await update("executive")).toBe(403);
    expect(await update("member")).toBe("ok");
    expect(inFolder()).toEqual(written);
  });

  it("changes nothing when run again: no second folder, no extra role assignment, no write at all", async () => {
    const group = addGroup();
    const run = () =>
      provisionBoardFolders(
        spAs("administrator"),
        SITE_URL,
        { folder: FOLDER, groupId: group.id },
        roles(),
        "active",
      );
    await run();
    const snapshot = (): unknown =>
      boardScopedLists().map((d) => ({
        folders: Object.keys(tenant.state.lists[d.title]?.folders ?? {}),
        nextId: tenant.state.lists[d.title]?.nextId,
        folder: folderIn(d.title),
      }));
    const before = JSON.stringify(snapshot());
    tenant.clearLog();

    await run();

    expect(JSON.stringify(snapshot())).toBe(before);
    const sharepoint = tenant.log.filter((l) => l.service === "sharepoint");
    // One $batch of reads; nothing to write.
    expect(sharepoint.map((l) => l.method)).toEqual(["POST"]);
  });

  it("takes two round trips for a new board: one $batch of reads, one $batch of writes", async () => {
    const group = addGroup();
    tenant.clearLog();

    await provisionBoardFolders(
      spAs("administrator"),
      SITE_URL,
      { folder: FOLDER, groupId: group.id },
      roles(),
      "active",
    );

    const sharepoint = tenant.log.filter((l) => l.service === "sharepoint");
    expect(sharepoint.map((l) => l.url.replace(SITE_URL, ""))).toEqual(["/_api/$batch", "/_api/$batch"]);
    // 24 reads (the caller, 5 principals, 4 role definitions, 2 per list) and 56 writes (per list: make,
    // break inheritance, grant 5, take away the administrator's own Full Control).
    expect(sharepoint.map((l) => l.parts)).toEqual([24, 56]);
  });

  it("archived: the board's members and owners can read but no longer write; the administrators still can", async () => {
    const group = addGroup();
    const target = { folder: FOLDER, groupId: group.id };
    await provisionBoardFolders(spAs("administrator"), SITE_URL, target, roles(), "active");
    expect(await addAction("member", "prov-before")).toBe("ok");

    await provisionBoardFolders(spAs("administrator"), SITE_URL, target, roles(), "archived");

    for (const def of boardScopedLists()) {
      const acl = folderIn(def.title)?.acl ?? [];
      expect(acl, def.title).toHaveLength(PERMISSIONS.archivedFolder.length);
      expect(acl, def.title).toContainEqual({ groupId: group.id, role: "Read" });
      expect(acl, def.title).toContainEqual({ groupId: ownersClaim(group.id), role: "Read" });
    }
    expect((await readFolder("member")).ids).toEqual(inFolder());
    expect(await addAction("member", "prov-after")).toBe(403);
    expect(await addAction("chair", "prov-chair-after")).toBe(403);
    expect(await addAction("administrator", "prov-admin-after")).toBe("ok");
    expect(roleDefinition("Read").permissions).not.toContain("AddListItems");
  });

  it("archives a seeded board's folders too, and makes them active again", async () => {
    const board = tenant.state.lists["TB Boards"]?.items.find((i) => i.fields["TBFolder"] === "early-help");
    const target = { folder: "early-help", groupId: board?.fields["TBGroupId"] as string };
    const memberAdds = (clientId: string) => addAction("member", clientId, "early-help");

    await provisionBoardFolders(spAs("administrator"), SITE_URL, target, roles(), "archived");
    const whileArchived = await memberAdds("prov-eh-1");
    await provisionBoardFolders(spAs("administrator"), SITE_URL, target, roles(), "active");

    expect(whileArchived).toBe(403);
    expect(tenant.state.lists[Actions.title]?.folders["early-help"]?.acl).toHaveLength(
      PERMISSIONS.boardFolder.length,
    );
    expect(await memberAdds("prov-eh-2")).toBe("ok");
  });

  it("is refused to anyone but a plan administrator, and leaves nothing behind", async () => {
    const group = addGroup();
    for (const role of ["member", "chair", "executive", "reader"] as const) {
      await expect(
        provisionBoardFolders(spAs(role), SITE_URL, { folder: FOLDER, groupId: group.id }, roles(), "active"),
        role,
      ).rejects.toMatchObject({ kind: "access" });
    }
    for (const def of boardScopedLists()) expect(folderIn(def.title), def.title).toBeUndefined();
  });

  it("refuses a folder name SharePoint or the app would not accept, before any request", async () => {
    tenant.clearLog();
    await expect(
      provisionBoardFolders(
        spAs("administrator"),
        SITE_URL,
        { folder: "Start Well", groupId: GROUP_ID },
        roles(),
        "active",
      ),
    ).rejects.toMatchObject({ kind: "invalid" });
    expect(tenant.log).toHaveLength(0);
  });
});

describe("a board created for a team whose people are in no board yet", () => {
  /** A newcomer to the partnership: a member of the spare team "Start Well Partnership" and of no board's group. */
  function newcomer(): { user: GraphUser; sp: SPFI; team: GraphGroup } {
    const team = tenant.state.groups.find((g) => g.id === stableGuid("group:start-well"));
    if (!team) throw new Error("No spare team start-well");
    const user: GraphUser = {
      id: "5a7e0000-0000-4000-8000-00000000a001",
      displayName: "Nia Newcomer",
      userPrincipalName: "nia.newcomer@partnership.example",
      mail: "nia.newcomer@partnership.example",
      jobTitle: "Early years lead",
      companyName: "Start Well",
    };
    tenant.state.users.push(user);
    team.memberIds.push(user.id);
    const token = makePersonaToken({
      oid: user.id,
      upn: user.userPrincipalName,
      name: user.displayName,
      tid: tenant.state.tenantId,
    });
    return { user, sp: createSp(SITE_URL, fixedTokenProvider(token)), team };
  }

  const boardInput = (planId: number, team: GraphGroup): BoardInput => ({
    planId,
    title: "Start Well Partnership",
    groupId: team.id,
    channelId: tenant.state.teamwork?.channels[team.id]?.[0]?.id ?? "",
    channelName: "General",
    chairEmail: tenant.user(stableGuid("user:hw-chair"))?.mail ?? null,
    chairRole: "Chair",
    sponsorEmail: null,
    cadence: "Monthly",
  });

  const SITE_LISTS = ALL_LISTS.filter((d) => d.permissions === "site").map((d) => d.title);
  const readable = (sp: SPFI, title: string) =>
    statusOf(() => sp.web.lists.getByTitle(title).items.select("Id").top(1)());

  it("lets its people open the site, read the plan and the Executive's decisions, and work in their folder only", async () => {
    const { user, sp, team } = newcomer();
    const admin = spAs("administrator");
    // Before: SharePoint does not let them in at all.
    expect(await readable(sp, "TB Plans")).toBe(403);
    const planId = tenant.state.lists["TB Plans"]?.items[0]?.Id ?? 1;
    const progress: string[] = [];

    await createBoard(admin, SITE_URL, boardInput(planId, team), roles(), (done, total, what) =>
      progress.push(`${done}/${total} ${what}`),
    );

    const steps = 1 + boardGroupAccessScopes().length + boardScopedLists().length;
    expect(progress[0]).toBe(`0/${steps} Adding Start Well Partnership`);
    expect(progress).toContain(`2/${steps} Giving Start Well Partnership's team access to the site`);
    expect(progress.at(-1)).toMatch(new RegExp(`^${steps}/${steps} Setting up `));
    for (const title of [...SITE_LISTS, ReportReviews.title])
      expect(await readable(sp, title), `${user.displayName} reads ${title}`).toBe("ok");
    const reviews = await sp.web.lists.getByTitle(ReportReviews.title).items.select("Id").top(5000)();
    expect(reviews).toHaveLength(tenant.state.lists[ReportReviews.title]?.items.length ?? -1);
    // The Executive's own list stays theirs.
    expect(await readable(sp, "TB Executive Summaries")).toBe(403);

    const add = (folder: string, clientId: string) =>
      statusOf(() =>
        createInFolder(sp, SITE_URL, Actions, folder, clientId, [
          { FieldName: "Title", FieldValue: "Offer every family a named midwife" },
          { FieldName: "TBPlanId", FieldValue: String(planId) },
          { FieldName: "TBBoardId", FieldValue: "99" },
          { FieldName: "TBProgrammeId", FieldValue: "1" },
          { FieldName: "TBPlanYear", FieldValue: "2026/27" },
          { FieldName: "TBStatus", FieldValue: "Not started" },
          { date: "2027-03-31", FieldName: "TBTargetDate" },
        ]),
      );
    expect(await add("start-well-partnership", "newcomer-1")).toBe("ok");
    expect(await add("early-help", "newcomer-2")).toBe(403);
    // They see their own board's folder (an item at the list's root) and its action, and nothing of
    // another board's folder.
    const rows = await sp.web.lists.getByTitle(Actions.title).items.select("Id", "FileDirRef").top(5000)<
      { Id: number; FileDirRef: string }[]
    >();
    const folders = new Set(rows.map((r) => r.FileDirRef.split("/").pop()));
    expect([...folders].sort()).toEqual(["TBActions", "start-well-partnership"]);
    expect(rows).toHaveLength(2);
    expect(
      tenant.state.lists[Actions.title]?.items.filter((i) => i.folder === "early-help").length,
    ).toBeGreaterThan(0);
  });

  it("adds no second role assignment when it runs again", async () => {
    const { team } = newcomer();
    const admin = spAs("administrator");
    const planId = tenant.state.lists["TB Plans"]?.items[0]?.Id ?? 1;
    const count = async () => ({
      site: (await admin.web.roleAssignments.expand("RoleDefinitionBindings")()).length,
      reviews: (await admin.web.lists.getByTitle(ReportReviews.title).roleAssignments()).length,
    });
    const before = await count();

    await createBoard(admin, SITE_URL, boardInput(planId, team), roles());
    const once = await count();
    const acls = JSON.stringify([tenant.state.siteAcl, tenant.state.lists[ReportReviews.title]?.acl]);
    tenant.clearLog();
    await createBoard(admin, SITE_URL, boardInput(planId, team), roles());

    // The team's members and owners: one assignment each on the site and on TB Report Reviews.
    expect(once).toEqual({ site: before.site + 2, reviews: before.reviews + 2 });
    expect(await count()).toEqual(once);
    expect(JSON.stringify([tenant.state.siteAcl, tenant.state.lists[ReportReviews.title]?.acl])).toBe(acls);
    const site = tenant.state.siteAcl.filter((e) => "groupId" in e && e.groupId.startsWith(team.id));
    expect(site).toEqual([
      { groupId: team.id, role: "Read" },
      { groupId: ownersClaim(team.id), role: "Read" },
    ]);
    // The second run reads and writes nothing to role assignments: no POST of addroleassignment at all.
    expect(tenant.log.filter((l) => /addroleassignment/i.test(l.url))).toEqual([]);
  });
});
