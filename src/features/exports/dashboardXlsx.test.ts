/**
 * The Dashboard workbook opens in Excel with real types (dates are dates, counts are numbers),
 * a frozen, filterable, bold header on every sheet, and the rollup's figures.
 */
import ExcelJS from "exceljs";
import { dashboardXlsx } from "./dashboardXlsx";
import { aRollup } from "./exportsFixture";
import { XLSX_TYPE } from "./saveBlob";

async function open(blob: Blob): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  return workbook;
}

const sheet = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`No sheet ${name}`);
  return ws;
};

const headerOf = (ws: ExcelJS.Worksheet): unknown[] => (ws.getRow(1).values as unknown[]).slice(1);

/** Each data row as { header: value }. */
function records(ws: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header = headerOf(ws) as string[];
  const out: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

describe("dashboardXlsx", () => {
  it("has the Dashboard's sheets, each with a bold, frozen, filterable header", async () => {
    const blob = await dashboardXlsx(aRollup());
    expect(blob.type).toBe(XLSX_TYPE);
    const wb = await open(blob);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Actions",
      "RAG by programme",
      "Measures",
      "Measure values",
      "Risks",
      "Slippage",
      "Reports",
      "About",
    ]);
    for (const ws of wb.worksheets.filter((w) => w.name !== "About")) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      const columns = headerOf(ws).length;
      expect(ws.autoFilter).toBe(`A1:${ws.getColumn(columns).letter}1`);
      for (let c = 1; c <= columns; c += 1) expect(ws.getRow(1).getCell(c).font?.bold).toBe(true);
      expect(ws.getColumn(1).width).toBeGreaterThan(5);
    }
  });

  it("lists the actions with dates as Excel dates (dd/mm/yyyy) and overdue as Yes or No", async () => {
    const rollup = aRollup();
    const ws = sheet(await open(await dashboardXlsx(rollup)), "Actions");
    expect(headerOf(ws)).toEqual([
      "Ref",
      "Action",
      "Board",
      "Programme",
      "Owner",
      "Organisation",
      "Status",
      "RAG",
      "Target date",
      "Revised date",
      "Last update",
      "Overdue",
    ]);
    const rows = records(ws);
    expect(rows.map((r) => r.Ref)).toEqual(rollup.actions.map((a) => a.ref));
    const late = rows.find((r) => r.Ref === "1.2")!;
    expect(late["Target date"]).toBeInstanceOf(Date);
    expect((late["Target date"] as Date).toISOString()).toBe("2026-10-31T00:00:00.000Z");
    expect(late.Overdue).toBe("Yes");
    expect(late.RAG).toBe("Red");
    expect(late.Programme).toBe(1);
    expect(ws.getRow(3).getCell(9).numFmt).toBe("dd/mm/yyyy");
    const moved = rows.find((r) => r.Ref === "2.1")!;
    expect((moved["Revised date"] as Date).toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(moved.Overdue).toBe("No");
    const first = rows.find((r) => r.Ref === "1.1")!;
    expect((first["Last update"] as Date).toISOString()).toBe("2026-11-20T00:00:00.000Z");
    // No revised date is an empty cell, not text.
    expect(first["Revised date"]).toBeNull();
  });

  it("gives RAG by programme as numbers equal to the rollup's", async () => {
    const rollup = aRollup();
    const rows = records(sheet(await open(await dashboardXlsx(rollup)), "RAG by programme"));
    expect(
      rows.map((r) => [
        r.Programme,
        r.Status,
        r.Trend,
        r.Red,
        r.Amber,
        r.Green,
        r.Complete,
        r["No rating"],
        r.Total,
        r.Overdue,
        r.Slipped,
      ]),
    ).toEqual(
      rollup.programmes.map((p) => [
        p.number,
        p.status,
        p.trend === "Improving" ? "↑ Improving" : "→ Stable",
        p.counts.Red,
        p.counts.Amber,
        p.counts.Green,
        p.counts.Complete,
        p.counts["No rating"],
        p.total,
        p.overdue,
        p.slipped,
      ]),
    );
    expect(rows.map((r) => typeof r.Total)).toEqual(["number", "number"]);
    expect(rows.reduce((n, r) => n + (r.Total as number), 0)).toBe(rollup.totals.total);
  });

  it("gives measures' figures as numbers with the unit beside them, and the rating with its reason", async () => {
    const wb = await open(await dashboardXlsx(aRollup()));
    const rows = records(sheet(wb, "Measures"));
    expect(rows[0]).toMatchObject({
      Measure: "Reviews on time",
      Programme: 1,
      Unit: "%",
      "Better is": "Higher",
      Baseline: 60,
      Target: 80,
      "Latest period": "2026/27 Q2",
      Value: 78.5,
      England: 75,
      "Statistical neighbours": 74.2,
      RAG: "Amber",
      Overridden: "No",
      Reason: "Target 80% missed by 1.5%, within the tolerance of 2% (higher is better).",
    });
    expect(rows[1]).toMatchObject({ Measure: "Re-referrals to social care", Target: null, RAG: "No target" });
    expect(records(sheet(wb, "Measure values")).map((r) => [r.Period, r.Value])).toEqual([
      ["2025/26", 65],
      ["2026/27 Q2", 78.5],
      ["2026/27 Q2", 412],
    ]);
  });

  it("lists open risks by score, where each report stands, and what slipped", async () => {
    const wb = await open(await dashboardXlsx(aRollup()));
    expect(records(sheet(wb, "Risks")).map((r) => [r["Score (1 to 25)"], r.Band, r["Review date"]])).toEqual([
      [20, "Very high", new Date("2027-01-15T00:00:00Z")],
      [9, "Medium", null],
    ]);
    const reports = records(sheet(wb, "Reports"));
    expect(reports.map((r) => [r.Programme, r.Report, r.Timeliness, r.Late])).toEqual([
      [1, "Approved", "On time", "No"],
      [2, "Not started", "Due in 10 days", "No"],
    ]);
    expect(reports[0]!["Decision on"]).toEqual(new Date("2026-11-28T00:00:00Z"));
    expect(
      records(sheet(wb, "Slippage")).map((r) => [r.Ref, r.Slipped, r["What happened"], r.Reason]),
    ).toEqual([
      ["1.2", "Missed", "Due 31 Oct 2026, missed.", null],
      ["2.1", "Revised", "Target date moved from 15 Dec 2026 to 28 Feb 2027.", "Bids window postponed"],
    ]);
  });
});
