/**
 * Setting up a plan's programmes, boards and first actions from a spreadsheet (docs/IMPORT-TEMPLATE.md).
 * Pure: the rows arrive already read from the .xlsx or .csv (features/administration/import/workbook.ts)
 * as header → cell text; this module checks every row and either lists every mistake — sheet, row,
 * column and what to fix — or says exactly what to create. Nothing is written when there is a mistake.
 * A re-run of an import that stopped halfway finds what the first run wrote (same board names,
 * programme numbers and action client ids) and plans only the rest.
 */
import { NOTE_MAX } from "./actionUpdate";
import { formatLongDate, monthName, parseEnGbDate } from "./dates";
import { CADENCE_MAX, CHAIR_ROLE_MAX, folderNameFor, TITLE_MAX } from "./planSetup";
import { programmeNoun as nounOf, programmeNounCapitalised } from "./programmeWords";
import type { Board, IsoDate, Plan, Programme } from "./types";

export const IMPORT_SHEETS = ["Programmes", "Boards", "Actions"] as const;
export type ImportSheet = (typeof IMPORT_SHEETS)[number];
/** Where a problem is: a sheet, or the workbook as a whole. */
export type ProblemPlace = ImportSheet | "Workbook";

/** Column sizes of the lists (manifest/lists.ts): TB Actions.TBRef holds 20 characters. */
export const REF_MAX = 20;

/** A column of the template: its header, whether every row needs it, and what goes in it. */
export interface ImportColumn {
  key: string;
  header: string;
  required: boolean;
  /** The most characters its SharePoint column holds; longer text is refused, never cut. */
  maxLength?: number;
  /** What to write in it, in the plan's own word for its programmes. */
  help: (noun: string) => string;
  /** Excel column width, in characters. */
  width: number;
}

export const PROGRAMME_COLUMNS: readonly ImportColumn[] = [
  {
    key: "number",
    header: "Number",
    required: true,
    help: (n) => `The ${n}'s number in the plan: a whole number from 1, each used once.`,
    width: 10,
  },
  {
    key: "title",
    header: "Title",
    required: true,
    maxLength: TITLE_MAX,
    help: (n) => `The ${n}'s name, up to ${TITLE_MAX} characters.`,
    width: 40,
  },
  {
    key: "outcome",
    header: "Outcome",
    required: false,
    maxLength: NOTE_MAX,
    help: () => "What it aims to achieve, in a sentence or two (optional).",
    width: 60,
  },
  {
    key: "deliveredBy",
    header: "Delivered by",
    required: true,
    help: (n) =>
      `The board or boards that deliver the ${n}, by name, separated by ";" (for example "Start Well Partnership; Thriving Families Board"). Each must be in the Boards sheet or already in the plan.`,
    width: 50,
  },
];

export const BOARD_COLUMNS: readonly ImportColumn[] = [
  {
    key: "name",
    header: "Name",
    required: true,
    maxLength: TITLE_MAX,
    help: () => `The board's name, up to ${TITLE_MAX} characters, each board once.`,
    width: 36,
  },
  {
    key: "group",
    header: "Microsoft 365 group (name or email)",
    required: true,
    help: () =>
      "The Microsoft 365 group or team the board works in: its name as Teams or Outlook shows it, or its email address. Each board needs its own group.",
    width: 40,
  },
  {
    key: "chairEmail",
    header: "Chair's email",
    required: false,
    help: () => "The chair's work email address (optional).",
    width: 32,
  },
  {
    key: "chairTitle",
    header: "Chair's title",
    required: false,
    maxLength: CHAIR_ROLE_MAX,
    help: () =>
      `How the chair is described, for example "Chair" or "Interim Chair" (optional, up to ${CHAIR_ROLE_MAX} characters).`,
    width: 18,
  },
  {
    key: "sponsorEmail",
    header: "Lead sponsor's email",
    required: false,
    help: () => "The lead sponsor's work email address (optional).",
    width: 32,
  },
  {
    key: "meets",
    header: "Meets",
    required: false,
    maxLength: CADENCE_MAX,
    help: () =>
      `How often the board meets, for example "Monthly" or "Every six weeks" (optional, up to ${CADENCE_MAX} characters).`,
    width: 18,
  },
];

