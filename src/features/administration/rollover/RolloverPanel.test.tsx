// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { QueryClientProvider } from "@tanstack/react-query";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { installDomShims, servicesFor } from "../../../../tests/renderApp";
import { tenant, type PersonaRole } from "../../../../tests/tenant/testTenant";
import { createQueryClient } from "../../../app/App";
import { ServicesProvider } from "../../../app/services";
import { listPlans } from "../../../data/sharepoint/plans";
import type { Plan } from "../../../domain/types";
import { RolloverPanel } from "./RolloverPanel";

// jsdom lays nothing out, so Fluent's focus manager (tabster) takes every element for display:none and
// would never move focus into the dialog; give elements a layout parent, as a browser does. Even so,
// tabster marks the open dialog aria-hidden in jsdom, so queries include aria-hidden elements (as in
// features/plan-editing/PlanEditing.test.tsx); the browser journeys check the real tree with axe.
beforeAll(() => {
  configure({ defaultHidden: true });
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
});

async function demoPlan(): Promise<Plan> {
  const plan = (await listPlans(servicesFor("administrator").sp))[0];
  if (!plan) throw new Error("no plan");
  return plan;
}

function renderPanel(plan: Plan, role: PersonaRole = "administrator") {
  installDomShims();
  return render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={createQueryClient()}>
        <ServicesProvider services={servicesFor(role)}>
          <RolloverPanel plan={plan} />
        </ServicesProvider>
      </QueryClientProvider>
    </FluentProvider>,
  );
}

const actions = () => tenant.state.lists["TB Actions"]?.items ?? [];
const inYear = (year: string) => actions().filter((i) => i.fields["TBPlanYear"] === year);
/** The confirmation (a closed dialog's surface stays in jsdom: its exit animation never ends). */
async function confirmDialog(): Promise<HTMLElement> {
  const open = () =>
    screen
      .queryAllByRole("dialog")
      .filter((d) => d.querySelector(".fui-DialogTitle")?.textContent?.startsWith("Roll "));
  await waitFor(() => expect(open().length).toBeGreaterThan(0), { timeout: 5000 });
  return open().at(-1) as HTMLElement;
}
const currentYear = () => tenant.state.lists["TB Plans"]?.items[0]?.fields["TBCurrentYear"];
const WORDS =
  "49 open actions move into 2027/28 with their history; 11 completed and 1 withdrawn stay in 2026/27's record, unchanged.";

