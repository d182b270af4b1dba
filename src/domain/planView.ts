import type { Action, Board, Plan } from "./types";

/**
 * Whether a board is part of an archived plan (or archived itself): readable by the same people as
 * before, changed by nobody in the app. A hint for the UI only: SharePoint refuses the writes anyway,
 * because archiving sets the board's folders to PERMISSIONS.archivedFolder (manifest/lists.ts).
 */
export function isArchivedBoard(
  board: Pick<Board, "status"> | null | undefined,
  plan: Pick<Plan, "status"> | null | undefined,
): boolean {
  return board?.status === "Archived" || plan?.status === "Archived";
}

/** What an archived board's pages say about it, or null while it is current. */
export function archivedBoardText(
  board: Pick<Board, "status"> | null | undefined,
  plan: Pick<Plan, "status" | "title"> | null | undefined,
): string | null {
  if (!isArchivedBoard(board, plan)) return null;
  return plan?.status === "Archived"
    ? `This board is part of the archived plan ${plan.title}: you can read it, not change it.`
    : "This board is archived: you can read it, not change it.";
}

/**
 * The plans people work in now: the Active ones, and to plan administrators the Draft ones being set
 * up too. Archived plans are looked at on purpose, one at a time.
 */
export function currentPlans(plans: readonly Plan[], isAdministrator: boolean): Plan[] {
  return plans.filter((p) => p.status === "Active" || (isAdministrator && p.status === "Draft"));
}

/** The plans someone may choose to look at: the current ones, then archived ones (newest first, as listed). */
export function plansToLookAt(plans: readonly Plan[], isAdministrator: boolean): Plan[] {
  return [...currentPlans(plans, isAdministrator), ...plans.filter((p) => p.status === "Archived")];
}

/** "2026/27" → 2026, for ordering plan years. */
const startOf = (planYear: string): number => Number(planYear.slice(0, 4)) || 0;

/**
 * The plan years a board's action plan can be shown for: those its actions are in, and the plan's
 * current year (even when it has no actions yet), oldest first.
 */
export function planYearChoices(
  plan: Pick<Plan, "currentYear"> | null | undefined,
  actions: readonly Pick<Action, "planYear">[],
): string[] {
  const years = new Set(actions.map((a) => a.planYear).filter((y) => y !== ""));
  if (plan?.currentYear) years.add(plan.currentYear);
  return [...years].sort((a, b) => startOf(a) - startOf(b) || a.localeCompare(b));
}

/**
 * Whether an action is in the current year of an Active plan: what My actions shows unless the person
 * asks for earlier years and archived plans. An action whose board or plan cannot be found is shown
 * (better seen than lost).
 */
export function isCurrentWork(
  action: Pick<Action, "boardId" | "planYear">,
  boards: readonly Pick<Board, "id" | "planId" | "status">[],
  plans: readonly Pick<Plan, "id" | "status" | "currentYear">[],
): boolean {
  const board = boards.find((b) => b.id === action.boardId);
  const plan = board ? plans.find((p) => p.id === board.planId) : undefined;
  if (!board || !plan) return true;
  return plan.status === "Active" && board.status !== "Archived" && action.planYear === plan.currentYear;
}
