import { Checkbox, Field, Input } from "@fluentui/react-components";
import { CalendarAdd16Regular } from "@fluentui/react-icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useServices } from "../../app/services";
import { toDataError } from "../../data/errors";
import { createBoardMeetingEvent } from "../../data/graph/teamwork";
import { scheduleMeeting, updateMeeting, type Meeting } from "../../data/sharepoint/meetings";
import { formatDate, todayIso } from "../../domain/dates";
import { MEETING_TITLE_MAX, validateMeetingDraft } from "../../domain/meetings";
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
  /** When it ends, "HH:mm" the same day, or "" for none. */
  endTime: string;
  place: string;
  onlineUrl: string;
  /** Also put it in the board group's calendar as a Teams meeting, whose join link becomes its online link. */
  teamsMeeting: boolean;
}

type Errors = Partial<Record<"title" | "date" | "time" | "endTime" | "place" | "onlineUrl", string>>;

/** A Teams meeting with no end time given lasts an hour. */
const DEFAULT_MINUTES = 60;

/** The meeting is in the Meetings list, but Graph did not put its Teams meeting in the calendar. */
class TeamsMeetingNotMade extends Error {
  constructor(readonly failure: ReturnType<typeof toDataError>) {
    super(failure.message);
  }
}

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
  const start = readTime(d.time);
  if (start === null) e.time = "Type the time it starts on the 24-hour clock, like 14:00.";
  const end = d.endTime.trim() === "" ? "" : readTime(d.endTime);
  if (end === null) e.endTime = "Type the time it ends on the 24-hour clock, like 16:00, or leave it empty.";
  // The domain's rules for the end, the place and the link: times on one clock compare as they are.
  const on = (t: string): string => `2000-01-01T${t}:00Z`;
  const rules = validateMeetingDraft({
    title: d.title,
    start: start === null ? null : on(start),
    end: end ? on(end) : null,
    place: d.place,
    // A Teams meeting made with it gives the link.
    onlineUrl: d.onlineUrl.trim() === "" && d.teamsMeeting ? "https://teams.microsoft.com/" : d.onlineUrl,
  });
  if (end && start !== null && rules.end) e.endTime = rules.end;
  if (rules.onlineUrl) e.onlineUrl = rules.onlineUrl;
  if (rules.place) e.place = rules.place;
  return e;
}

const empty = (): Draft => ({
  title: "",
  date: null,
  dateText: null,
  time: "14:00",
  endTime: "",
  place: "",
  onlineUrl: "",
  teamsMeeting: false,
});

/**
 * The chair schedules a meeting of the board: one create in the board's folder of the Meetings list
 * (its permissions decide who may). The draft and its client id survive a failed try, so trying again
 * finds a meeting whose reply was lost instead of making two.
 */
export function ScheduleMeetingDialog({
  board,
  onSaved,
}: {
  board: Pick<Board, "id" | "folder" | "title" | "groupId">;
  onSaved: (message: string, meeting: Meeting) => void;
}) {
  const { sp, graph, siteUrl, now } = useServices();
  const client = useQueryClient();
  const today = todayIso(now());
  const [open, setOpenState] = useState(false);
  const [draft, setDraft] = useState<Draft>(empty);
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<Errors>({});
  const [checked, setChecked] = useState(false);
  const [invalidTick, setInvalidTick] = useState(0);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  // The Teams meeting made for this draft: a retry after the link failed to save does not make a second.
  const made = useRef<{ clientId: string; joinUrl: string | null } | null>(null);

  const mutation = useMutation({
    mutationFn: async (v: { draft: Draft; clientId: string }): Promise<{ saved: Meeting; note: string }> => {
      const endTime = v.draft.endTime.trim() === "" ? "" : (readTime(v.draft.endTime) ?? "");
      // A retry with the same client id finds the meeting a lost reply created instead of making two.
      let saved = await scheduleMeeting(
        sp,
        siteUrl,
        board,
        {
          title: v.draft.title,
          date: v.draft.date ?? "",
          time: readTime(v.draft.time) ?? "",
          endTime,
          place: v.draft.place,
          onlineUrl: v.draft.onlineUrl,
        },
        v.clientId,
      );
      if (!v.draft.teamsMeeting) return { saved, note: "" };
      if (made.current?.clientId !== v.clientId) {
        const start = new Date(saved.start);
        const event = await createBoardMeetingEvent(graph, {
          groupId: board.groupId,
          subject: saved.title,
          start,
          end: saved.end ? new Date(saved.end) : new Date(start.getTime() + DEFAULT_MINUTES * 60_000),
          online: true,
          ...(saved.place ? { location: saved.place } : {}),
        }).catch((e: unknown) => {
          throw new TeamsMeetingNotMade(toDataError(e));
        });
        made.current = { clientId: v.clientId, joinUrl: event.joinUrl };
      }
      const joinUrl = made.current.joinUrl;
      if (joinUrl === null)
        return {
          saved,
          note: " It is in the board's calendar, but Teams did not make an online meeting for it: add the link in Outlook.",
        };
      if (saved.onlineUrl !== joinUrl) saved = await updateMeeting(sp, saved, { onlineUrl: joinUrl });
      return {
        saved,
        note: " The Teams meeting is in the board's calendar and its join link is saved with it.",
      };
    },
    onSuccess: async ({ saved, note }) => {
      setOpenState(false);
      onSaved(
        `“${saved.title}” is scheduled for ${formatDate(saved.localDate)}, ${saved.localTime}.${note}`,
        saved,
      );
      reset();
      client.setQueryData<Meeting[]>(keys.boardMeetings(board.id), (old) =>
        old ? [saved, ...old.filter((m) => m.id !== saved.id)] : old,
      );
      await client.invalidateQueries({ queryKey: keys.boardMeetings(board.id) });
    },
    onError: (e) => {
      if (e instanceof TeamsMeetingNotMade) {
        // The meeting itself is saved: show it in the list, and let Try again make only the Teams meeting.
        void client.invalidateQueries({ queryKey: keys.boardMeetings(board.id) });
        setProblem({
          kind: e.failure.kind,
          title: "The meeting is scheduled, but its Teams meeting was not made.",
          text:
            e.failure.kind === "access"
              ? `Microsoft 365 did not let you add to ${board.title}'s calendar: only the members and owners of its team can. Schedule the Teams meeting in Outlook instead.`
              : `${e.failure.message} Try again to make it; the meeting will not be scheduled twice.`,
          retry: e.failure.kind !== "access",
        });
        return;
      }
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
    made.current = null;
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
      <Field
        label="End time"
        hint="Optional. 24-hour clock, the same day; a Teams meeting without one lasts an hour."
        validationMessage={errors.endTime}
      >
        <Input value={draft.endTime} inputMode="numeric" onChange={(_, v) => edit({ endTime: v.value })} />
      </Field>
      <Field
        label="Place"
        hint="Where it is held, for example “County Hall, Committee Room 2”."
        validationMessage={errors.place}
      >
        <Input value={draft.place} onChange={(_, v) => edit({ place: v.value })} />
      </Field>
      <Field
        label="Online meeting link"
        hint="Optional: a Teams or other meeting link starting https://"
        validationMessage={errors.onlineUrl}
      >
        <Input
          type="url"
          value={draft.onlineUrl}
          disabled={draft.teamsMeeting}
          onChange={(_, v) => edit({ onlineUrl: v.value })}
        />
      </Field>
      <Checkbox
        checked={draft.teamsMeeting}
        onChange={(_, d) => edit({ teamsMeeting: d.checked === true })}
        label="Also create a Teams meeting in the board's calendar"
      />
    </PlanDialog>
  );
}
