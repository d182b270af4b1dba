import type { SimpleResponse } from "./http";
import { json, reason } from "./http";

/**
 * Fault injection a test (or the workbench) can switch on: throttling,
 * outages, dropped connections and latency, per service.
 */
export type Service = "sharepoint" | "graph";

export interface FaultRule {
  service: Service;
  /**
   * 429 and 503 carry Retry-After; "drop" closes the connection before the
   * request is handled, "drop-after" once it has been (the write happened but
   * the client never heard).
   */
  kind: 429 | 503 | 500 | "drop" | "drop-after";
  /** How many matching requests fail before the rule is used up. */
  times: number;
  /** Seconds, sent as Retry-After; omit to send none. */
  retryAfter?: number;
  /** Only requests whose "METHOD url" contains this text. */
  match?: string;
  /** Fail individual parts inside a $batch instead of whole requests. */
  inBatchParts?: boolean;
}

export class Faults {
  private rules: FaultRule[] = [];
  latencyMs = 0;

  add(rule: FaultRule): void {
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.rules = [];
    this.latencyMs = 0;
  }

  list(): readonly FaultRule[] {
    return this.rules.filter((r) => r.times > 0);
  }

  /** Takes one use of the first rule that matches this request, if any. */
  take(service: Service, method: string, url: string, inBatchPart: boolean): FaultRule | undefined {
    const target = `${method.toUpperCase()} ${url}`;
    const rule = this.rules.find(
      (r) =>
        r.service === service &&
        r.times > 0 &&
        (r.inBatchParts === true) === inBatchPart &&
        (r.match === undefined || target.includes(r.match)),
    );
    if (rule) rule.times -= 1;
    return rule;
  }
}

/** The error a throttled or failing service answers with. */
export function faultResponse(service: Service, rule: FaultRule): SimpleResponse {
  const status = typeof rule.kind === "number" ? rule.kind : 503;
  const headers: Record<string, string> =
    rule.retryAfter === undefined ? {} : { "Retry-After": String(rule.retryAfter) };
  const message =
    status === 429
      ? "The request has been throttled. Retry after the time in Retry-After."
      : `${reason(status)}.`;
  if (service === "graph") {
    return json(
      status,
      { error: { code: status === 429 ? "TooManyRequests" : "ServiceUnavailable", message } },
      { ...headers, "Content-Type": "application/json" },
    );
  }
  return json(
    status,
    {
      "odata.error": {
        code: "-2147024891, Microsoft.SharePoint.SPRequestLimitException",
        message: { lang: "en-US", value: message },
      },
    },
    headers,
  );
}
