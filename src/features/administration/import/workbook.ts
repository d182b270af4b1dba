/**
 * The import template (docs/IMPORT-TEMPLATE.md) and reading a filled-in file back as rows of cell text
 * for domain/planImport.ts. exceljs is loaded with a dynamic import() the first time it is needed, so
 * it stays out of the first load (ENGINEERING.md §5); a .csv file needs no library (csv.ts).
 */
import type ExcelJSModule from "exceljs";
import {
  IMPORT_COLUMNS,
  IMPORT_SHEETS,
  pluralNoun,
  type ImportColumn,
  type ImportFile,
  type ImportSheet,
  type ParsedSheet,
  type SheetRow,
} from "../../../domain/planImport";
import { programmeNoun, programmeNounCapitalised } from "../../../domain/programmeWords";
import type { Plan } from "../../../domain/types";
import { decodeUtf8, parseCsv } from "./csv";

type ExcelJS = typeof ExcelJSModule;
type Cell = ExcelJSModule.CellValue;

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const INSTRUCTIONS_SHEET = "How to fill this in";
/** Larger files are not an action plan: refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A file that cannot be read at all (as opposed to rows with mistakes, which planImport lists). */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportFileError";
  }
}

async function loadExcel(): Promise<ExcelJS> {
  const mod = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  // The package is CommonJS: bundlers hand its exports over as `default`.
  return (mod as unknown as { default?: ExcelJS }).default ?? mod;
}

/** A calendar day as the Date exceljs writes as that day's Excel serial (it reads the UTC fields). */
const excelDate = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** The example rows: a plan of four priorities, three boards (the demo's spare teams) and their first actions. */
function examples(plan: Plan): Record<ImportSheet, Cell[][]> {
  const y = plan.startYear;
  return {
    Programmes: [
      [1, "Start well", "Every child has a healthy start and is ready for school.", "Start Well Partnership"],
      [
        2,
        "Thriving families",
        "Families get help early, before problems grow.",
        "Thriving Families Board; Start Well Partnership",
      ],
      [
        3,
        "Belonging and achieving",
        "Every child belongs in school and achieves well.",
        "Belonging and Achieving Board",
      ],
      [4, "Safe and well", "Children are safe at home, at school and online.", "Thriving Families Board"],
    ],
    Boards: [
      ["Start Well Partnership", "Start Well Partnership", "", "Chair", "", "Every six weeks"],
      ["Thriving Families Board", "Thriving Families Board", "", "Interim Chair", "", "Monthly"],
      ["Belonging and Achieving Board", "Belonging and Achieving Board", "", "Chair", "", "Quarterly"],
    ],
    Actions: [
      [
        "1.1",
        1,
        "Start Well Partnership",
        "Offer every family a health visitor contact before birth",
        "",
        "",
        excelDate(y, 9, 30),
      ],
      [
        "1.2",
        1,
        "Start Well Partnership",
        "Open a family hub in every district",
        "With the district councils and schools.",
        "",
        excelDate(y + 1, 3, 31),
      ],
      [
        "2.1",
        2,
        "Thriving Families Board",
        "Offer family group conferences to every family in need of help",
        "",
        "",
        excelDate(y, 12, 31),
      ],
      [
        "3.1",
        3,
        "Belonging and Achieving Board",
        "Halve fixed-term exclusions of children looked after",
        "",
        "",
        excelDate(y + 1, 7, 31),
      ],
      [
        "4.1",
        4,
        "Thriving Families Board",
        "Train every school's safeguarding lead in online safety",
        "",
        "",
        excelDate(y, 11, 30),
      ],
    ],
  };
}

function instructions(plan: Plan): string[] {
  const noun = programmeNoun(plan);
  const nouns = pluralNoun(noun);
  const Noun = programmeNounCapitalised(plan);
  return [
    `Setting up ${plan.title} from this workbook`,
    "",
    `Fill in the Programmes, Boards and Actions sheets, save the workbook, then upload it in Trust Boards (Administration, Import). Nothing is written until you have seen a preview and chosen Import.`,
    `The example rows show a plan with four ${nouns}: replace them with your own. Keep each sheet's name and its header row (row 1) as they are; you may leave a sheet with only its header row.`,
    `Every row is checked. If anything needs fixing, Trust Boards lists each mistake by sheet and row, and writes nothing until the file is right.`,
    "",
    `Programmes sheet: one row per ${noun} (the ${nouns} here are what the plan calls its programmes).`,
    "Boards sheet: one row per delivery board. Each board is linked to a Microsoft 365 group or team that already exists; ask IT to create it first. The team's channel is chosen afterwards, in Administration, Boards.",
    "Actions sheet: one row per action. Each action names its board and its " +
      noun +
      " number; the board must be one that delivers that " +
      noun +
      ".",
    `Dates are written day first (31/03/${plan.startYear + 1}), as an Excel date, or as ${plan.startYear + 1}-03-31. Target dates must fall within the plan: 1 April ${plan.startYear} to 31 March ${plan.endYear}.`,
    `Actions are added to the plan year ${plan.currentYear}, as Not started.`,
    "Text is never cut short: a cell longer than SharePoint keeps is reported, for you to shorten.",
    "Running an import again after it stopped halfway finishes it: nothing is created twice.",
    "You can also upload the Actions sheet alone, saved as CSV UTF-8 (.csv), for a plan whose boards and " +
      nouns +
      " are already set up.",
    "",
    `${Noun} numbers, board names and references are matched without regard to capital letters.`,
  ];
}

function addDataSheet(
  wb: ExcelJSModule.Workbook,
  name: ImportSheet,
  columns: readonly ImportColumn[],
  rows: Cell[][],
): void {
  const sheet = wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.key === "targetDate" ? { style: { numFmt: "dd/mm/yyyy" } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  // Long text wraps in its cell rather than running under the next column.
  columns.forEach((c, i) => {
    if (c.width >= 40) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: "top" };
  });
}

/** The template, for this plan: its word for programmes in the instructions, example dates in its years. */
export async function buildTemplate(plan: Plan): Promise<Blob> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  wb.creator = "Trust Boards";
  wb.title = `Import template for ${plan.title}`;
  const noun = programmeNoun(plan);
  const how = wb.addWorksheet(INSTRUCTIONS_SHEET);
  how.getColumn(1).width = 28;
  how.getColumn(2).width = 12;
  how.getColumn(3).width = 100;
  const lines = instructions(plan);
  lines.forEach((line, i) => {
    const row = how.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 14 };
    how.mergeCells(row.number, 1, row.number, 3);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
  });
  how.addRow([]);
  const head = how.addRow(["Sheet and column", "Required", "What to write"]);
  head.font = { bold: true };
  for (const sheet of IMPORT_SHEETS) {
    for (const c of IMPORT_COLUMNS[sheet]) {
      const row = how.addRow([`${sheet}: ${c.header}`, c.required ? "Required" : "Optional", c.help(noun)]);
      row.getCell(3).alignment = { wrapText: true, vertical: "top" };
    }
  }
  const rows = examples(plan);
  for (const sheet of IMPORT_SHEETS) addDataSheet(wb, sheet, IMPORT_COLUMNS[sheet], rows[sheet]);
  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_TYPE });
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** A cell's value as the text a person sees: dates as yyyy-mm-dd, links and rich text as their words. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // exceljs reads an Excel date as that day at midnight UTC.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  // An email typed into Excel becomes a link: its text is the address.
  if ("hyperlink" in value) return cellText(value.text);
  if ("formula" in value || "sharedFormula" in value)
    return cellText((value as { result?: Cell }).result ?? null);
  if ("error" in value) return String(value.error);
  return "";
}

