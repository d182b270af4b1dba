import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import {
  heatMap,
  heatMapTable,
  IMPACT_WORDS,
  LIKELIHOOD_WORDS,
  type HeatCell,
  type Risk,
  type RiskBand,
} from "../domain/risks";

/**
 * Hidden on screen, read by screen readers. Put it on a block (a `<div>`), never on a `<table>`: a
 * table ignores `width: 1px` and keeps its content's width, which widens the page (sideways scroll).
 * Use `VisuallyHidden` below to wrap a table.
 */
export const visuallyHiddenStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
} as const;

const useStyles = makeStyles({
  figure: { margin: 0, display: "grid", gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { fontWeight: tokens.fontWeightSemibold },
  // An axis label column, then impact 1 to 5; minmax(0, 1fr) lets the grid shrink to a 320 px screen.
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(3.5rem, auto) repeat(5, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalXXS,
    alignItems: "stretch",
  },
  axis: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    padding: tokens.spacingHorizontalXXS,
  },
  axisBottom: { textAlign: "center" },
  axisTitle: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    minHeight: "3.5rem",
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalXXS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    textAlign: "center",
    overflowWrap: "anywhere",
    borderRadius: tokens.borderRadiusMedium,
  },
  button: {
    cursor: "pointer",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThickest} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
    ":hover": { textDecorationLine: "underline" },
  },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground1}`,
    outlineOffset: "-4px",
  },
  count: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // Each band has its own fill AND its own border style, so it reads without colour too (WCAG 1.4.1);
  // in forced colours the fills go and the words and borders stay.
  Low: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke1),
  },
  Medium: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    ...shorthands.border(tokens.strokeWidthThick, "dashed", tokens.colorNeutralStroke1),
  },
  High: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground2,
    ...shorthands.border(tokens.strokeWidthThickest, "double", tokens.colorNeutralStrokeAccessible),
  },
  "Very high": {
    backgroundColor: tokens.colorPaletteRedBackground2,
    ...shorthands.border(tokens.strokeWidthThickest, "solid", tokens.colorNeutralStrokeAccessible),
  },
});

const useHiddenStyles = makeStyles({ hidden: { ...visuallyHiddenStyle, display: "block" } });

/**
 * Its children are read by screen readers and take no room on screen: a 1 px box that clips them, so
 * a wide table inside never makes the page scroll sideways.
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  const s = useHiddenStyles();
  return <div className={s.hidden}>{children}</div>;
}

const BAND_CLASS: Record<RiskBand, "Low" | "Medium" | "High" | "Very high"> = {
  Low: "Low",
  Medium: "Medium",
  High: "High",
  "Very high": "Very high",
};

export interface HeatMapProps {
  risks: readonly Risk[];
  caption: string;
  /** When given, each cell is a button that filters to its risks (keyboard: Tab, Enter or Space). */
  onSelectCell?: (likelihood: number, impact: number) => void;
  /** The cell currently filtered to, shown pressed. */
  selected?: { likelihood: number; impact: number } | null;
}

function CellContent({ cell }: { cell: HeatCell }) {
  const s = useStyles();
  return (
    <>
      <span className={s.count}>{cell.count}</span>
      <span>{cell.count === 1 ? "risk" : "risks"}</span>
      <span>
        {cell.score} {cell.band}
      </span>
    </>
  );
}

/**
 * The 5×5 heat map of open risks: likelihood 5 (top) to 1, impact 1 (left) to 5. Every cell shows its
 * count, score and band in words, so colour is never the only signal; a visually hidden table lists
 * the filled cells for screen readers (domain heatMapTable).
 */
export function HeatMap({ risks, caption, onSelectCell, selected }: HeatMapProps) {
  const s = useStyles();
  const captionId = useId();
  const map = heatMap(risks);
  const table = heatMapTable(map);
  return (
    <figure className={s.figure} aria-labelledby={captionId}>
      <figcaption id={captionId} className={s.caption}>
        {caption}
      </figcaption>
      <div className={s.axisTitle} aria-hidden>
        Likelihood (down) by impact (across)
      </div>
      <div className={s.grid} role="group" aria-label={`${caption}: heat map cells`}>
        {map.rows.map((row) => [
          <div key={`l${row.likelihood}`} className={s.axis} aria-hidden>
            <span>{row.likelihood}</span>
            <span>{LIKELIHOOD_WORDS[row.likelihood - 1]}</span>
          </div>,
          ...row.cells.map((cell) => {
            const key = `${cell.likelihood}-${cell.impact}`;
            const cls = mergeClasses(s.cell, s[BAND_CLASS[cell.band]]);
            if (!onSelectCell)
              return (
                <div key={key} className={cls} title={cell.text}>
                  <CellContent cell={cell} />
                </div>
              );
            const pressed = selected?.likelihood === cell.likelihood && selected.impact === cell.impact;
            return (
              <button
                key={key}
                type="button"
                className={mergeClasses(cls, s.button, pressed && s.selected)}
                aria-label={cell.text}
                aria-pressed={pressed}
                title={cell.text}
                onClick={() => onSelectCell(cell.likelihood, cell.impact)}
              >
                <CellContent cell={cell} />
              </button>
            );
          }),
        ])}
        <div aria-hidden />
        {IMPACT_WORDS.map((word, i) => (
          <div key={word} className={mergeClasses(s.axis, s.axisBottom)} aria-hidden>
            <span>{i + 1}</span>
            <span>{word}</span>
          </div>
        ))}
      </div>
      <VisuallyHidden>
        <table>
          <caption>{`${caption}, as a table. ${table.caption}`}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={`${r.likelihood}-${r.impact}`}>
                <td>{`${r.likelihood} ${LIKELIHOOD_WORDS[r.likelihood - 1]}`}</td>
                <td>{`${r.impact} ${IMPACT_WORDS[r.impact - 1]}`}</td>
                <td>{r.score}</td>
                <td>{r.band}</td>
                <td>{r.risks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
