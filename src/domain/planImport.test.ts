import { describe, expect, it } from "vitest";
import {
  ACTION_COLUMNS,
  BOARD_COLUMNS,
  checkImport,
  importClientId,
  importSummary,
  PROGRAMME_COLUMNS,
  type ImportCheck,
  type ImportColumn,
  type ImportContext,
  type ImportFile,
  type ImportPlan,
  type ImportProblem,
  type ParsedSheet,
} from "./planImport";
import type { Board, Plan, Programme } from "./types";

const plan: Plan = {
  id: 9,
  title: "Children & Young People's Plan 2028–2031",
  startYear: 2028,
  endYear: 2031,
  currentYear: "2028/29",
  status: "Draft",
  programmeNoun: "priority",
  vision: "",
  calendarRule: { updatesDueDays: 10, reportsDueDays: 21 },
};

const board = (over: Partial<Board>): Board => ({
  id: 1,
  planId: 1,
  title: "Early Help Strategic Commissioning Board",
  groupId: "g-early-help",
  folder: "early-help",
  chair: null,
  chairRole: "Chair",
  sponsor: null,
  status: "Active",
  cadence: "Monthly",
  channelId: "",
  channelName: "",
  ...over,
});

const groups = [
  { id: "g-start", displayName: "Start Well Partnership", mail: "startwell@partnership.test" },
  { id: "g-families", displayName: "Thriving Families Board", mail: "families@partnership.test" },
  { id: "g-belong", displayName: "Belonging and Achieving Board", mail: "belonging@partnership.test" },
  { id: "g-early-help", displayName: "Early Help", mail: "earlyhelp@partnership.test" },
  { id: "g-twin-1", displayName: "Twin", mail: "twin1@partnership.test" },
  { id: "g-twin-2", displayName: "Twin", mail: "twin2@partnership.test" },
];

const ctx = (over: Partial<ImportContext> = {}): ImportContext => ({
  plan,
  boards: [board({})],
  programmes: [],
  existingActions: [],
  groups,
  ...over,
});

/** A sheet from rows of cells in the columns' order (row 2 onwards). */
function sheetOf(
  columns: readonly ImportColumn[],
  rows: string[][],
  headers = columns.map((c) => c.header),
): ParsedSheet {
  return {
    headers,
    rows: rows.map((cells, i) => ({
      row: i + 2,
      cells: Object.fromEntries(headers.map((h, j) => [h, cells[j] ?? ""])),
    })),
  };
}

const goodBoards = [
  [
    "Start Well Partnership",
    "Start Well Partnership",
    "chair@partnership.test",
    "Interim Chair",
    "",
    "Monthly",
  ],
  ["Thriving Families Board", "FAMILIES@partnership.test", "", "", "", "Every six weeks"],
];
const goodProgrammes = [
  ["1", "Start well", "Every child has the best start", "Start Well Partnership"],
  ["2", "Thriving families", "", "Thriving Families Board; Start Well Partnership"],
];
const goodActions = [
  [
    "1.1",
    "1",
    "Start Well Partnership",
    "Open family hubs",
    "In every district",
    "owner@partnership.test",
    "30/06/2029",
  ],
  ["2.1", "2", "thriving families board", "Family group conferences", "", "", "2029-03-31"],
];

const workbook = (boards = goodBoards, programmes = goodProgrammes, actions = goodActions): ImportFile => ({
  format: "xlsx",
  sheets: {
    Boards: sheetOf(BOARD_COLUMNS, boards),
    Programmes: sheetOf(PROGRAMME_COLUMNS, programmes),
    Actions: sheetOf(ACTION_COLUMNS, actions),
  },
});

function planned(result: ImportCheck): ImportPlan {
  if (!result.ok) throw new Error(`Expected no problems, got: ${JSON.stringify(result.problems)}`);
  return result.plan;
}
function problemsOf(result: ImportCheck): ImportProblem[] {
  if (result.ok) throw new Error("Expected problems, but the file passed");
  return result.problems;
}
const where = (p: ImportProblem): string => `${p.sheet} ${p.row}${p.column ? ` ${p.column}` : ""}`;

