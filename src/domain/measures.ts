import type { Rag } from "./types";

/**
 * Measures: "how we'll know we made a difference" (seed 000, section 2). Each
 * has a target and a direction; each period's value is rated against the
 * target by the rule below, and a person may override the rating with a
 * reason, as with an action's RAG.
 */

export const POLARITIES = ["Higher", "Lower"] as const;
/** Which way is better: "Higher" (e.g. % of reviews on time) or "Lower" (e.g. re-referrals). */
export type Polarity = (typeof POLARITIES)[number];

export interface Measure {
  id: number;
  planId: number;
  programmeId: number | null;
  title: string;
  /** "%", "days", "per 10,000 children", or "" for a plain count. */
  unit: string;
  polarity: Polarity;
  /** Where we started, or null when not known. */
  baseline: number | null;
  /** What we aim for, or null when none has been set. */
  target: number | null;
}

/** One period's figure with its comparators (TB Measure Values). */
export interface MeasureValue {
  measureId: number;
  /** The period: a plan year "2017/18" or a quarter "2017/18 Q2"; comparePeriods puts them in time order. */
  period: string;
  value: number | null;
  /** England's figure for the same period, or null. */
  england: number | null;
  /** The statistical neighbours' average for the same period, or null. */
  neighbours: number | null;
}

export interface RagOverride {
  rag: Rag;
  reason: string;
}

export interface MeasureRating {
  /** The rating shown: the override when there is one, else the rule's; null when there is nothing to rate. */
  rag: Rag | null;
  /** What the rule gives on its own. */
  computed: Rag | null;
  /** "Green", "Amber (overridden: …)", "No data", "No target". */
  label: string;
  /** Why, in words: "Target 20% met (lower is better)." */
  reason: string;
  overridden: boolean;
  /** Set when an override was asked for but refused (no reason given): what to fix. */
  overrideError: string | null;
}

/**
 * Our rule (stated, not quoted from a standard):
 * - Green when the target is met: value ≥ target when higher is better, ≤ when lower is better.
 * - Amber when it misses by no more than the tolerance. The tolerance is a tenth (10%) of the
 *   distance from baseline to target; when there is no baseline (or it equals the target), 5% of
 *   the target.
 * - Red when it misses by more.
 * No value is "No data"; no target is "No target": neither is rated.
 */
export const RAG_RULE =
  "Green when the target is met or beaten. Amber when it is missed by no more than a tenth of the distance from the baseline to the target (5% of the target when there is no baseline). Red when it is missed by more.";

export const GAP_SHARE = 0.1;
export const TARGET_SHARE = 0.05;

/** Figures are compared to this precision, so 0.1 + 0.2 meets a target of 0.3. */
const EPSILON = 1e-9;

const nf = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** Units that mean "a plain count": the figure reads alone ("1,452", not "1,452 number"). */
const COUNT_UNITS = new Set(["", "number", "count", "a count", "no.", "#"]);

/** Whether a measure's unit is a plain count, shown as the figure alone. */
export const isCountUnit = (unit: string): boolean => COUNT_UNITS.has(unit.trim().toLowerCase());

/** "23.1%", "12 days", "1,204" (a plain count, unit "" or "number"). */
export function formatFigure(n: number, unit: string): string {
  const text = nf.format(n);
  if (isCountUnit(unit)) return text;
  if (unit === "%") return `${text}%`;
  return `${text} ${unit}`;
}

/** How far a value may miss the target and still be Amber, by the rule above. */
export function tolerance(measure: Pick<Measure, "baseline" | "target">): number | null {
  if (measure.target === null) return null;
  if (measure.baseline !== null && Math.abs(measure.baseline - measure.target) > EPSILON) {
    return Math.abs(measure.baseline - measure.target) * GAP_SHARE;
  }
  return Math.abs(measure.target) * TARGET_SHARE;
}

const better = (p: Polarity): string => (p === "Higher" ? "higher is better" : "lower is better");

/** The rule alone, with its reason in words. */
function rate(value: number | null, m: Measure): { rag: Rag | null; label: string; reason: string } {
  if (value === null || !Number.isFinite(value)) {
    return { rag: null, label: "No data", reason: "No value has been recorded for this period." };
  }
  if (m.target === null) {
    return { rag: null, label: "No target", reason: "No target has been set, so the value is not rated." };
  }
  const target = formatFigure(m.target, m.unit);
  // How far short of the target the value is (≤ 0 when met or beaten).
  const shortBy = m.polarity === "Higher" ? m.target - value : value - m.target;
  if (shortBy <= EPSILON) {
    return { rag: "Green", label: "Green", reason: `Target ${target} met (${better(m.polarity)}).` };
  }
  const tol = tolerance(m)!;
  const missed = `missed by ${formatFigure(shortBy, m.unit)}`;
  if (shortBy <= tol + EPSILON) {
    return {
      rag: "Amber",
      label: "Amber",
      reason: `Target ${target} ${missed}, within the tolerance of ${formatFigure(tol, m.unit)} (${better(m.polarity)}).`,
    };
  }
  return {
    rag: "Red",
    label: "Red",
    reason: `Target ${target} ${missed}, more than the tolerance of ${formatFigure(tol, m.unit)} (${better(m.polarity)}).`,
  };
}

