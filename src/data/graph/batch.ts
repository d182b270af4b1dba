import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { DataError, toDataError } from "../errors";

/** Graph answers at most 20 requests per JSON batch (https://learn.microsoft.com/graph/json-batching). */
export const GRAPH_BATCH_LIMIT = 20;

/**
 * The headers of an advanced directory query (an OData cast on memberOf / transitiveMemberOf, $count,
 * $search…), which also needs `$count=true` in its URL (https://learn.microsoft.com/graph/aad-advanced-queries).
 * Inside a JSON batch they go on the request's own `headers`, not on the batch's.
 */
export const ADVANCED_QUERY_HEADERS: Readonly<Record<string, string>> = { ConsistencyLevel: "eventual" };

/** One GET of a batch: a URL relative to the version root, and the headers that request alone needs. */
export interface BatchGet {
  url: string;
  headers?: Readonly<Record<string, string>>;
}

const BatchResponse = z.object({
  responses: z.array(z.object({ id: z.string(), status: z.number(), body: z.unknown().optional() })),
});

/**
 * GETs several Graph URLs in one round trip per 20. Each answer is checked on
 * its own: a part can fail (or be throttled) while the others succeed.
 * The keys are the requests' ids, so they are unique, as Graph requires.
 */
export async function graphBatchGet(
  client: Client,
  urls: Record<string, string | BatchGet>,
): Promise<Record<string, unknown>> {
  const entries = Object.entries(urls).map(([id, get]): [string, BatchGet] => [
    id,
    typeof get === "string" ? { url: get } : get,
  ]);
  const out: Record<string, unknown> = {};
  for (let i = 0; i < entries.length; i += GRAPH_BATCH_LIMIT) {
    const chunk = entries.slice(i, i + GRAPH_BATCH_LIMIT);
    const raw: unknown = await client.api("/$batch").post({
      requests: chunk.map(([id, get]) => ({
        id,
        method: "GET",
        url: get.url,
        ...(get.headers ? { headers: { ...get.headers } } : {}),
      })),
    });
    const parsed = BatchResponse.parse(raw);
    for (const [id] of chunk) {
      const part = parsed.responses.find((r) => r.id === id);
      if (!part) throw new DataError("unknown", `Microsoft Graph did not answer part ${id} of a batch.`);
      if (part.status >= 400)
        throw toDataError({ status: part.status, message: JSON.stringify(part.body ?? {}) });
      out[id] = part.body;
    }
  }
  return out;
}