describe("the year roll-over section", () => {
  it("previews in words and per board, confirms, shows progress and then what it did", async () => {
    const user = userEvent.setup();
    renderPanel(await demoPlan());

    expect(await screen.findByText(WORDS, {}, { timeout: 5000 })).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Roll-over from 2026/27 to 2027/28, by board" });
    const earlyHelp = within(table).getByRole("row", { name: /^Early Help Strategic Commissioning Board/ });
    expect(
      within(earlyHelp)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["Early Help Strategic Commissioning Board", "15", "3", "0"]);
    expect(within(table).getByRole("row", { name: /^All boards/ })).toHaveTextContent("All boards49120");

    // Asking first, with exactly what will happen; "Not now" changes nothing.
    await user.click(screen.getByRole("button", { name: "Roll over to 2027/28" }));
    let dialog = await confirmDialog();
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(within(dialog).getByText(WORDS)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Not now" }));
    expect(currentYear()).toBe("2026/27");

    await user.click(screen.getByRole("button", { name: "Roll over to 2027/28" }));
    dialog = await confirmDialog();
    tenant.faults.latencyMs = 150; // slow enough to see it run
    await user.click(within(dialog).getByRole("button", { name: "Roll over to 2027/28" }));
    // Progress, in a bar and in words a screen reader announces politely.
    const progress = await screen.findByText(/^\d+ of 49 actions carried$/, {}, { timeout: 5000 });
    expect(progress).toHaveAttribute("aria-live", "polite");
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuemax", "49");

    const done = await screen.findByText("Roll-over finished", {}, { timeout: 10_000 });
    await waitFor(() => expect(done).toHaveFocus());
    expect(screen.getByText("49 open actions carried from 2026/27 into 2027/28.")).toBeInTheDocument();
    expect(screen.getByText("The plan's current year is now 2027/28.")).toBeInTheDocument();
    expect(currentYear()).toBe("2027/28");
    expect(inYear("2027/28")).toHaveLength(49);
    // The preview, read again, says the plan has no year left to roll into.
    expect(
      await screen.findByText(/ends with 2027\/28: set up the next plan instead\./, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Roll over to/ })).not.toBeInTheDocument();
  });

  it("says what happened when it stops part way, and running it again finishes without duplicates", async () => {
    const user = userEvent.setup();
    const count = actions().length;
    renderPanel(await demoPlan());
    await user.click(await screen.findByRole("button", { name: "Roll over to 2027/28" }, { timeout: 5000 }));
    const victim = inYear("2026/27").find((i) => i.fields["TBStatus"] === "In progress")?.Id ?? 0;
    tenant.faults.add({
      service: "sharepoint",
      kind: 500,
      times: 1,
      match: `items(${victim})`,
      inBatchParts: true,
    });
    await user.click(within(await confirmDialog()).getByRole("button", { name: "Roll over to 2027/28" }));

    const stopped = await screen.findByText("The roll-over stopped", {}, { timeout: 10_000 });
    await waitFor(() => expect(stopped).toHaveFocus());
    expect(
      screen.getByText(
        /48 of 49 open actions were carried\. Run it again to finish — nothing will be duplicated\./,
      ),
    ).toBeInTheDocument();
    expect(currentYear()).toBe("2026/27");

    await user.click(screen.getByRole("button", { name: "Run it again" }));
    expect(await screen.findByText("Roll-over finished", {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText("1 open action carried from 2026/27 into 2027/28.")).toBeInTheDocument();
    expect(screen.getByText("48 actions were already in 2027/28: skipped.")).toBeInTheDocument();
    expect(actions()).toHaveLength(count);
    expect(inYear("2027/28")).toHaveLength(49);
    expect(currentYear()).toBe("2027/28");
  });

  it("tells someone who is not a plan administrator that SharePoint refused, and that nothing changed", async () => {
    const user = userEvent.setup();
    renderPanel(await demoPlan(), "member");
    await user.click(await screen.findByRole("button", { name: "Roll over to 2027/28" }, { timeout: 5000 }));
    await user.click(within(await confirmDialog()).getByRole("button", { name: "Roll over to 2027/28" }));
    expect(await screen.findByText("The roll-over stopped", {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(
      screen.getByText(
        "Only plan administrators can roll a plan's year over (SharePoint refused the change). Nothing was changed.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/nothing will be duplicated/)).not.toBeInTheDocument();
    expect(inYear("2027/28")).toHaveLength(0);
    expect(currentYear()).toBe("2026/27");
  });

  it("offers no roll-over for an archived plan, and says why", async () => {
    const plan = await demoPlan();
    const stored = tenant.state.lists["TB Plans"]?.items[0];
    if (stored) stored.fields["TBStatus"] = "Archived";
    renderPanel(plan);
    expect(
      await screen.findByText(/is archived: its actions are kept as they are/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Roll over to/ })).not.toBeInTheDocument();
  });

  it("explains a failed preview and reads it again on request", async () => {
    const user = userEvent.setup();
    // Twice: the query client tries an unexplained failure once more before showing it.
    tenant.faults.add({ service: "sharepoint", kind: 500, times: 2, match: "$batch" });
    renderPanel(await demoPlan());
    const retry = await screen.findByRole("button", { name: "Try again" }, { timeout: 5000 });
    expect(screen.getByText("We couldn't load what the roll-over would do.")).toBeInTheDocument();
    await user.click(retry);
    expect(await screen.findByText(WORDS, {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
