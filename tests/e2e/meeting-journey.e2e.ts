/**
 * Journey 4 — the chair prepares and runs the monthly meeting (SCENARIOS.md), by keyboard alone.
 * Miriam Castleton (chair of the Early Help board) sees who has not updated and reminds them, saves
 * the agenda built from the plan, starts the meeting, records attendance and apologies, approves last
 * month's minutes, steps through the agenda minuting items, records a decision and two actions
 * arising (which are in the action plan at once), ends the meeting and publishes. The minutes are a
 * Word document in the board's papers folder (read here with mammoth), and the board's channel has a
 * message linking to it. Meanwhile a member follows in the Teams meeting side panel, 320 px wide, in a
 * second browser: the chair's current item and a new minute reach them without reloading.
 *
 * Every screen passed is checked with axe in the light, dark and high-contrast themes (switched in
 * place through the workbench's theme select, so the meeting's state is kept).
 */
import mammoth from "mammoth";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { THEMES, useBrowser } from "./support/browser";
import { checkScreen, measureReflow, pastTheEdge, screenshot } from "./support/checks";
import { tabTo } from "./support/keyboard";
import { enGbDate } from "./support/screens";
import { graphBaseUrl, itemUrl, persona, siteUrl, spGet, type Role } from "./support/tenant";

const { open } = useBrowser();
const BOARD = "Early Help Strategic Commissioning Board";
const DECISION = "The board agreed to extend the family hubs pilot to March.";
const ARISING = [
  { title: "Write to schools about the family hubs pilot", date: "2027-01-29" },
  { title: "Report family hubs take-up to the Executive", date: "2027-02-26" },
] as const;

/** axe and a screenshot in every theme, switched in place (the workbench's theme select), back to light. */
async function checkInEveryTheme(page: Page, name: string): Promise<void> {
  const theme = page.getByRole("combobox", { name: "Theme" });
  for (const t of [...THEMES.slice(1), THEMES[0]!]) {
    await theme.selectOption(t);
    await checkScreen(page, `journey4-${name}-${t}`);
  }
}

