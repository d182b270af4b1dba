import {
  Button,
  Field,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format, parseISO } from "date-fns";
import type { MeetingItem } from "../../../data/sharepoint/minutes";
import { Notice } from "../../../ui/Notice";
import type { MeetingPartProps } from "../MeetingPage";
import { MINUTES_MAX, useMinutesAutosave, type SaveStatus } from "./useMinutesAutosave";

/** The counter shows from this many characters left. */
const COUNTER_FROM = MINUTES_MAX - 2000;

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  box: { width: "100%" },
  status: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    color: tokens.colorNeutralForeground2,
  },
  theirs: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const n = (x: number): string => x.toLocaleString("en-GB");

function statusText(status: SaveStatus, dirty: boolean): string {
  switch (status.kind) {
    case "saving":
      return "Saving…";
    case "saved":
      return dirty ? "Unsaved changes" : `Saved at ${format(parseISO(status.at), "HH:mm")}`;
    case "failed":
      return `Not saved. ${status.message} Your text is kept here.`;
    case "tooLong":
      return "Not saved: too long.";
    case "idle":
      return dirty ? "Unsaved changes" : "";
  }
}

/**
 * An agenda item's minutes, typed by the chair (or secretary) and saved by themselves as they go —
 * in meeting mode and again in the minutes draft. Plain text only; never rendered as HTML.
 */
export function MinutesEditor(props: MeetingPartProps & { item: MeetingItem }) {
  // A new editor (its own draft and save state) for each item.
  return <ItemMinutes key={props.item.id} item={props.item} />;
}

function ItemMinutes({ item }: { item: MeetingItem }) {
  const s = useStyles();
  const m = useMinutesAutosave(item);
  const length = m.draft.length;
  const tooLong = length > MINUTES_MAX;
  const theirName = item.editor?.name ?? "Someone else";

  return (
    <div className={s.editor}>
      <Field
        label={`Minutes: ${item.title}`}
        hint="Do not record children's names or other personal details in the minutes."
        validationState={tooLong ? "error" : "none"}
        validationMessage={
          tooLong
            ? `The minutes are ${n(length)} characters: ${n(MINUTES_MAX)} at most. Shorten them by ${n(
                length - MINUTES_MAX,
              )} to save them; nothing has been cut.`
            : undefined
        }
      >
        <Textarea
          className={s.box}
          resize="vertical"
          rows={8}
          value={m.draft}
          onChange={(_, d) => m.change(d.value)}
          onBlur={() => m.flush()}
        />
      </Field>
      <div className={s.status}>
        {/* Announced politely: "Saving…", "Saved at 14:32", or what went wrong. */}
        <Text role="status">{statusText(m.status, m.dirty)}</Text>
        {length > COUNTER_FROM && (
          <Text>
            {n(length)} of {n(MINUTES_MAX)} characters
          </Text>
        )}
        {m.status.kind === "failed" && !m.clash && (
          <Button size="small" onClick={() => m.flush()}>
            Try again
          </Button>
        )}
      </div>
      {m.clash && (
        <Notice intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{theirName} saved these minutes while you were typing.</MessageBarTitle>
            Nothing was overwritten: your text is still in the box.{" "}
            {m.theirsLoaded ? (
              <>
                Their text:
                <blockquote className={s.theirs} aria-label={`${theirName}'s text`}>
                  {item.minutes === "" ? "(empty)" : item.minutes}
                </blockquote>
              </>
            ) : (
              "Reading their version…"
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={!m.theirsLoaded} onClick={m.keepMine}>
              Keep my text
            </Button>
            <Button disabled={!m.theirsLoaded} onClick={m.takeTheirs}>
              Use their text
            </Button>
          </MessageBarActions>
        </Notice>
      )}
    </div>
  );
}
