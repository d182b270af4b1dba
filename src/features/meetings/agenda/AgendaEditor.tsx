import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { useServices } from "../../../app/services";
import { ErrorState, LoadingState } from "../../../ui/StateViews";
import type { MeetingPartProps } from "../MeetingPage";
import { useBoardMeetings } from "../../queries";
import { proposedAgenda } from "./agendaModel";
import { ProposedAgenda } from "./ProposedAgenda";
import { StoredAgenda } from "./StoredAgenda";

const useStyles = makeStyles({
  section: { display: "grid", gap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: "anywhere" },
  // Read by screen readers, not shown: where an item went after "Move up", what was added or removed.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/**
 * A planned meeting's agenda. Until the chair saves one, everyone sees the agenda the action plan
 * proposes (standing items plus the exceptions); once saved, the stored items, which the chair
 * edits by buttons (keyboard first) and circulates in the board's team.
 */
export function AgendaEditor(props: MeetingPartProps) {
  const s = useStyles();
  const { now } = useServices();
  const { home, record } = props;
  const meetings = useBoardMeetings(home.board.id);
  const [announcement, setAnnouncement] = useState({ text: "", n: 0 });
  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 })), []);
  const agenda = useMemo(
    () =>
      meetings.data
        ? proposedAgenda({
            board: home.board,
            meeting: record.meeting,
            meetings: meetings.data,
            actions: home.actions,
            now: now(),
          })
        : null,
    [meetings.data, home.board, home.actions, record.meeting, now],
  );

  return (
    <section className={s.section} aria-labelledby="agenda-heading">
      <Text as="h2" id="agenda-heading" size={500} weight="semibold">
        Agenda
      </Text>
      {record.items.length > 0 ? (
        <StoredAgenda part={props} agenda={agenda} announce={announce} />
      ) : meetings.isPending ? (
        <LoadingState label="Working out the agenda…" />
      ) : meetings.isError || !agenda ? (
        <ErrorState
          error={meetings.error}
          onRetry={() => void meetings.refetch()}
          what="the board's meetings"
          section
        />
      ) : (
        <ProposedAgenda part={props} agenda={agenda} onSaved={announce} />
      )}
      <div role="status" aria-live="polite" className={s.hidden}>
        {/* A new key each time, so the same sentence twice is read twice. */}
        <span key={announcement.n}>{announcement.text}</span>
      </div>
    </section>
  );
}
