import { formatDate } from "./dates";
import { isRolloverChangeId } from "./rollover";
import type { ActionStatus, IsoDate, IsoInstant, Person, Rag } from "./types";

/**
 * An action's history is the list of its SharePoint versions: SharePoint adds
 * one for every change, whoever makes it and however (this app, the list's own
 * pages, Power Automate, REST), with the author and time it sets itself. Nobody
 * can edit a version, and only administrators may delete one. So the history
 * shown here cannot be forged or lost by a board member; these rules only turn
 * consecutive versions into sentences a person can read.
 */

/** The columns of an action that its history speaks about, as one version held them. */
export interface ActionValues {
  /** The action's reference in its plan, e.g. "5.3" ("" when it has none). */
  ref: string;
  title: string;
  description: string;
  boardId: number;
  programmeId: number;
  planYear: string;
  owner: Person | null;
  ownerOrg: string;
  targetDate: IsoDate;
  revisedDate: IsoDate | null;
  revisedReason: string;
  status: ActionStatus;
  rag: Rag | null;
  /** The note written with this update ("" for none). */
  note: string;
  evidenceUrl: string;
  /** The id of the app save that wrote this version; unchanged when someone edits the list directly. */
  changeId: string;
}

export interface ActionVersion {
  /** SharePoint's major version number: 1 for the action as first written. */
  label: number;
  /** When SharePoint saved it (the version's Modified). */
  at: IsoInstant;
  /** Who saved it (the version's Editor), as SharePoint recorded them. */
  by: Person | null;
  values: ActionValues;
}

export type HistoryField =
  | "ref"
  | "title"
  | "description"
  | "board"
  | "programme"
  | "planYear"
  | "owner"
  | "ownerOrg"
  | "targetDate"
  | "revisedDate"
  | "status"
  | "rag";

export interface FieldChange {
  field: HistoryField;
  /** "Owner: Ann Smith → Bob Jones", in plain English. */
  text: string;
}

export interface HistoryEntry {
  version: number;
  at: IsoInstant;
  by: Person | null;
  /** The first version: the action as it was added to the plan. */
  created: boolean;
  /**
   * False when the version was written outside Trust Boards (the list's own
   * pages, Power Automate, a script): still part of the record, and said so.
   */
  throughApp: boolean;
  changes: FieldChange[];
  note: string;
  evidenceUrl: string;
}

/** How the history names a board or a programme from its id. */
export interface HistoryNames {
  board: (id: number) => string;
  programme: (id: number) => string;
}

/** Names from the lists the person can read; an id they cannot see is said to be one. */
export function historyNames(
  boards: readonly { id: number; title: string }[],
  programmes: readonly { id: number; number: number; title: string }[],
): HistoryNames {
  return {
    board: (id) => boards.find((b) => b.id === id)?.title ?? `a board you cannot see (id ${id})`,
    programme: (id) => {
      const p = programmes.find((x) => x.id === id);
      return p ? `${p.number}. ${p.title}` : `programme ${id}`;
    },
  };
}

const orNone = (text: string): string => (text.trim() === "" ? "none" : text);
const arrow = (label: string, from: string, to: string): string =>
  `${label}: ${orNone(from)} → ${orNone(to)}`;
const samePerson = (a: Person | null, b: Person | null): boolean => (a?.id ?? null) === (b?.id ?? null);
const ragShown = (status: ActionStatus, rag: Rag | null): string =>
  status === "In progress" ? (rag ?? "") : "";

/** What changed from one version to the next, in the order a reader cares about. */
export function changesBetween(
  before: ActionValues,
  after: ActionValues,
  names: HistoryNames,
): FieldChange[] {
  const out: FieldChange[] = [];
  const add = (field: HistoryField, text: string): void => {
    out.push({ field, text });
  };
  if (before.status !== after.status) add("status", arrow("Status", before.status, after.status));
  // RAG only means something while an action is in progress; completing it clears the RAG, and the
  // status line already says that.
  const ragBefore = ragShown(before.status, before.rag);
  const ragAfter = ragShown(after.status, after.rag);
  if (ragBefore !== ragAfter && after.status === "In progress") add("rag", arrow("RAG", ragBefore, ragAfter));
  if (before.revisedDate !== after.revisedDate) {
    const from = formatDate(before.revisedDate ?? before.targetDate);
    const to = after.revisedDate ? formatDate(after.revisedDate) : formatDate(after.targetDate);
    const reason =
      after.revisedDate && after.revisedReason.trim() ? ` (reason: ${after.revisedReason.trim()})` : "";
    add("revisedDate", `${arrow("Revised target date", from, to)}${reason}`);
  }
  if (before.targetDate !== after.targetDate)
    add(
      "targetDate",
      arrow("Original target date", formatDate(before.targetDate), formatDate(after.targetDate)),
    );
  if (!samePerson(before.owner, after.owner))
    add("owner", arrow("Owner", before.owner?.name ?? "", after.owner?.name ?? ""));
  if (before.ownerOrg !== after.ownerOrg)
    add("ownerOrg", arrow("Organisation", before.ownerOrg, after.ownerOrg));
  if (before.ref !== after.ref) add("ref", arrow("Reference", before.ref, after.ref));
  if (before.title !== after.title) add("title", arrow("Title", before.title, after.title));
  if (before.description !== after.description) add("description", "Description changed");
  if (before.programmeId !== after.programmeId)
    add(
      "programme",
      arrow("Programme", names.programme(before.programmeId), names.programme(after.programmeId)),
    );
  if (before.boardId !== after.boardId)
    add("board", arrow("Board", names.board(before.boardId), names.board(after.boardId)));
  if (before.planYear !== after.planYear)
    add(
      "planYear",
      // A year roll-over moves the action itself, so its history carries on (domain/rollover.ts).
      isRolloverChangeId(after.changeId)
        ? `Carried forward from ${before.planYear} into ${after.planYear}`
        : arrow("Plan year", before.planYear, after.planYear),
    );
  return out;
}

/**
 * Every version as one history entry, newest first. No version is skipped —
 * one that changed nothing the history tracks still shows who saved it and when.
 */
export function historyFromVersions(versions: readonly ActionVersion[], names: HistoryNames): HistoryEntry[] {
  const ordered = [...versions].sort((a, b) => a.label - b.label);
  const entries = ordered.map((v, i): HistoryEntry => {
    const previous = ordered[i - 1];
    const throughApp = previous
      ? v.values.changeId !== previous.values.changeId && v.values.changeId !== ""
      : v.values.changeId !== "";
    // A note belongs to this version when the app wrote it with this save, or when it changed. A
    // roll-over writes no note: the one it leaves in place is the last update's, not the roll-over's.
    const saidHere = throughApp && !isRolloverChangeId(v.values.changeId);
    const ownNote = !previous || saidHere || v.values.note !== previous.values.note;
    const ownEvidence = !previous || saidHere || v.values.evidenceUrl !== previous.values.evidenceUrl;
    return {
      version: v.label,
      at: v.at,
      by: v.by,
      created: !previous,
      throughApp,
      changes: previous ? changesBetween(previous.values, v.values, names) : [],
      note: ownNote ? v.values.note : "",
      evidenceUrl: ownEvidence ? v.values.evidenceUrl : "",
    };
  });
  return entries.reverse();
}

/** What an action's first version said about it, for the "added to the plan" entry. */
export function creationSummary(values: ActionValues): string[] {
  const lines = [`Status: ${values.status}`, `Target date: ${formatDate(values.targetDate)}`];
  if (values.owner) lines.push(`Owner: ${values.owner.name}`);
  return lines;
}
