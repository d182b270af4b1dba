/**
 * Setting up a new plan from a spreadsheet, through the real PnPjs and Graph clients against the
 * emulated tenant: the file is read as the app reads an upload, checked against the plan and the
 * directory, then written (boards with their folders, programmes, actions).
 */
import ExcelJS from "exceljs";
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { createGraph } from "../../src/data/graph/client";
import { listDirectoryGroups } from "../../src/data/graph/directory";
import { listBoardActions } from "../../src/data/sharepoint/actions";
import { createPlan } from "../../src/data/sharepoint/administration";
import { listBoards } from "../../src/data/sharepoint/boards";
import {
  ImportInterrupted,
  knownDirectoryEmails,
  listPlanActionKeys,
  runImport,
} from "../../src/data/sharepoint/planImport";
import { listPlans } from "../../src/data/sharepoint/plans";
import { listProgrammes } from "../../src/data/sharepoint/programmes";
import { createSp } from "../../src/data/sharepoint/sp";
import { checkImport, type ImportCheck, type ImportFile } from "../../src/domain/planImport";
import type { Plan } from "../../src/domain/types";
import { readImportFile } from "../../src/features/administration/import/workbook";
import { GRAPH_BASE, persona, SITE_URL, tenant } from "./testTenant";
import { makePersonaToken } from "./tokens";

const admin = persona("administrator");
const sp = createSp(SITE_URL, fixedTokenProvider(admin.token));
const graph = createGraph(GRAPH_BASE, fixedTokenProvider(admin.token));

/** Signs in as any user of the directory (the seeded people beyond the personas). */
function spAsUser(userId: string): SPFI {
  const user = tenant.user(userId);
  if (!user) throw new Error(`No user ${userId}`);
  const token = makePersonaToken({
    oid: user.id,
    upn: user.userPrincipalName,
    name: user.displayName,
    tid: tenant.state.tenantId,
  });
  return createSp(SITE_URL, fixedTokenProvider(token));
}

const group = (name: string) => {
  const g = tenant.state.groups.find((x) => x.displayName === name);
  if (!g) throw new Error(`No group ${name} in the seed`);
  return g;
};
const emailOf = (userId: string): string => tenant.user(userId)?.mail ?? "";

/** How many items each list holds: nothing written means none of these changes. */
const itemCounts = (): Record<string, number> =>
  Object.fromEntries(Object.entries(tenant.state.lists).map(([title, list]) => [title, list.items.length]));

async function newPlan(): Promise<Plan> {
  const id = await createPlan(sp, {
    title: "Children & Young People's Plan 2028–2031",
    startYear: 2028,
    endYear: 2031,
    currentYear: "2028/29",
    vision: "Every child and young person thrives.",
    programmeNoun: "priority",
    calendarRule: { updatesDueDays: 10, reportsDueDays: 21 },
  });
  const plan = (await listPlans(sp)).find((p) => p.id === id);
  if (!plan) throw new Error("The new plan was not found");
  return plan;
}

type Rows = (string | number | Date | null)[][];
/** A workbook as a person fills in the template: header row, then their rows. */
async function workbook(sheets: Record<string, Rows>): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const s = wb.addWorksheet(name);
    for (const r of rows) s.addRow(r);
  }
  return await wb.xlsx.writeBuffer();
}

