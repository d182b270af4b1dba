import { Text, makeStyles, tokens, Link } from "@fluentui/react-components";
import { formatDateTime } from "../../domain/dates";
import { creationSummary, type ActionValues, type HistoryEntry } from "../../domain/history";
import { EmptyState, ErrorState, LoadingState } from "../../ui/StateViews";
import { useHistory } from "../queries";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  entry: {
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorNeutralStroke2,
    paddingInlineStart: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  note: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

/** The lines under an entry's heading: what it changed, or what the action was when it was added. */
function lines(e: HistoryEntry, first: ActionValues | undefined): string[] {
  if (e.created) return ["Action added to the plan", ...(first ? creationSummary(first) : [])];
  if (e.changes.length > 0) return e.changes.map((c) => c.text);
  return e.note || e.evidenceUrl ? [] : ["Saved with no change to the fields shown here"];
}
/** Every change to the action, newest first, with who and when. */
export function HistoryList({ actionId }: { actionId: number }) {
  const s = useStyles();
  const history = useHistory(actionId);
  return (
    <section aria-labelledby="history-heading">
      <Text as="h2" id="history-heading" size={500} weight="semibold">
        History
      </Text>
      {history.isPending && <LoadingState label="Loading the history…" />}
      {history.isError && (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} what="the history" section />
      )}
      {history.isSuccess && history.data.entries.length === 0 && (
        <EmptyState title="No history recorded yet" />
      )}
      {history.isSuccess && history.data.entries.length > 0 && (
        <ol className={s.list} aria-label="Changes, newest first">
          {history.data.entries.map((u) => (
            <li key={u.version} className={s.entry}>
              <Text weight="semibold">
                {u.by?.name ?? "Unknown person"}, <time dateTime={u.at}>{formatDateTime(u.at)}</time>
              </Text>
              {!u.throughApp && (
                <Text className={s.muted}>Changed outside Trust Boards (in SharePoint or another tool)</Text>
              )}
              {lines(u, history.data.first).map((line) => (
                <Text key={line} className={s.muted}>
                  {line}
                </Text>
              ))}
              {u.note && <Text className={s.note}>{u.note}</Text>}
              {u.evidenceUrl && /^https:\/\//i.test(u.evidenceUrl) && (
                <Link href={u.evidenceUrl} target="_blank" rel="noopener noreferrer">
                  Evidence
                </Link>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
