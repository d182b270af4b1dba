import { useQuery } from "@tanstack/react-query";
import { useServices } from "../../app/services";
import { getBoard } from "../../data/sharepoint/boards";
import { loadMeasures, type MeasuresData } from "../../data/sharepoint/measures";
import { listProgrammes } from "../../data/sharepoint/programmes";
import type { Board, Programme } from "../../domain/types";

export const measureKeys = {
  all: ["measures"] as const,
  board: (boardId: number) => ["measures", boardId] as const,
};

export interface BoardMeasuresData extends MeasuresData {
  board: Board;
  /** The programmes the board delivers. */
  programmes: Programme[];
}

/** The measures of the programmes a board delivers, and the plan-wide ones, with every period's figures. */
export function useBoardMeasures(boardId: number) {
  const { sp } = useServices();
  return useQuery({
    queryKey: measureKeys.board(boardId),
    queryFn: async (): Promise<BoardMeasuresData> => {
      const [board, all] = await Promise.all([getBoard(sp, boardId), listProgrammes(sp)]);
      const programmes = all.filter((p) => p.boardIds.includes(board.id));
      const data = await loadMeasures(
        sp,
        board.planId,
        programmes.map((p) => p.id),
      );
      return { ...data, board, programmes };
    },
  });
}
