import {
  Button,
  Field,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { toDataError } from "../../data/errors";
import type { PlanRecord } from "../../domain/executiveRollup";
import { quarterLabel, type PlanQuarter } from "../../domain/quarters";
import { Notice } from "../../ui/Notice";
import { useSaveNarrative } from "./useExecutiveRollup";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  h2: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  readOnly: { whiteSpace: "pre-line", overflowWrap: "break-word", margin: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

/** SharePoint's multiple lines of text hold 63,999 characters; the narrative is a page or two. */
const MAX = 10_000;

/**
 * The Executive's overall narrative for the quarter (TB Executive Summaries), which opens the
 * Executive Summary. Saved with the ETag it was read with: if someone else saved meanwhile,
 * SharePoint refuses (412) and the text typed here is kept, not lost.
 */
export function NarrativeEditor({
  planId,
  quarter,
  narrative,
  readOnly = false,
}: {
  planId: number;
  quarter: PlanQuarter;
  narrative: PlanRecord["narrative"];
  /** An archived plan's narrative is read, not changed. */
  readOnly?: boolean;
}) {
  const s = useStyles();
  const [text, setText] = useState(narrative.text);
  const clientId = useRef(crypto.randomUUID());
  const save = useSaveNarrative(planId, quarter);
  useEffect(() => setText(narrative.text), [narrative.text]);
  const changed = text !== narrative.text;
  const tooLong = text.length > MAX;
  const failure = save.isError ? toDataError(save.error) : null;
  if (readOnly)
    return (
      <section className={s.section} aria-labelledby="rollup-narrative">
        <h2 id="rollup-narrative" className={s.h2}>
          Overall narrative
        </h2>
        <Text as="p" className={s.readOnly}>
          {narrative.text.trim() === ""
            ? `The Executive wrote no overall narrative for ${quarterLabel(quarter)}.`
            : narrative.text}
        </Text>
      </section>
    );
  return (
    <section className={s.section} aria-labelledby="rollup-narrative">
      <h2 id="rollup-narrative" className={s.h2}>
        Overall narrative
      </h2>
      <Field
        label={`The Executive's overall narrative for ${quarterLabel(quarter)}`}
        hint="It opens the Executive Summary. Only the Executive and plan administrators can see or change it."
        validationMessage={
          tooLong ? `The narrative is ${text.length} characters; keep it to ${MAX}.` : undefined
        }
      >
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={5} />
      </Field>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={!changed || tooLong || save.isPending}
          onClick={() =>
            save.mutate(
              {
                existing:
                  narrative.id !== null && narrative.etag !== null
                    ? { id: narrative.id, etag: narrative.etag }
                    : null,
                narrative: text,
                clientId: clientId.current,
              },
              { onSuccess: () => (clientId.current = crypto.randomUUID()) },
            )
          }
        >
          {save.isPending ? "Saving…" : "Save narrative"}
        </Button>
        <span role="status" aria-live="polite">
          {save.isSuccess && !changed ? "Narrative saved." : changed ? "Not saved yet." : ""}
        </span>
      </div>
      {failure && (
        <Notice intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>We couldn&apos;t save the narrative.</MessageBarTitle>
            {failure.kind === "conflict"
              ? "Someone else saved the narrative while you were writing. Your text is still here: copy it, reload the page to see theirs, and combine the two."
              : failure.message}
          </MessageBarBody>
        </Notice>
      )}
    </section>
  );
}
