import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { DataError, toDataError } from "../errors";

/** Graph answers at most 20 requests per JSON batch. */
export const GRAPH_BATCH_LIMIT = 20;

const BatchResponse = z.object({
  responses: z.array(z.object({ id: z.string(), status: z.number(), body: z.unknown().optional() })),
});

/**
 * GETs several Graph URLs in one round trip per 20. Each answer is checked on
 * its own: a part can fail (or be throttled) while the others succeed.
 */
export async function graphBatchGet(
  client: Client,
  urls: Record<string, string>,
): Promise<Record<string, unknown>> {
  const entries = Object.entries(urls);
  const out: Record<string, unknown> = {};
  for (let i = 0; i < entries.length; i += GRAPH_BATCH_LIMIT) {
    const chunk = entries.slice(i, i + GRAPH_BATCH_LIMIT);
    const raw: unknown = await client
      .api("/$batch")
      .post({ requests: chunk.map(([id, url]) => ({ id, method: "GET", url })) });
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
