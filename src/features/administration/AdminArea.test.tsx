// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";

const items = (list: string) => tenant.state.lists[list]?.items ?? [];
const seededPlan = () => {
  const plan = items("TB Plans")[0];
  if (!plan) throw new Error("no seeded plan");
  return { id: plan.Id, title: String(plan.fields["Title"]) };
};

describe("administration", () => {
  it("opens on the active plan, its id in the link, with a tab for each section", async () => {
    const plan = seededPlan();
    renderApp("administrator", "#/admin");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Administration" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const picker = await screen.findByRole("combobox", { name: "Plan" }, { timeout: 10_000 });
    expect(picker).toHaveValue(String(plan.id));
    await waitFor(() => expect(window.location.hash).toBe(`#/admin/plans?plan=${plan.id}`));
    const tabs = screen.getByRole("tablist", { name: "Administration sections" });
    const names = [
      "Plans",
      "Improvement programmes",
      "Boards",
      "Reporting calendar",
      "Year roll-over",
      "Import",
      "Governance map",
    ];
    expect(within(tabs).getAllByRole("tab")).toHaveLength(names.length);
    for (const name of names) expect(within(tabs).getByRole("tab", { name })).toBeInTheDocument();
    expect(within(tabs).getByRole("tab", { name: "Plans" })).toHaveAttribute("aria-selected", "true");

    await userEvent.click(within(tabs).getByRole("tab", { name: "Boards" }));
    await waitFor(() => expect(window.location.hash).toBe(`#/admin/boards?plan=${plan.id}`));
    expect(await screen.findByRole("heading", { level: 2, name: "Boards" })).toBeInTheDocument();
    expect(screen.getByRole("table")).toHaveTextContent("Miriam Castleton (Interim Chair)");
  });

  it("lets the administrator create a plan, which is listed as a draft and chosen", async () => {
    renderApp("administrator", "#/admin/plans");
    await userEvent.click(await screen.findByRole("button", { name: "New plan" }, { timeout: 10_000 }));
    const form = screen.getByRole("form", { name: "New plan" });

    // Nothing is sent while a field is wrong; the message says what to fix, under the field.
    await userEvent.click(within(form).getByRole("button", { name: "Create the plan" }));
    const name = within(form).getByRole("textbox", { name: /^Name/ });
    expect(name).toHaveAccessibleDescription(/Give the plan a name/);
    expect(name).toHaveFocus();

    await userEvent.type(name, "Children and Young People's Plan 2028–2031");
    const start = within(form).getByRole("textbox", { name: /First year starts April of/ });
    await userEvent.clear(start);
    await userEvent.type(start, "2028");
    const end = within(form).getByRole("textbox", { name: /Last year ends March of/ });
    await userEvent.clear(end);
    await userEvent.type(end, "2031");
    await userEvent.selectOptions(
      within(form).getByRole("combobox", { name: /Current plan year/ }),
      "2028/29",
    );
    const noun = within(form).getByRole("textbox", { name: /What it calls its programmes/ });
    await userEvent.clear(noun);
    await userEvent.type(noun, "priority");
    await userEvent.click(within(form).getByRole("button", { name: "Create the plan" }));

    const table = await screen.findByRole("table");
    const row = await within(table).findByRole("row", { name: /Plan 2028–2031/ });
    expect(row).toHaveTextContent("April 2028 to March 2031");
    expect(row).toHaveTextContent("2028/29");
    expect(row).toHaveTextContent("Draft");
    expect(row).toHaveTextContent("priority");
    const created = items("TB Plans").find((i) => String(i.fields["Title"]).includes("2028–2031"));
    expect(created?.fields["TBStatus"]).toBe("Draft");
    await waitFor(() => expect(window.location.hash).toBe(`#/admin/plans?plan=${created?.Id}`));
    // The new plan is chosen: its own word names the programmes tab.
    expect(await screen.findByRole("tab", { name: "Priorities" })).toBeInTheDocument();
  });

  it("lets the administrator add a programme, named in the plan's word and listed with its boards", async () => {
    const plan = seededPlan();
    renderApp("administrator", `#/admin/programmes?plan=${plan.id}`);
    await userEvent.click(
      await screen.findByRole("button", { name: "Add improvement programme" }, { timeout: 10_000 }),
    );
    const form = screen.getByRole("form", { name: "New improvement programme" });
    expect(within(form).getByRole("textbox", { name: /^Number/ })).toHaveValue("8");
    await userEvent.type(within(form).getByRole("textbox", { name: /^Title/ }), "Preparing for adulthood");
    await userEvent.type(
      within(form).getByRole("textbox", { name: /^Outcome/ }),
      "Young people with SEND move into adult life with the support they need.",
    );
    const boards = within(form).getByRole("group", { name: "Delivered by" });
    await userEvent.click(
      within(boards).getByRole("checkbox", { name: "Somerset Education Partnership Board" }),
    );
    await userEvent.click(
      within(boards).getByRole("checkbox", { name: "Early Help Strategic Commissioning Board" }),
    );
    await userEvent.click(within(form).getByRole("button", { name: "Add the improvement programme" }));

    const list = await screen.findByRole("list", { name: "Improvement programmes" });
    const added = await within(list).findByRole("heading", {
      name: "Improvement programme 8: Preparing for adulthood",
    });
    expect(added.closest("li")).toHaveTextContent(
      /Delivered by (Somerset Education Partnership Board and Early Help Strategic Commissioning Board|Early Help Strategic Commissioning Board and Somerset Education Partnership Board)/,
    );
    expect(items("TB Programmes").some((i) => i.fields["Title"] === "Preparing for adulthood")).toBe(true);
  });

  it("tells a board member that administration is not for them, and offers no controls", async () => {
    renderApp("member", "#/admin/plans");
    expect(
      await screen.findByRole("heading", { name: "You can't see Administration" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/plan administrators group/)).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "New plan" })).not.toBeInTheDocument();
  });
});
