import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useServices } from "../../app/services";
import { applyActionChange } from "../../data/sharepoint/actions";
import { toDataError } from "../../data/errors";
import type { Action, ActionChange, Board, Person } from "../../domain/types";
import { keys } from "../queries";

export interface SaveResult {
  updated: Action;
}

export interface SaveInput {
  action: Action;
  change: ActionChange;
  /** The draft's id: written with the save, so a save whose reply was lost is recognised as this one. */
  clientId: string;
}

/**
 * Saves an update: one write of the action, with the ETag read so a clash is
 * caught. Its history entry is the SharePoint version that write makes — there
 * is no second write that could fail or be forged. On a clash it re-reads the
 * history so the person can see what changed; the form re-reads the action.
 */
export function useSaveUpdate(board: Board, me: Person) {
  const { sp, now } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, change, clientId }: SaveInput): Promise<SaveResult> => ({
      updated: await applyActionChange(sp, action, change, me, now(), clientId),
    }),
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
      await client.invalidateQueries({ queryKey: keys.history(action.id) });
    },
  });
}
