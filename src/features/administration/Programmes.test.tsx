// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";

const programmeNumbers = () =>
  Object.fromEntries(
    (tenant.state.lists["TB Programmes"]?.items ?? []).map((i) => [
      String(i.fields["Title"]),
      i.fields["TBNumber"],
    ]),
  );

describe("programmes in administration", () => {
  it("moves a programme down: renumbered in SharePoint, focus stays on its button, its new place announced", async () => {
    renderApp("administrator", "#/admin/programmes");
    const list = await screen.findByRole("list", { name: "Improvement programmes" }, { timeout: 10_000 });
    const first = within(list).getByRole("button", { name: "Move down Improvement programme 1" });
    first.focus();
    await userEvent.keyboard("{Enter}");

    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(
        "Supporting children, families and communities to be more resilient moved down: it is now Improvement programme 2 of 7.",
      ),
    );
    const headings = within(list)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings.slice(0, 2)).toEqual([
      "Improvement programme 1: Promoting healthy outcomes and giving children the best start in life",
      "Improvement programme 2: Supporting children, families and communities to be more resilient",
    ]);
    expect(screen.getByRole("button", { name: "Move down Improvement programme 2" })).toHaveFocus();
    const numbers = programmeNumbers();
    expect(numbers["Supporting children, families and communities to be more resilient"]).toBe(2);
    expect(numbers["Promoting healthy outcomes and giving children the best start in life"]).toBe(1);

    // At the top, "Move up" cannot be used: focus goes to the row's other button.
    await userEvent.click(screen.getByRole("button", { name: "Move up Improvement programme 2" }));
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Move down Improvement programme 1" })).toHaveFocus(),
    );
    expect(programmeNumbers()["Supporting children, families and communities to be more resilient"]).toBe(1);
  });

  it("keeps the order and says why when SharePoint refuses the change", async () => {
    renderApp("administrator", "#/admin/programmes");
    const list = await screen.findByRole("list", { name: "Improvement programmes" }, { timeout: 10_000 });
    const before = within(list)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    tenant.faults.add({ service: "sharepoint", kind: 500, times: 5, match: "$batch" });
    await userEvent.click(within(list).getByRole("button", { name: "Move down Improvement programme 1" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/couldn't save the order/i);
    expect(
      within(list)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(before);
  });
});
