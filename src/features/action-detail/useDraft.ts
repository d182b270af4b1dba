import { useCallback, useEffect, useState } from "react";
import type { ActionChange } from "../../domain/types";

interface Stored {
  change: ActionChange;
  /** Re-used on every try of the same draft, so a retried save never writes history twice. */
  clientId: string;
}

const keyFor = (actionId: number): string => `tb.draft.action.${actionId}`;

function read(actionId: number): Stored | null {
  try {
    const raw = window.sessionStorage.getItem(keyFor(actionId));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

/** The person's unsaved update, kept in this tab's session so a failed save or a reload loses nothing. */
export function useDraft(actionId: number, initial: () => ActionChange) {
  const [restored] = useState(() => read(actionId) !== null);
  const [stored, setStored] = useState<Stored>(
    () => read(actionId) ?? { change: initial(), clientId: crypto.randomUUID() },
  );
  useEffect(() => {
    try {
      window.sessionStorage.setItem(keyFor(actionId), JSON.stringify(stored));
    } catch {
      /* storage full or blocked: the draft still lives in memory */
    }
  }, [actionId, stored]);
  const update = useCallback(
    (patch: Partial<ActionChange>) => setStored((s) => ({ ...s, change: { ...s.change, ...patch } })),
    [],
  );
  const replace = useCallback((change: ActionChange) => setStored((s) => ({ ...s, change })), []);
  const reset = useCallback(
    (change: ActionChange) => {
      window.sessionStorage.removeItem(keyFor(actionId));
      setStored({ change, clientId: crypto.randomUUID() });
    },
    [actionId],
  );
  return { change: stored.change, clientId: stored.clientId, update, replace, reset, restored };
}
