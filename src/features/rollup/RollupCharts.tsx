import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ProgrammeLine, QuarterStatuses } from "../../domain/executiveRollup";
import { RAG_COUNTS, type RagCount } from "../../domain/rollup";
import type { Rag } from "../../domain/types";
import { visuallyHiddenStyle } from "../../ui/HeatMap";

/**
 * The rollup's two charts as inline SVG (no chart library): RAG by programme (stacked bars) and the
 * status trend across the plan's quarters. Each fill has its own pattern and each status its own
 * shape and letter, so neither rests on colour (WCAG 1.4.1); in forced colours (Windows high contrast)
 * the fills give way to system colours and the patterns and shapes carry the meaning. Sizes are in
 * per cent, so the charts reflow to a 320 px screen (WCAG 1.4.10). Each chart has a table beside it.
 *
 * Teams' high-contrast theme paints every palette fill white, and forced colours (Windows high
 * contrast) would repaint the SVG at will, so the charts opt out of forced colours
 * (`forced-color-adjust: none`) and name the system colours themselves: Canvas fills, CanvasText
 * strokes, hatching and letters. The patterns are inked in the page's background colour, which
 * stands out against every palette fill in the light, dark and Teams high-contrast themes, and each
 * count sits on a background-coloured label with its rating's letter ("R 2"), so it is never drawn
 * as an outline on a white bar.
 */
