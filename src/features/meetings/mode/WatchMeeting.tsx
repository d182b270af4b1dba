import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { MeetingPartProps } from "../MeetingPage";
import { agendaSteps } from "./agendaSteps";
import { DecisionList } from "./ItemDecisions";

const useStyles = makeStyles({
  watch: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  stage: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  now: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: 600 },
  nowStage: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800 },
  heading: { margin: 0, fontSize: "inherit", fontWeight: tokens.fontWeightSemibold },
  minutes: { whiteSpace: "pre-wrap", margin: 0 },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  agenda: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  current: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * What everyone but the chair sees while the meeting runs — in the tab, the side panel or on the
 * shared stage: the item the chair has open, its minutes so far and its decisions, and the agenda.
 * Read-only. MeetingPage reads the record again every few seconds; a screen reader hears the item
 * change (a polite live region), not every refresh.
 */
export function WatchMeeting({ record, surface }: MeetingPartProps) {
  const s = useStyles();
  const steps = agendaSteps(record.items);
  const current = steps.find((x) => x.item.id === record.meeting.currentItemId) ?? null;
  const decisions = current ? record.decisions.filter((d) => d.itemId === current.item.id) : [];
  const stage = surface === "stage";

  return (
    <div className={mergeClasses(s.watch, stage && s.stage)}>
      <p aria-live="polite" className={mergeClasses(s.now, stage && s.nowStage)}>
        {current ? `Now discussing: ${current.label}` : "The chair has not opened an agenda item yet."}
      </p>
      {current && (
        <section aria-label={`Minutes of ${current.label}`}>
          <h2 className={s.heading}>Minutes so far</h2>
          {current.item.minutes.trim() === "" ? (
            <p className={s.muted}>Nothing recorded yet.</p>
          ) : (
            <p className={s.minutes}>{current.item.minutes}</p>
          )}
          <DecisionList decisions={decisions} />
        </section>
      )}
      <section aria-label="Agenda">
        <h2 className={s.heading}>Agenda</h2>
        <ol className={s.agenda}>
          {steps.map((x) => {
            const isCurrent = x.item.id === current?.item.id;
            return (
              <li
                key={x.item.id}
                aria-current={isCurrent ? "step" : undefined}
                className={isCurrent ? s.current : undefined}
              >
                {x.item.title}
                {isCurrent && " (now)"}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
