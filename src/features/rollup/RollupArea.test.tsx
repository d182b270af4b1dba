// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { readPlanRecord } from "../../data/sharepoint/planRecord";
import { buildExecutiveRollup } from "../../domain/executiveRollup";
import { RAG_COUNTS } from "../../domain/rollup";
import { renderApp, servicesFor } from "../../../tests/renderApp";
import { TEST_NOW, tenant } from "../../../tests/tenant/testTenant";
import { addPlan, archiveDemoPlan } from "../home/planFixtures";

const Q3 = { planYear: "2026/27", quarter: "Q3" } as const;
const planId = (): number => tenant.state.lists["TB Plans"]!.items[0]!.Id;

/** The builder over the same emulated tenant, read as the Executive: what the screen must agree with. */
async function expected() {
  const record = await readPlanRecord(servicesFor("executive").sp, {
    planId: planId(),
    quarter: Q3,
    now: TEST_NOW,
  });
  tenant.clearLog();
  return buildExecutiveRollup(record, Q3, TEST_NOW);
}

const programmeRow = async (name: string): Promise<HTMLElement> => {
  const table = await screen.findByRole(
    "table",
    { name: /status, trend and actions at quarter end/ },
    { timeout: 5000 },
  );
  const header = within(table).getByRole("rowheader", { name });
  return header.closest("tr") as HTMLElement;
};

describe("the Trust Executive rollup", () => {
  it("lists every programme with the status, trend and counts the rollup rules give", async () => {
    const rollup = await expected();
    expect(rollup.programmes.length).toBeGreaterThan(0);
    renderApp("executive", "#/rollup?quarter=2026-27-Q3");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Trust Executive rollup" }),
    ).toBeInTheDocument();
    for (const p of rollup.programmes) {
      const row = await programmeRow(`${p.number}. ${p.title}`);
      const cells = within(row).getAllByRole("cell");
      expect(cells[1]).toHaveTextContent(p.status ?? "No status");
      expect(cells[2]).toHaveTextContent(p.trend);
      RAG_COUNTS.forEach((k, i) => expect(cells[3 + i]).toHaveTextContent(new RegExp(`^${p.counts[k]}$`)));
      expect(cells[8]).toHaveTextContent(new RegExp(`^${p.overdue}$`));
      expect(cells[9]).toHaveTextContent(new RegExp(`^${p.slipped}$`));
    }
    expect(screen.getByText(new RegExp(`${rollup.totals.total} actions:`))).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Executive Summary (Word)" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Dashboard (Excel)" })).toBeEnabled();
  });

  it("links each programme to its boards' action plans and its lead board's report", async () => {
    const rollup = await expected();
    renderApp("executive", "#/rollup");
    for (const p of rollup.programmes) {
      const row = await programmeRow(`${p.number}. ${p.title}`);
      for (const b of p.boards)
        expect(within(row).getByRole("link", { name: b.title })).toHaveAttribute("href", `#/board/${b.id}`);
      expect(within(row).getByRole("link", { name: /Highlight report for/ })).toHaveAttribute(
        "href",
        `#/board/${p.boards[0]!.id}/reports?programme=${p.programmeId}&quarter=2026-27-Q3`,
      );
    }
    const risk = rollup.risks.find((r) => r.band === "Very high" || r.band === "High");
    if (risk)
      expect(screen.getAllByRole("link", { name: `Risk register of ${risk.boardTitle}` })[0]).toHaveAttribute(
        "href",
        `#/board/${risk.boardId}/risks`,
      );
  });

  it("tells a board member plainly that the rollup is not theirs to see", async () => {
    renderApp("member", "#/rollup");
    expect(
      await screen.findByRole(
        "heading",
        { name: "You can't see the Trust Executive rollup" },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table", { name: /status, trend and actions/ })).not.toBeInTheDocument();
  });

  it("tells someone outside every board the same", async () => {
    renderApp("outsider", "#/rollup");
    expect(
      await screen.findByRole(
        "heading",
        { name: "You can't see the Trust Executive rollup" },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });

  it("says so when the plan has no programmes yet", async () => {
    tenant.state.lists["TB Programmes"]!.items = [];
    renderApp("executive", "#/rollup");
    expect(
      await screen.findByRole("heading", { name: /has no improvement programmes yet/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it("shows the first 25 slipped actions of a large plan and offers the rest", async () => {
    // Thirty open actions of this plan year fell due in October and are still open: all missed.
    const actions = tenant.state.lists["TB Actions"]!.items.filter(
      (i) => i.fields["TBPlanYear"] === "2026/27",
    );
    for (const item of actions.slice(0, 30)) {
      item.fields["TBStatus"] = "In progress";
      item.fields["TBTargetDate"] = "2026-10-15T00:00:00Z";
      item.fields["TBRevisedDate"] = null;
      delete item.versions;
    }
    const rollup = await expected();
    expect(rollup.slippage.length).toBeGreaterThan(25);
    renderApp("executive", "#/rollup?quarter=2026-27-Q3");
    const list = await screen.findByRole("list", { name: "Slipped actions" }, { timeout: 5000 });
    expect(within(list).getAllByRole("listitem")).toHaveLength(25);
    const more = screen.getByRole("button", {
      name: `Show all ${rollup.slippage.length} slipped actions (${rollup.slippage.length - 25} more)`,
    });
    await userEvent.click(more);
    expect(within(list).getAllByRole("listitem")).toHaveLength(rollup.slippage.length);
    expect(screen.queryByRole("button", { name: /Show all/ })).not.toBeInTheDocument();
  });
});

describe("the rollup of an archived plan", () => {
  it("offers archived plans, read-only, with the quarters of their own years", async () => {
    const user = userEvent.setup();
    addPlan({ title: "Children & Young People's Plan 2022–2025", status: "Archived", start: 2022 });
    renderApp("executive", "#/rollup");
    const picker = await screen.findByRole("combobox", { name: "Plan" }, { timeout: 5000 });
    expect(picker).toHaveValue(String(planId()));
    expect(screen.queryByText(/is archived: its rollup/)).not.toBeInTheDocument();
    await user.selectOptions(
      picker,
      screen.getByRole("option", { name: "Children & Young People's Plan 2022–2025 (archived, read-only)" }),
    );
    expect(
      await screen.findByText(
        /Children & Young People's Plan 2022–2025 is archived: its rollup, reports and exports can be read, not changed\./,
      ),
    ).toBeInTheDocument();
    const quarters = within(screen.getByRole("combobox", { name: "Quarter" })).getAllByRole("option");
    expect(quarters[0]).toHaveTextContent(/^Q1 2022\/23/);
    expect(quarters.at(-1)).toHaveTextContent(/^Q4 2024\/25/);
  });

  it("shows the Executive's narrative of an archived plan to read, not to change", async () => {
    archiveDemoPlan();
    renderApp("executive", "#/rollup");
    expect(
      await screen.findByText(/is archived: its rollup, reports and exports can be read/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole("heading", { name: "Overall narrative" }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save narrative" })).not.toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: /overall narrative/ })).not.toBeInTheDocument();
  });
});
