// @vitest-environment jsdom
/**
 * A planned meeting's agenda through the whole app against the emulated tenant: the proposed agenda,
 * the chair saving it into TB Meeting Items, editing it by keyboard (add, rename, move, remove, put
 * back), a clash with someone else's save, and circulating it as a channel message in the board's team.
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../../../data/graph/teamwork";
import { listMeetingItems, saveMeetingItem } from "../../../data/sharepoint/minutes";
import { boardIdByFolder, renderApp, servicesFor } from "../../../../tests/renderApp";
import { tenant } from "../../../../tests/tenant/testTenant";

beforeAll(() => {
  configure({ defaultHidden: true });
});

const boardId = () => boardIdByFolder("early-help");

/** The seeded meeting a week ahead, still Planned. */
function plannedMeetingId(): number {
  const m = tenant.state.lists["TB Meetings"]?.items.find(
    (i) => i.fields["TBBoardId"] === boardId() && i.fields["TBStatus"] === "Planned",
  );
  if (!m) throw new Error("No planned meeting in the demo");
  return m.Id;
}

const meetingPage = () => `#/board/${boardId()}/meetings/${plannedMeetingId()}`;

/** The meeting's rows in TB Meeting Items, in their stored order. */
function storedItems() {
  const id = plannedMeetingId();
  return (tenant.state.lists["TB Meeting Items"]?.items ?? [])
    .filter((i) => i.fields["TBMeetingId"] === id)
    .sort((a, b) => Number(a.fields["TBOrder"]) - Number(b.fields["TBOrder"]) || a.Id - b.Id);
}
const shownTitles = () =>
  storedItems()
    .filter((i) => i.fields["TBRemoved"] !== true)
    .map((i) => i.fields["Title"]);

const titlesIn = (list: HTMLElement): string[] =>
  within(list)
    .getAllByRole("listitem")
    .filter((li) => li.parentElement === list)
    .map((li) => li.querySelector(".fui-Text")?.textContent ?? "");

/** Renders the meeting as the chair and saves the proposed agenda; gives back its titles. */
async function saveProposed(
  user: ReturnType<typeof userEvent.setup>,
): Promise<{ titles: string[]; unmount: () => void }> {
  const { unmount } = renderApp("chair", meetingPage());
  const proposed = await screen.findByRole("list", { name: "Proposed agenda" }, { timeout: 10_000 });
  const titles = titlesIn(proposed);
  await user.click(screen.getByRole("button", { name: "Save the agenda" }));
  await screen.findByRole("list", { name: "Agenda items" }, { timeout: 10_000 });
  return { titles, unmount };
}

const announced = (text: string | RegExp) =>
  waitFor(() => expect(screen.getByText(text)).toBeInTheDocument(), { timeout: 10_000 });

