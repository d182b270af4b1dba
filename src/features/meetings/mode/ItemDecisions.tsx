import { Button, Field, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import { recordDecision, type Decision, type MeetingItem } from "../../../data/sharepoint/minutes";
import { Notice } from "../../../ui/Notice";
import type { MeetingPartProps } from "../MeetingPage";
import { useRecordWriter } from "../useMeetingRecord";

/** What the decision log keeps of one decision (a Note column; the form keeps it to a readable size). */
export const DECISION_MAX = 5000;

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: "inherit" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  submit: { alignSelf: "flex-start" },
});

/** The decisions made under an agenda item, as plain text. */
export function DecisionList({
  decisions,
  headingLevel = 3,
}: {
  decisions: Decision[];
  headingLevel?: 3 | 4;
}) {
  const s = useStyles();
  const H = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className={s.block}>
      <H className={s.heading}>Decisions</H>
      {decisions.length === 0 ? (
        <p className={s.text}>No decisions recorded under this item yet.</p>
      ) : (
        <ul className={s.list} aria-label="Decisions under this item">
          {decisions.map((d) => (
            <li key={d.id} className={s.text}>
              {d.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function validate(text: string): string | null {
  const t = text.trim();
  if (t === "") return "Type the decision before recording it.";
  if (t.length > DECISION_MAX)
    return `The decision is ${t.length.toLocaleString("en-GB")} characters: ${DECISION_MAX.toLocaleString(
      "en-GB",
    )} at most. Shorten it; nothing has been cut.`;
  return null;
}

/**
 * The chair records a decision under the item: it goes into the board's decision log, linked to the
 * meeting and the item. The create carries a client id, so trying again after a lost reply finds the
 * decision already made instead of recording it twice.
 */
export function ItemDecisions({ home, record, item }: MeetingPartProps & { item: MeetingItem }) {
  const { sp, siteUrl } = useServices();
  const s = useStyles();
  const writer = useRecordWriter(record.meeting.id);
  const [text, setText] = useState("");
  const [clientId, setClientId] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const decisions = record.decisions.filter((d) => d.itemId === item.id);

  const save = useMutation({
    mutationFn: (v: { text: string; clientId: string }) =>
      recordDecision(sp, siteUrl, home.board, record.meeting.id, v.text, v.clientId, item.id),
    onSuccess: (d) => {
      writer.decision(d);
      setText("");
      setClientId(crypto.randomUUID());
    },
    onError: (e) =>
      setProblem(`The decision was not recorded. ${toDataError(e).message} Your text is kept here.`),
  });

  return (
    <div className={s.block}>
      <DecisionList decisions={decisions} />
      {problem && (
        <Notice intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </Notice>
      )}
      <Field
        label="Decision"
        hint="It goes into the board's decision log, under this meeting and item."
        validationMessage={error ?? undefined}
      >
        <Textarea
          resize="vertical"
          value={text}
          onChange={(_, d) => {
            setText(d.value);
            if (error !== null) setError(validate(d.value));
          }}
        />
      </Field>
      <Button
        className={s.submit}
        disabled={save.isPending}
        onClick={() => {
          const found = validate(text);
          setError(found);
          if (found !== null) return;
          setProblem(null);
          save.mutate({ text, clientId });
        }}
      >
        {save.isPending ? "Recording…" : "Record decision"}
      </Button>
    </div>
  );
}
