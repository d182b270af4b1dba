/**
 * readPlanRecord (src/data/sharepoint/planRecord.ts) on the scale data set — 30 boards × 1,000
 * actions — through the production PnPjs instance against the emulated tenant: what the Executive's
 * rollup reads, how many round trips it costs, and who SharePoint refuses it to.
 */
import type { SPFI } from "@pnp/sp";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { DataError } from "../../src/data/errors";
import { readPlanRecord, VERSIONS_PER_BATCH } from "../../src/data/sharepoint/planRecord";
import { createSp } from "../../src/data/sharepoint/sp";
import { scaleState, scaleTenant } from "./scale";
import type { TenantState } from "./state";
import { persona, SITE_URL, TEST_NOW, tenant, type PersonaRole } from "./testTenant";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));

let scale: TenantState;
beforeAll(() => {
  scale = scaleTenant({ now: TEST_NOW });
}, 60_000);
// tests/setup.ts puts the demo back after each test; these tests only read, so they share one copy.
beforeEach(() => {
  tenant.replaceState(scale);
  tenant.clearLog();
});

const planId = (): number => scale.lists["TB Plans"]?.items[0]?.Id ?? 0;
const roundTrips = () => tenant.log.filter((l) => l.service === "sharepoint");
const CURRENT = { planYear: "2026/27", quarter: "Q3" } as const;
const ENDED = { planYear: "2026/27", quarter: "Q2" } as const;

describe("the Executive's plan record on 30 boards × 1,000 actions", { timeout: 90_000 }, () => {
  it("reads all 30,000 actions and every board for the current quarter in two round trips", async () => {
    const record = await readPlanRecord(spAs("executive"), {
      planId: planId(),
      quarter: CURRENT,
      now: TEST_NOW,
    });

    expect(record.actions).toHaveLength(30_000);
    expect(new Set(record.actions.map((a) => a.id)).size).toBe(30_000);
    expect(record.boards).toHaveLength(30);
    expect(record.programmes).toHaveLength(30);
    expect(new Set(record.actions.map((a) => a.boardId))).toEqual(new Set(record.boards.map((b) => b.id)));
    // The quarter has not ended: actions count as they stand, no versions are read.
    expect(record.histories).toHaveLength(0);
    expect(record.risks).toHaveLength(300);
    expect(record.measures).toHaveLength(20);
    expect(record.reports.map((r) => r.quarter).sort()).toEqual([
      ...Array(30).fill("Q1"),
      ...Array(30).fill("Q2"),
    ]);
    expect(record.calendar.some((c) => c.planYear === "2026/27" && c.quarter === "Q3")).toBe(true);

    // One $batch of the small lists (narrative first), one $batch of 30 per-board queries: a count
    // that would grow if anything were read per item, and no request the threshold refused.
    const sent = roundTrips();
    expect(sent.map((l) => l.parts)).toEqual([11, 30]);
    expect(sent.every((l) => l.status === 200 && l.url.endsWith("/_api/$batch"))).toBe(true);
  });

  it("for an ended quarter adds only the versions of actions changed since, 100 to a $batch", async () => {
    // A smaller plan of the same shape (8 boards × 250 actions), so the test stays quick; the bench
    // (scripts/bench/rollup.run.ts) measures the full 30 × 1,000.
    const small = scaleState({ now: TEST_NOW, boards: 8, actionsPerBoard: 250 });
    tenant.replaceState(small);
    const cutoff = Date.parse("2026-09-30T23:00:00Z"); // 1 October 2026, midnight in London
    const all = small.lists["TB Actions"]?.items ?? [];
    const changed = all.filter((a) => Date.parse(a.Modified) >= cutoff);
    expect(changed.length).toBeGreaterThan(VERSIONS_PER_BATCH);
    expect(changed.length).toBeLessThan(all.length);

    const record = await readPlanRecord(spAs("executive"), {
      planId: planId(),
      quarter: ENDED,
      now: TEST_NOW,
    });

    expect(record.actions).toHaveLength(2_000);
    expect(record.histories.map((h) => h.actionId).sort((a, b) => a - b)).toEqual(
      changed.map((a) => a.Id).sort((a, b) => a - b),
    );
    const stored = new Map(changed.map((a) => [a.Id, a.versions?.length]));
    expect(record.histories.every((h) => h.snapshots.length === stored.get(h.actionId))).toBe(true);
    expect(record.reports.every((r) => r.quarter === "Q1" || r.quarter === "Q2")).toBe(true);
    // The small lists, the boards' actions, then ceil(changed / 100) batches of version reads.
    const batches = Math.ceil(changed.length / VERSIONS_PER_BATCH);
    expect(roundTrips()).toHaveLength(2 + batches);
    expect(roundTrips().every((l) => l.status === 200 && (l.parts ?? 0) <= VERSIONS_PER_BATCH)).toBe(true);
  });

  it("is refused to a board member, as SharePoint refuses them the Executive Summaries list", async () => {
    const failure = await readPlanRecord(spAs("member"), {
      planId: planId(),
      quarter: CURRENT,
      now: TEST_NOW,
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(DataError);
    expect((failure as DataError).kind).toBe("access");
    expect((failure as DataError).message).toBe("You don't have permission to do this.");
    // Refused at the first round trip: no board's actions were asked for.
    expect(roundTrips()).toHaveLength(1);
  });
});
