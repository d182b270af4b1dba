/**
 * Journey 1 — a member updates an action. Priya Chaudhry (member of the Early
 * Help Strategic Commissioning Board) opens her action 5.3 from the board's
 * tab, moves it from Green to Amber with a note, proposes a revised target date
 * with a reason and saves; the action, its history, the board's plan and RAG
 * summary, and "My actions" all show it. Done by keyboard alone, and checked
 * with axe on every screen in the light, dark and high-contrast themes.
 */
import { describe, expect, onTestFinished, test } from "vitest";
import { appUrl, pageErrors, THEMES, useBrowser } from "./support/browser";
import { checkScreen, spilledControls } from "./support/checks";
import { isFocused, tabTo, typeDate } from "./support/keyboard";
import {
  actionRow,
  description,
  enGbDate,
  enGbLongDate,
  fact,
  historyEntries,
  isoFromEnGb,
  ragCount,
  updateForm,
  waitForAction,
  waitForBoard,
  waitForMyActions,
} from "./support/screens";
import { storedAction, storedHistory, tenantLog, baseUrl } from "./support/tenant";

const ACTION_53 = 37; // ref 5.3, owned by Priya Chaudhry, In progress, Green
const NOTE =
  "Health visitor recruitment has slipped: two of the four posts are still vacant, so co-location in Chard and Minehead waits until spring.";
const REASON = "The two vacant health visitor posts will not be filled before April.";
const NOTE_REQUIRED = "Say why the RAG rating changed: a note is required.";

const { open, browser } = useBrowser();

