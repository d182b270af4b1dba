import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useServices } from "../../app/services";
import { saveExecutiveSummary } from "../../data/sharepoint/executiveSummaries";
import { readPlanRecord } from "../../data/sharepoint/planRecord";
import { listPlans } from "../../data/sharepoint/plans";
import { buildExecutiveRollup, type ExecutiveRollup, type PlanRecord } from "../../domain/executiveRollup";
import { calendarDayOf, quarterKey, quarterOf, type PlanQuarter } from "../../domain/quarters";
import type { Plan } from "../../domain/types";

export const rollupKeys = {
  plans: ["plans"] as const,
  rollup: (planId: number, quarter: PlanQuarter) => ["executiveRollup", planId, quarterKey(quarter)] as const,
};

export interface RollupData {
  record: PlanRecord;
  rollup: ExecutiveRollup;
}

/** The plans, newest first (a partnership has one every three years). */
export function usePlans() {
  const { sp } = useServices();
  return useQuery({ queryKey: rollupKeys.plans, queryFn: () => listPlans(sp), staleTime: 5 * 60_000 });
}

/** The plan the rollup opens on: the one asked for, else the active one, else the newest. */
export function choosePlan(plans: readonly Plan[], planId: number | undefined): Plan | null {
  if (planId !== undefined) return plans.find((p) => p.id === planId) ?? null;
  return plans.find((p) => p.status === "Active") ?? plans[0] ?? null;
}

/**
 * The quarter the rollup opens on: today's, when today falls in the plan's current year; else the
 * current year's last quarter once it has passed, or its first before it starts.
 */
export function defaultQuarter(plan: Plan, now: Date): PlanQuarter {
  const today = quarterOf(calendarDayOf(now));
  if (today.planYear === plan.currentYear) return today;
  return today.planYear > plan.currentYear
    ? { planYear: plan.currentYear, quarter: "Q4" }
    : { planYear: plan.currentYear, quarter: "Q1" };
}

/**
 * The Executive's rollup for a plan's quarter: the plan's record read from SharePoint (the Executive
 * Summaries list first, which SharePoint refuses to anyone but the Executive and plan administrators:
 * that refusal is the access rule, not a check here) and the view model built from it.
 */
export function useExecutiveRollup(planId: number | undefined, quarter: PlanQuarter | null) {
  const { sp, now } = useServices();
  return useQuery({
    queryKey: rollupKeys.rollup(planId ?? 0, quarter ?? { planYear: "", quarter: "Q1" }),
    enabled: planId !== undefined && quarter !== null,
    queryFn: async (): Promise<RollupData> => {
      const at = now();
      const record = await readPlanRecord(sp, { planId: planId!, quarter: quarter!, now: at });
      return { record, rollup: buildExecutiveRollup(record, quarter!, at) };
    },
  });
}

/** Saves the Executive's overall narrative with the ETag it was read with (a 412 says someone else saved). */
export function useSaveNarrative(planId: number, quarter: PlanQuarter) {
  const { sp } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      existing: { id: number; etag: string } | null;
      narrative: string;
      clientId: string;
    }) =>
      saveExecutiveSummary(
        sp,
        input.existing,
        { planId, quarter, narrative: input.narrative },
        input.clientId,
      ),
    onSuccess: (saved) => {
      client.setQueryData<RollupData>(rollupKeys.rollup(planId, quarter), (old) =>
        old
          ? {
              ...old,
              record: { ...old.record, narrative: { id: saved.id, etag: saved.etag, text: saved.narrative } },
            }
          : old,
      );
    },
  });
}
