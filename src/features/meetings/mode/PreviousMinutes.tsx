import {
  Button,
  Link,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format, parseISO } from "date-fns";
import { useEffect, useRef, useState } from "react";
import { hrefFor } from "../../../app/route";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import { updateMeeting } from "../../../data/sharepoint/meetings";
import { formatDate } from "../../../domain/dates";
import { meetingBefore } from "../../../domain/meetings";
import { Notice } from "../../../ui/Notice";
import { ErrorState, LoadingState } from "../../../ui/StateViews";
import { useBoardMeetings } from "../../queries";
import type { MeetingPartProps } from "../MeetingPage";
import { useRecordWriter } from "../useMeetingRecord";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  button: { alignSelf: "flex-start" },
});

/** The board approves the minutes of its meeting before this one as a true record. */
export function PreviousMinutesApproval({ home, record, isChair }: MeetingPartProps) {
  const s = useStyles();
  const { sp, now } = useServices();
  const meetings = useBoardMeetings(home.board.id);
  const { meeting: remember, refresh } = useRecordWriter(record.meeting.id);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<{ conflict: boolean; text: string } | null>(null);
  const meeting = record.meeting;
  const approvedRef = useRef<HTMLSpanElement>(null);
  const [justApproved, setJustApproved] = useState(false);
  useEffect(() => {
    if (justApproved) approvedRef.current?.focus();
  }, [justApproved, meeting.previousApprovedAt]);

  const heading = (
    <Text as="h2" id="previous-minutes-heading" size={500} weight="semibold">
      Minutes of the last meeting
    </Text>
  );
  const wrap = (body: JSX.Element) => (
    <section aria-labelledby="previous-minutes-heading" className={s.section}>
      {heading}
      {body}
    </section>
  );

  if (meetings.isPending) return wrap(<LoadingState label="Loading the board's meetings…" />);
  if (meetings.isError)
    return wrap(
      <ErrorState
        error={meetings.error}
        onRetry={() => void meetings.refetch()}
        what={`the meetings of ${home.board.title}`}
      />,
    );
  const previous = meetingBefore(meetings.data, meeting);
  if (!previous) return wrap(<Text>This is the board&apos;s first meeting: no minutes to approve.</Text>);

  const date = formatDate(previous.localDate);
  const rule = (
    <Text className={s.muted}>
      Published minutes cannot be changed. If they need a correction, the plan administrators publish a new
      version and the first one is kept.
    </Text>
  );

  if (meeting.previousMeetingId === previous.id && meeting.previousApprovedAt) {
    const at = meeting.previousApprovedAt;
    return wrap(
      <>
        {/* The approve button gives way to this line: focus comes here rather than to the page. */}
        <Text role="status" tabIndex={-1} ref={approvedRef}>
          Approved as a true record at <time dateTime={at}>{format(parseISO(at), "HH:mm")}</time>: the minutes
          of the meeting on {date}.
        </Text>
        {rule}
      </>,
    );
  }

  if (previous.state !== "Minutes published")
    return wrap(
      <>
        <Text>
          The minutes of the meeting on {date} are still a draft. They must be published before the board can
          approve them.{" "}
          <Link href={hrefFor({ name: "meeting", boardId: previous.boardId, meetingId: previous.id })}>
            Open the meeting on {date}
          </Link>
        </Text>
        {rule}
      </>,
    );

  const approve = (): void => {
    setSaving(true);
    setProblem(null);
    updateMeeting(sp, meeting, {
      approvesMinutesOf: { meetingId: previous.id, at: now().toISOString() },
    })
      .then((saved) => {
        remember(saved);
        setJustApproved(true);
      })
      .catch((e: unknown) => {
        const failure = toDataError(e);
        if (failure.kind === "conflict") {
          void refresh();
          setProblem({
            conflict: true,
            text: "Someone else changed this meeting just now. Nothing was overwritten: the meeting has been read again, so approve the minutes again if they still need it.",
          });
        } else setProblem({ conflict: false, text: failure.message });
      })
      .finally(() => setSaving(false));
  };

  return wrap(
    <>
      <Text>
        The minutes of the meeting on {date} are published.{" "}
        {isChair
          ? "When the board agrees they are a true record, approve them."
          : "The chair records the board's approval of them."}
      </Text>
      {previous.documentUrl !== "" && (
        <Link href={previous.documentUrl} target="_blank" rel="noreferrer">
          Read the minutes of {date}
        </Link>
      )}
      {problem && (
        <Notice intent={problem.conflict ? "warning" : "error"} role="alert">
          <MessageBarBody>
            <MessageBarTitle>Approval not saved.</MessageBarTitle>
            {problem.text}
          </MessageBarBody>
          {!problem.conflict && (
            <MessageBarActions>
              <Button onClick={approve}>Try again</Button>
            </MessageBarActions>
          )}
        </Notice>
      )}
      {isChair && (
        <Button className={s.button} appearance="primary" disabled={saving} onClick={approve}>
          {saving ? "Saving…" : `Approve the minutes of ${date}`}
        </Button>
      )}
      {rule}
    </>,
  );
}
