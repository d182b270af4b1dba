/**
 * What every screen of a journey is checked for: axe (WCAG 2.2 AA rule set), a
 * screenshot to look at, and (on a phone) reflow — no horizontal scrolling and
 * nothing pushed past the right edge or clipped.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCREENSHOTS = path.resolve("test-results", "screenshots");

/** Waits until nothing is loading and no animation is running, so checks see the settled screen. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector(".fui-Spinner") === null, undefined, {
    timeout: 15_000,
  });
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
}

/** Runs axe on the page as it stands; fails with one readable line per offending element. */
export async function checkA11y(page: Page, name: string): Promise<void> {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterBumper(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0);
  if (violations.length === 0) return;
  const lines = violations.flatMap((v) => [
    `• ${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.map(
      (n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`,
    ),
  ]);
  throw new Error(`Accessibility violations on "${name}" (${violations.length} rules):\n${lines.join("\n")}`);
}

/**
 * Fluent's focus manager (tabster) puts focusable, aria-hidden "dummy" elements at the edges of
 * dialogs and focus groups; each hands focus on at once and must stay hidden from screen readers.
 * axe's aria-hidden-focus flags them; tabster's maintainers call it by design (microsoft/tabster#288)
 * and Microsoft's own Accessibility Insights suppresses exactly these nodes
 * (microsoft/accessibility-insights-web#7605). Only those nodes, and only for that rule, are skipped.
 */
const isTabsterBumper = (rule: string, html: string): boolean =>
  rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);

/** Full-page screenshot to test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await settle(page);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Screenshot plus axe: what every screen a journey passes through gets. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await checkA11y(page, name);
}

export interface Reflow {
  scrollWidth: number;
  clientWidth: number;
  /** Visible elements reaching past the viewport's left or right edge. */
  overflowing: string[];
  /** Text clipped by a box that hides its overflow. */
  clipped: string[];
}

/** Measures horizontal reflow: WCAG 1.4.10 at 320 CSS px means no horizontal scrolling and nothing cut off. */
export function measureReflow(page: Page): Promise<Reflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (el: Element): string => {
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 50);
      const cls = (el.getAttribute("class") ?? "").split(" ").filter((c) => c.startsWith("fui-"))[0] ?? "";
      return `<${el.tagName.toLowerCase()}${cls ? ` .${cls}` : ""}> "${text}"`;
    };
    const hidden = (el: Element): boolean => {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") return true;
      if (style.clip === "rect(0px, 0px, 0px, 0px)" || style.clipPath === "inset(50%)") return true;
      return false;
    };
    const overflowing: string[] = [];
    const clipped: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      if (hidden(el) || el.closest("[aria-hidden='true']")) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      // Entirely off-screen on purpose (e.g. a skip link until it is focused).
      if (r.right <= 0 || r.left >= width) continue;
      if (r.right > width + 0.5 || r.left < -0.5)
        overflowing.push(`${describe(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px`);
      const style = getComputedStyle(el);
      const hides = ["hidden", "clip"].includes(style.overflowX);
      if (hides && el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? "").trim() !== "") {
        clipped.push(`${describe(el)} shows ${el.clientWidth} of ${el.scrollWidth} px`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, overflowing, clipped };
  });
}

/** Form controls that spill out of their own field (and so over their neighbours). */
export function spilledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll(".fui-Field")).flatMap((field) => {
      const f = field.getBoundingClientRect();
      const label = (field.querySelector("label")?.textContent ?? "").trim();
      return Array.from(field.querySelectorAll("input, select, textarea"))
        .filter((control) => {
          const c = control.getBoundingClientRect();
          return c.width > 1 && (c.left < f.left - 0.5 || c.right > f.right + 0.5);
        })
        .map((control) => {
          const c = control.getBoundingClientRect();
          return `"${label}" ${control.tagName.toLowerCase()} spans ${Math.round(c.left)}–${Math.round(c.right)} px, its field ${Math.round(f.left)}–${Math.round(f.right)} px`;
        });
    }),
  );
}

/**
 * What a person would see cut off at the right (or left) edge: visible text, and
 * controls, whose painted box — after any ancestor that clips its overflow —
 * reaches past the viewport. Unlike `overflowing` above, a part a component keeps
 * clipped away on purpose (e.g. an empty search box's hidden dismiss icon) is
 * not counted, since nobody can see it. Dialogs and other fixed layers are
 * included: they do not widen the document, so scrollWidth alone misses them.
 */
export function pastTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const controls =
      "button, a[href], input, select, textarea, [role='radio'], [role='combobox'], [tabindex]";
    const ownText = (el: Element): boolean =>
      Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "",
      );
    const found: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      if (!ownText(el) && !el.matches(controls)) continue;
      if (el.closest("[aria-hidden='true']")) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") continue;
      if (style.clip === "rect(0px, 0px, 0px, 0px)" || style.clipPath === "inset(50%)") continue;
      const r = el.getBoundingClientRect();
      let [left, right, top, bottom] = [r.left, r.right, r.top, r.bottom];
      // Clipped by its ancestors (up to a fixed layer, which its ancestors do not clip).
      let a = style.position === "fixed" ? null : el.parentElement;
      for (; a && a !== document.body; a = a.parentElement) {
        const st = getComputedStyle(a);
        if (st.overflowX !== "visible" || st.overflowY !== "visible") {
          const b = a.getBoundingClientRect();
          [left, right, top, bottom] = [
            Math.max(left, b.left),
            Math.min(right, b.right),
            Math.max(top, b.top),
            Math.min(bottom, b.bottom),
          ];
        }
        if (st.position === "fixed") break;
      }
      if (right - left <= 1 || bottom - top <= 1) continue;
      // Entirely off-screen on purpose (e.g. a skip link until it is focused).
      if (right <= 0 || left >= width) continue;
      if (right > width + 0.5 || left < -0.5) {
        const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 50);
        found.push(
          `<${el.tagName.toLowerCase()}> "${text}" spans ${Math.round(left)}–${Math.round(right)} px`,
        );
      }
    }
    return found;
  });
}
