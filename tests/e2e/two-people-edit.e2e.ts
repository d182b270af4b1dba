/**
 * Journey 2 — two people edit the same action. Priya Chaudhry (member) and
 * Dawn Lyddon (second member, the action's owner) both have action 1.3 open.
 * Priya saves first; Dawn, still looking at the old version, saves second and
 * is told what changed meanwhile, keeps her text, resolves and saves. Both
 * updates end up in the history with both names; nothing is lost and nothing
 * is silently overwritten.
 */
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { pageErrors, useBrowser } from "./support/browser";
import { checkScreen } from "./support/checks";
import { isFocused, tabTo } from "./support/keyboard";
import { fact, historyEntries, updateForm, waitForAction } from "./support/screens";
import { storedAction, storedHistory } from "./support/tenant";

const ACTION_13 = 3; // ref 1.3, owned by Dawn Lyddon, In progress, Green
const NOTE_A = "Two of the volunteer coordinators have left; recruitment for replacements starts next month.";
const NOTE_B =
  "The peer supporter scheme is still running in three districts; the gap is only in West Somerset.";

const { open } = useBrowser();

/** Both people have the action open, at the same version. */
async function bothOpen(): Promise<{ a: Page; b: Page }> {
  const [a, b] = await Promise.all([
    open("member", `#/board/1/action/${ACTION_13}`),
    open("second-member", `#/board/1/action/${ACTION_13}`),
  ]);
  await Promise.all([waitForAction(a, "1.3"), waitForAction(b, "1.3")]);
  expect(await fact(a, "Rating").textContent()).toBe("Green");
  expect(await fact(b, "Rating").textContent()).toBe("Green");
  return { a, b };
}

/** Priya (A) moves 1.3 from Green to Red with a note, and it saves. */
async function aSavesRed(a: Page): Promise<void> {
  const f = updateForm(a);
  await f.radio("Red").check();
  await f.note.fill(NOTE_A);
  await f.save.click();
  await f.saved.waitFor();
  expect((await storedAction(ACTION_13)).TBRag).toBe("Red");
}

const conflictPanel = (page: Page) => page.getByRole("region", { name: /while you were editing/ });

test("both change the RAG: the second is told, keeps her text, chooses, and both updates are kept", async () => {
  const historyBefore = (await storedHistory(ACTION_13)).length;
  const { a, b } = await bothOpen();
  await aSavesRed(a);

  // Dawn still sees Green; she chooses Amber, writes her note and saves.
  const fb = updateForm(b);
  expect(await fact(b, "Rating").textContent()).toBe("Green");
  await fb.radio("Amber").check();
  await fb.note.fill(NOTE_B);
  await fb.save.click();

  const panel = conflictPanel(b);
  await panel.waitFor();
  const title = (await panel.getByRole("alert").textContent()) ?? "";
  expect(title).toMatch(
    /^Priya Chaudhry updated this action at \d{1,2} \w{3} \d{4}, \d{2}:\d{2}, while you were editing\./,
  );
  const panelText = (await panel.textContent()) ?? "";
  expect(panelText).toContain("What Priya Chaudhry changed:");
  expect(panelText).toContain("RAG: Green → Red");
  expect(panelText).toContain(`Latest note: “${NOTE_A}”`);
  // Her own text is still there, on screen.
  expect(panelText).toContain(NOTE_B);
  const choice = panel.getByRole("radiogroup", { name: "You both changed RAG. Which should stand?" });
  expect(await choice.getByRole("radio", { name: "Mine: Amber" }).isChecked()).toBe(true);
  expect(await choice.getByRole("radio", { name: "Priya Chaudhry's: Red" }).isChecked()).toBe(false);
  // Nothing of Dawn's was written, and Priya's update stands.
  expect((await storedAction(ACTION_13)).TBRag).toBe("Red");
  expect(await storedHistory(ACTION_13)).toHaveLength(historyBefore + 1);
  // Around the panel, the page now shows the action as it stands: Priya's rating and her entry in the history.
  await expect.poll(() => fact(b, "Rating").textContent()).toBe("Red");
  await expect.poll(() => historyEntries(b).first().textContent()).toContain(NOTE_A);
  await checkScreen(b, "journey2-conflict-both-changed-rag");

  // She resolves by keyboard: focus is in the panel, her choice stays Amber, save on top.
  await expect.poll(() => isFocused(panel), { message: "focus moves into the conflict panel" }).toBe(true);
  await tabTo(b, choice);
  await b.keyboard.press("ArrowDown");
  expect(await choice.getByRole("radio", { name: "Priya Chaudhry's: Red" }).isChecked()).toBe(true);
  await b.keyboard.press("ArrowUp");
  expect(await choice.getByRole("radio", { name: "Mine: Amber" }).isChecked()).toBe(true);
  await tabTo(b, panel.getByRole("button", { name: "Save my update on top" }));
  await b.keyboard.press("Enter");
  await fb.saved.waitFor();
  await checkScreen(b, "journey2-resolved");

  // Both updates, both names, newest first; the action is Amber, as Dawn chose knowingly.
  await expect.poll(() => fact(b, "Rating").textContent()).toBe("Amber");
  await expect.poll(() => historyEntries(b).count()).toBeGreaterThanOrEqual(2);
  const [newest, previous] = [
    await historyEntries(b).nth(0).textContent(),
    await historyEntries(b).nth(1).textContent(),
  ];
  expect(newest).toMatch(/^Dawn Lyddon, /);
  expect(newest).toContain("RAG: Red → Amber");
  expect(newest).toContain(NOTE_B);
  expect(previous).toMatch(/^Priya Chaudhry, /);
  expect(previous).toContain("RAG: Green → Red");
  expect(previous).toContain(NOTE_A);

  const stored = await storedHistory(ACTION_13);
  expect(stored).toHaveLength(historyBefore + 2);
  expect(stored.slice(-3).map((v) => [v.TBRag, v.TBLastNote, v.Editor.LookupValue])).toEqual([
    ["Green", expect.anything(), expect.anything()],
    ["Red", NOTE_A, "Priya Chaudhry"],
    ["Amber", NOTE_B, "Dawn Lyddon"],
  ]);
  expect((await storedAction(ACTION_13)).TBRag).toBe("Amber");

  // Priya, reloading, sees both too.
  await a.reload();
  await waitForAction(a, "1.3");
  expect(await fact(a, "Rating").textContent()).toBe("Amber");
  expect(await historyEntries(a).nth(0).textContent()).toContain(NOTE_B);
  expect(await historyEntries(a).nth(1).textContent()).toContain(NOTE_A);
  expect([...pageErrors(a), ...pageErrors(b)]).toEqual([]);
});

