import { describe, expect, it } from "vitest";
import { DEFAULT_CALENDAR_RULE } from "./reportingCalendar";
import {
  folderNameFor,
  isFolderName,
  validateBoardInput,
  validatePlanInput,
  validateProgrammeInput,
  type BoardInput,
  type PlanInput,
  type ProgrammeInput,
} from "./planSetup";

const plan = (over: Partial<PlanInput> = {}): PlanInput => ({
  title: "Children & Young People's Plan 2028–2031",
  startYear: 2028,
  endYear: 2031,
  currentYear: "2028/29",
  vision: "Every child safe, healthy and happy.",
  programmeNoun: "priority",
  calendarRule: DEFAULT_CALENDAR_RULE,
  ...over,
});
const existing = [{ id: 1, title: "Children & Young People's Plan 2025–2028" }];

describe("validatePlanInput", () => {
  it("accepts a well-formed plan", () => {
    expect(validatePlanInput(plan(), existing)).toEqual({});
  });

  it("asks for a name, and one no other plan has (whatever its case)", () => {
    expect(validatePlanInput(plan({ title: "  " }), existing).title).toMatch(/Give the plan a name/);
    expect(
      validatePlanInput(plan({ title: "children & young people's plan 2025–2028" }), existing).title,
    ).toBe(
      'There is already a plan called "children & young people\'s plan 2025–2028". Give this one a different name.',
    );
    // Editing the plan itself keeps its own name.
    expect(validatePlanInput(plan({ title: existing[0]!.title }), existing, 1).title).toBeUndefined();
  });

  it("wants the plan to end after it starts and run ten years at most", () => {
    expect(validatePlanInput(plan({ endYear: 2028 }), existing).endYear).toBe(
      "The plan must end after it starts: choose an end year after 2028.",
    );
    expect(validatePlanInput(plan({ endYear: 2039 }), existing).endYear).toBe(
      "A plan can run for 10 years at most; this one runs for 11. Choose an end year no later than 2038.",
    );
    expect(validatePlanInput(plan({ endYear: 2038, currentYear: "2030/31" }), existing)).toEqual({});
    expect(validatePlanInput(plan({ startYear: 28 }), existing).startYear).toMatch(/four digits/);
  });

  it("wants the current year to be one of the plan's years, written as the two years it spans", () => {
    expect(validatePlanInput(plan({ currentYear: "2031/32" }), existing).currentYear).toBe(
      "The current year must be one of the plan's years, 2028/29 to 2030/31.",
    );
    expect(validatePlanInput(plan({ currentYear: "2028" }), existing).currentYear).toBe(
      "Write the current plan year as the two years it spans, for example 2028/29.",
    );
    expect(validatePlanInput(plan({ currentYear: "2030/31" }), existing).currentYear).toBeUndefined();
  });

  it("wants a programme noun of 1 to 40 characters and a calendar rule that works", () => {
    expect(validatePlanInput(plan({ programmeNoun: "" }), existing).programmeNoun).toMatch(/"priority"/);
    expect(validatePlanInput(plan({ programmeNoun: "x".repeat(41) }), existing).programmeNoun).toBe(
      "What the plan calls its programmes can be 40 characters at most; this is 41.",
    );
    expect(
      validatePlanInput(plan({ calendarRule: { updatesDueDays: 30, reportsDueDays: 10 } }), existing)
        .calendarRule,
    ).toMatch(/make them due on or after the updates/);
  });
});

const boardsOf = [
  { id: 10, planId: 2, title: "Start Well Partnership", groupId: "g-start", status: "Active" as const },
  { id: 11, planId: 2, title: "Thriving Families Board", groupId: "g-thrive", status: "Active" as const },
  { id: 12, planId: 1, title: "Early Help", groupId: "g-eh", status: "Active" as const },
];

