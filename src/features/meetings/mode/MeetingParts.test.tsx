// @vitest-environment jsdom
/**
 * The parts of meeting mode around the minutes — attendance, the previous minutes, an agenda item's
 * actions, actions arising — each rendered inside the app's providers against the emulated tenant,
 * with the meeting as MeetingPage loads it; and the board's decision log through the whole app.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { QueryClientProvider } from "@tanstack/react-query";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { createQueryClient } from "../../../app/App";
import { useServices, ServicesProvider } from "../../../app/services";
import type { MeetingItem } from "../../../data/sharepoint/minutes";
import { canKeepPlan } from "../../../domain/planEditing";
import {
  actionIdByRef,
  boardIdByFolder,
  installDomShims,
  renderApp,
  servicesFor,
} from "../../../../tests/renderApp";
import { persona, tenant, type PersonaRole } from "../../../../tests/tenant/testTenant";
import { useBoardHome, useViewer } from "../../queries";
import type { MeetingPartProps } from "../MeetingPage";
import { useMeetingRecord } from "../useMeetingRecord";
import { ActionsArising } from "./ActionsArising";
import { AttendancePanel } from "./Attendance";
import { ItemActions } from "./ItemActions";
import { PreviousMinutesApproval } from "./PreviousMinutes";

// As in PlanEditing.test.tsx: give elements a layout parent so Fluent's focus manager moves focus into
// dialogs in jsdom, and include aria-hidden elements in queries (tabster's modalizer in jsdom).
beforeAll(() => {
  configure({ defaultHidden: true });
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
});

const meetings = () => tenant.state.lists["TB Meetings"]?.items ?? [];
const boardId = () => boardIdByFolder("early-help");
/** The seeded meetings of the Early Help board: the past one (minutes published) and the next (Planned). */
const pastMeeting = () =>
  meetings().find(
    (i) => i.fields["TBBoardId"] === boardId() && i.fields["TBStatus"] === "Minutes published",
  )!;
const runningMeeting = () => {
  const m = meetings().find(
    (i) => i.fields["TBBoardId"] === boardId() && i.fields["TBStatus"] === "Planned",
  )!;
  m.fields["TBStatus"] = "In progress";
  return m;
};
const siteIdOf = (role: PersonaRole) =>
  tenant.state.siteUsers.find((u) => u.graphId === persona(role).userId)?.Id;

/** Loads what MeetingPage gives every part (board home, meeting record, whether I chair) and renders one. */
function Part({
  meetingId,
  render: part,
}: {
  meetingId: number;
  render: (p: MeetingPartProps) => ReactNode;
}) {
  const home = useBoardHome(boardId());
  const record = useMeetingRecord(meetingId);
  const viewer = useViewer();
  const { roles } = useServices();
  if (!home.data || !record.data || !viewer.data) return <p>Loading</p>;
  const isChair = canKeepPlan(viewer.data, home.data.board, roles.administratorsGroupId);
  return <>{part({ home: home.data, record: record.data, isChair, surface: "tab" })}</>;
}

function renderPart(role: PersonaRole, meetingId: number, part: (p: MeetingPartProps) => ReactNode) {
  installDomShims();
  return render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={createQueryClient()}>
        <ServicesProvider services={servicesFor(role)}>
          <Part meetingId={meetingId} render={part} />
        </ServicesProvider>
      </QueryClientProvider>
    </FluentProvider>,
  );
}

/** A dialog by the start of its title (a closed dialog's surface stays in jsdom: its exit animation never ends). */
async function dialogTitled(title: string) {
  const titled = () =>
    screen
      .queryAllByRole("dialog")
      .filter((d) => d.querySelector(".fui-DialogTitle")?.textContent?.startsWith(title));
  await waitFor(() => expect(titled().length).toBeGreaterThan(0));
  return titled().at(-1)!;
}

