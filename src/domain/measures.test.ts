import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  chartSeries,
  formatFigure,
  latestValue,
  measureRag,
  tolerance,
  validateOverride,
  type Measure,
  type MeasureValue,
} from "./measures";

/** Lower is better: re-referrals within 12 months, from 25% towards 20%; the tolerance is 0.5 points. */
const reReferrals: Measure = {
  id: 1,
  planId: 1,
  programmeId: 2,
  title: "Re-referrals to children's social care within 12 months",
  unit: "%",
  polarity: "Lower",
  baseline: 25,
  target: 20,
};
/** Higher is better: assessments on time, from 70% towards 90%; the tolerance is 2 points. */
const onTime: Measure = {
  ...reReferrals,
  id: 2,
  title: "Assessments on time",
  polarity: "Higher",
  baseline: 70,
  target: 90,
};

const value = (period: string, v: number | null, over: Partial<MeasureValue> = {}): MeasureValue => ({
  measureId: 1,
  period,
  value: v,
  england: null,
  neighbours: null,
  ...over,
});

describe("measure RAG, higher is better", () => {
  it("is Green on the target exactly and above it", () => {
    expect(measureRag(90, onTime).rag).toBe("Green");
    expect(measureRag(95, onTime).reason).toBe("Target 90% met (higher is better).");
  });
  it("is Amber within a tenth of the baseline–target gap, the edge included, Red beyond", () => {
    expect(tolerance(onTime)).toBe(2);
    expect(measureRag(88, onTime)).toMatchObject({
      rag: "Amber",
      reason: "Target 90% missed by 2%, within the tolerance of 2% (higher is better).",
    });
    expect(measureRag(87.9, onTime)).toMatchObject({
      rag: "Red",
      reason: "Target 90% missed by 2.1%, more than the tolerance of 2% (higher is better).",
    });
  });
  it("treats a sum that is the target but for rounding as met", () => {
    expect(measureRag(0.1 + 0.2, { ...onTime, unit: "", baseline: 0, target: 0.3 }).rag).toBe("Green");
  });
});

describe("measure RAG, lower is better", () => {
  it("is Green at or below the target", () => {
    expect(measureRag(20, reReferrals).rag).toBe("Green");
    expect(measureRag(18.2, reReferrals).rag).toBe("Green");
  });
  it("is Amber just above the target and Red further above", () => {
    expect(measureRag(20.5, reReferrals).rag).toBe("Amber");
    expect(measureRag(20.6, reReferrals).rag).toBe("Red");
    // Above the target is worse even though it is a bigger number.
    expect(measureRag(23.1, reReferrals).reason).toBe(
      "Target 20% missed by 3.1%, more than the tolerance of 0.5% (lower is better).",
    );
  });
});

describe("measure RAG without a baseline, data or target", () => {
  const noBaseline: Measure = { ...onTime, baseline: null, target: 80 };
  it("allows 5% of the target when there is no baseline", () => {
    expect(tolerance(noBaseline)).toBe(4);
    expect(measureRag(76, noBaseline).rag).toBe("Amber");
    expect(measureRag(75.9, noBaseline).rag).toBe("Red");
  });
  it("uses 5% of the target too when the baseline is the target", () => {
    expect(tolerance({ baseline: 80, target: 80 })).toBe(4);
  });
  it("rates nothing when there is no value, and says No data", () => {
    expect(measureRag(null, onTime)).toMatchObject({ rag: null, computed: null, label: "No data" });
  });
  it("rates nothing when there is no target, and says so", () => {
    expect(measureRag(50, { ...onTime, target: null })).toMatchObject({ rag: null, label: "No target" });
  });
});

