import {
  Button,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Play16Regular } from "@fluentui/react-icons";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import { updateMeeting } from "../../../data/sharepoint/meetings";
import { Notice } from "../../../ui/Notice";
import type { MeetingPartProps } from "../MeetingPage";
import { useRecordWriter } from "../useMeetingRecord";

const useStyles = makeStyles({
  start: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

/**
 * The chair starts the meeting: it moves to "In progress" at its first agenda item, which everyone
 * watching (the tab, the Teams meeting's side panel and stage) then follows. One write, with the
 * meeting's ETag: if someone changed the meeting in between, nothing is written and it is read again.
 */
export function StartMeeting({ record }: MeetingPartProps) {
  const { sp } = useServices();
  const s = useStyles();
  const writer = useRecordWriter(record.meeting.id);
  const [problem, setProblem] = useState<{ title: string; text: string } | null>(null);
  const first = record.items.find((i) => !i.removed) ?? null;

  const start = useMutation({
    mutationFn: (itemId: number) =>
      updateMeeting(sp, record.meeting, { state: "In progress", currentItemId: itemId }),
    onSuccess: (saved) => writer.meeting(saved),
    onError: async (e) => {
      const failure = toDataError(e);
      if (failure.kind === "conflict") {
        setProblem({
          title: "The meeting was not started.",
          text: "Someone changed it while you were looking at it. It has been read again: check it, then start it again.",
        });
        await writer.refresh();
      } else setProblem({ title: "The meeting was not started.", text: failure.message });
    },
  });

  return (
    <section className={s.start} aria-label="Start the meeting">
      {problem && (
        <Notice intent="error">
          <MessageBarBody>
            <MessageBarTitle>{problem.title}</MessageBarTitle>
            {problem.text}
          </MessageBarBody>
        </Notice>
      )}
      <Button
        appearance="primary"
        icon={<Play16Regular />}
        disabled={start.isPending}
        // Still reachable by Tab, so its reason ("Save the agenda first") is read out with it.
        disabledFocusable={first === null}
        aria-describedby={first === null ? "start-meeting-hint" : undefined}
        onClick={() => {
          if (!first) return;
          setProblem(null);
          start.mutate(first.id);
        }}
      >
        {start.isPending ? "Starting the meeting…" : "Start the meeting"}
      </Button>
      {first === null ? (
        <Text id="start-meeting-hint" className={s.hint}>
          Save the agenda first: the meeting starts at its first item.
        </Text>
      ) : (
        <Text className={s.hint}>
          It starts at “{first.title}”. Everyone watching in Teams follows the item you have open.
        </Text>
      )}
    </section>
  );
}
