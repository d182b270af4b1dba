// @vitest-environment jsdom
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { App } from "../../app/App";
import { boardIdByFolder, installDomShims, servicesFor } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";
import type { TabConfigHost } from "./TabConfig";

/** Stands in for Teams' settings frame: records what the page registers and whether Save is enabled. */
function teamsSettingsFrame(groupId: string | null) {
  installDomShims();
  const state = {
    valid: false,
    getChoice: null as null | (() => { boardId: number; boardTitle: string } | null),
  };
  const host: TabConfigHost = {
    groupId,
    register: (get) => {
      state.getChoice = get;
    },
    setValid: (valid) => {
      state.valid = valid;
    },
  };
  return { host, state };
}

const earlyHelpGroup = (): string => {
  const board = tenant.state.lists["TB Boards"]!.items.find((i) => i.fields["TBFolder"] === "early-help")!;
  return String(board.fields["TBGroupId"]);
};

describe("adding the tab to a channel", () => {
  it("picks the team's own board and enables Save", async () => {
    const { host, state } = teamsSettingsFrame(earlyHelpGroup());
    render(<App services={servicesFor("chair")} theme="default" tabConfig={host} />);
    // The team's own board is chosen once the team's groups are known (a moment after the list shows).
    const own = await screen.findByRole("radio", { name: "Early Help Strategic Commissioning Board" });
    await waitFor(() => expect(own).toBeChecked());
    await waitFor(() => expect(state.valid).toBe(true));
    expect(state.getChoice?.()).toEqual({
      boardId: boardIdByFolder("early-help"),
      boardTitle: "Early Help Strategic Commissioning Board",
    });
  });

  it("lists every board when the team has none linked, and waits for a choice", async () => {
    const user = userEvent.setup();
    const { host, state } = teamsSettingsFrame(null);
    render(<App services={servicesFor("administrator")} theme="default" tabConfig={host} />);
    expect(await screen.findByText(/No board is linked to this team yet/)).toBeInTheDocument();
    expect(screen.getAllByRole("radio")).toHaveLength(7);
    expect(state.valid).toBe(false);
    expect(state.getChoice?.()).toBeNull();
    await user.click(screen.getByRole("radio", { name: "Workforce Board" }));
    await waitFor(() => expect(state.valid).toBe(true));
    expect(state.getChoice?.()?.boardTitle).toBe("Workforce Board");
  });
});
