/**
 * Journey 5 — the quarter closes (SCENARIOS.md), by keyboard alone.
 * The interim chair of the Early Help board (which leads programmes 1 and 5) opens the Q3 highlight
 * reports, drafts each from the data, checks every section is filled (status, trend, achievements,
 * slippage, risks, next quarter), adds the decisions required and submits before the deadline. The
 * Trust Executive sees every programme on one screen (the rollup), returns one report with a comment
 * and approves the other; the chair sees the comment. The Executive then exports the Executive Summary
 * (Word) and the Dashboard (Excel) as browser downloads: both open (mammoth, exceljs) and hold the same
 * figures as the screen.
 *
 * Every screen passed is checked with axe in the light, dark and high-contrast themes (switched in
 * place through the workbench's theme select). Accessibility failures are collected and reported
 * together at the end, so one run shows every screen's.
 */
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { THEMES, pageErrors, useBrowser } from "./support/browser";
import { checkScreen, screenshot, settle } from "./support/checks";
import { tabTo } from "./support/keyboard";

const { open } = useBrowser();
const QUARTER = "Q3 2026/27";
/** The demo plan's word for a programme (TBProgrammeNoun). */
const NOUN = "improvement programme";
const Noun = "Improvement programme";
const QUARTER_KEY = "2026-27-Q3";
const RAGS = ["Red", "Amber", "Green"];
const TRENDS = ["Improving", "Stable", "Declining"];
const DECISIONS: Record<number, string> = {
  1: "The Executive is asked to agree a named lead for partner engagement in Early Help.",
  5: "The Executive is asked to note the re-referral rate and agree a review in Quarter 4.",
};
const RETURN_COMMENT =
  "Please say what is being done about re-referrals and give revised dates for the late actions.";

/** One programme's line of the rollup's table, as the screen shows it. */
interface ScreenLine {
  number: number;
  title: string;
  status: string;
  trend: string;
  counts: number[];
  overdue: number;
  slipped: number;
}

const a11yFailures: string[] = [];

/** axe and a screenshot in every theme, switched in place (the workbench's theme select), back to light. */
async function checkInEveryTheme(page: Page, name: string): Promise<void> {
  const theme = page.getByRole("combobox", { name: "Theme" });
  for (const t of [...THEMES.slice(1), THEMES[0]!]) {
    await theme.selectOption(t);
    try {
      await checkScreen(page, `quarter-${name}-${t}`);
    } catch (e) {
      a11yFailures.push(e instanceof Error ? e.message : String(e));
    }
  }
}

/** Presses Enter on a control reached by Tab. */
async function activate(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press("Enter");
}

/** The "Where it stands" line of a report page: "Submitted · version 2 · Due 21 Jan 2027 · On time". */
const standingText = async (page: Page): Promise<string> =>
  (
    (await page
      .getByRole("region", { name: "Where it stands" })
      .locator("strong")
      .first()
      .evaluate((el) => el.parentElement?.textContent ?? "")) ?? ""
  ).trim();

/** Chair: from the board's report list, open programme N's Q3 report, draft it from the data, add decisions, submit. */
async function draftAndSubmit(page: Page, programme: number): Promise<void> {
  const list = page.getByRole("list", { name: `Reports for ${NOUN} ${programme}` });
  await activate(page, list.getByRole("link", { name: `${QUARTER} report` }));
  await page
    .getByRole("heading", { level: 1, name: new RegExp(`^Highlight report: ${Noun} ${programme}:`) })
    .waitFor();
  await expect.poll(() => standingText(page)).toMatch(/Draft|Not started/);

  await activate(page, page.getByRole("button", { name: "Draft from the data" }));
  await page.getByText("Drafted from the data").first().waitFor({ timeout: 30_000 });

  // Filled from the data: a status word, a trend word, and every section but the decisions written.
  const status = page.getByRole("combobox", { name: "Current status" });
  expect(RAGS).toContain(await status.inputValue());
  const trend = (await page.getByText(/^Status trend: /).textContent()) ?? "";
  expect(trend).toMatch(new RegExp(`^Status trend: (${TRENDS.join("|")}) `));
  for (const label of [
    "Reason for current status",
    "Achievements and target dates met this quarter",
    "Slippage",
    "Issues and risks",
    "Planned activity next quarter",
  ]) {
    const box = page.getByRole("textbox", { name: label, exact: true });
    expect((await box.inputValue()).trim(), label).not.toBe("");
  }
  if (programme === 1) await screenshot(page, "quarter-report-draft");

  const decisions = page.getByRole("textbox", { name: "Decisions required", exact: true });
  await tabTo(page, decisions);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(DECISIONS[programme]!);
  expect(await decisions.inputValue()).toBe(DECISIONS[programme]);
  if (programme === 1) await checkInEveryTheme(page, "1-report-draft");

  await activate(page, page.getByRole("button", { name: "Submit to the Executive" }));
  // Submitted, on time (due around 21 Jan 2027; today is 30 Nov 2026).
  await expect.poll(() => standingText(page), { timeout: 20_000 }).toMatch(/^Submitted/);
  expect(await standingText(page)).toMatch(/On time/);
  await page.getByText(DECISIONS[programme]!).first().waitFor();
}

