import type { SPFI } from "@pnp/sp";
import type { Action, ActionChange } from "../../domain/types";
import { appendHistory } from "./actionUpdates";

/**
 * History entries whose action change was saved but whose own write failed.
 * They wait in this browser's storage and are written later with the same
 * client id, so a retry can never write one twice. History is never lost.
 */
export interface PendingHistory {
  folder: string;
  before: Action;
  after: ActionChange;
  clientId: string;
}

const KEY = "tb.history-outbox";

function read(): PendingHistory[] {
  try {
    const raw = window.localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as PendingHistory[]) : [];
  } catch {
    return [];
  }
}

function write(entries: PendingHistory[]): void {
  try {
    if (entries.length === 0) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    /* storage blocked: the entry stays in memory for this session only */
  }
}

export function queueHistory(entry: PendingHistory): void {
  write([...read().filter((e) => e.clientId !== entry.clientId), entry]);
}

export const pendingHistoryCount = (): number => read().length;

/** Writes what is waiting; keeps what still fails. Returns how many were written. */
export async function flushHistoryOutbox(sp: SPFI, siteUrl: string): Promise<number> {
  let written = 0;
  for (const entry of read()) {
    try {
      await appendHistory(sp, siteUrl, entry.folder, entry.before, entry.after, entry.clientId);
      write(read().filter((e) => e.clientId !== entry.clientId));
      written += 1;
    } catch {
      /* still unreachable or refused: try again next time */
    }
  }
  return written;
}