const PROGRAMMES_HEAD = ["Number", "Title", "Outcome", "Delivered by"];
const BOARDS_HEAD = [
  "Name",
  "Microsoft 365 group (name or email)",
  "Chair's email",
  "Chair's title",
  "Lead sponsor's email",
  "Meets",
];
const ACTIONS_HEAD = [
  "Reference",
  "Programme number",
  "Board",
  "Title",
  "Description",
  "Owner's email",
  "Target date",
];
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function wellFormed(): Record<string, Rows> {
  const startWell = group("Start Well Partnership");
  const families = group("Thriving Families Board");
  const chair = startWell.memberIds[0] ?? "";
  const owner = startWell.memberIds[1] ?? "";
  return {
    Programmes: [
      PROGRAMMES_HEAD,
      [1, "Start well", "Every child has a healthy start.", "Start Well Partnership"],
      [2, "Thriving families", "", "Thriving Families Board"],
      [3, "Belonging and achieving", "", "Belonging and Achieving Board"],
      [4, "Safe and well", "", "Thriving Families Board; Start Well Partnership"],
    ],
    Boards: [
      BOARDS_HEAD,
      [
        "Start Well Partnership",
        "Start Well Partnership",
        emailOf(chair),
        "Interim Chair",
        "",
        "Every six weeks",
      ],
      ["Thriving Families Board", families.displayName.toUpperCase(), "", "", "", "Monthly"],
      ["Belonging and Achieving Board", "Belonging and Achieving Board", "", "Chair", "", "Quarterly"],
    ],
    Actions: [
      ACTIONS_HEAD,
      [
        "1.1",
        1,
        "Start Well Partnership",
        "Open a family hub in every district",
        "",
        emailOf(owner),
        day(2029, 3, 31),
      ],
      [
        "1.2",
        1,
        "Start Well Partnership",
        "Health visitor contact before birth",
        "For every family.",
        "",
        "30/09/2028",
      ],
      ["2.1", 2, "Thriving Families Board", "Family group conferences", "", "", "2029-01-31"],
      [
        "3.1",
        3,
        "Belonging and Achieving Board",
        "Halve exclusions of children looked after",
        "",
        "",
        "31/07/2029",
      ],
      ["4.1", 4, "Start Well Partnership", "Safe sleep advice for every new parent", "", "", "31/12/2028"],
      ["4.2", 4, "Thriving Families Board", "Online safety training in every school", "", "", "30/11/2028"],
    ],
  };
}

/** What the import panel does with an upload: read it, then check it against the plan as it is now. */
async function check(
  plan: Plan,
  bytes: ArrayBuffer,
  name = "plan.xlsx",
): Promise<{ file: ImportFile; result: ImportCheck }> {
  const file = await readImportFile(name, bytes);
  const [boards, programmes, existingActions, groups] = await Promise.all([
    listBoards(sp),
    listProgrammes(sp),
    listPlanActionKeys(sp, plan.id),
    listDirectoryGroups(graph),
  ]);
  const emails = Object.values(file.sheets).flatMap((s) =>
    (s?.rows ?? []).flatMap((r) =>
      Object.entries(r.cells)
        .filter(([h, v]) => /email/i.test(h) && !/group/i.test(h) && v !== "")
        .map(([, v]) => v),
    ),
  );
  const knownEmails = await knownDirectoryEmails(graph, emails);
  return {
    file,
    result: checkImport(file, { plan, boards, programmes, existingActions, groups, knownEmails }),
  };
}

async function importWhole(plan: Plan, bytes: ArrayBuffer) {
  const { result } = await check(plan, bytes);
  if (!result.ok) throw new Error(`Unexpected problems: ${JSON.stringify(result.problems)}`);
  return runImport(sp, SITE_URL, tenant.state.roles, plan, result.plan);
}

