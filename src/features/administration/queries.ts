import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useServices, type Services } from "../../app/services";
import { listDirectoryGroups, listGroupPeople, listTeamChannels } from "../../data/graph/directory";
import { toDataError, type FailureKind } from "../../data/errors";
import { listReportingCalendar } from "../../data/sharepoint/calendar";
import { keys, useViewer } from "../queries";

export const adminKeys = {
  calendar: (planId: number) => ["admin", "calendar", planId] as const,
  directoryGroups: ["admin", "directoryGroups"] as const,
  teamChannels: (teamId: string) => ["admin", "teamChannels", teamId] as const,
  groupPeople: (groupId: string) => ["admin", "groupPeople", groupId] as const,
};

/** The highlight-report pages keep their own copy of a plan's calendar (features/reports/useReports.ts). */
const REPORTS_CALENDAR = (planId: number) => ["reports", "calendar", planId] as const;

/**
 * Whether the signed-in person is a plan administrator: a hint for what to show, nothing more —
 * SharePoint refuses everyone else's writes to the plan lists (site-level Read). Undefined while the
 * viewer is loading. With no administrators group configured, nobody is turned away here.
 */
export function useIsAdministrator(): {
  isAdministrator: boolean | undefined;
  viewer: ReturnType<typeof useViewer>;
} {
  const { roles } = useServices();
  const viewer = useViewer();
  const id = roles.administratorsGroupId;
  const isAdministrator = viewer.data ? id === "" || viewer.data.groupIds.includes(id) : undefined;
  return { isAdministrator, viewer };
}

export function useReportingCalendar(planId: number) {
  const { sp } = useServices();
  return useQuery({ queryKey: adminKeys.calendar(planId), queryFn: () => listReportingCalendar(sp, planId) });
}

/** Microsoft 365 groups the administrator can see, to link a board to (never typed as ids). */
export function useDirectoryGroups() {
  const { graph } = useServices();
  return useQuery({
    queryKey: adminKeys.directoryGroups,
    queryFn: () => listDirectoryGroups(graph),
    staleTime: 5 * 60_000,
  });
}

export function useTeamChannels(teamId: string | undefined) {
  const { graph } = useServices();
  return useQuery({
    queryKey: adminKeys.teamChannels(teamId ?? ""),
    queryFn: () => listTeamChannels(graph, teamId ?? ""),
    enabled: teamId !== undefined && teamId !== "",
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useGroupPeople(groupId: string | undefined) {
  const { graph } = useServices();
  return useQuery({
    queryKey: adminKeys.groupPeople(groupId ?? ""),
    queryFn: () => listGroupPeople(graph, groupId ?? ""),
    enabled: groupId !== undefined && groupId !== "",
    staleTime: 5 * 60_000,
  });
}

/** After any change to a plan's shape: every page that shows plans, boards or programmes reads again. */
export async function invalidatePlanShape(client: QueryClient, planId?: number): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: keys.plans }),
    client.invalidateQueries({ queryKey: keys.boards }),
    client.invalidateQueries({ queryKey: keys.programmes }),
    ...(planId === undefined
      ? []
      : [
          client.invalidateQueries({ queryKey: adminKeys.calendar(planId) }),
          client.invalidateQueries({ queryKey: REPORTS_CALENDAR(planId) }),
        ]),
  ]);
}

/** Why a save did not happen, in words; whether trying again could help; whether to reload first. */
export interface AdminProblem {
  kind: FailureKind;
  title: string;
  text: string;
  retry: boolean;
  reload: boolean;
}

export function explainAdminFailure(e: unknown, what: string): AdminProblem {
  const failure = toDataError(e);
  switch (failure.kind) {
    case "conflict":
      return {
        kind: "conflict",
        title: `Someone else changed ${what} while you were working on it.`,
        text: "Nothing of yours was saved, and what you entered is kept here. Reload to see their change, then save again.",
        retry: false,
        reload: true,
      };
    case "access":
      return {
        kind: "access",
        title: "SharePoint did not let you make this change.",
        text: "Only plan administrators can change plans, programmes, boards and the reporting calendar. What you entered is kept here.",
        retry: false,
        reload: false,
      };
    default:
      return {
        kind: failure.kind,
        title: `We couldn't save ${what}.`,
        text: `${failure.message} What you entered is kept here.`,
        retry: true,
        reload: false,
      };
  }
}

/**
 * One administrator's write: runs it, then refreshes what shows the plan's shape; on failure keeps
 * the problem (the form keeps its content) until the next try.
 */
export function useAdminWrite<V, R>(
  write: (services: Services, input: V) => Promise<R>,
  what: string,
  planId?: number,
) {
  const services = useServices();
  const client = useQueryClient();
  const [problem, setProblem] = useState<AdminProblem | null>(null);
  const mutation = useMutation({
    mutationFn: (input: V) => write(services, input),
    onSettled: () => invalidatePlanShape(client, planId),
  });
  /** The write's result, or undefined when it failed (the problem says why). */
  const run = async (input: V): Promise<R | undefined> => {
    setProblem(null);
    try {
      return await mutation.mutateAsync(input);
    } catch (e) {
      setProblem(explainAdminFailure(e, what));
      return undefined;
    }
  };
  const reload = async (): Promise<void> => {
    setProblem(null);
    await invalidatePlanShape(client, planId);
  };
  return { run, saving: mutation.isPending, problem, clear: () => setProblem(null), reload };
}
