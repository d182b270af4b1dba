/**
 * Journey — the chair keeps the action plan. Miriam Castleton (Interim Chair of the Early Help
 * board, an owner of its group but not a member) adds an action, reassigns the action whose owner
 * has left the board from the warning itself, then closes and reopens an action — by keyboard
 * alone, with axe on every screen in the light, dark and high-contrast themes.
 */
import { describe, expect, test } from "vitest";
import { THEMES, useBrowser } from "./support/browser";
import { checkScreen, screenshot } from "./support/checks";
import { isFocused, tabTo } from "./support/keyboard";
import { historyEntries, waitForAction, waitForBoard } from "./support/screens";

const TITLE = "Open a family hub in every district";

const { open } = useBrowser();

describe.each(THEMES)("the chair keeps the plan, %s theme", (theme) => {
  test(`adds, reassigns from the warning, closes and reopens, by keyboard alone (${theme})`, async () => {
    const page = await open("chair", "#/board/1", { theme });
    await waitForBoard(page);
    await checkScreen(page, `chair-${theme}-1-board`);

    // Add an action.
    const add = page.getByRole("button", { name: "Add an action" });
    await tabTo(page, add);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await tabTo(page, dialog.getByRole("combobox", { name: /Improvement programme/ }));
    await dialog.getByRole("combobox", { name: /Improvement programme/ }).selectOption({ index: 2 });
    await tabTo(page, dialog.getByRole("textbox", { name: /^Title/ }));
    await page.keyboard.type(TITLE);
    const owner = dialog.getByRole("combobox", { name: /^Owner/ });
    await expect.poll(() => owner.isEnabled()).toBe(true);
    await tabTo(page, owner);
    await owner.selectOption({ label: "Dawn Lyddon" }).catch(() => owner.selectOption({ index: 1 }));
    await tabTo(page, dialog.getByRole("combobox", { name: /Target date/ }));
    await page.keyboard.type("31/03/2027");
    await page.keyboard.press("Tab");
    await checkScreen(page, `chair-${theme}-2-add-dialog`);
    if (theme !== "contrast") await screenshot(page, `chair-add-dialog-${theme}`);
    await tabTo(page, dialog.getByRole("button", { name: "Add action" }));
    await page.keyboard.press("Enter");
    await page.getByText(/was added to the plan/).waitFor();
    await page.getByRole("link", { name: TITLE }).waitFor();
    // Focus went back to the button that opened the dialog.
    await expect.poll(() => isFocused(add)).toBe(true);

    // Reassign the action whose owner has left the board, from the warning.
    const reassign = page.getByRole("button", { name: /^Reassign 5\.9 / });
    await tabTo(page, reassign, { backwards: true });
    await page.keyboard.press("Enter");
    const r = page.getByRole("dialog");
    await r.waitFor();
    const newOwner = r.getByRole("combobox", { name: /New owner/ });
    await tabTo(page, newOwner);
    await newOwner.selectOption({ index: 1 });
    await tabTo(page, r.getByRole("textbox", { name: /Note/ }));
    await page.keyboard.type("Handed over after the membership review.");
    await checkScreen(page, `chair-${theme}-3-reassign`);
    await tabTo(page, r.getByRole("button", { name: "Reassign" }));
    await page.keyboard.press("Enter");
    await page.getByText(/is now owned by/).waitFor();
    await expect.poll(() => page.getByText(/has left the board\)/).count()).toBe(0);

    // Close and reopen 5.3 on its page.
    await page.goto(page.url().replace(/#.*$/, "#/board/1/action/37"));
    await waitForAction(page, "5.3");
    const close = page.getByRole("button", { name: "Close action" });
    await tabTo(page, close);
    await page.keyboard.press("Enter");
    const c = page.getByRole("dialog");
    await tabTo(page, c.getByRole("radio", { name: /Complete/ }));
    await page.keyboard.press("Space");
    await tabTo(page, c.getByRole("textbox", { name: /Why/ }));
    await page.keyboard.type("Every school has a named nurse.");
    await checkScreen(page, `chair-${theme}-4-close`);
    await tabTo(page, c.getByRole("button", { name: "Close action" }));
    await page.keyboard.press("Enter");
    await page.getByText(/is closed: Complete/).waitFor();
    await expect
      .poll(async () => (await historyEntries(page).first().textContent()) ?? "")
      .toContain("Status: In progress → Complete");

    const reopen = page.getByRole("button", { name: "Reopen action" });
    await tabTo(page, reopen, { backwards: true });
    await page.keyboard.press("Enter");
    const o = page.getByRole("dialog");
    // Nothing is rated yet, so Tab reaches the group's first radio; the arrows choose within it.
    await tabTo(page, o.getByRole("radio", { name: "Red" }));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await o.getByRole("radio", { name: "Green" }).isChecked()).toBe(true);
    await tabTo(page, o.getByRole("textbox", { name: /Why/ }));
    await page.keyboard.type("Two posts fell vacant again.");
    await tabTo(page, o.getByRole("button", { name: "Reopen action" }));
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await historyEntries(page).first().textContent()) ?? "")
      .toContain("Status: Complete → In progress");
    await checkScreen(page, `chair-${theme}-5-reopened`);
  });
});
