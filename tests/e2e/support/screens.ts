/**
 * How the journeys find things on the app's screens, by role and visible text
 * (what a person, or a screen reader, would go by).
 */
import type { Locator, Page } from "playwright-core";

export const BOARD_1 = "Early Help Strategic Commissioning Board";

/** The board home has loaded (its heading and the action plan). */
export async function waitForBoard(page: Page, title = BOARD_1): Promise<void> {
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Action plan" }).waitFor();
}

/** The action page for `ref` has loaded, history included. */
export async function waitForAction(page: Page, ref: string): Promise<void> {
  await page.getByRole("heading", { level: 1, name: new RegExp(`^${ref.replace(".", "\\.")} `) }).waitFor();
  await historyList(page).or(page.getByText("No history recorded yet")).first().waitFor();
}

export async function waitForMyActions(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "My actions" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Open" }).waitFor();
}

/** The value beside a term in the action's facts (<dt>/<dd>). */
export const fact = (page: Page, term: string): Locator =>
  page
    .locator("dl > dt")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");

export const historyList = (page: Page): Locator => page.getByRole("list", { name: "Changes, newest first" });
export const historyEntries = (page: Page): Locator => historyList(page).getByRole("listitem");

/** A row of an action-plan table, by the action's ref. */
export const actionRow = (page: Page, ref: string): Locator =>
  page.getByRole("row").filter({ has: page.getByRole("cell", { name: ref, exact: true }) });

/** A card of the phone layout, by the action's ref. */
export const actionCard = (page: Page, ref: string): Locator =>
  page.getByRole("listitem").filter({ has: page.getByText(ref, { exact: true }) });

/** The count on a RAG summary button, e.g. ragCount(page, "Amber") → 5. */
export async function ragCount(page: Page, rating: string): Promise<number> {
  const label = await page
    .getByRole("button", { name: new RegExp(`^${rating}: \\d+ action`) })
    .getAttribute("aria-label");
  const count = new RegExp(`^${rating}: (\\d+) action`).exec(label ?? "")?.[1];
  if (count === undefined) throw new Error(`No RAG summary count for ${rating} (label: ${label})`);
  return Number(count);
}

/** The form controls of "Post an update". */
export function updateForm(page: Page) {
  const form = page.getByRole("form", { name: "Post an update" });
  return {
    form,
    status: form.getByRole("combobox", { name: "Status" }),
    rag: form.getByRole("radiogroup", { name: "RAG rating" }),
    radio: (rag: "Red" | "Amber" | "Green") => form.getByRole("radio", { name: rag, exact: true }),
    note: form.getByRole("textbox", { name: "Progress note" }),
    propose: form.getByRole("button", { name: "Propose a revised target date" }),
    /** Fluent's DatePicker: a text box (role combobox) that reads en-GB dates, with a calendar popup. */
    revisedDate: form.getByRole("combobox", { name: "Revised target date" }),
    calendar: page.getByRole("dialog", { name: "Calendar" }),
    reason: form.getByRole("textbox", { name: "Reason for the new date" }),
    save: form.getByRole("button", { name: "Save update" }),
    saved: page.getByText("Update saved. It is now in the action's history."),
  };
}

/** The text that describes a control to assistive technology (its aria-describedby targets). */
export const description = (control: Locator): Promise<string> =>
  control.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? "") : ""))
      .join(" ")
      .trim(),
  );

/** "d MMM yyyy" in en-GB, from yyyy-mm-dd: what the app shows. */
export function enGbDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1];
  return `${d} ${month} ${y}`;
}

/** "d MMMM yyyy" in en-GB, from yyyy-mm-dd: what the date field shows ("30 June 2027"). */
export function enGbLongDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const month = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, m - 1, 1)),
  );
  return `${d} ${month} ${y}`;
}

/** yyyy-mm-dd from the app's "d MMM yyyy". */
export function isoFromEnGb(text: string): string {
  const m = /^(\d{1,2}) (\w{3}) (\d{4})$/.exec(text.trim());
  if (!m) throw new Error(`Not an en-GB date: "${text}"`);
  const month =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].indexOf(m[2] ?? "") +
    1;
  return `${m[3]}-${String(month).padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
}
