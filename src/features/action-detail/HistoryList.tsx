import { Text, makeStyles, tokens, Link } from "@fluentui/react-components";
import { formatDate, formatDateTime } from "../../domain/dates";
import type { ActionUpdate } from "../../domain/types";
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

function changes(u: ActionUpdate): string[] {
  const out: string[] = [];
  if (u.kind === "Created") out.push("Action added to the plan");
  if (u.statusFrom !== null && u.statusTo !== null && u.statusFrom !== u.statusTo)
    out.push(`Status: ${u.statusFrom} → ${u.statusTo}`);
  else if (u.kind === "Created" && u.statusTo) out.push(`Status: ${u.statusTo}`);
  // Completing or pausing an action clears its RAG; the status line already says so.
  const ragCleared = !u.ragTo && u.statusTo !== "In progress";
  if ((u.ragFrom ?? "") !== (u.ragTo ?? "") && !ragCleared)
    out.push(`RAG: ${u.ragFrom || "none"} → ${u.ragTo || "none"}`);
  if (u.dateTo)
    out.push(
      `Target date: ${formatDate(u.dateFrom) || "none"} → ${formatDate(u.dateTo)}${u.reason ? ` (reason: ${u.reason})` : ""}`,
    );
  return out;
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
      {history.isSuccess && history.data.length === 0 && <EmptyState title="No history recorded yet" />}
      {history.isSuccess && history.data.length > 0 && (
        <ol className={s.list} aria-label="Changes, newest first">
          {history.data.map((u) => (
            <li key={u.id} className={s.entry}>
              <Text weight="semibold">
                {u.author?.name ?? "Unknown person"}, <time dateTime={u.at}>{formatDateTime(u.at)}</time>
              </Text>
              {changes(u).map((line) => (
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
