/**
 * Journey 6 — a new year, a new plan (SCENARIOS.md), by keyboard alone.
 * The plan administrator rolls the action plan from 2026/27 into 2027/28 (the demo's 2017/18 into
 * 2018/19, moved to today): open actions are carried forward with their history, completed ones stay in
 * 2026/27. A member then sees the carried action on the board, with the roll-over in its history, and
 * the completed ones under 2026/27. At the end of the plan, the administrator sets up the next plan
 * through the app — four priorities instead of seven improvement programmes, three boards instead of
 * seven, each linked to a team picked from the directory — activates it and archives the old one. The
 * old plan stays readable: its boards are listed on request, marked read-only, and open with a notice and
 * no way to change them.
 *
 * Every screen passed is checked with axe in the light, dark and high-contrast themes. Failures are
 * collected and reported together at the end.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { THEMES, pageErrors, useBrowser } from "./support/browser";
import { checkScreen, screenshot, settle } from "./support/checks";
import { describeFocus, isFocused, tabTo } from "./support/keyboard";

const { open } = useBrowser();

const FROM = "2026/27";
const TO = "2027/28";
const OLD_PLAN = "Children & Young People's Plan 2025–2028";
const NEW_PLAN = "Children & Young People's Plan 2028–2031";

/** The next plan's shape: three boards, each linked to a team of the directory, and four priorities. */
const NEW_BOARDS = [
  { title: "Start Well Board", team: "Start Well Partnership", cadence: "Every six weeks" },
  { title: "Thriving Families Board", team: "Thriving Families Board", cadence: "Monthly" },
  { title: "Belonging and Achieving Board", team: "Belonging and Achieving Board", cadence: "Quarterly" },
];
const PRIORITIES = [
  { title: "The best start in life", boards: ["Start Well Board"] },
  { title: "Families who are safe and thriving", boards: ["Thriving Families Board"] },
  { title: "Good emotional health", boards: ["Start Well Board", "Thriving Families Board"] },
  { title: "Belonging, learning and achieving", boards: ["Belonging and Achieving Board"] },
];

const a11yFailures: string[] = [];

/** axe and a screenshot in every theme, switched in place (the workbench's theme select), back to light. */
async function checkInEveryTheme(page: Page, name: string): Promise<void> {
  const theme = page.getByRole("combobox", { name: "Theme" });
  for (const t of [...THEMES.slice(1), THEMES[0]!]) {
    await theme.selectOption(t);
    try {
      await checkScreen(page, `newplan-${name}-${t}`);
    } catch (e) {
      a11yFailures.push(e instanceof Error ? e.message : String(e));
    }
  }
}

async function activate(page: Page, target: Locator, options: { backwards?: boolean } = {}): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press("Enter");
}

/** Opens a section's tab as a keyboard user does: Tab to the tab list, arrow keys to the tab, Enter. */
async function openTab(page: Page, name: string): Promise<void> {
  await tabTo(page, page.getByRole("tab", { selected: true }));
  const target = page.getByRole("tab", { name });
  for (let i = 0; i < 10 && !(await isFocused(target)); i++) await page.keyboard.press("ArrowRight");
  expect(await isFocused(target), `tab ${name} focused (${await describeFocus(page)})`).toBe(true);
  await page.keyboard.press("Enter");
  await expect.poll(() => target.getAttribute("aria-selected")).toBe("true");
}

/** Types into a text field reached by Tab, replacing what is there. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
  expect(await field.inputValue()).toBe(text);
}

/** Chooses an option of a native select by keyboard: arrow keys (down or up) to the option whose text starts so. */
async function choose(page: Page, select: Locator, startsWith: string): Promise<void> {
  await tabTo(page, select);
  const state = () =>
    select.evaluate((el, start) => {
      const s = el as HTMLSelectElement;
      const target = Array.from(s.options).findIndex((o) => o.text.startsWith(start));
      return { at: s.selectedIndex, target, shown: s.selectedOptions[0]?.text ?? "" };
    }, startsWith);
  for (let i = 0; i < 40; i++) {
    const { at, target } = await state();
    if (target < 0 || at === target) break;
    await page.keyboard.press(target > at ? "ArrowDown" : "ArrowUp");
  }
  const { shown } = await state();
  expect(
    shown.startsWith(startsWith),
    `"${shown}" should start "${startsWith}" (${await describeFocus(page)})`,
  ).toBe(true);
}

