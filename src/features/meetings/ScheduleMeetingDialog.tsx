import { Field, Input } from "@fluentui/react-components";
import { CalendarAdd16Regular } from "@fluentui/react-icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useServices } from "../../app/services";
import { toDataError } from "../../data/errors";
import { scheduleMeeting, type Meeting } from "../../data/sharepoint/meetings";
import { formatDate, todayIso } from "../../domain/dates";
import { MEETING_TITLE_MAX } from "../../domain/meetings";
import type { Board, IsoDate } from "../../domain/types";
import { DateField } from "../../ui/DateField";
import { PlanDialog } from "../plan-editing/PlanDialog";
import type { SaveProblem } from "../plan-editing/usePlanChange";
import { keys } from "../queries";

interface Draft {
  title: string;
  date: IsoDate | null;
  /** What was typed in the date field when it could not be read as a date. */
  dateText: string | null;
  time: string;
}

type Errors = Partial<Record<"title" | "date" | "time", string>>;

/** "9:30", "09:30", "14.00" → "09:30" / "14:00"; null when it is not a time of day. */
export function readTime(text: string): string | null {
  const m = /^\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*$/.exec(text);
  return m ? `${(m[1] ?? "").padStart(2, "0")}:${m[2] ?? ""}` : null;
}

function validate(d: Draft, today: IsoDate): Errors {
  const e: Errors = {};
  const title = d.title.trim();
  if (title === "") e.title = "Give the meeting a title, for example “Board meeting, December”.";
  else if (title.length > MEETING_TITLE_MAX)
    e.title = `The title is ${title.length} characters; ${MEETING_TITLE_MAX} at most. Shorten it.`;
  if (d.dateText !== null)
    e.date = `“${d.dateText}” is not a date. Type it as day/month/year, like 10/12/2026.`;
  else if (d.date === null) e.date = "Choose the day of the meeting.";
  else if (d.date < today)
    e.date = `The meeting cannot be in the past: choose ${formatDate(today)} or later.`;
  if (readTime(d.time) === null) e.time = "Type the time it starts on the 24-hour clock, like 14:00.";
  return e;
}

const empty = (): Draft => ({ title: "", date: null, dateText: null, time: "14:00" });

/**
 * The chair schedules a meeting of the board: one create in the board's folder of the Meetings list
 * (its permissions decide who may). The draft and its client id survive a failed try, so trying again
 * finds a meeting whose reply was lost instead of making two.
 */
export function ScheduleMeetingDialog({
  board,
  onSaved,
}: {
  board: Pick<Board, "id" | "folder" | "title">;
  onSaved: (message: string, meeting: Meeting) => void;
}) {
  const { sp, siteUrl, now } = useServices();
  const client = useQueryClient();
  const today = todayIso(now());
  const [open, setOpenState] = useState(false);
  const [draft, setDraft] = useState<Draft>(empty);
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<Errors>({});
  const [checked, setChecked] = useState(false);
  const [invalidTick, setInvalidTick] = useState(0);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  const mutation = useMutation({
    mutationFn: (v: { draft: Draft; clientId: string }) =>
      scheduleMeeting(
        sp,
        siteUrl,
        board,
        { title: v.draft.title, date: v.draft.date ?? "", time: readTime(v.draft.time) ?? "" },
        v.clientId,
      ),
    onSuccess: async (saved) => {
      setOpenState(false);
      onSaved(`“${saved.title}” is scheduled for ${formatDate(saved.localDate)}, ${saved.localTime}.`, saved);
      reset();
      client.setQueryData<Meeting[]>(keys.boardMeetings(board.id), (old) =>
        old ? [saved, ...old.filter((m) => m.id !== saved.id)] : old,
      );
      await client.invalidateQueries({ queryKey: keys.boardMeetings(board.id) });
    },
    onError: (e) => {
      const failure = toDataError(e);
      setProblem(
        failure.kind === "access"
          ? {
              kind: "access",
              title: "SharePoint did not let you schedule a meeting.",
              text: `Only ${board.title}'s chair and members can schedule its meetings. What you entered is kept here.`,
              retry: false,
            }
          : {
              kind: failure.kind,
              title: "The meeting was not scheduled.",
              text: `${failure.message} What you entered is kept here.`,
              retry: true,
            },
      );
    },
  });

  function reset(): void {
    setDraft(empty());
    setClientId(crypto.randomUUID());
    setErrors({});
    setChecked(false);
    setProblem(null);
    mutation.reset();
  }

  const edit = (patch: Partial<Draft>): void => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (checked) setErrors(validate(next, today));
  };

  const change = {
    open,
    setOpen: (next: boolean): void => {
      if (mutation.isPending) return;
      if (next) reset();
      setOpenState(next);
    },
    submit: (): void => {
      const found = validate(draft, today);
      setChecked(true);
      setErrors(found);
      if (Object.values(found).some((v) => v !== undefined)) {
        setInvalidTick((t) => t + 1);
        return;
      }
      setProblem(null);
      mutation.mutate({ draft, clientId });
    },
    saving: mutation.isPending,
    problem,
    invalidTick,
  };

  return (
    <PlanDialog
      trigger={{ label: "Schedule a meeting", appearance: "primary", icon: <CalendarAdd16Regular /> }}
      title={`Schedule a meeting of ${board.title}`}
      submitLabel="Schedule meeting"
      change={change}
    >
      <Field label="Title" required validationMessage={errors.title}>
        <Input value={draft.title} onChange={(_, v) => edit({ title: v.value })} />
      </Field>
      <DateField
        label="Date"
        hint="Type day/month/year, or press Down arrow for a calendar."
        validationMessage={errors.date}
        value={draft.date}
        today={today}
        minDate={today}
        onChange={(date, unreadable) => edit({ date, dateText: unreadable })}
      />
      <Field
        label="Start time"
        required
        hint="24-hour clock, on the SharePoint site's clock."
        validationMessage={errors.time}
      >
        <Input value={draft.time} inputMode="numeric" onChange={(_, v) => edit({ time: v.value })} />
      </Field>
    </PlanDialog>
  );
}
