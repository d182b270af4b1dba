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
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FieldSelect } from "../../ui/FieldSelect";
import { useEffect, useRef, useState } from "react";
import { useServices } from "../../app/services";
import { statusTakesRag, suggestedRag } from "../../domain/actions";
import {
  draftFrom,
  NOTE_MAX,
  noteCounterText,
  validateActionChange,
  type FieldErrors,
} from "../../domain/actionUpdate";
import { analyseConflict, type ConflictAnalysis } from "../../domain/conflicts";
import { formatDate, todayIso } from "../../domain/dates";
import {
  ACTION_STATUSES,
  RAGS,
  type Action,
  type ActionChange,
  type ActionStatus,
  type Board,
  type Person,
  type Rag,
} from "../../domain/types";
import { toDataError } from "../../data/errors";
import { DateField } from "../../ui/DateField";
import { Notice } from "../../ui/Notice";
import { ConflictPanel } from "./ConflictPanel";
import { useDraft } from "./useDraft";
import { useSaveUpdate } from "./useSaveUpdate";
import { fetchCurrentAction } from "../queries";
import { useQueryClient } from "@tanstack/react-query";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "44rem" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  grow: { flexGrow: 1, minWidth: "min(100%, 14rem)" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function UpdateForm({ action, board, me }: { action: Action; board: Board; me: Person }) {
  const s = useStyles();
  const { sp, now } = useServices();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(action);
  const draft = useDraft(action.id, () => draftFrom(action));
  const save = useSaveUpdate(board, me);
  const [errors, setErrors] = useState<FieldErrors>({});
  /** Whether Save has been tried: from then on every edit re-checks the whole form. */
  const [checked, setChecked] = useState(false);
  /** Text typed into the revised-date field that could not be read as a date. */
  const [dateText, setDateText] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ current: Action; analysis: ConflictAnalysis } | null>(null);
  const [saved, setSaved] = useState<null | "complete">(null);
  const [showRevise, setShowRevise] = useState(draft.change.revisedDate !== action.revisedDate);
  const savedRef = useRef<HTMLDivElement>(null);
  const revisedDateRef = useRef<HTMLInputElement>(null);
  const today = todayIso(now());
  const suggestion = suggestedRag(base, today);
  const c = draft.change;
  const check = (target: Action, change: ActionChange, typed: string | null): FieldErrors =>
    validateActionChange(target, change, { today, revisedDateText: typed });
  /** A new complaint replaces an old "Update saved": the two must never stand side by side. */
  const show = (found: FieldErrors): void => {
    setErrors(found);
    if (Object.keys(found).length > 0) setSaved(null);
  };
  /**
   * After Save has been tried, each edit re-checks the whole form, so a fixed field stops saying it is
   * wrong. Before that, only what the person can fix right where they are speaks up at once: a note or
   * reason longer than SharePoint keeps, and a date they have just entered (unreadable, past, unchanged).
   */
  const edit = (patch: Partial<ActionChange>, typed: string | null = dateText): void => {
    draft.update(patch);
    const next = { ...c, ...patch };
    const found = check(base, next, typed);
    if (checked) {
      show(found);
      return;
    }
    const live: FieldErrors = {};
    if (next.note.length > NOTE_MAX) live.note = found.note;
    if (next.revisedReason.length > NOTE_MAX) live.revisedReason = found.revisedReason;
    // A date complaint stays until the date itself is entered again.
    const dateWord = "revisedDate" in patch ? found.revisedDate : errors.revisedDate;
    if (dateWord) live.revisedDate = dateWord;
    show(live);
  };

  // Once the confirmation is on screen (not before: a frame callback could run before React renders it).
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const submit = (target: Action, change: ActionChange): void => {
    const found = check(target, change, dateText);
    setChecked(true);
    show(found);
    if (Object.keys(found).length > 0) return;
    setSaved(null);
    save.mutate(
      { action: target, change, clientId: draft.clientId },
      {
        onSuccess: ({ updated }) => {
          setConflict(null);
          setBase(updated);
          draft.reset(draftFrom(updated));
          setChecked(false);
          setDateText(null);
          setShowRevise(false);
          setSaved("complete");
        },
        onError: (e) => {
          if (toDataError(e).kind !== "conflict") return;
          // If this re-read fails too, the conflict message below stays up with "Try again".
          fetchCurrentAction(queryClient, sp, target.id)
            .then((current) => setConflict({ current, analysis: analyseConflict(target, current, change) }))
            .catch(() => undefined);
        },
      },
    );
  };

  if (conflict) {
    return (
      <ConflictPanel
        current={conflict.current}
        analysis={conflict.analysis}
        mine={c}
        saving={save.isPending}
        onCancel={() => {
          save.reset();
          setBase(conflict.current);
          setConflict(null);
        }}
        onResolve={(resolved) => {
          draft.replace(resolved);
          setBase(conflict.current);
          submit(conflict.current, resolved);
        }}
      />
    );
  }

  const failure = save.isError ? toDataError(save.error) : null;
  return (
    <form
      className={s.form}
      aria-labelledby="update-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit(base, c);
      }}
    >
      <Text as="h2" id="update-heading" size={500} weight="semibold">
        Post an update
      </Text>
      {saved && (
        <div ref={savedRef} tabIndex={-1}>
          <Notice intent="success">
            <MessageBarBody>Update saved. It is now in the action&apos;s history.</MessageBarBody>
          </Notice>
        </div>
      )}
      {draft.restored && !saved && (c.note !== "" || c.revisedReason !== "") && (
        <Notice intent="info">
          <MessageBarBody>We kept the update you hadn&apos;t saved yet.</MessageBarBody>
        </Notice>
      )}
      {failure && (
        <Notice intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Your update was not saved.</MessageBarTitle>
            {failure.kind === "access"
              ? `Only members of ${board.title} can update its actions. Your text is kept here.`
              : `${failure.message} Your text is kept here.`}
          </MessageBarBody>
          {failure.kind !== "access" && (
            <MessageBarActions>
              <Button type="submit">Try again</Button>
            </MessageBarActions>
          )}
        </Notice>
      )}
      {suggestion && c.rag !== suggestion && statusTakesRag(c.status) && (
        <Notice intent="warning">
          <MessageBarBody>
            This action was due on {formatDate(base.revisedDate ?? base.targetDate)} and is not complete. We
            suggest rating it {suggestion} unless a revised date has been agreed. The rating is yours to
            choose.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => edit({ rag: suggestion })}>Use {suggestion}</Button>
          </MessageBarActions>
        </Notice>
      )}
      <div className={s.row}>
        <Field label="Status" required validationMessage={errors.status} className={s.grow}>
          <FieldSelect
            value={c.status}
            onChange={(_, d) => {
              const status = d.value as ActionStatus;
              edit({ status, rag: statusTakesRag(status) ? (c.rag ?? base.rag) : null });
            }}
          >
            {ACTION_STATUSES.map((st) => (
              <option key={st}>{st}</option>
            ))}
          </FieldSelect>
        </Field>
        {statusTakesRag(c.status) && (
          <Field label="RAG rating" required validationMessage={errors.rag} className={s.grow}>
            <RadioGroup
              layout="horizontal"
              value={c.rag ?? ""}
              onChange={(_, d) => edit({ rag: d.value as Rag })}
            >
              {RAGS.map((r) => (
                <Radio key={r} value={r} label={r} />
              ))}
            </RadioGroup>
          </Field>
        )}
      </div>
      <Field
        label="Progress note"
        hint={`${
          c.rag !== base.rag && statusTakesRag(c.status)
            ? "Required: say why the rating changed."
            : "What has happened since the last update?"
        } No children's names or other personal details. ${noteCounterText(c.note.length)}.`}
        validationMessage={errors.note}
      >
        {/* No maxLength: it would cut a pasted note silently. Too long is refused in words instead. */}
        <Textarea value={c.note} onChange={(_, d) => edit({ note: d.value })} resize="vertical" rows={4} />
      </Field>
      {!showRevise ? (
        <div>
          <Button
            onClick={() => {
              setShowRevise(true);
              // The button gives way to the date fields: take focus there rather than lose it to the page.
              requestAnimationFrame(() => revisedDateRef.current?.focus());
            }}
          >
            Propose a revised target date
          </Button>
        </div>
      ) : (
        <div className={s.row}>
          <DateField
            ref={revisedDateRef}
            label="Revised target date"
            hint={`Currently due ${formatDate(base.revisedDate ?? base.targetDate)}. Type day/month/year, or press Down arrow for a calendar.`}
            validationMessage={errors.revisedDate}
            className={s.grow}
            value={c.revisedDate}
            today={today}
            minDate={today}
            onChange={(date, unreadable) => {
              setDateText(unreadable);
              edit({ revisedDate: date ?? base.revisedDate }, unreadable);
            }}
          />
          <Field
            label="Reason for the new date"
            required
            hint={`${noteCounterText(c.revisedReason.length)}.`}
            validationMessage={errors.revisedReason}
            className={s.grow}
          >
            <Textarea
              value={c.revisedReason}
              onChange={(_, d) => edit({ revisedReason: d.value })}
              resize="vertical"
              rows={3}
            />
          </Field>
        </div>
      )}
      <Field
        label="Evidence link (optional)"
        hint="A link to a document or page, starting https://"
        validationMessage={errors.evidenceUrl}
      >
        <Input type="url" value={c.evidenceUrl} onChange={(_, d) => edit({ evidenceUrl: d.value })} />
      </Field>
      <div className={s.buttons}>
        <Button appearance="primary" type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save update"}
        </Button>
        <Button
          disabled={save.isPending}
          onClick={() => {
            draft.reset(draftFrom(base));
            setErrors({});
            setChecked(false);
            setDateText(null);
            setShowRevise(false);
          }}
        >
          Discard changes
        </Button>
      </div>
    </form>
  );
}
