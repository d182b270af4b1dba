/**
 * The screens no journey passes through, checked with axe in a browser: a board's Risks and Measures
 * pages, its decision log, the tab's setup page, and Administration's Reporting calendar and Import
 * sections. Each is opened as a person who would use it (a member, or the plan administrator for
 * Administration), brought to a state with a form open where that is cheap, and checked in the light,
 * dark and high-contrast themes, switched in place through the workbench's theme select so the state
 * is kept. Each screen is photographed in high contrast (test-results/screenshots/more-*-contrast.png).
 *
 * The setup page is the one Teams shows in its "settings" frame when a channel adds the tab; outside
 * Teams the app renders the same component at #/config, with no team's group to match, so every board
 * is offered with a notice saying so (src/app/App.tsx).
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { THEMES, pageErrors, useBrowser } from "./support/browser";
import { checkA11y, screenshot } from "./support/checks";
import { BOARD_1 } from "./support/screens";

const { open } = useBrowser();

/**
 * axe in every theme, switched in place, and a screenshot in high contrast; back to light at the
 * end. Returns every theme's violations, so one run names them all.
 */
async function checkInEveryTheme(page: Page, name: string): Promise<string[]> {
  const failures: string[] = [];
  const theme = page.getByRole("combobox", { name: "Theme" });
  for (const t of [...THEMES.slice(1), THEMES[0]!]) {
    await theme.selectOption(t);
    if (t === "contrast") await screenshot(page, `more-${name}-contrast`);
    try {
      await checkA11y(page, `${name} (${t})`);
    } catch (e) {
      failures.push(e instanceof Error ? e.message : String(e));
    }
  }
  return failures;
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name });

