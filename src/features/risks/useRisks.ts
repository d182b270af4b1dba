import { useQuery } from "@tanstack/react-query";
import { useServices } from "../../app/services";
import { getBoard } from "../../data/sharepoint/boards";
import { listPlans } from "../../data/sharepoint/plans";
import { listProgrammes } from "../../data/sharepoint/programmes";
import { listBoardRisks, listRiskVersions, type RiskRecord } from "../../data/sharepoint/risks";
import { rescorings } from "../../domain/risks";
import type { Board, Plan, Programme } from "../../domain/types";

export const riskKeys = {
  register: (boardId: number) => ["risks", boardId] as const,
  history: (riskId: number) => ["riskHistory", riskId] as const,
};

export interface RiskRegisterData {
  board: Board;
  plan: Plan | null;
  /** The programmes the board delivers. */
  programmes: Programme[];
  risks: RiskRecord[];
}

/** The board, its programmes and its risks (SharePoint trims the risks of a board the person cannot read). */
export function useRiskRegister(boardId: number) {
  const { sp } = useServices();
  return useQuery({
    queryKey: riskKeys.register(boardId),
    queryFn: async (): Promise<RiskRegisterData> => {
      const [board, plans, programmes, risks] = await Promise.all([
        getBoard(sp, boardId),
        listPlans(sp),
        listProgrammes(sp),
        listBoardRisks(sp, boardId),
      ]);
      return {
        board,
        plan: plans.find((p) => p.id === board.planId) ?? null,
        programmes: programmes.filter((p) => p.boardIds.includes(board.id)),
        risks,
      };
    },
  });
}

/** Who rescored the risk, when, from what to what: read from its SharePoint versions on demand. */
export function useRiskHistory(riskId: number, enabled: boolean) {
  const { sp } = useServices();
  return useQuery({
    queryKey: riskKeys.history(riskId),
    queryFn: async () => rescorings(await listRiskVersions(sp, riskId)),
    enabled,
  });
}
