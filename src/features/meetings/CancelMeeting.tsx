import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { CalendarCancel16Regular } from "@fluentui/react-icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useServices } from "../../app/services";
import { toDataError } from "../../data/errors";
import { updateMeeting, type Meeting } from "../../data/sharepoint/meetings";
import { meetingWhen } from "../../domain/meetings";
import { keys } from "../queries";

const useStyles = makeStyles({ trigger: { justifySelf: "start", maxWidth: "100%" } });

/**
 * The chair calls off a planned meeting: it stays in the list marked "Cancelled" (its item, history
 * and links survive) and is never "the next meeting" again. One ETag'd write: if someone changed the
 * meeting meanwhile, nothing is overwritten and the chair is told to look again.
 */
export function CancelMeeting({ meeting }: { meeting: Meeting }) {
  const s = useStyles();
  const { sp } = useServices();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => updateMeeting(sp, meeting, { cancelled: true }),
    onSuccess: async (saved) => {
      setOpen(false);
      client.setQueryData<Meeting[]>(keys.boardMeetings(saved.boardId), (old) =>
        old?.map((m) => (m.id === saved.id ? saved : m)),
      );
      await client.invalidateQueries({ queryKey: keys.boardMeetings(saved.boardId) });
    },
    onError: (e) => {
      const failure = toDataError(e);
      setProblem(
        failure.kind === "conflict"
          ? "Someone changed this meeting since you opened the page, so it was not cancelled. Reload the page and look again."
          : failure.kind === "access"
            ? "SharePoint did not let you cancel this meeting: only the board's chair and members can."
            : `The meeting was not cancelled. ${failure.message}`,
      );
    },
  });
  return (
    <Dialog
      open={open}
      onOpenChange={(_, d) => {
        if (mutation.isPending) return;
        setProblem(null);
        setOpen(d.open);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<CalendarCancel16Regular />} className={s.trigger}>
          Cancel {meeting.title}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Cancel “{meeting.title}”?</DialogTitle>
          <DialogContent>
            <Text as="p">
              {meetingWhen(meeting)}. It stays in the list of meetings, marked cancelled, and is no longer the
              board&apos;s next meeting. A Teams meeting made for it stays in the board&apos;s calendar:
              cancel that in Outlook.
            </Text>
            {problem && (
              <Text as="p" role="alert">
                {problem}
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
              {mutation.isPending ? "Cancelling…" : "Cancel the meeting"}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button disabled={mutation.isPending}>Keep it</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
