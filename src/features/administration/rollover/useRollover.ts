import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useServices } from "../../../app/services";
import { DataError } from "../../../data/errors";
import { loadRolloverPreview, runRollover } from "../../../data/sharepoint/rollover";
import type { RolloverPreview } from "../../../domain/rollover";
import type { Plan } from "../../../domain/types";

export const rolloverKey = (planId: number) => ["admin", "rollover", planId] as const;

/** What a roll-over of the plan's current year would do, read fresh each time the section opens. */
export function useRolloverPreview(plan: Plan) {
  const { sp } = useServices();
  return useQuery({
    queryKey: rolloverKey(plan.id),
    queryFn: () => loadRolloverPreview(sp, plan),
    staleTime: 0,
  });
}

export interface RolloverProgress {
  done: number;
  total: number;
}

/**
 * Runs the roll-over with progress. Given no preview (running it again after a failure), it reads a
 * new one first: the actions already carried are skipped and the rest carry their current ETags.
 * Afterwards every cached query is stale — actions, board pages, plans, the rollup — so all are
 * invalidated, on success and on failure alike (a failed run may have carried some actions).
 */
export function useRunRollover(plan: Plan) {
  const { sp } = useServices();
  const client = useQueryClient();
  const [progress, setProgress] = useState<RolloverProgress | null>(null);
  const mutation = useMutation({
    mutationFn: async (given?: RolloverPreview) => {
      setProgress(given ? { done: 0, total: given.carry.length } : null);
      const preview = given ?? (await loadRolloverPreview(sp, plan));
      if (preview.problems.length > 0) throw new DataError("invalid", preview.problems.join(" "));
      return runRollover(sp, plan, preview, (done, total) => setProgress({ done, total }));
    },
    onSettled: () => {
      void client.invalidateQueries();
    },
  });
  return { ...mutation, progress };
}
