import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Actions, Plans, ReportingCalendar } from "../../../manifest";
import {
  isOpenStatus,
  previewRollover,
  rolloverChangeId,
  type RolloverPreview,
  type RolloverRow,
  type RolloverSummary,
} from "../../domain/rollover";
import type { Action, Plan } from "../../domain/types";
import { DataError, toDataError } from "../errors";
import { toActions } from "./actions";
import { listBoards } from "./boards";
import { CALENDAR_SELECT, calendarEntryFromRow, saveReportingCalendar } from "./calendar";
import { parseRows } from "./common";
import { and, eq, literal } from "./odata";
import { listPlans } from "./plans";
import { siteRegional } from "./regionalSettings";

/**
 * The year roll-over (domain/rollover.ts) against SharePoint.
 *
 * Reading: one $batch of the small lists (plans, boards, the plan's reporting calendar, the site's
 * time zone), then one $batch of per-board queries on TB Actions — `TBBoardId eq N and (TBPlanYear eq
 * from or TBPlanYear eq to)`: the first clause is on an indexed column and one board holds far fewer
 * than 5,000 actions, so SharePoint's list view threshold never refuses it. A plan-wide `TBPlanId eq N`
 * would match every action of the plan, more than 5,000 on a real partnership, and be refused
 * (SPQueryThrottledException). A full page goes on from the last id read.
 * https://learn.microsoft.com/sharepoint/dev/general-development/query-large-lists-and-libraries-with-the-rest-api
 *
 * Writing: MERGEs of up to 100 actions per $batch, each with the ETag read in the preview, so an
 * action someone saved since is a 412 and is never overwritten blindly.
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis
 */

/** SharePoint's largest page. */
const PAGE = 5000;
/** Writes per $batch, as the app batches elsewhere (planRecord.ts): a failed batch loses little, a re-run redoes it. */
export const ROLLOVER_BATCH = 100;

/** What the preview needs of an action: who, where, which year and state, and the ETag to write with. */
const PREVIEW_SELECT = [
  "Id",
  "Title",
  "TBBoardId",
  "TBProgrammeId",
  "TBPlanYear",
  "TBRef",
  "TBTargetDate",
  "TBStatus",
  "TBCarriedFrom",
  "TBChangeId",
  "FileDirRef",
  "Modified",
];

const actionItems = (sp: SPFI) => sp.web.lists.getByTitle(Actions.title).items;
const planItems = (sp: SPFI) => sp.web.lists.getByTitle(Plans.title).items;

/** A batch part that failed must not be an unhandled rejection before we look at it. */
function observed<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/**
 * Reads what a roll-over of the plan's current year would do. The plan is taken as SharePoint holds
 * it now (its current year may have moved since the page loaded); `plan` is the fallback.
 */
export async function loadRolloverPreview(sp: SPFI, plan: Plan): Promise<RolloverPreview> {
  try {
    const [small, runSmall] = sp.batched({ maxRequests: ROLLOVER_BATCH });
    const plans = observed(listPlans(small));
    const boards = observed(listBoards(small));
    const regional = observed(siteRegional(small));
    const calendarRows = observed(
      small.web.lists
        .getByTitle(ReportingCalendar.title)
        .items.select(...CALENDAR_SELECT)
        .filter(eq("TBPlanId", plan.id))
        .top(500)<unknown[]>(),
    );
    await runSmall();
    const stored = (await plans).find((p) => p.id === plan.id);
    if (!stored)
      throw new DataError("notFound", "This plan no longer exists. Someone may have deleted it.", 404);
    const zone = (await regional).timeZone;
    const calendar = (await calendarRows).map((row) => calendarEntryFromRow(row, zone));
    const planBoards = (await boards).filter((b) => b.planId === plan.id);
    // The years to read: the one closing, and the next (actions an interrupted run already carried).
    const first = previewRollover(stored, [], calendar, planBoards);
    const years = [first.from, first.to].filter((y) => y !== "");
    const actions = await readActionsOfYears(
      sp,
      planBoards.map((b) => b.id),
      years,
    );
    return previewRollover(stored, actions, calendar, planBoards);
  } catch (e) {
    throw toDataError(e);
  }
}

