import type { Action, ActionStatus, IsoDate, Rag, Rating } from "./types";

export const isOpen = (a: Pick<Action, "status">): boolean =>
  a.status !== "Complete" && a.status !== "Withdrawn";

/** The date the action is now due: the agreed revised date if there is one. */
export const dueDate = (a: Pick<Action, "targetDate" | "revisedDate">): IsoDate =>
  a.revisedDate ?? a.targetDate;

export const isOverdue = (
  a: Pick<Action, "status" | "targetDate" | "revisedDate">,
  today: IsoDate,
): boolean => isOpen(a) && dueDate(a) < today;

export const isDueThisMonth = (
  a: Pick<Action, "status" | "targetDate" | "revisedDate">,
  today: IsoDate,
): boolean => isOpen(a) && dueDate(a).slice(0, 7) === today.slice(0, 7);

/**
 * The rating the app suggests: an open action past its due date is Red. It is
 * only ever a suggestion — a person's rating is never rewritten.
 */
export function suggestedRag(
  a: Pick<Action, "status" | "targetDate" | "revisedDate" | "rag">,
  today: IsoDate,
): Rag | null {
  if (isOverdue(a, today) && a.rag !== "Red") return "Red";
  return null;
}

export function ratingOf(a: Pick<Action, "status" | "rag">): Rating {
  if (a.status === "Complete" || a.status === "Not started" || a.status === "Withdrawn") return a.status;
  return a.rag ?? "Not rated";
}

export const RATING_ORDER: readonly Rating[] = [
  "Red",
  "Amber",
  "Green",
  "Not rated",
  "Not started",
  "Complete",
  "Withdrawn",
];

export function ratingSummary(actions: readonly Pick<Action, "status" | "rag">[]): Record<Rating, number> {
  const counts = Object.fromEntries(RATING_ORDER.map((r) => [r, 0])) as Record<Rating, number>;
  for (const a of actions) counts[ratingOf(a)] += 1;
  return counts;
}

/** RAG only means something while the action is under way. */
export const statusTakesRag = (status: ActionStatus): boolean => status === "In progress";