describe("overriding a measure's RAG", () => {
  it("shows the overridden rating with its reason, keeping the rule's", () => {
    const r = measureRag(23.1, reReferrals, { rag: "Amber", reason: " Data lag: Q4 cases still open. " });
    expect(r).toMatchObject({
      rag: "Amber",
      computed: "Red",
      overridden: true,
      label: "Amber (overridden: Data lag: Q4 cases still open.)",
      overrideError: null,
    });
  });
  it("refuses an override without a reason: the rule's rating stands and says what to fix", () => {
    const r = measureRag(23.1, reReferrals, { rag: "Green", reason: "  " });
    expect(r).toMatchObject({
      rag: "Red",
      overridden: false,
      overrideError: "Say why you are overriding the rating: a reason is required.",
    });
    expect(validateOverride({ rag: "Green", reason: "" })).toBe(
      "Say why you are overriding the rating: a reason is required.",
    );
  });
});

describe("the latest value", () => {
  it("is the most recent period that has a figure", () => {
    const values = [value("2017/18", 22), value("2016/17", 25), value("2018/19", null)];
    expect(latestValue(values)?.period).toBe("2017/18");
  });
  it("is null when there are no values, or none with a figure", () => {
    expect(latestValue([])).toBeNull();
    expect(latestValue([value("2017/18", null)])).toBeNull();
  });
});

describe("the chart of a measure", () => {
  const values = [
    value("2017/18", 23.1, { england: 21.9, neighbours: 22 }),
    value("2016/17", 24),
    value("2018/19", null, { england: 21.5 }),
    value("2017/18", 99, { measureId: 2 }),
  ];
  const chart = chartSeries(reReferrals, values);

  it("gives its own values, oldest first, with the target and comparator lines", () => {
    expect(chart.points.map((p) => [p.period, p.value, p.rag])).toEqual([
      ["2016/17", 24, "Red"],
      ["2017/18", 23.1, "Red"],
      ["2018/19", null, null],
    ]);
    expect(chart).toMatchObject({ target: 20, baseline: 25, hasEngland: true, hasNeighbours: true });
    expect(chart.range).toEqual({ min: 20, max: 25 });
  });
  it("reads each point as a sentence", () => {
    expect(chart.points.map((p) => p.text)).toEqual([
      "2016/17: 24%, Red; target 20%.",
      "2017/18: 23.1%, Red; target 20%; England 21.9%; statistical neighbours 22%.",
      "2018/19: no data; target 20%; England 21.5%.",
    ]);
    expect(chart.summary).toBe(
      "Re-referrals to children's social care within 12 months, lower is better; target 20%; baseline 25%. 3 periods.",
    );
  });
  it("says so when there are no values yet", () => {
    const empty = chartSeries(onTime, []);
    expect(empty.points).toEqual([]);
    expect(empty.summary).toBe(
      "Assessments on time, higher is better; target 90%; baseline 70%. No values yet.",
    );
    expect(empty.hasEngland).toBe(false);
  });
  it("writes figures the en-GB way with their unit", () => {
    expect(formatFigure(1204, "")).toBe("1,204");
    expect(formatFigure(12.345, "days")).toBe("12.35 days");
  });
  it("shows a plain count as the figure alone, whether its unit is empty or says number", () => {
    expect(formatFigure(1452, "number")).toBe("1,452");
    expect(formatFigure(1400, " Number ")).toBe("1,400");
    expect(measureRag(1452, { ...onTime, unit: "number", baseline: 1284, target: 1400 }).reason).toBe(
      "Target 1,400 met (higher is better).",
    );
  });
});

describe("the order of periods", () => {
  it("puts a plan year's quarters in order, then its yearly figure, then the next year", () => {
    const periods = ["2026/27", "2026/27 Q2", "2025/26", "2027/28 Q1", "2026/27 Q1"];
    expect([...periods].sort(comparePeriods)).toEqual([
      "2025/26",
      "2026/27 Q1",
      "2026/27 Q2",
      "2026/27",
      "2027/28 Q1",
    ]);
  });
  it("charts and tabulates the periods in that order", () => {
    const chart = chartSeries(reReferrals, [
      value("2026/27", 80),
      value("2026/27 Q2", 79),
      value("2026/27 Q1", 75),
      value("2025/26", 70),
    ]);
    expect(chart.points.map((p) => p.period)).toEqual(["2025/26", "2026/27 Q1", "2026/27 Q2", "2026/27"]);
  });
});
