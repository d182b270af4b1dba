import { validateCalendarRule } from "./reportingCalendar";
import { planYearFrom, planYearStart } from "./quarters";
import type { Board, CalendarRule, Plan, Programme } from "./types";

/**
 * What the plan administrator types when setting up a plan, its programmes and its boards, and the
 * rules each must meet, with messages that say what to fix. Pure: the data layer
 * (data/sharepoint/administration.ts) writes what passes here; SharePoint still refuses what its
 * columns cannot hold.
 */

export interface PlanInput {
  title: string;
  startYear: number;
  endYear: number;
  currentYear: string;
  vision: string;
  programmeNoun: string;
  calendarRule: CalendarRule;
}

export interface ProgrammeInput {
  planId: number;
  number: number;
  title: string;
  outcome: string;
  boardIds: number[];
}

export interface BoardInput {
  planId: number;
  title: string;
  groupId: string;
  channelId: string;
  channelName: string;
  chairEmail: string | null;
  chairRole: string;
  sponsorEmail: string | null;
  cadence: string;
  /** Derived from the title when absent: lower-case letters, digits and dashes (folderNameFor). */
  folder?: string;
}

/** One message per field that needs fixing; empty when the input can be saved. */
export type InputErrors<T> = Partial<Record<keyof T, string>>;

/** The longest plan a partnership sets up: plans run three to five years, ten leaves room. */
export const MAX_PLAN_YEARS = 10;
/** Column limits of the lists (manifest/lists.ts): Title 255, TBProgrammeNoun 40, TBChairRole and TBMeetingCadence 60, TBFolder 64. */
export const TITLE_MAX = 255;
export const PROGRAMME_NOUN_MAX = 40;
export const CHAIR_ROLE_MAX = 60;
export const CADENCE_MAX = 60;
export const FOLDER_MAX = 64;

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const isYear = (n: number): boolean => Number.isInteger(n) && n >= 2000 && n <= 2100;

/**
 * A plan's name, years, current year, what it calls its programmes and its calendar rule.
 * `existingPlans` are the site's plans; pass `planId` when editing so the plan does not clash with itself.
 */
export function validatePlanInput(
  input: PlanInput,
  existingPlans: readonly Pick<Plan, "id" | "title">[],
  planId?: number,
): InputErrors<PlanInput> {
  const errors: InputErrors<PlanInput> = {};
  const title = input.title.trim();
  if (title === "")
    errors.title = "Give the plan a name, for example Children & Young People's Plan 2019–2022.";
  else if (title.length > TITLE_MAX)
    errors.title = `The plan's name is ${title.length} characters; shorten it to ${TITLE_MAX} or fewer.`;
  else if (existingPlans.some((p) => p.id !== planId && same(p.title, title)))
    errors.title = `There is already a plan called "${title}". Give this one a different name.`;

  if (!isYear(input.startYear))
    errors.startYear = "Enter the year the plan starts as four digits, for example 2019 (April 2019).";
  if (!isYear(input.endYear))
    errors.endYear = "Enter the year the plan ends as four digits, for example 2022 (March 2022).";
  else if (isYear(input.startYear)) {
    if (input.endYear <= input.startYear)
      errors.endYear = `The plan must end after it starts: choose an end year after ${input.startYear}.`;
    else if (input.endYear - input.startYear > MAX_PLAN_YEARS)
      errors.endYear = `A plan can run for ${MAX_PLAN_YEARS} years at most; this one runs for ${input.endYear - input.startYear}. Choose an end year no later than ${input.startYear + MAX_PLAN_YEARS}.`;
  }

  if (!errors.startYear && !errors.endYear) {
    let start: number | null = null;
    try {
      start = planYearStart(input.currentYear.trim());
    } catch {
      errors.currentYear = `Write the current plan year as the two years it spans, for example ${planYearFrom(input.startYear)}.`;
    }
    if (start !== null && (start < input.startYear || start >= input.endYear))
      errors.currentYear = `The current year must be one of the plan's years, ${planYearFrom(input.startYear)} to ${planYearFrom(input.endYear - 1)}.`;
  }

  const noun = input.programmeNoun.trim();
  if (noun === "")
    errors.programmeNoun =
      'Say what the plan calls its programmes, for example "priority" or "improvement programme".';
  else if (noun.length > PROGRAMME_NOUN_MAX)
    errors.programmeNoun = `What the plan calls its programmes can be ${PROGRAMME_NOUN_MAX} characters at most; this is ${noun.length}.`;

  const rule = validateCalendarRule(input.calendarRule);
  if (rule.length > 0) errors.calendarRule = rule.join(" ");
  return errors;
}

