// @vitest-environment jsdom
/**
 * Publishing a meeting's minutes through the whole app against the emulated tenant: the chair
 * publishes a draft, the Word document lands in the board's folder of the board papers library (its
 * text read back with mammoth), the meeting links to it, the board's channel is told, and the
 * published minutes are locked against a member's change.
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { BoardPapers, Meetings } from "../../../../manifest";
import { boardIdByFolder, renderApp } from "../../../../tests/renderApp";
import { persona, SITE_URL, tenant, type PersonaRole } from "../../../../tests/tenant/testTenant";
import { fixedTokenProvider } from "../../../app/tokens";
import { loadBoardHome } from "../../../data/sharepoint/boardHome";
import { getMeeting, updateMeeting } from "../../../data/sharepoint/meetings";
import {
  addMeetingItem,
  listMeetingItems,
  recordDecision,
  saveMeetingItem,
} from "../../../data/sharepoint/minutes";
import { addAction, siteUserIdFor } from "../../../data/sharepoint/planEditing";
import { createSp } from "../../../data/sharepoint/sp";

const spAs = (role: PersonaRole): ReturnType<typeof createSp> =>
  createSp(SITE_URL, fixedTokenProvider(persona(role).token));

beforeAll(() => {
  configure({ defaultHidden: true });
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
});

/** The seeded Planned meeting of Early Help, turned into a draft with minutes, a decision and two actions arising. */
async function draftMeeting() {
  const chair = spAs("chair");
  const boardId = boardIdByFolder("early-help");
  const home = await loadBoardHome(chair, boardId);
  const board = home.board;
  const planned = tenant.state.lists[Meetings.title]!.items.find(
    (i) => i.fields["TBBoardId"] === boardId && i.fields["TBStatus"] === "Planned",
  )!;
  const meeting = await getMeeting(chair, planned.Id);
  const [chairId, memberId, secondId] = await Promise.all(
    (["chair", "member", "second-member"] as const).map((r) => siteUserIdFor(chair, persona(r).upn)),
  );
  const welcome = await addMeetingItem(
    chair,
    SITE_URL,
    board,
    meeting.id,
    { title: "Welcome and apologies", order: 1, kind: "Standing" },
    crypto.randomUUID(),
  );
  await saveMeetingItem(chair, welcome, { minutes: "The chair welcomed the board.\nApologies as listed." });
  const hubs = await addMeetingItem(
    chair,
    SITE_URL,
    board,
    meeting.id,
    { title: "Family hubs", order: 2, kind: "Exception" },
    crypto.randomUUID(),
  );
  await saveMeetingItem(chair, hubs, { minutes: "The pilot is ahead of plan." });
  await recordDecision(
    chair,
    SITE_URL,
    board,
    meeting.id,
    "Agreed to extend the family hubs pilot to March.",
    crypto.randomUUID(),
    hubs.id,
  );
  const programmeId = home.programmes[0]!.id;
  const plan = home.plan!;
  for (const [ref, role, org, date] of [
    ["9.1", "member", "Somerset Council", "2027-01-31"],
    ["9.2", "second-member", "NHS Somerset", "2027-02-28"],
  ] as const)
    await addAction(
      chair,
      SITE_URL,
      board,
      plan,
      {
        programmeId,
        ref,
        title: `Arising ${ref}`,
        description: "",
        ownerEmail: persona(role).upn,
        ownerOrg: org,
        targetDate: date,
        meetingId: meeting.id,
      },
      crypto.randomUUID(),
    );
  await updateMeeting(chair, meeting, {
    state: "Minutes draft",
    attendeeIds: [chairId!, memberId!],
    apologyIds: [secondId!],
    guests: [{ name: "Jo Guest", organisation: "Avon and Somerset Police" }],
  });
  return { boardId, board, meeting, hubs };
}

/**
 * The confirmation. Found by its title's text, as in Meetings.test.tsx: in jsdom Fluent's dialog does
 * not always have its accessible name from the title yet when it appears.
 */
const confirmDialog = () =>
  waitFor(
    () => {
      const found = screen
        .queryAllByRole("alertdialog")
        .find((d) => d.querySelector(".fui-DialogTitle")?.textContent === "Publish the minutes?");
      expect(found).toBeDefined();
      return found!;
    },
    { timeout: 5_000 },
  );

const hash = (boardId: number, meetingId: number) => `#/board/${boardId}/meetings/${meetingId}`;

