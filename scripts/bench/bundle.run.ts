import { execSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { it } from "vitest";
import { report, type Row } from "./measure";

/** Initial JavaScript is what index.html loads; everything else arrives on demand. */
it("measures the production bundle", () => {
  execSync("npx webpack --mode production", { stdio: "inherit" });
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
  // Issue 8's on-demand chunks, named by App.tsx's webpackChunkName (and any export chunk), gzipped.
  const named = (name: string): boolean =>
    ["rollup", "reports", "risks", "measures"].includes(name) || name.includes("export");
  for (const file of readdirSync("dist").filter((f) => f.endsWith(".js"))) {
    const name = file.replace(/\.[0-9a-f]{8}\.js$/, "");
    if (!named(name)) continue;
    rows.push({
      what: `chunk "${name}", gzipped`,
      bytes: gzipSync(readFileSync(join("dist", file)), { level: 9 }).length,
      note: "loaded when the page is opened",
    });
  }
  report("Bundle", rows);
});
