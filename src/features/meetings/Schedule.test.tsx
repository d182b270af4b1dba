// @vitest-environment jsdom
/**
 * The chair schedules a meeting with a place and a Teams meeting in the board's calendar (Graph
 * POST /groups/{id}/events, tests/tenant/graph/teamwork.ts), whose join link is saved as the meeting's
 * online link; and calls off a planned meeting, which stays in the list marked "Cancelled".
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { boardByFolder } from "../../../tests/tenant/bulk";
import { boardIdByFolder, renderApp } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";

const meetingsPage = () => `#/board/${boardIdByFolder("early-help")}/meetings`;

// As in Meetings.test.tsx: a layout parent for Fluent's focus manager, and aria-hidden included.
beforeAll(() => {
  configure({ defaultHidden: true });
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
});

const dialogTitled = (start: string) =>
  waitFor(() => {
    const found = screen
      .queryAllByRole("dialog")
      .find((d) => d.querySelector(".fui-DialogTitle")?.textContent?.startsWith(start));
    expect(found).toBeDefined();
    return found!;
  });

describe("scheduling a meeting with a place and a Teams meeting", { timeout: 90_000 }, () => {
  it("checks the place, link and end, then makes the Teams meeting and keeps its join link", async () => {
    const user = userEvent.setup();
    const groupId = boardByFolder(tenant, "early-help").fields["TBGroupId"] as string;
    renderApp("chair", meetingsPage());

    await user.click(await screen.findByRole("button", { name: "Schedule a meeting" }, { timeout: 10_000 }));
    const d = within(await dialogTitled("Schedule a meeting"));
    await user.type(d.getByRole("textbox", { name: /^Title/ }), "Board meeting, December");
    await user.type(d.getByRole("textbox", { name: /^End time/ }), "13:00");
    await user.type(d.getByRole("textbox", { name: /^Online meeting link/ }), "http://example.org/x");
    await user.type(d.getByRole("combobox", { name: /^Date/ }), "10/12/2026{Enter}");
    await user.click(d.getByRole("button", { name: "Schedule meeting" }));
    // The domain's rules: an end after the start, a secure link.
    expect(await d.findByText("The meeting must end after it starts.")).toBeInTheDocument();
    expect(d.getByText("Online meeting links must start with https://")).toBeInTheDocument();
    await user.clear(d.getByRole("textbox", { name: /^Online meeting link/ }));
    expect(await d.findByText("Say where the meeting is held, or give its online link.")).toBeInTheDocument();
    expect(tenant.state.teamwork?.events[groupId] ?? []).toHaveLength(0);

    const end = d.getByRole("textbox", { name: /^End time/ });
    await user.clear(end);
    await user.type(end, "16:00");
    await user.type(d.getByRole("textbox", { name: /^Place/ }), "County Hall, Committee Room 2");
    await user.click(
      d.getByRole("checkbox", { name: "Also create a Teams meeting in the board's calendar" }),
    );
    await user.click(d.getByRole("button", { name: "Schedule meeting" }));

    expect(
      await screen.findByText(
        /The Teams meeting is in the board's calendar and its join link is saved/,
        undefined,
        {
          timeout: 10_000,
        },
      ),
    ).toBeInTheDocument();
    const events = tenant.state.teamwork?.events[groupId] ?? [];
    expect(events).toHaveLength(1);
    // 14:00–16:00 on 10 December, London time (GMT), as UTC in the calendar.
    expect(events[0]).toMatchObject({
      subject: "Board meeting, December",
      start: { dateTime: "2026-12-10T14:00:00", timeZone: "UTC" },
      end: { dateTime: "2026-12-10T16:00:00", timeZone: "UTC" },
      location: "County Hall, Committee Room 2",
      isOnlineMeeting: true,
    });
    const joinUrl = events[0]!.joinUrl!;
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const stored = tenant.state.lists["TB Meetings"]?.items.filter(
      (i) => i.fields["Title"] === "Board meeting, December",
    );
    expect(stored).toHaveLength(1);
    expect(stored![0]!.fields["TBOnlineUrl"]).toBe(joinUrl);
    expect(stored![0]!.fields["TBPlace"]).toBe("County Hall, Committee Room 2");

    const upcoming = await screen.findByRole("list", { name: "Upcoming meetings, soonest first" });
    const item = within(upcoming)
      .getAllByRole("listitem")
      .find((li) => li.textContent?.includes("Board meeting, December"))!;
    expect(item).toHaveTextContent("10 Dec 2026, 14:00 · County Hall, Committee Room 2 · Planned");
    expect(within(item).getByRole("link", { name: "Join online: Board meeting, December" })).toHaveAttribute(
      "href",
      joinUrl,
    );
  });
});

describe("when the calendar fails", { timeout: 60_000 }, () => {
  it("says the meeting is scheduled but not its Teams meeting, and Try again makes only that", async () => {
    const user = userEvent.setup();
    const groupId = boardByFolder(tenant, "early-help").fields["TBGroupId"] as string;
    tenant.faults.add({ service: "graph", kind: 500, times: 1, match: "/events" });
    renderApp("chair", meetingsPage());

    await user.click(await screen.findByRole("button", { name: "Schedule a meeting" }, { timeout: 10_000 }));
    const d = within(await dialogTitled("Schedule a meeting"));
    await user.type(d.getByRole("textbox", { name: /^Title/ }), "Extra meeting");
    await user.click(
      d.getByRole("checkbox", { name: "Also create a Teams meeting in the board's calendar" }),
    );
    await user.type(d.getByRole("combobox", { name: /^Date/ }), "10/12/2026{Enter}");
    await user.click(d.getByRole("button", { name: "Schedule meeting" }));

    expect(
      await d.findByText("The meeting is scheduled, but its Teams meeting was not made.", undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(tenant.state.teamwork?.events[groupId] ?? []).toHaveLength(0);
    await user.click(d.getByRole("button", { name: /Try again/ }));

    expect(
      await screen.findByText(/“Extra meeting” is scheduled .* join link is saved/, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    const stored = tenant.state.lists["TB Meetings"]?.items.filter(
      (i) => i.fields["Title"] === "Extra meeting",
    );
    expect(stored).toHaveLength(1);
    const events = tenant.state.teamwork?.events[groupId] ?? [];
    expect(events).toHaveLength(1);
    // No end time: an hour from 14:00.
    expect(events[0]!.end.dateTime).toBe("2026-12-10T15:00:00");
    expect(stored![0]!.fields["TBOnlineUrl"]).toBe(events[0]!.joinUrl);
  });
});

describe("cancelling a planned meeting", { timeout: 60_000 }, () => {
  it("lets the chair call it off: it stays in the list, marked Cancelled", async () => {
    const user = userEvent.setup();
    const planned = tenant.state.lists["TB Meetings"]?.items.find(
      (i) => i.fields["TBBoardId"] === boardIdByFolder("early-help") && i.fields["TBStatus"] === "Planned",
    );
    const title = String(planned!.fields["Title"]);
    renderApp("chair", meetingsPage());

    await user.click(await screen.findByRole("button", { name: `Cancel ${title}` }, { timeout: 10_000 }));
    const d = within(await dialogTitled("Cancel"));
    await user.click(d.getByRole("button", { name: "Cancel the meeting" }));

    const upcoming = await screen.findByRole("list", { name: "Upcoming meetings, soonest first" });
    await waitFor(() => expect(upcoming).toHaveTextContent(/· Cancelled/));
    expect(screen.queryByRole("button", { name: `Cancel ${title}` })).not.toBeInTheDocument();
    expect(planned!.fields["TBCancelled"]).toBe(true);
  });

  it("is not offered to a member", async () => {
    renderApp("member", meetingsPage());
    await screen.findByRole("list", { name: "Upcoming meetings, soonest first" }, { timeout: 10_000 });
    expect(screen.queryByRole("button", { name: /^Cancel / })).not.toBeInTheDocument();
  });
});
