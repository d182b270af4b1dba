// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../tests/renderApp";
import { addBoard, addPlan, demoPlanTitle } from "./planFixtures";

const OLD_PLAN = "Children & Young People's Plan 2022–2025";
const OLD_BOARD = "Early Help Board (2022–2025)";

describe("home", () => {
  it("shows the current plan's boards, and an archived plan's boards when chosen, marked read-only", async () => {
    const user = userEvent.setup();
    const old = addPlan({ title: OLD_PLAN, status: "Archived" });
    addBoard(old, OLD_BOARD, "early-help-2022");
    renderApp("member", "#/");
    const current = await screen.findByRole("list", { name: `Boards of ${demoPlanTitle()}` });
    expect(within(current).getAllByRole("listitem")).toHaveLength(7);
    expect(screen.getByRole("heading", { level: 2, name: demoPlanTitle() })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: OLD_BOARD })).not.toBeInTheDocument();
    expect(screen.queryByText("Archived plan: read-only")).not.toBeInTheDocument();

    const picker = screen.getByRole("combobox", { name: "Show the boards of" });
    // By the option itself: user-event compares a string with the option's innerHTML ("&amp;").
    await user.selectOptions(
      picker,
      screen.getByRole("option", { name: `${OLD_PLAN} (archived, read-only)` }),
    );
    const archived = await screen.findByRole("list", { name: `Boards of ${OLD_PLAN}` });
    expect(within(archived).getByRole("link", { name: OLD_BOARD })).toBeInTheDocument();
    expect(within(archived).getByText("Archived plan: read-only")).toBeInTheDocument();
    expect(screen.queryByRole("list", { name: `Boards of ${demoPlanTitle()}` })).not.toBeInTheDocument();

    await user.selectOptions(picker, screen.getByRole("option", { name: "The current plan" }));
    expect(await screen.findByRole("list", { name: `Boards of ${demoPlanTitle()}` })).toBeInTheDocument();
  });

  it("shows a plan being set up, and the way to administration, only to a plan administrator", async () => {
    const next = addPlan({ title: "Children & Young People's Plan 2028–2031", status: "Draft", start: 2028 });
    addBoard(next, "Start Well Partnership", "start-well");
    renderApp("administrator", "#/");
    const drafts = await screen.findByRole("list", {
      name: "Boards of Children & Young People's Plan 2028–2031",
    });
    expect(within(drafts).getByRole("link", { name: "Start Well Partnership" })).toBeInTheDocument();
    expect(screen.getByText("Being set up")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Administration" })).toHaveAttribute("href", "#/admin/plans");
  });

  it("keeps a plan being set up, and administration, from everyone else", async () => {
    const next = addPlan({ title: "Children & Young People's Plan 2028–2031", status: "Draft", start: 2028 });
    addBoard(next, "Start Well Partnership", "start-well");
    renderApp("member", "#/");
    await screen.findByRole("list", { name: `Boards of ${demoPlanTitle()}` });
    expect(screen.queryByRole("link", { name: "Start Well Partnership" })).not.toBeInTheDocument();
    expect(screen.queryByText("Being set up")).not.toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Administration" })).not.toBeInTheDocument();
    // Only one plan to look at: no picker.
    expect(screen.queryByRole("combobox", { name: "Show the boards of" })).not.toBeInTheDocument();
  });
});
