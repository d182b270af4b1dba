/**
 * Reflow at 320 CSS px (WCAG 2.2 1.4.10): a 1280 px window zoomed to 400 %.
 * For every persona, every screen and state they can reach — home, my actions,
 * a board they can change, one they can only read, one whose plan they cannot
 * see, an action (editable and read-only), the tab setup page, the update form
 * with validation errors, a refused save, a failed load, the conflict panel and
 * the chair's dialogs — nothing scrolls sideways, no text or control runs past
 * the right edge, and the control that gets the person out of the state
 * ("Try again", "Save update", …) is on screen. Axe does not check this; we
 * measure the page. Every failing state is saved as a screenshot
 * (test-results/screenshots/reflow-*.png) to look at.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { appUrl, pageErrors, useBrowser, type AppRoute, type OpenOptions } from "./support/browser";
import { measureReflow, pastTheEdge, screenshot, settle, spilledControls } from "./support/checks";
import { typeDate } from "./support/keyboard";
import { BOARD_1, updateForm, waitForAction, waitForBoard } from "./support/screens";
import { baseUrl, type Role } from "./support/tenant";

const NARROW: OpenOptions = { viewport: { width: 320, height: 640 } };
const BOARD_3 =
  "Commissioning Group for Children & Young People's Mental Health, Emotional and Psychological Wellbeing";
const ACTION_13 = 3; // ref 1.3 on Early Help, owned by Dawn Lyddon (second member)
const ACTION_17 = 7; // ref 1.7 on Early Help, owned by Priya Chaudhry (member), Red and overdue
const ACTION_31 = 19; // ref 3.1 on the mental health board, which the Early Help members cannot see

const ROLES: readonly Role[] = [
  "member",
  "second-member",
  "chair",
  "executive",
  "administrator",
  "reader",
  "outsider",
];
/** What each persona may do on a board: change its actions, read them, or nothing. */
type Access = "edit" | "read" | "plan-hidden" | "none";
const EARLY_HELP: Record<Role, Access> = {
  member: "edit",
  "second-member": "edit",
  chair: "edit",
  administrator: "edit",
  executive: "read",
  reader: "read",
  outsider: "none",
};
/** The mental health board: the Early Help people know it exists but cannot see its plan. */
const MENTAL_HEALTH: Record<Role, Access> = {
  member: "plan-hidden",
  "second-member": "plan-hidden",
  chair: "plan-hidden",
  administrator: "edit",
  executive: "read",
  reader: "read",
  outsider: "none",
};

const { open } = useBrowser();

/**
 * The state on screen fits 320 px: the document does not scroll sideways, no
 * text or control reaches past the edge (dialogs included), nothing is clipped,
 * no field's control spills out of it, and `key` (the way on) lies within the
 * viewport. Soft assertions, so one run names every failing state; each failing
 * state is photographed.
 */
async function expectFits(page: Page, state: string, key?: Locator): Promise<void> {
  await settle(page);
  const reflow = await measureReflow(page);
  const edge = await pastTheEdge(page);
  const spilled = await spilledControls(page);
  let keyOut: string | null = null;
  if (key) {
    await key.first().scrollIntoViewIfNeeded();
    const box = await key.first().boundingBox();
    if (!box) keyOut = `${key.toString()} is not on screen`;
    else if (box.x < -0.5 || box.x + box.width > reflow.clientWidth + 0.5)
      keyOut = `${key.toString()} spans ${Math.round(box.x)}–${Math.round(box.x + box.width)} px`;
  }
  const fails =
    reflow.scrollWidth > reflow.clientWidth ||
    edge.length > 0 ||
    reflow.clipped.length > 0 ||
    spilled.length > 0 ||
    keyOut !== null;
  const shot = fails ? ` (see ${await screenshot(page, `reflow-${state}`)})` : "";
  expect
    .soft(reflow.scrollWidth, `${state}: the page is ${reflow.scrollWidth} px wide${shot}`)
    .toBeLessThanOrEqual(reflow.clientWidth);
  expect.soft(edge, `${state}: text or controls past the edge${shot}`).toEqual([]);
  expect.soft(reflow.clipped, `${state}: clipped text${shot}`).toEqual([]);
  expect.soft(spilled, `${state}: controls spilling out of their fields${shot}`).toEqual([]);
  expect.soft(keyOut, `${state}: the way on is off screen${shot}`).toBeNull();
}

