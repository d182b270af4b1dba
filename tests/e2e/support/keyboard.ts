/**
 * Keyboard-only navigation: reach a control with Tab / Shift+Tab as a person
 * would, never by clicking or by calling focus() on it.
 */
import type { Locator, Page } from "playwright-core";

export const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** What has focus, for failure messages. */
export const describeFocus = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "nothing (body)";
    const name = el.getAttribute("aria-label") ?? (el.textContent ?? "").trim().slice(0, 60);
    return `<${el.tagName.toLowerCase()}${el.getAttribute("type") ? ` type=${el.getAttribute("type")}` : ""}> "${name}"`;
  });

/**
 * Presses Tab (or Shift+Tab) until `target` (or something inside it) has focus.
 * Returns the number of presses; fails if the target is not reached.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean; max?: number } = {},
): Promise<number> {
  const key = options.backwards ? "Shift+Tab" : "Tab";
  const max = options.max ?? 150;
  await target.waitFor({ state: "visible" });
  for (let presses = 0; presses <= max; presses += 1) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(key);
  }
  throw new Error(
    `Could not reach ${target.toString()} with ${key} in ${max} presses; focus is on ${await describeFocus(page)}`,
  );
}

/**
 * Types `iso` (yyyy-mm-dd) into the focused date field the way a person in the
 * UK would: dd/mm/yyyy. The app's date field reads en-GB whatever the
 * browser's locale, so there is no field order to probe.
 */
export async function typeDate(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split("-") as [string, string, string];
  await page.keyboard.type(`${d}/${m}/${y}`);
}
