/**
 * The chair's rules for keeping a board's action plan: who may, what a new action needs, which
 * reference comes next, and what each change (reassign, edit, close, reopen, move) must say. Every
 * message says what to fix. Pure: no React, no I/O.
 */
import { isOpen } from "./actions";
import { NOTE_MAX, tooLongMessage, typedDateMessage } from "./actionUpdate";
import { assignableOwners, type BoardPeople, type BoardPerson } from "./boardPeople";
import { formatDate, isValidIsoDate } from "./dates";
import type { Action, ActionStatus, IsoDate, Rag, Viewer } from "./types";

/** Column sizes the Actions list holds (manifest/lists.ts): longer text is refused in words, never cut. */
export const TITLE_MAX = 255;
export const REF_MAX = 20;
export const ORG_MAX = 120;

/**
 * Whether the signed-in person keeps this board's plan: an owner of the board's Microsoft 365 group
 * (its chair, deputy or secretary), or a plan administrator. A hint for the UI only: the board
 * folder's permissions in SharePoint decide what a write may do.
 */
export function canKeepPlan(
  viewer: Viewer | undefined,
  board: { groupId: string; status?: string } | undefined,
  administratorsGroupId: string,
): boolean {
  if (!viewer || !board) return false;
  // An archived plan's board is read-only in the app (its folders are PERMISSIONS.archivedFolder).
  if (board.status === "Archived") return false;
  return (
    viewer.ownedGroupIds.includes(board.groupId) ||
    (administratorsGroupId !== "" && viewer.groupIds.includes(administratorsGroupId))
  );
}

/** Who may own an action of the board: its members and owners (see `assignableOwners`). */
export function ownerChoices(people: BoardPeople): BoardPerson[] {
  return assignableOwners(people);
}

/**
 * A new owner picked for an action: the organisation follows them from the directory, unless the
 * chair had typed one of their own (anything other than the previous owner's directory organisation).
 */
export function withOwnerPicked(
  draft: { ownerEmail: string; ownerOrg: string },
  picked: BoardPerson | null | undefined,
  choices: readonly BoardPerson[] | undefined,
): { ownerEmail: string; ownerOrg: string } {
  const previousOrg = choices?.find((x) => x.email === draft.ownerEmail)?.organisation;
  const typedByChair = draft.ownerOrg !== "" && draft.ownerOrg !== previousOrg;
  return {
    ownerEmail: picked?.email ?? "",
    ownerOrg: typedByChair ? draft.ownerOrg : (picked?.organisation ?? ""),
  };
}

const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The person on the board with this email, or undefined. */
export function findOwner(people: BoardPeople, email: string): BoardPerson | undefined {
  return ownerChoices(people).find((p) => sameEmail(p.email, email));
}

/** Whether `ref` is "<number>.<n>" for this programme; n is returned, or null. */
function refNumber(ref: string, programmeNumber: number): number | null {
  const m = /^\s*(\d+)\.(\d+)\s*$/.exec(ref);
  if (!m || Number(m[1]) !== programmeNumber) return null;
  return Number(m[2]);
}

/**
 * The next free reference in a programme: one more than the highest "5.n" already used there
 * ("5.1"…"5.5" → "5.6"; none yet → "5.1"). Gaps are not filled: a withdrawn 5.3 keeps its number.
 */
export function nextFreeRef(programmeNumber: number, refsInProgramme: readonly string[]): string {
  const used = refsInProgramme
    .map((r) => refNumber(r, programmeNumber))
    .filter((n): n is number => n !== null);
  return `${programmeNumber}.${used.length === 0 ? 1 : Math.max(...used) + 1}`;
}

/** The references used by a board's actions in one programme and plan year, except `exceptId`'s. */
export function refsInProgramme(
  actions: readonly Pick<Action, "id" | "programmeId" | "planYear" | "ref">[],
  programmeId: number,
  planYear: string,
  exceptId?: number,
): string[] {
  return actions
    .filter((a) => a.programmeId === programmeId && a.planYear === planYear && a.id !== exceptId)
    .map((a) => a.ref);
}

export type Errors<K extends string> = Partial<Record<K, string>>;

const count = (n: number): string => n.toLocaleString("en-GB");
const tooLong = (what: string, length: number, max: number): string =>
  `The ${what} is ${count(length)} characters; SharePoint keeps ${count(max)} at most. Shorten it by ${count(length - max)} character${length - max === 1 ? "" : "s"}.`;

function checkRef(
  ref: string,
  taken: readonly string[],
  suggestion: string,
  programmeLabel: string,
): string | undefined {
  const r = ref.trim();
  if (r === "") return `Give the action a reference, for example ${suggestion}.`;
  if (r.length > REF_MAX) return tooLong("reference", r.length, REF_MAX);
  if (taken.some((t) => t.trim().toLowerCase() === r.toLowerCase()))
    return `Another action in ${programmeLabel} is already ${r}: use another reference, for example ${suggestion}.`;
  return undefined;
}

