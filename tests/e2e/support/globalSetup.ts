/**
 * Runs once for the whole browser-test run, in vitest's main process:
 * 1. builds dist/ (webpack, production) when it is missing or older than the
 *    sources, or always when CI=true;
 * 2. starts `scripts/start.ts --dist` (the app plus the emulated tenant) on
 *    three free ports — the app, SharePoint and Graph on three origins, as in
 *    production — with a fresh TENANT_STATE in a temporary directory;
 * 3. waits until they answer, hands their addresses to the tests
 *    (inject("baseUrl"), inject("siteUrl"), inject("graphBaseUrl")) and stops
 *    the server, and removes the state, when the run ends.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The origin serving the app and the tenant's control API, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** The emulated SharePoint site, on another origin, e.g. http://127.0.0.1:41235/sites/trustboards */
    siteUrl: string;
    /** The emulated Graph, on a third origin, ending with "/" */
    graphBaseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const require = createRequire(import.meta.url);

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function buildIsStale(): string | null {
  if (process.env.CI === "true") return "CI=true";
  const built = path.join(root, "dist", "index.html");
  if (!existsSync(built)) return "dist/ is missing";
  const sources = ["src", "public", "webpack.config.js"]
    .map((p) => path.join(root, p))
    .filter((p) => existsSync(p));
  return Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs ? "dist/ is older than src/" : null;
}

function build(): void {
  const why = buildIsStale();
  if (!why) return;
  console.log(`[e2e] building dist/ (${why})…`);
  const started = Date.now();
  // Always the emulated-tenant build: without TB_SITE_URL the bundle talks to the tenant served beside it.
  const env = { ...process.env };
  delete env.TB_SITE_URL;
  const result = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: root,
      env,
      stdio: "inherit",
    },
  );
  if (result.status !== 0)
    throw new Error(`[e2e] webpack build failed (exit ${result.status ?? result.signal})`);
  console.log(`[e2e] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(
  baseUrl: string,
  siteUrl: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`[e2e] the server exited (${child.exitCode}) before answering:\n${output()}`);
    try {
      const [personas, page, site] = await Promise.all([
        fetch(`${baseUrl}/__tenant/personas`),
        fetch(`${baseUrl}/`),
        fetch(`${siteUrl}/_api/web`), // 401 without a token: it is listening
      ]);
      if (personas.ok && page.ok && site.status === 401) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`[e2e] the server did not answer at ${baseUrl} within 60 s:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
    return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const killGroup = (signal: NodeJS.Signals): void => {
      try {
        process.kill(-pid, signal); // the server's own process group, started detached below
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => killGroup("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    killGroup("SIGTERM");
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  build();
  const stateDir = mkdtempSync(path.join(tmpdir(), "trust-boards-e2e-"));
  const [port, spPort, graphPort] = [await freePort(), await freePort(), await freePort()];
  // Three origins: same loopback host, three ports (an origin is scheme, host and port).
  const baseUrl = `http://127.0.0.1:${port}`;
  const siteUrl = `http://127.0.0.1:${spPort}/sites/trustboards`;
  const graphBaseUrl = `http://127.0.0.1:${graphPort}/`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--dist"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      SP_PORT: String(spPort),
      GRAPH_PORT: String(graphPort),
      TENANT_STATE: path.join(stateDir, "state.json"),
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  try {
    await waitUntilAnswering(baseUrl, siteUrl, child, () => log);
  } catch (e) {
    await stop(child);
    rmSync(stateDir, { recursive: true, force: true });
    throw e;
  }
  console.log(`[e2e] app and emulated tenant at ${baseUrl}`);
  project.provide("baseUrl", baseUrl);
  project.provide("siteUrl", siteUrl);
  project.provide("graphBaseUrl", graphBaseUrl);
  return async () => {
    await stop(child);
    rmSync(stateDir, { recursive: true, force: true });
  };
}
