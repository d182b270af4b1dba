import { Button, Field, Input } from "@fluentui/react-components";
import { useState } from "react";
import { useServices } from "../../app/services";
import { updatePlan } from "../../data/sharepoint/administration";
import { saveReportingCalendar } from "../../data/sharepoint/calendar";
import { formatDate, todayIso } from "../../domain/dates";
import { QUARTERS, quarterRange, type Quarter, type ReportingCalendarEntry } from "../../domain/quarters";
import { calendarForYear, planYearsOf, validateCalendarRule } from "../../domain/reportingCalendar";
import type { CalendarRule, IsoDate, Plan } from "../../domain/types";
import { useCardListStyles } from "../../ui/cardList";
import { DateField } from "../../ui/DateField";
import { ErrorState, LoadingState } from "../../ui/StateViews";
import { useNarrow } from "../../ui/useNarrow";
import { useAdminWrite, useReportingCalendar } from "./queries";
import { ArchivedNotice, ProblemNotice, useAdminStyles, useFocusFirstInvalid, wholeNumber } from "./shared";

/**
 * The plan's reporting calendar: the rule its default dates come from (days after each quarter ends),
 * and per plan year and quarter the dates action updates and highlight reports are due — filled from
 * the rule, changed where a year needs it, saved a year at a time.
 */
export function CalendarSection({ plan }: { plan: Plan }) {
  const s = useAdminStyles();
  const archived = plan.status === "Archived";
  const calendar = useReportingCalendar(plan.id);
  return (
    <section className={s.section} aria-labelledby="calendar-heading">
      <h2 id="calendar-heading" className={s.h2}>
        Reporting calendar
      </h2>
      {archived && <ArchivedNotice plan={plan} />}
      <RuleForm key={plan.id} plan={plan} />
      {calendar.isPending ? (
        <LoadingState label="Loading the reporting calendar…" />
      ) : calendar.isError ? (
        <ErrorState
          error={calendar.error}
          onRetry={() => void calendar.refetch()}
          what="the reporting calendar"
          section
        />
      ) : (
        planYearsOf(plan).map((year) => (
          <YearDates
            key={`${plan.id}:${year}`}
            plan={plan}
            year={year}
            saved={calendar.data.filter((e) => e.planYear === year)}
          />
        ))
      )}
    </section>
  );
}

function RuleForm({ plan }: { plan: Plan }) {
  const s = useAdminStyles();
  const archived = plan.status === "Archived";
  const [updates, setUpdates] = useState(String(plan.calendarRule.updatesDueDays));
  const [reports, setReports] = useState(String(plan.calendarRule.reportsDueDays));
  const [errors, setErrors] = useState<{ updates?: string; reports?: string }>({});
  const [tick, setTick] = useState(0);
  const [said, setSaid] = useState("");
  const formRef = useFocusFirstInvalid(tick);
  const write = useAdminWrite(
    ({ sp }, calendarRule: CalendarRule) =>
      updatePlan(
        sp,
        plan.id,
        {
          title: plan.title,
          startYear: plan.startYear,
          endYear: plan.endYear,
          currentYear: plan.currentYear,
          vision: plan.vision,
          programmeNoun: plan.programmeNoun,
          calendarRule,
        },
        plan.etag,
      ).then(() => true),
    "the calendar rule",
    plan.id,
  );
  const rule = (): CalendarRule => ({
    updatesDueDays: wholeNumber(updates),
    reportsDueDays: wholeNumber(reports),
  });
  const submit = async () => {
    const found: { updates?: string; reports?: string } = {};
    for (const problem of validateCalendarRule(rule())) {
      if (problem.startsWith("Action updates")) found.updates ??= problem;
      else found.reports ??= problem;
    }
    setErrors(found);
    setSaid("");
    if (found.updates || found.reports) {
      setTick((t) => t + 1);
      return;
    }
    if (await write.run(rule())) setSaid("The rule is saved. Fill a year from it to use it.");
  };
  return (
    <form
      ref={formRef}
      className={s.form}
      aria-labelledby="rule-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!write.saving) void submit();
      }}
    >
      <h3 id="rule-heading" className={s.h3}>
        The rule for default dates
      </h3>
      <p className={s.muted}>Days after each quarter ends that these fall due.</p>
      <ProblemNotice
        problem={write.problem}
        onRetry={() => void submit()}
        onReload={() => void write.reload()}
      />
      <div className={s.pair}>
        <Field label="Action updates due (days)" required validationMessage={errors.updates}>
          <Input
            inputMode="numeric"
            value={updates}
            readOnly={archived}
            onChange={(_, d) => setUpdates(d.value)}
          />
        </Field>
        <Field label="Highlight reports due (days)" required validationMessage={errors.reports}>
          <Input
            inputMode="numeric"
            value={reports}
            readOnly={archived}
            onChange={(_, d) => setReports(d.value)}
          />
        </Field>
      </div>
      {!archived && (
        <div className={s.row}>
          <Button type="submit" disabled={write.saving}>
            {write.saving ? "Saving…" : "Save the rule"}
          </Button>
        </div>
      )}
      <div aria-live="polite" className={s.muted}>
        {said}
      </div>
    </form>
  );
}

type Row = { updatesDue: IsoDate | null; reportsDue: IsoDate | null };
type RowErrors = Partial<Record<Quarter, { updatesDue?: string; reportsDue?: string }>>;

