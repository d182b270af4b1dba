import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { chartSeries, formatFigure, isCountUnit, type Measure, type MeasureValue } from "../domain/measures";
import { VisuallyHidden } from "./HeatMap";

/** Drawing units of the SVG's viewBox; it scales to its container's width. */
const W = 560;
const H = 220;
const PAD = { left: 28, right: 112, top: 24, bottom: 32 };
/** The height of one line-end label, in drawing units: labels are pushed at least this far apart. */
const LINE = 14;

export interface EndLabel {
  key: string;
  label: string;
  /** Where its line ends (drawing units, downwards). */
  y: number;
}

/**
 * Places the labels at the right-hand end of the lines so that no two overlap: in order of where their
 * lines end, each at least `gap` below the one above, kept within `top`..`bottom` when they fit
 * (pushed down from the top, then back up from the bottom).
 */
export function spreadLabels<T extends EndLabel>(
  labels: readonly T[],
  top: number,
  bottom: number,
  gap = LINE,
): T[] {
  const out = [...labels].sort((a, b) => a.y - b.y).map((l) => ({ ...l }));
  for (let i = 0; i < out.length; i++) {
    const min = i === 0 ? top : out[i - 1]!.y + gap;
    out[i]!.y = Math.max(out[i]!.y, min);
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const max = i === out.length - 1 ? bottom : out[i + 1]!.y - gap;
    out[i]!.y = Math.min(out[i]!.y, max);
  }
  // When they do not all fit, the top one stays in view and the rest follow a line apart.
  for (let i = 0; i < out.length; i++) {
    const min = i === 0 ? top : out[i - 1]!.y + gap;
    out[i]!.y = Math.max(out[i]!.y, min);
  }
  return out;
}

// In forced colours (Windows high contrast) every line takes the system text colour; the line styles
// and markers, not colours, tell them apart.
const forced = { "@media (forced-colors: active)": { stroke: "CanvasText" } } as const;
const forcedFill = { "@media (forced-colors: active)": { fill: "CanvasText" } } as const;

const useStyles = makeStyles({
  figure: { margin: 0, display: "grid", gap: tokens.spacingVerticalXS, minWidth: 0 },
  summary: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  svg: { width: "100%", height: "auto", maxWidth: "40rem", overflow: "visible" },
  text: {
    fill: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: "12px",
    ...forcedFill,
  },
  muted: { fill: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyBase, fontSize: "11px" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1, ...forced },
  value: { stroke: tokens.colorBrandForeground1, strokeWidth: 3, fill: "none", ...forced },
  valueDot: {
    fill: tokens.colorBrandForeground1,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 1.5,
    ...forcedFill,
  },
  target: { stroke: tokens.colorNeutralForeground1, strokeWidth: 2, strokeDasharray: "8 5", ...forced },
  england: {
    stroke: tokens.colorNeutralForeground3,
    strokeWidth: 2,
    strokeDasharray: "2 4",
    fill: "none",
    ...forced,
  },
  englandMark: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralForeground3,
    strokeWidth: 2,
    ...forced,
  },
  neighbours: {
    stroke: tokens.colorNeutralForeground2,
    strokeWidth: 2,
    strokeDasharray: "10 3 2 3",
    fill: "none",
    ...forced,
  },
  neighboursMark: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralForeground2,
    strokeWidth: 2,
    ...forced,
  },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  legendItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

type Line = "value" | "target" | "england" | "neighbours";

function Sample({ line }: { line: Line }) {
  const s = useStyles();
  return (
    <svg width="36" height="12" aria-hidden focusable="false">
      <line x1="2" y1="6" x2="34" y2="6" className={s[line === "value" ? "value" : line]} />
      {line === "value" && <circle cx="18" cy="6" r="4" className={s.valueDot} />}
      {line === "england" && <rect x="14" y="2" width="8" height="8" className={s.englandMark} />}
      {line === "neighbours" && <path d="M18 1 L23 10 L13 10 Z" className={s.neighboursMark} />}
    </svg>
  );
}

/**
 * A measure's values against its target and the England and statistical-neighbour comparators, as an
 * inline SVG (no chart library). Each line has its own style and markers and a text label, so it reads
 * without colour; a visually hidden table gives every figure to screen readers.
 */