/**
 * Goes to `route` as a person following a link would (the hash changes, the app keeps what it has
 * loaded), or with `reload`, as a fresh start that loads everything again.
 */
async function go(page: Page, role: Role, route: AppRoute, reload = false): Promise<void> {
  await page.goto(appUrl(role, route));
  if (reload) await page.reload();
}

async function setFaults(rules: object[]): Promise<void> {
  const res = await fetch(`${baseUrl()}/__tenant/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ rules }),
  });
  expect(res.status).toBe(200);
}

async function clearFaults(): Promise<void> {
  const res = await fetch(`${baseUrl()}/__tenant/faults`, { method: "DELETE" });
  expect(res.ok).toBe(true);
}

const heading = (page: Page, name: string | RegExp, level?: number): Locator =>
  page.getByRole("heading", { name, ...(level ? { level } : {}) });

/** A board's home as `access` allows; returns its way on. */
async function boardHome(page: Page, access: Access, title: string): Promise<Locator> {
  switch (access) {
    case "none":
      await heading(page, "You can't see this board").waitFor();
      return page.getByText(/ask the board's chair/);
    case "plan-hidden": {
      await heading(page, title, 1).waitFor();
      const told = heading(page, `You can't see the action plan of ${title}`);
      await told.waitFor();
      return told;
    }
    case "read": {
      await waitForBoard(page, title);
      const notice = page.getByText("You can read this board but not change it", { exact: false });
      await notice.waitFor();
      return notice;
    }
    case "edit":
      await waitForBoard(page, title);
      return page.getByRole("searchbox");
  }
}