describe("a planned meeting's agenda", { timeout: 60_000 }, () => {
  it("shows the chair the proposed agenda, and saves it into TB Meeting Items in order", async () => {
    const user = userEvent.setup();
    renderApp("chair", meetingPage());
    expect(
      await screen.findByRole("heading", { name: "Agenda", level: 2 }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const proposed = await screen.findByRole("list", { name: "Proposed agenda" }, { timeout: 10_000 });
    const titles = titlesIn(proposed);
    expect(titles[0]).toBe("Welcome and apologies");
    expect(titles).toContain("Action plan by exception");
    expect(titles[titles.length - 1]).toBe("Any other business");
    // The exception items list their actions, with a badge for each reason.
    const exceptionLists = within(proposed).getAllByRole("list", { name: /^Actions under / });
    expect(exceptionLists.length).toBeGreaterThan(0);
    expect(storedItems()).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Save the agenda" }));
    const saved = await screen.findByRole("list", { name: "Agenda items" }, { timeout: 10_000 });

    expect(titlesIn(saved)).toEqual(titles);
    const rows = storedItems();
    expect(rows.map((r) => r.fields["Title"])).toEqual(titles);
    expect(rows.map((r) => r.fields["TBOrder"])).toEqual(titles.map((_, i) => i + 1));
    expect(rows[0]?.fields["TBAgendaKind"]).toBe("welcome");
    expect(rows[0]?.fields["TBKind"]).toBe("Standing");
    const exceptions = rows.filter((r) => r.fields["TBKind"] === "Exception");
    expect(exceptions.length).toBe(exceptionLists.length);
    for (const r of exceptions) expect(String(r.fields["TBActionIds"])).toMatch(/^\d+(,\d+)*$/);
    // Each item in the board's folder, with a client id derived from the meeting and the rule.
    expect(rows.every((r) => r.folder === "early-help")).toBe(true);
    expect(rows[0]?.fields["TBClientId"]).toBe(`agenda:${plannedMeetingId()}:welcome`);
  });

  it("saves again after a failure without making any item twice", async () => {
    const user = userEvent.setup();
    // The first create is stored but its answer is lost, and so is the look-up by client id that
    // would have found it: the save stops with one item made.
    tenant.faults.add({
      service: "sharepoint",
      kind: "drop-after",
      times: 1,
      match: "AddValidateUpdateItemUsingPath",
    });
    tenant.faults.add({ service: "sharepoint", kind: 500, times: 1, match: "TBClientId" });
    renderApp("chair", meetingPage());
    const proposed = await screen.findByRole("list", { name: "Proposed agenda" }, { timeout: 10_000 });
    const titles = titlesIn(proposed);
    await user.click(screen.getByRole("button", { name: "Save the agenda" }));
    const alert = await screen.findByText(/The agenda was not saved completely/, undefined, {
      timeout: 10_000,
    });
    expect(storedItems()).toHaveLength(1);

    await user.click(
      within(alert.closest(".fui-MessageBar") as HTMLElement).getByRole("button", { name: "Try again" }),
    );
    await screen.findByRole("list", { name: "Agenda items" }, { timeout: 10_000 });
    expect(storedItems().map((r) => r.fields["Title"])).toEqual(titles);
  });

  it("lets the chair add, rename, move and remove items by keyboard, each stored", async () => {
    const user = userEvent.setup();
    const { titles } = await saveProposed(user);
    const count = titles.length;

    // An empty new item says what to fix and sends nothing.
    const field = screen.getByRole("textbox", { name: /New agenda item/ });
    field.focus();
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Give the item a title.")).toBeInTheDocument();
    expect(storedItems()).toHaveLength(count);

    // Add: it goes before Any other business.
    await user.type(field, "Safeguarding training{Enter}");
    await announced(`Added Safeguarding training as item ${count} of ${count + 1}.`);
    expect(shownTitles()[count - 1]).toBe("Safeguarding training");
    expect(shownTitles()[count]).toBe("Any other business");
    expect(field).toHaveValue("");

    // Move the first item down twice, focus staying on its button between presses.
    const down = screen.getByRole("button", { name: "Move Welcome and apologies down" });
    down.focus();
    await user.keyboard("{Enter}");
    await announced(`Welcome and apologies moved to position 2 of ${count + 1}`);
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: "Move Welcome and apologies down" }),
    );
    await user.keyboard("{Enter}");
    await announced(`Welcome and apologies moved to position 3 of ${count + 1}`);
    expect(shownTitles()[2]).toBe("Welcome and apologies");
    expect(shownTitles()[0]).toBe(titles[1]);
    // Up brings it back one place.
    screen.getByRole("button", { name: "Move Welcome and apologies up" }).focus();
    await user.keyboard("{Enter}");
    await announced(`Welcome and apologies moved to position 2 of ${count + 1}`);
    expect(shownTitles()[1]).toBe("Welcome and apologies");

    // Rename: Escape cancels, Enter saves.
    screen.getByRole("button", { name: "Rename Risks" }).focus();
    await user.keyboard("{Enter}");
    let rename = screen.getByRole("textbox", { name: "New title for Risks" });
    expect(document.activeElement).toBe(rename);
    await user.keyboard("{Control>}a{/Control}Nothing{Escape}");
    expect(screen.queryByRole("textbox", { name: "New title for Risks" })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Rename Risks" }));
    await user.keyboard("{Enter}");
    rename = screen.getByRole("textbox", { name: "New title for Risks" });
    await user.clear(rename);
    await user.type(rename, "Risks and issues{Enter}");
    await announced("Renamed to Risks and issues.");
    expect(shownTitles()).toContain("Risks and issues");
    expect(shownTitles()).not.toContain("Risks");

    // Remove: kept, marked removed, and put back from "Removed items".
    screen.getByRole("button", { name: "Remove Safeguarding training" }).focus();
    await user.keyboard("{Enter}");
    await announced(/^Removed Safeguarding training\./);
    const row = storedItems().find((r) => r.fields["Title"] === "Safeguarding training");
    expect(row?.fields["TBRemoved"]).toBe(true);
    expect(shownTitles()).not.toContain("Safeguarding training");
    expect(screen.getByText("Removed items (1)")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Put back Safeguarding training" }));
    await announced("Put Safeguarding training back on the agenda.");
    expect(
      storedItems().find((r) => r.fields["Title"] === "Safeguarding training")?.fields["TBRemoved"],
    ).toBe(false);
    expect(storedItems()).toHaveLength(count + 1);
  });

  it("shows a clash with someone else's save, reads the agenda again and keeps what the chair typed", async () => {
    const user = userEvent.setup();
    await saveProposed(user);
    await user.click(screen.getByRole("button", { name: "Rename Risks" }));
    const rename = screen.getByRole("textbox", { name: "New title for Risks" });
    await user.clear(rename);
    await user.type(rename, "Risk register");

    // The secretary renames the same item first, from another window.
    const { sp } = servicesFor("chair");
    const risks = (await listMeetingItems(sp, plannedMeetingId())).find((i) => i.title === "Risks");
    await saveMeetingItem(sp, risks!, { title: "Risks (deep dive)" });

    await user.keyboard("{Enter}");
    expect(
      await screen.findByText("Someone else changed the agenda.", undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^New title for Risks/ })).toHaveValue("Risk register");
    expect(storedItems().find((r) => r.Id === risks!.id)?.fields["Title"]).toBe("Risks (deep dive)");
  });

  it("circulates the agenda in the Board meetings channel, every title escaped", async () => {
    const user = userEvent.setup();
    await saveProposed(user);
    await user.click(screen.getByRole("button", { name: "Rename Risks" }));
    const rename = screen.getByRole("textbox", { name: "New title for Risks" });
    await user.clear(rename);
    await user.type(rename, "<b>x</b>{Enter}");
    await announced("Renamed to <b>x</b>.");

    await user.click(screen.getByRole("button", { name: "Circulate the agenda" }));
    expect(
      await screen.findByText("Agenda circulated in Board meetings.", undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();

    const team =
      tenant.state.teamwork?.channels[
        String(tenant.state.lists["TB Boards"]?.items.find((b) => b.Id === boardId())?.fields["TBGroupId"])
      ];
    const channel = team?.find((c) => c.displayName === "Board meetings");
    const messages = tenant.state.teamwork?.messages[channel?.id ?? ""] ?? [];
    expect(messages).toHaveLength(1);
    const body = messages[0]!.content;
    expect(body).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(body).not.toContain("<b>x</b>");
    for (const title of shownTitles()) expect(body).toContain(`<li>${escapeHtml(String(title))}`);
    expect(body.indexOf("Welcome and apologies")).toBeLessThan(body.indexOf("Any other business"));
    expect(body).toContain("29 Nov 2026, 14:00");
    expect(body).toContain("County Hall, Committee Room 2");
    expect(decodeURIComponent(body)).toContain(`board/${boardId()}/meetings/${plannedMeetingId()}`);
  });

  it("shows a member the agenda without any editing buttons", async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp("member", meetingPage());
    await screen.findByRole("list", { name: "Proposed agenda" }, { timeout: 10_000 });
    expect(screen.queryByRole("button", { name: "Save the agenda" })).not.toBeInTheDocument();
    unmount();

    const saved = await saveProposed(user);
    saved.unmount();
    // Once saved, the member reads the stored agenda.
    renderApp("member", meetingPage());
    const list = await screen.findByRole("list", { name: "Agenda items" }, { timeout: 10_000 });
    expect(titlesIn(list)).toEqual(saved.titles);
    for (const name of [/^Move /, /^Rename /, /^Remove /, /^Circulate/, /^Add item/])
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: /New agenda item/ })).not.toBeInTheDocument();
  });
});
