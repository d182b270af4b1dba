/**
 * The plan administrator's work end to end, through the production PnPjs and Graph clients against the
 * emulated tenant: plans, programmes, boards linked to a team (with their folders), the reporting
 * calendar, archiving a plan, and picking groups, channels and people from Graph.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { ALL_LISTS } from "../../manifest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { listDirectoryGroups, listGroupPeople, listTeamChannels } from "../../src/data/graph/directory";
import { createGraph } from "../../src/data/graph/client";
import { toDataError, type DataError } from "../../src/data/errors";
import { applyActionChange, getAction, listBoardActions } from "../../src/data/sharepoint/actions";
import {
  archivePlan,
  createBoard,
  createPlan,
  createProgramme,
  reorderProgrammes,
  setPlanStatus,
  updatePlan,
  updateProgramme,
  type BoardInput,
  type PlanInput,
} from "../../src/data/sharepoint/administration";
import { getBoard, listBoards } from "../../src/data/sharepoint/boards";
import { listReportingCalendar, saveReportingCalendar } from "../../src/data/sharepoint/calendar";
import { addAction } from "../../src/data/sharepoint/planEditing";
import { listPlans } from "../../src/data/sharepoint/plans";
import { listProgrammes } from "../../src/data/sharepoint/programmes";
import { createSp } from "../../src/data/sharepoint/sp";
import { calendarForYear, DEFAULT_CALENDAR_RULE } from "../../src/domain/reportingCalendar";
import { draftFrom } from "../../src/domain/actionUpdate";
import type { Plan } from "../../src/domain/types";
import { demoData } from "./demo";
import { stableGuid } from "./seed";
import type { SiteLocaleName } from "./state";
import { GRAPH_BASE, persona, SITE_URL, tenant, TEST_NOW, type PersonaRole } from "./testTenant";
import { makePersonaToken } from "./tokens";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
const graphAs = (role: PersonaRole): Client =>
  createGraph(GRAPH_BASE, fixedTokenProvider(persona(role).token));

/** A demo person who is no persona (e.g. a spare team's member), signed in. */
function spFor(personKey: string): SPFI {
  const user = tenant.user(stableGuid(`user:${personKey}`));
  if (!user) throw new Error(`No user ${personKey}`);
  const token = makePersonaToken({
    oid: user.id,
    upn: user.userPrincipalName,
    name: user.displayName,
    tid: tenant.state.tenantId,
  });
  return createSp(SITE_URL, fixedTokenProvider(token));
}

const roles = () => tenant.state.roles;
const spareTeam = (key: string) => {
  const group = tenant.state.groups.find((g) => g.id === stableGuid(`group:${key}`));
  if (!group) throw new Error(`No spare team ${key}`);
  return group;
};
const storedItems = (list: string) => tenant.state.lists[list]?.items ?? [];
const spRequests = () => tenant.log.filter((l) => l.service === "sharepoint");

/** What a failed call means for a person (the data layer's DataError, or SharePoint's status mapped to one). */
async function failure(call: () => Promise<unknown>): Promise<DataError> {
  try {
    await call();
  } catch (e) {
    return toDataError(e);
  }
  throw new Error("Expected the call to fail, but it succeeded");
}

const nextPlan = (over: Partial<PlanInput> = {}): PlanInput => ({
  title: "Children & Young People's Plan 2028–2031",
  startYear: 2028,
  endYear: 2031,
  currentYear: "2028/29",
  vision: "Every child in Somerset starts well, belongs and achieves.",
  programmeNoun: "Priority",
  calendarRule: { updatesDueDays: 14, reportsDueDays: 28 },
  ...over,
});

const startWell = (planId: number, over: Partial<BoardInput> = {}): BoardInput => {
  const team = spareTeam("start-well");
  const general = tenant.state.teamwork?.channels[team.id]?.[0];
  return {
    planId,
    title: "Start Well Partnership",
    groupId: team.id,
    channelId: general?.id ?? "",
    channelName: general?.displayName ?? "",
    chairEmail: tenant.user(stableGuid("user:hw-chair"))?.mail ?? null,
    chairRole: "Chair",
    sponsorEmail: tenant.user(stableGuid("user:exec-ph"))?.mail ?? null,
    cadence: "Every six weeks",
    ...over,
  };
};

async function planById(sp: SPFI, id: number): Promise<Plan> {
  const plan = (await listPlans(sp)).find((p) => p.id === id);
  if (!plan) throw new Error(`No plan ${id}`);
  return plan;
}

