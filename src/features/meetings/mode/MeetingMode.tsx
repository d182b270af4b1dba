import { Button, MessageBarBody, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ArrowLeft16Regular, ArrowRight16Regular } from "@fluentui/react-icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import type { MeetingRecord } from "../../../data/sharepoint/meetingRecord";
import { updateMeeting } from "../../../data/sharepoint/meetings";
import { Notice } from "../../../ui/Notice";
import type { MeetingPartProps } from "../MeetingPage";
import { meetingKeys, useRecordWriter } from "../useMeetingRecord";
import { ActionsArising } from "./ActionsArising";
import { agendaSteps } from "./agendaSteps";
import { AttendancePanel } from "./Attendance";
import { EndMeeting } from "./EndMeeting";
import { ItemActions } from "./ItemActions";
import { ItemDecisions } from "./ItemDecisions";
import { MinutesEditor } from "./MinutesEditor";
import { PreviousMinutesApproval } from "./PreviousMinutes";
import { WatchMeeting } from "./WatchMeeting";

const useStyles = makeStyles({
  mode: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXL,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  stage: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  steps: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  // Long titles wrap inside the button rather than widen the page (320 px side panel).
  step: {
    maxWidth: "100%",
    minWidth: 0,
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  currentStep: { fontWeight: tokens.fontWeightSemibold },
  nav: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Wide tabs: who is here and the previous minutes beside the agenda and the item, so the item being
  // minuted is not below a screenful of names. The columns read left then right, as the DOM does.
  columns: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXL,
    minWidth: 0,
    "@media (min-width: 1024px)": {
      display: "grid",
      gridTemplateColumns: "minmax(20rem, 26rem) minmax(0, 1fr)",
      alignItems: "start",
      columnGap: tokens.spacingHorizontalXXL,
    },
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, minWidth: 0 },
});

/**
 * Meeting mode, while the meeting is "In progress". The chair (or deputy, or secretary) runs it: who
 * came, the previous minutes, then the agenda one item at a time — minutes, decisions and actions
 * arising under each. Everyone else follows the chair's current item, read-only.
 */
export function MeetingMode(props: MeetingPartProps) {
  return props.isChair ? <ChairMeeting {...props} /> : <WatchMeeting {...props} />;
}

function ChairMeeting(props: MeetingPartProps) {
  const { record, surface } = props;
  const { sp } = useServices();
  const client = useQueryClient();
  const writer = useRecordWriter(record.meeting.id);
  const s = useStyles();
  const meetingId = record.meeting.id;
  const steps = agendaSteps(record.items);
  // Where the chair asked to go, shown at once while the write is on its way.
  const [target, setTarget] = useState<number | null>(null);
  const latest = useRef<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const wantedId = target ?? record.meeting.currentItemId;
  // The chair's choice stays on screen until the record (cache or refresh) has it: the saved answer
  // reaches this component a render or two after the save settles.
  const recorded = record.meeting.currentItemId;
  useEffect(() => {
    if (target !== null && recorded === target) setTarget(null);
  }, [target, recorded]);
  const at = Math.max(
    0,
    steps.findIndex((x) => x.item.id === wantedId),
  );
  const current = steps[at] ?? null;

  const cachedMeeting = () => client.getQueryData<MeetingRecord>(meetingKeys.record(meetingId))?.meeting;

  const move = useMutation({
    // One after another, each with the ETag the previous one answered.
    scope: { id: `meeting-current-item-${meetingId}` },
    mutationFn: async (itemId: number) => {
      const meeting = cachedMeeting();
      if (!meeting) throw new Error("The meeting is not loaded.");
      try {
        return await updateMeeting(sp, meeting, { currentItemId: itemId });
      } catch (e) {
        if (toDataError(e).kind !== "conflict") throw e;
        // Someone else saved the meeting (attendance, say). The MERGE sends only the current item,
        // so once with the fresh ETag overwrites nothing of theirs.
        await writer.refresh();
        const fresh = cachedMeeting();
        if (!fresh) throw e;
        return updateMeeting(sp, fresh, { currentItemId: itemId });
      }
    },
    onSuccess: (saved) => writer.meeting(saved),
    onError: (e, itemId) => {
      if (latest.current === itemId) {
        latest.current = null;
        setTarget(null);
      }
      setProblem(
        `Those watching still see the item before: the move was not saved. ${toDataError(e).message}`,
      );
    },
  });

  const goTo = (itemId: number): void => {
    if (itemId === current?.item.id) return;
    setProblem(null);
    latest.current = itemId;
    setTarget(itemId);
    move.mutate(itemId);
  };
  const previous = steps[at - 1];
  const next = steps[at + 1];

  const people = (
    <div className={s.column}>
      <AttendancePanel {...props} />
      <PreviousMinutesApproval {...props} />
    </div>
  );
  const agenda = (
    <div className={s.column}>
      <nav className={s.section} aria-label="Agenda">
        <h2 className={s.heading}>Agenda</h2>
        {steps.length === 0 ? (
          <p>The agenda has no items.</p>
        ) : (
          <ol className={s.steps}>
            {steps.map((x) => {
              const isCurrent = x.item.id === current?.item.id;
              return (
                <li key={x.item.id}>
                  <Button
                    appearance={isCurrent ? "secondary" : "subtle"}
                    className={mergeClasses(s.step, isCurrent && s.currentStep)}
                    aria-current={isCurrent ? "step" : undefined}
                    onClick={() => goTo(x.item.id)}
                  >
                    {`Go to ${x.label}`}
                  </Button>
                </li>
              );
            })}
          </ol>
        )}
        <div className={s.nav}>
          <Button
            icon={<ArrowLeft16Regular />}
            // Focusable when at an end, so focus is not lost from the button just pressed.
            disabledFocusable={!previous}
            onClick={() => previous && goTo(previous.item.id)}
          >
            Previous item
          </Button>
          <Button
            appearance="primary"
            icon={<ArrowRight16Regular />}
            iconPosition="after"
            disabledFocusable={!next}
            onClick={() => next && goTo(next.item.id)}
          >
            Next item
          </Button>
        </div>
        {problem && (
          <Notice intent="error">
            <MessageBarBody>{problem}</MessageBarBody>
          </Notice>
        )}
      </nav>
      {current && (
        // One set of drafts per item: the parts below start afresh on another item.
        <section key={current.item.id} className={s.section} aria-labelledby="meeting-current-item">
          <h2 id="meeting-current-item" className={s.heading}>
            {current.label}
          </h2>
          <ItemActions {...props} item={current.item} />
          <MinutesEditor {...props} item={current.item} />
          <ItemDecisions {...props} item={current.item} />
          <ActionsArising {...props} item={current.item} />
        </section>
      )}
      <EndMeeting meetingId={meetingId} />
    </div>
  );

  return (
    <div className={mergeClasses(s.mode, surface === "stage" && s.stage, surface === "tab" && s.columns)}>
      {/* In the narrow side panel and on stage the item being minuted comes first; who came follows. */}
      {surface === "tab" ? (
        <>
          {people}
          {agenda}
        </>
      ) : (
        <>
          {agenda}
          {people}
        </>
      )}
    </div>
  );
}
