import { execSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { it } from "vitest";
import { report, type Row } from "./measure";

/** Outside dist/, so the stats never travel with a deployed build. */
const STATS = join(tmpdir(), "trust-boards-bundle-stats.json");

/** Initial JavaScript is what index.html loads; everything else arrives on demand. */
it("measures the production bundle", () => {
  // The stats say which files each named chunk needs (its own and the shared ones split out of it).
  execSync(`npx webpack --mode production --stats=normal --json=${STATS}`, { stdio: "inherit" });
  const html = readFileSync("dist/index.html", "utf8");
  const initial = new Set([...html.matchAll(/src="?\/?([^"\s>]+\.js)/g)].map((m) => m[1]));
  const rows: Row[] = [];
  let initialGzip = 0;
  for (const file of readdirSync("dist").filter((f) => f.endsWith(".js"))) {
    const raw = readFileSync(join("dist", file));
    const gz = gzipSync(raw, { level: 9 }).length;
    const isInitial = initial.has(file);
    if (isInitial) initialGzip += gz;
    rows.push({
      what: `${isInitial ? "initial" : "on demand"}: ${file}`,
      bytes: gz,
      note: `${Math.round(statSync(join("dist", file)).size / 1024)} KB minified`,
    });
  }
  rows.unshift({
    what: "initial JavaScript, gzipped",
    bytes: initialGzip,
    note: `budget 250 KB = ${250 * 1024}`,
  });
  // What opening each named chunk downloads (webpackChunkName in the code), shared library chunks
  // included, minus what the initial load already brought: e.g. the Dashboard export is its own code
  // plus exceljs.
  const stats = JSON.parse(readFileSync(STATS, "utf8")) as {
    namedChunkGroups: Record<string, { assets: { name: string }[] }>;
  };
  const gz = (file: string): number => gzipSync(readFileSync(join("dist", file)), { level: 9 }).length;
  for (const [name, group] of Object.entries(stats.namedChunkGroups).sort(([a], [b]) => a.localeCompare(b))) {
    if (name === "main") continue;
    const files = group.assets.map((a) => a.name).filter((f) => f.endsWith(".js") && !initial.has(f));
    rows.push({
      what: `opening "${name}", gzipped`,
      bytes: files.reduce((n, f) => n + gz(f), 0),
      note: `${files.length} file${files.length === 1 ? "" : "s"} on demand`,
    });
  }
  report("Bundle", rows);
});
