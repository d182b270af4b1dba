/**
 * Cold first load of the board home on the production preview (`scripts/start.ts --dist`) in
 * Chromium: a fresh browser context (empty cache) each time, median of 5, on this computer's
 * loopback and on a simulated slow connection. Reports the requests, the bytes on the wire
 * (compressed, headers included) and the time from navigation to the board's actions being shown.
 * Also the bytes of dist/ raw, gzipped and Brotli-compressed. No time is asserted.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, it } from "vitest";
import { report, type Row } from "./measure";

const RUNS = 5;
const DIST = path.resolve("dist");

/**
 * Chrome DevTools' "Slow 4G" preset (called "Fast 3G" before Chrome 128): 562.5 ms round trip,
 * 1.44 Mbit/s down, 675 kbit/s up — Lighthouse's mobile figures (150 ms, 1.6 Mbit/s, 750 kbit/s)
 * with DevTools' adjustment for applying them per request. Source: chrome-devtools-frontend,
 * front_end/core/sdk/NetworkManager.ts (Slow4GConditions).
 */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let preview: ChildProcess | null = null;
let browser: Browser | null = null;
let baseUrl = "";
const stateDir = mkdtempSync(path.join(tmpdir(), "trust-boards-bench-"));

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "index.html"))) {
    const env = { ...process.env };
    delete env.TB_SITE_URL; // the emulated tenant's build
    spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit", env });
  }
  const [port, spPort, graphPort] = [await freePort(), await freePort(), await freePort()];
  baseUrl = `http://127.0.0.1:${port}`;
  preview = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--dist"], {
    env: {
      ...process.env,
      PORT: String(port),
      SP_PORT: String(spPort),
      GRAPH_PORT: String(graphPort),
      TENANT_STATE: path.join(stateDir, "state.json"),
    },
    stdio: "ignore",
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/__tenant/personas`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error("The production preview did not start within 60 s");
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
  if (preview?.pid) {
    try {
      process.kill(-preview.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  }
  rmSync(stateDir, { recursive: true, force: true });
});

interface Load {
  requests: number;
  bytes: number;
  appBytes: number;
  ms: number;
}

/** One cold load of the board home as a member, in a new context (nothing cached). */
async function coldLoad(throttle: typeof SLOW_4G | null, uncompressed = false): Promise<Load> {
  if (!browser) throw new Error("no browser");
  const context = await browser.newContext({ locale: "en-GB", timezoneId: "Europe/London" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (throttle) await cdp.send("Network.emulateNetworkConditions", throttle);
    // "Before": the preview as it was, sending every file uncompressed.
    if (uncompressed)
      await cdp.send("Network.setExtraHTTPHeaders", { headers: { "Accept-Encoding": "identity" } });
    const urls = new Map<string, string>();
    let requests = 0;
    let bytes = 0;
    let appBytes = 0;
    cdp.on("Network.requestWillBeSent", (e) => {
      requests++;
      urls.set(e.requestId, e.request.url);
    });
    cdp.on("Network.loadingFinished", (e) => {
      bytes += e.encodedDataLength;
      if ((urls.get(e.requestId) ?? "").startsWith(baseUrl) && !urls.get(e.requestId)?.includes("/__tenant/"))
        appBytes += e.encodedDataLength;
    });
    await page.goto(`${baseUrl}/?as=member#/board/1`, { waitUntil: "commit" });
    // Time from navigation start to the first action's row in the board's plan.
    const ms = await page.waitForFunction(
      () =>
        [...document.querySelectorAll("td, [role=cell]")].some((c) => c.textContent?.trim() === "1.1")
          ? performance.now()
          : false,
      undefined,
      { polling: "raf", timeout: 120_000 },
    );
    return { requests, bytes, appBytes, ms: Math.round(Number(await ms.jsonValue())) };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function medianOf(throttle: typeof SLOW_4G | null, uncompressed = false): Promise<Load> {
  const loads: Load[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(throttle, uncompressed));
  return {
    requests: median(loads.map((l) => l.requests)),
    bytes: median(loads.map((l) => l.bytes)),
    appBytes: median(loads.map((l) => l.appBytes)),
    ms: median(loads.map((l) => l.ms)),
  };
}

function distBytes(): { raw: number; gzip: number; br: number; maps: number } {
  let raw = 0;
  let gzip = 0;
  let br = 0;
  let maps = 0;
  for (const f of readdirSync(DIST)) {
    const size = (name: string): number =>
      existsSync(path.join(DIST, name)) ? statSync(path.join(DIST, name)).size : 0;
    if (f.endsWith(".map")) maps += size(f);
    if (/\.(?:br|gz|map)$/.test(f)) continue;
    raw += size(f);
    gzip += size(`${f}.gz`) || size(f);
    br += size(`${f}.br`) || size(f);
  }
  return { raw, gzip, br, maps };
}

it("measures the cold first load of the board home", async () => {
  await coldLoad(null); // warm the server (and the tenant's first read), not the browser
  const rows: Row[] = [];
  const row = (what: string, l: Load, note: string): Row => ({
    what,
    roundTrips: l.requests,
    bytes: l.bytes,
    medianMs: l.ms,
    note: `${note}; the app's own files ${l.appBytes.toLocaleString("en-GB")} bytes`,
  });
  rows.push(row("board home, cold, loopback", await medianOf(null), `median of ${RUNS}, Brotli/gzip`));
  rows.push(row("board home, cold, Slow 4G", await medianOf(SLOW_4G), "562.5 ms RTT, 1.44/0.675 Mbit/s"));
  rows.push(
    row(
      "board home, cold, Slow 4G, uncompressed",
      await medianOf(SLOW_4G, true),
      "as before: no compression",
    ),
  );
  const d = distBytes();
  rows.push({ what: "dist/, raw (without .br/.gz)", bytes: d.raw });
  rows.push({ what: "dist/, as gzip serves it", bytes: d.gzip });
  rows.push({ what: "dist/, as Brotli serves it", bytes: d.br });
  rows.push({
    what: "source maps in dist/",
    bytes: d.maps,
    note: "TB_SOURCE_MAPS=1 writes them to dist-sourcemaps/",
  });
  report("First load", rows);
});
