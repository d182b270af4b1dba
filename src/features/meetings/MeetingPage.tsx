import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import type { MeetingRecord } from "../../data/sharepoint/meetingRecord";
import { canReadBoard, chairToAsk } from "../../domain/boardPeople";
import { canKeepPlan } from "../../domain/planEditing";
import { PageTitle } from "../../ui/PageTitle";
import { ErrorState, LoadingState, NoAccess } from "../../ui/StateViews";
import { useBoardHome, useViewer } from "../queries";
import { AgendaEditor } from "./agenda/AgendaEditor";
import { meetingTime } from "./format";
import { MeetingMode } from "./mode/MeetingMode";
import { StartMeeting } from "./mode/StartMeeting";
import { MinutesView } from "./publish/MinutesView";
import { useMeetingRecord } from "./useMeetingRecord";

/**
 * Where the page is shown: the channel tab, a Teams meeting's side panel (320 px wide) or its shared
 * stage. The side panel and the stage follow the chair; only the chair runs the meeting from them.
 */
export type Surface = "tab" | "sidePanel" | "stage";

/** What every part of a meeting's page is given. */
export interface MeetingPartProps {
  home: BoardHomeData;
  record: MeetingRecord;
  /** An owner of the board's group (chair, deputy or secretary) or a plan administrator: runs the meeting. */
  isChair: boolean;
  surface: Surface;
}

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  back: { alignSelf: "flex-start" },
});

/**
 * One meeting of a board, whatever its state: the agenda while it is planned, meeting mode while it
 * runs (the chair's controls, or the live view for everyone else), then the minutes — draft,
 * published and downloadable. While the meeting runs, the record is read again every few seconds.
 */
export function MeetingPage({
  boardId,
  meetingId,
  surface = "tab",
}: {
  boardId: number;
  meetingId: number;
  surface?: Surface;
}) {
  const home = useBoardHome(boardId);
  const record = useMeetingRecord(meetingId);
  const viewer = useViewer();
  const { roles } = useServices();
  const s = useStyles();

  if (home.isPending || record.isPending) return <LoadingState label="Loading the meeting…" />;
  if (home.isError)
    return <ErrorState error={home.error} onRetry={() => void home.refetch()} what="this board" />;
  const board = home.data.board;
  if (viewer.isSuccess && !canReadBoard(viewer.data, board, roles))
    return <NoAccess what={`the meetings of ${board.title}`} askWhom={chairToAsk(board)} />;
  if (record.isError)
    return <ErrorState error={record.error} onRetry={() => void record.refetch()} what="this meeting" />;
  const { meeting } = record.data;
  if (meeting.boardId !== board.id)
    return (
      <ErrorState
        error={new Error(`This meeting belongs to another board, not ${board.title}.`)}
        onRetry={() => void record.refetch()}
        what="this meeting"
      />
    );
  const isChair = canKeepPlan(viewer.data, board, roles.administratorsGroupId);
  const part: MeetingPartProps = { home: home.data, record: record.data, isChair, surface };
  const compact = surface !== "tab";

  return (
    <div className={s.page}>
      <header className={s.header}>
        {!compact && (
          <Link className={s.back} href={hrefFor({ name: "meetings", boardId: board.id })}>
            All meetings of {board.title}
          </Link>
        )}
        <PageTitle>{meeting.title}</PageTitle>
        <Text>
          <time dateTime={meeting.start}>{meetingTime(meeting)}</time>
          {meeting.place !== "" && <> · {meeting.place}</>} ·{" "}
          {meeting.cancelled ? "Cancelled" : meeting.state}
        </Text>
        {meeting.onlineUrl !== "" && !compact && (
          <Link href={meeting.onlineUrl} target="_blank" rel="noreferrer">
            Join the Teams meeting
          </Link>
        )}
      </header>
      {meeting.state === "Planned" ? (
        <>
          {isChair && !meeting.cancelled && <StartMeeting {...part} />}
          <AgendaEditor {...part} />
        </>
      ) : meeting.state === "In progress" ? (
        <MeetingMode {...part} />
      ) : (
        <MinutesView {...part} />
      )}
    </div>
  );
}
