import { useCardListStyles } from "../../../ui/cardList";
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Link,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { addMonths } from "date-fns";
import { hrefFor } from "../../../app/route";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import type { Meeting } from "../../../data/sharepoint/meetings";
import type { MeetingItem } from "../../../data/sharepoint/minutes";
import { dueDate, ratingOf } from "../../../domain/actions";
import { exceptionReasons, REASON_LABELS } from "../../../domain/agenda";
import { canEditBoard } from "../../../domain/boardPeople";
import { formatDate, todayIso } from "../../../domain/dates";
import { meetingAfter, meetingBefore } from "../../../domain/meetings";
import type { Action, Board, IsoDate, IsoInstant, Person } from "../../../domain/types";
import { RatingBadge } from "../../../ui/RatingBadge";
import { UpdateForm } from "../../action-detail/UpdateForm";
import { useAction, useBoardMeetings, useBoards, useViewer } from "../../queries";
import type { MeetingPartProps } from "../MeetingPage";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  line: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  surface: { maxWidth: "min(48rem, calc(100vw - 2 * 16px))", boxSizing: "border-box" },
  trigger: { alignSelf: "flex-start" },
});

/** The actions an agenda item is about: the item's list, or the one action it was made for. */
export const itemActionIds = (item: Pick<MeetingItem, "actionIds" | "actionId">): number[] => {
  const ids = [...item.actionIds];
  if (item.actionId !== null && !ids.includes(item.actionId)) ids.push(item.actionId);
  return ids;
};

/** Why each action is an exception at this meeting, as the agenda judges it (domain/agenda buildAgenda). */
function reasonWindow(meetings: readonly Meeting[], meeting: Meeting, now: Date) {
  const previous = meetingBefore(meetings, meeting);
  const following = meetingAfter(meetings, meeting);
  const dueBefore: IsoDate = following
    ? todayIso(new Date(following.start))
    : todayIso(addMonths(new Date(meeting.start), 1));
  // "Not updated since the last meeting"; a board's first meeting looks back a month.
  const since: IsoInstant = previous ? previous.start : addMonths(new Date(meeting.start), -1).toISOString();
  return { today: todayIso(now), dueBefore, since };
}

/** The actions an agenda item is about, each with its rating and due date, and updatable in place. */
export function ItemActions({ home, record, item }: MeetingPartProps & { item: MeetingItem }) {
  const s = useStyles();
  const cards = useCardListStyles();
  const { now, roles } = useServices();
  const viewer = useViewer();
  const meetings = useBoardMeetings(home.board.id);
  const ids = itemActionIds(item);
  if (ids.length === 0) return null;
  const canEdit = canEditBoard(viewer.data, home.board, roles.administratorsGroupId);
  const window = meetings.data ? reasonWindow(meetings.data, record.meeting, now()) : null;
  const headingId = `item-actions-${item.id}`;
  return (
    <section aria-labelledby={headingId} className={s.section}>
      <Text as="h3" id={headingId} size={400} weight="semibold">
        Actions under this item
      </Text>
      <ul className={cards.list} aria-labelledby={headingId}>
        {ids.map((id) => {
          const action = home.actions.find((a) => a.id === id);
          return (
            <li key={id} className={cards.item}>
              {action ? (
                <ActionLine
                  action={action}
                  board={home.board}
                  me={home.me}
                  canEdit={canEdit}
                  reasons={
                    window
                      ? exceptionReasons(action, window.today, window.dueBefore, window.since).map(
                          (r) => REASON_LABELS[r],
                        )
                      : []
                  }
                />
              ) : (
                <MissingAction actionId={id} board={home.board} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ActionLine({
  action: a,
  board,
  me,
  canEdit,
  reasons,
}: {
  action: Action;
  board: Board;
  me: Person;
  canEdit: boolean;
  reasons: string[];
}) {
  const s = useStyles();
  const due = dueDate(a);
  return (
    <>
      <Text weight="semibold">
        <Link href={hrefFor({ name: "action", boardId: board.id, actionId: a.id })}>
          {a.ref} {a.title}
        </Link>
      </Text>
      <div className={s.line}>
        <RatingBadge rating={ratingOf(a)} size="small" />
        <Text>Owner: {a.owner ? a.owner.name : "no owner"}</Text>
        <Text>
          Due {formatDate(due)}
          {a.revisedDate ? " (revised)" : ""}
        </Text>
        {reasons.map((r) => (
          <Badge key={r} appearance="outline" color="informative">
            {r}
          </Badge>
        ))}
      </div>
      {a.lastNote !== "" && <Text className={s.muted}>Latest note: {a.lastNote}</Text>}
      {canEdit && <UpdateActionDialog action={a} board={board} me={me} />}
    </>
  );
}

/**
 * The action page's update form in a dialog: the same checks, the same one ETag'd write, the same
 * history. Saving refreshes the board home (useSaveUpdate), so the rating above follows.
 */
function UpdateActionDialog({ action, board, me }: { action: Action; board: Board; me: Person }) {
  const s = useStyles();
  return (
    <Dialog>
      <DialogTrigger disableButtonEnhancement>
        <Button className={s.trigger}>Update {action.ref}</Button>
      </DialogTrigger>
      <DialogSurface className={s.surface}>
        <DialogBody>
          <DialogTitle>
            Update {action.ref}: {action.title}
          </DialogTitle>
          <DialogContent>
            <UpdateForm action={action} board={board} me={me} />
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Close</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** An action the agenda froze that is no longer in this board's plan: deleted, or moved to another board. */
function MissingAction({ actionId, board }: { actionId: number; board: Board }) {
  const s = useStyles();
  const found = useAction(actionId);
  const boards = useBoards();
  if (found.isPending) return <Text className={s.muted}>Looking for action {actionId}…</Text>;
  if (found.isError) {
    const failure = toDataError(found.error);
    return (
      <Text>
        {failure.kind === "notFound"
          ? "An action listed here no longer exists: it was deleted after the agenda was made."
          : failure.kind === "access"
            ? "An action listed here has moved to a board whose plan you cannot see."
            : `An action listed here could not be loaded. ${failure.message}`}
      </Text>
    );
  }
  const a = found.data;
  const other = boards.data?.find((b) => b.id === a.boardId);
  if (a.boardId === board.id)
    return (
      <Text>
        {a.ref} {a.title} is no longer in this board&apos;s current plan.
      </Text>
    );
  return (
    <Text>
      {a.ref} {a.title} has moved to {other?.title ?? "another board"}, so it is no longer updated here.
    </Text>
  );
}
