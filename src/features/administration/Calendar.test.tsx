// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp, servicesFor } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";
import { listReportingCalendar } from "../../data/sharepoint/calendar";

describe("reporting calendar in administration", () => {
  it("changes the rule, fills a year's dates from it and saves them", async () => {
    const planId = tenant.state.lists["TB Plans"]?.items[0]?.Id ?? 0;
    renderApp("administrator", `#/admin/calendar?plan=${planId}`);
    const rule = await screen.findByRole("form", { name: "The rule for default dates" }, { timeout: 10_000 });
    const updates = within(rule).getByRole("textbox", { name: /Action updates due/ });
    const reports = within(rule).getByRole("textbox", { name: /Highlight reports due/ });

    // Reports before updates: refused in words, under the field, nothing saved.
    await userEvent.clear(reports);
    await userEvent.type(reports, "5");
    await userEvent.click(within(rule).getByRole("button", { name: "Save the rule" }));
    expect(reports).toHaveAccessibleDescription(/make them due on or after the updates/);

    await userEvent.clear(updates);
    await userEvent.type(updates, "14");
    await userEvent.clear(reports);
    await userEvent.type(reports, "28");
    await userEvent.click(within(rule).getByRole("button", { name: "Save the rule" }));
    expect(await within(rule).findByText(/The rule is saved/)).toBeInTheDocument();
    expect(String(tenant.state.lists["TB Plans"]?.items[0]?.fields["TBCalendarRule"])).toContain(
      '"updatesDueDays":14',
    );

    const year = screen.getByRole("form", { name: "2027/28" });
    await userEvent.click(within(year).getByRole("button", { name: "Fill 2027/28 from the rule" }));
    await waitFor(() =>
      expect(within(year).getByRole("combobox", { name: /Q1 action updates due/ })).toHaveValue(
        "14 July 2027",
      ),
    );
    await userEvent.click(within(year).getByRole("button", { name: "Save the 2027/28 dates" }));
    expect(await within(year).findByText("The 2027/28 dates are saved.")).toBeInTheDocument();

    const saved = await listReportingCalendar(servicesFor("administrator").sp, planId);
    expect(saved.find((e) => e.planYear === "2027/28" && e.quarter === "Q1")).toMatchObject({
      updatesDue: "2027-07-14",
      reportsDue: "2027-07-28",
    });
    expect(saved.find((e) => e.planYear === "2027/28" && e.quarter === "Q4")).toMatchObject({
      updatesDue: "2028-04-14",
      reportsDue: "2028-04-28",
    });
  }, 60_000);
});
