import { ToggleButton, Text, makeStyles, tokens } from "@fluentui/react-components";
import { RATING_ORDER, ratingSummary, isOverdue } from "../../domain/actions";
import type { Action, IsoDate, Rating } from "../../domain/types";
import { RatingBadge } from "../../ui/RatingBadge";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  count: { fontVariantNumeric: "tabular-nums" },
});

/** The board's RAG summary; each count filters the plan to those actions. */
export function RatingSummary({
  actions,
  today,
  selected,
  onSelect,
  overdueSelected,
  onOverdue,
}: {
  actions: Action[];
  today: IsoDate;
  selected: Rating | "All";
  onSelect: (r: Rating | "All") => void;
  overdueSelected: boolean;
  onOverdue: (on: boolean) => void;
}) {
  const s = useStyles();
  const counts = ratingSummary(actions);
  const overdue = actions.filter((a) => isOverdue(a, today)).length;
  return (
    <section aria-labelledby="rag-summary-heading">
      <Text as="h2" id="rag-summary-heading" size={400} weight="semibold">
        RAG summary
      </Text>
      <ul className={s.row}>
        {RATING_ORDER.filter((r) => counts[r] > 0 || r === "Red" || r === "Amber" || r === "Green").map(
          (r) => (
            <li key={r}>
              <ToggleButton
                checked={selected === r}
                onClick={() => onSelect(selected === r ? "All" : r)}
                aria-label={`${r}: ${counts[r]} ${counts[r] === 1 ? "action" : "actions"}. ${selected === r ? "Showing only these; press to show all." : "Press to show only these."}`}
              >
                <RatingBadge rating={r} /> <span className={s.count}>&nbsp;{counts[r]}</span>
              </ToggleButton>
            </li>
          ),
        )}
        <li>
          <ToggleButton
            checked={overdueSelected}
            onClick={() => onOverdue(!overdueSelected)}
            aria-label={`Overdue: ${overdue} ${overdue === 1 ? "action" : "actions"}. ${overdueSelected ? "Showing only these; press to show all." : "Press to show only these."}`}
          >
            Overdue <span className={s.count}>&nbsp;{overdue}</span>
          </ToggleButton>
        </li>
      </ul>
    </section>
  );
}
