import {
  Button,
  Field,
  Input,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import { GUEST_NAME_MAX, updateMeeting, type Guest, type Meeting } from "../../../data/sharepoint/meetings";
import { siteUserIdFor } from "../../../data/sharepoint/planEditing";
import { boardRoster } from "../../../domain/boardPeople";
import { Notice } from "../../../ui/Notice";
import { ErrorState, LoadingState } from "../../../ui/StateViews";
import { useBoardPeople } from "../../queries";
import type { MeetingPartProps } from "../MeetingPage";
import { useRecordWriter } from "../useMeetingRecord";

/** How long the chair may keep clicking before the attendance is saved: ten people, one or two writes. */
export const ATTENDANCE_SAVE_DELAY_MS = 1000;

type Mark = "present" | "apologies" | "none";

/** A person the attendance can name: someone on the board now, or someone recorded before who has left. */
interface Row {
  key: string;
  name: string;
  email: string;
  /** Their site user id when the meeting already holds it (no ensureUser needed). */
  siteId: number | null;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  radios: { flexWrap: "wrap" },
  guestForm: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end" },
  grow: { flexGrow: 1, minWidth: "min(100%, 12rem)" },
  guest: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { overflowWrap: "anywhere" },
});

const keyOf = (email: string): string => email.trim().toLowerCase();

/** "Present: …; Apologies: …; Guests: name (organisation)": the attendance in one sentence. */
export function attendanceSummary(m: Pick<Meeting, "attendees" | "apologies" | "guests">): string {
  const names = (ps: { name: string }[]): string => (ps.length ? ps.map((p) => p.name).join(", ") : "none");
  const guests = m.guests.length
    ? m.guests.map((g) => (g.organisation ? `${g.name} (${g.organisation})` : g.name)).join(", ")
    : "none";
  return `Present: ${names(m.attendees)}; Apologies: ${names(m.apologies)}; Guests: ${guests}`;
}

/** Attendance, apologies and named guests: the chair records them; everyone else reads them. */
export function AttendancePanel(props: MeetingPartProps) {
  const s = useStyles();
  const { meeting } = props.record;
  return (
    <section aria-labelledby="attendance-heading" className={s.section}>
      <Text as="h2" id="attendance-heading" size={500} weight="semibold">
        Attendance and apologies
      </Text>
      {props.isChair ? (
        <AttendanceEditor {...props} />
      ) : (
        <Text className={s.text}>{attendanceSummary(meeting)}</Text>
      )}
    </section>
  );
}

function AttendanceEditor({ home, record }: MeetingPartProps) {
  const people = useBoardPeople(home.board.groupId);
  if (people.isPending) return <LoadingState label="Loading the board's members…" />;
  if (people.isError)
    return (
      <ErrorState
        error={people.error}
        onRetry={() => void people.refetch()}
        what={`the members of ${home.board.title}`}
      />
    );
  const roster = boardRoster(people.data);
  return <AttendanceForm meeting={record.meeting} roster={roster} />;
}

