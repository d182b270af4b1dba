import { Field } from "@fluentui/react-components";
import type { Plan } from "../domain/types";
import { FieldSelect } from "./FieldSelect";

/** "Children and Young People's Plan 2025–2028 (archived, read-only)": a plan as the picker names it. */
export function planChoiceLabel(plan: Pick<Plan, "title" | "status">): string {
  if (plan.status === "Archived") return `${plan.title} (archived, read-only)`;
  if (plan.status === "Draft") return `${plan.title} (being set up)`;
  return plan.title;
}

/** The picker's value for "the current plans" rather than one plan. */
export const CURRENT_PLANS = "current" as const;
export type PlanChoice = number | typeof CURRENT_PLANS;

/**
 * Which plan to look at: a labelled native select (keyboard and screen reader behave as everywhere
 * else), listing the plans given in that order. With `currentLabel`, its first choice is "the current
 * plans" rather than one plan (Home shows every current plan's boards).
 */
export function PlanPicker({
  plans,
  value,
  onChange,
  label = "Plan",
  hint,
  currentLabel,
  className,
}: {
  plans: readonly Pick<Plan, "id" | "title" | "status">[];
  value: PlanChoice;
  onChange: (choice: PlanChoice) => void;
  label?: string;
  hint?: string;
  currentLabel?: string;
  className?: string;
}) {
  return (
    <Field label={label} hint={hint} className={className}>
      <FieldSelect
        value={String(value)}
        onChange={(_, d) => onChange(d.value === CURRENT_PLANS ? CURRENT_PLANS : Number(d.value))}
      >
        {currentLabel !== undefined && <option value={CURRENT_PLANS}>{currentLabel}</option>}
        {plans.map((p) => (
          <option key={p.id} value={String(p.id)}>
            {planChoiceLabel(p)}
          </option>
        ))}
      </FieldSelect>
    </Field>
  );
}