describe("importing a new plan's programmes, boards and first actions", { timeout: 60_000 }, () => {
  it("sets up the plan from a well-formed workbook: boards linked to their teams, actions their members can read", async () => {
    const plan = await newPlan();
    const written = await importWhole(plan, await workbook(wellFormed()));
    expect(written).toEqual({ boards: 3, programmes: 4, actions: 6 });

    const boards = (await listBoards(sp)).filter((b) => b.planId === plan.id);
    expect(boards.map((b) => [b.title, b.groupId, b.folder]).sort()).toEqual(
      [
        [
          "Belonging and Achieving Board",
          group("Belonging and Achieving Board").id,
          "belonging-and-achieving-board",
        ],
        ["Start Well Partnership", group("Start Well Partnership").id, "start-well-partnership"],
        ["Thriving Families Board", group("Thriving Families Board").id, "thriving-families-board"],
      ].sort(),
    );
    const startWell = boards.find((b) => b.title === "Start Well Partnership")!;
    expect(startWell).toMatchObject({
      chairRole: "Interim Chair",
      cadence: "Every six weeks",
      status: "Active",
    });
    expect(startWell.chair?.email.toLowerCase()).toBe(
      emailOf(group("Start Well Partnership").memberIds[0]!).toLowerCase(),
    );

    const programmes = (await listProgrammes(sp))
      .filter((p) => p.planId === plan.id)
      .sort((a, b) => a.number - b.number);
    expect(programmes.map((p) => [p.number, p.title])).toEqual([
      [1, "Start well"],
      [2, "Thriving families"],
      [3, "Belonging and achieving"],
      [4, "Safe and well"],
    ]);
    const families = boards.find((b) => b.title === "Thriving Families Board")!;
    expect(programmes[3]?.boardIds.sort()).toEqual([startWell.id, families.id].sort());

    // A member of the Start Well team reads its three actions; someone outside the team sees none of them.
    const member = spAsUser(group("Start Well Partnership").memberIds[1]!);
    const seen = await listBoardActions(member, startWell.id).catch((e: unknown) => {
      throw new Error(`member read: ${String(e)}`);
    });
    expect(seen.map((a) => [a.ref, a.planYear, a.status, a.folder]).sort()).toEqual([
      ["1.1", "2028/29", "Not started", "start-well-partnership"],
      ["1.2", "2028/29", "Not started", "start-well-partnership"],
      ["4.1", "2028/29", "Not started", "start-well-partnership"],
    ]);
    const hub = seen.find((a) => a.ref === "1.1")!;
    expect(hub.targetDate).toBe("2029-03-31");
    expect(hub.owner?.email.toLowerCase()).toBe(
      emailOf(group("Start Well Partnership").memberIds[1]!).toLowerCase(),
    );
    expect(seen.find((a) => a.ref === "1.2")?.targetDate).toBe("2028-09-30");
    // A member of another board sees none of them; someone outside the partnership cannot reach the site.
    const other = persona("member").userId;
    expect(group("Start Well Partnership").memberIds).not.toContain(other);
    expect(await listBoardActions(spAsUser(other), startWell.id)).toEqual([]);
    await expect(listBoardActions(spAsUser(persona("outsider").userId), startWell.id)).rejects.toMatchObject({
      status: 403,
    });
  });

  it("reports every mistake of a file full of them by sheet and row, and writes nothing", async () => {
    const plan = await newPlan();
    const before = itemCounts();
    const requestsBefore = tenant.log.length;
    const bytes = await workbook({
      Programmes: [
        PROGRAMMES_HEAD,
        [1, "Start well", "", "Start Well Partnership"],
        [1, "Start well again", "", "Start Well Partnership"],
      ],
      // No "Chair's email" nor "Meets" columns.
      Boards: [
        ["Name", "Microsoft 365 group (name or email)", "Chair's title", "Lead sponsor's email"],
        ["Start Well Partnership", "Start Well Partnership", "Chair", ""],
        ["Nowhere Board", "No Such Team", "Chair", ""],
      ],
      Actions: [
        ACTIONS_HEAD,
        ["1.1", 1, "Start Well Partnership", "Hubs", "", "", "31/02/2029"],
        ["1.1", 1, "Start Well Partnership", "Hubs again", "", "", "30/06/2029"],
        ["1.2", 1, "Early Years Board", "Unknown board", "", "", "30/06/2029"],
        ["1.3", 1, "Start Well Partnership", "Date outside the plan", "", "", "30/06/2035"],
        ["1.4", 1, "Start Well Partnership", "Unknown owner", "", "nobody@nowhere.test", "next year"],
      ],
    });
    const { result } = await check(plan, bytes);
    if (result.ok) throw new Error("The file passed");
    expect(result.problems.map((p) => `${p.sheet} row ${p.row}: ${p.message}`)).toEqual([
      "Programmes row 3: Priority 1 is also on row 2. Give each priority its own number.",
      "Boards row 1: The Boards sheet has no “Chair's email” and “Meets” columns. Add them to row 1, spelt as in the template (download it again to compare).",
      "Boards row 3: No Microsoft 365 group called “No Such Team” was found. Check the name as Teams or Outlook shows it, or write the group's email address.",
      "Actions row 2: There is no 31 February 2029. Enter a date that exists, for example 31/03/2029.",
      "Actions row 3: Reference 1.1 is also used on row 2. Give each action its own reference.",
      "Actions row 4: There is no board called “Early Years Board” in the Boards sheet or in the plan. Check the spelling, or add the board to the Boards sheet.",
      "Actions row 5: 30 June 2035 is outside the plan, which runs from 1 April 2028 to 31 March 2031. Choose a date within it.",
      "Actions row 6: Nobody with the email nobody@nowhere.test is in the directory. Check the spelling, or ask IT to add the owner first.",
      "Actions row 6: “next year” is not a date we can read. Write it day first, for example 31/03/2029, or as 2027-03-31.",
    ]);
    expect(itemCounts()).toEqual(before);
    // Only reads: every request the check made was a GET (or a Graph $batch of GETs).
    const writes = tenant.log
      .slice(requestsBefore)
      .filter((l) => l.method !== "GET" && !(l.service === "graph" && l.url.includes("$batch")));
    expect(writes).toEqual([]);
  });

  it("finishes an interrupted import when run again, with exactly one of each", async () => {
    const plan = await newPlan();
    const bytes = await workbook(wellFormed());
    const { result } = await check(plan, bytes);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // SharePoint starts failing every item create once two actions are written.
    let armed = false;
    const failure = await runImport(
      sp,
      SITE_URL,
      tenant.state.roles,
      plan,
      result.plan,
      (done, _total, what) => {
        if (
          !armed &&
          what.startsWith("Action") &&
          done >= result.plan.boards.length + result.plan.programmes.length + 2
        ) {
          armed = true;
          tenant.faults.add({
            service: "sharepoint",
            kind: 500,
            times: 1000,
            match: "AddValidateUpdateItemUsingPath",
          });
        }
      },
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ImportInterrupted);
    const { written } = failure as ImportInterrupted;
    expect(written.boards).toBe(3);
    expect(written.programmes).toBe(4);
    expect(written.actions).toBeGreaterThanOrEqual(2);
    expect(written.actions).toBeLessThan(6);

    tenant.faults.clear();
    const again = await check(plan, bytes);
    if (!again.result.ok) throw new Error(JSON.stringify(again.result.problems));
    expect(again.result.plan.alreadyThere.boards).toHaveLength(3);
    expect(again.result.plan.alreadyThere.programmes).toEqual([1, 2, 3, 4]);
    expect(again.result.plan.programmes).toEqual([]);
    expect(again.result.plan.actions.length).toBe(6 - again.result.plan.alreadyThere.actions.length);
    await runImport(sp, SITE_URL, tenant.state.roles, plan, again.result.plan);

    const boards = (await listBoards(sp)).filter((b) => b.planId === plan.id);
    expect(boards.map((b) => b.title).sort()).toEqual([
      "Belonging and Achieving Board",
      "Start Well Partnership",
      "Thriving Families Board",
    ]);
    const programmes = (await listProgrammes(sp)).filter((p) => p.planId === plan.id);
    expect(programmes.map((p) => p.number).sort()).toEqual([1, 2, 3, 4]);
    const refs = (await listPlanActionKeys(sp, plan.id)).map((a) => a.ref).sort();
    expect(refs).toEqual(["1.1", "1.2", "2.1", "3.1", "4.1", "4.2"]);
  });

  it("accepts the Actions sheet alone as a .csv file for a plan whose boards and programmes exist", async () => {
    const plan = await newPlan();
    await importWhole(plan, await workbook({ ...wellFormed(), Actions: [ACTIONS_HEAD] }));
    const csv =
      "\uFEFFReference,Programme number,Board,Title,Description,Owner's email,Target date\r\n" +
      '2.2,2,Thriving Families Board,"Parenting support, in every district",,,31/01/2030\r\n';
    const { result } = await check(plan, new TextEncoder().encode(csv).buffer, "actions.csv");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.actions.map((a) => [a.row, a.ref, a.title, a.targetDate])).toEqual([
      [2, "2.2", "Parenting support, in every district", "2030-01-31"],
    ]);
    await runImport(sp, SITE_URL, tenant.state.roles, plan, result.plan);
    expect((await listPlanActionKeys(sp, plan.id)).map((a) => a.ref)).toEqual(["2.2"]);
  });
});
