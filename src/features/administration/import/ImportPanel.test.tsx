// @vitest-environment jsdom
/**
 * The plan administrator imports a spreadsheet through the whole app against the emulated tenant:
 * a file with a mistake lists it by sheet and row and writes nothing; a good file shows a preview,
 * then imports after a confirmation, with a summary.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderApp, servicesFor } from "../../../../tests/renderApp";
import { tenant } from "../../../../tests/tenant/testTenant";
import { createPlan } from "../../../data/sharepoint/administration";

// jsdom lays nothing out; give elements a layout parent so Fluent's focus manager treats them as shown
// (see src/features/plan-editing/PlanEditing.test.tsx).
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
});

const count = (list: string) => tenant.state.lists[list]?.items.length ?? 0;

async function newPlanHref(): Promise<string> {
  const id = await createPlan(servicesFor("administrator").sp, {
    title: "Children & Young People's Plan 2028–2031",
    startYear: 2028,
    endYear: 2031,
    currentYear: "2028/29",
    vision: "",
    programmeNoun: "priority",
    calendarRule: { updatesDueDays: 10, reportsDueDays: 21 },
  });
  return `#/admin/import?plan=${id}`;
}

async function xlsx(actions: (string | number)[][]): Promise<File> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Programmes").addRows([
    ["Number", "Title", "Outcome", "Delivered by"],
    [1, "Start well", "", "Start Well Partnership"],
  ]);
  wb.addWorksheet("Boards").addRows([
    [
      "Name",
      "Microsoft 365 group (name or email)",
      "Chair's email",
      "Chair's title",
      "Lead sponsor's email",
      "Meets",
    ],
    ["Start Well Partnership", "Start Well Partnership", "", "Chair", "", "Monthly"],
  ]);
  wb.addWorksheet("Actions").addRows([
    ["Reference", "Programme number", "Board", "Title", "Description", "Owner's email", "Target date"],
    ...actions,
  ]);
  const bytes = await wb.xlsx.writeBuffer();
  return new File([bytes], "new plan.xlsx", {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

describe("importing a plan from a spreadsheet", { timeout: 120_000 }, () => {
  it("lists a file's mistakes by row and writes nothing; imports a corrected file after a preview", async () => {
    const user = userEvent.setup();
    renderApp("administrator", await newPlanHref());
    const input = await screen.findByLabelText(/Upload the filled-in file/, {}, { timeout: 30_000 });
    expect(screen.getByRole("button", { name: "Download the template" })).toBeEnabled();
    const before = { boards: count("TB Boards"), actions: count("TB Actions") };

    await user.upload(
      input,
      await xlsx([["1.1", 1, "Start Well Partnership", "Hubs", "", "", "31/02/2029"]]),
    );
    const problems = await screen.findByRole(
      "heading",
      { name: "1 thing to fix in new plan.xlsx" },
      { timeout: 30_000 },
    );
    expect(problems).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "1 thing to fix in new plan.xlsx" });
    const cells = within(within(table).getAllByRole("row")[1]!)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells).toEqual([
      "Actions",
      "2",
      "Target date",
      "There is no 31 February 2029. Enter a date that exists, for example 31/03/2029.",
    ]);
    expect({ boards: count("TB Boards"), actions: count("TB Actions") }).toEqual(before);

    await user.upload(
      input,
      await xlsx([["1.1", 1, "Start Well Partnership", "Hubs", "", "", "28/02/2029"]]),
    );
    expect(
      await screen.findByRole(
        "heading",
        { name: "Ready to import new plan.xlsx: 1 board, 1 priority and 1 action" },
        { timeout: 30_000 },
      ),
    ).toBeInTheDocument();
    const actions = screen.getByRole("table", { name: "Actions to create (1)" });
    expect(within(actions).getByRole("cell", { name: "28 Feb 2029" })).toBeInTheDocument();
    expect(count("TB Actions")).toBe(before.actions);

    await user.click(screen.getByRole("button", { name: "Import" }));
    const dialog = await screen.findByRole("dialog", {
      name: /Import into Children & Young People's Plan 2028–2031\?/,
    });
    expect(dialog).toHaveTextContent("This creates 1 board, 1 priority and 1 action.");
    await user.click(within(dialog).getByRole("button", { name: "Import" }));

    expect(await screen.findByText("Import finished.", {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(
      screen.getByText(/now has 1 board, 1 priority and 1 action from new plan.xlsx/),
    ).toBeInTheDocument();
    await waitFor(() => expect(count("TB Actions")).toBe(before.actions + 1));
    expect(count("TB Boards")).toBe(before.boards + 1);
  });
});
