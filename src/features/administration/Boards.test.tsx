// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";

describe("boards in administration", () => {
  it("adds a board linked to a team and channel picked from Microsoft 365, with its chair and sponsor picked, not typed", async () => {
    renderApp("administrator", "#/admin/boards");
    await userEvent.click(await screen.findByRole("button", { name: "Add a board" }, { timeout: 10_000 }));
    const form = screen.getByRole("form", { name: "New board" });
    await userEvent.click(within(form).getByRole("textbox", { name: /^Name/ }));
    await userEvent.paste("Start Well Partnership");

    const group = within(form).getByRole("combobox", { name: /Microsoft 365 group or team/ });
    // Every group is offered, teams first; one that already backs a board says so.
    await userEvent.click(group);
    const listbox = await screen.findByRole("listbox");
    expect(
      within(listbox).getByRole("option", {
        name: /Early Help.*already a board: Early Help Strategic Commissioning Board/,
      }),
    ).toBeInTheDocument();
    await userEvent.type(group, "Start");
    await userEvent.click(within(listbox).getByRole("option", { name: /^Start Well Partnership\s*Team/ }));

    const channel = within(form).getByRole("combobox", { name: /^Channel/ });
    await within(channel).findByRole("option", { name: "General" });
    await userEvent.selectOptions(channel, "General");
    const chair = within(form).getByRole("combobox", { name: /^Chair/ });
    await within(chair).findByRole("option", { name: "Dr Eleanor Tremlett (owner)" });
    await userEvent.selectOptions(chair, "Dr Eleanor Tremlett (owner)");
    const sponsor = within(form).getByRole("combobox", { name: /Lead sponsor/ });
    await within(sponsor).findByRole("option", { name: "Margaret Pennock" });
    await userEvent.selectOptions(sponsor, "Margaret Pennock");
    await userEvent.click(within(form).getByRole("button", { name: "Add the board" }));

    const table = await screen.findByRole("table", {}, { timeout: 10_000 });
    const row = await within(table).findByRole(
      "row",
      { name: /^Start Well Partnership/ },
      { timeout: 10_000 },
    );
    expect(row).toHaveTextContent("Dr Eleanor Tremlett (Chair)");
    expect(row).toHaveTextContent("Margaret Pennock");
    expect(row).toHaveTextContent("Monthly");
    expect(row).toHaveTextContent("Start Well Partnership, General channel");
    const saved = tenant.state.lists["TB Boards"]?.items.find(
      (i) => i.fields["Title"] === "Start Well Partnership",
    );
    expect(saved?.fields["TBFolder"]).toBe("start-well-partnership");
    expect(saved?.fields["TBChannelName"]).toBe("General");
  }, 60_000);

  it("keeps what was typed and says what to fix when the board has no name or group", async () => {
    renderApp("administrator", "#/admin/boards");
    await userEvent.click(await screen.findByRole("button", { name: "Add a board" }, { timeout: 10_000 }));
    const form = screen.getByRole("form", { name: "New board" });
    await userEvent.type(within(form).getByRole("textbox", { name: /Meets/ }), "ly");
    await userEvent.click(within(form).getByRole("button", { name: "Add the board" }));
    await waitFor(() =>
      expect(within(form).getByRole("textbox", { name: /^Name/ })).toHaveAccessibleDescription(
        /Give the board a name/,
      ),
    );
    expect(
      within(form).getByRole("combobox", { name: /Microsoft 365 group or team/ }),
    ).toHaveAccessibleDescription(/Choose the Microsoft 365 group or team/);
    expect(within(form).getByRole("textbox", { name: /Meets/ })).toHaveValue("Monthlyly");
  });
});