/**
 * A programme of a plan: its number unique in the plan, a title, and at least one delivery board of
 * the same plan. `programmes` are the site's programmes (any plan); pass `programmeId` when editing.
 */
export function validateProgrammeInput(
  input: ProgrammeInput,
  programmes: readonly Pick<Programme, "id" | "planId" | "number">[],
  boards: readonly Pick<Board, "id" | "planId">[],
  programmeId?: number,
  noun = "programme",
): InputErrors<ProgrammeInput> {
  const errors: InputErrors<ProgrammeInput> = {};
  if (!Number.isInteger(input.number) || input.number < 1)
    errors.number = `Number the ${noun} with a whole number from 1.`;
  else if (
    programmes.some((p) => p.id !== programmeId && p.planId === input.planId && p.number === input.number)
  )
    errors.number = `This plan already has a ${noun} ${input.number}. Choose another number, or move that one first.`;

  const title = input.title.trim();
  if (title === "") errors.title = `Give the ${noun} a title.`;
  else if (title.length > TITLE_MAX)
    errors.title = `The title is ${title.length} characters; shorten it to ${TITLE_MAX} or fewer.`;

  if (input.boardIds.length === 0) errors.boardIds = `Choose at least one board that delivers this ${noun}.`;
  else {
    const ofPlan = new Set(boards.filter((b) => b.planId === input.planId).map((b) => b.id));
    if (input.boardIds.some((id) => !ofPlan.has(id)))
      errors.boardIds = `Choose delivery boards of this plan only; a board of another plan cannot deliver this ${noun}.`;
  }
  return errors;
}

/**
 * A board of a plan: a title unique in the plan, a Microsoft 365 group not already linked to another
 * active board of the plan, and the chair's title and meeting cadence within their columns' limits.
 * `boards` are the site's boards (any plan); pass `boardId` when editing.
 */
export function validateBoardInput(
  input: BoardInput,
  boards: readonly Pick<Board, "id" | "planId" | "title" | "groupId" | "status">[],
  boardId?: number,
): InputErrors<BoardInput> {
  const errors: InputErrors<BoardInput> = {};
  const others = boards.filter((b) => b.id !== boardId && b.planId === input.planId);
  const title = input.title.trim();
  if (title === "") errors.title = "Give the board a name, for example Start Well Partnership.";
  else if (title.length > TITLE_MAX)
    errors.title = `The board's name is ${title.length} characters; shorten it to ${TITLE_MAX} or fewer.`;
  else if (others.some((b) => same(b.title, title)))
    errors.title = `This plan already has a board called "${title}". Give this one a different name.`;

  if (input.groupId.trim() === "")
    errors.groupId = "Choose the Microsoft 365 group or team the board works in.";
  else {
    const taken = others.find((b) => b.status === "Active" && b.groupId === input.groupId);
    if (taken)
      errors.groupId = `That group is already linked to "${taken.title}" in this plan. Choose another group, or archive that board first.`;
  }

  if (input.chairRole.trim().length > CHAIR_ROLE_MAX)
    errors.chairRole = `The chair's title can be ${CHAIR_ROLE_MAX} characters at most; this is ${input.chairRole.trim().length}.`;
  if (input.cadence.trim().length > CADENCE_MAX)
    errors.cadence = `How often the board meets can be ${CADENCE_MAX} characters at most, for example "Monthly"; this is ${input.cadence.trim().length}.`;
  if (input.folder !== undefined && !isFolderName(input.folder))
    errors.folder = `A folder name is lower-case letters, digits and dashes, ${FOLDER_MAX} characters at most, for example start-well-partnership.`;
  return errors;
}

/** Lower-case letters, digits and single dashes between them, at most 64 characters (TB Boards.TBFolder). */
export const isFolderName = (name: string): boolean =>
  name.length > 0 && name.length <= FOLDER_MAX && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name);

/**
 * The board's folder name in every board-scoped list, from its title: "Start Well Partnership" →
 * "start-well-partnership", or "start-well-partnership-2" when that is taken (by any plan: the column
 * is unique across the list).
 */
export function folderNameFor(title: string, takenFolders: readonly string[]): string {
  const taken = new Set(takenFolders.map((f) => f.toLowerCase()));
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const base = trimTo(words || "board", FOLDER_MAX);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${trimTo(base, FOLDER_MAX - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const trimTo = (name: string, max: number): string => name.slice(0, max).replace(/-+$/, "");
