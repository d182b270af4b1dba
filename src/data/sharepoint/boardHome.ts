import type { SPFI } from "@pnp/sp";
import type { Action, Board, Person, Plan, Programme } from "../../domain/types";
import { boardActionsPage, isFullPage, listBoardActions, toActions } from "./actions";
import { getBoard } from "./boards";
import { listPlans } from "./plans";
import { listProgrammes } from "./programmes";
import { getCurrentSiteUser } from "./siteUsers";

export interface BoardHomeData {
  board: Board;
  plan: Plan | null;
  /** The programmes this board delivers. */
  programmes: Programme[];
  actions: Action[];
  me: Person;
}

/**
 * Everything the board's first screen needs in one SharePoint $batch: the
 * board, plans, programmes, the board's actions and who I am on this site.
 */
export async function loadBoardHome(sp: SPFI, boardId: number): Promise<BoardHomeData> {
  const [batched, execute] = sp.batched();
  const board = getBoard(batched, boardId);
  const plans = listPlans(batched);
  const programmes = listProgrammes(batched);
  const firstPage = boardActionsPage(batched, boardId);
  const me = getCurrentSiteUser(batched);
  // Every part must be observed before execute() settles, or a failed part is an unhandled rejection.
  const settled = Promise.allSettled([board, plans, programmes, firstPage, me]);
  await execute();
  await settled;
  const [b, p, pr, rows, m] = await Promise.all([board, plans, programmes, firstPage, me]);
  const actions = isFullPage(rows) ? await listBoardActions(sp, boardId) : toActions(rows);
  return {
    board: b,
    plan: p.find((x) => x.id === b.planId) ?? null,
    programmes: pr.filter((x) => x.boardIds.includes(b.id)),
    actions,
    me: m,
  };
}
