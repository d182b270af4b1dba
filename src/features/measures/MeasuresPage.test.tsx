// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { boardIdByFolder, renderApp, servicesFor } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";
import { hrefFor } from "../../app/route";
import { DataError } from "../../data/errors";
import { loadMeasures, setRagOverride } from "../../data/sharepoint/measures";

const TITLE = "Mothers smoking at the time of delivery";
const href = (): string => hrefFor({ name: "measures", boardId: boardIdByFolder("health-wellbeing") });

/** Gives the demo measure target and baseline figures (the seed may or may not have them yet). */
function setFigures(): void {
  const m = tenant.state.lists["TB Measures"]!.items.find((i) => i.fields["Title"] === TITLE)!;
  m.fields["TBTargetValue"] = 12;
  m.fields["TBBaseline"] = 14;
}

async function smokingValues() {
  const boardId = boardIdByFolder("health-wellbeing");
  const board = tenant.state.lists["TB Boards"]!.items.find((b) => b.Id === boardId)!;
  const programmes = tenant.state.lists["TB Programmes"]!.items.map((p) => p.Id);
  const data = await loadMeasures(
    servicesFor("administrator").sp,
    board.fields["TBPlanId"] as number,
    programmes,
  );
  const measure = data.measures.find((m) => m.title === TITLE)!;
  return data.values.filter((v) => v.measureId === measure.id);
}

describe("a board's measures", () => {
  it("rates each figure by the stated rule, shows an override with its reason, and lists the chart's values as a table", async () => {
    setFigures();
    const [first] = await smokingValues();
    await setRagOverride(servicesFor("administrator").sp, first!, {
      rag: "Green",
      reason: "The fall was ahead of the regional trend.",
    });
    renderApp("member", href());
    const article = await screen.findByRole("article", { name: TITLE }, { timeout: 5000 });
    expect(screen.getByText(/Green when the target is met or beaten\./)).toBeInTheDocument();
    expect(article).toHaveTextContent("Better isLower");
    expect(article).toHaveTextContent("Target12% (Reduce each year towards the England average)");
    expect(article).toHaveTextContent("Baseline14%");
    expect(article).toHaveTextContent("Green (overridden: The fall was ahead of the regional trend.)");
    // The chart's table equivalent: one row per period with its figures.
    const table = within(article).getByRole("table", { name: `${TITLE}: values by period` });
    const rows = within(table).getAllByRole("row");
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(table).toHaveTextContent(/12\.6%/);
    expect(table).toHaveTextContent(/10\.8%/);
    expect(
      within(article).getByRole("img", { name: new RegExp(`^${TITLE}, lower is better; target 12%`) }),
    ).toBeInTheDocument();
    // A member cannot override: no controls.
    expect(
      within(article).queryByRole("button", { name: /Override the rating|Change the override/ }),
    ).not.toBeInTheDocument();
  });

  it("lets a plan administrator override a rating only with a reason", async () => {
    const user = userEvent.setup();
    setFigures();
    renderApp("administrator", href());
    const article = await screen.findByRole("article", { name: TITLE }, { timeout: 5000 });
    const [button] = await within(article).findAllByRole(
      "button",
      { name: "Override the rating" },
      { timeout: 5000 },
    );
    await user.click(button!);
    const form = within(article).getByRole("form", { name: /^Override the rating of/ });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Rating" }), "Red");
    await user.click(within(form).getByRole("button", { name: "Save the override" }));
    expect(
      within(form).getByText("Say why you are overriding the rating: a reason is required."),
    ).toBeInTheDocument();
    await user.type(
      within(form).getByRole("textbox", { name: /Reason/ }),
      "Data quality issue at the trust.",
    );
    await user.click(within(form).getByRole("button", { name: "Save the override" }));
    expect(await screen.findByText(/rating overridden to Red\./)).toBeInTheDocument();
    expect(
      await within(article).findByText("Red (overridden: Data quality issue at the trust.)"),
    ).toBeInTheDocument();
  });

  it("is refused by SharePoint when anyone but an administrator forces an override", async () => {
    const [first] = await smokingValues();
    const forced = setRagOverride(servicesFor("chair").sp, first!, { rag: "Green", reason: "Looks fine" });
    await expect(forced).rejects.toBeInstanceOf(DataError);
    await expect(forced).rejects.toMatchObject({ kind: "access" });
  });
});