export const ACTION_COLUMNS: readonly ImportColumn[] = [
  {
    key: "ref",
    header: "Reference",
    required: true,
    maxLength: REF_MAX,
    help: (n) =>
      `The action's reference, for example 1.1 for the first action of ${n} 1; up to ${REF_MAX} characters, each used once in the plan.`,
    width: 12,
  },
  {
    key: "programme",
    header: "Programme number",
    required: true,
    help: (n) =>
      `The number of the ${n} the action belongs to: in the Programmes sheet or already in the plan.`,
    width: 12,
  },
  {
    key: "board",
    header: "Board",
    required: true,
    help: (n) =>
      `The name of the board that will carry the action out: in the Boards sheet or already in the plan, and one of the boards that deliver its ${n}.`,
    width: 36,
  },
  {
    key: "title",
    header: "Title",
    required: true,
    maxLength: TITLE_MAX,
    help: () => `What will be done, up to ${TITLE_MAX} characters.`,
    width: 50,
  },
  {
    key: "description",
    header: "Description",
    required: false,
    maxLength: NOTE_MAX,
    help: () => "More detail: how, with whom, what success looks like (optional).",
    width: 60,
  },
  {
    key: "ownerEmail",
    header: "Owner's email",
    required: false,
    help: () => "The work email address of the person who owns the action (optional).",
    width: 32,
  },
  {
    key: "targetDate",
    header: "Target date",
    required: true,
    help: () =>
      "When it should be done, day first: 31/03/2027 (or 2027-03-31, or an Excel date). It must fall within the plan's years.",
    width: 14,
  },
];

export const IMPORT_COLUMNS: Readonly<Record<ImportSheet, readonly ImportColumn[]>> = {
  Programmes: PROGRAMME_COLUMNS,
  Boards: BOARD_COLUMNS,
  Actions: ACTION_COLUMNS,
};

/** One row of a sheet: its row number in the spreadsheet (the header is row 1) and its cells by header. */
export interface SheetRow {
  row: number;
  cells: Readonly<Record<string, string>>;
}

export interface ParsedSheet {
  /** The header row's cells as written (row 1). */
  headers: readonly string[];
  /** The rows below it that have anything in them. */
  rows: readonly SheetRow[];
}

/** A spreadsheet as read: a workbook has the three sheets; a .csv file is the Actions sheet alone. */
export interface ImportFile {
  format: "xlsx" | "csv";
  sheets: Partial<Record<ImportSheet, ParsedSheet>>;
}

/** A Microsoft 365 group the administrator can see (data/graph/directory.ts DirectoryGroup fits). */
export interface ImportGroup {
  id: string;
  displayName: string;
  mail: string;
}

/** An action already in the plan: its reference, and the client id it was created with. */
export interface ExistingAction {
  ref: string;
  clientId: string;
}

export interface ImportContext {
  plan: Plan;
  /** Every board on the site (any plan): folder names are unique across the list. */
  boards: readonly Board[];
  /** Every programme on the site (any plan). */
  programmes: readonly Programme[];
  /** The plan's actions. */
  existingActions: readonly ExistingAction[];
  groups: readonly ImportGroup[];
  /** Lower-case email addresses of people known to the directory; when given, others are refused. */
  knownEmails?: ReadonlySet<string>;
}

export interface ImportProblem {
  sheet: ProblemPlace;
  /** The spreadsheet's row number (header = 1); 0 for the workbook as a whole. */
  row: number;
  column?: string;
  message: string;
}

