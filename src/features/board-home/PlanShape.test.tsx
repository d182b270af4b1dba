// @vitest-environment jsdom
/** A board's home follows its plan's shape: archived plans are read-only, years can be looked back on. */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { boardIdByFolder, renderApp } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";
import { archiveDemoPlan, demoPlanTitle, setProgrammeNoun } from "../home/planFixtures";

const earlyHelp = (): string => `#/board/${boardIdByFolder("early-help")}`;
const actionsOf = (folder: string) =>
  tenant.state.lists["TB Actions"]!.items.filter((i) => i.folder === folder && !i.isFolder);
const graphCalls = (): number => tenant.log.filter((l) => l.service === "graph").length;

describe("a board of an archived plan", () => {
  // "Add an action" is queried with hidden elements included, as plan-editing/PlanEditing.test.tsx does:
  // under jsdom, Fluent's focus management can leave parts of the page marked aria-hidden.
  it("says the plan is archived and offers the chair no way to change it", async () => {
    // The chair's tools as they are on the current plan, to compare with.
    renderApp("chair", earlyHelp());
    expect(
      await screen.findByRole("button", { name: "Add an action", hidden: true }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/1 open action has no owner/)).toBeInTheDocument();
    const settled = graphCalls();
    cleanup();
    tenant.clearLog();

    archiveDemoPlan();
    renderApp("chair", earlyHelp());
    expect(
      await screen.findByText(
        `This board is part of the archived plan ${demoPlanTitle()}: you can read it, not change it.`,
      ),
    ).toBeInTheDocument();
    // Everything the chair's tools wait for has arrived (who they are, the board's people).
    await waitFor(() => expect(graphCalls()).toBeGreaterThanOrEqual(settled));
    expect(screen.getByRole("heading", { level: 3, name: /Improvement programme 1:/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Add an action", hidden: true })).not.toBeInTheDocument();
    expect(screen.queryByText(/open action has no owner/)).not.toBeInTheDocument();
    expect(screen.queryByText("Highlight reports need you")).not.toBeInTheDocument();
    expect(screen.queryByText(/only the board's members can update its actions/)).not.toBeInTheDocument();
  });
});

describe("a board's plan years", () => {
  it("shows the current year by default, and completed actions left in an earlier year when chosen", async () => {
    const user = userEvent.setup();
    const actions = actionsOf("early-help");
    const done = actions.filter((a) => a.fields["TBStatus"] === "Complete").slice(0, 2);
    for (const a of done) a.fields["TBPlanYear"] = "2025/26";
    const carried = actions.find((a) => a.fields["TBStatus"] === "In progress")!;
    carried.fields["TBCarriedFrom"] = "2025/26";

    renderApp("member", earlyHelp());
    const year = await screen.findByRole("combobox", { name: "Plan year" });
    expect(year).toHaveValue("2026/27");
    expect(
      within(year)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["2025/26", "2026/27 (current year)"]);
    expect(
      screen.getByText(`Showing ${actions.length - 2} of ${actions.length - 2} actions`),
    ).toBeInTheDocument();
    const row = screen.getByRole("row", { name: new RegExp(String(carried.fields["Title"])) });
    expect(within(row).getByText("Carried forward from 2025/26")).toBeInTheDocument();

    await user.selectOptions(year, "2025/26");
    expect(await screen.findByText("Showing 2 of 2 actions")).toBeInTheDocument();
    for (const a of done)
      expect(screen.getByRole("link", { name: String(a.fields["Title"]) })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Complete: 2 actions/ })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Red: 0 actions/ })).toBeInTheDocument();
    expect(screen.getByText(/actions completed or withdrawn that year stay in it/)).toBeInTheDocument();
  });
});

describe("the plan's own word for its programmes", () => {
  it("heads the action plan and the reports with it", async () => {
    setProgrammeNoun("priority");
    renderApp("member", earlyHelp());
    expect(await screen.findByRole("heading", { level: 3, name: /^Priority 1: / })).toBeInTheDocument();
    expect(screen.getByRole("table", { name: "Actions for priority 1" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: /Improvement programme/ })).not.toBeInTheDocument();
    cleanup();

    renderApp("member", `${earlyHelp()}/reports`);
    expect(
      (await screen.findAllByRole("heading", { level: 2, name: /^Priority \d+: / }, { timeout: 5000 }))
        .length,
    ).toBeGreaterThan(0);
    expect(screen.getByText(/One report per priority this board leads/)).toBeInTheDocument();
  });

  it("says a new board delivers none of them yet, in the plural English would use", async () => {
    setProgrammeNoun("priority");
    tenant.state.lists["TB Programmes"]!.items = [];
    renderApp("member", earlyHelp());
    expect(await screen.findByText(/Delivers no priorities yet/)).toBeInTheDocument();
  });
});
