import { useQuery } from "@tanstack/react-query";
import { useServices, type Services } from "../../app/services";
import { listBoardActions } from "../../data/sharepoint/actions";
import { listReportingCalendar } from "../../data/sharepoint/calendar";
import { listBoardReports } from "../../data/sharepoint/reports";
import { listBoardRisks } from "../../data/sharepoint/risks";
import { toDataError } from "../../data/errors";
import type { Action, Programme } from "../../domain/types";
import type { Risk } from "../../domain/risks";

export const reportKeys = {
  board: (boardId: number) => ["reports", "board", boardId] as const,
  calendar: (planId: number) => ["reports", "calendar", planId] as const,
};

/** A board's highlight reports and the Executive's decisions on them. */
export function useBoardReports(boardId: number, enabled = true) {
  const { sp } = useServices();
  return useQuery({
    queryKey: reportKeys.board(boardId),
    queryFn: () => listBoardReports(sp, boardId),
    enabled,
  });
}

/** The plan's reporting calendar (when reports are due); it changes once a year. */
export function useReportingCalendar(planId: number | undefined, enabled = true) {
  const { sp } = useServices();
  return useQuery({
    queryKey: reportKeys.calendar(planId ?? 0),
    queryFn: () => listReportingCalendar(sp, planId ?? 0),
    enabled: enabled && planId !== undefined,
    staleTime: 10 * 60_000,
  });
}

/** What a draft is made from: the actions and risks of every board delivering the programme. */
export interface DraftSources {
  actions: Action[];
  risks: Risk[];
  /** Boards whose register SharePoint would not show (a co-delivering board the chair cannot read). */
  unreadable: number[];
}

/**
 * Read only when the chair asks for a draft. SharePoint trims what the chair cannot read: a
 * co-delivering board's actions they may not see simply do not arrive, and the draft says whose counted.
 */
export async function loadDraftSources(
  sp: Services["sp"],
  programme: Pick<Programme, "id" | "boardIds">,
): Promise<DraftSources> {
  const unreadable: number[] = [];
  const trimmed = <T>(b: number, read: Promise<T[]>): Promise<T[]> =>
    read.catch((e: unknown) => {
      if (toDataError(e).kind !== "access") throw toDataError(e);
      if (!unreadable.includes(b)) unreadable.push(b);
      return [];
    });
  const [actions, risks] = await Promise.all([
    Promise.all(programme.boardIds.map((b) => trimmed(b, listBoardActions(sp, b)))),
    Promise.all(programme.boardIds.map((b) => trimmed(b, listBoardRisks(sp, b)))),
  ]);
  return { actions: actions.flat(), risks: risks.flat(), unreadable };
}
