import { Field, Link, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCardListStyles } from "../../ui/cardList";
import { useDeferredValue, useState } from "react";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import { toDataError } from "../../data/errors";
import type { Meeting } from "../../data/sharepoint/meetings";
import type { Decision } from "../../data/sharepoint/minutes";
import { canReadBoard, chairToAsk } from "../../domain/boardPeople";
import { foldForSearch } from "../../domain/filters";
import type { Board } from "../../domain/types";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, ErrorState, LoadingState, NoAccess } from "../../ui/StateViews";
import { useBoardMeetings, useBoards, useViewer } from "../queries";
import { meetingTime } from "./format";
import { useBoardDecisions } from "./useMeetingRecord";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  back: { alignSelf: "flex-start" },
  search: { maxWidth: "28rem" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The board's decision log: every decision its meetings recorded, latest first, searchable, each linked to its meeting. */
export function DecisionLog({ boardId }: { boardId: number }) {
  const s = useStyles();
  const boards = useBoards();
  const viewer = useViewer();
  const { roles } = useServices();
  const board = boards.data?.find((b) => b.id === boardId);
  const allowed = board !== undefined && viewer.isSuccess && canReadBoard(viewer.data, board, roles);

  if (boards.isPending || viewer.isPending) return <LoadingState label="Loading the decision log…" />;
  // Someone with no part in the partnership's boards cannot read the boards list at all (SharePoint refuses).
  if (boards.isError && toDataError(boards.error).kind === "access")
    return <NoAccess what="the decisions of this board" />;
  if (boards.isError)
    return <ErrorState error={boards.error} onRetry={() => void boards.refetch()} what="the boards" />;
  if (viewer.isError)
    return <ErrorState error={viewer.error} onRetry={() => void viewer.refetch()} what="who you are" />;
  if (!board)
    return (
      <ErrorState
        error={new Error("There is no such board, or it has been removed.")}
        onRetry={() => void boards.refetch()}
        what="this board"
      />
    );
  const header = (
    <header className={s.header}>
      <Link className={s.back} href={hrefFor({ name: "meetings", boardId: board.id })}>
        All meetings of {board.title}
      </Link>
      <PageTitle>Decision log of {board.title}</PageTitle>
    </header>
  );
  if (!allowed)
    return (
      <div className={s.page}>
        {header}
        <NoAccess what={`the decisions of ${board.title}`} section askWhom={chairToAsk(board)} />
      </div>
    );
  return (
    <div className={s.page}>
      {header}
      <Decisions board={board} />
    </div>
  );
}

function Decisions({ board }: { board: Board }) {
  const s = useStyles();
  const cards = useCardListStyles();
  const decisions = useBoardDecisions(board.id);
  const meetings = useBoardMeetings(board.id);
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);

  if (decisions.isPending || meetings.isPending) return <LoadingState label="Loading the decisions…" />;
  if (decisions.isError)
    return (
      <ErrorState
        error={decisions.error}
        onRetry={() => void decisions.refetch()}
        what={`the decisions of ${board.title}`}
      />
    );
  if (meetings.isError)
    return (
      <ErrorState
        error={meetings.error}
        onRetry={() => void meetings.refetch()}
        what={`the meetings of ${board.title}`}
      />
    );
  if (decisions.data.length === 0)
    return (
      <EmptyState title="No decisions recorded yet">
        Decisions the board makes in its meetings are listed here, each linked to its meeting.
      </EmptyState>
    );

  const byId = new Map(meetings.data.map((m) => [m.id, m]));
  const wanted = foldForSearch(deferred.trim());
  const shown = latestFirst(decisions.data, byId).filter(
    (d) => wanted === "" || foldForSearch(d.text).includes(wanted),
  );
  return (
    <>
      <Field label="Search decisions" className={s.search}>
        <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      <Text role="status" aria-live="polite" className={s.muted}>
        {wanted === ""
          ? `${count(decisions.data.length)} recorded.`
          : `${count(shown.length)} ${shown.length === 1 ? "matches" : "match"} “${deferred.trim()}”.`}
      </Text>
      {shown.length > 0 && (
        <ul className={cards.list} aria-label="Decisions, latest first">
          {shown.map((d) => {
            const m = byId.get(d.meetingId);
            return (
              <li key={d.id} className={cards.item}>
                <Text>{d.text}</Text>
                <Text className={s.muted}>
                  {m ? (
                    <>
                      Decided at the meeting on <time dateTime={m.start}>{meetingTime(m)}</time>:{" "}
                      <Link href={hrefFor({ name: "meeting", boardId: board.id, meetingId: m.id })}>
                        {m.title}, {meetingTime(m)}
                      </Link>
                    </>
                  ) : (
                    "The meeting this was decided at is no longer in the board's list."
                  )}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

const count = (n: number): string => (n === 1 ? "1 decision" : `${n} decisions`);

/** Latest meeting first, and within a meeting the order they were recorded in. */
function latestFirst(decisions: readonly Decision[], meetings: Map<number, Meeting>): Decision[] {
  const start = (d: Decision): number => Date.parse(meetings.get(d.meetingId)?.start ?? "") || 0;
  return [...decisions].sort((a, b) => start(b) - start(a) || a.id - b.id);
}