export interface BoardToCreate {
  row: number;
  /**
   * Already in the plan with this name and group (an earlier run of the file, or set up by hand): it is
   * not made again, but its folders are finished (createBoard takes it up again), so a run stopped
   * while they were being set up leaves no folder half-protected.
   */
  existing: boolean;
  title: string;
  groupId: string;
  groupName: string;
  folder: string;
  chairEmail: string | null;
  chairRole: string;
  sponsorEmail: string | null;
  cadence: string;
}

export interface ProgrammeToCreate {
  row: number;
  number: number;
  title: string;
  outcome: string;
  /** Folders of the boards that deliver it (new ones or the plan's). */
  boardFolders: string[];
  boardTitles: string[];
}

export interface ActionToCreate {
  row: number;
  ref: string;
  /** `import:<planId>:<ref>`: a retried or re-run create finds the item instead of making it twice. */
  clientId: string;
  programmeNumber: number;
  boardFolder: string;
  boardTitle: string;
  title: string;
  description: string;
  ownerEmail: string | null;
  targetDate: IsoDate;
}

/** What an import will write, and what an earlier run of the same file already wrote. */
export interface ImportPlan {
  planId: number;
  /** The plan year the actions go into: the plan's current year. */
  planYear: string;
  boards: BoardToCreate[];
  programmes: ProgrammeToCreate[];
  actions: ActionToCreate[];
  alreadyThere: { boards: string[]; programmes: number[]; actions: string[] };
}

export type ImportCheck = { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[] };

/** The client id an imported action is created with. TB Actions.TBClientId holds 64 characters. */
export const importClientId = (planId: number, ref: string): string => `import:${planId}:${ref.trim()}`;

