import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { createPlan, updatePlan } from "../../data/sharepoint/administration";
import { validatePlanInput, type InputErrors, type PlanInput } from "../../domain/planSetup";
import { planYearFrom } from "../../domain/quarters";
import { DEFAULT_CALENDAR_RULE, planYearsOf, validateCalendarRule } from "../../domain/reportingCalendar";
import type { Plan } from "../../domain/types";
import { FieldSelect } from "../../ui/FieldSelect";
import { useAdminWrite } from "./queries";
import { ProblemNotice, useAdminStyles, useFocusFirstInvalid, useFocusOnMount, wholeNumber } from "./shared";

interface Draft {
  title: string;
  startYear: string;
  endYear: string;
  currentYear: string;
  vision: string;
  programmeNoun: string;
  updatesDueDays: string;
  reportsDueDays: string;
}

const draftOf = (plan: Plan | undefined, thisYear: number): Draft => ({
  title: plan?.title ?? "",
  startYear: String(plan?.startYear ?? thisYear),
  endYear: String(plan?.endYear ?? thisYear + 3),
  currentYear: plan?.currentYear ?? planYearFrom(thisYear),
  vision: plan?.vision ?? "",
  programmeNoun: plan?.programmeNoun ?? "priority",
  updatesDueDays: String((plan?.calendarRule ?? DEFAULT_CALENDAR_RULE).updatesDueDays),
  reportsDueDays: String((plan?.calendarRule ?? DEFAULT_CALENDAR_RULE).reportsDueDays),
});

const inputOf = (d: Draft): PlanInput => ({
  title: d.title.trim(),
  startYear: wholeNumber(d.startYear),
  endYear: wholeNumber(d.endYear),
  currentYear: d.currentYear,
  vision: d.vision.trim(),
  programmeNoun: d.programmeNoun.trim().toLowerCase(),
  calendarRule: {
    updatesDueDays: wholeNumber(d.updatesDueDays),
    reportsDueDays: wholeNumber(d.reportsDueDays),
  },
});

type Errors = InputErrors<PlanInput> & { updatesDueDays?: string; reportsDueDays?: string };

/** The plan rules' messages, with the calendar rule's split onto its two fields. */
function check(input: PlanInput, plans: readonly Plan[], planId: number | undefined): Errors {
  const { calendarRule: _rule, ...errors } = validatePlanInput(input, plans, planId) as Errors;
  for (const problem of validateCalendarRule(input.calendarRule)) {
    if (problem.startsWith("Action updates")) errors.updatesDueDays ??= problem;
    else errors.reportsDueDays ??= problem;
  }
  return errors;
}

/**
 * A new plan (saved as a Draft) or a plan's details. The years are whole plan years, April to March;
 * the current year is chosen from them. What the plan calls its programmes is its own word, used
 * everywhere (“Priority 2”, “Improvement programme 1”).
 */
export function PlanForm({
  plan,
  plans,
  thisYear,
  onDone,
}: {
  /** The plan being edited; undefined for a new plan. */
  plan?: Plan;
  plans: readonly Plan[];
  thisYear: number;
  onDone: (planId: number | null) => void;
}) {
  const s = useAdminStyles();
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan, thisYear));
  const [errors, setErrors] = useState<Errors>({});
  const [checked, setChecked] = useState(false);
  const [tick, setTick] = useState(0);
  const formRef = useFocusFirstInvalid(tick);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const write = useAdminWrite(
    ({ sp }, input: PlanInput) =>
      plan ? updatePlan(sp, plan.id, input, plan.etag).then(() => plan.id) : createPlan(sp, input),
    plan ? `${plan.title}` : "the new plan",
    plan?.id,
  );

  const edit = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (checked) setErrors(check(inputOf(next), plans, plan?.id));
  };

  const start = wholeNumber(draft.startYear);
  const end = wholeNumber(draft.endYear);
  const years =
    Number.isInteger(start) && Number.isInteger(end) && end > start && end - start <= 10
      ? planYearsOf({ startYear: start, endYear: end })
      : [];

  const submit = async () => {
    const input = inputOf(draft);
    const found = check(input, plans, plan?.id);
    setChecked(true);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTick((t) => t + 1);
      return;
    }
    const id = await write.run(input);
    if (id !== undefined) onDone(id);
  };

  const headingId = plan ? `plan-form-${plan.id}` : "plan-form-new";
  return (
    <form
      ref={formRef}
      className={s.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!write.saving) void submit();
      }}
    >
      <h3 id={headingId} className={s.h3} ref={headingRef} tabIndex={-1}>
        {plan ? `Edit ${plan.title}` : "New plan"}
      </h3>
      <ProblemNotice
        problem={write.problem}
        onRetry={() => void submit()}
        onReload={() => void write.reload()}
      />
      <Field label="Name" required validationMessage={errors.title}>
        <Input value={draft.title} onChange={(_, d) => edit({ title: d.value })} />
      </Field>
      <div className={s.pair}>
        <Field
          label="First year starts April of"
          required
          hint="For example 2019"
          validationMessage={errors.startYear}
        >
          <Input
            inputMode="numeric"
            value={draft.startYear}
            onChange={(_, d) => edit({ startYear: d.value })}
          />
        </Field>
        <Field
          label="Last year ends March of"
          required
          hint="For example 2022"
          validationMessage={errors.endYear}
        >
          <Input inputMode="numeric" value={draft.endYear} onChange={(_, d) => edit({ endYear: d.value })} />
        </Field>
      </div>
      <Field label="Current plan year" required validationMessage={errors.currentYear}>
        <FieldSelect value={draft.currentYear} onChange={(_, d) => edit({ currentYear: d.value })}>
          {!years.includes(draft.currentYear) && (
            <option value={draft.currentYear}>{draft.currentYear}</option>
          )}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </FieldSelect>
      </Field>
      <Field label="Vision" hint="The plan's aim in a sentence or two">
        <Textarea value={draft.vision} resize="vertical" onChange={(_, d) => edit({ vision: d.value })} />
      </Field>
      <Field
        label="What it calls its programmes"
        required
        hint='One of them, in lower case: for example "priority" or "improvement programme"'
        validationMessage={errors.programmeNoun}
      >
        <Input value={draft.programmeNoun} onChange={(_, d) => edit({ programmeNoun: d.value })} />
      </Field>
      <fieldset className={s.fieldset}>
        <legend className={s.legend}>Reporting calendar rule</legend>
        <p className={s.muted}>Days after each quarter ends that these fall due.</p>
        <div className={s.pair}>
          <Field label="Action updates due (days)" required validationMessage={errors.updatesDueDays}>
            <Input
              inputMode="numeric"
              value={draft.updatesDueDays}
              onChange={(_, d) => edit({ updatesDueDays: d.value })}
            />
          </Field>
          <Field label="Highlight reports due (days)" required validationMessage={errors.reportsDueDays}>
            <Input
              inputMode="numeric"
              value={draft.reportsDueDays}
              onChange={(_, d) => edit({ reportsDueDays: d.value })}
            />
          </Field>
        </div>
      </fieldset>
      <div className={s.row}>
        <Button appearance="primary" type="submit" disabled={write.saving}>
          {write.saving ? "Saving…" : plan ? "Save the plan" : "Create the plan"}
        </Button>
        <Button disabled={write.saving} onClick={() => onDone(null)}>
          Cancel
        </Button>
      </div>
      {!plan && <p className={s.muted}>A new plan starts as a draft: activate it when it is ready.</p>}
    </form>
  );
}
