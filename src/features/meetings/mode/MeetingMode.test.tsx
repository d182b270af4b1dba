// @vitest-environment jsdom
/**
 * Meeting mode through the whole app against the emulated tenant: the chair starts the meeting and
 * steps through the agenda, the minutes save themselves (one request per burst of typing, a clash
 * shown and never overwritten), decisions go into the decision log, and a member watching follows the
 * chair's current item as the record is read again.
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import { addMeetingItem, saveMeetingItem } from "../../../data/sharepoint/minutes";
import { boardIdByFolder, renderApp, servicesFor } from "../../../../tests/renderApp";
import { persona, server, SITE_URL, tenant } from "../../../../tests/tenant/testTenant";

beforeAll(() => {
  configure({ defaultHidden: true });
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
});

const FOLDER = "early-help";
const TITLES = ["Welcome and apologies", "Minutes of the last meeting", "Action plan by exception"];

const meetingsList = () => tenant.state.lists["TB Meetings"]!;
const itemsList = () => tenant.state.lists["TB Meeting Items"]!;

/** The seeded meeting a week ahead ("Planned"), with `count` agenda items saved by the chair. */
async function plannedMeeting(count = 3) {
  const boardId = boardIdByFolder(FOLDER);
  const meeting = meetingsList().items.find(
    (i) => i.fields["TBBoardId"] === boardId && i.fields["TBStatus"] === "Planned",
  )!;
  const { sp } = servicesFor("chair");
  const items = [];
  for (const [at, title] of TITLES.slice(0, count).entries())
    items.push(
      await addMeetingItem(
        sp,
        SITE_URL,
        { id: boardId, folder: FOLDER },
        meeting.Id,
        { title, order: at + 1, kind: "Standing" },
        crypto.randomUUID(),
      ),
    );
  tenant.clearLog();
  return { boardId, meeting, items, hash: `#/board/${boardId}/meetings/${meeting.Id}` };
}

/** The same meeting, running, at its first item. */
async function runningMeeting() {
  const m = await plannedMeeting();
  m.meeting.fields["TBStatus"] = "In progress";
  m.meeting.fields["TBCurrentItemId"] = m.items[0]!.id;
  return m;
}

const stored = (id: number) => itemsList().items.find((i) => i.Id === id)!;

describe("starting a meeting", { timeout: 60_000 }, () => {
  it("asks the chair to save the agenda first when it has no items", async () => {
    const { hash } = await plannedMeeting(0);
    renderApp("chair", hash);
    const start = await screen.findByRole("button", { name: "Start the meeting" }, { timeout: 10_000 });
    expect(start).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText(/^Save the agenda first/)).toBeInTheDocument();
  });

  it("moves the meeting to In progress at its first item", async () => {
    const user = userEvent.setup();
    const { hash, meeting, items } = await plannedMeeting();
    renderApp("chair", hash);
    await user.click(await screen.findByRole("button", { name: "Start the meeting" }, { timeout: 10_000 }));

    const first = await screen.findByRole("button", { name: `Go to 1. ${TITLES[0]}` }, { timeout: 10_000 });
    expect(first).toHaveAttribute("aria-current", "step");
    expect(meeting.fields["TBStatus"]).toBe("In progress");
    expect(meeting.fields["TBCurrentItemId"]).toBe(items[0]!.id);
  });
});