/** An action's page as `access` allows; returns its way on. */
async function actionPage(page: Page, access: Access, ref: string): Promise<Locator> {
  switch (access) {
    case "none":
      await heading(page, "You can't see this board").waitFor();
      return page.getByText(/ask the board's chair/);
    case "plan-hidden": {
      const told = heading(page, /^You can't see this action/);
      await told.waitFor();
      return told;
    }
    case "read": {
      await waitForAction(page, ref);
      const notice = page.getByText("You can read this action but not update it", { exact: false });
      await notice.waitFor();
      return notice;
    }
    case "edit":
      await waitForAction(page, ref);
      return updateForm(page).save;
  }
}

describe.each(ROLES)("at 320 px, as the %s", (role) => {
  test(`every screen ${role} can reach fits, and each says what it should`, async () => {
    const page = await open(role, "#/", NARROW);
    const outsider = role === "outsider";

    // Home.
    if (outsider) await heading(page, "You can't see Trust Boards", 1).waitFor();
    else await heading(page, "Boards", 1).waitFor();
    await expectFits(
      page,
      `${role}-home`,
      outsider
        ? page.getByText(/ask the board's chair/)
        : page.getByRole("link", { name: "Go to my actions" }),
    );

    // My actions.
    await go(page, role, "#/my-actions");
    if (outsider) await heading(page, /^You can't see/, 1).waitFor();
    else await heading(page, "My actions", 1).waitFor();
    await expectFits(page, `${role}-my-actions`);

    // Early Help: changeable, read-only or closed to them.
    await go(page, role, "#/board/1");
    await expectFits(page, `${role}-board-early-help`, await boardHome(page, EARLY_HELP[role], BOARD_1));

    // The mental health board: the members of Early Help cannot see its plan.
    await go(page, role, "#/board/3");
    await expectFits(
      page,
      `${role}-board-mental-health`,
      await boardHome(page, MENTAL_HEALTH[role], BOARD_3),
    );

    // An Early Help action, editable or read-only.
    await go(page, role, `#/board/1/action/${ACTION_17}`);
    await expectFits(page, `${role}-action-1.7`, await actionPage(page, EARLY_HELP[role], "1.7"));

    // An action on the board whose plan the Early Help people cannot see.
    await go(page, role, `#/board/3/action/${ACTION_31}`);
    await expectFits(page, `${role}-action-3.1`, await actionPage(page, MENTAL_HEALTH[role], "3.1"));

    // The tab's setup page, with its notice.
    await go(page, role, "#/config");
    if (outsider) {
      await heading(page, "You can't see the boards", 1).waitFor();
      await expectFits(page, `${role}-tab-setup`, page.getByText(/ask the board's chair/));
    } else {
      await heading(page, "Add Trust Boards to this channel", 1).waitFor();
      await page.getByText(/^No board is linked to this team yet/).waitFor();
      await expectFits(
        page,
        `${role}-tab-setup`,
        page.getByRole("radiogroup", { name: "Which board should this tab show?" }),
      );
    }

    // SharePoint fails to answer: the error, with Try again, fits; and Try again works.
    await setFaults([{ service: "sharepoint", kind: 500, times: 50, match: "GET" }]);
    await go(page, role, "#/", true);
    const retry = page.getByRole("button", { name: "Try again" });
    await retry.first().waitFor({ timeout: 20_000 });
    expect(await page.getByText("We couldn't load Trust Boards.").count()).toBe(1);
    await expectFits(page, `${role}-home-load-error`, retry);
    await clearFaults();
    await retry.first().click();
    if (outsider) await heading(page, "You can't see Trust Boards", 1).waitFor();
    else await heading(page, "Boards", 1).waitFor();

    expect(pageErrors(page)).toEqual([]);
  });
});

test("at 320 px the update form's errors, a refused save and a failed load all fit, with the way on in view", async () => {
  const page = await open("member", `#/board/1/action/${ACTION_17}`, NARROW);
  await waitForAction(page, "1.7");
  const f = updateForm(page);

  // The RAG changed with no note.
  await f.radio("Amber").check();
  await f.save.click();
  await page.getByText("Say why the RAG rating changed: a note is required.").first().waitFor();
  await expectFits(page, "member-update-rag-without-note", f.save);

  // An impossible date typed into "Revised target date".
  await f.propose.click();
  // The button gives way to the date field, which takes focus: type there, as a person would.
  await expect.poll(() => f.revisedDate.evaluate((el) => el === document.activeElement)).toBe(true);
  await typeDate(page, "2027-02-31");
  await page.keyboard.press("Tab");
  await f.save.click();
  // (Which field the complaint is under is the update form's own tests' business; here, that it fits.)
  await f.form.locator(".fui-Field__validationMessage").first().waitFor();
  await expectFits(page, "member-update-impossible-date", f.save);

  // SharePoint refuses the save: "Your update was not saved" with Try again.
  await page.getByRole("button", { name: "Discard changes" }).click();
  await f.radio("Amber").check();
  await f.note.fill("Forty of the remaining staff are booked on the March sessions.");
  await setFaults([{ service: "sharepoint", kind: 500, times: 10, match: "POST" }]);
  await f.save.click();
  await page.getByText("Your update was not saved.").waitFor();
  const tryAgain = f.form.getByRole("button", { name: "Try again" });
  await expectFits(page, "member-update-not-saved", tryAgain);
  await clearFaults();
  await tryAgain.click();
  await f.saved.waitFor();
  await expectFits(page, "member-update-saved", f.save);

  // The board's plan fails to load (it is read in one $batch POST, the rest by GET).
  await setFaults([
    { service: "sharepoint", kind: 500, times: 50, match: "GET" },
    { service: "sharepoint", kind: 500, times: 50, match: "/_api/$batch" },
  ]);
  await go(page, "member", "#/board/1", true);
  const retry = page.getByRole("button", { name: "Try again" });
  await retry.first().waitFor({ timeout: 20_000 });
  await expectFits(page, "member-board-load-error", retry);
  // …and an action's page.
  await go(page, "member", `#/board/1/action/${ACTION_13}`, true);
  await retry.first().waitFor({ timeout: 20_000 });
  await expectFits(page, "member-action-load-error", retry);
  // Once SharePoint answers again, the page comes back (Try again itself is checked on Home above).
  await clearFaults();
  await page.reload();
  await waitForAction(page, "1.3");
  expect(pageErrors(page)).toEqual([]);
});

test("at 320 px the conflict panel fits, with both ways on in view", async () => {
  const [a, b] = await Promise.all([
    open("member", `#/board/1/action/${ACTION_13}`, NARROW),
    open("second-member", `#/board/1/action/${ACTION_13}`, NARROW),
  ]);
  await Promise.all([waitForAction(a, "1.3"), waitForAction(b, "1.3")]);
  const fa = updateForm(a);
  await fa.radio("Red").check();
  await fa.note.fill("Two of the volunteer coordinators have left; recruitment starts next month.");
  await fa.save.click();
  await fa.saved.waitFor();

  const fb = updateForm(b);
  await fb.radio("Amber").check();
  await fb.note.fill("The peer supporter scheme still runs in three districts; the gap is West Somerset.");
  await fb.save.click();
  const panel = b.getByRole("region", { name: /while you were editing/ });
  await panel.waitFor();
  await expectFits(b, "second-member-conflict", panel.getByRole("button", { name: "Save my update on top" }));
  await expectFits(
    b,
    "second-member-conflict-keep-editing",
    panel.getByRole("button", { name: "Keep editing" }),
  );
  expect([...pageErrors(a), ...pageErrors(b)]).toEqual([]);
});

/** A chair's dialog fits: opened, and (unless `send` is false) sent untouched to show its complaints. */
async function checkDialog(page: Page, trigger: Locator, state: string, send = true): Promise<void> {
  await trigger.click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await expectFits(page, `${state}-open`, dialog.getByRole("button", { name: "Cancel" }));
  if (send) {
    await dialog.locator("button[type=submit]").last().click();
    await settle(page);
  }
  const cancel = dialog.getByRole("button", { name: "Cancel" });
  if ((await cancel.count()) > 0) {
    if (send) await expectFits(page, `${state}-sent`, cancel);
    await page.keyboard.press("Escape");
  }
  await dialog.waitFor({ state: "detached" });
}

test("at 320 px the chair's tools fit, where the board has them", async () => {
  const page = await open("chair", "#/board/1", NARROW);
  await waitForBoard(page);
  const add = page.getByRole("button", { name: "Add an action" });
  // The chair's plan editing is being built; check what exists, and do not fail where it does not yet.
  if ((await add.count()) > 0) {
    await checkDialog(page, add, "chair-add-action");
    const reassign = page.getByRole("list", { name: "Actions to reassign" }).getByRole("button").first();
    if ((await reassign.count()) > 0) await checkDialog(page, reassign, "chair-reassign-flagged");
  }

  await go(page, "chair", `#/board/1/action/${ACTION_17}`);
  await waitForAction(page, "1.7");
  const tools = page.getByRole("region", { name: "Keep the plan" });
  if ((await tools.count()) > 0) {
    await expectFits(page, "chair-keep-the-plan", tools.getByRole("button").last());
    const names = await tools.getByRole("button").allTextContents();
    for (const name of names) {
      await checkDialog(
        page,
        tools.getByRole("button", { name, exact: true }),
        `chair-${name.toLowerCase().replace(/\W+/g, "-")}`,
        // Sent untouched, closing, reopening or moving might simply happen.
        !/^(Close|Reopen|Move)/.test(name),
      );
    }
  }
  expect(pageErrors(page)).toEqual([]);
});

/** The quarter's screens (issue 8): what each persona can open, in whatever state it shows them. */
const QUARTER_SCREENS: readonly [string, AppRoute][] = [
  ["risks", "#/board/1/risks"],
  ["measures", "#/board/1/measures"],
  ["reports", "#/board/1/reports"],
  ["report", "#/board/1/reports?programme=1&quarter=2026-27-Q3"],
  ["rollup", "#/rollup?quarter=2026-27-Q3"],
];

describe.each(ROLES)("at 320 px, the quarter's screens as the %s", (role) => {
  test(`risks, measures, reports and the rollup fit for ${role}, in the state ${role} sees`, async () => {
    const page = await open(role, "#/", NARROW);
    for (const [name, route] of QUARTER_SCREENS) {
      await go(page, role, route);
      // Every state (the page, read-only, no access, an error) names itself with a heading.
      await page.getByRole("heading").first().waitFor();
      await expectFits(page, `${role}-${name}`);
    }
    expect(pageErrors(page)).toEqual([]);
  });
});

/** Administration (issue 9): the administrator's sections, and the no-access state everyone else sees. */
const ADMIN_SECTIONS: readonly [string, AppRoute][] = [
  ["admin-plans", "#/admin/plans"],
  ["admin-programmes", "#/admin/programmes"],
  ["admin-boards", "#/admin/boards"],
  ["admin-calendar", "#/admin/calendar"],
  ["admin-rollover", "#/admin/rollover"],
  ["admin-import", "#/admin/import"],
  ["admin-governance", "#/admin/governance"],
];

describe.each(["administrator", "member"] as const)("at 320 px, administration as the %s", (role) => {
  test(`every section fits for ${role}, in the state ${role} sees`, async () => {
    const page = await open(role, "#/", NARROW);
    for (const [name, route] of ADMIN_SECTIONS) {
      await go(page, role, route);
      await page.getByRole("heading").first().waitFor();
      await expectFits(page, `${role}-${name}`);
    }
    expect(pageErrors(page)).toEqual([]);
  });
});
