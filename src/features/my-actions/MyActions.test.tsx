// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";

describe("my actions", () => {
  it("lists the person's open actions on every board, overdue first, with the board named", async () => {
    renderApp("member", "#/my-actions");
    const table = await screen.findByRole("table", { name: "My open actions" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent("Deliver Making Every Contact Count");
    expect(rows[0]).toHaveTextContent("Overdue");
    expect(table).toHaveTextContent("Early Help Strategic Commissioning Board");
    expect(table).toHaveTextContent("Children & Young People Health & Wellbeing Group");
    expect(screen.getByText(/3 open actions, 1 overdue, across all your boards/)).toBeInTheDocument();
  });

  it("shows cards instead of a table on a phone", async () => {
    renderApp("member", "#/my-actions", { width: 320 });
    const list = await screen.findByRole("list", { name: "My open actions" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("says so when the person owns no actions", async () => {
    renderApp("executive", "#/my-actions");
    expect(await screen.findByRole("heading", { name: "You don't own any actions" })).toBeInTheDocument();
  });
});

describe("my actions across plan years", () => {
  it("shows only the current year's actions until asked for earlier years and archived plans", async () => {
    const user = userEvent.setup();
    renderApp("member", "#/my-actions");
    const table = await screen.findByRole("table", { name: "My open actions" });
    const first = within(table).getAllByRole("row")[1]!;
    const title = within(first).getByRole("link").textContent ?? "";
    cleanup();

    // A roll-over left that action in the year before (as if it had been carried no further).
    const item = tenant.state.lists["TB Actions"]!.items.find((i) => i.fields["Title"] === title)!;
    item.fields["TBPlanYear"] = "2025/26";
    renderApp("member", "#/my-actions");
    expect(
      await screen.findByText(
        /2 open actions, across all your boards\. 1 more is in earlier years or archived plans\./,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: title })).not.toBeInTheDocument();

    await user.click(screen.getByRole("switch", { name: "Show earlier years and archived plans" }));
    expect(await screen.findByRole("link", { name: title })).toBeInTheDocument();
    expect(
      screen.getByText(/3 open actions, 1 overdue, across all your boards, in every plan year\./),
    ).toBeInTheDocument();
  });
});
