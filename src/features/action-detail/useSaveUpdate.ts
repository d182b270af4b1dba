import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useServices } from "../../app/services";
import { appendHistory } from "../../data/sharepoint/actionUpdates";
import { applyActionChange, normaliseChange } from "../../data/sharepoint/actions";
import { flushHistoryOutbox, queueHistory } from "../../data/sharepoint/historyOutbox";
import { toDataError } from "../../data/errors";
import type { Action, ActionChange, Board, Person } from "../../domain/types";
import { keys } from "../queries";

export interface SaveResult {
  updated: Action;
  /** The action is saved but its history entry could not be written yet. */
  historyPending: boolean;
}

export interface SaveInput {
  action: Action;
  change: ActionChange;
  clientId: string;
}

/**
 * Saves an update: the action first (with the ETag read, so a clash is caught),
 * then its history entry in the board's folder. On a clash it re-reads the
 * action so the person can see what changed.
 */
export function useSaveUpdate(board: Board, me: Person) {
  const { sp, siteUrl, now } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, change, clientId }: SaveInput): Promise<SaveResult> => {
      const updated = await applyActionChange(sp, action, change, me, now());
      const after = normaliseChange(change);
      try {
        await appendHistory(sp, siteUrl, board.folder, action, after, clientId);
      } catch {
        // The change itself is saved; its history entry waits and is written later, exactly once.
        queueHistory({ folder: board.folder, before: action, after, clientId });
        return { updated, historyPending: true };
      }
      await flushHistoryOutbox(sp, siteUrl);
      return { updated, historyPending: false };
    },
    onSuccess: async ({ updated }) => {
      client.setQueryData(keys.action(updated.id), updated);
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.boardHome(board.id) }),
        client.invalidateQueries({ queryKey: keys.history(updated.id) }),
        client.invalidateQueries({ queryKey: keys.myActions }),
      ]);
    },
    onError: async (error, { action }) => {
      if (toDataError(error).kind !== "conflict") return;
      // Someone saved in between: show their entry in the history too. The form re-reads the action itself.
      await client.invalidateQueries({ queryKey: keys.history(action.id) });
    },
  });
}
