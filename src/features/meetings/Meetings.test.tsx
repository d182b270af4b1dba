// @vitest-environment jsdom
/**
 * A board's Meetings page through the whole app against the emulated tenant: the seeded past meeting,
 * the chair scheduling one, "who has not updated", and a reminder reaching the member's Teams
 * activity feed (GET /__tenant/notifications, what the workbench's Notifications panel shows).
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { hrefFor, parseRoute } from "../../app/route";
import { boardIdByFolder, renderApp } from "../../../tests/renderApp";
import { persona, tenant } from "../../../tests/tenant/testTenant";
import { archiveDemoPlan, demoPlanTitle } from "../home/planFixtures";

const meetingsPage = () => `#/board/${boardIdByFolder("early-help")}/meetings`;

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

interface FeedItem {
  kind: string;
  text: string;
  previewText: string;
  webUrl: string;
}

async function feedOf(userId: string): Promise<FeedItem[]> {
  const res = await fetch(`http://localhost/__tenant/notifications?userId=${userId}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { notifications: FeedItem[] }).notifications;
}

describe("the Meetings route", () => {
  it("reads #/board/{id}/meetings and writes it back", () => {
    expect(parseRoute("#/board/7/meetings")).toEqual({ name: "meetings", boardId: 7 });
    expect(hrefFor({ name: "meetings", boardId: 7 })).toBe("#/board/7/meetings");
    expect(parseRoute("#/board/7")).toEqual({ name: "board", boardId: 7 });
    expect(parseRoute("#/board/7/meetings/12")).toEqual({ name: "meeting", boardId: 7, meetingId: 12 });
    expect(hrefFor({ name: "meeting", boardId: 7, meetingId: 12 })).toBe("#/board/7/meetings/12");
    expect(parseRoute("#/board/7/decisions")).toEqual({ name: "decisions", boardId: 7 });
    // The reminder's deep link narrows the plan to the reminded owner.
    expect(parseRoute("#/board/7?owner=a.b%40x.example")).toEqual({
      name: "board",
      boardId: 7,
      owner: "a.b@x.example",
    });
    expect(parseRoute("#/board/x/meetings/12")).toEqual({ name: "home" });
    expect(parseRoute("#/board/7/meetings/")).toEqual({ name: "meetings", boardId: 7 });
  });
});

describe("a board's meetings", { timeout: 60_000 }, () => {
  it("lists the seeded past meeting with its date on the site's clock and its state", async () => {
    const url = "https://partnership.sharepoint.test/sites/trustboards/Minutes/early-help/2026-10.docx";
    const seeded = tenant.state.lists["TB Meetings"]?.items.find(
      (i) => i.fields["TBBoardId"] === boardIdByFolder("early-help"),
    );
    seeded!.fields["TBDocumentUrl"] = url;
    renderApp("member", meetingsPage());

    const past = await screen.findByRole(
      "list",
      { name: "Past meetings, latest first" },
      { timeout: 10_000 },
    );
    const item = within(past).getAllByRole("listitem")[0]!;
    // Four weeks before TEST_NOW (22 Nov 2026), at 14:00 UK time.
    expect(item).toHaveTextContent("25 Oct 2026, 14:00");
    expect(item).toHaveTextContent("25 Oct 2026, 14:00 · County Hall, Committee Room 2 · Minutes published");
    expect(within(item).getByRole("link", { name: /^Published minutes/ })).toHaveAttribute("href", url);
    // The seed's next meeting, a week after TEST_NOW, with where it is held.
    const upcoming = screen.getByRole("list", { name: "Upcoming meetings, soonest first" });
    expect(upcoming).toHaveTextContent("29 Nov 2026, 14:00 · County Hall, Committee Room 2 · Planned");
  });

  it("lets the chair schedule a meeting, which then appears under upcoming meetings", async () => {
    const user = userEvent.setup();
    renderApp("chair", meetingsPage());

    await user.click(await screen.findByRole("button", { name: "Schedule a meeting" }, { timeout: 10_000 }));
    const dialog = await waitFor(() => {
      const found = screen
        .queryAllByRole("dialog")
        .find((d) => d.querySelector(".fui-DialogTitle")?.textContent?.startsWith("Schedule a meeting"));
      expect(found).toBeDefined();
      return found!;
    });
    const d = within(dialog);
    // Nothing typed: the form says what to fix and sends nothing.
    await user.click(d.getByRole("button", { name: "Schedule meeting" }));
    expect(await d.findByText(/Give the meeting a title/)).toBeInTheDocument();
    expect(d.getByText("Choose the day of the meeting.")).toBeInTheDocument();

    await user.type(d.getByRole("textbox", { name: /^Title/ }), "Board meeting, December");
    const time = d.getByRole("textbox", { name: /Start time/ });
    await user.clear(time);
    await user.type(time, "9:30");
    // A meeting needs a place or an online link (domain validateMeetingDraft).
    const link = d.getByRole("textbox", { name: /^Online meeting link/ });
    await user.type(link, "https://meet.example.org/board");
    // Last: the date picker keeps focus after Enter (as in the add-action dialog's test).
    await user.type(d.getByRole("combobox", { name: /^Date/ }), "10/12/2026{Enter}");
    await user.click(d.getByRole("button", { name: "Schedule meeting" }));

    expect(
      await screen.findByText(/“Board meeting, December” is scheduled for 10 Dec 2026, 09:30\./, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    const upcoming = await screen.findByRole("list", { name: "Upcoming meetings, soonest first" });
    expect(within(upcoming).getByText("Board meeting, December")).toBeInTheDocument();
    expect(upcoming).toHaveTextContent("10 Dec 2026, 09:30 · Planned");
    const stored = tenant.state.lists["TB Meetings"]?.items.filter(
      (i) => i.fields["Title"] === "Board meeting, December",
    );
    expect(stored).toHaveLength(1);
  });

  it("says a board of an archived plan is read-only, and offers its chair no way to schedule", async () => {
    archiveDemoPlan();
    renderApp("chair", meetingsPage());

    expect(
      await screen.findByText(
        `This board is part of the archived plan ${demoPlanTitle()}: you can read it, not change it.`,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    // The past meeting is still there to read.
    expect(await screen.findByRole("heading", { name: /Past meetings/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Schedule a meeting" })).not.toBeInTheDocument();
  });

  it("shows a member who has not updated, without the chair's schedule and remind buttons", async () => {
    renderApp("member", meetingsPage());

    expect(
      await screen.findByRole("heading", { name: /Who has not updated/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await screen.findByText(/not updated since the last meeting|has been updated/);
    expect(screen.queryByRole("button", { name: "Schedule a meeting" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Remind/ })).not.toBeInTheDocument();
    // Their own actions are marked as theirs.
    expect(screen.getByText(new RegExp(`${persona("member").displayName}\\s*\\(you\\)`))).toBeInTheDocument();
  });

  it("lets the chair remind a member, whose Teams feed then holds the reminder", async () => {
    const user = userEvent.setup();
    const member = persona("member");
    renderApp("chair", meetingsPage());

    const button = await screen.findByRole(
      "button",
      { name: `Remind ${member.displayName}` },
      { timeout: 10_000 },
    );
    await user.click(button);

    expect(
      await screen.findByText(new RegExp(`${member.displayName} has a reminder in\\s+Teams`), undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    const feed = await feedOf(member.userId);
    expect(feed).toHaveLength(1);
    expect(feed[0]?.kind).toBe("activity");
    expect(feed[0]?.text).toMatch(/Early Help/);
    expect(feed[0]?.previewText).toMatch(/^To update: /);
    expect(decodeURIComponent(feed[0]?.webUrl ?? "")).toContain(
      `board/${boardIdByFolder("early-help")}?owner=`,
    );
  });

  it("says when a reminder failed, and Try again sends it once", async () => {
    const user = userEvent.setup();
    const member = persona("member");
    tenant.faults.add({ service: "graph", kind: 500, times: 1, match: "sendActivityNotification" });
    renderApp("chair", meetingsPage());

    await user.click(
      await screen.findByRole("button", { name: `Remind ${member.displayName}` }, { timeout: 10_000 }),
    );
    const alert = await screen.findByText(`${member.displayName} was not reminded.`, undefined, {
      timeout: 10_000,
    });
    expect(await feedOf(member.userId)).toHaveLength(0);
    const notice = alert.closest(".fui-MessageBar") as HTMLElement;
    await user.click(within(notice).getByRole("button", { name: "Try again" }));

    expect(
      await screen.findByText(new RegExp(`${member.displayName} has a reminder in\\s+Teams`), undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(`${member.displayName} was not reminded.`)).not.toBeInTheDocument();
    expect(await feedOf(member.userId)).toHaveLength(1);
  });
});
