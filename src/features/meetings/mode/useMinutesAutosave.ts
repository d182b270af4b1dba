import { useEffect, useRef, useState } from "react";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import { saveMeetingItem, type MeetingItem } from "../../../data/sharepoint/minutes";
import { useRecordWriter } from "../useMeetingRecord";

/** The longest minutes an item takes (issue 7's figure for a multiple-lines-of-text column; not enforced by the emulator). */
export const MINUTES_MAX = 63_999;
/** A save goes this long after the last keystroke: a burst of typing is one request. */
export const AUTOSAVE_QUIET_MS = 1500;
/** …and at least this often while someone types without a pause, so little is ever unsaved. */
export const AUTOSAVE_MAX_WAIT_MS = 10_000;

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; message: string }
  | { kind: "tooLong" };

/** The server's version the draft was started from: its ETag, and its text. */
interface Base {
  etag: string;
  text: string;
}

/** A list item's ETag is `"3"` (the item's version); a file's `"{guid},3"`. The version, or null. */
const versionOf = (etag: string): number | null => {
  const m = /(\d+)"?\s*$/.exec(etag);
  return m ? Number(m[1]) : null;
};

/**
 * Whether `etag` is a later version than `than`. A refresh that left before a save and came back
 * after it carries the older version: that must not replace what was just saved.
 */
export const isNewer = (etag: string, than: string): boolean => {
  const a = versionOf(etag);
  const b = versionOf(than);
  return a !== null && b !== null ? a > b : etag !== than;
};

/**
 * What the chair typed and has not yet saved, per item, for this browser tab: a save that fails after
 * the editor has gone (moving to another item, ending the meeting) or a reload keeps the text.
 */
const storeKey = (itemId: number): string => `tb.minutesDraft.${itemId}`;
interface Stored {
  text: string;
  base: Base;
}
function readStored(itemId: number): Stored | null {
  try {
    const raw = window.sessionStorage.getItem(storeKey(itemId));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Stored>;
    return typeof v.text === "string" && typeof v.base?.etag === "string" && typeof v.base.text === "string"
      ? { text: v.text, base: v.base }
      : null;
  } catch {
    return null;
  }
}
function writeStored(itemId: number, value: Stored | null): void {
  try {
    if (value === null || value.text === value.base.text) window.sessionStorage.removeItem(storeKey(itemId));
    else window.sessionStorage.setItem(storeKey(itemId), JSON.stringify(value));
  } catch {
    // Storage full or switched off: the draft stays in the box, which is what matters.
  }
}

/**
 * An agenda item's minutes as the chair types them, saved by themselves:
 * - a burst of typing is ONE save, AUTOSAVE_QUIET_MS after the last keystroke (at most
 *   AUTOSAVE_MAX_WAIT_MS apart while typing goes on), and on `flush` (leaving the box, moving on);
 * - at most one save in flight; what is typed meanwhile is sent by one follow-up save;
 * - every save sends the ETag of the version the text was based on: if someone else saved in between,
 *   the answer is a clash — nothing is overwritten, the chair's text stays in the box;
 * - the record is read again every few seconds while the meeting runs: the server's text replaces the
 *   box only when the box has nothing unsaved.
 */