/** The actions of these boards in these plan years: one $batch of per-board queries, more for full pages. */
async function readActionsOfYears(sp: SPFI, boardIds: readonly number[], years: string[]): Promise<Action[]> {
  const all: Action[] = [];
  const inYears = years.map((y) => eq("TBPlanYear", y)).join(" or ");
  let pending = boardIds.map((boardId) => ({ boardId, after: null as number | null }));
  while (pending.length > 0 && years.length > 0) {
    const round = pending.slice(0, ROLLOVER_BATCH);
    const [batched, run] = sp.batched({ maxRequests: ROLLOVER_BATCH });
    const pages = round.map((p) =>
      observed(
        actionItems(batched)
          .select(...PREVIEW_SELECT)
          .filter(
            and(
              eq("TBBoardId", p.boardId),
              inYears,
              ...(p.after === null ? [] : [`Id gt ${literal(p.after)}`]),
            ),
          )
          .top(PAGE)<unknown[]>(),
      ),
    );
    await run();
    const next = pending.slice(ROLLOVER_BATCH);
    for (const [i, page] of pages.entries()) {
      const rows = toActions(await page);
      all.push(...rows);
      const last = rows[rows.length - 1];
      const board = round[i];
      if (rows.length >= PAGE && last && board) next.push({ boardId: board.boardId, after: last.id });
    }
    pending = next;
  }
  return all;
}

/** The plan item as it stands: its ETag and current year. */
const PlanItem = z.object({ "odata.etag": z.string(), TBCurrentYear: z.string() });
async function readPlanItem(sp: SPFI, planId: number): Promise<{ etag: string; currentYear: string }> {
  const row: unknown = await planItems(sp).getById(planId).select("Id", "TBCurrentYear")();
  const [item] = parseRows(PlanItem, [row], Plans.title);
  if (!item) throw new DataError("notFound", "This plan no longer exists. Someone may have deleted it.", 404);
  return { etag: item["odata.etag"], currentYear: item.TBCurrentYear };
}

/** A roll-over that stopped part way: what went wrong, what was done, and that a re-run finishes it. */
function stopped(e: unknown, done: number, total: number, step: string): DataError {
  const failure = toDataError(e);
  const carried = `${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} open actions were carried`;
  return new DataError(
    failure.kind,
    `${failure.message} The roll-over stopped ${step}: ${carried}. Run it again to finish — nothing will be duplicated.`,
    failure.status,
  );
}

/**
 * Carries the preview's open actions into the next year, writes the next year's missing reporting
 * calendar dates, then moves the plan's current year — in that order, so the plan only says it has
 * moved on once everything else has. Safe to run again after a failure: a new preview skips the
 * actions already carried, nothing is ever created, so nothing can be duplicated.
 *
 * Before any action moves, the plan item is saved unchanged with the ETag just read: SharePoint
 * refuses that write (403) to anyone but a plan administrator (site-level lists are Read for
 * everyone else), so a board member's attempt stops before it moves even their own board's actions,
 * and a plan whose year moved on since the preview (412, or a different year) is not rolled twice.
 */
export async function runRollover(
  sp: SPFI,
  plan: Plan,
  preview: RolloverPreview,
  onProgress?: (done: number, total: number) => void,
): Promise<RolloverSummary> {
  const { from, to } = preview;
  if (preview.problems.length > 0) throw new DataError("invalid", preview.problems.join(" "));
  const total = preview.carry.length;
  const summary: RolloverSummary = {
    from,
    to,
    carried: 0,
    alreadyCarried: preview.alreadyCarried.length,
    retried: 0,
    leftBehind: 0,
    calendarRowsWritten: 0,
    currentYear: from,
  };
  const handled = (): number =>
    summary.carried + summary.leftBehind + summary.alreadyCarried - preview.alreadyCarried.length;

  // 1. The plan is still in `from`, and this person may change it.
  try {
    const item = await readPlanItem(sp, plan.id);
    if (item.currentYear !== from) throw yearMoved(plan, item.currentYear, from);
    await planItems(sp).getById(plan.id).update({ TBCurrentYear: from }, item.etag);
  } catch (e) {
    const failure = toDataError(e);
    const why =
      failure.kind === "access"
        ? "Only plan administrators can roll a plan's year over (SharePoint refused the change)."
        : failure.message;
    throw new DataError(failure.kind, `${why} Nothing was changed.`, failure.status);
  }
  onProgress?.(0, total);

  // 2. The open actions, ROLLOVER_BATCH to a $batch.
  for (let i = 0; i < total; i += ROLLOVER_BATCH) {
    const chunk = preview.carry.slice(i, i + ROLLOVER_BATCH);
    try {
      const outcome = await carryBatch(sp, plan.id, from, to, chunk);
      summary.carried += outcome.saved;
      if (outcome.failure !== null) throw outcome.failure;
      if (outcome.clashes.length > 0) await retryClashes(sp, plan.id, from, to, outcome.clashes, summary);
    } catch (e) {
      throw stopped(e, summary.carried, total, "part way through the actions");
    }
    onProgress?.(handled(), total);
  }

  // 3. The next year's reporting calendar, where it has no dates yet.
  try {
    if (preview.calendarToCreate.length > 0) {
      await saveReportingCalendar(sp, plan.id, preview.calendarToCreate);
      summary.calendarRowsWritten = preview.calendarToCreate.length;
    }
  } catch (e) {
    throw stopped(e, summary.carried, total, "writing the reporting calendar");
  }

  // 4. Last, the plan's current year.
  try {
    const item = await readPlanItem(sp, plan.id);
    if (item.currentYear === from)
      await planItems(sp).getById(plan.id).update({ TBCurrentYear: to }, item.etag);
    else if (item.currentYear !== to) throw yearMoved(plan, item.currentYear, from);
  } catch (e) {
    throw stopped(e, summary.carried, total, "moving the plan's current year");
  }
  summary.currentYear = to;
  return summary;
}

