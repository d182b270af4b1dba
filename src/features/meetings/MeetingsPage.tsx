import { Link, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCardListStyles } from "../../ui/cardList";
import { useState } from "react";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import type { Meeting as StoredMeeting } from "../../data/sharepoint/meetings";
import { canReadBoard, chairToAsk } from "../../domain/boardPeople";
import { meetingsAround } from "../../domain/meetings";
import { canKeepPlan } from "../../domain/planEditing";
import { archivedBoardText } from "../../domain/planView";
import { Notice } from "../../ui/Notice";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, ErrorState, LoadingState, NoAccess } from "../../ui/StateViews";
import { useBoardHome, useBoardMeetings, useViewer } from "../queries";
import { CancelMeeting } from "./CancelMeeting";
import { meetingTime } from "./format";
import { PreparePanel } from "./PreparePanel";
import { ScheduleMeetingDialog } from "./ScheduleMeetingDialog";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  back: { alignSelf: "flex-start" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The board's Meetings area: upcoming and past meetings, scheduling for the chair, and Prepare. */
export function MeetingsPage({ boardId }: { boardId: number }) {
  const home = useBoardHome(boardId);
  const meetings = useBoardMeetings(boardId);
  if (home.isPending || meetings.isPending) return <LoadingState label="Loading the board's meetings…" />;
  if (home.isError)
    return <ErrorState error={home.error} onRetry={() => void home.refetch()} what="this board" />;
  if (meetings.isError)
    return (
      <ErrorState
        error={meetings.error}
        onRetry={() => void meetings.refetch()}
        what={`the meetings of ${home.data.board.title}`}
      />
    );
  return <MeetingsView home={home.data} meetings={meetings.data} />;
}

function MeetingsView({ home, meetings }: { home: BoardHomeData; meetings: StoredMeeting[] }) {
  const s = useStyles();
  const { now, roles } = useServices();
  const viewer = useViewer();
  const [saved, setSaved] = useState<string | null>(null);
  const board = home.board;
  const isChair = canKeepPlan(viewer.data, board, roles.administratorsGroupId);
  const { upcoming, past } = meetingsAround(meetings, now());

  const header = (
    <header className={s.header}>
      <Link className={s.back} href={hrefFor({ name: "board", boardId: board.id })}>
        Back to the action plan
      </Link>
      <Link className={s.back} href={hrefFor({ name: "decisions", boardId: board.id })}>
        Decision log
      </Link>
      <PageTitle>Meetings of {board.title}</PageTitle>
      <Text className={s.muted}>
        {board.chair ? `${board.chairRole}: ${board.chair.name}` : "No chair recorded"}
      </Text>
    </header>
  );
  if (viewer.isSuccess && !canReadBoard(viewer.data, board, roles))
    return (
      <div className={s.page}>
        {header}
        <NoAccess what={`the meetings of ${board.title}`} section askWhom={chairToAsk(board)} />
      </div>
    );

  // An archived plan's board is read-only to everyone (canKeepPlan says so, and SharePoint refuses it).
  const archived = archivedBoardText(board, home.plan);
  return (
    <div className={s.page}>
      {header}
      {archived && (
        <Notice intent="info">
          <MessageBarBody>{archived}</MessageBarBody>
        </Notice>
      )}
      {isChair && <ScheduleMeetingDialog board={board} onSaved={(message) => setSaved(message)} />}
      <div role="status" aria-live="polite">
        {saved && (
          <Notice intent="success">
            <MessageBarBody>
              <MessageBarTitle>Meeting scheduled.</MessageBarTitle>
              {saved}
            </MessageBarBody>
          </Notice>
        )}
      </div>
      <section aria-labelledby="upcoming-heading" className={s.section}>
        <Text as="h2" id="upcoming-heading" size={500} weight="semibold">
          Upcoming meetings
        </Text>
        {upcoming.length === 0 ? (
          <EmptyState title="No meeting scheduled">
            {isChair
              ? "Schedule the next meeting so the board can prepare for it."
              : "The chair has not scheduled the next meeting yet."}
          </EmptyState>
        ) : (
          <MeetingList meetings={upcoming} label="Upcoming meetings, soonest first" canCancel={isChair} />
        )}
      </section>
      <PreparePanel home={home} meetings={meetings} isChair={isChair} />
      <section aria-labelledby="past-heading" className={s.section}>
        <Text as="h2" id="past-heading" size={500} weight="semibold">
          Past meetings
        </Text>
        {past.length === 0 ? (
          <Text>The board has not met yet.</Text>
        ) : (
          <MeetingList meetings={past} label="Past meetings, latest first" />
        )}
      </section>
    </div>
  );
}

function MeetingList({
  meetings,
  label,
  canCancel = false,
}: {
  meetings: StoredMeeting[];
  label: string;
  /** The chair may call off a planned meeting from the list. */
  canCancel?: boolean;
}) {
  const cards = useCardListStyles();
  return (
    <ul className={cards.list} aria-label={label}>
      {meetings.map((m) => (
        <li key={m.id} className={cards.item}>
          <Text as="h3" weight="semibold" size={400}>
            <Link href={hrefFor({ name: "meeting", boardId: m.boardId, meetingId: m.id })}>{m.title}</Link>
          </Text>
          <Text>
            <time dateTime={m.start}>{meetingTime(m)}</time>
            {m.place !== "" && <> · {m.place}</>} · {m.cancelled ? "Cancelled" : m.state}
          </Text>
          {m.onlineUrl !== "" && !m.cancelled && (
            <Link href={m.onlineUrl} target="_blank" rel="noreferrer">
              Join online: {m.title}
            </Link>
          )}
          {m.documentUrl !== "" && (
            <Link href={m.documentUrl} target="_blank" rel="noreferrer">
              Published minutes: {m.title}
            </Link>
          )}
          {canCancel && m.state === "Planned" && !m.cancelled && <CancelMeeting meeting={m} />}
        </li>
      ))}
    </ul>
  );
}