describe("plans", () => {
  it("lets the administrator create a plan as a Draft, change it and make it Active", async () => {
    const sp = spAs("administrator");

    const id = await createPlan(sp, nextPlan());

    expect(await planById(spAs("member"), id)).toMatchObject({
      title: "Children & Young People's Plan 2028–2031",
      startYear: 2028,
      endYear: 2031,
      currentYear: "2028/29",
      status: "Draft",
      programmeNoun: "priority",
      vision: "Every child in Somerset starts well, belongs and achieves.",
      calendarRule: { updatesDueDays: 14, reportsDueDays: 28 },
    });
    await updatePlan(sp, id, nextPlan({ currentYear: "2029/30", programmeNoun: "improvement priority" }));
    await setPlanStatus(sp, id, "Active");
    expect(await planById(sp, id)).toMatchObject({
      currentYear: "2029/30",
      programmeNoun: "improvement priority",
      status: "Active",
    });
  });

  it("refuses a plan whose name another plan has, saying what to fix, and writes nothing", async () => {
    const before = storedItems("TB Plans").length;
    const existing = (await listPlans(spAs("administrator")))[0]!;

    const refused = await failure(() =>
      createPlan(spAs("administrator"), nextPlan({ title: existing.title })),
    );

    expect(refused.kind).toBe("invalid");
    expect(refused.message).toContain("There is already a plan called");
    expect(storedItems("TB Plans")).toHaveLength(before);
  });

  it("creates exactly one plan when the answer to the create is lost", async () => {
    tenant.faults.add({
      service: "sharepoint",
      kind: "drop-after",
      times: 1,
      match: `POST ${SITE_URL}/_api/web/lists/getByTitle('TB%20Plans')/items`,
    });

    const id = await createPlan(spAs("administrator"), nextPlan());

    const made = storedItems("TB Plans").filter((i) => i.fields["Title"] === nextPlan().title);
    expect(made.map((i) => i.Id)).toEqual([id]);
    // The create was stored but its answer dropped; the plan was then found by its title.
    expect(spRequests().filter((r) => r.method === "POST" && r.status === 0)).toHaveLength(1);
  });

  it("refuses a non-administrator's new plan or change: SharePoint says no (kind access)", async () => {
    const before = storedItems("TB Plans").length;
    for (const role of ["member", "chair", "executive", "reader"] as const) {
      const refused = await failure(() => createPlan(spAs(role), nextPlan()));
      expect(refused.kind).toBe("access");
    }
    const demoPlan = (await listPlans(spAs("chair")))[0]!;
    const changed = await failure(() =>
      updatePlan(spAs("chair"), demoPlan.id, { ...demoPlan, title: "Renamed by a chair" }),
    );
    expect(changed.kind).toBe("access");
    expect(storedItems("TB Plans")).toHaveLength(before);
  });

  it("reports a change someone else saved first as a conflict, not an overwrite", async () => {
    const sp = spAs("administrator");
    // The plan as the administration screen read it, its ETag with it.
    const plan = (await listPlans(sp))[0]!;
    const etag = plan.etag;
    expect(etag).toMatch(/^"/);
    await updatePlan(sp, plan.id, { ...plan, vision: "First edit" }, etag);

    const clash = await failure(() => updatePlan(sp, plan.id, { ...plan, vision: "Second edit" }, etag));

    expect(clash.kind).toBe("conflict");
    expect(clash.message).toBe(
      "Someone else changed this plan while you were working on it. Reload it to see their changes, then make yours again.",
    );
    expect((await planById(sp, plan.id)).vision).toBe("First edit");
  });
});

describe("programmes", () => {
  it("adds a programme to the demo plan and renumbers them in one $batch", async () => {
    const sp = spAs("administrator");
    const plan = (await listPlans(sp))[0]!;
    const boards = (await listBoards(sp)).filter((b) => b.planId === plan.id);
    const earlyHelp = boards.find((b) => b.folder === "early-help")!;
    const social = boards.find((b) => b.folder === "social-care")!;

    const id = await createProgramme(sp, {
      planId: plan.id,
      number: 8,
      title: "Listening to children",
      outcome: "Children's voices shape every service.",
      boardIds: [earlyHelp.id, social.id],
    });
    await updateProgramme(sp, id, {
      planId: plan.id,
      number: 8,
      title: "Listening to children and young people",
      outcome: "Children's voices shape every service.",
      boardIds: [earlyHelp.id, social.id],
    });
    const ofPlan = (await listProgrammes(sp)).filter((p) => p.planId === plan.id);
    const reversed = [...ofPlan].sort((a, b) => b.number - a.number).map((p) => p.id);
    tenant.clearLog();

    await reorderProgrammes(sp, reversed);

    const after = (await listProgrammes(spAs("member"))).filter((p) => p.planId === plan.id);
    expect([...after].sort((a, b) => a.number - b.number).map((p) => p.id)).toEqual(reversed);
    expect(after.find((p) => p.id === id)).toMatchObject({
      number: 1,
      title: "Listening to children and young people",
      boardIds: [earlyHelp.id, social.id],
    });
    const writes = spRequests().filter((r) => r.method !== "GET");
    expect(writes).toHaveLength(1);
    expect(writes[0]?.url).toContain("$batch");
  });

  it("creates exactly one programme when the answer to the create is lost", async () => {
    const sp = spAs("administrator");
    const plan = (await listPlans(sp))[0]!;
    const board = (await listBoards(sp)).find((b) => b.planId === plan.id)!;
    tenant.faults.add({
      service: "sharepoint",
      kind: "drop-after",
      times: 1,
      match: `POST ${SITE_URL}/_api/web/lists/getByTitle('TB%20Programmes')/items`,
    });

    const id = await createProgramme(sp, {
      planId: plan.id,
      number: 8,
      title: "Listening to children",
      outcome: "",
      boardIds: [board.id],
    });

    const made = storedItems("TB Programmes").filter((i) => i.fields["TBNumber"] === 8);
    expect(made.map((i) => i.Id)).toEqual([id]);
  });

  it("refuses a number the plan already has, in the plan's own word, and a member's new programme", async () => {
    const sp = spAs("administrator");
    const plan = (await listPlans(sp))[0]!;
    const board = (await listBoards(sp)).find((b) => b.planId === plan.id)!;
    const input = { planId: plan.id, number: 3, title: "Again", outcome: "", boardIds: [board.id] };

    const taken = await failure(() => createProgramme(sp, input));
    const member = await failure(() => createProgramme(spAs("member"), { ...input, number: 9 }));

    expect(taken.message).toContain("This plan already has a improvement programme 3.");
    expect(member.kind).toBe("access");
  });
});

describe("boards", () => {
  it("creates a board linked to a spare team: its folders exist and the team's members can add actions", async () => {
    const admin = spAs("administrator");
    const planId = await createPlan(admin, nextPlan());
    const progress: number[] = [];

    const boardId = await createBoard(admin, SITE_URL, startWell(planId), roles(), (done) =>
      progress.push(done),
    );

    const board = await getBoard(admin, boardId);
    expect(board).toMatchObject({
      planId,
      title: "Start Well Partnership",
      folder: "start-well-partnership",
      groupId: spareTeam("start-well").id,
      channelName: "General",
      chairRole: "Chair",
      cadence: "Every six weeks",
      status: "Active",
      chair: expect.objectContaining({ name: "Dr Eleanor Tremlett" }) as unknown,
    });
    expect(progress.length).toBeGreaterThan(1);
    for (const def of ALL_LISTS.filter((l) => l.permissions === "boardFolders"))
      expect(tenant.state.lists[def.title]?.folders["start-well-partnership"], def.title).toBeDefined();

    const programmeId = await createProgramme(admin, {
      planId,
      number: 1,
      title: "A good start",
      outcome: "",
      boardIds: [boardId],
    });
    const plan = await planById(admin, planId);
    const midwife = spFor("hw-member-midwifery");
    const action = await addAction(
      midwife,
      SITE_URL,
      board,
      plan,
      {
        programmeId,
        ref: "1.1",
        title: "Offer every family a named midwife",
        description: "",
        ownerEmail: tenant.user(stableGuid("user:hw-member-midwifery"))?.mail ?? "",
        ownerOrg: "NHS Trust",
        targetDate: "2029-03-31",
      },
      "admin-test-start-well-1",
    );
    expect(action).toMatchObject({ folder: "start-well-partnership", boardId, targetDate: "2029-03-31" });
    // Someone outside the team cannot.
    const outsider = await failure(() =>
      addAction(
        spAs("member"),
        SITE_URL,
        board,
        plan,
        {
          programmeId,
          ref: "1.2",
          title: "Not mine to add",
          description: "",
          ownerEmail: persona("member").upn,
          ownerOrg: "",
          targetDate: "2029-03-31",
        },
        "admin-test-start-well-2",
      ),
    );
    expect(outsider.kind).toBe("access");
  });

  it("creates exactly one board when the answer to the create is lost", async () => {
    const admin = spAs("administrator");
    const planId = await createPlan(admin, nextPlan());
    tenant.faults.add({
      service: "sharepoint",
      kind: "drop-after",
      times: 1,
      match: `POST ${SITE_URL}/_api/web/lists/getByTitle('TB%20Boards')/items`,
    });

    const id = await createBoard(admin, SITE_URL, startWell(planId), roles());

    expect(spRequests().filter((r) => r.method === "POST" && r.status === 0)).toHaveLength(1);
    const made = storedItems("TB Boards").filter((i) => i.fields["TBFolder"] === "start-well-partnership");
    expect(made.map((i) => i.Id)).toEqual([id]);
    // Run again (say the folders had failed): the same board is taken up, none added.
    expect(await createBoard(admin, SITE_URL, startWell(planId), roles())).toBe(id);
    expect(storedItems("TB Boards").filter((i) => i.fields["TBPlanId"] === planId)).toHaveLength(1);
  });

  it("refuses a member's new board", async () => {
    const planId = (await listPlans(spAs("member")))[0]!.id;
    const refused = await failure(() => createBoard(spAs("member"), SITE_URL, startWell(planId), roles()));
    expect(refused.kind).toBe("access");
  });
});

describe("the reporting calendar", () => {
  async function saveAndRead(locale: SiteLocaleName) {
    if (locale !== "en-GB") {
      const res = await fetch(new URL("/__tenant/site", SITE_URL), {
        method: "POST",
        body: JSON.stringify({ locale }),
      });
      expect(res.status).toBe(200);
    }
    const admin = spAs("administrator");
    const planId = await createPlan(admin, nextPlan());
    const entries = calendarForYear("2028/29", DEFAULT_CALENDAR_RULE);
    await saveReportingCalendar(admin, planId, entries);
    return { admin, planId, entries };
  }

  it.each(["en-GB", "en-US"] as const)(
    "saves the dates so they read back on the same days on an %s site, and saving again adds no rows",
    async (locale) => {
      const { admin, planId, entries } = await saveAndRead(locale);

      expect(await listReportingCalendar(spAs("member"), planId)).toEqual(entries);

      const moved = entries.map((e) => (e.quarter === "Q3" ? { ...e, updatesDue: "2029-01-14" } : e));
      await saveReportingCalendar(admin, planId, moved);
      const rows = storedItems("TB Reporting Calendar").filter((i) => i.fields["TBPlanId"] === planId);
      expect(rows).toHaveLength(4);
      expect(await listReportingCalendar(admin, planId)).toEqual(moved);
      // Midnight in the site's time zone: London in summer, or Pacific time.
      const q1 = rows.find((r) => r.fields["TBQuarter"] === "Q1");
      expect(q1?.fields["TBUpdatesDue"]).toBe(
        locale === "en-GB" ? "2028-07-09T23:00:00Z" : "2028-07-10T07:00:00Z",
      );
    },
  );

  it("refuses a member's calendar", async () => {
    const planId = (await listPlans(spAs("member")))[0]!.id;
    const refused = await failure(() =>
      saveReportingCalendar(
        spAs("member"),
        planId,
        calendarForYear("2027/28", { updatesDueDays: 7, reportsDueDays: 14 }),
      ),
    );
    expect(refused.kind).toBe("access");
  });
});

describe("archiving a plan", () => {
  it("archives every board of the plan: its members can no longer write, everyone still reads", async () => {
    const admin = spAs("administrator");
    const plan = (await listPlans(admin))[0]!;
    const boards = await listBoards(admin);
    const ownBoards = boards.filter((b) => b.planId === plan.id);
    const progress: string[] = [];

    await archivePlan(admin, SITE_URL, plan, boards, roles(), (_d, _t, what) => progress.push(what));
    // Safe to run again.
    await archivePlan(admin, SITE_URL, { ...plan, status: "Archived" }, await listBoards(admin), roles());

    expect((await planById(admin, plan.id)).status).toBe("Archived");
    expect((await listBoards(admin)).filter((b) => b.planId === plan.id).map((b) => b.status)).toEqual(
      ownBoards.map(() => "Archived"),
    );
    expect(progress.length).toBeGreaterThanOrEqual(ownBoards.length);
    const earlyHelp = ownBoards.find((b) => b.folder === "early-help")!;
    const [open] = (await listBoardActions(spAs("member"), earlyHelp.id)).filter(
      (a) => a.status === "In progress",
    );
    expect(open).toBeDefined();
    const me = { id: 0, name: "", email: "" };
    const write = await failure(() =>
      applyActionChange(
        spAs("member"),
        open!,
        { ...draftFrom(open!), note: "Still going" },
        me,
        TEST_NOW,
        "archived-write-1",
      ),
    );
    expect(write.kind).toBe("access");
    expect((await getAction(spAs("executive"), open!.id)).id).toBe(open!.id);
    expect((await listBoardActions(spAs("executive"), earlyHelp.id)).length).toBeGreaterThan(0);
    // An archived plan can no longer be edited.
    const edit = await failure(() => updatePlan(admin, plan.id, { ...plan, vision: "Changed" }));
    expect(edit.message).toContain("is archived");
  });
});

describe("picking a board's group, channel and people from Graph", () => {
  it("lists the Microsoft 365 groups, teams first, with the spare teams among them", async () => {
    const groups = await listDirectoryGroups(graphAs("administrator"));

    const m365 = tenant.state.groups.filter((g) => g.kind === "m365");
    expect(groups.map((g) => g.id).sort()).toEqual(m365.map((g) => g.id).sort());
    expect(groups.every((g) => g.isTeam)).toBe(true);
    for (const t of demoData.spareTeams ?? []) {
      expect(groups.find((g) => g.displayName === t.title)).toMatchObject({ isTeam: true });
    }
    expect(groups.find((g) => g.displayName === "Start Well Partnership")?.mail).toMatch(
      /@partnership\.example$/,
    );
  });

  it("pages GET /groups with $top and refuses a filter Graph cannot run", async () => {
    const client = graphAs("administrator");
    const ids: string[] = [];
    let next: string | undefined =
      "/groups?$filter=resourceProvisioningOptions/Any(x:x eq 'Team')&$select=id,displayName&$top=4";
    let pages = 0;
    while (next) {
      const page = (await client.api(next).get()) as {
        value: { id: string; mail?: string }[];
        "@odata.nextLink"?: string;
      };
      ids.push(...page.value.map((g) => g.id));
      expect(page.value.every((g) => g.mail === undefined)).toBe(true);
      next = page["@odata.nextLink"];
      pages++;
    }
    expect(pages).toBe(3);
    expect(ids).toHaveLength(10);
    const refused = await client
      .api("/groups?$filter=startswith(description,'For the next plan')")
      .get()
      .then(
        () => null,
        (e: { statusCode?: number; code?: string }) => ({ statusCode: e.statusCode, code: e.code }),
      );
    expect(refused).toEqual({ statusCode: 400, code: "Request_UnsupportedQuery" });
  });

  it("lists a spare team's channels and people; a team the administrator is not in is explained", async () => {
    const client = graphAs("administrator");
    const team = spareTeam("thriving-families");

    expect(await listTeamChannels(client, team.id)).toEqual([
      { id: tenant.state.teamwork?.channels[team.id]?.[0]?.id, displayName: "General" },
    ]);
    const people = await listGroupPeople(client, team.id);
    expect(people.filter((p) => p.role === "owner").map((p) => p.email)).toEqual(
      expect.arrayContaining([persona("administrator").upn.toLowerCase()]),
    );
    expect(people.filter((p) => p.role === "member").length).toBeGreaterThanOrEqual(4);
    // The chair-to-be is an owner and a member: listed once, as an owner.
    const chair = tenant.user(stableGuid("user:csc-chair"))!;
    expect(people.filter((p) => p.email === chair.mail.toLowerCase())).toEqual([
      { email: chair.mail.toLowerCase(), name: chair.displayName, role: "owner" },
    ]);

    const earlyHelp = (await listBoards(spAs("administrator"))).find((b) => b.folder === "early-help")!;
    const refused = await failure(() => listTeamChannels(client, earlyHelp.groupId));
    expect(refused.kind).toBe("access");
    expect(refused.message).toContain("you are not a member or owner of the team");
  });

  it("seeds each demo board with its team's General channel", async () => {
    const boards = await listBoards(spAs("chair"));
    const earlyHelp = boards.find((b) => b.folder === "early-help")!;
    const channels = await listTeamChannels(graphAs("chair"), earlyHelp.groupId);

    expect(earlyHelp.channelName).toBe("General");
    expect(channels.find((c) => c.displayName === "General")?.id).toBe(earlyHelp.channelId);
    expect(boards.every((b) => b.channelId.startsWith("19:"))).toBe(true);
  });
});