/** The rollup's programme table, read as a person reads it. */
async function readRollupTable(page: Page): Promise<ScreenLine[]> {
  const table = page.getByRole("table", { name: `${NOUN}s: status, trend and actions at quarter end` });
  await table.waitFor();
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => {
      const th = (row.querySelector("th")?.textContent ?? "").trim();
      const cells = Array.from(row.querySelectorAll("td")).map((td) => td);
      const m = /^(\d+)\. (.*)$/.exec(th);
      const statusCell = cells[1]!;
      const badge = statusCell.querySelector(".fui-Badge")?.textContent?.trim() ?? "";
      const numbers = cells.slice(3, 10).map((td) => Number((td.textContent ?? "").trim()));
      return {
        number: Number(m?.[1]),
        title: m?.[2] ?? th,
        status: badge,
        trend: (cells[2]?.textContent ?? "").trim(),
        counts: numbers.slice(0, 5),
        overdue: numbers[5]!,
        slipped: numbers[6]!,
      };
    }),
  );
}

/** The rollup's "Highlight reports by board" table: programme number → state. */
async function reportStates(page: Page): Promise<Map<number, string>> {
  const rows = await page
    .getByRole("table", { name: "Highlight reports by board" })
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => {
        const tds = Array.from(tr.querySelectorAll("td")).map((td) => (td.textContent ?? "").trim());
        return [Number(/(\d+) report/.exec(tds[0] ?? "")?.[1]), tds[1] ?? ""] as const;
      }),
    );
  return new Map(rows);
}