/** How a header is compared: case, spaces, curly apostrophes and a note in brackets do not matter. */
export const headerKey = (header: string): string =>
  header
    .replace(/\([^)]*\)/g, " ")
    .replace(/[\u2018\u2019`]/g, "'")
    .trim()
    .replace(/\s+/g, " ")
    .toLowerCase();

const nameKey = (name: string): string => name.trim().replace(/\s+/g, " ").toLowerCase();
const count = (n: number): string => n.toLocaleString("en-GB");
const quoted = (s: string): string => `“${s}”`;
const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

/** Reads a row's cells by column key, whatever the header's case or spacing. */
function cellsOf(
  sheet: ParsedSheet,
  columns: readonly ImportColumn[],
  row: SheetRow,
): Record<string, string> {
  const byKey: Record<string, string> = {};
  const headerOf = new Map(sheet.headers.map((h) => [headerKey(h), h]));
  for (const c of columns) {
    const header = headerOf.get(headerKey(c.header));
    byKey[c.key] = header === undefined ? "" : (row.cells[header] ?? "").trim();
  }
  return byKey;
}

const isBlank = (row: SheetRow): boolean => Object.values(row.cells).every((v) => v.trim() === "");

/** Problems of one sheet, and helpers that add them with the sheet filled in. */
class Problems {
  readonly list: ImportProblem[] = [];
  add(sheet: ProblemPlace, row: number, message: string, column?: string): void {
    this.list.push({ sheet, row, message, ...(column === undefined ? {} : { column }) });
  }
}

function checkColumns(sheetName: ImportSheet, sheet: ParsedSheet, problems: Problems): Set<string> {
  const present = new Set(sheet.headers.map(headerKey));
  const missing = IMPORT_COLUMNS[sheetName].filter((c) => !present.has(headerKey(c.header)));
  if (missing.length > 0) {
    const names = listWords(missing.map((c) => quoted(c.header)));
    problems.add(
      sheetName,
      1,
      `The ${sheetName} sheet has no ${names} column${missing.length === 1 ? "" : "s"}. Add ${missing.length === 1 ? "it" : "them"} to row 1, spelt as in the template (download it again to compare).`,
    );
  }
  return new Set(missing.map((c) => c.key));
}

/** Required cells filled in, text within its column's size. */
function checkCells(
  sheetName: ImportSheet,
  row: number,
  cells: Record<string, string>,
  missingColumns: Set<string>,
  problems: Problems,
): void {
  for (const c of IMPORT_COLUMNS[sheetName]) {
    if (missingColumns.has(c.key)) continue;
    const value = cells[c.key] ?? "";
    if (c.required && value === "") {
      problems.add(sheetName, row, `Fill in the ${c.header}: every row needs one.`, c.header);
    } else if (c.maxLength !== undefined && value.length > c.maxLength) {
      const over = value.length - c.maxLength;
      problems.add(
        sheetName,
        row,
        `The ${c.header} is ${count(value.length)} characters; SharePoint keeps ${count(c.maxLength)} at most. Shorten it by ${count(over)} character${over === 1 ? "" : "s"}.`,
        c.header,
      );
    }
  }
}

/** A whole number from 1, as typed or as Excel keeps a number ("2" or "2.0"). */
function wholeNumber(text: string): number | null {
  const m = /^(\d{1,4})(?:\.0+)?$/.exec(text.trim());
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** The first and last day of the plan: 1 April of its first year to 31 March of its last. */
export const planSpan = (plan: Pick<Plan, "startYear" | "endYear">): { first: IsoDate; last: IsoDate } => ({
  first: `${plan.startYear}-04-01`,
  last: `${plan.endYear}-03-31`,
});

/** A target date as written in a cell: dd/mm/yyyy, yyyy-mm-dd, or an Excel date (read as yyyy-mm-dd). */
function readTargetDate(
  text: string,
  plan: Pick<Plan, "startYear" | "endYear">,
): { date: IsoDate } | { problem: string } {
  const typed = parseEnGbDate(text);
  const example = `for example 31/03/${plan.startYear + 1}`;
  if (typed.kind === "impossible") {
    if (typed.month < 1 || typed.month > 12)
      return {
        problem: `There is no month ${typed.month}. Write the day first, then the month, then the year: ${example}.`,
      };
    return {
      problem: `There is no ${typed.day} ${monthName(typed.month)} ${typed.year}. Enter a date that exists, ${example}.`,
    };
  }
  if (typed.kind !== "date")
    return {
      problem: `${quoted(text)} is not a date we can read. Write it day first, ${example}, or as 2027-03-31.`,
    };
  const { first, last } = planSpan(plan);
  if (typed.iso < first || typed.iso > last)
    return {
      problem: `${formatLongDate(typed.iso)} is outside the plan, which runs from ${formatLongDate(first)} to ${formatLongDate(last)}. Choose a date within it.`,
    };
  return { date: typed.iso };
}

function checkEmail(
  sheet: ImportSheet,
  row: number,
  column: string,
  text: string,
  who: string,
  known: ReadonlySet<string> | undefined,
  problems: Problems,
): string | null {
  if (text === "") return null;
  if (!EMAIL.test(text)) {
    problems.add(
      sheet,
      row,
      `${quoted(text)} is not an email address. Write the ${who}'s work email, for example jo.bloggs@somerset.gov.uk.`,
      column,
    );
    return null;
  }
  if (known && !known.has(text.toLowerCase())) {
    problems.add(
      sheet,
      row,
      `Nobody with the email ${text} is in the directory. Check the spelling, or ask IT to add the ${who} first.`,
      column,
    );
    return null;
  }
  return text;
}

/** The board a row names, among the file's new boards and the plan's own. */
interface KnownBoard {
  title: string;
  folder: string;
  /** The plan's board, when it is one (null for a board this import creates). */
  existing: Board | null;
}

/**
 * Checks a spreadsheet against the plan, row by row. Every mistake is listed (nothing is written
 * while there is one); otherwise the boards, programmes and actions to create, in that order of
 * writing (a programme names its boards; an action its programme and board).
 */
