/**
 * The year roll-over (src/data/sharepoint/rollover.ts) through the production PnPjs instance against
 * the emulated tenant: open actions move in place (same items, one more version each), completed and
 * withdrawn ones stay, the next year's calendar is written, the plan moves on last — and a run that
 * stops halfway, run again, leaves exactly one copy of everything.
 */
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { DataError } from "../../src/data/errors";
import { getAction, writeActionChange } from "../../src/data/sharepoint/actions";
import { listActionVersions } from "../../src/data/sharepoint/actionVersions";
import { listReportingCalendar } from "../../src/data/sharepoint/calendar";
import { listPlans } from "../../src/data/sharepoint/plans";
import { loadRolloverPreview, runRollover } from "../../src/data/sharepoint/rollover";
import { createSp } from "../../src/data/sharepoint/sp";
import { historyFromVersions } from "../../src/domain/history";
import { calendarForYear } from "../../src/domain/reportingCalendar";
import type { Plan } from "../../src/domain/types";
import { scaleState } from "./scale";
import type { StoredItem } from "./state";
import { persona, SITE_URL, TEST_NOW, tenant, type PersonaRole } from "./testTenant";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
const admin = () => spAs("administrator");

const FROM = "2026/27";
const TO = "2027/28";
const OPEN = new Set(["Not started", "In progress"]);

const items = (title: string): StoredItem[] => tenant.state.lists[title]?.items ?? [];
const actionItems = (): StoredItem[] => items("TB Actions");
const isOpen = (i: StoredItem): boolean => OPEN.has(String(i.fields["TBStatus"]));
const yearOf = (i: StoredItem): string => String(i.fields["TBPlanYear"]);
/** Every action as it stands: year, status, version, versions kept. */
const snapshot = () =>
  new Map(
    actionItems().map((i) => [
      i.Id,
      { year: yearOf(i), open: isOpen(i), version: i.version, kept: i.versions?.length ?? 0 },
    ]),
  );
const storedPlan = () => items("TB Plans")[0];

async function demoPlan(): Promise<Plan> {
  const plan = (await listPlans(admin()))[0];
  if (!plan) throw new Error("no plan");
  return plan;
}

/** Drops the next year's reporting calendar, so the roll-over has to write it. */
function withoutNextYearsCalendar(): void {
  const list = tenant.state.lists["TB Reporting Calendar"];
  if (list) list.items = list.items.filter((i) => i.fields["TBPlanYear"] !== TO);
}

/** Each open action of `FROM` (as snapshotted) is in `TO` exactly once, one version later; the rest untouched. */
function expectCarriedOnce(before: ReturnType<typeof snapshot>): void {
  const after = snapshot();
  expect(after.size).toBe(before.size);
  for (const [id, was] of before) {
    const now = after.get(id);
    if (was.year === FROM && was.open) {
      expect(now).toEqual({ year: TO, open: true, version: was.version + 1, kept: was.kept + 1 });
      const item = actionItems().find((i) => i.Id === id);
      expect(item?.fields["TBCarriedFrom"]).toBe(FROM);
    } else {
      expect(now).toEqual(was);
    }
  }
}

