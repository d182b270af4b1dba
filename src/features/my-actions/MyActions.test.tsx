// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../tests/renderApp";

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
