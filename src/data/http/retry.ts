/**
 * One retry policy for SharePoint and Graph: honour Retry-After (seconds or an
 * HTTP date), back off with jitter when it is missing, cap the attempts, and
 * tell the UI while we wait so it can say "retrying" instead of looking stuck.
 */
export interface RetryNotice {
  service: "SharePoint" | "Microsoft Graph";
  attempt: number;
  /** Milliseconds until the next attempt. */
  waitMs: number;
  reason: string;
}

type Listener = (notice: RetryNotice | null) => void;
const listeners = new Set<Listener>();

export function onRetry(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const announce = (notice: RetryNotice | null): void => listeners.forEach((l) => l(notice));

export const RETRYABLE = new Set([429, 503, 504]);
export const MAX_ATTEMPTS = 4;
const BASE_DELAY_MS = 500;
/**
 * A throttled service (429) wants fewer requests, and retrying too soon makes
 * the block longer; when the page cannot read Retry-After (Graph and, as far as
 * documented, SharePoint do not expose it to another origin) back off from 2 s.
 * https://learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
 */
const THROTTLED_BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 30_000;

export function retryDelayMs(
  retryAfter: string | null,
  attempt: number,
  random: () => number = Math.random,
  status?: number,
): number {
  if (retryAfter !== null && retryAfter.trim() !== "") {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.min(Math.max(0, seconds * 1000), MAX_DELAY_MS);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.min(Math.max(0, at - Date.now()), MAX_DELAY_MS);
  }
  const base = status === 429 ? THROTTLED_BASE_DELAY_MS : BASE_DELAY_MS;
  const exponential = base * 2 ** (attempt - 1);
  return Math.min(exponential / 2 + random() * (exponential / 2), MAX_DELAY_MS);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `send` until it answers with something other than a throttle or outage, or attempts run out. */
export async function sendWithRetry(
  service: RetryNotice["service"],
  send: () => Promise<Response>,
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let response: Response | null = null;
    let failure: unknown = null;
    try {
      response = await send();
    } catch (e) {
      if (e instanceof DOMException && e.name === "AbortError") throw e;
      failure = e;
    }
    if (response && !RETRYABLE.has(response.status)) {
      if (attempt > 1) announce(null);
      return response;
    }
    if (attempt >= MAX_ATTEMPTS) {
      announce(null);
      if (response) return response;
      throw failure instanceof Error ? failure : new Error(String(failure));
    }
    const waitMs = retryDelayMs(
      response?.headers.get("Retry-After") ?? null,
      attempt,
      Math.random,
      response?.status,
    );
    announce({
      service,
      attempt,
      waitMs,
      reason: response ? (response.status === 429 ? "busy" : "unavailable") : "unreachable",
    });
    await sleep(waitMs);
  }
}
