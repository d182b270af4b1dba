import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkImport } from "../../../domain/planImport";
import type { Plan } from "../../../domain/types";
import { buildTemplate, cellText, ImportFileError, INSTRUCTIONS_SHEET, readImportFile } from "./workbook";

const plan: Plan = {
  id: 12,
  title: "Children & Young People's Plan 2028–2031",
  startYear: 2028,
  endYear: 2031,
  currentYear: "2028/29",
  status: "Draft",
  programmeNoun: "priority",
  vision: "",
  calendarRule: { updatesDueDays: 10, reportsDueDays: 21 },
};
const groups = [
  { id: "g1", displayName: "Start Well Partnership", mail: "startwell@x.test" },
  { id: "g2", displayName: "Thriving Families Board", mail: "families@x.test" },
  { id: "g3", displayName: "Belonging and Achieving Board", mail: "belonging@x.test" },
];
const bytesOf = async (blob: Blob) => blob.arrayBuffer();

describe("the import template", () => {
  it("has the instructions in the plan's own words, then the three sheets with bold, frozen headers", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await bytesOf(await buildTemplate(plan)));
    expect(wb.worksheets.map((s) => s.name)).toEqual([INSTRUCTIONS_SHEET, "Programmes", "Boards", "Actions"]);
    const how = wb.getWorksheet(INSTRUCTIONS_SHEET)!;
    const text: string[] = [];
    how.eachRow((r) => text.push(r.values ? cellText(r.getCell(1).value) : ""));
    expect(text.join("\n")).toMatch(/four priorities/);
    expect(text.join("\n")).toMatch(/1 April 2028 to 31 March 2031/);
    expect(text).toContain("Actions: Target date");
    const actions = wb.getWorksheet("Actions")!;
    expect(actions.getRow(1).values).toEqual([
      undefined,
      "Reference",
      "Programme number",
      "Board",
      "Title",
      "Description",
      "Owner's email",
      "Target date",
    ]);
    expect(actions.getRow(1).font?.bold).toBe(true);
    expect(actions.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(actions.getColumn(4).width).toBe(50);
    // Target dates are real Excel dates, shown day first.
    expect(actions.getCell("G2").value).toBeInstanceOf(Date);
    expect(actions.getCell("G2").numFmt).toBe("dd/mm/yyyy");
    expect(wb.getWorksheet("Boards")!.getRow(1).values).toContain("Microsoft 365 group (name or email)");
  });

  it("reads back as a valid import of four priorities, three boards and their first actions", async () => {
    const file = await readImportFile("Import template.xlsx", await bytesOf(await buildTemplate(plan)));
    const result = checkImport(file, { plan, boards: [], programmes: [], existingActions: [], groups });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.programmes.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(result.plan.boards.map((b) => b.groupId)).toEqual(["g1", "g2", "g3"]);
    expect(result.plan.actions[0]).toMatchObject({ ref: "1.1", targetDate: "2028-09-30" });
  });
});

describe("reading an uploaded file", () => {
  it("reads links, rich text, formulas and dates as the text a person sees, with spreadsheet row numbers", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("actions");
    s.addRow(["Reference", "Title", "Owner's email", "Target date"]);
    s.addRow([
      "1.1",
      { richText: [{ text: "Open " }, { text: "hubs", font: { bold: true } }] },
      { text: "jo@x.test", hyperlink: "mailto:jo@x.test" },
      new Date(Date.UTC(2029, 2, 31)),
    ]);
    s.addRow([]);
    s.addRow(["1.2", { formula: '"A"&"B"', result: "AB" }, "", "31/02/2029"]);
    const file = await readImportFile("mine.XLSX", await wb.xlsx.writeBuffer());
    expect(file.format).toBe("xlsx");
    expect(file.sheets.Actions?.rows).toEqual([
      {
        row: 2,
        cells: {
          Reference: "1.1",
          Title: "Open hubs",
          "Owner's email": "jo@x.test",
          "Target date": "2029-03-31",
        },
      },
      { row: 4, cells: { Reference: "1.2", Title: "AB", "Owner's email": "", "Target date": "31/02/2029" } },
    ]);
  });

  it("reads a .csv file as the Actions sheet, numbering rows as a spreadsheet does", async () => {
    const csv = '\uFEFFReference,Title\r\n1.1,"Hubs, everywhere"\r\n,\r\n1.2,Two\r\n';
    const file = await readImportFile("actions.csv", new TextEncoder().encode(csv).buffer);
    expect(file).toEqual({
      format: "csv",
      sheets: {
        Actions: {
          headers: ["Reference", "Title"],
          rows: [
            { row: 2, cells: { Reference: "1.1", Title: "Hubs, everywhere" } },
            { row: 4, cells: { Reference: "1.2", Title: "Two" } },
          ],
        },
      },
    });
  });

  it("says what to do with a file it cannot read", async () => {
    const junk = new TextEncoder().encode("not a zip").buffer;
    await expect(readImportFile("plan.xlsx", junk)).rejects.toThrow(/could not be read as an Excel workbook/);
    await expect(readImportFile("plan.pdf", junk)).rejects.toThrow(ImportFileError);
    const ansi = new Uint8Array([0x43, 0x61, 0x66, 0xe9]).buffer;
    await expect(readImportFile("plan.csv", ansi)).rejects.toThrow(/not saved as UTF-8/);
  });
});
