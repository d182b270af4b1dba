import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import {
  describeRollover,
  describeSummary,
  isRolloverChangeId,
  previewRollover,
  rolloverByBoard,
  rolloverChangeId,
} from "./rollover";
import { calendarForYear, DEFAULT_CALENDAR_RULE } from "./reportingCalendar";
import type { Action, Board, Plan } from "./types";

const plan: Plan = {
  id: 1,
  title: "Children and Young People's Plan 2025–2028",
  startYear: 2025,
  endYear: 2028,
  currentYear: "2026/27",
  status: "Active",
  programmeNoun: "improvement programme",
  vision: "",
  calendarRule: DEFAULT_CALENDAR_RULE,
};

const board = (id: number, title: string, planId = 1): Board => ({
  id,
  planId,
  title,
  groupId: `g${id}`,
  folder: `b${id}`,
  chair: null,
  chairRole: "",
  sponsor: null,
  status: "Active",
  cadence: "",
  channelId: "",
  channelName: "",
});
const boards = [
  board(1, "Early Help Board"),
  board(2, "Health and Wellbeing Board"),
  board(9, "Other plan", 2),
];

let nextId = 100;
const action = (more: Partial<Action>): Action => anAction({ id: nextId++, etag: `"${nextId}"`, ...more });

describe("previewing a year roll-over", () => {
  const actions = [
    action({ boardId: 1, ref: "1.2", status: "In progress" }),
    action({ boardId: 1, ref: "1.10", status: "Not started" }),
    action({ boardId: 1, ref: "1.3", status: "Complete" }),
    action({ boardId: 2, ref: "2.1", status: "In progress" }),
    action({ boardId: 2, ref: "2.2", status: "Withdrawn" }),
    action({ boardId: 2, ref: "2.3", status: "Complete" }),
    // Already carried by a run that stopped halfway.
    action({ boardId: 2, ref: "2.4", status: "In progress", planYear: "2027/28", carriedFrom: "2026/27" }),
    // Last year's, and another plan's: not this roll-over's business.
    action({ boardId: 1, ref: "0.1", status: "In progress", planYear: "2025/26" }),
    action({ boardId: 9, ref: "9.1", status: "In progress" }),
  ];

  it("carries the open actions, leaves completed and withdrawn ones, and moves the plan to its next year", () => {
    const preview = previewRollover(plan, actions, calendarForYear("2026/27", plan.calendarRule), boards);
    expect(preview.problems).toEqual([]);
    expect(preview).toMatchObject({ from: "2026/27", to: "2027/28" });
    expect(preview.carry.map((r) => r.ref)).toEqual(["1.2", "1.10", "2.1"]);
    expect(preview.carry[0]).toMatchObject({ board: "Early Help Board", status: "In progress" });
    expect(preview.carry.every((r) => r.etag.startsWith('"'))).toBe(true);
    expect(preview.stay.map((r) => r.ref)).toEqual(["1.3", "2.2", "2.3"]);
    expect(preview.alreadyCarried.map((r) => r.ref)).toEqual(["2.4"]);
    expect(preview.calendarToCreate).toEqual(calendarForYear("2027/28", plan.calendarRule));
  });

  it("says in words what will happen, and counts it per board", () => {
    const preview = previewRollover(plan, actions, [], boards);
    expect(describeRollover(preview, plan.title)).toEqual([
      "3 open actions move into 2027/28 with their history; 2 completed and 1 withdrawn stay in 2026/27's record, unchanged.",
      "1 action was already carried into 2027/28 by an earlier run that did not finish: it is left as it is.",
      "2027/28's reporting calendar is set from the plan's rule for all four quarters.",
      "Then Children and Young People's Plan 2025–2028's current year becomes 2027/28. Nothing is deleted or copied.",
    ]);
    expect(rolloverByBoard(preview)).toEqual([
      { boardId: 1, board: "Early Help Board", carry: 2, stay: 1, alreadyCarried: 0 },
      { boardId: 2, board: "Health and Wellbeing Board", carry: 1, stay: 2, alreadyCarried: 1 },
    ]);
  });

  it("writes only the quarters of the new year's calendar that are missing", () => {
    const next = calendarForYear("2027/28", plan.calendarRule);
    const preview = previewRollover(plan, [], next.slice(0, 2), boards);
    expect(preview.calendarToCreate.map((c) => c.quarter)).toEqual(["Q3", "Q4"]);
    expect(describeRollover(preview, plan.title)).toContain(
      "2027/28's reporting calendar is completed from the plan's rule (Q3 and Q4).",
    );
    expect(describeRollover(previewRollover(plan, [], next, boards), plan.title)[0]).toBe(
      "No open actions are left in 2026/27 to move into 2027/28.",
    );
  });

  it("writes large counts the en-GB way", () => {
    const many = Array.from({ length: 1000 }, () => action({ boardId: 1 }));
    expect(describeRollover(previewRollover(plan, many, [], boards), plan.title)[0]).toBe(
      "1,000 open actions move into 2027/28 with their history.",
    );
  });

  it("refuses the plan's last year: the next plan takes over", () => {
    const preview = previewRollover({ ...plan, currentYear: "2027/28" }, actions, [], boards);
    expect(preview.problems).toEqual([
      "Children and Young People's Plan 2025–2028 ends with 2027/28: set up the next plan instead.",
    ]);
    expect(preview.to).toBe("");
    expect(preview.calendarToCreate).toEqual([]);
    expect(describeRollover(preview, plan.title)).toEqual([]);
  });

  it("refuses an archived plan", () => {
    const preview = previewRollover({ ...plan, status: "Archived" }, actions, [], boards);
    expect(preview.problems).toEqual([
      "Children and Young People's Plan 2025–2028 is archived: its actions are kept as they are and its year cannot move on.",
    ]);
  });

  it("refuses a current year outside the plan", () => {
    const preview = previewRollover({ ...plan, currentYear: "2030/31" }, actions, [], boards);
    expect(preview.problems[0]).toMatch(
      /current year, 2030\/31, is not one of its years \(2025\/26, 2026\/27, 2027\/28\)/,
    );
  });
});

describe("a roll-over's save id and summary", () => {
  it("names the plan, the year and the action, the same on every run", () => {
    expect(rolloverChangeId(1, "2027/28", 42)).toBe("rollover:1:2027/28:42");
    expect(isRolloverChangeId("rollover:1:2027/28:42")).toBe(true);
    expect(isRolloverChangeId("3f0c2a")).toBe(false);
  });

  it("says what was done", () => {
    expect(
      describeSummary({
        from: "2026/27",
        to: "2027/28",
        carried: 1000,
        alreadyCarried: 312,
        retried: 1,
        leftBehind: 0,
        calendarRowsWritten: 4,
        currentYear: "2027/28",
      }),
    ).toEqual([
      "1,000 open actions carried from 2026/27 into 2027/28 (1 of them read again because someone changed it meanwhile).",
      "312 actions were already in 2027/28: skipped.",
      "2027/28's reporting calendar: 4 quarters dated from the plan's rule.",
      "The plan's current year is now 2027/28.",
    ]);
  });
});
