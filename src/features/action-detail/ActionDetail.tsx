import { PageTitle } from "../../ui/PageTitle";
import { Link, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../ui/Notice";
import { ArrowLeft16Regular } from "@fluentui/react-icons";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import { isOverdue, ratingOf } from "../../domain/actions";
import { formatDate, formatDateTime, todayIso } from "../../domain/dates";
import type { Action } from "../../domain/types";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import { RatingBadge } from "../../ui/RatingBadge";
import { canReadBoard, chairToAsk } from "../../domain/boardPeople";
import { ErrorState, LoadingState, NoAccess } from "../../ui/StateViews";
import { canEditBoard, useAction, useBoardHome, useBoardMeetings, useBoards, useViewer } from "../queries";
import { HistoryList } from "./HistoryList";
import { UpdateForm } from "./UpdateForm";
import { ActionChairTools } from "../plan-editing/ChairTools";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  back: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    "@media (max-width: 480px)": { gridTemplateColumns: "1fr" },
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  def: { margin: 0, overflowWrap: "anywhere" },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  warn: { color: tokens.colorPaletteRedForeground1 },
});

export function ActionDetail({ boardId, actionId }: { boardId: number; actionId: number }) {
  const { roles } = useServices();
  const action = useAction(actionId);
  const boards = useBoards();
  const viewer = useViewer();
  // The action's own board — the one whose folder holds it, whose members SharePoint lets change it —
  // decides who may edit it, whatever the link or its board id column says.
  const filedIn = boards.data?.find((b) => action.data && b.folder === action.data.folder);
  const home = useBoardHome(filedIn?.id ?? action.data?.boardId ?? boardId);
  if (home.isPending || action.isPending || boards.isPending)
    return <LoadingState label="Loading the action…" />;
  if (home.isError)
    return <ErrorState error={home.error} onRetry={() => void home.refetch()} what="this board" />;
  if (action.isError) {
    // SharePoint answers 404 for an item the person may not read: say which is true.
    if (viewer.isSuccess && !canReadBoard(viewer.data, home.data.board, roles))
      return (
        <NoAccess
          what={`this action: it is in the action plan of ${home.data.board.title}`}
          askWhom={chairToAsk(home.data.board)}
        />
      );
    return <ErrorState error={action.error} onRetry={() => void action.refetch()} what="this action" />;
  }
  const claimed = boards.data?.find((b) => b.id === action.data.boardId);
  return (
    <ActionDetailView
      home={home.data}
      action={action.data}
      misfiledAs={filedIn && claimed && claimed.id !== filedIn.id ? claimed.title : null}
    />
  );
}

function ActionDetailView({
  home,
  action,
  misfiledAs,
}: {
  home: BoardHomeData;
  action: Action;
  /** The board its board id column names, when that is not the board whose folder holds it. */
  misfiledAs: string | null;
}) {
  const s = useStyles();
  const { now, roles } = useServices();
  const viewer = useViewer();
  const today = todayIso(now());
  const programme = home.programmes.find((p) => p.id === action.programmeId);
  const canEdit = canEditBoard(viewer.data, home.board, roles.administratorsGroupId);
  const noun = home.plan?.programmeNoun ?? "programme";
  const fact = (term: string, value: React.ReactNode) => (
    <>
      <dt className={s.term}>{term}</dt>
      <dd className={s.def}>{value}</dd>
    </>
  );
  return (
    <div className={s.page}>
      <Link href={hrefFor({ name: "board", boardId: home.board.id })} className={s.back}>
        <ArrowLeft16Regular aria-hidden /> Back to {home.board.title}
      </Link>
      <header>
        <PageTitle>
          {action.ref ? `${action.ref} ` : ""}
          {action.title}
        </PageTitle>
      </header>
      {misfiledAs && (
        <Notice intent="warning">
          <MessageBarBody>
            This action says it belongs to {misfiledAs}, but it is filed in the folder of {home.board.title},
            so it stays on this board and only this board&apos;s members can change it. Its history shows who
            changed its board and when; ask the plan administrators to move it properly.
          </MessageBarBody>
        </Notice>
      )}
      <dl className={s.facts}>
        {fact("Rating", <RatingBadge rating={ratingOf(action)} />)}
        {fact("Status", action.status)}
        {fact(capitalise(noun), programme ? `${programme.number}: ${programme.title}` : "—")}
        {fact(
          "Owner",
          action.owner ? (
            `${action.owner.name}${action.ownerOrg ? `, ${action.ownerOrg}` : ""}`
          ) : (
            <span className={s.warn}>No owner</span>
          ),
        )}
        {fact("Target date", formatDate(action.targetDate))}
        {action.revisedDate &&
          fact(
            "Revised target date",
            `${formatDate(action.revisedDate)}${action.revisedReason ? ` — ${action.revisedReason}` : ""}`,
          )}
        {isOverdue(action, today) &&
          fact(
            "Overdue",
            <span className={s.warn}>Yes — past its {action.revisedDate ? "revised " : ""}target date</span>,
          )}
        {action.aroseAtMeetingId !== null &&
          fact("Agreed at", <AroseAt boardId={home.board.id} meetingId={action.aroseAtMeetingId} />)}
        {fact(
          "Last update",
          action.lastUpdateAt
            ? `${formatDateTime(action.lastUpdateAt)}${action.lastUpdateBy ? ` by ${action.lastUpdateBy.name}` : ""}`
            : "None yet",
        )}
      </dl>
      {action.description && <Text className={s.text}>{action.description}</Text>}
      {/* Shown to the board's chair and plan administrators only: a UI hint, SharePoint decides. */}
      <ActionChairTools action={action} home={home} />
      {canEdit ? (
        <UpdateForm key={action.id} action={action} board={home.board} me={home.me} />
      ) : (
        viewer.isSuccess && (
          <Notice intent="info">
            <MessageBarBody>
              You can read this action but not update it: only members of {home.board.title} can.
            </MessageBarBody>
          </Notice>
        )
      )}
      <HistoryList actionId={action.id} />
    </div>
  );
}

/** The board meeting an action arising was agreed at, linked to that meeting's page (and its minutes). */
function AroseAt({ boardId, meetingId }: { boardId: number; meetingId: number }) {
  const meetings = useBoardMeetings(boardId);
  const meeting = meetings.data?.find((m) => m.id === meetingId);
  if (!meeting) return <>{meetings.isPending ? "A board meeting" : "A meeting of another board"}</>;
  return (
    <Link href={hrefFor({ name: "meeting", boardId, meetingId })}>
      {`${meeting.title}, ${formatDate(meeting.localDate)}`}
    </Link>
  );
}

const capitalise = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
