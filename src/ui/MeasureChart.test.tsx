// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Measure, MeasureValue } from "../domain/measures";
import { MeasureChart, spreadLabels } from "./MeasureChart";

const pupils: Measure = {
  id: 7,
  planId: 1,
  programmeId: 3,
  title: "Pupils reaching the expected standard at Key Stage 2",
  unit: "%",
  polarity: "Higher",
  baseline: 50,
  target: 61,
};

const v = (
  period: string,
  value: number,
  england: number | null,
  neighbours: number | null,
): MeasureValue => ({
  measureId: pupils.id,
  period,
  value,
  england,
  neighbours,
});

function renderChart(measure: Measure, values: MeasureValue[]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MeasureChart measure={measure} values={values} />
    </FluentProvider>,
  );
}

describe("the labels at the end of a measure's lines", () => {
  it("are pushed at least a line apart when their lines end together, in the order of the lines", () => {
    const placed = spreadLabels(
      [
        { key: "v", label: "59%", y: 100 },
        { key: "t", label: "Target 61%", y: 98 },
        { key: "e", label: "England 61%", y: 98 },
        { key: "n", label: "Neighbours 59%", y: 100.5 },
      ],
      0,
      200,
    );
    const ys = placed.map((l) => l.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
    expect(placed[0]!.y).toBe(98);
  });
  it("stay within the drawing, moving up when they would fall below it", () => {
    const placed = spreadLabels(
      [
        { key: "a", label: "a", y: 195 },
        { key: "b", label: "b", y: 199 },
        { key: "c", label: "c", y: 200 },
      ],
      0,
      200,
    );
    expect(placed.map((l) => l.y)).toEqual([172, 186, 200]);
  });

  it("never draw two labels on top of each other in the chart", () => {
    const { container } = renderChart(pupils, [v("2025/26", 50, 53, 52), v("2026/27", 59, 61, 59)]);
    const right = Array.from(container.querySelectorAll("svg[role=img] text")).filter(
      (t) => Number(t.getAttribute("x")) > 440,
    );
    expect(right.map((t) => t.textContent)).toEqual(
      expect.arrayContaining(["59%", "Target 61%", "England 61%", "Neighbours 59%"]),
    );
    const ys = right.map((t) => Number(t.getAttribute("y"))).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(14);
  });
});

describe("a measure's chart and its table", () => {
  it("lists a year's quarters before its yearly figure, and a count without a unit word", () => {
    const count: Measure = { ...pupils, title: "Early Help Assessments", unit: "number", target: 1400 };
    renderChart(count, [
      v("2026/27", 1452, null, null),
      v("2026/27 Q2", 700, null, null),
      v("2026/27 Q1", 340, null, null),
      v("2025/26", 1284, null, null),
    ]);
    const table = screen.getByRole("table", { name: "Early Help Assessments: values by period" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual([
      "2025/26",
      "2026/27 Q1",
      "2026/27 Q2",
      "2026/27",
    ]);
    expect(within(rows[3]!).getAllByRole("cell")[0]!.textContent).toBe("1,452");
    expect(table.textContent).not.toMatch(/number/);
    expect(screen.getByText(/; target 1,400; baseline 50\./)).toBeTruthy();
  });
});
