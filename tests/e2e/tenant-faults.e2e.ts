/**
 * Every fault the emulated tenant offers, against the server `npm start` runs
 * (scripts/start.ts, here in its --dist form): each one reaches the client as
 * the real network or service would show it, and the next request is answered
 * — a fault must never take the server down. Also the CORS preflight, which
 * only a real server sees.
 */
import { beforeEach, describe, expect, test } from "vitest";
import type { FaultRule } from "../tenant/faults";
import {
  ACTIONS_LIST,
  baseUrl,
  graphBaseUrl,
  itemUrl,
  persona,
  resetTenant,
  siteUrl,
} from "./support/tenant";

const ACTION = 3;

beforeEach(async () => {
  await resetTenant();
});

async function addFault(rule: FaultRule | null, latencyMs?: number): Promise<void> {
  const res = await fetch(`${baseUrl()}/__tenant/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ rules: rule ? [rule] : [], ...(latencyMs === undefined ? {} : { latencyMs }) }),
  });
  expect(res.status).toBe(200);
}

async function auth(): Promise<Record<string, string>> {
  return { Authorization: `Bearer ${(await persona("administrator")).token}`, Accept: "application/json" };
}

const spWeb = async (): Promise<Response> =>
  fetch(`${siteUrl()}/_api/web/currentuser?$select=Id`, { headers: await auth() });
const graphMe = async (): Promise<Response> => fetch(`${graphBaseUrl()}v1.0/me`, { headers: await auth() });
const call = { sharepoint: spWeb, graph: graphMe } as const;

/** What the client saw: a status, or the network error fetch raises on a reset connection. */
async function outcome(send: () => Promise<Response>): Promise<number | "connection reset"> {
  try {
    return (await send()).status;
  } catch (e) {
    expect(e).toBeInstanceOf(TypeError); // fetch's "fetch failed" (cause: socket closed)
    return "connection reset";
  }
}

describe.each(["sharepoint", "graph"] as const)("%s", (service) => {
  test.each([
    [429, 429],
    [503, 503],
    [500, 500],
    ["drop", "connection reset"],
    ["drop-after", "connection reset"],
  ] as const)("fault %s reaches the client as %s, and the next request is answered", async (kind, seen) => {
    await addFault({ service, kind, times: 1, retryAfter: 2 });
    expect(await outcome(call[service])).toBe(seen);
    expect(await outcome(call[service])).toBe(200);
  });

  test("a throttle sends Retry-After to a client on the same terms as the real service", async () => {
    await addFault({ service, kind: 429, times: 1, retryAfter: 3 });
    const res = await call[service]();
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("3");
    expect((await call[service]()).status).toBe(200);
  });
});

test("latency delays answers and does not lose them", async () => {
  await addFault(null, 300);
  const started = Date.now();
  expect((await spWeb()).status).toBe(200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(250);
});

test("drop-after: the write happened although the client never heard; the server answers the re-read", async () => {
  const headers = await auth();
  const before = (await (await fetch(itemUrl(ACTIONS_LIST, ACTION), { headers })).json()) as {
    "odata.etag": string;
  };
  await addFault({ service: "sharepoint", kind: "drop-after", times: 1, match: "POST" });
  const merge = fetch(itemUrl(ACTIONS_LIST, ACTION), {
    method: "POST",
    headers: {
      ...headers,
      "Content-Type": "application/json",
      "X-HTTP-Method": "MERGE",
      "IF-MATCH": before["odata.etag"],
    },
    body: JSON.stringify({ TBRag: "Red" }),
  });
  await expect(merge).rejects.toThrow(TypeError);
  const after = (await (
    await fetch(`${itemUrl(ACTIONS_LIST, ACTION)}?$select=TBRag`, { headers })
  ).json()) as {
    TBRag: string;
  };
  expect(after.TBRag).toBe("Red");
});

test("a fault on one part of a $batch fails that part only, and the server goes on", async () => {
  await addFault({
    service: "sharepoint",
    kind: 429,
    times: 1,
    inBatchParts: true,
    match: "/_api/web/currentuser",
  });
  const boundary = "batch_probe";
  const body = [
    `--${boundary}`,
    "Content-Type: application/http",
    "Content-Transfer-Encoding: binary",
    "",
    `GET ${siteUrl()}/_api/web/currentuser?$select=Id HTTP/1.1`,
    "Accept: application/json",
    "",
    `--${boundary}--`,
    "",
  ].join("\r\n");
  const res = await fetch(`${siteUrl()}/_api/$batch`, {
    method: "POST",
    headers: { ...(await auth()), "Content-Type": `multipart/mixed; boundary=${boundary}` },
    body,
  });
  expect(res.status).toBe(200);
  expect(await res.text()).toMatch(/HTTP\/1\.1 429/);
  expect((await spWeb()).status).toBe(200);
});

test("CORS: preflights are answered as the real services do, and only other origins get CORS headers", async () => {
  for (const [url, allowed] of [
    [`${siteUrl()}/_api/web/currentuser`, "sharepoint"],
    [`${graphBaseUrl()}v1.0/me`, "graph"],
  ] as const) {
    const pre = await fetch(url, {
      method: "OPTIONS",
      headers: {
        Origin: baseUrl(),
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type,if-match,x-http-method",
      },
    });
    expect(pre.status).toBe(200);
    expect(pre.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(pre.headers.get("Access-Control-Allow-Headers")).toContain("if-match");
    expect(pre.headers.get("Access-Control-Allow-Methods")).toContain("MERGE");
    const get = await fetch(url, { headers: { ...(await auth()), Origin: baseUrl() } });
    expect(get.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const exposed = get.headers.get("Access-Control-Expose-Headers") ?? "";
    expect(exposed).not.toMatch(/retry-after/i);
    if (allowed === "graph") expect(exposed).toMatch(/ETag/);
  }
});
