import type { Plan } from "../../../domain/types";

/** Placeholder until this section lands (issue 9). */
export function RolloverPanel({ plan }: { plan: Plan }) {
  return <p>{plan.title}</p>;
}