const yearMoved = (plan: Plan, now: string, from: string): DataError =>
  new DataError(
    "conflict",
    `Someone set ${plan.title}'s current year to ${now} since the preview (it was ${from}): look at the preview again.`,
    412,
  );

const carryProps = (planId: number, from: string, to: string, actionId: number) => ({
  TBPlanYear: to,
  TBCarriedFrom: from,
  TBChangeId: rolloverChangeId(planId, to, actionId),
});

interface BatchOutcome {
  /** How many SharePoint saved. */
  saved: number;
  /** Rows refused with 412: someone saved them since they were read. */
  clashes: RolloverRow[];
  /** The first other failure of a part, if any. */
  failure: unknown;
}

/** One $batch of MERGEs, each with the row's ETag. A batch SharePoint refuses whole throws. */
async function carryBatch(
  sp: SPFI,
  planId: number,
  from: string,
  to: string,
  rows: readonly RolloverRow[],
): Promise<BatchOutcome> {
  const [batched, run] = sp.batched({ maxRequests: ROLLOVER_BATCH });
  const writes = rows.map((r) =>
    observed(
      actionItems(batched)
        .getById(r.actionId)
        .update(carryProps(planId, from, to, r.actionId), r.etag),
    ),
  );
  await run();
  const outcomes = await Promise.allSettled(writes);
  const result: BatchOutcome = { saved: 0, clashes: [], failure: null };
  for (const [i, outcome] of outcomes.entries()) {
    const row = rows[i];
    if (outcome.status === "fulfilled") result.saved += 1;
    else if (toDataError(outcome.reason).kind === "conflict" && row) result.clashes.push(row);
    else result.failure ??= outcome.reason;
  }
  return result;
}

/**
 * Actions saved by someone between the preview and the run: read again; still open and still in
 * `from`, carried with the new ETag (once); already in `to` (a reply lost, another run), skipped;
 * completed or withdrawn meanwhile, left where they are.
 */
async function retryClashes(
  sp: SPFI,
  planId: number,
  from: string,
  to: string,
  clashes: readonly RolloverRow[],
  summary: RolloverSummary,
): Promise<void> {
  const [reading, runReads] = sp.batched({ maxRequests: ROLLOVER_BATCH });
  const reads = clashes.map((r) =>
    observed(
      actionItems(reading)
        .getById(r.actionId)
        .select(...PREVIEW_SELECT)<unknown>(),
    ),
  );
  await runReads();
  const again: RolloverRow[] = [];
  for (const [i, read] of reads.entries()) {
    const current = toActions([await read])[0];
    const row = clashes[i];
    if (!current || !row) continue;
    if (current.planYear === to) summary.alreadyCarried += 1;
    else if (current.planYear === from && isOpenStatus(current.status))
      again.push({ ...row, etag: current.etag });
    else summary.leftBehind += 1;
  }
  if (again.length === 0) return;
  const outcome = await carryBatch(sp, planId, from, to, again);
  summary.carried += outcome.saved;
  summary.retried += outcome.saved;
  if (outcome.failure !== null) throw outcome.failure;
  if (outcome.clashes.length > 0)
    throw new DataError(
      "conflict",
      `Someone kept changing ${outcome.clashes.map((r) => `action ${r.ref || r.actionId} (${r.board})`).join(", ")} while the roll-over ran.`,
      412,
    );
}