describe("axe on the screens the journeys do not reach", () => {
  test("a board's Risks page, with the heat map, a score history and the new-risk form showing its errors (member)", async () => {
    const page = await open("member", "#/board/1/risks");
    await h1(page, `Risks: ${BOARD_1}`).waitFor();
    const risks = page.getByRole("list", { name: "Risks" });
    await risks.waitFor();
    expect(await risks.getByRole("listitem").count()).toBeGreaterThan(0);
    await page.getByRole("table").first().waitFor(); // the heat map, read as a table

    await page.getByRole("button", { name: "Show score history" }).first().click();
    await page
      .getByRole("list", { name: /^Score history of / })
      .or(page.getByText(/^Not rescored since it was recorded/))
      .first()
      .waitFor();

    await page.getByRole("button", { name: "Add a risk" }).click();
    const form = page.getByRole("form", { name: "Add a risk" });
    await form.waitFor();
    // Side by side, the Reference box (which has a hint) and the programme list (which has none) are level.
    const [reference, programme] = await Promise.all([
      form.getByRole("textbox", { name: "Reference" }).boundingBox(),
      form.getByRole("combobox", { name: /^Improvement programme/ }).boundingBox(),
    ]);
    expect(Math.abs(reference!.y - programme!.y)).toBeLessThan(2); // the input sits inside its 1 px border
    // Saved empty: the required fields say what is missing.
    await form.getByRole("button", { name: "Add the risk" }).click();
    await expect.poll(() => form.locator(".fui-Field__validationMessage").count()).toBeGreaterThan(0);

    expect(await checkInEveryTheme(page, "risks-form")).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test("a board's Measures page, with its charts and figures (member)", async () => {
    const page = await open("member", "#/board/1/measures");
    await h1(page, `Measures: ${BOARD_1}`).waitFor();
    const figures = page.getByRole("list", { name: /: figures by period$/ });
    await figures.first().waitFor();
    // Each period's rating is named once, by its badge, then explained: not "Red Red".
    const ratings = await figures
      .locator("dt", { hasText: /^Rating$/ })
      .evaluateAll((dts) => dts.map((dt) => (dt.nextElementSibling?.textContent ?? "").trim()));
    expect(ratings.length).toBeGreaterThan(0);
    for (const r of ratings) expect(r).toMatch(/^(Red|Amber|Green)(?!Red|Amber|Green)/);
    expect(await checkInEveryTheme(page, "measures")).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test("a board's Measures page with a rating override open (administrator)", async () => {
    const page = await open("administrator", "#/board/1/measures");
    await h1(page, `Measures: ${BOARD_1}`).waitFor();
    await page
      .getByRole("button", { name: /^(Override the rating|Change the override)$/ })
      .first()
      .click();
    const form = page.getByRole("form", { name: /^Override the rating of / });
    await form.waitFor();
    // Saved without a reason: the reason field says it is needed.
    await form.getByRole("textbox", { name: /Reason for the override/ }).fill("");
    await form.getByRole("button", { name: "Save the override" }).click();
    await form.locator(".fui-Field__validationMessage").first().waitFor();
    expect(await checkInEveryTheme(page, "measures-override")).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test("the decision log, searched (member)", async () => {
    const page = await open("member", "#/board/1/decisions");
    await h1(page, `Decision log of ${BOARD_1}`).waitFor();
    const list = page.getByRole("list", { name: "Decisions, latest first" });
    await list.waitFor();
    const all = await list.getByRole("listitem").count();
    expect(all).toBeGreaterThan(0);
    // Search for a word of the first decision: it stays listed, with the count said in words.
    const first = ((await list.getByRole("listitem").first().locator("span").first().textContent()) ?? "")
      .split(/\s+/)
      .find((w) => /^[A-Za-z]{6,}$/.test(w));
    expect(first).toBeDefined();
    await page.getByRole("searchbox", { name: "Search decisions" }).fill(first!);
    await page.getByText(new RegExp(`match(es)? “${first!}”`)).waitFor();
    expect(await list.getByRole("listitem").count()).toBeGreaterThan(0);
    expect(await checkInEveryTheme(page, "decision-log")).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test("the tab's setup page, with a board chosen (chair)", async () => {
    const page = await open("chair", "#/config");
    await h1(page, "Add Trust Boards to this channel").waitFor();
    const boards = page.getByRole("radiogroup", { name: "Which board should this tab show?" });
    await boards.waitFor();
    await boards.getByRole("radio", { name: BOARD_1 }).check();
    expect(await boards.getByRole("radio", { name: BOARD_1 }).isChecked()).toBe(true);
    expect(await checkInEveryTheme(page, "tab-setup")).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test("Administration's Reporting calendar, its dates filled from the rule (administrator)", async () => {
    const page = await open("administrator", "#/admin/calendar");
    await h1(page, "Administration").waitFor();
    await page.getByRole("heading", { level: 2, name: "Reporting calendar" }).waitFor();
    const table = page.getByRole("table", { name: /^Due dates in / }).first();
    await table.waitFor();
    const fill = page.getByRole("button", { name: /^Fill \d{4}\/\d{2} from the rule$/ }).first();
    await fill.click();
    // Every quarter of that year now has its dates in the fields.
    const dates = table.getByRole("combobox");
    expect(await dates.count()).toBe(8);
    await expect.poll(() => dates.first().inputValue()).not.toBe("");
    expect(await checkInEveryTheme(page, "admin-calendar")).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  test("Administration's Import, with a file's mistakes listed (administrator)", async () => {
    const page = await open("administrator", "#/admin/import");
    await h1(page, "Administration").waitFor();
    await page.getByRole("heading", { level: 2, name: /^Import .*, boards and actions$/ }).waitFor();
    const csv = [
      "Reference,Programme number,Board,Title,Description,Owner's email,Target date",
      "9.1,1,No such board,Hubs,,,31/02/2029",
    ].join("\r\n");
    await page.getByLabel(/^Upload the filled-in file/).setInputFiles({
      name: "mistakes.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf-8"),
    });
    const problems = page.getByRole("table", { name: /to fix in mistakes\.csv$/ });
    await problems.waitFor({ timeout: 30_000 });
    expect(await problems.getByRole("row").count()).toBeGreaterThan(1);
    // The heading and the sentence after it are on lines of their own, not run together.
    const heading = await page
      .getByRole("heading", { level: 3, name: /to fix in mistakes\.csv$/ })
      .boundingBox();
    const said = await page.getByText(/^Nothing has been written\. Fix these/).boundingBox();
    expect(said!.y).toBeGreaterThanOrEqual(heading!.y + heading!.height - 0.5);
    expect(await checkInEveryTheme(page, "admin-import")).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