/** Picks a team in the board form's searchable list by typing its name. */
async function pickTeam(page: Page, name: string): Promise<void> {
  const box = page.getByRole("combobox", { name: /Microsoft 365 group or team/ });
  await tabTo(page, box);
  await page.keyboard.type(name);
  const option = page.getByRole("option", { name: new RegExp(`^${name}`) }).first();
  await option.waitFor();
  // The first match is active as one types; Enter chooses it.
  await page.keyboard.press("Enter");
  await expect.poll(() => box.inputValue()).toBe(name);
}

/** The number in the roll-over preview's "All boards" row, column by column. */
async function previewTotals(page: Page): Promise<number[]> {
  const row = page
    .getByRole("table", { name: `Roll-over from ${FROM} to ${TO}, by board` })
    .getByRole("row", {
      name: /^All boards/,
    });
  const cells = await row.getByRole("cell").allTextContents();
  return cells.slice(1).map((c) => Number(c.replace(/,/g, "")));
}

describe("journey 6: a new year, a new plan", () => {
  test(
    "the year rolls over, the next plan is set up, and the old one stays readable",
    { timeout: 900_000 },
    async () => {
      a11yFailures.length = 0;

      // 1. The plan administrator opens the year roll-over: a preview that says what will happen.
      const admin = await open("administrator", "#/admin/rollover");
      await admin.getByRole("heading", { level: 1, name: "Administration" }).waitFor();
      await admin.getByText(`From ${FROM} to ${TO}: what will happen`).waitFor({ timeout: 30_000 });
      const [carry = 0, stay = 0, already = -1] = await previewTotals(admin);
      expect(carry).toBeGreaterThan(0);
      expect(stay).toBeGreaterThan(0);
      expect(already).toBe(0);
      await admin
        .getByText(new RegExp(`^${carry} open actions move into ${TO} with their history`))
        .waitFor();
      await checkInEveryTheme(admin, "1-rollover-preview");

      // 2. Roll over: confirm, then progress, then the summary.
      await activate(admin, admin.getByRole("button", { name: `Roll over to ${TO}` }));
      const dialog = admin.getByRole("dialog");
      await dialog.getByText(`Roll ${OLD_PLAN} over to ${TO}?`).waitFor();
      await screenshot(admin, "newplan-2-rollover-confirm");
      await activate(admin, dialog.getByRole("button", { name: `Roll over to ${TO}` }));
      await admin.getByText("Roll-over finished").waitFor({ timeout: 60_000 });
      await admin
        .getByText(new RegExp(`${carry} (open )?actions? (were )?carried`))
        .first()
        .waitFor();
      await checkInEveryTheme(admin, "3-rollover-done");

      // Run again: nothing more to carry, so nothing is duplicated — the plan now sits in its last year.
      await admin.goto(admin.url());
      await admin
        .getByText(/cannot be rolled over|No further roll-over/)
        .first()
        .waitFor({ timeout: 30_000 });
      await admin
        .getByText(/set up the next plan instead/)
        .first()
        .waitFor();

      // 3. A member of the Early Help board sees the plan in 2027/28: carried actions say so, their
      // history has the roll-over under the administrator's name, and 2026/27 keeps the completed ones.
      const member = await open("member", "#/board/1");
      await member
        .getByRole("heading", { level: 1, name: "Early Help Strategic Commissioning Board" })
        .waitFor();
      const yearPicker = member.getByRole("combobox", { name: "Plan year" });
      expect(await yearPicker.inputValue()).toBe(TO);
      await member.getByText(`Carried forward from ${FROM}`).first().waitFor();
      await checkInEveryTheme(member, "4-board-new-year");
      // Open the first action of the plan and read its history.
      const firstAction = member.locator('a[href*="/action/"]').first();
      await activate(member, firstAction);
      await member.getByRole("heading", { name: "History" }).waitFor({ timeout: 30_000 });
      await member.getByText(`Carried forward from ${FROM} into ${TO}`).first().waitFor();
      // The entry names who ran it (the plan administrator), as SharePoint recorded the version.
      const entry = member
        .getByRole("listitem")
        .filter({ hasText: `Carried forward from ${FROM} into ${TO}` });
      expect(await entry.first().textContent()).toContain("Karen Wadsworth");
      await screenshot(member, "newplan-5-action-history");
      await member.goBack();
      await member
        .getByRole("heading", { level: 1, name: "Early Help Strategic Commissioning Board" })
        .waitFor();
      await choose(member, member.getByRole("combobox", { name: "Plan year" }), FROM);
      await member
        .getByText(/Complete/)
        .first()
        .waitFor();
      await screenshot(member, "newplan-6-board-last-year");

      // 4. At the end of the plan, the administrator sets up the next one.
      await admin.goto(admin.url().replace(/#.*$/, "#/admin/plans"));
      await admin.getByRole("heading", { level: 2, name: "Plans" }).waitFor();
      await activate(admin, admin.getByRole("button", { name: "New plan" }));
      await typeInto(admin, admin.getByRole("textbox", { name: "Name" }), NEW_PLAN);
      await typeInto(admin, admin.getByRole("textbox", { name: /First year starts April of/ }), "2028");
      await typeInto(admin, admin.getByRole("textbox", { name: /Last year ends March of/ }), "2031");
      await choose(admin, admin.getByRole("combobox", { name: /Current plan year/ }), "2028/29");
      await typeInto(
        admin,
        admin.getByRole("textbox", { name: /Vision/ }),
        "Every child and young person in the county is safe, healthy, happy and ambitious for their future.",
      );
      await typeInto(admin, admin.getByRole("textbox", { name: /What it calls its programmes/ }), "priority");
      await checkInEveryTheme(admin, "7-new-plan-form");
      await activate(admin, admin.getByRole("button", { name: "Create the plan" }));
      await admin.getByRole("heading", { name: NEW_PLAN }).first().waitFor({ timeout: 30_000 });
      await expect.poll(() => admin.url()).toMatch(/[?&]plan=\d+/);

      // Its boards, each linked to a team picked from the directory, with its channel and chair.
      await openTab(admin, "Boards");
      for (const b of NEW_BOARDS) {
        await activate(admin, admin.getByRole("button", { name: "Add a board" }));
        await typeInto(admin, admin.getByRole("textbox", { name: /^Name/ }), b.title);
        await pickTeam(admin, b.team);
        const channel = admin.getByRole("combobox", { name: /Channel/ });
        await expect.poll(() => channel.isEnabled(), { timeout: 30_000 }).toBe(true);
        await admin.locator("option", { hasText: "General" }).first().waitFor({ state: "attached" });
        await choose(admin, channel, "General");
        const chair = admin.getByRole("combobox", { name: /^Chair$|^Chair / });
        await admin.locator("option", { hasText: "(owner)" }).first().waitFor({ state: "attached" });
        await tabTo(admin, chair);
        await admin.keyboard.press("ArrowDown");
        expect(await chair.inputValue()).not.toBe("");
        await typeInto(admin, admin.getByRole("textbox", { name: /Chair's title/ }), "Chair");
        await typeInto(admin, admin.getByRole("textbox", { name: /^Meets/ }), b.cadence);
        if (b === NEW_BOARDS[0]) await checkInEveryTheme(admin, "8-board-form");
        await activate(admin, admin.getByRole("button", { name: "Add the board" }));
        await admin
          .getByRole("cell", { name: b.title })
          .or(admin.getByText(b.title).first())
          .first()
          .waitFor({
            timeout: 60_000,
          });
        await expect
          .poll(() => admin.getByRole("button", { name: "Add the board" }).count(), { timeout: 60_000 })
          .toBe(0);
      }
      await screenshot(admin, "newplan-9-boards");

      // Four priorities, in the plan's own word, delivered by those boards (one co-delivered).
      await openTab(admin, "Priorities");
      for (const [i, p] of PRIORITIES.entries()) {
        await activate(admin, admin.getByRole("button", { name: "Add priority" }));
        await typeInto(admin, admin.getByRole("textbox", { name: /^Number/ }), String(i + 1));
        await typeInto(admin, admin.getByRole("textbox", { name: /^Title/ }), p.title);
        for (const board of p.boards) {
          await tabTo(admin, admin.getByRole("checkbox", { name: board }));
          await admin.keyboard.press("Space");
        }
        await activate(admin, admin.getByRole("button", { name: "Add the priority" }));
        await admin.getByText(p.title).first().waitFor({ timeout: 30_000 });
        await expect
          .poll(() => admin.getByRole("button", { name: "Add the priority" }).count(), { timeout: 30_000 })
          .toBe(0);
      }
      await admin.getByRole("list", { name: "Priorities" }).waitFor();
      expect(await admin.getByRole("list", { name: "Priorities" }).getByRole("listitem").count()).toBe(4);
      await checkInEveryTheme(admin, "10-priorities");

      // Activate it.
      await openTab(admin, "Plans");
      await activate(admin, admin.getByRole("button", { name: "Activate" }));
      await admin.getByText(`${NEW_PLAN} is active.`).waitFor({ timeout: 30_000 });

      // The governance map of the new plan is drawn from what was just set up.
      await openTab(admin, "Governance map");
      for (const b of NEW_BOARDS) await admin.getByText(b.title).first().waitFor();
      for (const p of PRIORITIES) await admin.getByText(p.title).first().waitFor();
      await checkInEveryTheme(admin, "11-governance");

      // 5. The old plan is archived: its boards become read-only to their members; nothing is deleted.
      await admin.goto(admin.url().replace(/#.*$/, "#/admin/plans?plan=1"));
      await admin.getByRole("heading", { name: OLD_PLAN }).first().waitFor({ timeout: 30_000 });
      await activate(admin, admin.getByRole("button", { name: "Archive…" }));
      const archive = admin.getByRole("alertdialog");
      await archive.getByText(`Archive ${OLD_PLAN}?`).waitFor();
      // The page behind a modal is hidden from assistive technology, the theme switch with it: checked in light.
      try {
        await checkScreen(admin, "newplan-12-archive-confirm");
      } catch (e) {
        a11yFailures.push(e instanceof Error ? e.message : String(e));
      }
      await activate(admin, archive.getByRole("button", { name: "Archive the plan" }));
      await expect.poll(() => archive.count(), { timeout: 120_000 }).toBe(0);
      await admin.getByRole("cell", { name: "Archived" }).first().waitFor();
      await screenshot(admin, "newplan-12b-archived");

      // 6. Everyone's home now shows the new plan; the old one is there on request, read-only.
      // A fresh visit (the member's open tab keeps what it read for a few minutes, as any tab does).
      await member.goto(member.url().replace(/#.*$/, "#/"));
      await member.reload();
      await member.getByRole("heading", { level: 1, name: "Boards" }).waitFor();
      for (const b of NEW_BOARDS) await member.getByRole("link", { name: b.title }).waitFor();
      expect(
        await member.getByRole("link", { name: "Early Help Strategic Commissioning Board" }).count(),
      ).toBe(0);
      await choose(member, member.getByRole("combobox", { name: "Show the boards of" }), OLD_PLAN);
      await member.getByRole("link", { name: "Early Help Strategic Commissioning Board" }).waitFor();
      await member.getByText("Archived plan: read-only").first().waitFor();
      await checkInEveryTheme(member, "13-home-archived-plan");

      await activate(member, member.getByRole("link", { name: "Early Help Strategic Commissioning Board" }));
      await member
        .getByRole("heading", { level: 1, name: "Early Help Strategic Commissioning Board" })
        .waitFor();
      await member.getByText(`This board is part of the archived plan ${OLD_PLAN}`).waitFor();
      expect(await member.getByRole("button", { name: /Add an action/ }).count()).toBe(0);
      await settle(member);
      await checkInEveryTheme(member, "14-archived-board");

      expect(pageErrors(admin)).toEqual([]);
      expect(pageErrors(member)).toEqual([]);
      expect(a11yFailures).toEqual([]);
    },
  );
});