export function useMinutesAutosave(item: MeetingItem) {
  const { sp } = useServices();
  const writer = useRecordWriter(item.meetingId);
  const [initial] = useState(() => {
    const stored = readStored(item.id);
    return stored && stored.text !== item.minutes
      ? stored
      : { text: item.minutes, base: { etag: item.etag, text: item.minutes } };
  });
  const [draft, setDraftState] = useState(initial.text);
  const [base, setBaseState] = useState<Base>(initial.base);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [clash, setClashState] = useState(false);

  const draftRef = useRef(initial.text);
  const baseRef = useRef<Base>(initial.base);
  const clashRef = useRef(false);
  const inFlight = useRef(false);
  const followUp = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsavedSince = useRef<number | null>(null);
  const flushRef = useRef<() => void>(() => undefined);

  const setBase = (b: Base): void => {
    baseRef.current = b;
    setBaseState(b);
  };
  const setDraft = (text: string): void => {
    draftRef.current = text;
    setDraftState(text);
  };
  const setClash = (on: boolean): void => {
    clashRef.current = on;
    setClashState(on);
  };
  const clearTimer = (): void => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  const itemId = item.id;
  const flush = (): void => {
    clearTimer();
    if (clashRef.current) return;
    const text = draftRef.current;
    if (text === baseRef.current.text) return;
    if (text.length > MINUTES_MAX) {
      setStatus({ kind: "tooLong" });
      return;
    }
    if (inFlight.current) {
      followUp.current = true;
      return;
    }
    inFlight.current = true;
    unsavedSince.current = null;
    setStatus({ kind: "saving" });
    saveMeetingItem(sp, { id: itemId, etag: baseRef.current.etag }, { minutes: text })
      .then((saved) => {
        // The text sent is the base from now on (not the echo, which SharePoint may normalise).
        setBase({ etag: saved.etag, text });
        writer.item(saved);
        writeStored(itemId, { text: draftRef.current, base: baseRef.current });
        setStatus({ kind: "saved", at: saved.modified });
      })
      .catch((e: unknown) => {
        const failure = toDataError(e);
        if (failure.kind === "conflict") {
          setClash(true);
          setStatus({ kind: "idle" });
          // Read the record again: their version (text, editor, ETag) arrives through `item`.
          void writer.refresh();
        } else {
          setStatus({ kind: "failed", message: failure.message });
        }
      })
      .finally(() => {
        inFlight.current = false;
        if (followUp.current && !clashRef.current) {
          followUp.current = false;
          flushRef.current();
        }
      });
  };
  flushRef.current = flush;

  const schedule = (): void => {
    clearTimer();
    const now = Date.now();
    unsavedSince.current ??= now;
    const wait = Math.min(AUTOSAVE_QUIET_MS, Math.max(0, unsavedSince.current + AUTOSAVE_MAX_WAIT_MS - now));
    timer.current = setTimeout(() => flushRef.current(), wait);
  };

  const change = (text: string): void => {
    setDraft(text);
    writeStored(itemId, { text, base: baseRef.current });
    if (clashRef.current) return;
    if (text.length > MINUTES_MAX) {
      clearTimer();
      setStatus({ kind: "tooLong" });
      return;
    }
    setStatus((s) => (s.kind === "tooLong" ? { kind: "idle" } : s));
    schedule();
  };

  // A refreshed record: take the server's text only when nothing typed here is unsaved.
  useEffect(() => {
    if (inFlight.current || clashRef.current) return;
    if (draftRef.current !== baseRef.current.text) return;
    if (!isNewer(item.etag, baseRef.current.etag)) return;
    setBase({ etag: item.etag, text: item.minutes });
    setDraft(item.minutes);
  }, [item.etag, item.minutes]);

  // Text restored from this tab's storage goes out as soon as the editor opens.
  useEffect(() => {
    if (draftRef.current !== baseRef.current.text) flushRef.current();
  }, []);

  // Leaving the item (another item, the meeting ended): what is unsaved is sent now.
  useEffect(
    () => () => {
      clearTimer();
      if (draftRef.current === baseRef.current.text || clashRef.current) return;
      if (inFlight.current) followUp.current = true;
      else flushRef.current();
    },
    [],
  );

  /** Their version is in: keep mine on top of it (a save with their ETag), or take theirs. */
  const theirsLoaded = clash && isNewer(item.etag, base.etag);

  // Their version says what the box says (often this tab's own save, answered after the editor was
  // reopened): there is nothing to choose between.
  useEffect(() => {
    if (!theirsLoaded || item.minutes !== draftRef.current) return;
    setBase({ etag: item.etag, text: item.minutes });
    writeStored(itemId, null);
    setClash(false);
    setStatus({ kind: "saved", at: item.modified });
  });
  const keepMine = (): void => {
    setBase({ etag: item.etag, text: item.minutes });
    setClash(false);
    flushRef.current();
  };
  const takeTheirs = (): void => {
    setBase({ etag: item.etag, text: item.minutes });
    setDraft(item.minutes);
    writeStored(itemId, null);
    setClash(false);
    setStatus({ kind: "idle" });
  };

  return {
    draft,
    dirty: draft !== base.text,
    status,
    clash,
    theirsLoaded,
    change,
    flush,
    keepMine,
    takeTheirs,
  };
}
