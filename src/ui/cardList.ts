import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * A list of cards (meetings, decisions, actions under an agenda item): no bullets, one bordered card
 * per entry that wraps long words rather than widen a 320 px side panel.
 */
export const useCardListStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
});