const useStyles = makeStyles({
  // alignContent start: beside a taller chart, the spare height stays below, not between the rows.
  figure: { margin: 0, display: "grid", gap: tokens.spacingVerticalS, minWidth: 0, alignContent: "start" },
  caption: { fontWeight: tokens.fontWeightSemibold },
  rows: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  rowLabel: { overflowWrap: "break-word", fontSize: tokens.fontSizeBase200 },
  svg: { display: "block", width: "100%", overflow: "visible", forcedColorAdjust: "none" },
  swatch: { flexShrink: 0, forcedColorAdjust: "none" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase200,
  },
  legendItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  hidden: visuallyHiddenStyle,
  details: { fontSize: tokens.fontSizeBase200 },
  table: {
    borderCollapse: "collapse",
    "& th, & td": {
      textAlign: "left",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  // Fills from Fluent's palette tokens, so they follow light, dark and high-contrast themes.
  Red: { fill: tokens.colorPaletteRedBackground3 },
  Amber: { fill: tokens.colorPaletteMarigoldBackground3 },
  Green: { fill: tokens.colorPaletteGreenBackground3 },
  Complete: { fill: tokens.colorBrandBackground },
  "No rating": { fill: tokens.colorNeutralBackground5 },
  segment: {
    stroke: tokens.colorNeutralForeground1,
    strokeWidth: 1,
    "@media (forced-colors: active)": { fill: "Canvas", stroke: "CanvasText" },
  },
  // Inked in the page background: light on the palette fills, dark on Teams high contrast's white.
  pattern: {
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 2,
    fill: "none",
    "@media (forced-colors: active)": { stroke: "CanvasText" },
  },
  patternDot: {
    fill: tokens.colorNeutralBackground1,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  countBox: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralForeground1,
    strokeWidth: 1,
    "@media (forced-colors: active)": { fill: "Canvas", stroke: "CanvasText" },
  },
  count: {
    fill: tokens.colorNeutralForeground1,
    fontSize: "11px",
    fontWeight: tokens.fontWeightSemibold,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  axisText: {
    fill: tokens.colorNeutralForeground2,
    fontSize: "11px",
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
  grid: {
    stroke: tokens.colorNeutralStroke2,
    strokeWidth: 1,
    strokeDasharray: "2 3",
    "@media (forced-colors: active)": { stroke: "GrayText" },
  },
  trendLine: {
    stroke: tokens.colorNeutralForeground2,
    strokeWidth: 2,
    "@media (forced-colors: active)": { stroke: "CanvasText" },
  },
  // The status colour is the marker's outline; inside is the page background with the letter on it,
  // legible in every theme (Teams high contrast paints the palette colours white).
  marker: {
    fill: tokens.colorNeutralBackground1,
    strokeWidth: 2.5,
    "@media (forced-colors: active)": { fill: "Canvas", stroke: "CanvasText", strokeWidth: 1.5 },
  },
  markerRed: { stroke: tokens.colorPaletteRedBorderActive },
  markerAmber: { stroke: tokens.colorPaletteMarigoldBorderActive },
  markerGreen: { stroke: tokens.colorPaletteGreenBorderActive },
  markerLetter: {
    fill: tokens.colorNeutralForeground1,
    fontSize: "10px",
    fontWeight: tokens.fontWeightBold,
    "@media (forced-colors: active)": { fill: "CanvasText" },
  },
});

/** Each count's pattern: hatched Red, dotted Amber, upright-striped Green, level-striped Complete, empty No rating. */
function Patterns({ idPrefix }: { idPrefix: string }) {
  const s = useStyles();
  return (
    <defs>
      <pattern
        id={`${idPrefix}-Red`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="6" className={s.pattern} />
      </pattern>
      <pattern id={`${idPrefix}-Amber`} width="6" height="6" patternUnits="userSpaceOnUse">
        <circle cx="3" cy="3" r="1.4" className={s.patternDot} />
      </pattern>
      <pattern id={`${idPrefix}-Green`} width="8" height="8" patternUnits="userSpaceOnUse">
        <line x1="4" y1="0" x2="4" y2="8" className={s.pattern} />
      </pattern>
      <pattern id={`${idPrefix}-Complete`} width="6" height="6" patternUnits="userSpaceOnUse">
        <line x1="0" y1="3" x2="6" y2="3" className={s.pattern} />
      </pattern>
    </defs>
  );
}

const PATTERNED: readonly RagCount[] = ["Red", "Amber", "Green", "Complete"];

/** The letter written on each count: R, A, G, C, N. */
export const RAG_LETTER: Record<RagCount, string> = {
  Red: "R",
  Amber: "A",
  Green: "G",
  Complete: "C",
  "No rating": "N",
};

function Swatch({ kind, idPrefix }: { kind: RagCount; idPrefix: string }) {
  const s = useStyles();
  return (
    <svg width="20" height="14" aria-hidden="true" focusable="false" className={s.swatch}>
      <rect x="0.5" y="0.5" width="19" height="13" className={mergeClasses(s[kind], s.segment)} />
      {PATTERNED.includes(kind) && (
        <rect x="1" y="1" width="18" height="12" fill={`url(#${idPrefix}-${kind})`} />
      )}
    </svg>
  );
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** "improvement programme" → "Improvement programme", for the start of a heading or sentence. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A count on its bar: the rating's letter and the number, on a label in the page's colours. */
function CountLabel({ x, text }: { x: number; text: string }) {
  const s = useStyles();
  const width = 6 + 6.5 * text.length;
  return (
    <svg x={`${x}%`} y="0" overflow="visible">
      <rect x={-width / 2} y="4" width={width} height="16" rx="3" className={s.countBox} />
      <text x="0" y="16" textAnchor="middle" className={s.count}>
        {text}
      </text>
    </svg>
  );
}

export function ragByProgrammeText(p: ProgrammeLine): string {
  if (p.total === 0) return "no actions";
  return RAG_COUNTS.filter((k) => p.counts[k] > 0)
    .map((k) => `${p.counts[k]} ${k}`)
    .join(", ");
}

/** Stacked bars: one per programme, its actions by RAG at quarter end, with the counts written on. */
export function RagByProgrammeChart({
  programmes,
  noun,
  quarterLabel,
}: {
  programmes: readonly ProgrammeLine[];
  noun: string;
  quarterLabel: string;
}) {
  const s = useStyles();
  const idPrefix = `rag${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const captionId = useId();
  const most = Math.max(1, ...programmes.map((p) => p.total));
  const caption = `Actions by RAG rating, by ${noun}, at the end of ${quarterLabel}`;
  return (
    <figure className={s.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={s.caption}>
        {caption}
      </figcaption>
      <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
        <Patterns idPrefix={idPrefix} />
      </svg>
      <ul className={s.legend} aria-label="Key">
        {RAG_COUNTS.map((k) => (
          <li key={k} className={s.legendItem}>
            <Swatch kind={k} idPrefix={idPrefix} />
            {k} ({RAG_LETTER[k]})
          </li>
        ))}
      </ul>
      {/* The bars are drawn for the eye; the table below gives the same figures to everyone. */}
      <ol className={s.rows} aria-hidden="true">
        {programmes.map((p) => {
          let x = 0;
          return (
            <li key={p.programmeId}>
              <div className={s.rowLabel}>
                {p.number}. {p.title} — {ragByProgrammeText(p)}
              </div>
              <svg className={s.svg} height="24" focusable="false">
                {RAG_COUNTS.map((k) => {
                  const n = p.counts[k];
                  if (n === 0) return null;
                  const width = (100 * n) / most;
                  const at = x;
                  x += width;
                  return (
                    <g key={k}>
                      <rect
                        x={`${at}%`}
                        y="1"
                        width={`${width}%`}
                        height="22"
                        className={mergeClasses(s[k], s.segment)}
                      />
                      {PATTERNED.includes(k) && (
                        <rect
                          x={`${at}%`}
                          y="1"
                          width={`${width}%`}
                          height="22"
                          fill={`url(#${idPrefix}-${k})`}
                        />
                      )}
                      <CountLabel x={at + width / 2} text={`${RAG_LETTER[k]} ${n}`} />
                    </g>
                  );
                })}
                {p.total === 0 && (
                  <text x="0" y="16" className={s.axisText}>
                    No actions
                  </text>
                )}
              </svg>
            </li>
          );
        })}
      </ol>
      <details className={s.details}>
        <summary>Show the figures as a table</summary>
        <div className={s.scroll}>
          <table className={s.table}>
            <caption className={s.hidden}>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{capitalised(noun)}</th>
                {RAG_COUNTS.map((k) => (
                  <th key={k} scope="col">
                    {k}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((p) => (
                <tr key={p.programmeId}>
                  <th scope="row">
                    {p.number}. {p.title}
                  </th>
                  {RAG_COUNTS.map((k) => (
                    <td key={k}>{p.counts[k]}</td>
                  ))}
                  <td>{p.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

const LEVEL: Record<Rag, number> = { Green: 6, Amber: 16, Red: 26 };

/** Green a circle, Amber a triangle, Red a square, each with its letter: shape, not colour. */
function Marker({ status }: { status: Rag }) {
  const s = useStyles();
  const cls = mergeClasses(s.marker, s[`marker${status}`]);
  return (
    <>
      {status === "Green" && <circle cx="0" cy="0" r="6" className={cls} />}
      {status === "Amber" && <path d="M0 -7 L7 6 L-7 6 Z" className={cls} />}
      {status === "Red" && <rect x="-6" y="-6" width="12" height="12" className={cls} />}
      <text x="0" y={status === "Amber" ? 4 : 3.5} textAnchor="middle" className={s.markerLetter}>
        {status[0]}
      </text>
    </>
  );
}

/** Each programme's status quarter by quarter: reported for past quarters, computed for this one. */
export function StatusTrendChart({
  history,
  programmes,
  noun,
}: {
  history: readonly QuarterStatuses[];
  programmes: readonly ProgrammeLine[];
  noun: string;
}) {
  const s = useStyles();
  const captionId = useId();
  const n = history.length;
  const xOf = (i: number): number => (n === 1 ? 50 : 4 + (92 * i) / (n - 1));
  const caption = `Status by ${noun}, ${history[0]?.label ?? ""} to ${history.at(-1)?.label ?? ""}: reported status for past quarters, computed status for ${history.at(-1)?.label ?? "this quarter"}`;
  const statusAt = (q: QuarterStatuses, programmeId: number): Rag | null =>
    q.statuses.find((x) => x.programmeId === programmeId)?.status ?? null;
  return (
    <figure className={s.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={s.caption}>
        {caption}
      </figcaption>
      <ul className={s.legend} aria-hidden="true">
        {(["Green", "Amber", "Red"] as const).map((r) => (
          <li key={r} className={s.legendItem}>
            <svg width="16" height="16" focusable="false" className={s.swatch}>
              <g transform="translate(8 8)">
                <Marker status={r} />
              </g>
            </svg>
            {r}
          </li>
        ))}
        <li className={s.legendItem}>No mark: no status</li>
      </ul>
      <ol className={s.rows} aria-hidden="true">
        {programmes.map((p) => {
          const points = history.map((q, i) => ({ i, status: statusAt(q, p.programmeId) }));
          return (
            <li key={p.programmeId}>
              <div className={s.rowLabel}>
                {p.number}. {p.title}
              </div>
              <svg className={s.svg} height="52" focusable="false">
                {(["Green", "Amber", "Red"] as const).map((r) => (
                  <line key={r} x1="0" x2="100%" y1={LEVEL[r] + 2} y2={LEVEL[r] + 2} className={s.grid} />
                ))}
                {points.slice(1).map((pt, k) => {
                  const before = points[k];
                  if (!before || !before.status || !pt.status) return null;
                  return (
                    <line
                      key={pt.i}
                      x1={`${xOf(before.i)}%`}
                      x2={`${xOf(pt.i)}%`}
                      y1={LEVEL[before.status] + 2}
                      y2={LEVEL[pt.status] + 2}
                      className={s.trendLine}
                    />
                  );
                })}
                {points.map((pt) =>
                  pt.status ? (
                    <svg key={pt.i} x={`${xOf(pt.i)}%`} y={LEVEL[pt.status] + 2} overflow="visible">
                      <Marker status={pt.status} />
                    </svg>
                  ) : null,
                )}
                {history.map((q, i) => (
                  <text key={q.label} x={`${xOf(i)}%`} y="48" textAnchor="middle" className={s.axisText}>
                    {q.quarter.quarter}
                    {q.quarter.quarter === "Q1" || i === 0 ? ` ${q.quarter.planYear.slice(2)}` : ""}
                  </text>
                ))}
              </svg>
            </li>
          );
        })}
      </ol>
      <details className={s.details}>
        <summary>Show the statuses as a table</summary>
        <div className={s.scroll}>
          <table className={s.table}>
            <caption className={s.hidden}>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{capitalised(noun)}</th>
                {history.map((q) => (
                  <th key={q.label} scope="col">
                    {q.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {programmes.map((p) => (
                <tr key={p.programmeId}>
                  <th scope="row">
                    {p.number}. {p.title}
                  </th>
                  {history.map((q) => (
                    <td key={q.label}>{statusAt(q, p.programmeId) ?? "No status"}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className={s.hidden}>{plural(history.length, "quarter")} shown.</p>
    </figure>
  );
}
