import {
  Button,
  Field,
  Input,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useServices } from "../../app/services";
import { toDataError } from "../../data/errors";
import { siteUserIdFor } from "../../data/sharepoint/planEditing";
import { addRisk, getRisk, updateRisk, type RiskInput, type RiskRecord } from "../../data/sharepoint/risks";
import type { BoardPerson } from "../../domain/boardPeople";
import {
  IMPACT_WORDS,
  LIKELIHOOD_WORDS,
  RISK_STATUSES,
  riskBand,
  riskScore,
  validateRisk,
  type RiskStatus,
} from "../../domain/risks";
import { formatDate } from "../../domain/dates";
import type { Board, IsoDate, Programme } from "../../domain/types";
import { DateField } from "../../ui/DateField";
import { FieldSelect } from "../../ui/FieldSelect";
import { Notice } from "../../ui/Notice";
import { riskKeys } from "./useRisks";

const useStyles = makeStyles({
  form: {
    display: "grid",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  pair: {
    display: "grid",
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: "repeat(auto-fit, minmax(12rem, 1fr))",
    // Side by side, a field with a hint and one without keep their boxes level.
    alignItems: "start",
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface RiskFormDraft extends RiskInput {
  reviewDateText: string | null;
}

interface Stored {
  draft: RiskFormDraft;
  /** Re-used on every try of the same new risk, so a retried save never adds it twice. */
  clientId: string;
}

const draftKey = (boardId: number, riskId: number | null): string =>
  `tb.draft.risk.${boardId}.${riskId ?? "new"}`;

function readStored(key: string): Stored | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

const fromRisk = (r: RiskRecord | null): RiskFormDraft => ({
  ref: r?.ref ?? "",
  title: r?.title ?? "",
  impactText: r?.impactText ?? "",
  mitigation: r?.mitigation ?? "",
  likelihood: r?.likelihood ?? null,
  impact: r?.impact ?? null,
  status: r?.status ?? "Open",
  reviewDate: r?.reviewDate ?? null,
  programmeId: r?.programmeId ?? null,
  ownerEmail: r?.owner?.email ?? "",
  reviewDateText: null,
});

const scoreLine = (l: number | null, i: number | null): string => {
  if (l === null || i === null || !Number.isInteger(l) || !Number.isInteger(i)) return "Score: choose both.";
  const score = riskScore({ likelihood: l, impact: i });
  return `Score: ${score} (${l} × ${i}), ${riskBand(score).toLowerCase()}.`;
};

/**
 * Adding or changing (rescoring) a risk. The draft lives in this tab's session until it is saved, so
 * a failed save, a clash with someone else's save or a reload loses nothing.
 */
export function RiskForm({
  board,
  risk,
  programmes,
  people,
  today,
  onSaved,
  onCancel,
  noun = "programme",
}: {
  board: Board;
  /** The risk being changed, or null to add one. */
  risk: RiskRecord | null;
  programmes: Programme[];
  people: BoardPerson[] | undefined;
  today: IsoDate;
  onSaved: (risk: RiskRecord, message: string) => void;
  onCancel: () => void;
  /** What the plan calls its programmes, lower case (programmeNoun in domain/programmeWords). */
  noun?: string;
}) {
  const s = useStyles();
  const { sp, siteUrl } = useServices();
  const client = useQueryClient();
  const key = draftKey(board.id, risk?.id ?? null);
  const [stored, setStored] = useState<Stored>(
    () => readStored(key) ?? { draft: fromRisk(risk), clientId: crypto.randomUUID() },
  );
  const draft = stored.draft;
  const [restored] = useState(() => readStored(key) !== null);
  const [showErrors, setShowErrors] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  /** After a clash: the risk as SharePoint now holds it (its ETag is what a second save sends). */
  const [theirs, setTheirs] = useState<RiskRecord | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  useEffect(() => firstField.current?.focus(), []);
  useEffect(() => {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(stored));
    } catch {
      /* storage blocked: the draft still lives in memory */
    }
  }, [key, stored]);
  useEffect(() => {
    if (failure || theirs) failureRef.current?.focus();
  }, [failure, theirs]);

  const set = (patch: Partial<RiskFormDraft>) =>
    setStored((st) => ({ ...st, draft: { ...st.draft, ...patch } }));
  const errors = validateRisk(draft, {
    today,
    previousReviewDate: risk?.reviewDate ?? null,
    reviewDateText: draft.reviewDateText,
  });
  const shown = showErrors ? errors : {};

  const save = async (over: RiskRecord | null): Promise<void> => {
    setShowErrors(true);
    if (Object.keys(errors).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      let saved: RiskRecord;
      if (risk === null) {
        saved = await addRisk(sp, siteUrl, board, draft, stored.clientId);
      } else {
        const base = over ?? risk;
        const email = draft.ownerEmail.trim();
        const ownerId =
          email === ""
            ? null
            : base.owner && base.owner.email.toLowerCase() === email.toLowerCase()
              ? base.owner.id
              : await siteUserIdFor(sp, email);
        saved = await updateRisk(sp, base, draft, ownerId);
      }
      window.sessionStorage.removeItem(key);
      await client.invalidateQueries({ queryKey: riskKeys.register(board.id) });
      await client.invalidateQueries({ queryKey: riskKeys.history(saved.id) });
      onSaved(saved, risk === null ? `Risk added: ${saved.title}.` : `Risk saved: ${saved.title}.`);
    } catch (e) {
      const f = toDataError(e);
      if (f.kind === "conflict" && risk !== null) {
        setTheirs(await getRisk(sp, risk.id).catch(() => null));
        setFailure(
          "Someone else saved this risk while you were editing it, so yours was not saved. Your draft is kept below.",
        );
      } else if (f.kind === "access") {
        setFailure(
          "SharePoint refused the change: you can read this board's risks, but only its members and chair can add or change them. Your draft is kept.",
        );
      } else {
        setFailure(`${f.message} Your draft is kept: try again.`);
      }
    } finally {
      setSaving(false);
    }
  };

  const ownerOptions = [...(people ?? [])];
  if (risk?.owner && !ownerOptions.some((p) => p.email.toLowerCase() === risk.owner!.email.toLowerCase()))
    ownerOptions.unshift({
      graphId: `site-${risk.owner.id}`,
      name: risk.owner.name,
      email: risk.owner.email,
      jobTitle: "",
      organisation: "",
    });

  const title = risk === null ? "Add a risk" : `Change or rescore: ${risk.title}`;
  return (
    <form
      className={s.form}
      aria-label={title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(theirs);
      }}
    >
      <Text as="h3" size={400} weight="semibold">
        {title}
      </Text>
      {restored && <Text size={200}>Your unsaved draft from earlier in this session has been restored.</Text>}
      {failure && (
        <div ref={failureRef} tabIndex={-1}>
          <Notice intent={theirs ? "warning" : "error"} role="alert">
            <MessageBarBody>
              <MessageBarTitle>Not saved.</MessageBarTitle>
              {failure}
              {theirs &&
                ` It now stands at likelihood ${theirs.likelihood}, impact ${theirs.impact} (score ${riskScore(theirs)}, ${riskBand(riskScore(theirs)).toLowerCase()}), ${theirs.status.toLowerCase()}, review ${theirs.reviewDate ? formatDate(theirs.reviewDate) : "not set"}. Save yours over it, or discard yours and keep theirs.`}
            </MessageBarBody>
          </Notice>
        </div>
      )}
      <div className={s.pair}>
        <Field label="Reference" hint="Optional, e.g. ORG0009">
          <Input value={draft.ref} maxLength={20} onChange={(_, d) => set({ ref: d.value })} />
        </Field>
        <Field label={`${noun[0]!.toUpperCase()}${noun.slice(1)}`}>
          <FieldSelect
            value={draft.programmeId === null ? "" : String(draft.programmeId)}
            onChange={(_, d) => set({ programmeId: d.value === "" ? null : Number(d.value) })}
          >
            <option value="">The whole board</option>
            {programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {`${p.number}: ${p.title}`}
              </option>
            ))}
          </FieldSelect>
        </Field>
      </div>
      <Field label="Risk" required validationMessage={shown.title} hint="What could happen, in a few words">
        <Input ref={firstField} value={draft.title} onChange={(_, d) => set({ title: d.value })} />
      </Field>
      <Field label="Impact" validationMessage={shown.impactText} hint="What would follow if it happened">
        <Textarea
          value={draft.impactText}
          resize="vertical"
          onChange={(_, d) => set({ impactText: d.value })}
        />
      </Field>
      <Field label="Mitigation" validationMessage={shown.mitigation} hint="What is being done to reduce it">
        <Textarea
          value={draft.mitigation}
          resize="vertical"
          onChange={(_, d) => set({ mitigation: d.value })}
        />
      </Field>
      <div className={s.pair}>
        <Field label="Likelihood" required validationMessage={shown.likelihood}>
          <FieldSelect
            value={draft.likelihood === null ? "" : String(draft.likelihood)}
            onChange={(_, d) => set({ likelihood: d.value === "" ? null : Number(d.value) })}
          >
            <option value="">Choose a likelihood</option>
            {LIKELIHOOD_WORDS.map((w, i) => (
              <option key={w} value={i + 1}>{`${i + 1} ${w}`}</option>
            ))}
          </FieldSelect>
        </Field>
        <Field label="Impact score" required validationMessage={shown.impact}>
          <FieldSelect
            value={draft.impact === null ? "" : String(draft.impact)}
            onChange={(_, d) => set({ impact: d.value === "" ? null : Number(d.value) })}
          >
            <option value="">Choose an impact</option>
            {IMPACT_WORDS.map((w, i) => (
              <option key={w} value={i + 1}>{`${i + 1} ${w}`}</option>
            ))}
          </FieldSelect>
        </Field>
      </div>
      <Text aria-live="polite">{scoreLine(draft.likelihood, draft.impact)}</Text>
      <div className={s.pair}>
        <Field label="Owner" hint={people === undefined ? "Loading the board's members…" : undefined}>
          <FieldSelect value={draft.ownerEmail} onChange={(_, d) => set({ ownerEmail: d.value })}>
            <option value="">No owner yet</option>
            {ownerOptions.map((p) => (
              <option key={p.graphId} value={p.email}>
                {p.organisation ? `${p.name} (${p.organisation})` : p.name}
              </option>
            ))}
          </FieldSelect>
        </Field>
        <Field label="Status" validationMessage={shown.status}>
          <FieldSelect value={draft.status} onChange={(_, d) => set({ status: d.value as RiskStatus })}>
            {RISK_STATUSES.map((st) => (
              <option key={st} value={st}>
                {st}
              </option>
            ))}
          </FieldSelect>
        </Field>
      </div>
      <DateField
        label="Review date"
        hint="When the owner will look at this risk again (DD/MM/YYYY)"
        value={draft.reviewDate}
        today={today}
        validationMessage={shown.reviewDate}
        onChange={(date, unreadable) => set({ reviewDate: date, reviewDateText: unreadable })}
      />
      <div className={s.buttons}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving
            ? "Saving…"
            : theirs
              ? "Save mine over theirs"
              : risk === null
                ? "Add the risk"
                : "Save the risk"}
        </Button>
        {theirs && (
          <Button
            onClick={() => {
              window.sessionStorage.removeItem(key);
              void client.invalidateQueries({ queryKey: riskKeys.register(board.id) });
              onCancel();
            }}
          >
            Discard mine, keep theirs
          </Button>
        )}
        <Button
          onClick={() => {
            window.sessionStorage.removeItem(key);
            onCancel();
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