/** What to fix in an override, or null when it can be applied. */
export function validateOverride(override: RagOverride): string | null {
  if (override.reason.trim() === "") return "Say why you are overriding the rating: a reason is required.";
  return null;
}

/**
 * A value's rating against its measure's target by RAG_RULE, or the
 * person's override when it comes with a reason. An override without a
 * reason is refused: the rule's rating stands and `overrideError` says why.
 */
export function measureRag(
  value: number | null,
  measure: Measure,
  override?: RagOverride | null,
): MeasureRating {
  const rule = rate(value, measure);
  const base = { computed: rule.rag, overridden: false, overrideError: null };
  if (!override) return { ...base, rag: rule.rag, label: rule.label, reason: rule.reason };
  const error = validateOverride(override);
  if (error !== null)
    return { ...base, rag: rule.rag, label: rule.label, reason: rule.reason, overrideError: error };
  const reason = override.reason.trim();
  return {
    ...base,
    rag: override.rag,
    label: `${override.rag} (overridden: ${reason})`,
    reason: `${rule.reason} Overridden to ${override.rag}: ${reason}`,
    overridden: true,
  };
}

/** The most recent period that has a value, or null when none has. */
export function latestValue(values: readonly MeasureValue[]): MeasureValue | null {
  const withValue = values.filter((v) => v.value !== null && Number.isFinite(v.value));
  if (withValue.length === 0) return null;
  return withValue.reduce((a, b) => (b.period > a.period ? b : a));
}

/**
 * Periods in time order: by plan year, then a year's quarters ("2026/27 Q1", "2026/27 Q2") before the
 * yearly figure "2026/27". The yearly figure covers the whole year, so it is complete only when the
 * year is, after its quarters; sorting as text would put it first.
 */
export function comparePeriods(a: string, b: string): number {
  const [yearA = "", quarterA = "Q9"] = a.trim().split(/\s+/);
  const [yearB = "", quarterB = "Q9"] = b.trim().split(/\s+/);
  if (yearA !== yearB) return yearA < yearB ? -1 : 1;
  return quarterA < quarterB ? -1 : quarterA > quarterB ? 1 : 0;
}

export interface ChartPoint {
  period: string;
  value: number | null;
  england: number | null;
  neighbours: number | null;
  rag: Rag | null;
  /** The point in a sentence, the chart's text equivalent. */
  text: string;
}

export interface ChartSeries {
  title: string;
  unit: string;
  /** Oldest period first, by comparePeriods (a year's quarters, then the yearly figure). */
  points: ChartPoint[];
  /** The target line (flat), or null when none is set. */
  target: number | null;
  baseline: number | null;
  /** Whether any period has an England or neighbours figure, so the chart knows which lines to draw. */
  hasEngland: boolean;
  hasNeighbours: boolean;
  /** The smallest and largest figure on the chart (values, target, baseline, comparators), or null when none. */
  range: { min: number; max: number } | null;
  /** One line above the points: what the chart shows and which way is better. */
  summary: string;
}

/**
 * What a small chart of a measure needs: its values against the target and
 * comparator lines, with one sentence per period so the chart can be read as
 * text (a list or table beside it).
 */
export function chartSeries(measure: Measure, values: readonly MeasureValue[]): ChartSeries {
  const own = values
    .filter((v) => v.measureId === measure.id)
    .sort((a, b) => comparePeriods(a.period, b.period));
  const f = (n: number) => formatFigure(n, measure.unit);
  const points = own.map((v): ChartPoint => {
    const r = rate(v.value, measure);
    const parts = [
      v.value === null
        ? `${v.period}: no data`
        : `${v.period}: ${f(v.value)}, ${r.rag ?? r.label.toLowerCase()}`,
    ];
    if (measure.target !== null) parts.push(`target ${f(measure.target)}`);
    if (v.england !== null) parts.push(`England ${f(v.england)}`);
    if (v.neighbours !== null) parts.push(`statistical neighbours ${f(v.neighbours)}`);
    return {
      period: v.period,
      value: v.value,
      england: v.england,
      neighbours: v.neighbours,
      rag: r.rag,
      text: `${parts.join("; ")}.`,
    };
  });
  const figures = [
    ...own.flatMap((v) => [v.value, v.england, v.neighbours]),
    measure.target,
    measure.baseline,
  ].filter((n): n is number => n !== null && Number.isFinite(n));
  const range = figures.length === 0 ? null : { min: Math.min(...figures), max: Math.max(...figures) };
  const summary =
    `${measure.title}, ${better(measure.polarity)}` +
    (measure.target !== null ? `; target ${f(measure.target)}` : "; no target set") +
    (measure.baseline !== null ? `; baseline ${f(measure.baseline)}` : "") +
    (points.length === 0
      ? ". No values yet."
      : `. ${points.length} period${points.length === 1 ? "" : "s"}.`);
  return {
    title: measure.title,
    unit: measure.unit,
    points,
    target: measure.target,
    baseline: measure.baseline,
    hasEngland: own.some((v) => v.england !== null),
    hasNeighbours: own.some((v) => v.neighbours !== null),
    range,
    summary,
  };
}
