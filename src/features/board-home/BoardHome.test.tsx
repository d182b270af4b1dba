// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { boardIdByFolder, renderApp } from "../../../tests/renderApp";
import { persona, tenant } from "../../../tests/tenant/testTenant";

const earlyHelp = (): string => `#/board/${boardIdByFolder("early-help")}`;

describe("a board's home", () => {
  it("shows the action plan grouped by programme, with owners and overdue flags", async () => {
    renderApp("member", earlyHelp());
    expect(
      await screen.findByRole("heading", { level: 1, name: "Early Help Strategic Commissioning Board" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: /Improvement programme 1:/ })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: /Improvement programme 5:/ })).toBeInTheDocument();
    const programme1 = screen.getByRole("table", { name: "Actions for improvement programme 1" });
    const row = within(programme1).getByRole("row", { name: /Deliver Making Every Contact Count/ });
    expect(within(row).getByText("Overdue")).toBeInTheDocument();
    const [, , owner] = within(row).getAllByRole("cell");
    expect(owner).toHaveTextContent("Priya Chaudhry");
  });

  it("loads its first screen in one SharePoint round trip and one Graph round trip", async () => {
    renderApp("member", earlyHelp());
    await screen.findByRole("heading", { level: 1, name: "Early Help Strategic Commissioning Board" });
    await waitFor(() =>
      expect(tenant.log.filter((l) => l.service === "graph").length).toBeGreaterThanOrEqual(1),
    );
    const sharepoint = tenant.log.filter((l) => l.service === "sharepoint");
    expect(sharepoint).toHaveLength(1);
    expect(sharepoint[0]?.parts).toBe(5);
  });

  it("filters to overdue actions from the RAG summary and says how many are shown", async () => {
    const user = userEvent.setup();
    renderApp("member", earlyHelp());
    const overdue = await screen.findByRole("button", { name: /^Overdue: 3 actions/ });
    await user.click(overdue);
    expect(screen.getByText("Showing 3 of 18 actions")).toBeInTheDocument();
    expect(screen.getAllByText("Overdue", { selector: "span" })).toHaveLength(3);
  });

  it("finds actions by search words", async () => {
    const user = userEvent.setup();
    renderApp("member", earlyHelp());
    await user.type(await screen.findByRole("searchbox"), "local offer");
    expect(screen.getByText("Showing 1 of 18 actions")).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Redefine and improve the SEND local offer" }),
    ).toBeInTheDocument();
  });

  it("tells the chair about actions with no owner and owners who left the board", async () => {
    renderApp("chair", earlyHelp());
    expect(await screen.findByText(/1 open action has no owner/)).toBeInTheDocument();
    expect(
      await screen.findByText(/owned by someone no longer on the board \(Stuart Maddock\)/),
    ).toBeInTheDocument();
  });

  it("is read-only for a reader, and says so", async () => {
    renderApp("reader", earlyHelp());
    expect(await screen.findByText(/You can read this board but not change it/)).toBeInTheDocument();
  });

  it("tells someone outside every board that they have no access", async () => {
    renderApp("outsider", earlyHelp());
    expect(await screen.findByRole("heading", { name: "You can't see this board" })).toBeInTheDocument();
  });

  it("tells a member of another board plainly that they cannot see this plan, and whom to ask", async () => {
    const memberId = persona("member").userId;
    const actions = tenant.state.lists["TB Actions"]!;
    const hidden = Object.keys(actions.folders).find(
      (f) => !tenant.canView(memberId, actions.folders[f]!.acl),
    );
    if (!hidden) throw new Error("The demo should keep one board from the member");
    const board = tenant.state.lists["TB Boards"]!.items.find((b) => b.fields["TBFolder"] === hidden)!;
    expect(actions.items.filter((i) => i.folder === hidden && !i.isFolder).length).toBeGreaterThan(0);
    renderApp("member", `#/board/${board.Id}`);
    const heading = await screen.findByRole("heading", {
      name: `You can't see the action plan of ${String(board.fields["Title"])}`,
    });
    expect(heading).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(
      /ask the board's chair, .+ \(.+\), or the partnership/,
    );
    // Not an empty plan: no zero counts, no "No actions yet", no read-only notice.
    expect(screen.queryByText("No actions yet")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Red: 0 action/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/You can read this board but not change it/)).not.toBeInTheDocument();
  });

  it("leaves out, and names, an action filed in another board's folder that claims this board", async () => {
    // A member of Early Help relabels one of Early Help's actions with Health and Wellbeing's board id.
    const list = tenant.state.lists["TB Actions"]!;
    const moved = list.items.find((i) => i.folder === "early-help" && !i.isFolder)!;
    moved.fields["TBBoardId"] = boardIdByFolder("health-wellbeing");
    renderApp("executive", `#/board/${boardIdByFolder("health-wellbeing")}`);
    expect(
      await screen.findByText(/1 action names this board but is filed in another board's folder/),
    ).toHaveTextContent(String(moved.fields["Title"]));
    expect(
      screen.queryByRole("link", { name: new RegExp(String(moved.fields["Title"])) }),
    ).not.toBeInTheDocument();
  });

  it("offers to try again when SharePoint cannot be reached, and recovers", async () => {
    const user = userEvent.setup();
    tenant.faults.add({ service: "sharepoint", kind: 500, times: 2 });
    renderApp("member", earlyHelp());
    await user.click(await screen.findByRole("button", { name: "Try again" }, { timeout: 5000 }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Early Help Strategic Commissioning Board" }),
    ).toBeInTheDocument();
  });
});
