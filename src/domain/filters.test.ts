import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import { filterActions, groupByProgramme, NO_FILTERS } from "./filters";

const today = "2026-11-22";
const actions = [
  anAction({ id: 1, ref: "1.10", title: "Charter Mark", rag: "Amber" }),
  anAction({ id: 2, ref: "1.2", title: "SEND local offer", rag: "Red", targetDate: "2026-10-01" }),
  anAction({
    id: 3,
    ref: "5.1",
    programmeId: 2,
    title: "Family Support Service",
    owner: null,
    status: "Not started",
    rag: null,
  }),
  anAction({
    id: 4,
    ref: "1.1",
    title: "Parenting",
    status: "Complete",
    rag: null,
    targetDate: "2026-11-30",
  }),
];

describe("filtering the action plan", () => {
  it("finds actions by words in the title, in any order and case", () => {
    expect(filterActions(actions, { ...NO_FILTERS, search: "offer send" }, today).map((a) => a.id)).toEqual([
      2,
    ]);
  });
  it("finds words in the latest progress note", () => {
    const withNote = [
      ...actions,
      anAction({ id: 5, title: "Young carers", lastNote: "Venue agreed with the library in Minehead." }),
    ];
    expect(filterActions(withNote, { ...NO_FILTERS, search: "minehead" }, today).map((a) => a.id)).toEqual([
      5,
    ]);
  });
  it("ignores accents both ways: Siobhan finds Siobhán, and Siobhán finds Siobhan", () => {
    const people = [
      anAction({ id: 6, owner: { id: 11, name: "Siobhán Kelly", email: "s@partnership.example" } }),
      anAction({ id: 7, title: "Cafe for care leavers", description: "Run by Siobhan's team" }),
    ];
    expect(filterActions(people, { ...NO_FILTERS, search: "Siobhan" }, today).map((a) => a.id)).toEqual([
      6, 7,
    ]);
    expect(filterActions(people, { ...NO_FILTERS, search: "SIOBHÁN" }, today).map((a) => a.id)).toEqual([
      6, 7,
    ]);
    expect(filterActions(people, { ...NO_FILTERS, search: "café" }, today).map((a) => a.id)).toEqual([7]);
  });
  it("shows only overdue actions", () => {
    expect(filterActions(actions, { ...NO_FILTERS, overdue: true }, today).map((a) => a.id)).toEqual([2]);
  });
  it("shows actions nobody owns", () => {
    expect(filterActions(actions, { ...NO_FILTERS, owner: "none" }, today).map((a) => a.id)).toEqual([3]);
  });
  it("shows open actions only", () => {
    expect(filterActions(actions, { ...NO_FILTERS, status: "Open" }, today).map((a) => a.id)).toEqual([
      1, 2, 3,
    ]);
  });
  it("does not count a completed action as due this month", () => {
    expect(filterActions(actions, { ...NO_FILTERS, dueThisMonth: true }, today)).toEqual([]);
  });
});

describe("grouping by programme", () => {
  it("orders programmes by number and actions by reference, 1.2 before 1.10", () => {
    const programmes = [
      { id: 2, planId: 1, number: 5, title: "Help early", boardIds: [1], outcome: "" },
      { id: 1, planId: 1, number: 1, title: "Resilience", boardIds: [1], outcome: "" },
    ];
    const groups = groupByProgramme(actions, programmes);
    expect(groups.map((g) => g.programme?.number)).toEqual([1, 5]);
    expect(groups[0]?.actions.map((a) => a.ref)).toEqual(["1.1", "1.2", "1.10"]);
  });
});
