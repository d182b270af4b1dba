import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * Plain data tables, shared by the rollup and administration: a box that scrolls a table too wide for
 * the window (reachable by keyboard) instead of the page, a table whose words wrap whole, and a caption.
 */
export const tableStyles = {
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
    },
  },
  // "break-word" only splits a word longer than its whole column.
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& th, & td": {
      textAlign: "left",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: "break-word",
    },
  },
  caption: {
    captionSide: "top",
    textAlign: "left",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    paddingBottom: tokens.spacingVerticalXS,
  },
} satisfies Record<string, GriffelStyle>;