describe("validateProgrammeInput", () => {
  const input = (over: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
    planId: 2,
    number: 2,
    title: "Thriving families",
    outcome: "Families are thriving.",
    boardIds: [11],
    ...over,
  });
  const programmes = [
    { id: 5, planId: 2, number: 1 },
    { id: 6, planId: 1, number: 2 },
  ];

  it("accepts a programme numbered uniquely in its plan, with a delivery board of that plan", () => {
    expect(validateProgrammeInput(input(), programmes, boardsOf)).toEqual({});
    expect(validateProgrammeInput(input({ boardIds: [10, 11] }), programmes, boardsOf)).toEqual({});
  });

  it("refuses a number the plan already has, in the plan's own word", () => {
    expect(
      validateProgrammeInput(input({ number: 1 }), programmes, boardsOf, undefined, "priority").number,
    ).toBe("This plan already has a priority 1. Choose another number, or move that one first.");
    expect(validateProgrammeInput(input({ number: 1 }), programmes, boardsOf, 5)).toEqual({});
    expect(validateProgrammeInput(input({ number: 0 }), programmes, boardsOf).number).toMatch(/whole number/);
  });

  it("wants a title and at least one board of the same plan", () => {
    expect(validateProgrammeInput(input({ title: " " }), programmes, boardsOf).title).toBe(
      "Give the programme a title.",
    );
    expect(validateProgrammeInput(input({ boardIds: [] }), programmes, boardsOf).boardIds).toBe(
      "Choose at least one board that delivers this programme.",
    );
    expect(validateProgrammeInput(input({ boardIds: [12] }), programmes, boardsOf).boardIds).toMatch(
      /board of another plan/,
    );
  });
});

describe("validateBoardInput", () => {
  const input = (over: Partial<BoardInput> = {}): BoardInput => ({
    planId: 2,
    title: "Belonging and Achieving Board",
    groupId: "g-belong",
    channelId: "19:x@thread.tacv2",
    channelName: "General",
    chairEmail: null,
    chairRole: "Chair",
    sponsorEmail: null,
    cadence: "Every six weeks",
    ...over,
  });

  it("accepts a new board with its own group", () => {
    expect(validateBoardInput(input(), boardsOf)).toEqual({});
  });

  it("refuses a name or a group another active board of the plan has", () => {
    expect(validateBoardInput(input({ title: "start well partnership" }), boardsOf).title).toBe(
      'This plan already has a board called "start well partnership". Give this one a different name.',
    );
    expect(validateBoardInput(input({ groupId: "g-thrive" }), boardsOf).groupId).toBe(
      'That group is already linked to "Thriving Families Board" in this plan. Choose another group, or archive that board first.',
    );
    // Another plan's board may use the same group and name; an edited board keeps its own.
    expect(validateBoardInput(input({ groupId: "g-eh", title: "Early Help" }), boardsOf)).toEqual({});
    expect(
      validateBoardInput(input({ groupId: "g-thrive", title: "Thriving Families Board" }), boardsOf, 11),
    ).toEqual({});
    const archived = boardsOf.map((b) => (b.id === 11 ? { ...b, status: "Archived" as const } : b));
    expect(validateBoardInput(input({ groupId: "g-thrive" }), archived).groupId).toBeUndefined();
  });

  it("wants a group, and the chair's title and cadence within their columns", () => {
    expect(validateBoardInput(input({ groupId: "" }), boardsOf).groupId).toBe(
      "Choose the Microsoft 365 group or team the board works in.",
    );
    expect(validateBoardInput(input({ chairRole: "x".repeat(61) }), boardsOf).chairRole).toBe(
      "The chair's title can be 60 characters at most; this is 61.",
    );
    expect(validateBoardInput(input({ cadence: "y".repeat(61) }), boardsOf).cadence).toMatch(/60 characters/);
    expect(validateBoardInput(input({ title: "" }), boardsOf).title).toMatch(/Give the board a name/);
    expect(validateBoardInput(input({ folder: "Start Well" }), boardsOf).folder).toMatch(/lower-case/);
  });
});

describe("folderNameFor", () => {
  it("makes lower-case letters, digits and dashes from the title", () => {
    expect(folderNameFor("Start Well Partnership", [])).toBe("start-well-partnership");
    expect(folderNameFor("Children & Young People's Health (0–5)", [])).toBe(
      "children-and-young-people-s-health-0-5",
    );
    expect(folderNameFor("Équipe Santé", [])).toBe("equipe-sante");
    expect(folderNameFor("!!!", [])).toBe("board");
  });

  it("numbers it when the name is taken", () => {
    expect(folderNameFor("Start Well Partnership", ["start-well-partnership"])).toBe(
      "start-well-partnership-2",
    );
    expect(
      folderNameFor("Start Well Partnership", ["start-well-partnership", "start-well-partnership-2"]),
    ).toBe("start-well-partnership-3");
  });

  it("keeps within 64 characters, suffix included, and never ends on a dash", () => {
    const long = "Commissioning Group for Children & Young People's Mental Health, Emotional Wellbeing";
    const first = folderNameFor(long, []);
    expect(first.length).toBeLessThanOrEqual(64);
    expect(isFolderName(first)).toBe(true);
    const second = folderNameFor(long, [first]);
    expect(second.length).toBeLessThanOrEqual(64);
    expect(second.endsWith("-2")).toBe(true);
    expect(isFolderName(second)).toBe(true);
  });
});