/** Downloads what pressing Enter on `button` saves. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  await tabTo(page, button);
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.keyboard.press("Enter"),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe("journey 5: the quarter closes", () => {
  test(
    "reports drafted from the data, decided by the Executive and exported",
    { timeout: 900_000 },
    async () => {
      a11yFailures.length = 0;

      // 1. The chair of the Early Help board (lead board of programmes 1 and 5) opens the highlight reports.
      const chair = await open("chair", "#/board/1");
      await chair
        .getByRole("heading", { level: 1, name: "Early Help Strategic Commissioning Board" })
        .waitFor();
      await activate(chair, chair.getByRole("link", { name: "Highlight reports", exact: true }));
      await chair.getByRole("heading", { level: 1, name: "Highlight reports" }).waitFor();
      await chair.getByRole("list", { name: `Reports for ${NOUN} 1` }).waitFor();
      // Q2: programme 5's report was returned last quarter; the list says so.
      await checkInEveryTheme(chair, "0-report-list");

      await draftAndSubmit(chair, 1);
      await checkInEveryTheme(chair, "2-report-submitted");

      // 2. Programme 5's Q3 report, not started: drafted from the data and submitted too.
      await activate(chair, chair.getByRole("link", { name: /^All highlight reports of / }), {
        backwards: true,
      });
      await chair.getByRole("heading", { level: 1, name: "Highlight reports" }).waitFor();
      await draftAndSubmit(chair, 5);

      // The board's risk register with its heat map (a screenshot to look at).
      const risks = await open("chair", "#/board/1/risks");
      await risks.locator("figure").first().waitFor();
      await settle(risks);
      await risks
        .locator("figure")
        .first()
        .screenshot({ path: "test-results/screenshots/quarter-heatmap-board.png" });
      await screenshot(risks, "quarter-board-risks");

      // 3. The Trust Executive: every programme on one screen.
      const exec = await open("executive", "#/");
      await activate(exec, exec.getByRole("link", { name: "Trust Executive rollup" }));
      await exec.getByRole("heading", { level: 1, name: "Trust Executive rollup" }).waitFor();
      const quarter = exec.getByRole("combobox", { name: "Quarter" });
      await tabTo(exec, quarter);
      if ((await quarter.inputValue()) !== QUARTER_KEY) await quarter.selectOption(QUARTER_KEY);
      expect(await quarter.inputValue()).toBe(QUARTER_KEY);
      await exec
        .getByRole("heading", { level: 2, name: new RegExp(`, ${QUARTER} \\(`) })
        .waitFor({ timeout: 60_000 });
      const before = await readRollupTable(exec);
      expect(before.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      for (const l of before) {
        expect([...RAGS, "No status"], `programme ${l.number}`).toContain(l.status);
        expect(l.trend, `programme ${l.number}`).toMatch(new RegExp(`(${TRENDS.join("|")})$`));
      }
      const states = await reportStates(exec);
      expect(states.get(1)).toBe("Submitted");
      expect(states.get(5)).toBe("Submitted");
      // The decisions the chair asked for are on the Executive's screen.
      const asked = exec.getByRole("list", { name: "Decisions required" });
      for (const n of [1, 5]) await asked.getByText(DECISIONS[n]!).waitFor();
      await screenshot(exec, "quarter-rollup");
      // On a 1280 px screen the rollup fits the window: no sideways scrolling.
      const wide = await sidewaysScroll(exec);
      if (wide) a11yFailures.push(`The rollup scrolls sideways at 1280 px: ${wide}`);
      const heat = exec.locator("figure").filter({ hasText: "Open risks across all boards" });
      await heat.scrollIntoViewIfNeeded();
      await heat.screenshot({ path: "test-results/screenshots/quarter-heatmap-rollup.png" });
      await checkInEveryTheme(exec, "3-rollup");

      // Return programme 5's report with a comment, from the rollup's link to it.
      const reportsTable = exec.getByRole("table", { name: "Highlight reports by board" });
      await activate(exec, reportsTable.getByRole("link", { name: `${NOUN} 5 report` }));
      await exec
        .getByRole("heading", { level: 1, name: new RegExp(`^Highlight report: ${Noun} 5:`) })
        .waitFor();
      await exec.getByRole("heading", { name: "The Executive's decision" }).waitFor();
      await exec.getByText(DECISIONS[5]!).first().waitFor();
      await checkInEveryTheme(exec, "4-executive-decision");
      await tabTo(exec, exec.getByRole("textbox", { name: /^Comment for the board/ }));
      await exec.keyboard.type(RETURN_COMMENT);
      await activate(exec, exec.getByRole("button", { name: "Return with a comment" }));
      await expect.poll(() => standingText(exec), { timeout: 20_000 }).toMatch(/^Returned/);

      // Approve programme 1's, back through the rollup.
      await exec.goBack();
      await reportsTable.waitFor({ timeout: 60_000 });
      await activate(exec, reportsTable.getByRole("link", { name: `${NOUN} 1 report` }));
      await exec
        .getByRole("heading", { level: 1, name: new RegExp(`^Highlight report: ${Noun} 1:`) })
        .waitFor();
      await activate(exec, exec.getByRole("button", { name: "Approve", exact: true }));
      await expect.poll(() => standingText(exec), { timeout: 20_000 }).toMatch(/^Approved/);
      await exec.goBack();
      await reportsTable.waitFor({ timeout: 60_000 });
      await expect
        .poll(async () => Object.fromEntries(await reportStates(exec)), { timeout: 30_000 })
        .toMatchObject({ 1: "Approved", 5: "Returned" });
      await checkInEveryTheme(exec, "5-rollup-decided");

      // 4. The chair sees the Executive's comment on the returned report.
      const chair2 = await open("chair", "#/board/1");
      await chair2
        .getByRole("heading", { level: 1, name: "Early Help Strategic Commissioning Board" })
        .waitFor();
      await activate(chair2, chair2.getByRole("link", { name: "Highlight reports", exact: true }));
      const list5 = chair2.getByRole("list", { name: `Reports for ${NOUN} 5` });
      await list5.waitFor();
      expect(await list5.getByRole("listitem").filter({ hasText: QUARTER }).textContent()).toMatch(
        /Returned/,
      );
      await activate(chair2, list5.getByRole("link", { name: `${QUARTER} report` }));
      await chair2.getByText("Returned by the Trust Executive").first().waitFor();
      await chair2.getByText(RETURN_COMMENT).first().waitFor();
      await screenshot(chair2, "quarter-report-returned");
      await checkInEveryTheme(chair2, "6-report-returned");

      // 5. The exports, as browser downloads, against the screen's figures for the same quarter.
      const screenLines = await readRollupTable(exec);
      const lead = (await exec.locator("#rollup-summary ~ p").first().textContent()) ?? "";
      const screenTotals = numbersOf(lead);
      const foot = await exec
        .getByRole("table", { name: `${NOUN}s: status, trend and actions at quarter end` })
        .locator("tfoot td")
        .allTextContents();
      const footNumbers = foot.filter((t) => t.trim() !== "").map(Number);
      // The lead sentence and the table's totals agree: "7 programmes, N actions: r Red, … . o overdue, s slipped".
      expect(screenTotals[0]).toBe(screenLines.length);
      expect(screenTotals.slice(2)).toEqual(footNumbers);

      const word = await download(exec, exec.getByRole("button", { name: "Executive Summary (Word)" }));
      expect(word.name).toBe("Executive Summary Q3 2026-27.docx");
      await exec.getByText(`Saved ${word.name} to your downloads.`).waitFor();
      const excel = await download(exec, exec.getByRole("button", { name: "Dashboard (Excel)" }));
      expect(excel.name).toBe("Dashboard Q3 2026-27.xlsx");

      // The Word document: its figures sentence and its status table hold the screen's figures.
      const text = (await mammoth.extractRawText({ buffer: word.bytes })).value;
      expect(text).toContain("Executive Summary");
      expect(text).toContain(QUARTER);
      const sentence =
        /Across (\d+) improvement programmes?, ([\d,]+) actions?[^:]*: ([^.]+)\. ([\d,]+) actions? overdue and ([\d,]+) actions? slipped/.exec(
          text,
        );
      expect(sentence, "the figures sentence of section 1").not.toBeNull();
      expect(numbersOf(sentence![0])).toEqual(screenTotals);
      // Decisions required: the same as the screen's list (a returned report's request is no longer before the Executive).
      const screenDecisions = (await asked.textContent()) ?? "";
      expect(screenDecisions).toContain(DECISIONS[1]);
      for (const n of [1, 5])
        expect(text.includes(DECISIONS[n]!), `Word and screen agree on programme ${n}'s decisions`).toBe(
          screenDecisions.includes(DECISIONS[n]!),
        );
      const { value: html } = await mammoth.convertToHtml({ buffer: word.bytes });
      const doc = await open("executive", "#/");
      await doc.setContent(
        `<!doctype html><html lang="en-GB"><title>Executive Summary</title><style>table{border-collapse:collapse}td,th{border:1px solid #888;padding:2px 6px;vertical-align:top}</style><body style="font-family:Calibri,sans-serif;max-width:60rem;margin:2rem auto">${html}</body></html>`,
      );
      await doc.screenshot({ path: "test-results/screenshots/quarter-export-docx.png", fullPage: true });
      const docRows = await doc.locator("table").evaluateAll((tables) => {
        const t = tables.find((x) =>
          /^Improvement programme\s*Status\s*Trend/.test((x.querySelector("tr")?.textContent ?? "").trim()),
        );
        return t
          ? Array.from(t.querySelectorAll("tr"))
              .slice(1)
              .map((tr) => Array.from(tr.querySelectorAll("td,th")).map((c) => (c.textContent ?? "").trim()))
          : [];
      });
      expect(docRows.length, "the Word status table has a row per programme").toBe(screenLines.length);
      for (const [i, l] of screenLines.entries()) {
        const row = docRows[i]!;
        expect(row[0]).toBe(`${Noun} ${l.number}: ${l.title}`);
        expect(row[1], `Word status of programme ${l.number}`).toBe(l.status);
        expect(row[2], `Word trend of programme ${l.number}`).toBe(l.trend);
        expect(row.slice(3, 8).map(Number), `Word counts of programme ${l.number}`).toEqual(l.counts);
        expect(Number(row[9]), `Word overdue of programme ${l.number}`).toBe(l.overdue);
        expect(Number(row[10]), `Word slipped of programme ${l.number}`).toBe(l.slipped);
      }
      expect(text).toMatch(/Improvement programme 5\s*Early Help Strategic Commissioning Board\s*Returned/);
      expect(text).toMatch(/Improvement programme 1\s*Early Help Strategic Commissioning Board\s*Approved/);

      // The Excel workbook: RAG by programme and Reports hold the screen's figures.
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(excel.bytes as unknown as ArrayBuffer);
      const rag = book.getWorksheet(`RAG by ${NOUN}`);
      expect(rag, "a RAG by programme sheet").toBeDefined();
      const header = (rag!.getRow(1).values as unknown[]).slice(1).map(String);
      expect(header.slice(0, 13)).toEqual([
        Noun,
        "Title",
        "Lead board",
        "Status",
        "Trend",
        "Red",
        "Amber",
        "Green",
        "Complete",
        "No rating",
        "Total",
        "Overdue",
        "Slipped",
      ]);
      const sheetRows: unknown[][] = [];
      rag!.eachRow((row, i) => {
        if (i > 1) sheetRows.push((row.values as unknown[]).slice(1));
      });
      expect(sheetRows.length).toBe(screenLines.length);
      for (const [i, l] of screenLines.entries()) {
        const r = sheetRows[i]!;
        expect(r[0]).toBe(l.number);
        expect(r[1]).toBe(l.title);
        expect(r[3], `Excel status of programme ${l.number}`).toBe(l.status);
        expect(r[4], `Excel trend of programme ${l.number}`).toBe(l.trend);
        expect(r.slice(5, 10), `Excel counts of programme ${l.number}`).toEqual(l.counts);
        expect(r[11], `Excel overdue of programme ${l.number}`).toBe(l.overdue);
        expect(r[12], `Excel slipped of programme ${l.number}`).toBe(l.slipped);
      }
      const totalActions = sheetRows.reduce((sum, r) => sum + Number(r[10]), 0);
      expect(totalActions).toBe(screenTotals[1]);
      const reportsSheet = book.getWorksheet("Reports");
      const reportRows = new Map<number, unknown[]>();
      reportsSheet!.eachRow((row, i) => {
        if (i > 1) {
          const v = (row.values as unknown[]).slice(1);
          reportRows.set(Number(v[0]), v);
        }
      });
      expect(reportRows.size).toBe(screenLines.length);
      expect(reportRows.get(1)?.[2]).toBe("Approved");
      expect(reportRows.get(5)?.[2]).toBe("Returned");
      expect(reportRows.get(5)?.[8]).toBe(RETURN_COMMENT);

      // The Excel sheet as a simple table, for a screenshot to look at.
      const sheetHtml = [header, ...sheetRows]
        .map(
          (r, i) =>
            `<tr>${r.map((c) => `<${i === 0 ? "th" : "td"}>${escapeHtml(cellText(c))}</${i === 0 ? "th" : "td"}>`).join("")}</tr>`,
        )
        .join("");
      await doc.setContent(
        `<!doctype html><html lang="en-GB"><title>Dashboard</title><style>body{font-family:Calibri,sans-serif;margin:1rem}table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #bbb;padding:2px 6px;vertical-align:top}th{background:#eee}</style><body><h1>Dashboard: RAG by improvement programme (${escapeHtml(excel.name)})</h1><table>${sheetHtml}</table></body></html>`,
      );
      await doc.screenshot({ path: "test-results/screenshots/quarter-export-xlsx.png", fullPage: true });

      for (const p of [chair, chair2, exec]) expect(pageErrors(p)).toEqual([]);
      expect(a11yFailures, a11yFailures.join("\n\n")).toEqual([]);
    },
  );
});

/** Why the page scrolls sideways, if it does: its width and the elements reaching furthest right. */
async function sidewaysScroll(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const past = Array.from(document.body.querySelectorAll("*"))
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter((x) => x.right > root.clientWidth + 0.5)
      .filter(
        (x) =>
          !x.el.parentElement || x.el.parentElement.getBoundingClientRect().right <= root.clientWidth + 0.5,
      )
      .slice(0, 6)
      .map(({ el, right }) => {
        const cls = (el.getAttribute("class") ?? "").split(" ").filter((c) => c.startsWith("fui-"))[0] ?? "";
        const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
        return `<${el.tagName.toLowerCase()}${cls ? ` .${cls}` : ""}> "${text}" reaches ${Math.round(right)} px`;
      });
    return `${root.scrollWidth} px wide in a ${root.clientWidth} px window; ${past.join("; ")}`;
  });
}

/** Every whole number in a sentence ("7 programmes, 1,234 actions" → [7, 1234]). */
function numbersOf(text: string): number[] {
  return (text.match(/\d[\d,]*/g) ?? []).map((n) => Number(n.replace(/,/g, "")));
}

/** A cell's value as Excel would show it, roughly (numbers and text as they are). */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return JSON.stringify(v);
}

function escapeHtml(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