describe("checking a plan's import spreadsheet", () => {
  it("plans the boards, then the programmes naming them, then the actions, in the plan's current year", () => {
    const p = planned(checkImport(workbook(), ctx()));
    expect(p.planYear).toBe("2028/29");
    expect(p.boards).toEqual([
      expect.objectContaining({
        row: 2,
        title: "Start Well Partnership",
        groupId: "g-start",
        folder: "start-well-partnership",
        chairEmail: "chair@partnership.test",
        chairRole: "Interim Chair",
        sponsorEmail: null,
        cadence: "Monthly",
      }),
      // Found by the group's email, whatever its case; no chair's title means "Chair".
      expect.objectContaining({
        title: "Thriving Families Board",
        groupId: "g-families",
        chairRole: "Chair",
      }),
    ]);
    expect(p.programmes.map((x) => [x.number, x.boardFolders])).toEqual([
      [1, ["start-well-partnership"]],
      [2, ["thriving-families-board", "start-well-partnership"]],
    ]);
    expect(p.actions).toEqual([
      expect.objectContaining({
        ref: "1.1",
        clientId: "import:9:1.1",
        programmeNumber: 1,
        boardFolder: "start-well-partnership",
        ownerEmail: "owner@partnership.test",
        targetDate: "2029-06-30",
      }),
      expect.objectContaining({
        ref: "2.1",
        boardTitle: "Thriving Families Board",
        ownerEmail: null,
        targetDate: "2029-03-31",
      }),
    ]);
    expect(importSummary(plan, p)).toBe("2 boards, 2 priorities and 2 actions");
  });

  it("gives a new board a folder no other board uses, in any plan", () => {
    const p = planned(
      checkImport(workbook(), ctx({ boards: [board({ folder: "start-well-partnership", planId: 1 })] })),
    );
    expect(p.boards[0]?.folder).toBe("start-well-partnership-2");
  });

  it("reports every mistake of a file full of them, each by sheet, row and column, and plans nothing", () => {
    const file = workbook(
      [
        ["Start Well Partnership", "Nobody's Group", "not-an-email", "", "", ""],
        ["Thriving Families Board", "Twin", "", "", "", ""],
        ["Belonging Board", "EarlyHelp@partnership.test", "", "x".repeat(61), "", ""],
        ["Belonging and Achieving Board", "Belonging and Achieving Board", "", "", "", ""],
      ],
      [
        ["1", "Start well", "", "Start Well Partnership"],
        ["1", "Again", "", "Start Well Partnership"],
        ["two", "Families", "", "Thriving Families Board"],
        ["3", "Belonging", "", "Belonging Board; Nowhere Board"],
        ["4", "x".repeat(256), "", "Belonging and Achieving Board"],
      ],
      [
        ["1.1", "1", "Start Well Partnership", "Hubs", "", "", "31/02/2029"],
        ["1.1", "1", "Start Well Partnership", "Again", "", "", "30/06/2029"],
        ["1.2", "7", "Start Well Partnership", "No such priority", "", "", "30/06/2029"],
        ["1.3", "1", "Unknown Board", "No such board", "", "", "30/06/2029"],
        ["4.1", "4", "Start Well Partnership", "Not its board", "", "owner at example", "13/13/2029"],
        ["4.2", "4", "Belonging and Achieving Board", "", "", "", "next spring"],
        ["4.3", "4", "Belonging and Achieving Board", "Too late", "", "", "01/04/2031"],
        ["", "", "", "", "", "", ""],
        ["4.4", "4", "Belonging and Achieving Board", "No date", "", "", ""],
      ],
    );
    const problems = problemsOf(checkImport(file, ctx({ boards: [board({ planId: 9 })] })));
    expect(problems.map(where)).toEqual([
      "Programmes 3 Number",
      "Programmes 4 Number",
      "Programmes 5 Delivered by",
      "Programmes 6 Title",
      "Boards 2 Microsoft 365 group (name or email)",
      "Boards 2 Chair's email",
      "Boards 3 Microsoft 365 group (name or email)",
      "Boards 4 Chair's title",
      "Boards 4 Microsoft 365 group (name or email)",
      "Actions 2 Target date",
      "Actions 3 Reference",
      "Actions 4 Programme number",
      "Actions 5 Board",
      "Actions 6 Board",
      "Actions 6 Owner's email",
      "Actions 6 Target date",
      "Actions 7 Title",
      "Actions 7 Target date",
      "Actions 8 Target date",
      "Actions 10 Target date",
    ]);
    const text = (sheet: string, row: number, column: string) =>
      problems.find((p) => p.sheet === sheet && p.row === row && p.column === column)?.message;
    expect(text("Programmes", 3, "Number")).toBe(
      "Priority 1 is also on row 2. Give each priority its own number.",
    );
    expect(text("Programmes", 5, "Delivered by")).toMatch(/no board called “Nowhere Board”/);
    expect(text("Programmes", 6, "Title")).toBe(
      "The Title is 256 characters; SharePoint keeps 255 at most. Shorten it by 1 character.",
    );
    expect(text("Boards", 2, "Microsoft 365 group (name or email)")).toMatch(
      /No Microsoft 365 group called “Nobody's Group” was found/,
    );
    expect(text("Boards", 3, "Microsoft 365 group (name or email)")).toMatch(
      /2 groups are called “Twin”.*email/,
    );
    expect(text("Boards", 4, "Microsoft 365 group (name or email)")).toBe(
      "The group “Early Help” is already linked to “Early Help Strategic Commissioning Board” in this plan. Choose another group for this board.",
    );
    expect(text("Actions", 2, "Target date")).toBe(
      "There is no 31 February 2029. Enter a date that exists, for example 31/03/2029.",
    );
    expect(text("Actions", 3, "Reference")).toBe(
      "Reference 1.1 is also used on row 2. Give each action its own reference.",
    );
    expect(text("Actions", 4, "Programme number")).toBe(
      "There is no priority 7 in the Programmes sheet or in the plan. Use one of 1, 3 and 4.",
    );
    expect(text("Actions", 5, "Board")).toMatch(/no board called “Unknown Board”/);
    expect(text("Actions", 6, "Board")).toBe(
      "Start Well Partnership does not deliver priority 4. Choose one of its boards, or add Start Well Partnership to that priority's Delivered by.",
    );
    expect(text("Actions", 6, "Target date")).toMatch(/There is no month 13/);
    expect(text("Actions", 7, "Target date")).toMatch(/“next spring” is not a date we can read/);
    expect(text("Actions", 8, "Target date")).toBe(
      "1 April 2031 is outside the plan, which runs from 1 April 2028 to 31 March 2031. Choose a date within it.",
    );
    expect(text("Actions", 10, "Target date")).toBe("Fill in the Target date: every row needs one.");
  });

  it("names every missing column of a sheet in one message on its header row", () => {
    const headers = ["Reference", "Board", "title"];
    const file: ImportFile = {
      format: "csv",
      sheets: {
        Actions: sheetOf(
          ACTION_COLUMNS,
          [["1.1", "Early Help Strategic Commissioning Board", "Hubs"]],
          headers,
        ),
      },
    };
    const problems = problemsOf(checkImport(file, ctx({ boards: [board({ planId: 9 })] })));
    expect(problems[0]).toEqual({
      sheet: "Actions",
      row: 1,
      message:
        "The Actions sheet has no “Programme number”, “Description”, “Owner's email” and “Target date” columns. Add them to row 1, spelt as in the template (download it again to compare).",
    });
  });

  it("matches headers whatever their case, spacing, brackets or curly apostrophes", () => {
    const headers = [
      "reference",
      "PROGRAMME  NUMBER",
      "Board",
      "Title",
      "Description",
      "Owner’s email",
      "Target date (dd/mm/yyyy)",
    ];
    const file: ImportFile = {
      format: "csv",
      sheets: {
        Actions: sheetOf(
          ACTION_COLUMNS,
          [["1.9", "1", "Early Help Strategic Commissioning Board", "Hubs", "", "a@b.test", "1/4/2028"]],
          headers,
        ),
      },
    };
    const programmes: Programme[] = [
      { id: 5, planId: 9, number: 1, title: "Start well", boardIds: [1], outcome: "" },
    ];
    const p = planned(checkImport(file, ctx({ boards: [board({ planId: 9 })], programmes })));
    expect(p.actions[0]).toMatchObject({
      ownerEmail: "a@b.test",
      targetDate: "2028-04-01",
      boardFolder: "early-help",
    });
  });

  it("says which sheet is missing from a workbook", () => {
    const file: ImportFile = { format: "xlsx", sheets: { Actions: sheetOf(ACTION_COLUMNS, goodActions) } };
    const problems = problemsOf(checkImport(file, ctx()));
    expect(problems.filter((p) => p.sheet === "Workbook").map((p) => p.message)).toEqual([
      "The workbook has no sheet called “Programmes”. Keep the template's sheets and their names; a sheet may be left with just its header row.",
      "The workbook has no sheet called “Boards”. Keep the template's sheets and their names; a sheet may be left with just its header row.",
    ]);
  });

  it("refuses a reference the plan already uses, but skips the actions an earlier run of this file wrote", () => {
    const existingActions = [
      { ref: "1.1", clientId: importClientId(9, "1.1") },
      { ref: "2.1", clientId: "3f2a-typed-by-a-chair" },
    ];
    const problems = problemsOf(checkImport(workbook(), ctx({ existingActions })));
    expect(problems.map((p) => [where(p), p.message])).toEqual([
      ["Actions 3 Reference", "The plan already has an action 2.1. Give this action another reference."],
    ]);
  });

  it("plans only what is left when an interrupted import of the same file runs again", () => {
    const first = planned(checkImport(workbook(), ctx()));
    const made = first.boards.map((b, i) =>
      board({ id: 20 + i, planId: 9, title: b.title, groupId: b.groupId, folder: b.folder }),
    );
    const programmes: Programme[] = [
      { id: 31, planId: 9, number: 1, title: "Start well", boardIds: [20], outcome: "" },
    ];
    const again = planned(
      checkImport(
        workbook(),
        ctx({
          boards: [board({}), ...made],
          programmes,
          existingActions: [{ ref: "1.1", clientId: "import:9:1.1" }],
        }),
      ),
    );
    // Not made again, but handed back so their folders are finished if the first run stopped there.
    expect(again.boards.map((b) => [b.title, b.existing, b.folder])).toEqual([
      ["Start Well Partnership", true, "start-well-partnership"],
      ["Thriving Families Board", true, "thriving-families-board"],
    ]);
    expect(importSummary(plan, again)).toBe("0 boards, 1 priority and 1 action");
    expect(again.programmes.map((p) => p.number)).toEqual([2]);
    expect(again.programmes[0]?.boardFolders).toEqual(["thriving-families-board", "start-well-partnership"]);
    expect(again.actions.map((a) => a.ref)).toEqual(["2.1"]);
    expect(again.alreadyThere).toEqual({
      boards: ["Start Well Partnership", "Thriving Families Board"],
      programmes: [1],
      actions: ["1.1"],
    });
  });

  it("refuses a number the plan's programmes already use with another title", () => {
    const programmes: Programme[] = [
      { id: 31, planId: 9, number: 1, title: "Best start", boardIds: [], outcome: "" },
    ];
    const problems = problemsOf(checkImport(workbook(), ctx({ programmes })));
    expect(problems.map((p) => [where(p), p.message])).toEqual([
      [
        "Programmes 2 Number",
        "This plan already has priority 1, “Best start”. Use another number, or the same title if it is that priority.",
      ],
    ]);
  });

  it("refuses a group another board of the file already has, and owners the directory does not know", () => {
    const boards = [
      goodBoards[0]!,
      ["Thriving Families Board", "startwell@partnership.test", "", "", "", ""],
    ];
    const known = new Set(["chair@partnership.test"]);
    const problems = problemsOf(checkImport(workbook(boards), ctx({ knownEmails: known })));
    expect(problems.map((p) => [where(p), p.message])).toEqual([
      [
        "Boards 3 Microsoft 365 group (name or email)",
        "The group “Start Well Partnership” is also given for the board on row 2. Each board needs its own group.",
      ],
      [
        "Actions 2 Owner's email",
        "Nobody with the email owner@partnership.test is in the directory. Check the spelling, or ask IT to add the owner first.",
      ],
    ]);
  });

  it("refuses a file with nothing in it, and any import into an archived plan", () => {
    expect(problemsOf(checkImport(workbook([], [], []), ctx())).map((p) => p.message)).toEqual([
      "There is nothing in the file to import: fill in rows below the headers, starting on row 2.",
    ]);
    const archived = { ...plan, status: "Archived" as const };
    expect(problemsOf(checkImport(workbook(), ctx({ plan: archived })))[0]?.message).toMatch(/is archived/);
  });
});
