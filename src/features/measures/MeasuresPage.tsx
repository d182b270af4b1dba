import {
  Button,
  Field,
  Link,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import { toDataError } from "../../data/errors";
import { setRagOverride, type MeasureRecord, type MeasureValueRecord } from "../../data/sharepoint/measures";
import {
  comparePeriods,
  formatFigure,
  isCountUnit,
  latestValue,
  measureRag,
  RAG_RULE,
  validateOverride,
} from "../../domain/measures";
import { RAGS, type Programme, type Rag } from "../../domain/types";
import { useCardListStyles } from "../../ui/cardList";
import { FieldSelect } from "../../ui/FieldSelect";
import { MeasureChart } from "../../ui/MeasureChart";
import { Notice } from "../../ui/Notice";
import { PageTitle } from "../../ui/PageTitle";
import { RatingBadge } from "../../ui/RatingBadge";
import { EmptyState, ErrorState, LoadingState } from "../../ui/StateViews";
import { usePlans, useViewer } from "../queries";
import { programmeHeading } from "../../domain/programmeWords";
import { measureKeys, useBoardMeasures, type BoardMeasuresData } from "./useMeasures";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingBlockEnd: tokens.spacingVerticalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(6rem, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dt": { fontWeight: tokens.fontWeightSemibold },
    "& dd": { margin: 0, overflowWrap: "anywhere" },
    "@media (max-width: 480px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  rating: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  form: { display: "grid", gap: tokens.spacingVerticalS },
});

export default function MeasuresPage({ boardId }: { boardId: number }) {
  const q = useBoardMeasures(boardId);
  if (q.isPending) return <LoadingState label="Loading the board's measures…" />;
  if (q.isError)
    return <ErrorState error={q.error} onRetry={() => void q.refetch()} what="this board's measures" />;
  return <Measures data={q.data} />;
}

