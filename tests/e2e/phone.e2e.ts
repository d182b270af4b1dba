/**
 * Journey 7 — on a phone. At 320 CSS px wide (a 640 px-wide screen at 2×),
 * Priya Chaudhry finds her overdue action 1.7 in "My actions", opens it, keeps
 * it Red with a note and agrees a revised date, and saves. On every screen:
 * no horizontal scrolling, nothing cut off or spilling over, and axe passes.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { appUrl, pageErrors, THEMES, useBrowser, type OpenOptions } from "./support/browser";
import { checkScreen, measureReflow, spilledControls } from "./support/checks";
import {
  actionCard,
  enGbDate,
  fact,
  historyEntries,
  updateForm,
  waitForAction,
  waitForBoard,
  waitForMyActions,
} from "./support/screens";
import { storedAction } from "./support/tenant";

const ACTION_17 = 7; // ref 1.7, owned by Priya Chaudhry, Red and past its target date
const PHONE: OpenOptions = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, mobile: true };
const NOTE = "Two more sessions booked with the new trainer; 80 of the 120 staff are now trained.";
const REASON = "The original trainer left and the replacement could only start in November.";

/** WCAG 1.4.10 at 320 px: nothing to scroll sideways, nothing past the edge, no clipped text or spilled fields. */
async function expectReflow(page: Page, screen: string): Promise<void> {
  const reflow = await measureReflow(page);
  expect(
    reflow.scrollWidth,
    `${screen}: page is ${reflow.scrollWidth} px wide in a ${reflow.clientWidth} px viewport`,
  ).toBeLessThanOrEqual(reflow.clientWidth);
  expect(reflow.overflowing, `${screen}: elements past the edge`).toEqual([]);
  expect(reflow.clipped, `${screen}: clipped text`).toEqual([]);
  expect(await spilledControls(page), `${screen}: controls spilling out of their fields`).toEqual([]);
}

/** Four weeks from today, yyyy-mm-dd. */
const inFourWeeks = (): string => new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);

const { open } = useBrowser();

describe.each(THEMES)("journey 7, %s theme", (theme) => {
  test(`at 320 px a member finds her overdue action and updates it, with nothing cut off (${theme})`, async () => {
    const page = await open("member", "#/my-actions", { ...PHONE, theme });
    const screen = async (name: string) => {
      await expectReflow(page, name);
      await checkScreen(page, `journey7-${theme}-${name}`);
    };

    // My actions: cards, overdue first.
    await waitForMyActions(page);
    expect(await page.getByRole("table").count()).toBe(0);
    expect(await page.getByText(/^3 open actions, 1 overdue, across all your boards\.$/).count()).toBe(1);
    const card = actionCard(page, "1.7");
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain("Overdue");
    expect(
      await page.getByRole("list", { name: "My open actions" }).getByRole("listitem").first().textContent(),
    ).toContain("1.7");
    await screen("1-my-actions");

    // Open it.
    await card.getByRole("link", { name: /^Deliver Making Every Contact Count training/ }).tap();
    await waitForAction(page, "1.7");
    expect(await fact(page, "Rating").textContent()).toBe("Red");
    expect(await fact(page, "Overdue").textContent()).toContain("past its target date");
    await screen("2-action");

    // Keep Red, add a note, agree a revised date with its reason.
    const f = updateForm(page);
    expect(await f.radio("Red").isChecked()).toBe(true);
    await f.note.tap();
    await f.note.fill(NOTE);
    await f.propose.tap();
    const revised = inFourWeeks();
    await f.revisedDate.fill(revised);
    await f.reason.fill(REASON);
    await screen("3-update-filled");

    await f.save.tap();
    await f.saved.waitFor();
    await expect
      .poll(() => fact(page, "Revised target date").textContent())
      .toBe(`${enGbDate(revised)} — ${REASON}`);
    expect(await fact(page, "Rating").textContent()).toBe("Red");
    expect(
      await page
        .locator("dl > dt")
        .filter({ hasText: /^Overdue$/ })
        .count(),
    ).toBe(0);
    const newest = (await historyEntries(page).first().textContent()) ?? "";
    expect(newest).toMatch(/^Priya Chaudhry, /);
    expect(newest).toContain(NOTE);
    expect(newest).toContain(`→ ${enGbDate(revised)} (reason: ${REASON})`);
    expect(newest).not.toContain("RAG:");
    const stored = await storedAction(ACTION_17);
    expect(stored.TBRag).toBe("Red");
    expect(stored.TBLastNote).toBe(NOTE);
    await screen("4-saved");

    // The board's plan, as cards.
    await page.getByRole("link", { name: /^Back to Early Help Strategic Commissioning Board/ }).tap();
    await waitForBoard(page);
    expect(await page.getByRole("table").count()).toBe(0);
    await expect.poll(() => actionCard(page, "1.7").textContent()).toContain(enGbDate(revised));
    await screen("5-board");

    // Back in My actions, 1.7 is no longer overdue.
    await page.goto(appUrl("member", "#/my-actions", theme));
    await waitForMyActions(page);
    // (A hash-only navigation: the list may show its cached copy for a moment while it refreshes.)
    await expect.poll(() => actionCard(page, "1.7").textContent()).toContain(enGbDate(revised));
    const after = (await actionCard(page, "1.7").textContent()) ?? "";
    expect(after).not.toContain("Overdue");
    expect(await page.getByText(/^3 open actions, across all your boards\.$/).count()).toBe(1);
    await screen("6-my-actions-after");
    expect(pageErrors(page)).toEqual([]);
  });
});