describe("rolling the demo plan's year over", () => {
  it("carries every open action in place, leaves the rest, writes the calendar and moves the plan on", async () => {
    withoutNextYearsCalendar();
    const before = snapshot();
    const openIds = [...before].filter(([, a]) => a.year === FROM && a.open).map(([id]) => id);
    const plan = await demoPlan();

    const preview = await loadRolloverPreview(admin(), plan);
    expect(preview.problems).toEqual([]);
    expect(preview).toMatchObject({ from: FROM, to: TO });
    expect(preview.carry.map((r) => r.actionId).sort((a, b) => a - b)).toEqual(openIds);
    expect(preview.stay).toHaveLength(before.size - openIds.length);
    expect(preview.alreadyCarried).toEqual([]);
    expect(preview.calendarToCreate.map((c) => c.quarter)).toEqual(["Q1", "Q2", "Q3", "Q4"]);

    const progress: [number, number][] = [];
    tenant.clearLog();
    const summary = await runRollover(admin(), plan, preview, (done, total) => progress.push([done, total]));

    expect(summary).toEqual({
      from: FROM,
      to: TO,
      carried: openIds.length,
      alreadyCarried: 0,
      retried: 0,
      leftBehind: 0,
      calendarRowsWritten: 4,
      currentYear: TO,
    });
    expect(progress[progress.length - 1]).toEqual([openIds.length, openIds.length]);
    expectCarriedOnce(before);
    expect(storedPlan()?.fields["TBCurrentYear"]).toBe(TO);
    const calendar = await listReportingCalendar(admin(), plan.id);
    expect(calendar.filter((c) => c.planYear === TO)).toEqual(calendarForYear(TO, plan.calendarRule));

    // The history carries on: the same versions, and one more that says what happened and who did it.
    const id = openIds[0] ?? 0;
    const history = historyFromVersions(await listActionVersions(admin(), id), {
      board: String,
      programme: String,
    });
    expect(history).toHaveLength((before.get(id)?.version ?? 0) + 1);
    expect(history[0]).toMatchObject({
      throughApp: true,
      note: "",
      by: { name: persona("administrator").displayName },
    });
    expect(history[0]?.changes.map((c) => c.text)).toEqual([`Carried forward from ${FROM} into ${TO}`]);

    // The plan now ends with the year it is in: no further roll-over, the next plan takes over.
    const next = await loadRolloverPreview(admin(), await demoPlan());
    expect(next.problems).toEqual([`${plan.title} ends with ${TO}: set up the next plan instead.`]);
  });

  it("does not write the next year's calendar again when it is already there", async () => {
    const rows = items("TB Reporting Calendar").length;
    const plan = await demoPlan();
    const preview = await loadRolloverPreview(admin(), plan);
    expect(preview.calendarToCreate).toEqual([]);
    const summary = await runRollover(admin(), plan, preview);
    expect(summary.calendarRowsWritten).toBe(0);
    expect(items("TB Reporting Calendar")).toHaveLength(rows);
  });

  it("stopped halfway by a failed write, then run again, leaves exactly one copy of everything", async () => {
    const before = snapshot();
    const plan = await demoPlan();
    const preview = await loadRolloverPreview(admin(), plan);
    const total = preview.carry.length;
    const victim = preview.carry[Math.floor(total / 2)]?.actionId ?? 0;
    // One part of the $batch fails (a server error), the others are stored.
    tenant.faults.add({
      service: "sharepoint",
      kind: 500,
      times: 1,
      match: `items(${victim})`,
      inBatchParts: true,
    });

    const failure = await runRollover(admin(), plan, preview).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DataError);
    expect((failure as DataError).message).toContain(
      `${total - 1} of ${total} open actions were carried. Run it again to finish — nothing will be duplicated.`,
    );
    expect(storedPlan()?.fields["TBCurrentYear"]).toBe(FROM);

    const again = await loadRolloverPreview(admin(), await demoPlan());
    expect(again.carry.map((r) => r.actionId)).toEqual([victim]);
    expect(again.alreadyCarried).toHaveLength(total - 1);
    const summary = await runRollover(admin(), plan, again);
    expect(summary).toMatchObject({ carried: 1, alreadyCarried: total - 1, currentYear: TO });
    expectCarriedOnce(before);
  });

  it("refuses a board member — SharePoint answers 403 — before anything changes", async () => {
    const before = snapshot();
    const calendar = items("TB Reporting Calendar").length;
    withoutNextYearsCalendar();
    const plan = await demoPlan();
    // The administrator's preview, run by someone who may change only their own board's actions.
    const preview = await loadRolloverPreview(admin(), plan);
    const failure = await runRollover(spAs("member"), plan, preview).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: "access", status: 403 });
    expect((failure as DataError).message).toBe(
      "Only plan administrators can roll a plan's year over (SharePoint refused the change). Nothing was changed.",
    );
    expect(snapshot()).toEqual(before);
    expect(storedPlan()).toMatchObject({ version: 1, fields: { TBCurrentYear: FROM } });
    expect(items("TB Reporting Calendar")).toHaveLength(calendar - 4);
  });

  it("carries an action a member saved after the preview (412), keeping their save", async () => {
    const plan = await demoPlan();
    const preview = await loadRolloverPreview(admin(), plan);
    const mine = preview.carry.find((r) => r.board.startsWith("Early Help"));
    if (!mine) throw new Error("no early help action to carry");
    const member = spAs("member");
    const read = await getAction(member, mine.actionId);
    await writeActionChange(member, read, { TBLastNote: "Saved between preview and run." }, "member-save-1");

    const summary = await runRollover(admin(), plan, preview);
    expect(summary).toMatchObject({ carried: preview.carry.length, retried: 1, leftBehind: 0 });
    const now = await getAction(admin(), mine.actionId);
    expect(now).toMatchObject({
      planYear: TO,
      carriedFrom: FROM,
      lastNote: "Saved between preview and run.",
    });
    const history = historyFromVersions(await listActionVersions(admin(), mine.actionId), {
      board: String,
      programme: String,
    });
    expect(history[0]?.changes.map((c) => c.text)).toEqual([`Carried forward from ${FROM} into ${TO}`]);
    expect(history[1]?.note).toBe("Saved between preview and run.");
  });

  it("leaves an action completed after the preview in the year it was completed in", async () => {
    const plan = await demoPlan();
    const preview = await loadRolloverPreview(admin(), plan);
    const mine = preview.carry.find((r) => r.board.startsWith("Early Help"));
    if (!mine) throw new Error("no early help action to carry");
    const member = spAs("member");
    await writeActionChange(
      member,
      await getAction(member, mine.actionId),
      { TBStatus: "Complete", TBRag: null },
      "member-complete-1",
    );

    const summary = await runRollover(admin(), plan, preview);
    expect(summary).toMatchObject({ carried: preview.carry.length - 1, leftBehind: 1 });
    expect(await getAction(admin(), mine.actionId)).toMatchObject({ planYear: FROM, status: "Complete" });
  });

  it("will not roll a year twice from a preview taken before the plan moved on", async () => {
    const plan = await demoPlan();
    const preview = await loadRolloverPreview(admin(), plan);
    await runRollover(admin(), plan, preview);
    const before = snapshot();
    const failure = await runRollover(admin(), plan, preview).catch((e: unknown) => e);
    expect(failure).toMatchObject({ kind: "conflict" });
    expect((failure as DataError).message).toContain(`current year to ${TO} since the preview`);
    expect(snapshot()).toEqual(before);
  });
});

