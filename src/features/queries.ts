import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useServices, type Services } from "../app/services";
import { listActionVersions } from "../data/sharepoint/actionVersions";
import { historyFromVersions, historyNames } from "../domain/history";
import { getAction, listActionsOwnedBy } from "../data/sharepoint/actions";
import { loadBoardHome } from "../data/sharepoint/boardHome";
import { listBoards } from "../data/sharepoint/boards";
import { listProgrammes } from "../data/sharepoint/programmes";
import { listPlans } from "../data/sharepoint/plans";
import { getCurrentSiteUser } from "../data/sharepoint/siteUsers";
import { loadBoardPeople } from "../data/graph/boardPeople";
import { listBoardMeetings } from "../data/sharepoint/meetings";
import { loadViewer } from "../data/graph/viewer";
import { canEditBoard as canEditBoardRule } from "../domain/boardPeople";

export const keys = {
  viewer: ["viewer"] as const,
  plans: ["plans"] as const,
  boards: ["boards"] as const,
  programmes: ["programmes"] as const,
  boardHome: (id: number) => ["boardHome", id] as const,
  boardPeople: (groupId: string) => ["boardPeople", groupId] as const,
  action: (id: number) => ["action", id] as const,
  history: (id: number) => ["history", id] as const,
  myActions: ["myActions"] as const,
  siteMe: ["siteMe"] as const,
  boardMeetings: (boardId: number) => ["boardMeetings", boardId] as const,
};

export function useViewer() {
  const { graph } = useServices();
  return useQuery({ queryKey: keys.viewer, queryFn: () => loadViewer(graph), staleTime: 5 * 60_000 });
}

/** Every plan, newest first: the current one, drafts being set up, archived ones people may look at. */
export function usePlans() {
  const { sp } = useServices();
  return useQuery({ queryKey: keys.plans, queryFn: () => listPlans(sp), staleTime: 5 * 60_000 });
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

/**
 * The action's history, from its SharePoint versions: every change, made
 * anywhere, with who and when (see docs/HISTORY.md). Boards and programmes
 * come from the cache when the page already has them, to name moves.
 */
export function useHistory(actionId: number) {
  const { sp } = useServices();
  const client = useQueryClient();
  return useQuery({
    queryKey: keys.history(actionId),
    queryFn: async () => {
      const [versions, boards, programmes] = await Promise.all([
        listActionVersions(sp, actionId),
        client.ensureQueryData({ queryKey: keys.boards, queryFn: () => listBoards(sp) }).catch(() => []),
        client
          .ensureQueryData({ queryKey: keys.programmes, queryFn: () => listProgrammes(sp) })
          .catch(() => []),
      ]);
      return {
        entries: historyFromVersions(versions, historyNames(boards, programmes)),
        first: versions[0]?.values,
      };
    },
  });
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

/**
 * A hint for the UI only: SharePoint's folder permissions are what actually refuse a write.
 * The board's members and owners may edit (see `canEditBoard` in domain/boardPeople).
 */
export const canEditBoard = canEditBoardRule;

/** A board's meetings as the Meetings list holds them, latest first (the Meetings page). */
export function useBoardMeetings(boardId: number) {
  const { sp } = useServices();
  return useQuery({ queryKey: keys.boardMeetings(boardId), queryFn: () => listBoardMeetings(sp, boardId) });
}
