import { useQuery, type QueryClient } from "@tanstack/react-query";
import { useServices, type Services } from "../app/services";
import { listActionHistory } from "../data/sharepoint/actionUpdates";
import { getAction, listActionsOwnedBy } from "../data/sharepoint/actions";
import { loadBoardHome } from "../data/sharepoint/boardHome";
import { listBoards } from "../data/sharepoint/boards";
import { listProgrammes } from "../data/sharepoint/programmes";
import { getCurrentSiteUser } from "../data/sharepoint/siteUsers";
import { loadBoardPeople } from "../data/graph/boardPeople";
import { loadViewer } from "../data/graph/viewer";
import type { Board, Viewer } from "../domain/types";

export const keys = {
  viewer: ["viewer"] as const,
  boards: ["boards"] as const,
  programmes: ["programmes"] as const,
  boardHome: (id: number) => ["boardHome", id] as const,
  boardPeople: (groupId: string) => ["boardPeople", groupId] as const,
  action: (id: number) => ["action", id] as const,
  history: (id: number) => ["history", id] as const,
  myActions: ["myActions"] as const,
  siteMe: ["siteMe"] as const,
};

export function useViewer() {
  const { graph } = useServices();
  return useQuery({ queryKey: keys.viewer, queryFn: () => loadViewer(graph), staleTime: 5 * 60_000 });
}

export function useBoards() {
  const { sp } = useServices();
  return useQuery({ queryKey: keys.boards, queryFn: () => listBoards(sp), staleTime: 5 * 60_000 });
}

export function useProgrammes() {
  const { sp } = useServices();
  return useQuery({ queryKey: keys.programmes, queryFn: () => listProgrammes(sp), staleTime: 5 * 60_000 });
}

export function useBoardHome(boardId: number) {
  const { sp } = useServices();
  return useQuery({ queryKey: keys.boardHome(boardId), queryFn: () => loadBoardHome(sp, boardId) });
}

export function useBoardPeople(groupId: string | undefined) {
  const { graph } = useServices();
  return useQuery({
    queryKey: keys.boardPeople(groupId ?? ""),
    queryFn: () => loadBoardPeople(graph, groupId ?? ""),
    enabled: groupId !== undefined,
    staleTime: 5 * 60_000,
  });
}

export function useAction(actionId: number) {
  const { sp } = useServices();
  return useQuery({ queryKey: keys.action(actionId), queryFn: () => getAction(sp, actionId) });
}

/** The action as SharePoint holds it now (after a 412), refreshing the cached copy in the same request. */
export function fetchCurrentAction(client: QueryClient, sp: Services["sp"], actionId: number) {
  return client.fetchQuery({
    queryKey: keys.action(actionId),
    queryFn: () => getAction(sp, actionId),
    staleTime: 0,
  });
}

export function useHistory(actionId: number) {
  const { sp } = useServices();
  return useQuery({ queryKey: keys.history(actionId), queryFn: () => listActionHistory(sp, actionId) });
}

export function useSiteMe() {
  const { sp } = useServices();
  return useQuery({ queryKey: keys.siteMe, queryFn: () => getCurrentSiteUser(sp), staleTime: Infinity });
}

export function useMyActions(siteUserId: number | undefined) {
  const { sp } = useServices();
  return useQuery({
    queryKey: keys.myActions,
    queryFn: () => listActionsOwnedBy(sp, siteUserId ?? 0),
    enabled: siteUserId !== undefined,
  });
}

/** A hint for the UI only: SharePoint's folder permissions are what actually refuse a write. */
export function canEditBoard(
  viewer: Viewer | undefined,
  board: Board | undefined,
  administratorsGroupId: string,
): boolean {
  if (!viewer || !board) return false;
  return (
    viewer.groupIds.includes(board.groupId) ||
    (administratorsGroupId !== "" && viewer.groupIds.includes(administratorsGroupId))
  );
}
