import { cpus, totalmem } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";

export interface Row {
  what: string;
  roundTrips?: number;
  bytes?: number;
  medianMs?: number;
  note?: string;
}

/** Times `run` several times after a warm-up and returns the median in milliseconds. */
export async function medianMs(run: () => Promise<unknown>, times = 7): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return Math.round((samples[Math.floor(samples.length / 2)] ?? 0) * 10) / 10;
}

export const machine = (): string =>
  `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

export function report(title: string, rows: Row[]): void {
  const lines = [
    `\n## ${title}`,
    `machine: ${machine()}`,
    "",
    "| what | round trips | bytes | median ms | note |",
    "|---|---:|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.roundTrips ?? ""} | ${r.bytes?.toLocaleString("en-GB") ?? ""} | ${r.medianMs ?? ""} | ${r.note ?? ""} |`,
    ),
  ];
  console.log(lines.join("\n"));
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(
    `bench-results/${title.replace(/\W+/g, "-").toLowerCase()}.json`,
    JSON.stringify({ machine: machine(), rows }, null, 2),
  );
}
