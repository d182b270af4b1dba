// @vitest-environment jsdom
/**
 * The Early Help chair owns the board's Microsoft 365 group without being a member of it, as chairs
 * often are on a real tenant: owners and members are two lists. The app must still treat them as on
 * the board — able to edit, not "no longer on the board".
 */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { actionIdByRef, boardIdByFolder, renderApp } from "../../tests/renderApp";
import { persona, tenant } from "../../tests/tenant/testTenant";

const earlyHelpGroup = () =>
  tenant.state.lists["TB Boards"]?.items.find((i) => i.fields["TBFolder"] === "early-help")?.fields[
    "TBGroupId"
  ];

describe("a chair who owns the board's group but is not a member", () => {
  it("is really an owner only in the emulated tenant", () => {
    const group = tenant.state.groups.find((g) => g.id === earlyHelpGroup());
    expect(group?.ownerIds).toContain(persona("chair").userId);
    expect(group?.memberIds).not.toContain(persona("chair").userId);
  });

  it("sees the board as editable, and is not named among owners who left the board", async () => {
    renderApp("chair", `#/board/${boardIdByFolder("early-help")}`);

    // Action 5.5 is the chair's own; only Stuart Maddock has left.
    expect(
      await screen.findByText(
        /owned by someone no longer on the board \(Stuart Maddock\)/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Miriam Castleton\)/)).not.toBeInTheDocument();
    expect(screen.queryByText(/You can read this board but not change it/)).not.toBeInTheDocument();
  });

  it("updates an action of the board, saved in SharePoint as the chair", async () => {
    const user = userEvent.setup();
    const id = actionIdByRef("5.5");
    renderApp("chair", `#/board/${boardIdByFolder("early-help")}/action/${id}`);

    await user.type(
      await screen.findByRole("textbox", { name: /Progress note/ }, { timeout: 5000 }),
      "Self-evaluation session booked for the January board.",
    );
    await user.click(screen.getByRole("button", { name: "Save update" }));

    expect(await screen.findByText(/Update saved/)).toBeInTheDocument();
    const chairSiteId = tenant.state.siteUsers.find((u) => u.graphId === persona("chair").userId)?.Id;
    await waitFor(() => {
      const item = tenant.state.lists["TB Actions"]?.items.find((i) => i.Id === id);
      expect(item?.fields["TBLastNote"]).toBe("Self-evaluation session booked for the January board.");
      expect(item?.EditorId).toBe(chairSiteId);
    });
  });
});