describe.each(THEMES)("journey 1, %s theme", (theme) => {
  test(`a member moves 5.3 from Green to Amber with a revised date, by keyboard alone (${theme})`, async () => {
    const started = Date.now();
    const page = await open("member", "#/board/1", { theme });
    const shot = async (screen: string) => {
      await checkScreen(page, `journey1-${theme}-${screen}`);
      expect(await spilledControls(page), `${screen}: controls spilling out of their fields`).toEqual([]);
    };

    // The board's channel tab.
    await waitForBoard(page);
    const before = { amber: await ragCount(page, "Amber"), green: await ragCount(page, "Green") };
    expect(await actionRow(page, "5.3").getByRole("cell").nth(5).textContent()).toContain("Green");
    await shot("1-board");

    // The first Tab reaches "Skip to content", which takes focus past the workbench to the page.
    await page.keyboard.press("Tab");
    expect(await isFocused(page.getByRole("link", { name: "Skip to content" }))).toBe(true);
    await page.keyboard.press("Enter");
    expect(await isFocused(page.locator("main"))).toBe(true);

    // To the action, by keyboard.
    await tabTo(
      page,
      page.getByRole("link", {
        name: "Align health visitors and school nurses with children's centres to give families a one-stop shop",
      }),
    );
    await page.keyboard.press("Enter");
    await waitForAction(page, "5.3");
    expect(await fact(page, "Rating").textContent()).toBe("Green");
    const targetText = (await fact(page, "Target date").textContent()) ?? "";
    const target = isoFromEnGb(targetText);
    const revised = `${target.slice(0, 4)}-06-30`; // three months past the 31 March target
    const historyBefore = await historyEntries(page).count();
    await shot("2-action");

    // Green → Amber with the arrow keys, then try to save without a note.
    const f = updateForm(page);
    await tabTo(page, f.rag);
    expect(await isFocused(f.radio("Green"))).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await f.radio("Amber").isChecked()).toBe(true);
    expect(await description(f.note)).toContain("Required: say why the rating changed.");
    // The product rule: notes are no place for children's personal data, and the box says so to a screen reader too.
    expect(await description(f.note)).toContain("No children's names or other personal details.");
    await tabTo(page, f.save);
    await page.keyboard.press("Enter");
    await page.getByText(NOTE_REQUIRED).waitFor();
    expect(await f.note.getAttribute("aria-invalid")).toBe("true");
    expect(await description(f.note)).toContain(NOTE_REQUIRED);
    expect((await storedAction(ACTION_53)).TBRag).toBe("Green");
    expect(await historyEntries(page).count()).toBe(historyBefore);
    await shot("3-note-required");

    // The note, then a revised target date with its reason.
    await tabTo(page, f.note, { backwards: true });
    await page.keyboard.type(NOTE);
    await tabTo(page, f.propose);
    await page.keyboard.press("Space");
    await f.revisedDate.waitFor();
    // The button is replaced by the date fields: focus must move into them, not fall back to the page.
    expect(await isFocused(f.revisedDate)).toBe(true);
    // Typed day first, as a UK officer would, whatever the browser's own locale.
    await typeDate(page, revised);
    await tabTo(page, f.reason);
    expect(await f.revisedDate.inputValue()).toBe(enGbLongDate(revised));
    expect(await f.revisedDate.getAttribute("aria-invalid")).not.toBe("true");
    await page.keyboard.type(REASON);
    await shot("4-update-filled");

    await tabTo(page, f.save);
    await page.keyboard.press("Enter");
    await f.saved.waitFor();
    const successBox = page.locator("div[tabindex='-1']").filter({ has: f.saved });
    await expect
      .poll(() => isFocused(successBox), { message: "focus moves to the success message" })
      .toBe(true);

    // The action's facts and history.
    await expect.poll(() => fact(page, "Rating").textContent()).toBe("Amber");
    expect(await fact(page, "Revised target date").textContent()).toBe(`${enGbDate(revised)} — ${REASON}`);
    expect(await fact(page, "Last update").textContent()).toMatch(/ by Priya Chaudhry$/);
    await expect.poll(() => historyEntries(page).count()).toBe(historyBefore + 1);
    const newest = historyEntries(page).first();
    const newestText = (await newest.textContent()) ?? "";
    expect(newestText).toMatch(/^Priya Chaudhry, \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
    expect(newestText).toContain("RAG: Green → Amber");
    // The date typed as dd/mm/yyyy is the date recorded (the entry's wording is the history's own).
    expect(newestText).toContain(`arget date: ${targetText} → ${enGbDate(revised)} (reason: ${REASON})`);
    expect(newestText).toContain(NOTE);
    const at = Date.parse((await newest.locator("time").getAttribute("datetime")) ?? "");
    expect(at).toBeGreaterThanOrEqual(started - 60_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 60_000);
    await shot("5-saved");

    // SharePoint holds it.
    const stored = await storedAction(ACTION_53);
    expect(stored.TBRag).toBe("Amber");
    expect(stored.TBLastNote).toBe(NOTE);

    // Back to the board: the row and the RAG summary show Amber.
    await tabTo(page, page.getByRole("link", { name: /^Back to Early Help Strategic Commissioning Board/ }), {
      backwards: true,
    });
    await page.keyboard.press("Enter");
    await waitForBoard(page);
    const row = actionRow(page, "5.3");
    await expect.poll(() => row.getByRole("cell").nth(5).textContent()).toContain("Amber");
    const due = (await row.getByRole("cell").nth(3).textContent()) ?? "";
    expect(due).toContain(enGbDate(revised));
    expect(due).toContain(`revised from ${targetText}`);
    expect(await row.getByRole("cell").nth(6).textContent()).toContain("Priya Chaudhry");
    expect(await ragCount(page, "Amber")).toBe(before.amber + 1);
    expect(await ragCount(page, "Green")).toBe(before.green - 1);
    await shot("6-board-after");

    // "My actions" (the personal tab) shows it too.
    await page.goto(appUrl("member", "#/my-actions", theme));
    await waitForMyActions(page);
    const mine = actionRow(page, "5.3");
    await expect.poll(() => mine.getByRole("cell").nth(5).textContent()).toContain("Amber");
    expect(await mine.getByRole("cell").nth(3).textContent()).toContain(enGbDate(revised));
    await shot("7-my-actions");

    expect(pageErrors(page)).toEqual([]);
  });
});

