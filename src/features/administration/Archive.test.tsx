// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";

// In a file of its own: Fluent's focus manager (tabster) keeps modal state on the window, and after
// other tests have rendered the app in the same jsdom it hid this dialog from the accessibility tree.
const items = (list: string) => tenant.state.lists[list]?.items ?? [];
const seededPlan = () => {
  const plan = items("TB Plans")[0];
  if (!plan) throw new Error("no seeded plan");
  return { id: plan.Id, title: String(plan.fields["Title"]) };
};

describe("archiving a plan", () => {
  it("says what will happen, shows progress, then leaves every section read-only", async () => {
    const plan = seededPlan();
    renderApp("administrator", `#/admin/plans?plan=${plan.id}`);
    await userEvent.click(await screen.findByRole("button", { name: "Archive…" }, { timeout: 10_000 }));
    const dialog = await screen.findByRole("alertdialog", { name: `Archive ${plan.title}?` });
    expect(dialog).toHaveTextContent("Its 7 boards become read-only for their members");
    expect(dialog).toHaveTextContent("stays readable everywhere");
    await userEvent.click(within(dialog).getByRole("button", { name: "Archive the plan" }));
    expect(
      await within(dialog).findByRole("progressbar", { name: "Archiving the plan" }),
    ).toBeInTheDocument();

    expect(
      await screen.findByText(`${plan.title} is archived: read-only.`, {}, { timeout: 30_000 }),
    ).toBeInTheDocument();
    expect(items("TB Plans")[0]?.fields["TBStatus"]).toBe("Archived");
    expect(screen.queryByRole("button", { name: "Edit details" })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("heading", { level: 3, name: plan.title })).toHaveFocus());

    await userEvent.click(screen.getByRole("tab", { name: "Improvement programmes" }));
    expect(await screen.findByText(`${plan.title} is archived: read-only.`)).toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: /Add improvement programme|Move up/ }),
    ).not.toBeInTheDocument();
  }, 60_000);
});
