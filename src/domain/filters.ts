import { dueDate, isDueThisMonth, isOverdue, ratingOf } from "./actions";
import type { Action, ActionStatus, IsoDate, Programme, Rating } from "./types";

export interface ActionFilters {
  status: ActionStatus | "Open" | "All";
  rating: Rating | "All";
  /** Site user id, "none" for actions nobody owns, or "All". */
  owner: number | "none" | "All";
  overdue: boolean;
  dueThisMonth: boolean;
  search: string;
}

export const NO_FILTERS: ActionFilters = {
  status: "All",
  rating: "All",
  owner: "All",
  overdue: false,
  dueThisMonth: false,
  search: "",
};

/** Lower case without accents, so "siobhan" finds "Siobhán" and "cafe" finds "Café". */
export const foldForSearch = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase("en-GB");

/** Everything a person might remember about an action: its words, its people, its latest note. */
const searchableText = (a: Action): string =>
  foldForSearch(
    [a.ref, a.title, a.description, a.owner?.name ?? "", a.ownerOrg, a.lastNote, a.revisedReason].join(" "),
  );

export function filterActions(actions: readonly Action[], f: ActionFilters, today: IsoDate): Action[] {
  const words = foldForSearch(f.search.trim()).split(/\s+/).filter(Boolean);
  return actions.filter((a) => {
    if (
      f.status === "Open"
        ? a.status === "Complete" || a.status === "Withdrawn"
        : f.status !== "All" && a.status !== f.status
    )
      return false;
    if (f.rating !== "All" && ratingOf(a) !== f.rating) return false;
    if (f.owner === "none" ? a.owner !== null : f.owner !== "All" && a.owner?.id !== f.owner) return false;
    if (f.overdue && !isOverdue(a, today)) return false;
    if (f.dueThisMonth && !isDueThisMonth(a, today)) return false;
    if (words.length > 0) {
      const text = searchableText(a);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

export const isFiltered = (f: ActionFilters): boolean =>
  f.status !== "All" ||
  f.rating !== "All" ||
  f.owner !== "All" ||
  f.overdue ||
  f.dueThisMonth ||
  f.search.trim() !== "";

/** Actions grouped under their programme, in programme number then action reference order. */
export function groupByProgramme(
  actions: readonly Action[],
  programmes: readonly Programme[],
): { programme: Programme | null; actions: Action[] }[] {
  const byRef = (a: Action, b: Action): number =>
    a.ref.localeCompare(b.ref, "en-GB", { numeric: true }) || dueDate(a).localeCompare(dueDate(b));
  const groups = [...programmes]
    .sort((a, b) => a.number - b.number)
    .map((p) => ({ programme: p, actions: actions.filter((a) => a.programmeId === p.id).sort(byRef) }))
    .filter((g) => g.actions.length > 0);
  const orphans = actions.filter((a) => !programmes.some((p) => p.id === a.programmeId)).sort(byRef);
  return orphans.length > 0 ? [...groups, { programme: null, actions: orphans }] : groups;
}
