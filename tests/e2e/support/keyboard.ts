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

const dateOrder = new WeakMap<object, ("d" | "m" | "y")[]>();

/**
 * Keystrokes that enter `iso` (yyyy-mm-dd) into a focused <input type="date">.
 * The field order follows the browser's own locale (headless Chromium uses
 * mm/dd/yyyy whatever the page's language), so it is found once per browser
 * by typing into a scratch page — never into the app.
 */
export async function typeDate(page: Page, iso: string): Promise<void> {
  const browser = page.context().browser();
  const key = browser ?? page.context();
  let order = dateOrder.get(key);
  if (!order) {
    const scratch = await page.context().newPage();
    await scratch.setContent('<input type="date" id="d">');
    await scratch.focus("#d");
    await scratch.keyboard.type("01022003");
    const probed = await scratch.inputValue("#d");
    await scratch.close();
    order =
      probed === "2003-01-02" ? ["m", "d", "y"] : probed === "2003-02-01" ? ["d", "m", "y"] : ["y", "m", "d"];
    dateOrder.set(key, order);
  }
  const [y, m, d] = iso.split("-") as [string, string, string];
  const parts = { y, m, d };
  await page.keyboard.type(order.map((p) => parts[p]).join(""));
}
