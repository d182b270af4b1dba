import { describe, expect, it } from "vitest";
import { currentPlans, isArchivedBoard, isCurrentWork, planYearChoices } from "./planView";
import { programmeHeading, programmeLabel, programmeNoun } from "./programmeWords";
import type { Plan } from "./types";

const plan = (id: number, status: Plan["status"], currentYear = "2026/27"): Plan => ({
  id,
  title: `Plan ${id}`,
  startYear: 2025,
  endYear: 2028,
  currentYear,
  status,
  programmeNoun: "priority",
  vision: "",
  calendarRule: { updatesDueDays: 10, reportsDueDays: 21 },
});

describe("plan shape", () => {
  it("names programmes in the plan's own word", () => {
    expect(programmeLabel(plan(1, "Active"), { number: 2 })).toBe("Priority 2");
    expect(
      programmeHeading({ programmeNoun: "improvement programme" }, { number: 1, title: "Early help" }),
    ).toBe("Improvement programme 1: Early help");
    expect(programmeNoun({ programmeNoun: " " })).toBe("programme");
    expect(programmeNoun(null)).toBe("programme");
  });

  it("shows Draft plans as current only to administrators", () => {
    const plans = [plan(3, "Draft"), plan(2, "Active"), plan(1, "Archived")];
    expect(currentPlans(plans, false).map((p) => p.id)).toEqual([2]);
    expect(currentPlans(plans, true).map((p) => p.id)).toEqual([3, 2]);
  });

  it("treats a board as archived when it or its plan is", () => {
    expect(isArchivedBoard({ status: "Active" }, { status: "Archived" })).toBe(true);
    expect(isArchivedBoard({ status: "Archived" }, { status: "Active" })).toBe(true);
    expect(isArchivedBoard({ status: "Active" }, { status: "Active" })).toBe(false);
  });

  it("offers the years that have actions and the current year, oldest first", () => {
    expect(planYearChoices(plan(1, "Active"), [{ planYear: "2025/26" }, { planYear: "2025/26" }])).toEqual([
      "2025/26",
      "2026/27",
    ]);
  });

  it("counts as current work only the current year of an Active plan", () => {
    const boards = [
      { id: 1, planId: 1, status: "Active" as const },
      { id: 2, planId: 2, status: "Archived" as const },
    ];
    const plans = [plan(1, "Active"), plan(2, "Archived", "2024/25")];
    expect(isCurrentWork({ boardId: 1, planYear: "2026/27" }, boards, plans)).toBe(true);
    expect(isCurrentWork({ boardId: 1, planYear: "2025/26" }, boards, plans)).toBe(false);
    expect(isCurrentWork({ boardId: 2, planYear: "2024/25" }, boards, plans)).toBe(false);
  });
});