function checkOwner(people: BoardPeople | undefined, email: string, boardTitle: string): string | undefined {
  if (email.trim() === "") return "Choose who owns this action.";
  // While the board's people are loading the choice cannot be checked here; SharePoint still decides.
  if (people && !findOwner(people, email))
    return `That person is not on ${boardTitle}: choose one of its members or owners.`;
  return undefined;
}

function checkNote(note: string, what: string, required: string | null): string | undefined {
  if (note.length > NOTE_MAX) return tooLongMessage(what, note.length);
  if (required !== null && note.trim() === "") return required;
  return undefined;
}

/** A target date: text that could not be read, none, or (for a new action) one already past. */
function checkTargetDate(
  date: IsoDate | null,
  typed: string | null | undefined,
  today: IsoDate | undefined,
): string | undefined {
  if (typed?.trim()) return typedDateMessage(typed);
  if (date === null) return "Enter a target date, for example 31/03/2027.";
  if (!isValidIsoDate(date)) return typedDateMessage(date);
  if (today !== undefined && date < today)
    return `The target date must be today or later: ${formatDate(date)} has passed.`;
  return undefined;
}

// ─── Adding an action ────────────────────────────────────────────────────────────────────────────

export interface NewActionDraft {
  programmeId: number | null;
  ref: string;
  title: string;
  description: string;
  ownerEmail: string;
  ownerOrg: string;
  targetDate: IsoDate | null;
}

export interface NewActionContext {
  boardTitle: string;
  /** "programme", or what the plan calls one. */
  noun: string;
  programmes: readonly { id: number; number: number }[];
  /** The board's actions (their refs in the chosen programme and year may not be reused). */
  actions: readonly Pick<Action, "id" | "programmeId" | "planYear" | "ref">[];
  planYear: string;
  people?: BoardPeople;
  today?: IsoDate;
  /** Text typed into the date field that could not be read as a date. */
  targetDateText?: string | null;
}

export function emptyNewAction(programmeId: number | null): NewActionDraft {
  return {
    programmeId,
    ref: "",
    title: "",
    description: "",
    ownerEmail: "",
    ownerOrg: "",
    targetDate: null,
  };
}

/** The reference to suggest for a new action in this programme. */
export function suggestedRef(
  ctx: Pick<NewActionContext, "programmes" | "actions" | "planYear">,
  programmeId: number | null,
): string {
  const p = ctx.programmes.find((x) => x.id === programmeId);
  if (!p) return "";
  return nextFreeRef(p.number, refsInProgramme(ctx.actions, p.id, ctx.planYear));
}

export function validateNewAction(d: NewActionDraft, ctx: NewActionContext): Errors<keyof NewActionDraft> {
  const e: Errors<keyof NewActionDraft> = {};
  const programme = ctx.programmes.find((p) => p.id === d.programmeId);
  if (!programme) e.programmeId = `Choose the ${ctx.noun} this action belongs to.`;
  else {
    const ref = checkRef(
      d.ref,
      refsInProgramme(ctx.actions, programme.id, ctx.planYear),
      suggestedRef(ctx, programme.id),
      `${ctx.noun} ${programme.number}`,
    );
    if (ref) e.ref = ref;
  }
  if (d.title.trim() === "") e.title = "Give the action a title: what will be done.";
  else if (d.title.length > TITLE_MAX) e.title = tooLong("title", d.title.length, TITLE_MAX);
  const description = checkNote(d.description, "description", null);
  if (description) e.description = description;
  const owner = checkOwner(ctx.people, d.ownerEmail, ctx.boardTitle);
  if (owner) e.ownerEmail = owner;
  if (d.ownerOrg.length > ORG_MAX) e.ownerOrg = tooLong("organisation", d.ownerOrg.length, ORG_MAX);
  const date = checkTargetDate(d.targetDate, ctx.targetDateText, ctx.today);
  if (date) e.targetDate = date;
  return e;
}

// ─── Reassigning ─────────────────────────────────────────────────────────────────────────────────

export interface ReassignDraft {
  ownerEmail: string;
  ownerOrg: string;
  note: string;
}

export function validateReassign(
  action: Pick<Action, "owner">,
  d: ReassignDraft,
  ctx: { boardTitle: string; people?: BoardPeople },
): Errors<keyof ReassignDraft> {
  const e: Errors<keyof ReassignDraft> = {};
  const owner = checkOwner(ctx.people, d.ownerEmail, ctx.boardTitle);
  if (owner) e.ownerEmail = owner;
  else if (action.owner && sameEmail(action.owner.email, d.ownerEmail))
    e.ownerEmail = `${action.owner.name} already owns this action: choose someone else.`;
  if (d.ownerOrg.length > ORG_MAX) e.ownerOrg = tooLong("organisation", d.ownerOrg.length, ORG_MAX);
  const note = checkNote(d.note, "note", null);
  if (note) e.note = note;
  return e;
}

