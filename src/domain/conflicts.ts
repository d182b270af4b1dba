import type { Action, ActionChange } from "./types";

/** The fields two people can both change on an action; progress notes never clash (each is kept). */
export type ContestedField = "status" | "rag" | "revisedDate";

export interface FieldChange {
  field: ContestedField;
  label: string;
  from: string;
  to: string;
}

const LABELS: Record<ContestedField, string> = {
  status: "Status",
  rag: "RAG",
  revisedDate: "Revised target date",
};
const show = (v: string | null): string => v ?? "none";

/** What someone else changed between the version I read and the version saved now. */
export function theirChanges(base: Action, current: Action): FieldChange[] {
  return (Object.keys(LABELS) as ContestedField[])
    .filter((f) => (base[f] ?? null) !== (current[f] ?? null))
    .map((f) => ({ field: f, label: LABELS[f], from: show(base[f]), to: show(current[f]) }));
}

export function myChangedFields(base: Action, mine: ActionChange): ContestedField[] {
  return (Object.keys(LABELS) as ContestedField[]).filter((f) => (base[f] ?? null) !== (mine[f] ?? null));
}

export interface ConflictAnalysis {
  theirs: FieldChange[];
  /** Fields both of us changed, to different values: the person must choose. */
  clashes: ContestedField[];
  /** My change re-based on the current version when nothing clashes. */
  merged: ActionChange | null;
}

export function analyseConflict(base: Action, current: Action, mine: ActionChange): ConflictAnalysis {
  const theirs = theirChanges(base, current);
  const mineFields = myChangedFields(base, mine);
  const clashes = mineFields.filter(
    (f) => theirs.some((t) => t.field === f) && (mine[f] ?? null) !== (current[f] ?? null),
  );
  if (clashes.length > 0) return { theirs, clashes, merged: null };
  const merged: ActionChange = {
    ...mine,
    status: mineFields.includes("status") ? mine.status : current.status,
    rag: mineFields.includes("rag") ? mine.rag : current.rag,
    revisedDate: mineFields.includes("revisedDate") ? mine.revisedDate : current.revisedDate,
  };
  return { theirs, clashes, merged };
}
