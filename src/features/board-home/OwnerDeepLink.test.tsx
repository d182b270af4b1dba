// @vitest-environment jsdom
/**
 * The reminder's deep link (#/board/{id}?owner=email, see PreparePanel remindersLink) opens the board's
 * plan on the reminded person's actions, with the Owner filter set so they can clear it.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { boardIdByFolder, renderApp } from "../../../tests/renderApp";
import { persona } from "../../../tests/tenant/testTenant";

const board = (): string => `#/board/${boardIdByFolder("early-help")}`;

describe("a board's plan opened from a reminder", { timeout: 30_000 }, () => {
  it("shows only the reminded owner's actions, with the Owner filter preselected", async () => {
    const user = userEvent.setup();
    const member = persona("member");
    renderApp("member", `${board()}?owner=${encodeURIComponent(member.upn.toUpperCase())}`);

    const owner = await screen.findByRole("combobox", { name: "Owner" }, { timeout: 10_000 });
    const chosen = within(owner)
      .getAllByRole<HTMLOptionElement>("option")
      .find((o) => o.selected);
    expect(chosen).toHaveTextContent(member.displayName);
    const status = screen.getByText(/^Showing \d+ of 18 actions$/);
    const shown = Number(/Showing (\d+)/.exec(status.textContent ?? "")?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(18);
    for (const table of screen.getAllByRole("table")) {
      for (const row of within(table).getAllByRole("row").slice(1)) {
        expect(within(row).getAllByRole("cell")[2]).toHaveTextContent(member.displayName);
      }
    }

    await user.selectOptions(owner, "Everyone");
    expect(screen.getByText("Showing 18 of 18 actions")).toBeInTheDocument();
  });

  it("says so when the person owns no actions on the board, and offers them all", async () => {
    renderApp("member", `${board()}?owner=${encodeURIComponent("nobody@partnership.example")}`);

    expect(
      await screen.findByText(/nobody@partnership\.example owns no actions on this board\./, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Show all actions" })).toHaveAttribute("href", board());
    expect(screen.getByText("Showing 18 of 18 actions")).toBeInTheDocument();
  });
});