describe("rolling over a plan of several hundred actions", { timeout: 60_000 }, () => {
  it("stopped by a failed $batch after the first hundred, then run again, carries each action once", async () => {
    tenant.replaceState(scaleState({ now: TEST_NOW, boards: 8, actionsPerBoard: 50 }));
    const before = snapshot();
    const plan = await demoPlan();
    const preview = await loadRolloverPreview(admin(), plan);
    const total = preview.carry.length;
    expect(total).toBeGreaterThan(200);

    // The second action $batch fails whole (a server error after the first has been stored).
    let armed = false;
    const failure = await runRollover(admin(), plan, preview, (done) => {
      if (done > 0 && !armed) {
        armed = true;
        tenant.faults.add({ service: "sharepoint", kind: 500, times: 1, match: "$batch" });
      }
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DataError);
    expect((failure as DataError).message).toContain(`100 of ${total.toLocaleString("en-GB")} open actions`);
    expect([...snapshot().values()].filter((a) => a.year === TO)).toHaveLength(100);
    expect(storedPlan()?.fields["TBCurrentYear"]).toBe(FROM);

    const again = await loadRolloverPreview(admin(), await demoPlan());
    expect(again.carry).toHaveLength(total - 100);
    expect(again.alreadyCarried).toHaveLength(100);
    const progress: number[] = [];
    const summary = await runRollover(admin(), plan, again, (done) => progress.push(done));
    expect(summary).toMatchObject({ carried: total - 100, alreadyCarried: 100, currentYear: TO });
    const left = total - 100;
    expect(progress).toEqual([
      0,
      ...Array.from({ length: Math.ceil(left / 100) }, (_, i) => Math.min((i + 1) * 100, left)),
    ]);
    expectCarriedOnce(before);
  });
});
