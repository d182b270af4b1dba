// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../tests/renderApp";

describe("governance map", () => {
  it("hangs the programmes under the Trust Executive and the Trust Board, each with its boards, chairs and cadence", async () => {
    renderApp("administrator", "#/admin/governance");
    const map = await screen.findByRole("list", { name: "Governance map" }, { timeout: 10_000 });
    expect(
      within(map).getByRole("heading", { level: 3, name: "Trust Board and scrutiny" }),
    ).toBeInTheDocument();
    expect(within(map).getByRole("heading", { level: 4, name: "Trust Executive" })).toBeInTheDocument();

    const programmes = within(map).getByRole("list", { name: "Improvement programmes" });
    expect(within(programmes).getAllByRole("heading", { level: 5 })).toHaveLength(7);

    const first = within(map).getByRole("list", { name: "Boards delivering Improvement programme 1" });
    const earlyHelp = within(first).getByRole("listitem");
    expect(
      within(earlyHelp).getByRole("heading", { level: 6, name: "Early Help Strategic Commissioning Board" }),
    ).toBeInTheDocument();
    expect(earlyHelp).toHaveTextContent("Interim Chair: Miriam Castleton");
    expect(earlyHelp).toHaveTextContent("Meets: monthly");

    // Programme 6 is co-delivered: both boards hang under it, each saying so.
    const sixth = within(map).getByRole("list", { name: "Boards delivering Improvement programme 6" });
    const boards = within(sixth).getAllByRole("listitem");
    expect(boards.map((b) => within(b).getByRole("heading", { level: 6 }).textContent)).toEqual([
      "Children's Social Care Improvement Board",
      "Somerset Safeguarding Children Board",
    ]);
    expect(boards[1]).toHaveTextContent("Independent Chair: Professor Alan Whitcombe");
    expect(boards[1]).toHaveTextContent("Co-delivers with Children's Social Care Improvement Board");
  });
});
