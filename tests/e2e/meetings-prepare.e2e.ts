/**
 * Journey — the chair prepares for the next meeting (issue 7, first slice). Miriam Castleton (Interim
 * Chair of the Early Help board) opens the board's Meetings page from the board by keyboard, sees who
 * has not updated, and reminds one member in Teams; axe on the page in the light, dark and
 * high-contrast themes, nothing scrolling sideways at 320 px; and the member, in a second browser
 * context, finds the reminder in the workbench's Notifications panel.
 */
import { describe, expect, test } from "vitest";
import { THEMES, useBrowser } from "./support/browser";
import { checkScreen, measureReflow, pastTheEdge, screenshot } from "./support/checks";
import { tabTo } from "./support/keyboard";
import { waitForBoard } from "./support/screens";
import { persona } from "./support/tenant";

const { open } = useBrowser();

const waitForMeetings = (page: import("playwright-core").Page) =>
  page.getByRole("heading", { level: 1, name: /^Meetings of / }).waitFor();

describe("the chair prepares for the next meeting", () => {
  test("opens Meetings from the board and reminds a member by keyboard; the member sees it", async () => {
    const member = await persona("member");
    const page = await open("chair", "#/board/1");
    await waitForBoard(page);

    await tabTo(page, page.getByRole("link", { name: "Meetings", exact: true }));
    await page.keyboard.press("Enter");
    await waitForMeetings(page);
    await page.getByRole("heading", { name: /Who has not updated/ }).waitFor();
    await checkScreen(page, "meetings-default-1-prepare");

    const remind = page.getByRole("button", { name: `Remind ${member.displayName}` });
    await tabTo(page, remind);
    await page.keyboard.press("Enter");
    await page.getByText(new RegExp(`${member.displayName} has a reminder in\\s+Teams`)).waitFor();
    await checkScreen(page, "meetings-default-2-reminded");

    // The member, in their own browser, opens the workbench's Notifications panel.
    const theirs = await open("member", "#/board/1");
    await waitForBoard(theirs);
    const bell = theirs.getByRole("button", { name: /^Notifications/ });
    await tabTo(theirs, bell);
    await theirs.keyboard.press("Enter");
    const panel = theirs.getByRole("region", { name: `Teams notifications for ${member.displayName}` });
    await panel.waitFor();
    await expect.poll(() => panel.getByRole("listitem").count()).toBe(1);
    await expect.poll(() => panel.textContent()).toMatch(/Early Help/);
    await expect.poll(() => panel.textContent()).toMatch(/To update: /);
    await checkScreen(theirs, "meetings-member-notifications");
  });

  test.each(THEMES.filter((t) => t !== "default"))("passes axe in the %s theme", async (theme) => {
    const page = await open("chair", "#/board/1/meetings", { theme });
    await waitForMeetings(page);
    await page.getByRole("heading", { name: /Who has not updated/ }).waitFor();
    await checkScreen(page, `meetings-${theme}-1-prepare`);
  });

  test("reflows at 320 px in the dark theme, reminder notice included", async () => {
    const member = await persona("member");
    const page = await open("chair", "#/board/1/meetings", {
      theme: "dark",
      viewport: { width: 320, height: 800 },
    });
    await waitForMeetings(page);
    const remind = page.getByRole("button", { name: `Remind ${member.displayName}` });
    await tabTo(page, remind);
    await page.keyboard.press("Enter");
    await page.getByText(new RegExp(`${member.displayName} has a reminder in\\s+Teams`)).waitFor();
    const shot = await screenshot(page, "meetings-dark-320");
    const reflow = await measureReflow(page);
    const edge = await pastTheEdge(page);
    expect(reflow.scrollWidth, `the page is ${reflow.scrollWidth} px wide (${shot})`).toBeLessThanOrEqual(
      reflow.clientWidth,
    );
    expect(edge, shot).toEqual([]);
    expect(reflow.clipped, shot).toEqual([]);
  });
});