describe("publishing the minutes", { timeout: 60_000 }, () => {
  it("the chair publishes: a Word document in the board's papers, linked from the meeting and the channel, and locked", async () => {
    const { boardId, board, meeting, hubs } = await draftMeeting();
    const user = userEvent.setup();
    renderApp("chair", hash(boardId, meeting.id));

    await user.click(await screen.findByRole("button", { name: "Publish the minutes" }, { timeout: 10_000 }));
    const dialog = await confirmDialog();
    expect(dialog).toHaveTextContent("Published minutes cannot be changed");
    await user.click(within(dialog).getByRole("button", { name: "Publish" }));

    expect(
      await screen.findByText(
        /The minutes are published and locked, and the Board meetings channel/,
        undefined,
        {
          timeout: 20_000,
        },
      ),
    ).toBeInTheDocument();

    // The document, in the board's folder, named by date and board.
    const name = `${meeting.localDate} ${board.title} minutes.docx`;
    const file = tenant.state.lists[BoardPapers.title]!.items.find((i) => i.file?.name === name);
    expect(file?.folder).toBe("early-help");
    // Locked with the minutes: on the file's own permissions the board's members and chairs only read.
    const boardRoles = (file?.acl ?? [])
      .filter((e) => "groupId" in e && e.groupId.startsWith(board.groupId))
      .map((e) => e.role);
    expect(boardRoles).toEqual(["Read", "Read"]);
    const { value: text } = await mammoth.extractRawText({
      buffer: Buffer.from(file!.file!.base64, "base64"),
    });
    expect(text).toContain("Agreed to extend the family hubs pilot to March.");
    expect(text).toContain("The chair welcomed the board.");
    for (const [ref, role, org, date] of [
      ["9.1", "member", "Somerset Council", "31 Jan 2027"],
      ["9.2", "second-member", "NHS Somerset", "28 Feb 2027"],
    ] as const) {
      expect(text).toContain(`Arising ${ref}`);
      expect(text).toContain(persona(role).displayName);
      expect(text).toContain(org);
      expect(text).toContain(date);
    }
    expect(text).toContain(persona("chair").displayName);
    expect(text).toMatch(new RegExp(`${persona("second-member").displayName}\\s*Apologies`));
    expect(text).toContain("Jo Guest (Avon and Somerset Police)");
    expect(text).toContain("version 1");

    // The meeting points to it.
    const url = `https://partnership.sharepoint.test/sites/trustboards/TBBoardPapers/early-help/${encodeURIComponent(name)}`;
    const stored = tenant.state.lists[Meetings.title]!.items.find((i) => i.Id === meeting.id)!;
    expect(stored.fields["TBDocumentUrl"]).toBe(url);
    expect(stored.fields["TBStatus"]).toBe("Minutes published");

    // The board's "Board meetings" channel has a message linking to it.
    const channel = tenant.state.teamwork!.channels[board.groupId]!.find(
      (c) => c.displayName === "Board meetings",
    )!;
    const messages = tenant.state.teamwork!.messages[channel.id] ?? [];
    expect(messages).toHaveLength(1);
    expect(messages[0]!.content).toContain(`<a href="${url}">`);
    expect(messages[0]!.fromUserId).toBe(persona("chair").userId);

    // The page now shows the published minutes, with who published them and the document.
    expect(await screen.findByText(/^Published on .* by .*, version 1\.$/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open the minutes in SharePoint" })).toHaveAttribute("href", url);
    // The download hands the browser the document's bytes as a Word file.
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return "blob:minutes";
    };
    URL.revokeObjectURL = () => undefined;
    await user.click(screen.getByRole("button", { name: "Download the minutes (Word)" }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(blobs[0]!.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(blobs[0]!.size).toBe(Buffer.from(file!.file!.base64, "base64").length);

    // A member cannot change the published item's minutes: SharePoint refuses the MERGE.
    const member = spAs("member");
    const [current] = (await listMeetingItems(member, meeting.id)).filter((i) => i.id === hubs.id);
    await expect(saveMeetingItem(member, current!, { minutes: "Rewritten." })).rejects.toMatchObject({
      kind: "access",
      status: 403,
    });
  });

  it("a member reads the draft so far and cannot publish", async () => {
    const { boardId, meeting } = await draftMeeting();
    renderApp("member", hash(boardId, meeting.id));
    expect(
      await screen.findByText(/The chair has not published them yet/, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText("The pilot is ahead of plan.")).toBeInTheDocument();
    expect(screen.getByText("Agreed to extend the family hubs pilot to March.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Publish the minutes" })).not.toBeInTheDocument();
  });

  it("when telling the channel fails, Try again sends only the message: one document, one version", async () => {
    const { boardId, board, meeting } = await draftMeeting();
    tenant.faults.add({ service: "graph", kind: 500, times: 10, match: "/messages" });
    const user = userEvent.setup();
    renderApp("chair", hash(boardId, meeting.id));
    await user.click(await screen.findByRole("button", { name: "Publish the minutes" }, { timeout: 10_000 }));
    await user.click(
      within(await confirmDialog()).getByRole("button", {
        name: "Publish",
      }),
    );
    expect(
      await screen.findByText(/Telling the board's channel failed/, undefined, { timeout: 30_000 }),
    ).toBeInTheDocument();
    const stored = () => tenant.state.lists[Meetings.title]!.items.find((i) => i.Id === meeting.id)!;
    expect(stored().fields["TBStatus"]).toBe("Minutes published");

    tenant.faults.clear();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(
      await screen.findByText(/The minutes are published and locked/, undefined, { timeout: 20_000 }),
    ).toBeInTheDocument();
    const name = `${meeting.localDate} ${board.title} minutes.docx`;
    const files = tenant.state.lists[BoardPapers.title]!.items.filter((i) => i.file?.name === name);
    expect(files).toHaveLength(1);
    expect(files[0]!.version).toBe(1);
    expect(stored().fields["TBMinutesVersion"]).toBe(1);
    const channel = tenant.state.teamwork!.channels[board.groupId]!.find(
      (c) => c.displayName === "Board meetings",
    )!;
    await waitFor(() => expect(tenant.state.teamwork!.messages[channel.id]).toHaveLength(1));
  });
});
