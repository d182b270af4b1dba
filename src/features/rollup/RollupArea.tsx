import {
  Badge,
  Button,
  Field,
  Link,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { QuestionCircle16Regular, Warning16Filled } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import { hrefFor, navigate, type Route } from "../../app/route";
import { useServices } from "../../app/services";
import { toDataError } from "../../data/errors";
import { formatDate, formatDateTime } from "../../domain/dates";
import type { ExecutiveRollup, ProgrammeLine } from "../../domain/executiveRollup";
import { formatFigure } from "../../domain/measures";
import {
  compareQuarters,
  nextQuarter,
  parseQuarterKey,
  planYearFrom,
  quarterKey,
  quarterLabel,
  type PlanQuarter,
} from "../../domain/quarters";
import { RAG_COUNTS, TREND_SYMBOLS, type Trend } from "../../domain/rollup";
import type { Plan } from "../../domain/types";
import { pluralNoun } from "../../domain/programmeWords";
import { useCardListStyles } from "../../ui/cardList";
import { FieldSelect } from "../../ui/FieldSelect";
import { Notice } from "../../ui/Notice";
import { PlanPicker } from "../../ui/PlanPicker";
import { plansToLookAt } from "../../domain/planView";
import { HeatMap, visuallyHiddenStyle } from "../../ui/HeatMap";
import { MeasureChart } from "../../ui/MeasureChart";
import { tableStyles } from "../../ui/tableStyles";
import { PageTitle } from "../../ui/PageTitle";
import { RatingBadge } from "../../ui/RatingBadge";
import { EmptyState, ErrorState, LoadingState, NoAccess } from "../../ui/StateViews";
import { useNarrow } from "../../ui/useNarrow";
import { ExportButtons } from "./ExportButtons";
import { NarrativeEditor } from "./NarrativeEditor";
import { capitalised, RagByProgrammeChart, RAG_LETTER, StatusTrendChart } from "./RollupCharts";
import {
  choosePlan,
  defaultQuarter,
  useExecutiveRollup,
  usePlans,
  type RollupData,
} from "./useExecutiveRollup";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  pickers: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "end" },
  lead: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  h2: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  h3: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "break-word",
  },
  ...tableStyles,
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", width: "1%" },
  nowrap: { whiteSpace: "nowrap" },
  colProgramme: { minWidth: "13rem" },
  colBoards: { minWidth: "10rem" },
  colStatus: { minWidth: "12rem" },
  reason: { display: "block", marginTop: tokens.spacingVerticalXXS },
  hidden: visuallyHiddenStyle,
  links: { display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalM}` },
  charts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 22rem), 1fr))",
    gap: tokens.spacingHorizontalXXL,
  },
  late: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  measureGrid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 20rem), 1fr))",
    gap: tokens.spacingHorizontalL,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  preLine: { whiteSpace: "pre-line", overflowWrap: "break-word", margin: 0 },
  trend: { whiteSpace: "nowrap" },
  owner: { display: "block", marginTop: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightRegular },
});

/** The quarters a plan's rollup can show: Q1 of its first year up to Q4 of its current year. */
export function quartersOf(plan: Plan): PlanQuarter[] {
  const out: PlanQuarter[] = [];
  const last: PlanQuarter = { planYear: plan.currentYear, quarter: "Q4" };
  let q: PlanQuarter = { planYear: planYearFrom(plan.startYear), quarter: "Q1" };
  while (compareQuarters(q, last) <= 0 && out.length < 40) {
    out.push(q);
    q = nextQuarter(q);
  }
  return out;
}

/** The trend as one arrow and its word: "↓ Declining". */
export function TrendText({ trend, text }: { trend: Trend; text: string }) {
  const s = useStyles();
  return (
    <span className={s.trend} title={text}>
      <span aria-hidden="true">{TREND_SYMBOLS[trend]}</span> {trend}
    </span>
  );
}

function StatusBadge({ status }: { status: ProgrammeLine["status"] }) {
  return status ? (
    <RatingBadge rating={status} />
  ) : (
    <Badge appearance="outline" color="informative" icon={<QuestionCircle16Regular />}>
      No status
    </Badge>
  );
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** The Trust Executive's cross-board rollup: every programme, its status and trend, risks, measures and reports. */
export default function RollupArea({ route }: { route: Route }) {
  const { now } = useServices();
  const plans = usePlans();
  const asked = route.name === "rollup" ? route : { planId: undefined, quarter: undefined };
  const plan = plans.data ? choosePlan(plans.data, asked.planId) : null;
  const quarter = plan
    ? ((asked.quarter ? parseQuarterKey(asked.quarter) : null) ?? defaultQuarter(plan, now()))
    : null;
  const rollup = useExecutiveRollup(plan?.id, quarter);

  // SharePoint's refusal (the plans list for an outsider, the Executive Summaries list for anyone but
  // the Executive and plan administrators) is the access rule: no role is checked here.
  const refused = [plans.error, rollup.error].some((e) => e && toDataError(e).kind === "access");
  if (refused) return <RollupNoAccess />;
  if (plans.isError)
    return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} what="the plans" />;
  if (plans.isPending) return <LoadingState label="Loading the plans…" />;
  if (!plan || !quarter)
    return (
      <EmptyState title={asked.planId !== undefined ? "This plan no longer exists" : "No plan yet"}>
        The plan administrator sets up the partnership&apos;s plan.
      </EmptyState>
    );
  if (rollup.isError)
    return (
      <ErrorState
        error={rollup.error}
        onRetry={() => void rollup.refetch()}
        what="the Trust Executive rollup"
      />
    );
  const choose = (next: { planId?: number; quarter?: PlanQuarter }) =>
    navigate(
      {
        name: "rollup",
        planId: next.planId ?? plan.id,
        ...(next.quarter
          ? { quarter: quarterKey(next.quarter) }
          : next.planId === undefined
            ? { quarter: quarterKey(quarter) }
            : {}),
      },
      { replace: true },
    );
  return (
    <RollupPage
      plans={plans.data}
      plan={plan}
      quarter={quarter}
      data={rollup.data}
      loading={rollup.isPending}
      onChoose={choose}
    />
  );
}

function RollupNoAccess() {
  return (
    <NoAccess
      what="the Trust Executive rollup"
      explanation={
        <Text>
          Only the Trust Executive and the plan administrators can see the rollup across all boards. Your own
          boards&apos; action plans, risks and reports are on their pages. If you think you should see it, ask
          the partnership business unit.
        </Text>
      }
    />
  );
}

function RollupPage({
  plans,
  plan,
  quarter,
  data,
  loading,
  onChoose,
}: {
  plans: readonly Plan[];
  plan: Plan;
  quarter: PlanQuarter;
  data: RollupData | undefined;
  loading: boolean;
  onChoose: (next: { planId?: number; quarter?: PlanQuarter }) => void;
}) {
  const s = useStyles();
  const quarters = quartersOf(plan);
  const inList = quarters.some((q) => compareQuarters(q, quarter) === 0);
  return (
    <div className={s.page}>
      <header className={s.header}>
        <PageTitle>Trust Executive rollup</PageTitle>
        <div className={s.pickers}>
          {plans.length > 1 && (
            <PlanPicker
              plans={plansToLookAt(plans, true)}
              value={plan.id}
              onChange={(choice) => {
                if (choice !== "current") onChoose({ planId: choice });
              }}
            />
          )}
          <Field label="Quarter">
            <FieldSelect
              value={quarterKey(quarter)}
              onChange={(_, d) => {
                const q = parseQuarterKey(d.value);
                if (q) onChoose({ quarter: q });
              }}
            >
              {!inList && <option value={quarterKey(quarter)}>{quarterLabel(quarter, true)}</option>}
              {quarters.map((q) => (
                <option key={quarterKey(q)} value={quarterKey(q)}>
                  {quarterLabel(q, true)}
                </option>
              ))}
            </FieldSelect>
          </Field>
        </div>
      </header>
      {plan.status === "Archived" && (
        <Notice intent="info">
          <MessageBarBody>
            {plan.title} is archived: its rollup, reports and exports can be read, not changed.
          </MessageBarBody>
        </Notice>
      )}
      {loading || !data ? (
        <LoadingState label={`Loading the rollup for ${quarterLabel(quarter)}…`} />
      ) : (
        <RollupBody data={data} readOnly={plan.status === "Archived"} />
      )}
    </div>
  );
}

function RollupBody({ data, readOnly }: { data: RollupData; readOnly: boolean }) {
  const s = useStyles();
  const { rollup, record } = data;
  const noun = rollup.plan.programmeNoun;
  const Noun = capitalised(noun);
  const key = quarterKey(rollup.quarter);
  if (rollup.programmes.length === 0)
    return (
      <EmptyState title={`${rollup.plan.title} has no ${pluralNoun(noun)} yet`}>
        The plan administrator adds the plan&apos;s {pluralNoun(noun)} and the boards that deliver them; the
        rollup then shows each one.
      </EmptyState>
    );
  const t = rollup.totals;
  return (
    <>
      <section className={s.section} aria-labelledby="rollup-summary">
        <h2 id="rollup-summary" className={s.h2}>
          {rollup.plan.title}, {quarterLabel(rollup.quarter, true)}
        </h2>
        <Text as="p" className={s.lead}>
          {plural(rollup.programmes.length, noun)}, {plural(t.total, "action")}:{" "}
          {RAG_COUNTS.map((k) => `${t.counts[k]} ${k}`).join(", ")}. {plural(t.overdue, "action")} overdue,{" "}
          {plural(t.slipped, "action")} slipped this quarter.
        </Text>
        <Text as="p" className={s.muted}>
          Figures as at {formatDateTime(rollup.asAt)}. Each {noun}&apos;s status is its submitted highlight
          report&apos;s when there is one, otherwise worked out from its actions at quarter end.
        </Text>
        <ExportButtons rollup={rollup} narrative={record.narrative.text} />
      </section>

      <NarrativeEditor
        planId={rollup.plan.id}
        quarter={rollup.quarter}
        narrative={record.narrative}
        readOnly={readOnly}
      />

      <section className={s.section} aria-labelledby="rollup-programmes">
        <h2 id="rollup-programmes" className={s.h2}>
          {pluralNoun(Noun)}
        </h2>
        <ProgrammeTable rollup={rollup} quarterKey={key} />
      </section>

      <section className={s.section} aria-labelledby="rollup-charts">
        <h2 id="rollup-charts" className={s.h2}>
          Charts
        </h2>
        <div className={s.charts}>
          <RagByProgrammeChart
            programmes={rollup.programmes}
            noun={noun}
            quarterLabel={rollup.quarterLabel}
          />
          <StatusTrendChart history={rollup.history} programmes={rollup.programmes} noun={noun} />
        </div>
      </section>

      <SlippageSection rollup={rollup} />
      <RisksSection data={data} />
      <MeasuresSection data={data} />
      <DecisionsSection rollup={rollup} />
      <ReportsSection rollup={rollup} quarterKey={key} />
    </>
  );
}

function BoardLinks({ line }: { line: ProgrammeLine }) {
  const s = useStyles();
  return (
    <span className={s.links}>
      {line.boards.map((b) => (
        <Link key={b.id} href={hrefFor({ name: "board", boardId: b.id })}>
          {b.title}
        </Link>
      ))}
    </span>
  );
}

function ProgrammeTable({ rollup, quarterKey: key }: { rollup: ExecutiveRollup; quarterKey: string }) {
  const s = useStyles();
  const cards = useCardListStyles();
  const narrow = useNarrow();
  const noun = rollup.plan.programmeNoun;
  const Noun = capitalised(noun);
  const reportHref = (p: ProgrammeLine) =>
    hrefFor({ name: "reports", boardId: p.boards[0]?.id ?? 0, programmeId: p.programmeId, quarter: key });
  const counts = (p: ProgrammeLine) => RAG_COUNTS.map((k) => `${p.counts[k]} ${k}`).join(", ");
  if (narrow)
    return (
      <ul className={cards.list} aria-label={pluralNoun(Noun)}>
        {rollup.programmes.map((p) => (
          <li key={p.programmeId} className={cards.item}>
            <h3 className={s.h3}>
              {p.number}. {p.title}
            </h3>
            <Text>
              Status: <StatusBadge status={p.status} /> Trend:{" "}
              <TrendText trend={p.trend} text={p.trendText} />
            </Text>
            <Text>{p.reason}</Text>
            <Text>
              {plural(p.total, "action")}: {counts(p)}. {p.overdue} overdue, {p.slipped} slipped.
            </Text>
            <Text>
              Delivered by: <BoardLinks line={p} />
            </Text>
            <Link href={reportHref(p)}>
              Highlight report for {noun} {p.number}
            </Link>
          </li>
        ))}
      </ul>
    );
  const short: { key: string; label: string; short: string }[] = [
    ...RAG_COUNTS.map((k) => ({ key: k, label: k, short: RAG_LETTER[k] })),
    { key: "overdue", label: "Overdue", short: "OD" },
    { key: "slipped", label: "Slipped this quarter", short: "SL" },
  ];
  return (
    <ScrollBox label={`${pluralNoun(Noun)} table`}>
      <table className={s.table} aria-label={`${pluralNoun(Noun)}: status, trend and actions at quarter end`}>
        <caption className={s.caption}>
          Actions at quarter end: {short.map((c) => `${c.short} ${c.label}`).join(", ")}.
        </caption>
        <thead>
          <tr>
            <th scope="col" className={s.colProgramme}>
              {Noun}
            </th>
            <th scope="col" className={s.colBoards}>
              Delivered by
            </th>
            <th scope="col" className={s.colStatus}>
              Status
            </th>
            <th scope="col">Trend</th>
            {short.map((c) => (
              <th key={c.key} scope="col" className={s.num}>
                <abbr title={c.label} aria-hidden="true">
                  {c.short}
                </abbr>
                <span className={s.hidden}>{c.label}</span>
              </th>
            ))}
            <th scope="col">Report</th>
          </tr>
        </thead>
        <tbody>
          {rollup.programmes.map((p) => (
            <tr key={p.programmeId}>
              <th scope="row">
                {p.number}. {p.title}
              </th>
              <td>
                <BoardLinks line={p} />
              </td>
              <td>
                <StatusBadge status={p.status} />
                <Text size={200} className={mergeClasses(s.muted, s.reason)}>
                  {p.reason}
                </Text>
              </td>
              <td>
                <TrendText trend={p.trend} text={p.trendText} />
              </td>
              {RAG_COUNTS.map((k) => (
                <td key={k} className={s.num}>
                  {p.counts[k]}
                </td>
              ))}
              <td className={s.num}>{p.overdue}</td>
              <td className={s.num}>{p.slipped}</td>
              <td>
                <Link href={reportHref(p)} aria-label={`Highlight report for ${noun} ${p.number}`}>
                  Report
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              All {pluralNoun(noun)} ({plural(rollup.totals.total, "action")})
            </th>
            {RAG_COUNTS.map((k) => (
              <td key={k} className={s.num}>
                {rollup.totals.counts[k]}
              </td>
            ))}
            <td className={s.num}>{rollup.totals.overdue}</td>
            <td className={s.num}>{rollup.totals.slipped}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </ScrollBox>
  );
}

/** A wide table's own scrolling box: a named region that takes focus, so a keyboard can scroll it. */
function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  const s = useStyles();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling box must take focus so a keyboard can scroll it (WCAG 2.1.1; axe scrollable-region-focusable)
    <div className={s.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** How many slipped actions show before "Show all": a large plan can slip hundreds in a quarter. */
const SLIPPAGE_SHOWN = 25;

function SlippageSection({ rollup }: { rollup: ExecutiveRollup }) {
  const s = useStyles();
  const cards = useCardListStyles();
  const [all, setAll] = useState(false);
  const shown = all ? rollup.slippage : rollup.slippage.slice(0, SLIPPAGE_SHOWN);
  const hidden = rollup.slippage.length - shown.length;
  return (
    <section className={s.section} aria-labelledby="rollup-slippage">
      <h2 id="rollup-slippage" className={s.h2}>
        Slippage in {rollup.quarterLabel}
      </h2>
      {rollup.slippage.length === 0 ? (
        <Text as="p" className={s.lead}>
          No action missed a due date or had one moved later this quarter.
        </Text>
      ) : (
        <ul className={cards.list} aria-label="Slipped actions">
          {shown.map((l, i) => (
            <li key={`${l.actionId}-${l.kind}-${i}`} className={cards.item}>
              <Text weight="semibold">
                <Link href={hrefFor({ name: "action", boardId: l.boardId, actionId: l.actionId })}>
                  {l.ref} {l.title}
                </Link>
              </Text>
              <Text>
                {l.boardTitle}, {rollup.plan.programmeNoun} {l.programmeNumber}.{" "}
                {l.kind === "missed" ? "Missed date" : "Date moved"}: {l.text}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <Button appearance="secondary" style={{ alignSelf: "flex-start" }} onClick={() => setAll(true)}>
          Show all {rollup.slippage.length.toLocaleString("en-GB")} slipped actions (
          {hidden.toLocaleString("en-GB")} more)
        </Button>
      )}
    </section>
  );
}

function RisksSection({ data }: { data: RollupData }) {
  const s = useStyles();
  const cards = useCardListStyles();
  const narrow = useNarrow();
  const { rollup, record } = data;
  const key = rollup.risks.filter((r) => r.band === "Very high" || r.band === "High");
  return (
    <section className={s.section} aria-labelledby="rollup-risks">
      <h2 id="rollup-risks" className={s.h2}>
        Risks across the Trust
      </h2>
      <HeatMap
        risks={record.risks}
        caption={`Open risks across all boards: ${plural(rollup.heatMap.total, "risk")}`}
      />
      <h3 className={s.h3}>Key risks (high and very high)</h3>
      {key.length === 0 ? (
        <Text as="p" className={s.lead}>
          No open risk scores 10 or more.
        </Text>
      ) : narrow ? (
        <ul className={cards.list} aria-label="Key risks">
          {key.map((r) => (
            <li key={r.id} className={cards.item}>
              <Text weight="semibold">
                {r.ref ? `${r.ref} ` : ""}
                {r.title}
              </Text>
              <Text>
                Score {r.score} ({r.likelihood} × {r.impact}, {r.band.toLowerCase()}). {r.boardTitle}
                {r.owner ? `, owner ${r.owner}` : ""}.
              </Text>
              <Text>Impact: {r.impactText || "Not given"}</Text>
              <Text>Mitigation: {r.mitigation || "Not given"}</Text>
              <Link href={hrefFor({ name: "risks", boardId: r.boardId })}>
                Risk register of {r.boardTitle}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <ScrollBox label="Key risks table">
          <table className={s.table} aria-label="Key risks">
            <thead>
              <tr>
                <th scope="col">Risk</th>
                <th scope="col">Score</th>
                <th scope="col">Impact</th>
                <th scope="col">Mitigation</th>
                <th scope="col">Board</th>
              </tr>
            </thead>
            <tbody>
              {key.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.ref ? `${r.ref} ` : ""}
                    {r.title}
                    {r.owner && (
                      <Text size={200} className={mergeClasses(s.muted, s.owner)}>
                        Owner: {r.owner}
                        {r.reviewDate ? `; review by ${formatDate(r.reviewDate)}` : ""}
                      </Text>
                    )}
                  </th>
                  <td>
                    <span className={s.nowrap}>
                      {r.score} ({r.likelihood} × {r.impact})
                    </span>
                    , {r.band}
                  </td>
                  <td>{r.impactText || "Not given"}</td>
                  <td>{r.mitigation || "Not given"}</td>
                  <td>
                    <Link
                      href={hrefFor({ name: "risks", boardId: r.boardId })}
                      aria-label={`Risk register of ${r.boardTitle}`}
                    >
                      {r.boardTitle}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}

function MeasuresSection({ data }: { data: RollupData }) {
  const s = useStyles();
  const cards = useCardListStyles();
  const { rollup, record } = data;
  return (
    <section className={s.section} aria-labelledby="rollup-measures">
      <h2 id="rollup-measures" className={s.h2}>
        Measures
      </h2>
      {rollup.measures.length === 0 ? (
        <Text as="p" className={s.lead}>
          The plan has no measures yet.
        </Text>
      ) : (
        <ul className={s.measureGrid} aria-label="Measures">
          {rollup.measures.map((m) => {
            const measure = record.measures.find((x) => x.id === m.id);
            return (
              <li key={m.id} className={cards.item}>
                <h3 className={s.h3}>{m.title}</h3>
                <Text>
                  {m.rating.rag ? <RatingBadge rating={m.rating.rag} /> : <RatingBadge rating="Not rated" />}{" "}
                  {m.latest?.value != null
                    ? `${formatFigure(m.latest.value, m.unit)} in ${m.latest.period}`
                    : "No figure yet"}
                  {m.target !== null
                    ? `; target ${formatFigure(m.target, m.unit)}`
                    : m.targetText
                      ? `; target: ${m.targetText}`
                      : ""}
                </Text>
                <Text size={200} className={s.muted}>
                  {m.rating.reason}
                </Text>
                {measure && <MeasureChart measure={measure} values={m.values} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function DecisionsSection({ rollup }: { rollup: ExecutiveRollup }) {
  const s = useStyles();
  const cards = useCardListStyles();
  return (
    <section className={s.section} aria-labelledby="rollup-decisions">
      <h2 id="rollup-decisions" className={s.h2}>
        Decisions required
      </h2>
      {rollup.decisions.length === 0 ? (
        <Text as="p" className={s.lead}>
          No submitted report asks the Executive for a decision this quarter.
        </Text>
      ) : (
        <ul className={cards.list} aria-label="Decisions required">
          {rollup.decisions.map((d) => (
            <li key={d.programmeNumber} className={cards.item}>
              <Text weight="semibold">
                {d.programmeNumber}. {d.programmeTitle}
              </Text>
              <p className={s.preLine}>{d.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportsSection({ rollup, quarterKey: key }: { rollup: ExecutiveRollup; quarterKey: string }) {
  const s = useStyles();
  const noun = rollup.plan.programmeNoun;
  const late = rollup.reports.filter((r) => r.late).length;
  return (
    <section className={s.section} aria-labelledby="rollup-reports">
      <h2 id="rollup-reports" className={s.h2}>
        Highlight reports
      </h2>
      <Text as="p" className={s.lead}>
        {late === 0 ? "No report is late." : `${plural(late, "report")} late, listed first.`}
      </Text>
      <ScrollBox label="Highlight reports table">
        <table className={s.table} aria-label="Highlight reports by board">
          <thead>
            <tr>
              <th scope="col">Board</th>
              <th scope="col">{capitalised(noun)}</th>
              <th scope="col">State</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {rollup.reports.map((r) => (
              <tr key={r.programmeId}>
                <th scope="row">{r.boardTitle}</th>
                <td>
                  <Link
                    href={hrefFor({
                      name: "reports",
                      boardId: r.boardId,
                      programmeId: r.programmeId,
                      quarter: key,
                    })}
                  >
                    {capitalised(noun)} {r.programmeNumber} report
                  </Link>
                </td>
                <td>{r.standing.state}</td>
                <td>
                  {r.late ? (
                    <span className={mergeClasses(s.late)}>
                      <Warning16Filled aria-hidden />
                      {r.latenessText}
                    </span>
                  ) : (
                    r.latenessText
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