function readSheet(sheet: ExcelJSModule.Worksheet): ParsedSheet {
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  const at: { col: number; header: string }[] = [];
  headerRow.eachCell({ includeEmpty: false }, (cell, col) => {
    const header = cellText(cell.value).trim();
    if (header === "") return;
    headers.push(header);
    at.push({ col, header });
  });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const cells: Record<string, string> = {};
    for (const { col, header } of at) cells[header] = cellText(row.getCell(col).value);
    if (Object.values(cells).some((v) => v.trim() !== "")) rows.push({ row: n, cells });
  });
  return { headers, rows };
}

async function readXlsx(bytes: ArrayBuffer): Promise<ImportFile> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    throw new ImportFileError(
      "This file could not be read as an Excel workbook. In Excel, choose File, Save a copy, Excel Workbook (.xlsx), and upload that.",
    );
  }
  const sheets: ImportFile["sheets"] = {};
  for (const name of IMPORT_SHEETS) {
    const sheet = wb.worksheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
    if (sheet) sheets[name] = readSheet(sheet);
  }
  return { format: "xlsx", sheets };
}

function readCsv(bytes: ArrayBuffer): ImportFile {
  const text = decodeUtf8(bytes);
  if (text === null)
    throw new ImportFileError(
      "This .csv file is not saved as UTF-8, so some letters would come out wrong. In Excel, choose Save As, CSV UTF-8 (Comma delimited) (*.csv), and upload that.",
    );
  const records = parseCsv(text);
  const [header = [], ...rest] = records;
  const headers = header.map((h) => h.trim());
  const rows: SheetRow[] = [];
  rest.forEach((fields, i) => {
    const cells: Record<string, string> = {};
    headers.forEach((h, j) => {
      if (h !== "") cells[h] = fields[j] ?? "";
    });
    if (Object.values(cells).some((v) => v.trim() !== "")) rows.push({ row: i + 2, cells });
  });
  return { format: "csv", sheets: { Actions: { headers: headers.filter((h) => h !== ""), rows } } };
}

/** Reads an uploaded .xlsx or .csv file (by its name's ending) into rows of cell text. */
export async function readImportFile(name: string, bytes: ArrayBuffer): Promise<ImportFile> {
  if (bytes.byteLength > MAX_FILE_BYTES)
    throw new ImportFileError(
      "This file is larger than 5 MB, too large for a plan's import. Remove anything but the three sheets and try again.",
    );
  const lower = name.toLowerCase();
  if (lower.endsWith(".xlsx")) return readXlsx(bytes);
  if (lower.endsWith(".csv")) {
    try {
      return readCsv(bytes);
    } catch (e) {
      if (e instanceof ImportFileError) throw e;
      throw new ImportFileError(e instanceof Error ? e.message : String(e));
    }
  }
  throw new ImportFileError(
    "Upload the template saved as an Excel workbook (.xlsx), or its Actions sheet saved as CSV UTF-8 (.csv).",
  );
}
