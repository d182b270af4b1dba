// @vitest-environment jsdom
/**
 * A board's tab in a Teams meeting's side panel (320 px wide): it opens on the board's meeting that is
 * on now, or says that none is, against the emulated tenant.
 */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { boardIdByFolder, installDomShims, servicesFor } from "../../../tests/renderApp";
import { tenant, type PersonaRole } from "../../../tests/tenant/testTenant";
import { App } from "../../app/App";

const BOARD = "Early Help Strategic Commissioning Board";

function openSidePanel(role: PersonaRole) {
  installDomShims(320);
  window.sessionStorage.clear();
  window.location.hash = `#/board/${boardIdByFolder("early-help")}`;
  return render(<App services={servicesFor(role)} theme="default" surface="sidePanel" />);
}

const seededMeetings = () =>
  (tenant.state.lists["TB Meetings"]?.items ?? []).filter(
    (i) => i.fields["TBBoardId"] === boardIdByFolder("early-help"),
  );

describe("a board's tab in a meeting's side panel", { timeout: 30_000 }, () => {
  it("opens on the board's meeting in progress, compact, without the tab's way back", async () => {
    const planned = seededMeetings().find((i) => i.fields["TBStatus"] === "Planned");
    expect(planned).toBeDefined();
    planned!.fields["TBStatus"] = "In progress";
    const title = String(planned!.fields["Title"]);

    openSidePanel("member");

    const heading = await screen.findByRole("heading", { name: title }, { timeout: 10_000 });
    const header = heading.closest("header")!;
    expect(within(header).getByText(/In progress/)).toBeInTheDocument();
    // The side panel is the meeting, not the board's tab: no link back to all meetings.
    expect(screen.queryByRole("link", { name: `All meetings of ${BOARD}` })).not.toBeInTheDocument();
    expect(screen.queryByText(/is on now/)).not.toBeInTheDocument();
    // Outside Teams there is no stage to share to.
    expect(screen.queryByRole("button", { name: "Share to the meeting stage" })).not.toBeInTheDocument();
  });

  it("says no meeting is on now, names the next one and links to the board's meetings", async () => {
    // The seed's next meeting is a week after the test's "now": too far ahead to be on now.
    openSidePanel("member");

    expect(
      await screen.findByText(`No meeting of ${BOARD} is on now`, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/The next is “.+”, 29 Nov 2026, 14:00\./)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: `Open the meetings of ${BOARD}` })).toHaveAttribute(
      "href",
      `#/board/${boardIdByFolder("early-help")}/meetings`,
    );
  });

  it("ignores a cancelled meeting that would otherwise be on now", async () => {
    const planned = seededMeetings().find((i) => i.fields["TBStatus"] === "Planned");
    planned!.fields["TBStatus"] = "In progress";
    planned!.fields["TBCancelled"] = true;

    openSidePanel("chair");

    expect(
      await screen.findByText(`No meeting of ${BOARD} is on now`, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