function AttendanceForm({ meeting, roster }: { meeting: Meeting; roster: ReturnType<typeof boardRoster> }) {
  const s = useStyles();
  const { sp } = useServices();
  const { meeting: remember, refresh } = useRecordWriter(meeting.id);

  // Everyone on the board, then anyone the meeting recorded who has since left it (kept, never dropped).
  const [rows] = useState<Row[]>(() => {
    const out: Row[] = roster.map((p) => ({
      key: keyOf(p.email),
      name: p.name,
      email: p.email,
      siteId: null,
    }));
    const known = new Set(out.map((r) => r.key));
    for (const p of [...meeting.attendees, ...meeting.apologies]) {
      const row = out.find((r) => r.key === keyOf(p.email));
      if (row) row.siteId = p.id;
      else if (!known.has(keyOf(p.email))) {
        known.add(keyOf(p.email));
        out.push({ key: keyOf(p.email), name: p.name, email: p.email, siteId: p.id });
      }
    }
    return out;
  });
  const [marks, setMarks] = useState<Record<string, Mark>>(() => {
    const out: Record<string, Mark> = {};
    for (const p of meeting.apologies) out[keyOf(p.email)] = "apologies";
    for (const p of meeting.attendees) out[keyOf(p.email)] = "present";
    return out;
  });
  const [guests, setGuests] = useState<Guest[]>(meeting.guests);
  const [guestName, setGuestName] = useState("");
  const [guestOrg, setGuestOrg] = useState("");
  const [guestErrors, setGuestErrors] = useState<{ name?: string; organisation?: string }>({});
  const [status, setStatus] = useState<"idle" | "waiting" | "saving" | "saved">("idle");
  const [problem, setProblem] = useState<{ conflict: boolean; text: string } | null>(null);

  // What the timer's save reads: the latest choices and the meeting as last saved or read (its ETag).
  const latest = useRef({ marks, guests, meeting });
  latest.current = { marks, guests, meeting };
  /** Site user ids by email: one ensureUser per person, ever, on this page. */
  const siteIds = useRef(new Map<string, Promise<number>>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saving = useRef(false);
  const again = useRef(false);

  const idFor = useCallback(
    (row: Row): Promise<number> => {
      if (row.siteId !== null) return Promise.resolve(row.siteId);
      let found = siteIds.current.get(row.key);
      if (!found) {
        found = siteUserIdFor(sp, row.email);
        // A failed look-up is asked again on the next save, not remembered.
        found.catch(() => siteIds.current.delete(row.key));
        siteIds.current.set(row.key, found);
      }
      return found;
    },
    [sp],
  );

  const save = useCallback(async (): Promise<void> => {
    if (saving.current) {
      again.current = true;
      return;
    }
    saving.current = true;
    setStatus("saving");
    try {
      const { marks: m, guests: g, meeting: base } = latest.current;
      const idsOf = (mark: Mark) => Promise.all(rows.filter((r) => m[r.key] === mark).map(idFor));
      const [attendeeIds, apologyIds] = await Promise.all([idsOf("present"), idsOf("apologies")]);
      const saved = await updateMeeting(sp, base, { attendeeIds, apologyIds, guests: g });
      latest.current.meeting = saved;
      remember(saved);
      setProblem(null);
      setStatus("saved");
    } catch (e) {
      const failure = toDataError(e);
      setStatus("idle");
      if (failure.kind === "conflict") {
        // Someone else saved the meeting in between: read it again (new ETag); the choices here stay.
        void refresh();
        setProblem({
          conflict: true,
          text: "Someone else changed this meeting while you were recording attendance. Nothing was overwritten, and your choices are kept here: check them, then save them again.",
        });
      } else setProblem({ conflict: false, text: `${failure.message} Your choices are kept here.` });
      again.current = false;
    } finally {
      saving.current = false;
    }
    if (again.current) {
      again.current = false;
      await save();
    }
  }, [rows, idFor, sp, remember, refresh]);
  const saveRef = useRef(save);
  saveRef.current = save;

  const schedule = (): void => {
    setStatus("waiting");
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void saveRef.current();
    }, ATTENDANCE_SAVE_DELAY_MS);
  };

  // Leaving the page with a save still waiting: send it now rather than lose it.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        void saveRef.current();
      }
    },
    [],
  );

  const mark = (row: Row, value: Mark): void => {
    setMarks((prev) => ({ ...prev, [row.key]: value }));
    latest.current.marks = { ...latest.current.marks, [row.key]: value };
    schedule();
  };

  const addGuest = (): void => {
    const name = guestName.trim();
    const organisation = guestOrg.trim();
    const errors: { name?: string; organisation?: string } = {};
    if (name === "") errors.name = "Enter the guest's name.";
    else if (name.length > GUEST_NAME_MAX)
      errors.name = `The name is ${name.length} characters long: keep it to ${GUEST_NAME_MAX}.`;
    if (organisation.length > GUEST_NAME_MAX)
      errors.organisation = `The organisation is ${organisation.length} characters long: keep it to ${GUEST_NAME_MAX}.`;
    setGuestErrors(errors);
    if (errors.name || errors.organisation) return;
    const next = [...guests, { name, organisation }];
    setGuests(next);
    latest.current.guests = next;
    setGuestName("");
    setGuestOrg("");
    schedule();
  };

  const removeGuest = (index: number): void => {
    const next = guests.filter((_, i) => i !== index);
    setGuests(next);
    latest.current.guests = next;
    schedule();
  };

  return (
    <>
      <Text className={s.muted}>
        Choose for each person whether they came or sent apologies. Each choice is saved a moment after you
        make it.
      </Text>
      {problem && (
        <Notice intent={problem.conflict ? "warning" : "error"} role="alert">
          <MessageBarBody>
            <MessageBarTitle>Attendance not saved.</MessageBarTitle>
            {problem.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void save()}>Save attendance again</Button>
          </MessageBarActions>
        </Notice>
      )}
      <ul className={s.list} aria-label="Board members and owners">
        {rows.map((row) => (
          <li key={row.key}>
            <Field label={row.name}>
              <RadioGroup
                className={s.radios}
                layout="horizontal"
                value={marks[row.key] ?? "none"}
                onChange={(_, d) => mark(row, d.value as Mark)}
              >
                <Radio value="present" label="Present" />
                <Radio value="apologies" label="Apologies" />
                <Radio value="none" label="Not recorded" />
              </RadioGroup>
            </Field>
          </li>
        ))}
      </ul>
      <Text as="h3" weight="semibold" size={400} id="guests-heading">
        Guests
      </Text>
      {guests.length === 0 ? (
        <Text className={s.muted}>No guests recorded.</Text>
      ) : (
        <ul className={s.list} aria-labelledby="guests-heading">
          {guests.map((g, i) => (
            <li key={`${g.name}|${g.organisation}|${i}`} className={s.guest}>
              <Text className={s.text}>{g.organisation ? `${g.name} (${g.organisation})` : g.name}</Text>
              <Button size="small" onClick={() => removeGuest(i)}>
                Remove {g.name}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        className={s.guestForm}
        noValidate
        aria-label="Add a guest"
        onSubmit={(e) => {
          e.preventDefault();
          addGuest();
        }}
      >
        <Field label="Guest's name" validationMessage={guestErrors.name} className={s.grow}>
          <Input value={guestName} onChange={(_, d) => setGuestName(d.value)} />
        </Field>
        <Field label="Organisation" validationMessage={guestErrors.organisation} className={s.grow}>
          <Input value={guestOrg} onChange={(_, d) => setGuestOrg(d.value)} />
        </Field>
        <Button type="submit">Add guest</Button>
      </form>
      <Text role="status" aria-live="polite" className={s.muted}>
        {status === "saving" ? "Saving attendance…" : status === "saved" ? "Attendance saved." : ""}
      </Text>
    </>
  );
}