function YearDates({ plan, year, saved }: { plan: Plan; year: string; saved: ReportingCalendarEntry[] }) {
  const s = useAdminStyles();
  const cards = useCardListStyles();
  const narrow = useNarrow();
  const { now } = useServices();
  const today = todayIso(now());
  const archived = plan.status === "Archived";
  const initial = (): Record<Quarter, Row> =>
    Object.fromEntries(
      QUARTERS.map((q) => {
        const entry = saved.find((e) => e.quarter === q);
        return [q, { updatesDue: entry?.updatesDue ?? null, reportsDue: entry?.reportsDue ?? null }];
      }),
    ) as Record<Quarter, Row>;
  const [rows, setRows] = useState(initial);
  const [errors, setErrors] = useState<RowErrors>({});
  const [tick, setTick] = useState(0);
  const [said, setSaid] = useState("");
  const formRef = useFocusFirstInvalid(tick);
  const write = useAdminWrite(
    ({ sp }, entries: ReportingCalendarEntry[]) =>
      saveReportingCalendar(sp, plan.id, entries).then(() => true),
    `the ${year} dates`,
    plan.id,
  );
  const missing = QUARTERS.filter((q) => !saved.some((e) => e.quarter === q)).length;

  const set = (q: Quarter, patch: Partial<Row>, unreadable: string | null) => {
    setRows((r) => ({ ...r, [q]: { ...r[q], ...patch } }));
    const which = Object.keys(patch)[0] as keyof Row;
    setErrors((e) => ({
      ...e,
      [q]: {
        ...e[q],
        [which]: unreadable ? `“${unreadable}” is not a date we can read: type it as DD/MM/YYYY.` : undefined,
      },
    }));
    setSaid("");
  };

  const fill = () => {
    const dates = calendarForYear(year, plan.calendarRule);
    setRows(
      Object.fromEntries(
        dates.map((e) => [e.quarter, { updatesDue: e.updatesDue, reportsDue: e.reportsDue }]),
      ) as Record<Quarter, Row>,
    );
    setErrors({});
    setSaid(`${year} filled from the rule: check the dates, then save them.`);
  };

  const submit = async () => {
    const found: RowErrors = {};
    for (const q of QUARTERS) {
      const row = rows[q];
      const end = quarterRange(year, q).last;
      const e: { updatesDue?: string; reportsDue?: string } = {};
      if (!row.updatesDue) e.updatesDue = `Give the date ${q}'s action updates are due.`;
      else if (row.updatesDue < end)
        e.updatesDue = `${q} ends on ${formatDate(end)}: make its updates due on or after that day.`;
      if (!row.reportsDue) e.reportsDue = `Give the date ${q}'s highlight reports are due.`;
      else if (row.updatesDue && row.reportsDue < row.updatesDue)
        e.reportsDue =
          "Highlight reports are written from the action updates: make them due on or after the updates.";
      if (e.updatesDue || e.reportsDue) found[q] = e;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTick((t) => t + 1);
      return;
    }
    const entries = QUARTERS.map((q) => ({
      planYear: year,
      quarter: q,
      updatesDue: rows[q].updatesDue ?? "",
      reportsDue: rows[q].reportsDue ?? "",
    }));
    if (await write.run(entries)) setSaid(`The ${year} dates are saved.`);
  };

  const quarterName = (q: Quarter) => {
    const r = quarterRange(year, q);
    return `${q} (${formatDate(r.first)} to ${formatDate(r.last)})`;
  };
  const dateCell = (q: Quarter, which: keyof Row, label: string) =>
    archived ? (
      <span>{formatDate(rows[q][which]) || "Not set"}</span>
    ) : (
      <DateField
        label={label}
        value={rows[q][which]}
        today={today}
        validationMessage={errors[q]?.[which]}
        onChange={(date, unreadable) => set(q, { [which]: date }, unreadable)}
      />
    );

  const headingId = `year-${year.replace("/", "-")}`;
  return (
    <form
      ref={formRef}
      className={s.section}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!write.saving) void submit();
      }}
    >
      <h3 id={headingId} className={s.h3}>
        {year}
        {year === plan.currentYear && " (current year)"}
      </h3>
      {missing > 0 && !archived && (
        <p className={s.muted}>
          {missing === 4
            ? "No dates are saved for this year yet."
            : `${missing} of its quarters have no dates yet.`}
        </p>
      )}
      <ProblemNotice
        problem={write.problem}
        onRetry={() => void submit()}
        onReload={() => void write.reload()}
      />
      {narrow ? (
        <ul className={cards.list} aria-label={`${year} due dates`}>
          {QUARTERS.map((q) => (
            <li key={q} className={cards.item}>
              <strong>{quarterName(q)}</strong>
              {dateCell(q, "updatesDue", `${q} action updates due`)}
              {dateCell(q, "reportsDue", `${q} highlight reports due`)}
            </li>
          ))}
        </ul>
      ) : (
        <div className={s.scroll}>
          <table className={s.table}>
            <caption className={s.caption}>Due dates in {year}</caption>
            <thead>
              <tr>
                <th scope="col">Quarter</th>
                <th scope="col">Action updates due</th>
                <th scope="col">Highlight reports due</th>
              </tr>
            </thead>
            <tbody>
              {QUARTERS.map((q) => (
                <tr key={q}>
                  <th scope="row">{quarterName(q)}</th>
                  <td>{dateCell(q, "updatesDue", `${q} action updates due`)}</td>
                  <td>{dateCell(q, "reportsDue", `${q} highlight reports due`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!archived && (
        <div className={s.row}>
          <Button onClick={fill} disabled={write.saving}>
            Fill {year} from the rule
          </Button>
          <Button appearance="primary" type="submit" disabled={write.saving}>
            {write.saving ? "Saving…" : `Save the ${year} dates`}
          </Button>
        </div>
      )}
      <div aria-live="polite" className={s.muted}>
        {said}
      </div>
    </form>
  );
}