test("changes that don't overlap: the second is told, saves on top, and the first person's rating stands", async () => {
  const historyBefore = (await storedHistory(ACTION_13)).length;
  const { a, b } = await bothOpen();
  await aSavesRed(a);

  // Dawn only adds a note.
  const fb = updateForm(b);
  await fb.note.fill(NOTE_B);
  await fb.save.click();

  const panel = conflictPanel(b);
  await panel.waitFor();
  const panelText = (await panel.textContent()) ?? "";
  expect(panelText).toContain("Priya Chaudhry updated this action at");
  expect(panelText).toContain("RAG: Green → Red");
  expect(panelText).toContain("Your changes don't overlap with theirs, so both can stand.");
  expect(panelText).toContain(NOTE_B);
  expect(await panel.getByRole("radiogroup").count()).toBe(0);
  expect(await storedHistory(ACTION_13)).toHaveLength(historyBefore + 1);
  await checkScreen(b, "journey2-conflict-no-overlap");

  await panel.getByRole("button", { name: "Save my update on top" }).click();
  await fb.saved.waitFor();

  // Priya's Red was not reverted to the Green Dawn had loaded.
  await expect.poll(() => fact(b, "Rating").textContent()).toBe("Red");
  expect((await storedAction(ACTION_13)).TBRag).toBe("Red");
  await expect.poll(() => historyEntries(b).count()).toBeGreaterThanOrEqual(2);
  const newest = (await historyEntries(b).nth(0).textContent()) ?? "";
  expect(newest).toMatch(/^Dawn Lyddon, /);
  expect(newest).toContain(NOTE_B);
  expect(newest).not.toContain("RAG:");
  const previous = (await historyEntries(b).nth(1).textContent()) ?? "";
  expect(previous).toMatch(/^Priya Chaudhry, /);
  expect(previous).toContain("RAG: Green → Red");
  expect(previous).toContain(NOTE_A);

  const stored = await storedHistory(ACTION_13);
  expect(stored).toHaveLength(historyBefore + 2);
  expect(stored.slice(-2).map((v) => v.TBLastNote)).toEqual([NOTE_A, NOTE_B]);
  await checkScreen(b, "journey2-no-overlap-saved");
  expect([...pageErrors(a), ...pageErrors(b)]).toEqual([]);
});