async function graphGet<T>(role: Role, path: string): Promise<T> {
  const { token } = await persona(role);
  const res = await fetch(`${graphBaseUrl()}v1.0/${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${path} as ${role} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

describe("journey 4: the chair prepares and runs the monthly meeting", () => {
  test("by keyboard, with a member following in the side panel", { timeout: 600_000 }, async () => {
    const page = await open("chair", "#/board/1/meetings");
    await page.getByRole("heading", { level: 1, name: /^Meetings of / }).waitFor();

    // A week before: who has not updated, and a reminder to everyone.
    await page.getByRole("heading", { name: /Who has not updated/ }).waitFor();
    const remindAll = page.getByRole("button", { name: /^Remind everyone/ });
    await tabTo(page, remindAll);
    await page.keyboard.press("Enter");
    await page
      .getByText(/reminder/i)
      .first()
      .waitFor();
    await checkInEveryTheme(page, "1-prepare");

    // The upcoming meeting's page: the agenda proposed from the plan, saved by the chair.
    const upcoming = page.getByRole("list", { name: "Upcoming meetings, soonest first" });
    const meetingLink = upcoming.getByRole("link").first();
    await tabTo(page, meetingLink);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Agenda" }).waitFor();
    const meetingId = Number(/meetings\/(\d+)/.exec(page.url())?.[1]);
    expect(meetingId).toBeGreaterThan(0);
    await page.getByRole("list", { name: "Proposed agenda" }).waitFor();
    // The exceptions the plan throws up are on it.
    await expect
      .poll(() => page.getByRole("list", { name: "Proposed agenda" }).textContent())
      .toMatch(/overdue/i);
    await checkInEveryTheme(page, "2-proposed-agenda");
    await tabTo(page, page.getByRole("button", { name: "Save the agenda" }));
    await page.keyboard.press("Enter");
    await page.getByRole("list", { name: "Agenda items" }).waitFor({ timeout: 30_000 });
    await checkInEveryTheme(page, "3-agenda");

    // The meeting starts.
    await tabTo(page, page.getByRole("button", { name: "Start the meeting" }), { backwards: true });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Attendance and apologies" }).waitFor();

    // A member follows in the Teams meeting's side panel, 320 px wide.
    const member = await persona("member");
    const panel = await open("member", "#/board/1", {
      surface: "sidePanel",
      viewport: { width: 320, height: 800 },
    });
    await panel.getByText(/^Now discussing: 1\./).waitFor({ timeout: 20_000 });

    // Attendance: the member present, another member's apologies. Tab enters a radio group at its
    // checked radio ("Not recorded", the last); the arrow keys move within it, as in any radio group.
    const roster = page.getByRole("list", { name: "Board members and owners" });
    const groups = roster.getByRole("radiogroup");
    await expect.poll(() => groups.count()).toBeGreaterThan(2);
    const mine = roster.getByRole("radiogroup", { name: member.displayName });
    await tabTo(page, mine);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => mine.getByRole("radio", { name: "Present" }).isChecked()).toBe(true);
    const otherGroup = groups.nth((await groups.count()) - 1);
    const otherName = await otherGroup.evaluate(
      (el) => document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent?.trim() ?? "",
    );
    expect(otherName).not.toBe("");
    await tabTo(page, otherGroup);
    await page.keyboard.press("ArrowUp");
    await expect.poll(() => otherGroup.getByRole("radio", { name: "Apologies" }).isChecked()).toBe(true);
    await page.getByText("Attendance saved.").waitFor({ timeout: 15_000 });

    // Last month's minutes approved as a true record.
    await tabTo(page, page.getByRole("button", { name: /^Approve the minutes of / }));
    await page.keyboard.press("Enter");
    await page.getByText(/^Approved as a true record at /).waitFor();
    await checkInEveryTheme(page, "4-meeting-mode");

    // Minutes of the first item, typed; the member sees them without reloading.
    const minutes = page.getByRole("textbox", { name: /^Minutes: / }).first();
    await tabTo(page, minutes);
    await page.keyboard.type("The chair welcomed the board; apologies as recorded.");
    await page.getByText(/^Saved at /).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => panel.getByText("The chair welcomed the board; apologies as recorded.").count(), {
        timeout: 15_000,
      })
      .toBe(1);

    // Next item: the member's panel follows.
    await tabTo(page, page.getByRole("button", { name: "Next item" }));
    await page.keyboard.press("Enter");
    await panel.getByText(/^Now discussing: 2\./).waitFor({ timeout: 15_000 });
    await checkInEveryTheme(panel, "5-side-panel-320");
    const reflow = await measureReflow(panel);
    const shot = await screenshot(panel, "journey4-side-panel-320");
    expect(reflow.scrollWidth, shot).toBeLessThanOrEqual(reflow.clientWidth);
    expect(await pastTheEdge(panel), shot).toEqual([]);

    // The chair's own controls in the side panel, 320 px wide, and the stage, as everyone in the meeting sees it.
    const chairPanel = await open("chair", "#/board/1", {
      surface: "sidePanel",
      viewport: { width: 320, height: 800 },
      theme: "dark",
    });
    await chairPanel.getByRole("button", { name: "Next item" }).waitFor({ timeout: 20_000 });
    const chairShot = await screenshot(chairPanel, "journey4-chair-side-panel-320");
    const chairReflow = await measureReflow(chairPanel);
    expect(chairReflow.scrollWidth, chairShot).toBeLessThanOrEqual(chairReflow.clientWidth);
    expect(await pastTheEdge(chairPanel), chairShot).toEqual([]);
    await checkInEveryTheme(chairPanel, "5b-chair-side-panel-320");
    const stage = await open("executive", "#/board/1", { surface: "stage" });
    await stage.getByText(/^Now discussing: 2\./).waitFor({ timeout: 20_000 });
    await checkScreen(stage, "journey4-stage");

    // A decision under this item.
    await tabTo(page, page.getByRole("textbox", { name: "Decision" }));
    await page.keyboard.type(DECISION);
    await tabTo(page, page.getByRole("button", { name: "Record decision" }));
    await page.keyboard.press("Enter");
    await page.getByRole("list", { name: "Decisions under this item" }).getByText(DECISION).waitFor();
    await panel.getByText(DECISION).waitFor({ timeout: 15_000 });

    // Two actions arising, each with an owner, organisation and target date.
    for (const a of ARISING) {
      const add = page.getByRole("button", { name: "Add an action arising" });
      await tabTo(page, add);
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      const programme = dialog.getByRole("combobox", { name: /programme/i }).first();
      if ((await programme.count()) > 0 && (await programme.inputValue()) === "") {
        await tabTo(page, programme);
        await programme.selectOption({ index: 1 });
      }
      await tabTo(page, dialog.getByRole("textbox", { name: /^Title/ }));
      await page.keyboard.type(a.title);
      const owner = dialog.getByRole("combobox", { name: /^Owner/ });
      await expect.poll(() => owner.isEnabled()).toBe(true);
      await tabTo(page, owner);
      const label = await owner
        .locator("option")
        .filter({ hasText: member.displayName })
        .first()
        .textContent();
      await owner.selectOption({ label: label ?? member.displayName });
      await tabTo(page, dialog.getByRole("combobox", { name: /Target date/ }));
      await page.keyboard.type(enGbDate(a.date));
      await page.keyboard.press("Tab");
      await tabTo(page, dialog.getByRole("button", { name: "Add action" }));
      await page.keyboard.press("Enter");
      await page.getByRole("list", { name: "Actions arising at this meeting" }).getByText(a.title).waitFor();
    }
    await checkInEveryTheme(page, "6-actions-arising");

    // They are in the board's action plan at once (a fresh page of the member's).
    const plan = await open("member", "#/board/1");
    for (const a of ARISING)
      await plan
        .getByRole("link", { name: new RegExp(a.title) })
        .first()
        .waitFor();

    // The meeting ends; the chair publishes.
    await tabTo(page, page.getByRole("button", { name: "End the meeting" }));
    await page.keyboard.press("Enter");
    const end = page.getByRole("dialog");
    await tabTo(page, end.getByRole("button", { name: "End the meeting now" }));
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Publish the minutes" }).waitFor({ timeout: 15_000 });
    await checkInEveryTheme(page, "7-draft-minutes");
    await tabTo(page, page.getByRole("button", { name: "Publish the minutes" }));
    await page.keyboard.press("Enter");
    const confirm = page.getByRole("alertdialog");
    await tabTo(page, confirm.getByRole("button", { name: "Publish", exact: true }));
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Download the minutes (Word)" }).waitFor({ timeout: 30_000 });
    await checkInEveryTheme(page, "8-published");

    // The Word document in the board's library: decision, actions arising, attendance, apologies.
    const stored = await spGet<{ TBDocumentUrl: string | null; TBStatus: string }>(
      "administrator",
      `${itemUrl("TB Meetings", meetingId)}?$select=TBDocumentUrl,TBStatus`,
    );
    expect(stored.TBStatus).toBe("Minutes published");
    const docUrl = stored.TBDocumentUrl ?? "";
    expect(docUrl).toMatch(/\.docx$/);
    const path = decodeURIComponent(new URL(docUrl).pathname);
    expect(path).toContain("/early-help/");
    const { token } = await persona("member");
    const file = await fetch(
      `${siteUrl()}/_api/web/getFileByServerRelativePath(decodedurl='${path.replace(/'/g, "''")}')/$value`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer());
    const text = (await mammoth.extractRawText({ buffer: bytes })).value;
    // The document as Word would lay it out, roughly: mammoth's HTML in a page, for a screenshot to look at.
    const rendered = await open("member", "#/");
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    await rendered.setContent(
      `<!doctype html><html lang="en-GB"><title>Minutes</title><body style="font-family:Calibri,sans-serif;max-width:50rem;margin:2rem auto">${html}</body></html>`,
    );
    await rendered.screenshot({
      path: "test-results/screenshots/journey4-9-word-document.png",
      fullPage: true,
    });
    expect(text).toContain(DECISION);
    for (const a of ARISING) {
      expect(text).toContain(a.title);
      expect(text).toContain(enGbLong(a.date));
    }
    expect(text).toContain(member.displayName);
    expect(text).toContain(otherName);
    expect(text).toMatch(/Apologies/);

    // The board's channel has a message linking to it.
    const board = await spGet<{ TBGroupId: string }>(
      "administrator",
      `${itemUrl("TB Boards", 1)}?$select=TBGroupId`,
    );
    const channels = await graphGet<{ value: { id: string; displayName: string }[] }>(
      "member",
      `teams/${board.TBGroupId}/channels`,
    );
    const bodies: string[] = [];
    for (const c of channels.value) {
      const msgs = await graphGet<{ value: { body: { content: string } }[] }>(
        "member",
        `teams/${board.TBGroupId}/channels/${c.id}/messages`,
      );
      bodies.push(...msgs.value.map((m) => m.body.content));
    }
    expect(
      bodies.some((b) => b.includes(`href="${docUrl}"`) || b.includes(docUrl.replace(/&/g, "&amp;"))),
    ).toBe(true);
    expect(BOARD).toBeTruthy();
  });
});

/** "29 Jan 2027": how the minutes write a target date. */
function enGbLong(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
  });
}