describe("meeting mode: attendance", { timeout: 60_000 }, () => {
  it("stores the chair's choices as site users and the guests as JSON, in few writes", async () => {
    const user = userEvent.setup();
    const meeting = runningMeeting();
    renderPart("chair", meeting.Id, (p) => <AttendancePanel {...p} />);

    const member = persona("member").displayName;
    const second = persona("second-member").displayName;
    const memberGroup = await screen.findByRole("radiogroup", { name: member }, { timeout: 10_000 });
    const versionsBefore = meeting.versions?.length ?? 0;
    const writesBefore = tenant.log.filter((l) => l.method === "POST" && l.url.includes("ensureuser")).length;
    await user.click(within(memberGroup).getByRole("radio", { name: "Present" }));
    await user.click(
      within(screen.getByRole("radiogroup", { name: second })).getByRole("radio", { name: "Apologies" }),
    );
    await user.type(screen.getByRole("textbox", { name: "Guest's name" }), "Amira Shah");
    await user.type(screen.getByRole("textbox", { name: "Organisation" }), "Healthwatch");
    await user.click(screen.getByRole("button", { name: "Add guest" }));
    expect(screen.getByRole("button", { name: "Remove Amira Shah" })).toBeInTheDocument();

    expect(await screen.findByText("Attendance saved.", undefined, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => {
      expect(meeting.fields["TBAttendeesId"]).toEqual([siteIdOf("member")]);
      expect(meeting.fields["TBApologiesId"]).toEqual([siteIdOf("second-member")]);
      // Under load the first burst may be saved before the guest is added; the guest follows in the next save.
      expect(JSON.parse(String(meeting.fields["TBGuests"]))).toEqual([
        { name: "Amira Shah", organisation: "Healthwatch" },
      ]);
    });
    // A burst of choices is saved together (one or two writes, not one per click)…
    expect((meeting.versions?.length ?? 0) - versionsBefore).toBeGreaterThanOrEqual(1);
    expect((meeting.versions?.length ?? 0) - versionsBefore).toBeLessThanOrEqual(2);
    // …and each person is added to the site once, whatever the number of saves.
    const ensured = tenant.log.filter((l) => l.method === "POST" && l.url.includes("ensureuser")).length;
    expect(ensured - writesBefore).toBeLessThanOrEqual(2);
  });

  it("refuses an over-long guest name in words and sends nothing", async () => {
    const user = userEvent.setup();
    const meeting = runningMeeting();
    renderPart("chair", meeting.Id, (p) => <AttendancePanel {...p} />);

    const name = await screen.findByRole("textbox", { name: "Guest's name" }, { timeout: 10_000 });
    await user.click(name);
    await user.paste("x".repeat(121));
    await user.click(screen.getByRole("button", { name: "Add guest" }));
    expect(await screen.findByText("The name is 121 characters long: keep it to 120.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Remove / })).not.toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 1500));
    expect(meeting.fields["TBGuests"]).toBeNull();
  });

  it("shows a member the attendance in words, with no controls", async () => {
    const meeting = pastMeeting();
    renderPart("member", meeting.Id, (p) => <AttendancePanel {...p} />);
    expect(
      await screen.findByText(
        /^Present: .+; Apologies: .+; Guests: Principal Social Worker \(County Council\)$/,
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("radiogroup")).not.toBeInTheDocument();
  });
});

describe("meeting mode: the previous minutes", { timeout: 60_000 }, () => {
  it("lets the chair approve the published minutes of the meeting before, and stores it", async () => {
    const user = userEvent.setup();
    const meeting = runningMeeting();
    const past = pastMeeting();
    renderPart("chair", meeting.Id, (p) => <PreviousMinutesApproval {...p} />);

    await user.click(
      await screen.findByRole("button", { name: "Approve the minutes of 25 Oct 2026" }, { timeout: 10_000 }),
    );
    await waitFor(() =>
      expect(
        screen
          .getAllByRole("status")
          .some((e) => /^Approved as a true record at \d\d:\d\d/.test(e.textContent ?? "")),
      ).toBe(true),
    );
    expect(meeting.fields["TBPreviousMeetingId"]).toBe(past.Id);
    expect(meeting.fields["TBPreviousApprovedAt"]).toEqual(expect.stringMatching(/^2026-11-22T10:00/));
    expect(screen.queryByRole("button", { name: /^Approve the minutes/ })).not.toBeInTheDocument();
  });

  it("says a board's first meeting has no minutes to approve", async () => {
    const past = pastMeeting();
    renderPart("chair", past.Id, (p) => <PreviousMinutesApproval {...p} />);
    expect(
      await screen.findByText("This is the board's first meeting: no minutes to approve.", undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
  });
});

describe("meeting mode: actions", { timeout: 60_000 }, () => {
  it("adds an action arising: stored with the meeting's id, in the board's folder, listed at once", async () => {
    const user = userEvent.setup();
    const meeting = runningMeeting();
    renderPart("chair", meeting.Id, (p) => <ActionsArising {...p} item={null} />);

    await user.click(
      await screen.findByRole("button", { name: "Add an action arising" }, { timeout: 10_000 }),
    );
    const dialog = await dialogTitled("Add an action arising");
    const d = within(dialog);
    await user.selectOptions(
      d.getByRole("combobox", { name: /Improvement programme/ }),
      d.getAllByRole("option").find((o) => o.textContent?.startsWith("5:"))!,
    );
    await user.type(d.getByRole("textbox", { name: /^Title/ }), "Write to schools about the new hub");
    await waitFor(() => expect(d.getByRole("combobox", { name: /Owner/ })).toBeEnabled());
    const dawn = d.getAllByRole("option").find((o) => o.textContent?.startsWith("Dawn Lyddon"));
    await user.selectOptions(d.getByRole("combobox", { name: /Owner/ }), dawn!);
    await user.type(d.getByRole("combobox", { name: /Target date/ }), "31/01/2027{Enter}");
    await user.click(d.getByRole("button", { name: "Add action" }));

    expect(
      await screen.findByText(/“Write to schools about the new hub” is in the board's plan/, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    const listed = await screen.findByRole("list", { name: "Actions arising at this meeting" });
    expect(listed).toHaveTextContent("Write to schools about the new hub");
    expect(listed).toHaveTextContent("Owner: Dawn Lyddon");
    expect(listed).toHaveTextContent("Target date 31 Jan 2027");
    const stored = tenant.state.lists["TB Actions"]?.items.filter(
      (i) => i.fields["Title"] === "Write to schools about the new hub",
    );
    expect(stored).toHaveLength(1);
    expect(stored?.[0]?.fields["TBMeetingId"]).toBe(meeting.Id);
    expect(stored?.[0]?.folder).toBe("early-help");
  });

  it("updates an item's action in place: a new version in its history, and the new rating shown", async () => {
    const user = userEvent.setup();
    const meeting = runningMeeting();
    const id = actionIdByRef("5.3");
    const item: MeetingItem = {
      id: 999,
      etag: '"1"',
      meetingId: meeting.Id,
      boardId: boardId(),
      title: "Actions rated Red or Amber",
      order: 4,
      kind: "Exception",
      agendaKind: "redAmber",
      actionId: null,
      actionIds: [id],
      removed: false,
      minutes: "",
      modified: "2026-11-22T10:00:00Z",
      editor: null,
    };
    const versionsBefore =
      tenant.state.lists["TB Actions"]?.items.find((i) => i.Id === id)?.versions?.length ?? 0;
    renderPart("member", meeting.Id, (p) => <ItemActions {...p} item={item} />);

    const list = await screen.findByRole("list", { name: "Actions under this item" }, { timeout: 10_000 });
    expect(within(list).getByText("Green")).toBeInTheDocument();
    await user.click(within(list).getByRole("button", { name: "Update 5.3" }));
    const dialog = await dialogTitled("Update 5.3");
    const d = within(dialog);
    await user.click(d.getByRole("radio", { name: "Amber" }));
    await user.type(d.getByRole("textbox", { name: /Progress note/ }), "Agreed at the board: slipping.");
    await user.click(d.getByRole("button", { name: "Save update" }));
    expect(await d.findByText(/Update saved/, undefined, { timeout: 10_000 })).toBeInTheDocument();

    const stored = tenant.state.lists["TB Actions"]?.items.find((i) => i.Id === id);
    expect(stored?.versions?.length).toBe(versionsBefore + 1);
    expect(stored?.versions?.at(-1)?.fields["TBLastNote"]).toBe("Agreed at the board: slipping.");
    // The board home is read again, so the item shows the new rating.
    await waitFor(() => expect(within(list).getByText("Amber")).toBeInTheDocument(), { timeout: 10_000 });
  });
});

describe("the decision log", { timeout: 60_000 }, () => {
  const decisionsPage = () => `#/board/${boardId()}/decisions`;

  it("finds a decision by a word in any case, linked to its meeting", async () => {
    const user = userEvent.setup();
    renderApp("member", decisionsPage());

    expect(
      await screen.findByRole("heading", { name: /^Decision log of / }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const search = await screen.findByRole("searchbox", { name: "Search decisions" }, { timeout: 10_000 });
    await user.type(search, "éXECUTIVE");
    expect(await screen.findByText("1 decision matches “éXECUTIVE”.")).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Decisions, latest first" });
    expect(list).toHaveTextContent("Overdue actions are reported to the Executive each quarter");
    expect(within(list).getByRole("link", { name: /25 Oct 2026, 14:00/ })).toHaveAttribute(
      "href",
      `#/board/${boardId()}/meetings/${pastMeeting().Id}`,
    );
    await user.clear(search);
    await user.type(search, "playground");
    expect(await screen.findByText("0 decisions match “playground”.")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Decisions, latest first" })).not.toBeInTheDocument();
  });

  it("tells an outsider they cannot see the board's decisions", async () => {
    renderApp("outsider", decisionsPage());
    expect(
      await screen.findByRole("heading", { name: /^You can't see the decisions of / }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
  });
});