export function checkImport(file: ImportFile, ctx: ImportContext): ImportCheck {
  const { plan } = ctx;
  const problems = new Problems();
  const noun = nounOf(plan);
  const Noun = programmeNounCapitalised(plan);
  if (plan.status === "Archived") {
    problems.add(
      "Workbook",
      0,
      `${plan.title} is archived, so nothing can be added to it. Import into a current or draft plan.`,
    );
    return { ok: false, problems: problems.list };
  }
  const wanted: readonly ImportSheet[] = file.format === "csv" ? ["Actions"] : IMPORT_SHEETS;
  for (const name of wanted) {
    if (!file.sheets[name])
      problems.add(
        "Workbook",
        0,
        `The workbook has no sheet called ${quoted(name)}. Keep the template's sheets and their names; a sheet may be left with just its header row.`,
      );
  }
  const empty: ParsedSheet = { headers: [], rows: [] };
  const sheet = (name: ImportSheet): ParsedSheet => file.sheets[name] ?? empty;
  const missing = (name: ImportSheet): Set<string> =>
    file.sheets[name]
      ? checkColumns(name, sheet(name), problems)
      : new Set(IMPORT_COLUMNS[name].map((c) => c.key));

  const planBoards = ctx.boards.filter((b) => b.planId === plan.id);
  const planProgrammes = ctx.programmes.filter((p) => p.planId === plan.id);
  const alreadyThere: ImportPlan["alreadyThere"] = { boards: [], programmes: [], actions: [] };

  // Boards first: programmes and actions name them.
  const known = new Map<string, KnownBoard>(
    planBoards.map((b) => [nameKey(b.title), { title: b.title, folder: b.folder, existing: b }]),
  );
  const boardsToCreate: BoardToCreate[] = [];
  const takenFolders = ctx.boards.map((b) => b.folder);
  const groupRow = new Map<string, number>();
  const boardRow = new Map<string, number>();
  const boardMissing = missing("Boards");
  for (const r of sheet("Boards").rows) {
    if (isBlank(r)) continue;
    const cells = cellsOf(sheet("Boards"), BOARD_COLUMNS, r);
    checkCells("Boards", r.row, cells, boardMissing, problems);
    const title = (cells["name"] ?? "").replace(/\s+/g, " ");
    const key = nameKey(title);
    const earlier = boardRow.get(key);
    if (title !== "" && earlier !== undefined) {
      problems.add(
        "Boards",
        r.row,
        `The board ${quoted(title)} is also on row ${earlier}. List each board once.`,
        "Name",
      );
      continue;
    }
    if (title !== "") boardRow.set(key, r.row);
    const group = resolveGroup(cells["group"] ?? "", ctx.groups, r.row, boardMissing.has("group"), problems);
    const chairEmail = checkEmail(
      "Boards",
      r.row,
      "Chair's email",
      cells["chairEmail"] ?? "",
      "chair",
      ctx.knownEmails,
      problems,
    );
    const sponsorEmail = checkEmail(
      "Boards",
      r.row,
      "Lead sponsor's email",
      cells["sponsorEmail"] ?? "",
      "lead sponsor",
      ctx.knownEmails,
      problems,
    );
    const existing = planBoards.find((b) => nameKey(b.title) === key);
    if (group) {
      const sameGroupRow = groupRow.get(group.id);
      const linked = planBoards.find(
        (b) => b.status === "Active" && b.groupId === group.id && b !== existing,
      );
      if (sameGroupRow !== undefined)
        problems.add(
          "Boards",
          r.row,
          `The group ${quoted(group.displayName)} is also given for the board on row ${sameGroupRow}. Each board needs its own group.`,
          BOARD_COLUMNS[1]?.header,
        );
      else if (linked)
        problems.add(
          "Boards",
          r.row,
          `The group ${quoted(group.displayName)} is already linked to ${quoted(linked.title)} in this plan. Choose another group for this board.`,
          BOARD_COLUMNS[1]?.header,
        );
      groupRow.set(group.id, r.row);
    }
    if (existing) {
      // Already in the plan (an earlier run of this file, or a board set up by hand): used, not created.
      if (group && existing.groupId !== group.id)
        problems.add(
          "Boards",
          r.row,
          `This plan already has a board called ${quoted(existing.title)}, linked to another group. Give this board another name, or remove the row: the Actions sheet can name the plan's boards without it.`,
          "Name",
        );
      else if (group) {
        alreadyThere.boards.push(existing.title);
        boardsToCreate.push({
          row: r.row,
          existing: true,
          title: existing.title,
          groupId: existing.groupId,
          groupName: group.displayName,
          folder: existing.folder,
          chairEmail: existing.chair?.email ?? null,
          chairRole: existing.chairRole,
          sponsorEmail: existing.sponsor?.email ?? null,
          cadence: existing.cadence,
        });
      }
      continue;
    }
    if (title === "" || !group) continue;
    const folder = folderNameFor(title, takenFolders);
    takenFolders.push(folder);
    known.set(key, { title, folder, existing: null });
    boardsToCreate.push({
      row: r.row,
      existing: false,
      title,
      groupId: group.id,
      groupName: group.displayName,
      folder,
      chairEmail,
      chairRole: cells["chairTitle"] || "Chair",
      sponsorEmail,
      cadence: cells["meets"] ?? "",
    });
  }
  // A board named on a row that had a mistake still counts as named, so its actions are not all refused too.
  const boardNamed = (name: string): KnownBoard | undefined =>
    known.get(nameKey(name)) ??
    (boardRow.has(nameKey(name)) ? { title: name, folder: "", existing: null } : undefined);

  // Programmes: number unique in the plan; their delivery boards known.
  const programmesToCreate: ProgrammeToCreate[] = [];
  /** Programme number → the names (keys) of the boards that deliver it. */
  const deliveredBy = new Map<number, Set<string> | null>();
  for (const p of planProgrammes) {
    const titles = planBoards.filter((b) => p.boardIds.includes(b.id)).map((b) => nameKey(b.title));
    deliveredBy.set(p.number, new Set(titles));
  }
  const numberRow = new Map<number, number>();
  const progMissing = missing("Programmes");
  for (const r of sheet("Programmes").rows) {
    if (isBlank(r)) continue;
    const cells = cellsOf(sheet("Programmes"), PROGRAMME_COLUMNS, r);
    checkCells("Programmes", r.row, cells, progMissing, problems);
    const numberText = cells["number"] ?? "";
    const n = wholeNumber(numberText);
    if (numberText !== "" && n === null) {
      problems.add(
        "Programmes",
        r.row,
        `${quoted(numberText)} is not a ${noun} number. Use a whole number from 1.`,
        "Number",
      );
      continue;
    }
    if (n === null) continue;
    const earlier = numberRow.get(n);
    if (earlier !== undefined) {
      problems.add(
        "Programmes",
        r.row,
        `${Noun} ${n} is also on row ${earlier}. Give each ${noun} its own number.`,
        "Number",
      );
      continue;
    }
    numberRow.set(n, r.row);
    const title = (cells["title"] ?? "").replace(/\s+/g, " ");
    const names = (cells["deliveredBy"] ?? "")
      .split(";")
      .map((s) => s.trim().replace(/\s+/g, " "))
      .filter((s) => s !== "");
    const existing = planProgrammes.find((p) => p.number === n);
    if (existing) {
      if (title !== "" && nameKey(existing.title) !== nameKey(title)) {
        problems.add(
          "Programmes",
          r.row,
          `This plan already has ${noun} ${n}, ${quoted(existing.title)}. Use another number, or the same title if it is that ${noun}.`,
          "Number",
        );
        // Its actions are checked against this row's boards, so the one mistake is reported once.
        deliveredBy.set(n, new Set(names.map(nameKey)));
      } else alreadyThere.programmes.push(n);
      continue;
    }
    const boards: KnownBoard[] = [];
    for (const name of names) {
      const b = boardNamed(name);
      if (!b)
        problems.add(
          "Programmes",
          r.row,
          `There is no board called ${quoted(name)} in the Boards sheet or in the plan. Check the spelling, or add the board to the Boards sheet.`,
          "Delivered by",
        );
      else if (!boards.includes(b)) boards.push(b);
    }
    deliveredBy.set(n, new Set(names.map(nameKey)));
    if (title === "" || boards.length !== names.length || names.length === 0) continue;
    programmesToCreate.push({
      row: r.row,
      number: n,
      title,
      outcome: cells["outcome"] ?? "",
      boardFolders: boards.map((b) => b.folder),
      boardTitles: boards.map((b) => b.title),
    });
  }

  // Actions: a reference once in the plan, a programme and a board that delivers it, a date in the plan.
  const actionsToCreate: ActionToCreate[] = [];
  const refRow = new Map<string, number>();
  const existingRefs = new Map(ctx.existingActions.map((a) => [nameKey(a.ref), a]));
  const actMissing = missing("Actions");
  const numbers = [...deliveredBy.keys()].sort((a, b) => a - b);
  for (const r of sheet("Actions").rows) {
    if (isBlank(r)) continue;
    const cells = cellsOf(sheet("Actions"), ACTION_COLUMNS, r);
    checkCells("Actions", r.row, cells, actMissing, problems);
    let ok = true;
    const ref = cells["ref"] ?? "";
    const clientId = importClientId(plan.id, ref);
    if (ref !== "") {
      const earlier = refRow.get(nameKey(ref));
      const there = existingRefs.get(nameKey(ref));
      if (earlier !== undefined) {
        problems.add(
          "Actions",
          r.row,
          `Reference ${ref} is also used on row ${earlier}. Give each action its own reference.`,
          "Reference",
        );
        ok = false;
      } else if (there && there.clientId !== clientId) {
        problems.add(
          "Actions",
          r.row,
          `The plan already has an action ${ref}. Give this action another reference.`,
          "Reference",
        );
        ok = false;
      }
      refRow.set(nameKey(ref), r.row);
    }
    const numberText = cells["programme"] ?? "";
    const n = wholeNumber(numberText);
    const boardName = (cells["board"] ?? "").replace(/\s+/g, " ");
    if (numberText !== "" && (n === null || !deliveredBy.has(n))) {
      problems.add(
        "Actions",
        r.row,
        n === null
          ? `${quoted(numberText)} is not a ${noun} number. Write the number only, for example 2.`
          : `There is no ${noun} ${n} in the Programmes sheet or in the plan.${numbers.length > 0 ? ` Use one of ${listWords(numbers.map(String))}.` : ` Add it to the Programmes sheet.`}`,
        ACTION_COLUMNS[1]?.header,
      );
      ok = false;
    }
    const board = boardName === "" ? undefined : boardNamed(boardName);
    if (boardName !== "" && !board) {
      problems.add(
        "Actions",
        r.row,
        `There is no board called ${quoted(boardName)} in the Boards sheet or in the plan. Check the spelling, or add the board to the Boards sheet.`,
        "Board",
      );
      ok = false;
    } else if (board && n !== null && deliveredBy.has(n)) {
      const delivering = deliveredBy.get(n);
      if (delivering && !delivering.has(nameKey(board.title))) {
        problems.add(
          "Actions",
          r.row,
          `${board.title} does not deliver ${noun} ${n}. Choose one of its boards, or add ${board.title} to that ${noun}'s Delivered by.`,
          "Board",
        );
        ok = false;
      }
    }
    const ownerEmail = checkEmail(
      "Actions",
      r.row,
      "Owner's email",
      cells["ownerEmail"] ?? "",
      "owner",
      ctx.knownEmails,
      problems,
    );
    if ((cells["ownerEmail"] ?? "") !== "" && ownerEmail === null) ok = false;
    const dateText = cells["targetDate"] ?? "";
    let targetDate: IsoDate | null = null;
    if (dateText !== "") {
      const read = readTargetDate(dateText, plan);
      if ("problem" in read) problems.add("Actions", r.row, read.problem, "Target date");
      else targetDate = read.date;
    }
    if (ref !== "" && existingRefs.get(nameKey(ref))?.clientId === clientId) {
      alreadyThere.actions.push(ref);
      continue;
    }
    const title = cells["title"] ?? "";
    if (!ok || !board || n === null || targetDate === null || title === "" || ref === "") continue;
    actionsToCreate.push({
      row: r.row,
      ref,
      clientId,
      programmeNumber: n,
      boardFolder: board.folder,
      boardTitle: board.title,
      title: title.replace(/\s+/g, " "),
      description: cells["description"] ?? "",
      ownerEmail,
      targetDate,
    });
  }

  if (problems.list.length > 0) return { ok: false, problems: sortProblems(problems.list) };
  const total =
    boardsToCreate.filter((b) => !b.existing).length +
    programmesToCreate.length +
    actionsToCreate.length +
    alreadyThere.boards.length +
    alreadyThere.programmes.length +
    alreadyThere.actions.length;
  if (total === 0) {
    problems.add(
      "Workbook",
      0,
      "There is nothing in the file to import: fill in rows below the headers, starting on row 2.",
    );
    return { ok: false, problems: problems.list };
  }
  return {
    ok: true,
    plan: {
      planId: plan.id,
      planYear: plan.currentYear,
      boards: boardsToCreate,
      programmes: programmesToCreate,
      actions: actionsToCreate,
      alreadyThere,
    },
  };
}