export function MeasureChart({ measure, values }: { measure: Measure; values: readonly MeasureValue[] }) {
  const s = useStyles();
  const summaryId = useId();
  const series = chartSeries(measure, values);
  const f = (n: number) => formatFigure(n, measure.unit);
  // On the drawing, figures carry "%" but not a long unit ("per 10,000 children"), which would run
  // into the next point's label; the legend names the unit instead.
  const longUnit = !isCountUnit(measure.unit) && measure.unit.trim() !== "%";
  const onChart = (n: number) => (longUnit ? formatFigure(n, "") : f(n));
  const points = series.points;
  const range = series.range;

  let chart: JSX.Element | null = null;
  if (range && points.length > 0) {
    const spread = range.max - range.min;
    const pad = spread === 0 ? Math.max(Math.abs(range.max) * 0.1, 1) : spread * 0.15;
    const lo = range.min - pad;
    const hi = range.max + pad;
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const x = (i: number) => PAD.left + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
    const y = (v: number) => PAD.top + plotH - ((v - lo) / (hi - lo)) * plotH;
    const path = (pick: (p: (typeof points)[number]) => number | null): string => {
      let d = "";
      let pen = false;
      points.forEach((p, i) => {
        const v = pick(p);
        if (v === null) {
          pen = false;
          return;
        }
        d += `${pen ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
        pen = true;
      });
      return d.trim();
    };
    const lastOf = (pick: (p: (typeof points)[number]) => number | null) => {
      for (let i = points.length - 1; i >= 0; i--) {
        const v = pick(points[i]!);
        if (v !== null) return { i, v };
      }
      return null;
    };
    // Labels at the right-hand end of the lines, the latest value's among them (drawn there rather
    // than above its dot, where it ran into the target's label), spread so that none overlap.
    const lastIndex = points.length - 1;
    const lastValue = points[lastIndex]!.value;
    const wanted: (EndLabel & { strong: boolean })[] = [];
    if (lastValue !== null)
      wanted.push({ key: "v", label: onChart(lastValue), y: y(lastValue), strong: true });
    if (series.target !== null)
      wanted.push({
        key: "t",
        label: `Target ${onChart(series.target)}`,
        y: y(series.target),
        strong: false,
      });
    const le = lastOf((p) => p.england);
    if (le) wanted.push({ key: "e", label: `England ${onChart(le.v)}`, y: y(le.v), strong: false });
    const ln = lastOf((p) => p.neighbours);
    if (ln) wanted.push({ key: "n", label: `Neighbours ${onChart(ln.v)}`, y: y(ln.v), strong: false });
    const ends = spreadLabels(wanted, PAD.top - 8, H - PAD.bottom - 4);

    chart = (
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className={s.svg}
        role="img"
        aria-labelledby={summaryId}
        focusable="false"
      >
        <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} className={s.axis} />
        {series.target !== null && (
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(series.target)}
            y2={y(series.target)}
            className={s.target}
          />
        )}
        {series.hasEngland && <path d={path((p) => p.england)} className={s.england} />}
        {series.hasNeighbours && <path d={path((p) => p.neighbours)} className={s.neighbours} />}
        <path d={path((p) => p.value)} className={s.value} />
        {points.map((p, i) => (
          <g key={p.period}>
            {p.england !== null && (
              <rect x={x(i) - 4} y={y(p.england) - 4} width="8" height="8" className={s.englandMark} />
            )}
            {p.neighbours !== null && (
              <path
                d={`M${x(i)} ${y(p.neighbours) - 5} L${x(i) + 5} ${y(p.neighbours) + 4} L${x(i) - 5} ${y(p.neighbours) + 4} Z`}
                className={s.neighboursMark}
              />
            )}
            {p.value !== null && <circle cx={x(i)} cy={y(p.value)} r="5" className={s.valueDot} />}
            {p.value !== null && i !== lastIndex && (
              <text x={x(i)} y={y(p.value) - 10} textAnchor="middle" className={s.text}>
                {onChart(p.value)}
              </text>
            )}
            <text x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle" className={s.muted}>
              {p.period}
            </text>
          </g>
        ))}
        {ends.map((e) => (
          <text
            key={e.key}
            x={W - PAD.right + 10}
            y={e.y + 4}
            className={e.strong ? mergeClasses(s.text, s.strong) : s.muted}
          >
            {e.label}
          </text>
        ))}
      </svg>
    );
  }

  return (
    <figure className={s.figure}>
      <figcaption id={summaryId} className={s.summary}>
        {series.summary}
      </figcaption>
      {chart}
      {chart && (
        <ul className={s.legend} aria-hidden>
          <li className={s.legendItem}>
            <Sample line="value" /> Value
          </li>
          {series.target !== null && (
            <li className={s.legendItem}>
              <Sample line="target" /> Target (dashed)
            </li>
          )}
          {series.hasEngland && (
            <li className={s.legendItem}>
              <Sample line="england" /> England (dotted, squares)
            </li>
          )}
          {series.hasNeighbours && (
            <li className={s.legendItem}>
              <Sample line="neighbours" /> Statistical neighbours (dash-dot, triangles)
            </li>
          )}
          {longUnit && <li className={s.legendItem}>Unit: {measure.unit.trim()}</li>}
        </ul>
      )}
      {points.length > 0 && (
        <VisuallyHidden>
          <table>
            <caption>{`${measure.title}: values by period`}</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Value</th>
                <th scope="col">Rating by the rule</th>
                <th scope="col">Target</th>
                <th scope="col">England</th>
                <th scope="col">Statistical neighbours</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.period}</th>
                  <td>{p.value === null ? "No data" : f(p.value)}</td>
                  <td>{p.rag ?? (p.value === null ? "No data" : "No target")}</td>
                  <td>{series.target === null ? "None set" : f(series.target)}</td>
                  <td>{p.england === null ? "Not known" : f(p.england)}</td>
                  <td>{p.neighbours === null ? "Not known" : f(p.neighbours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </VisuallyHidden>
      )}
    </figure>
  );
}
