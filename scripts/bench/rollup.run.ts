import { it } from "vitest";
import { buildExecutiveRollup, type PlanRecord } from "../../src/domain/executiveRollup";
import type { PlanQuarter } from "../../src/domain/quarters";
import { readPlanRecord } from "../../src/data/sharepoint/planRecord";
import { scaleTenant } from "../../tests/tenant/scale";
import { benchTenant } from "./emulated";
import { medianMs, report, type Row } from "./measure";

/**
 * What the Executive's rollup costs on the scale data set (30 boards × 1,000 actions): round trips,
 * bytes and median time of readPlanRecord — and of buildExecutiveRollup on what it read — for the
 * current quarter (actions as they stand) and for an ended quarter (plus the versions of actions
 * changed since it ended). Counts are the emulated tenant's request log, so exact; times indicative.
 */
const NOW = new Date("2026-11-22T10:00:00Z");
const { tenant, clientsFor, counted } = benchTenant();

it("measures the Executive's rollup on 30 boards × 1,000 actions", async () => {
  tenant.replaceState(scaleTenant({ now: NOW }));
  const planId = tenant.state.lists["TB Plans"]?.items[0]?.Id ?? 1;
  const rows: Row[] = [];
  const quarters: [string, PlanQuarter, number][] = [
    ["current quarter (Q3 2026/27)", { planYear: "2026/27", quarter: "Q3" }, 3],
    ["ended quarter (Q2 2026/27)", { planYear: "2026/27", quarter: "Q2" }, 1],
  ];
  for (const [label, quarter, times] of quarters) {
    const { sp } = clientsFor("executive");
    let record: PlanRecord | null = null;
    const read = async () => {
      record = await readPlanRecord(sp, { planId, quarter, now: NOW });
    };
    const cost = await counted(read);
    const r = record as PlanRecord | null;
    rows.push({
      what: `readPlanRecord, ${label}`,
      ...cost,
      medianMs: await medianMs(read, times),
      note: `${r?.actions.length ?? 0} actions, ${r?.boards.length ?? 0} boards, ${r?.histories.length ?? 0} histories`,
    });
    if (r) {
      const fixed = r;
      rows.push({
        what: `buildExecutiveRollup, ${label}`,
        medianMs: await medianMs(() => Promise.resolve(buildExecutiveRollup(fixed, quarter, NOW)), 7),
        note: "pure, on the record read above",
      });
    }
  }
  report("Executive rollup at scale", rows);
  // Reading 30,000 actions (and ~10,000 version histories for an ended quarter) through the emulator
  // takes minutes on a shared 2-core machine.
}, 1_800_000);