function resolveGroup(
  text: string,
  groups: readonly ImportGroup[],
  row: number,
  columnMissing: boolean,
  problems: Problems,
): ImportGroup | null {
  const column = BOARD_COLUMNS[1]?.header;
  if (columnMissing || text === "") return null;
  const key = nameKey(text);
  const byMail = groups.filter((g) => g.mail !== "" && g.mail.toLowerCase() === key);
  if (byMail[0]) return byMail[0];
  const byName = groups.filter((g) => nameKey(g.displayName) === key);
  if (byName.length > 1) {
    problems.add(
      "Boards",
      row,
      `${byName.length} groups are called ${quoted(text)}. Write the group's email address instead, to say which.`,
      column,
    );
    return null;
  }
  if (byName[0]) return byName[0];
  problems.add(
    "Boards",
    row,
    `No Microsoft 365 group called ${quoted(text)} was found. Check the name as Teams or Outlook shows it, or write the group's email address.`,
    column,
  );
  return null;
}

const SHEET_ORDER: readonly ProblemPlace[] = ["Workbook", ...IMPORT_SHEETS];

/** Workbook first, then sheet by sheet in the template's order, row by row. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        SHEET_ORDER.indexOf(a.p.sheet) - SHEET_ORDER.indexOf(b.p.sheet) || a.p.row - b.p.row || a.i - b.i,
    )
    .map(({ p }) => p);
}

/** "3 boards, 4 priorities and 12 actions": what an import will create, in words. */
export function importSummary(plan: Pick<Plan, "programmeNoun">, p: ImportPlan): string {
  const noun = nounOf(plan);
  const parts = [
    plural(p.boards.filter((b) => !b.existing).length, "board", "boards"),
    plural(p.programmes.length, noun, pluralNoun(noun)),
    plural(p.actions.length, "action", "actions"),
  ];
  return listWords(parts);
}

const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;
import { pluralNoun } from "./programmeWords";
export { pluralNoun };
