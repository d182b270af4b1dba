import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import type { MeetingRecord } from "../../../data/sharepoint/meetingRecord";
import { updateMeeting } from "../../../data/sharepoint/meetings";
import { Notice } from "../../../ui/Notice";
import { meetingKeys, useRecordWriter } from "../useMeetingRecord";

const useStyles = makeStyles({
  end: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

/**
 * The chair ends the meeting, after a confirmation: it moves to "Minutes draft", where the minutes can
 * still be edited before they are published. With the meeting's ETag as last read.
 */
export function EndMeeting({ meetingId }: { meetingId: number }) {
  const { sp } = useServices();
  const client = useQueryClient();
  const writer = useRecordWriter(meetingId);
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const end = useMutation({
    mutationFn: () => {
      const meeting = client.getQueryData<MeetingRecord>(meetingKeys.record(meetingId))?.meeting;
      if (!meeting) throw new Error("The meeting is not loaded.");
      return updateMeeting(sp, meeting, { state: "Minutes draft" });
    },
    onSuccess: (saved) => {
      setOpen(false);
      writer.meeting(saved);
    },
    onError: async (e) => {
      const failure = toDataError(e);
      setOpen(false);
      if (failure.kind === "conflict") {
        setProblem(
          "The meeting was not ended: someone changed it meanwhile. It has been read again; end it again.",
        );
        await writer.refresh();
      } else setProblem(`The meeting was not ended. ${failure.message}`);
    },
  });

  return (
    <section className={s.end} aria-label="End the meeting">
      {problem && (
        <Notice intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </Notice>
      )}
      <Dialog open={open} onOpenChange={(_, d) => !end.isPending && setOpen(d.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button onClick={() => setProblem(null)}>End the meeting</Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>End the meeting?</DialogTitle>
            <DialogContent>
              Meeting mode closes for everyone. The minutes become a draft you can still correct before you
              publish them.
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={end.isPending} onClick={() => end.mutate()}>
                {end.isPending ? "Ending…" : "End the meeting now"}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button disabled={end.isPending}>Keep the meeting going</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
