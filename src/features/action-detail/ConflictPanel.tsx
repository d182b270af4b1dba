import {
  Button,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Field,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Notice } from "../../ui/Notice";
import { useEffect, useRef, useState } from "react";
import { formatDateTime } from "../../domain/dates";
import type { ConflictAnalysis, ContestedField } from "../../domain/conflicts";
import type { Action, ActionChange } from "../../domain/types";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  quote: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

const LABEL: Record<ContestedField, string> = {
  status: "Status",
  rag: "RAG",
  revisedDate: "Revised target date",
};
const show = (v: string | null): string => v ?? "none";

/**
 * Someone saved this action while you were editing. Shows what they changed,
 * keeps your text, and lets you choose where you both changed the same thing.
 */
export function ConflictPanel({
  current,
  analysis,
  mine,
  onResolve,
  onCancel,
  saving,
}: {
  current: Action;
  analysis: ConflictAnalysis;
  mine: ActionChange;
  onResolve: (resolved: ActionChange) => void;
  onCancel: () => void;
  saving: boolean;
}) {
  const s = useStyles();
  const [choice, setChoice] = useState<Record<ContestedField, "mine" | "theirs">>({
    status: "mine",
    rag: "mine",
    revisedDate: "mine",
  });
  const who = current.editor?.name ?? "Someone";
  const panelRef = useRef<HTMLElement>(null);
  // The form (and the button just pressed) gave way to this panel: bring focus here, not to the page.
  useEffect(() => panelRef.current?.focus(), []);
  const resolved = (): ActionChange => {
    const base = analysis.merged ?? mine;
    const out: ActionChange = { ...base };
    for (const f of analysis.clashes) {
      if (choice[f] === "theirs") {
        if (f === "status") out.status = current.status;
        if (f === "rag") out.rag = current.rag;
        if (f === "revisedDate") out.revisedDate = current.revisedDate;
      }
    }
    return out;
  };
  return (
    <section ref={panelRef} tabIndex={-1} className={s.panel} aria-labelledby="conflict-title">
      <Notice intent="warning" role="alert">
        <MessageBarBody>
          <MessageBarTitle id="conflict-title">
            {who} updated this action at {formatDateTime(current.modified)}, while you were editing.
          </MessageBarTitle>
          Your update has not been saved yet, and your text is kept below.
        </MessageBarBody>
      </Notice>
      <div>
        <Text weight="semibold">What {who} changed:</Text>
        <ul className={s.list}>
          {analysis.theirs.map((t) => (
            <li key={t.field}>
              {t.label}: {t.from} → {t.to}
            </li>
          ))}
          {current.lastNote && <li>Latest note: “{current.lastNote}”</li>}
        </ul>
      </div>
      {(mine.note.trim() !== "" || mine.revisedReason.trim() !== "") && (
        <div>
          <Text weight="semibold">Your update, not saved yet:</Text>
          <ul className={s.list}>
            {mine.note.trim() !== "" && <li className={s.quote}>Your note: “{mine.note.trim()}”</li>}
            {mine.revisedReason.trim() !== "" && (
              <li className={s.quote}>Your reason for the new date: “{mine.revisedReason.trim()}”</li>
            )}
          </ul>
        </div>
      )}
      {analysis.clashes.length === 0 ? (
        <Text>
          Your changes don&apos;t overlap with theirs, so both can stand. Save to add your update on top.
        </Text>
      ) : (
        analysis.clashes.map((f) => (
          <Field key={f} label={`You both changed ${LABEL[f]}. Which should stand?`}>
            <RadioGroup
              value={choice[f]}
              onChange={(_, d) => setChoice({ ...choice, [f]: d.value as "mine" | "theirs" })}
            >
              <Radio value="mine" label={`Mine: ${show(mine[f])}`} />
              <Radio value="theirs" label={`${who}'s: ${show(current[f])}`} />
            </RadioGroup>
          </Field>
        ))
      )}
      <div className={s.actions}>
        <Button appearance="primary" disabled={saving} onClick={() => onResolve(resolved())}>
          {saving ? "Saving…" : "Save my update on top"}
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          Keep editing
        </Button>
      </div>
    </section>
  );
}
