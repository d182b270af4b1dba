/**
 * Who is on a board, and what that lets them do. A board is a Microsoft 365 group, and a Microsoft 365
 * group has two lists: its owners (the chair, and often a deputy or secretary) and its members. An
 * owner need not be a member, so every rule here looks at both lists.
 */
import type { Board, Viewer } from "./types";

export interface BoardPerson {
  graphId: string;
  name: string;
  email: string;
  jobTitle: string;
  organisation: string;
}

/** A board's people as its group lists them: owners and members are separate lists. */
export interface BoardPeople {
  owners: BoardPerson[];
  members: BoardPerson[];
}

const byName = new Intl.Collator("en-GB", { sensitivity: "base" });

/** Everyone on the board — its group's members and its owners — once each, by name. */
export function boardRoster(people: BoardPeople): BoardPerson[] {
  const seen = new Map<string, BoardPerson>();
  for (const p of [...people.owners, ...people.members]) if (!seen.has(p.graphId)) seen.set(p.graphId, p);
  return [...seen.values()].sort((a, b) => byName.compare(a.name, b.name) || a.email.localeCompare(b.email));
}

/**
 * Whom an action of the board can be assigned to (the owner picker): everyone on the board, owners
 * included, since a chair who owns the group without being a member still owns actions.
 */
export function assignableOwners(people: BoardPeople): BoardPerson[] {
  return boardRoster(people);
}

/** Whether the person with this email is on the board, as a member or as an owner of its group. */
export function isOnBoard(people: BoardPeople, email: string): boolean {
  const wanted = email.trim().toLowerCase();
  if (wanted === "") return false;
  return [...people.owners, ...people.members].some((p) => p.email.toLowerCase() === wanted);
}

/** Whether the signed-in person is on the board: a member of its group, or an owner of it. */
export function viewerIsOnBoard(viewer: Viewer, boardGroupId: string): boolean {
  return viewer.groupIds.includes(boardGroupId) || viewer.ownedGroupIds.includes(boardGroupId);
}

/**
 * Whether the signed-in person may edit the board's actions: its members and its owners (SharePoint
 * grants the board folder to both group claims), and plan administrators. A hint for the UI only:
 * SharePoint's folder permissions are what actually refuse a write.
 */
export function canEditBoard(
  viewer: Viewer | undefined,
  board: { groupId: string; status?: string } | undefined,
  administratorsGroupId: string,
): boolean {
  if (!viewer || !board) return false;
  // An archived plan's board is read-only in the app (its folders are PERMISSIONS.archivedFolder).
  if (board.status === "Archived") return false;
  return (
    viewerIsOnBoard(viewer, board.groupId) ||
    (administratorsGroupId !== "" && viewer.groupIds.includes(administratorsGroupId))
  );
}

/** The partnership-wide groups that may read every board (manifest PERMISSIONS: Read on board folders). */
export interface ReadingGroups {
  executiveGroupId: string;
  readersGroupId: string;
  administratorsGroupId: string;
}

/**
 * Whether the signed-in person can see the board's action plan: its members and owners, the Trust
 * Executive, readers and plan administrators. A hint that lets the UI say "you cannot see this plan"
 * instead of showing an empty one; SharePoint trims what the person cannot read either way.
 */
export function canReadBoard(
  viewer: Viewer | undefined,
  board: { groupId: string } | undefined,
  groups: ReadingGroups,
): boolean {
  if (!viewer || !board) return false;
  if (viewerIsOnBoard(viewer, board.groupId)) return true;
  return [groups.executiveGroupId, groups.readersGroupId, groups.administratorsGroupId].some(
    (id) => id !== "" && viewer.groupIds.includes(id),
  );
}

/** Whom a person without access should ask: "Name (Chair's role)", or undefined when no chair is recorded. */
export const chairToAsk = (board: Pick<Board, "chair" | "chairRole">): string | undefined =>
  board.chair ? `${board.chair.name} (${board.chairRole})` : undefined;
