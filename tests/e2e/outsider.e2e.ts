/**
 * Journey 3 — someone outside the board. A reader (Cllr Bernard Hollis, a
 * scrutiny member with read access) sees the Early Help board read-only and
 * is told so; an outsider (in no group) is told clearly that they have no
 * access. And SharePoint itself, not the UI, refuses their writes: a MERGE sent
 * straight to the REST endpoint with their token is answered 403 and changes
 * nothing.
 */
import { describe, expect, test } from "vitest";
import { pageErrors, THEMES, useBrowser } from "./support/browser";
import { checkScreen } from "./support/checks";
import { actionRow, BOARD_1, historyEntries, waitForAction, waitForBoard } from "./support/screens";
import { ACTIONS_LIST, itemUrl, persona, storedAction, storedHistory, type Role } from "./support/tenant";

const ACTION_53 = 37; // ref 5.3 on the Early Help board, Green

const { open } = useBrowser();

/** The write the brief describes: a MERGE of one field, straight to SharePoint REST, with a persona's token. */
async function mergeAs(
  role: Role,
  id: number,
  fields: Record<string, unknown>,
): Promise<{ status: number; body: string }> {
  const { token } = await persona(role);
  const res = await fetch(itemUrl(ACTIONS_LIST, id), {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "X-HTTP-Method": "MERGE",
      "IF-MATCH": "*",
      "Content-Type": "application/json",
      Accept: "application/json;odata=nometadata",
    },
    body: JSON.stringify(fields),
  });
  return { status: res.status, body: await res.text() };
}

describe.each(THEMES)("journey 3, %s theme", (theme) => {
  test(`a reader sees the board and its actions read-only, with no way to update (${theme})`, async () => {
    const page = await open("reader", "#/board/1", { theme });
    await waitForBoard(page);
    await page
      .getByText(
        "You can read this board but not change it: only the board's members can update its actions.",
      )
      .waitFor();
    // The plan itself is readable.
    expect(await actionRow(page, "5.3").getByRole("cell").nth(5).textContent()).toContain("Green");
    expect(await page.getByRole("table").count()).toBeGreaterThanOrEqual(2);
    await checkScreen(page, `journey3-${theme}-reader-board`);

    await page.getByRole("link", { name: /^Align health visitors and school nurses/ }).click();
    await waitForAction(page, "5.3");
    await page
      .getByText(`You can read this action but not update it: only members of ${BOARD_1} can.`)
      .waitFor();
    expect(await page.getByRole("form", { name: "Post an update" }).count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Post an update" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /Save/ }).count()).toBe(0);
    expect(await page.getByRole("textbox").count()).toBe(0);
    expect(await historyEntries(page).count()).toBeGreaterThan(0);
    await checkScreen(page, `journey3-${theme}-reader-action`);
    expect(pageErrors(page)).toEqual([]);
  });

  test(`an outsider is told clearly that they have no access (${theme})`, async () => {
    const page = await open("outsider", "#/board/1", { theme });
    await page.getByRole("heading", { name: "You can't see this board" }).waitFor();
    const message = (await page.locator("main").textContent()) ?? "";
    expect(message).toContain("ask the board's chair or the partnership business unit to add you");
    // Nothing of the board leaks: no plan, no actions, no update form.
    expect(await page.getByRole("table").count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Action plan" }).count()).toBe(0);
    expect(message).not.toContain("Align health visitors");
    await checkScreen(page, `journey3-${theme}-outsider-board`);

    // A deep link to one of the board's actions is no way in either.
    await page.goto(page.url().replace(/#.*$/, `#/board/1/action/${ACTION_53}`));
    await page.getByRole("heading", { name: "You can't see this board" }).waitFor();
    expect(await page.getByRole("form", { name: "Post an update" }).count()).toBe(0);
    expect((await page.locator("main").textContent()) ?? "").not.toContain("Align health visitors");
    await checkScreen(page, `journey3-${theme}-outsider-action`);
    expect(pageErrors(page)).toEqual([]);
  });
});

test("SharePoint refuses a reader's and an outsider's direct write, and the item is unchanged", async () => {
  const before = await storedAction(ACTION_53);
  const historyBefore = await storedHistory(ACTION_53);
  expect(before.TBRag).toBe("Green");

  for (const role of ["reader", "outsider"] as const) {
    const res = await mergeAs(role, ACTION_53, { TBRag: "Red" });
    expect(res.status, `${role}: ${res.body}`).toBe(403);
    expect(await storedAction(ACTION_53), `after the ${role}'s attempt`).toEqual(before);
  }
  expect(await storedHistory(ACTION_53)).toEqual(historyBefore);

  // The outsider cannot even read the item.
  const { token } = await persona("outsider");
  const read = await fetch(itemUrl(ACTIONS_LIST, ACTION_53), {
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
  });
  expect(read.status).toBe(403);

  // The same request with a board member's token is accepted: the 403s above are about who, not how.
  const member = await mergeAs("member", ACTION_53, { TBRag: "Red" });
  expect(member.status, member.body).toBeGreaterThanOrEqual(200);
  expect(member.status, member.body).toBeLessThan(300);
  expect((await storedAction(ACTION_53)).TBRag).toBe("Red");
});