describe("the chair in meeting mode", { timeout: 60_000 }, () => {
  it("moves to the next item, which is what the meeting records as current", async () => {
    const user = userEvent.setup();
    const { hash, meeting, items } = await runningMeeting();
    renderApp("chair", hash);
    await user.click(await screen.findByRole("button", { name: "Next item" }, { timeout: 10_000 }));

    expect(screen.getByRole("button", { name: `Go to 2. ${TITLES[1]}` })).toHaveAttribute(
      "aria-current",
      "step",
    );
    expect(screen.getByRole("heading", { name: `2. ${TITLES[1]}` })).toBeInTheDocument();
    await waitFor(() => expect(meeting.fields["TBCurrentItemId"]).toBe(items[1]!.id));
    expect(screen.getByRole("textbox", { name: `Minutes: ${TITLES[1]}` })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Previous item" })).toBeEnabled();
  });

  it("saves a burst of typing in ONE request, and says when", async () => {
    // A brisk typist: 10 ms a key, so the debounce timer could fire between keys if it were too short.
    const user = userEvent.setup({ delay: 10 });
    const { hash, items } = await runningMeeting();
    const item = stored(items[0]!.id);
    const before = item.version;
    renderApp("chair", hash);
    const box = await screen.findByRole("textbox", { name: `Minutes: ${TITLES[0]}` }, { timeout: 10_000 });
    expect(
      screen.getByText("Do not record children's names or other personal details in the minutes."),
    ).toBeInTheDocument();

    // Let the other parts of the page finish loading, so nothing stalls the typing.
    await waitFor(() =>
      expect(tenant.log.filter((l) => l.service === "graph").length).toBeGreaterThanOrEqual(2),
    );
    await new Promise((r) => setTimeout(r, 500));
    const text = "All members present; the chair welcomed.";
    expect(text).toHaveLength(40);
    await user.type(box, text);
    expect(
      await screen.findByText(/^Saved at \d\d:\d\d$/, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    // A quiet spell after the save: nothing more is sent (a refresh of the record does not either).
    await new Promise((r) => setTimeout(r, 2500));
    expect(item.version).toBe(before + 1);
    expect(item.fields["TBMinutes"]).toBe(text);
    expect(box).toHaveValue(text);
  });

  it("shows a clash with a second editor's save, keeps the chair's text, and saves it on Keep my text", async () => {
    const user = userEvent.setup({ delay: null });
    const { hash, items } = await runningMeeting();
    const member = persona("member");
    const item = stored(items[0]!.id);
    renderApp("chair", hash);
    const box = await screen.findByRole("textbox", { name: `Minutes: ${TITLES[0]}` }, { timeout: 10_000 });

    // Hold the chair's requests until the member has saved, whatever the machine's speed: the
    // chair's save then certainly carries the ETag from before the member's.
    let memberSaved = (): void => undefined;
    const gate = new Promise<void>((open) => (memberSaved = open));
    const chairToken = persona("chair").token;
    server.use(
      http.post(/\/_api\/\$batch$/, async ({ request }) => {
        if (request.headers.get("authorization")?.includes(chairToken)) await gate;
        return undefined; // on to the emulated tenant
      }),
    );
    await user.type(box, "Chair's note.");
    // While the chair's text waits to be saved, a member saves the same item (with its current ETag).
    await saveMeetingItem(
      servicesFor("member").sp,
      { id: item.Id, etag: `"${item.version}"` },
      { minutes: "Member's note." },
    );
    memberSaved();

    expect(
      await screen.findByText(`${member.displayName} saved these minutes while you were typing.`, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    const theirs = await screen.findByLabelText(`${member.displayName}'s text`, undefined, {
      timeout: 10_000,
    });
    expect(theirs).toHaveTextContent("Member's note.");
    expect(box).toHaveValue("Chair's note.");
    expect(item.fields["TBMinutes"]).toBe("Member's note.");

    await user.click(screen.getByRole("button", { name: "Keep my text" }));
    await waitFor(() => expect(item.fields["TBMinutes"]).toBe("Chair's note."), { timeout: 10_000 });
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Keep my text" })).not.toBeInTheDocument();
  });

  it("keeps the text when a save fails, and saves it on Try again", async () => {
    const user = userEvent.setup({ delay: null });
    const { hash, items } = await runningMeeting();
    const item = stored(items[0]!.id);
    renderApp("chair", hash);
    const box = await screen.findByRole("textbox", { name: `Minutes: ${TITLES[0]}` }, { timeout: 10_000 });
    // The save's MERGE (the first part of its $batch to address the item by id) fails once; the
    // record's refresh reads the items by a filter and is not touched.
    tenant.faults.add({
      service: "sharepoint",
      kind: 500,
      times: 1,
      inBatchParts: true,
      match: "TB%20Meeting%20Items')/items(",
    });

    await user.type(box, "Quorum reached.");
    expect(await screen.findByText(/^Not saved\./, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(box).toHaveValue("Quorum reached.");
    expect(item.fields["TBMinutes"] ?? "").toBe("");

    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(item.fields["TBMinutes"]).toBe("Quorum reached."), { timeout: 10_000 });
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument();
  });

  it("records a decision under the current item in the decision log", async () => {
    const user = userEvent.setup({ delay: null });
    const { hash, items, meeting } = await runningMeeting();
    renderApp("chair", hash);
    const record = await screen.findByRole("button", { name: "Record decision" }, { timeout: 10_000 });
    await user.click(record);
    expect(screen.getByText("Type the decision before recording it.")).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: /^Decision/ }), "The board accepts the apologies.");
    await user.click(record);

    const list = await screen.findByRole("list", { name: "Decisions under this item" }, { timeout: 10_000 });
    expect(list).toHaveTextContent("The board accepts the apologies.");
    const saved = tenant.state.lists["TB Decisions"]!.items.filter(
      (d) => d.fields["TBDecision"] === "The board accepts the apologies.",
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]!.fields["TBItemId"]).toBe(items[0]!.id);
    expect(saved[0]!.fields["TBMeetingId"]).toBe(meeting.Id);
  });

  it("opens in a few round trips", async () => {
    const { hash } = await runningMeeting();
    renderApp("chair", hash);
    await screen.findByRole("textbox", { name: `Minutes: ${TITLES[0]}` }, { timeout: 10_000 });
    // Let what the parts load settle, short of the first 3-second refresh.
    await new Promise((r) => setTimeout(r, 1000));
    const sp = tenant.log.filter((l) => l.service === "sharepoint");
    const graph = tenant.log.filter((l) => l.service === "graph");
    console.info(
      `Opening meeting mode as the chair: ${sp.length} SharePoint and ${graph.length} Graph round trips`,
      [...sp, ...graph].map(
        (l) => `${l.method} ${l.url.replace(/\?.*/, "")}${l.parts ? ` (${l.parts})` : ""}`,
      ),
    );
    // The meeting record is ONE $batch (meeting, items, decisions).
    expect(sp.filter((l) => l.parts === 3).length).toBeGreaterThanOrEqual(1);
    expect(sp.length + graph.length).toBeLessThanOrEqual(8);
  });
});

describe("a member watching the meeting", { timeout: 60_000 }, () => {
  it("follows the chair's current item and sees its minutes as plain text", async () => {
    const { hash, meeting, items } = await runningMeeting();
    stored(items[1]!.id).fields["TBMinutes"] = "<b>Budget</b> agreed.\nNext review in March.";
    renderApp("member", hash);

    const now = await screen.findByText(`Now discussing: 1. ${TITLES[0]}`, undefined, { timeout: 10_000 });
    expect(now).toHaveAttribute("aria-live", "polite");
    expect(screen.queryByRole("button", { name: "Next item" })).not.toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: /^Minutes/ })).not.toBeInTheDocument();
    const agenda = screen.getByRole("region", { name: "Agenda" });
    expect(
      within(agenda)
        .getByText(new RegExp(`^${TITLES[0]}`))
        .closest("li"),
    ).toHaveAttribute("aria-current", "step");

    // The chair moves on; the next refresh of the record brings it.
    meeting.fields["TBCurrentItemId"] = items[1]!.id;
    expect(
      await screen.findByText(`Now discussing: 2. ${TITLES[1]}`, undefined, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/<b>Budget<\/b> agreed\./)).toBeInTheDocument();
    expect(document.querySelector("b")).toBeNull();
  });
});