// ─── Editing the details ─────────────────────────────────────────────────────────────────────────

export interface DetailsDraft {
  title: string;
  description: string;
  ownerOrg: string;
  targetDate: IsoDate | null;
}

export const detailsFrom = (a: Pick<Action, "title" | "description" | "ownerOrg" | "targetDate">) => ({
  title: a.title,
  description: a.description,
  ownerOrg: a.ownerOrg,
  targetDate: a.targetDate,
});

/**
 * The original target date may be corrected to any real date (a past one too: the chair may be
 * putting right what was typed a year ago); a new date for the work is a revised date, which the
 * owner proposes with a reason in their update.
 */
export function validateDetails(
  action: Pick<Action, "title" | "description" | "ownerOrg" | "targetDate">,
  d: DetailsDraft,
  ctx: { targetDateText?: string | null } = {},
): Errors<keyof DetailsDraft> {
  const e: Errors<keyof DetailsDraft> = {};
  if (d.title.trim() === "") e.title = "Give the action a title: what will be done.";
  else if (d.title.length > TITLE_MAX) e.title = tooLong("title", d.title.length, TITLE_MAX);
  const description = checkNote(d.description, "description", null);
  if (description) e.description = description;
  if (d.ownerOrg.length > ORG_MAX) e.ownerOrg = tooLong("organisation", d.ownerOrg.length, ORG_MAX);
  const date = checkTargetDate(d.targetDate, ctx.targetDateText, undefined);
  if (date) e.targetDate = date;
  const same =
    d.title.trim() === action.title &&
    d.description.trim() === action.description &&
    d.ownerOrg.trim() === action.ownerOrg &&
    d.targetDate === action.targetDate;
  if (Object.keys(e).length === 0 && same)
    e.title = "Nothing has changed yet: change a field, or choose Cancel.";
  return e;
}

// ─── Closing and reopening ───────────────────────────────────────────────────────────────────────

export type ClosedStatus = Extract<ActionStatus, "Complete" | "Withdrawn">;

export interface CloseDraft {
  status: ClosedStatus | null;
  note: string;
}

export function validateClose(action: Pick<Action, "status">, d: CloseDraft): Errors<keyof CloseDraft> {
  const e: Errors<keyof CloseDraft> = {};
  if (!isOpen(action)) e.status = `This action is already ${action.status.toLowerCase()}.`;
  else if (d.status === null) e.status = "Choose Complete or Withdrawn.";
  const note = checkNote(
    d.note,
    "note",
    d.status === "Withdrawn"
      ? "Say why the action is withdrawn: a note is required."
      : "Say what was achieved, or why it is closed: a note is required.",
  );
  if (note) e.note = note;
  return e;
}

export interface ReopenDraft {
  rag: Rag | null;
  note: string;
}

export function validateReopen(action: Pick<Action, "status">, d: ReopenDraft): Errors<keyof ReopenDraft> {
  const e: Errors<keyof ReopenDraft> = {};
  if (isOpen(action)) e.note = "This action is already open.";
  if (d.rag === null) e.rag = "Choose Red, Amber or Green: a reopened action is in progress.";
  const note = checkNote(d.note, "note", "Say why the action is reopened: a note is required.");
  if (note && !e.note) e.note = note;
  return e;
}

// ─── Moving to another programme ─────────────────────────────────────────────────────────────────

export interface MoveDraft {
  programmeId: number | null;
  ref: string;
  note: string;
}

export function validateMove(
  action: Pick<Action, "id" | "programmeId" | "planYear">,
  d: MoveDraft,
  ctx: Pick<NewActionContext, "noun" | "programmes" | "actions">,
): Errors<keyof MoveDraft> {
  const e: Errors<keyof MoveDraft> = {};
  const target = ctx.programmes.find((p) => p.id === d.programmeId);
  if (!target) e.programmeId = `Choose the ${ctx.noun} to move the action to.`;
  else if (target.id === action.programmeId)
    e.programmeId = `The action is already in ${ctx.noun} ${target.number}: choose another.`;
  else {
    const taken = refsInProgramme(ctx.actions, target.id, action.planYear, action.id);
    const ref = checkRef(d.ref, taken, nextFreeRef(target.number, taken), `${ctx.noun} ${target.number}`);
    if (ref) e.ref = ref;
  }
  const note = checkNote(d.note, "note", null);
  if (note) e.note = note;
  return e;
}

/** The first field with an error, in the order the form shows them (to move focus there). */
export function firstError<K extends string>(errors: Errors<K>, order: readonly K[]): K | undefined {
  return order.find((k) => errors[k] !== undefined);
}

export const hasErrors = (errors: Record<string, string | undefined>): boolean =>
  Object.values(errors).some((v) => v !== undefined);