function Measures({ data }: { data: BoardMeasuresData }) {
  const s = useStyles();
  const { roles } = useServices();
  const viewer = useViewer();
  // The plan's own word for its programmes ("Priority 2"): the plans are usually cached already.
  const plan = usePlans().data?.find((p) => p.id === data.board.planId);
  // TB Measures are site lists that only plan administrators may change (SharePoint refuses others).
  const isAdmin =
    roles.administratorsGroupId !== "" &&
    (viewer.data?.groupIds.includes(roles.administratorsGroupId) ?? false);
  const [saved, setSaved] = useState<string | null>(null);
  const groups: { key: string; heading: string; measures: MeasureRecord[] }[] = [
    ...data.programmes.map((p: Programme) => ({
      key: `p${p.id}`,
      heading: programmeHeading(plan, p),
      measures: data.measures.filter((m) => m.programmeId === p.id),
    })),
    {
      key: "plan",
      heading: "Across the whole plan",
      measures: data.measures.filter((m) => m.programmeId === null),
    },
  ].filter((g) => g.measures.length > 0);

  return (
    <div className={s.page}>
      <header className={s.header}>
        <PageTitle>{`Measures: ${data.board.title}`}</PageTitle>
        <Text className={s.muted}>How we&apos;ll know we made a difference</Text>
        <Link href={hrefFor({ name: "board", boardId: data.board.id })}>
          Back to the board: {data.board.title}
        </Link>
      </header>
      <Text>
        <strong>How each figure is rated: </strong>
        {RAG_RULE} A plan administrator may override a rating, with a reason that is shown beside it.
      </Text>
      {viewer.isSuccess && !isAdmin && (
        <Notice intent="info">
          <MessageBarBody>
            You can read these measures but not change them: only plan administrators record figures and
            override ratings.
          </MessageBarBody>
        </Notice>
      )}
      {saved && (
        <Notice intent="success" role="status">
          <MessageBarBody>{saved}</MessageBarBody>
        </Notice>
      )}
      {data.measures.length === 0 && (
        <EmptyState title="No measures recorded yet">
          The plan has no measures for the programmes this board delivers. A plan administrator adds them to
          the plan&apos;s measures list in SharePoint.
        </EmptyState>
      )}
      {groups.map((g) => (
        <section key={g.key} aria-label={g.heading} className={s.page}>
          <Text as="h2" size={500} weight="semibold">
            {g.heading}
          </Text>
          {g.measures.map((m) => (
            <MeasureSection
              key={m.id}
              measure={m}
              values={data.values.filter((v) => v.measureId === m.id)}
              canOverride={isAdmin}
              onSaved={setSaved}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

function MeasureSection({
  measure: m,
  values,
  canOverride,
  onSaved,
}: {
  measure: MeasureRecord;
  values: MeasureValueRecord[];
  canOverride: boolean;
  onSaved: (message: string) => void;
}) {
  const s = useStyles();
  const cards = useCardListStyles();
  const f = (n: number) => formatFigure(n, m.unit);
  // In time order, as the chart and its table: a plan year's quarters, then its yearly figure.
  const ordered = [...values].sort((a, b) => comparePeriods(a.period, b.period));
  const latest = latestValue(ordered);
  const latestRecord = latest ? ordered.find((v) => v.period === latest.period) : undefined;
  const rating = measureRag(latest?.value ?? null, m, latestRecord?.override ?? null);
  const headingId = `measure-${m.id}`;
  return (
    <article aria-labelledby={headingId} className={s.section}>
      <Text as="h3" id={headingId} size={400} weight="semibold">
        {m.title}
      </Text>
      <dl className={s.facts}>
        <dt>Unit</dt>
        <dd>{isCountUnit(m.unit) ? "A count" : m.unit}</dd>
        <dt>Better is</dt>
        <dd>{m.polarity === "Higher" ? "Higher" : "Lower"}</dd>
        <dt>Baseline</dt>
        <dd>{m.baseline === null ? "Not known" : f(m.baseline)}</dd>
        <dt>Target</dt>
        <dd>
          {m.target === null ? "No figure set" : f(m.target)}
          {m.targetText ? ` (${m.targetText})` : ""}
        </dd>
        <dt>Latest</dt>
        <dd>
          <span className={s.rating}>
            {latest ? `${latest.period}: ${f(latest.value!)}` : "No figures yet"}
            {rating.rag && <RatingBadge rating={rating.rag} size="small" />}
          </span>
          <span>{rating.reason}</span>
        </dd>
      </dl>
      <MeasureChart measure={m} values={ordered} />
      {ordered.length > 0 && (
        <ul className={cards.list} aria-label={`${m.title}: figures by period`}>
          {ordered.map((v) => (
            <li key={v.id} className={cards.item}>
              <PeriodFigures measure={m} value={v} canOverride={canOverride} onSaved={onSaved} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function PeriodFigures({
  measure: m,
  value: v,
  canOverride,
  onSaved,
}: {
  measure: MeasureRecord;
  value: MeasureValueRecord;
  canOverride: boolean;
  onSaved: (message: string) => void;
}) {
  const s = useStyles();
  const [editing, setEditing] = useState(false);
  const f = (n: number) => formatFigure(n, m.unit);
  const rating = measureRag(v.value, m, v.override);
  return (
    <div className={s.form}>
      <Text weight="semibold">{v.period}</Text>
      <dl className={s.facts}>
        <dt>Value</dt>
        <dd>{v.value === null ? "No data" : f(v.value)}</dd>
        <dt>England</dt>
        <dd>{v.england === null ? "Not known" : f(v.england)}</dd>
        <dt>Statistical neighbours</dt>
        <dd>{v.neighbours === null ? "Not known" : f(v.neighbours)}</dd>
        <dt>Rating</dt>
        <dd>
          <span className={s.rating}>
            {rating.rag && <RatingBadge rating={rating.rag} size="small" />}
            {/* The badge already names a plain rating; an override's words follow it. */}
            {rating.label !== rating.rag && rating.label}
          </span>
          <span>{rating.reason}</span>
        </dd>
      </dl>
      {canOverride && !editing && (
        <div className={s.buttons}>
          <Button onClick={() => setEditing(true)}>
            {v.override ? "Change the override" : "Override the rating"}
          </Button>
        </div>
      )}
      {canOverride && editing && (
        <OverrideForm
          measure={m}
          value={v}
          onDone={(message) => {
            setEditing(false);
            if (message) onSaved(message);
          }}
        />
      )}
    </div>
  );
}

function OverrideForm({
  measure: m,
  value: v,
  onDone,
}: {
  measure: MeasureRecord;
  value: MeasureValueRecord;
  onDone: (message: string | null) => void;
}) {
  const s = useStyles();
  const { sp } = useServices();
  const client = useQueryClient();
  const [rag, setRag] = useState<Rag>(v.override?.rag ?? "Amber");
  const [reason, setReason] = useState(v.override?.reason ?? "");
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const run = async (override: { rag: Rag; reason: string } | null): Promise<void> => {
    if (override) {
      const problem = validateOverride(override);
      setError(problem);
      if (problem) return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await setRagOverride(sp, v, override);
      await client.invalidateQueries({ queryKey: measureKeys.all });
      onDone(
        override
          ? `${m.title}, ${v.period}: rating overridden to ${override.rag}.`
          : `${m.title}, ${v.period}: override cleared; the rule's rating stands.`,
      );
    } catch (e) {
      const f = toDataError(e);
      setFailure(
        f.kind === "access"
          ? "SharePoint refused the change: only plan administrators can override a measure's rating."
          : f.kind === "conflict"
            ? "Someone else changed this figure while you were working. Cancel and try again on the figure as it now stands."
            : f.message,
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={s.form}
      aria-label={`Override the rating of ${v.period}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run({ rag, reason });
      }}
    >
      {failure && (
        <Notice intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Not saved.</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </Notice>
      )}
      <Field label="Rating">
        <FieldSelect value={rag} onChange={(_, d) => setRag(d.value as Rag)}>
          {RAGS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </FieldSelect>
      </Field>
      <Field label="Reason for the override" required validationMessage={error ?? undefined}>
        <Textarea value={reason} resize="vertical" onChange={(_, d) => setReason(d.value)} />
      </Field>
      <div className={s.buttons}>
        <Button appearance="primary" type="submit" disabled={saving}>
          Save the override
        </Button>
        {v.override && (
          <Button disabled={saving} onClick={() => void run(null)}>
            Clear the override
          </Button>
        )}
        <Button onClick={() => onDone(null)}>Cancel</Button>
      </div>
    </form>
  );
}