test("a RAG change with an empty note is refused with a field error, and nothing is saved", async () => {
  const page = await open("member", "#/board/1/action/37");
  await waitForAction(page, "5.3");
  const historyBefore = await storedHistory(ACTION_53);
  const actionBefore = await storedAction(ACTION_53);
  await fetch(`${baseUrl()}/__tenant/log`, { method: "DELETE" });

  const f = updateForm(page);
  await f.radio("Red").check();
  await f.note.fill("   "); // only spaces is still no note
  await f.save.click();
  await page.getByText(NOTE_REQUIRED).waitFor();
  expect(await f.note.getAttribute("aria-invalid")).toBe("true");
  expect(await description(f.note)).toContain(NOTE_REQUIRED);
  // The person's choice is kept so they only have to add the note.
  expect(await f.radio("Red").isChecked()).toBe(true);
  await checkScreen(page, "journey1-note-required");

  // Nothing reached SharePoint, and nothing changed there.
  await new Promise((r) => setTimeout(r, 500));
  const writes = (await tenantLog()).filter(
    (r) => r.service === "sharepoint" && r.method !== "GET" && !r.url.endsWith("$batch"),
  );
  expect(writes).toEqual([]);
  expect(await storedAction(ACTION_53)).toEqual(actionBefore);
  expect(await storedHistory(ACTION_53)).toEqual(historyBefore);
  expect(await fact(page, "Rating").textContent()).toBe("Green");
  expect(await page.getByText("Update saved").count()).toBe(0);
});

test("the revised date reads en-GB typing and offers a Monday-first calendar, by keyboard alone", async () => {
  // A browser set to US English: the date field must still read day before month.
  const context = await browser().newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
    timezoneId: "America/New_York",
    reducedMotion: "reduce",
  });
  onTestFinished(() => context.close());
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(appUrl("member", "#/board/1/action/37"));
  expect(await page.evaluate(() => navigator.language)).toBe("en-US");
  await waitForAction(page, "5.3");
  const f = updateForm(page);
  await tabTo(page, f.propose);
  await page.keyboard.press("Enter");
  await f.revisedDate.waitFor();
  expect(await isFocused(f.revisedDate)).toBe(true);

  // Down arrow opens the calendar with focus in it; its weeks start on Monday.
  await page.keyboard.press("ArrowDown");
  await f.calendar.waitFor();
  const headers = await f.calendar
    .getByRole("columnheader")
    .evaluateAll((hs) => hs.map((h) => h.getAttribute("aria-label")));
  expect(headers.slice(0, 2)).toEqual(["Monday", "Tuesday"]);
  expect(await isFocused(f.calendar)).toBe(true);
  await checkScreen(page, "journey1-calendar-open");
  // What a person sees (the viewport, not the stitched full page). The rest of the page is hidden from
  // assistive technology while the calendar (a modal dialog) is open, so no locator outside it is used here.
  await page.screenshot({ path: "test-results/screenshots/journey1-calendar-open-viewport.png" });

  // Arrow keys move by day and week; Enter takes the day and closes the calendar.
  const focusedDay = () =>
    page.evaluate(() => document.activeElement?.querySelector("button")?.getAttribute("aria-label") ?? "");
  const start = await focusedDay();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  const chosen = await focusedDay();
  expect(chosen).not.toBe(start);
  await page.keyboard.press("Enter");
  await f.calendar.waitFor({ state: "detached" });
  const [day, month, year] = chosen.split(", ");
  expect(await f.revisedDate.inputValue()).toBe(`${day} ${month} ${year}`);

  // Focus is back in the text box; typing over it: 5/6 is 5 June, never May 6.
  expect(await isFocused(f.revisedDate)).toBe(true);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("5/6/2027");
  await page.keyboard.press("Tab");
  expect(await f.revisedDate.inputValue()).toBe("5 June 2027");

  // A date that does not exist is refused on the date field, in words.
  await tabTo(page, f.revisedDate, { backwards: true });
  await page.keyboard.press("Control+A");
  await page.keyboard.type("31/02/2027");
  await page.keyboard.press("Tab");
  const message = "There is no 31 February 2027. Enter a date that exists, for example 30/06/2027.";
  await page.getByText(message).waitFor();
  expect(await f.revisedDate.getAttribute("aria-invalid")).toBe("true");
  expect(await description(f.revisedDate)).toContain(message);
  expect(await f.note.getAttribute("aria-invalid")).not.toBe("true");
});
