import type { SPFI } from "@pnp/sp";
import {
  Actions,
  ExecutiveSummaries,
  HighlightReports,
  MeasureValues,
  Measures,
  ReportingCalendar,
  ReportReviews,
  Risks,
} from "../../../manifest";
import type { PlanRecord } from "../../domain/executiveRollup";
import { compareQuarters, nextQuarter, quarterRange, type PlanQuarter } from "../../domain/quarters";
import { snapshotsFromVersions, type RatingHistory } from "../../domain/rollup";
import type { Action } from "../../domain/types";
import { DataError, toDataError } from "../errors";
import { toActions } from "./actions";
import { listActionVersions } from "./actionVersions";
import { listBoards } from "./boards";
import { calendarEntryFromRow, CALENDAR_SELECT } from "./calendar";
import { personSelect, readAll } from "./common";
import { isoToSpDate } from "./dates";
import { EXECUTIVE_SUMMARY_SELECT, executiveSummaryFromRow } from "./executiveSummaries";
import { MEASURE_SELECT, MEASURE_VALUE_SELECT, measureFromRow, measureValueFromRow } from "./measures";
import { and, eq, literal } from "./odata";
import { listPlans } from "./plans";
import { listProgrammes } from "./programmes";
import { siteRegional } from "./regionalSettings";
import {
  REPORT_EXPAND,
  REPORT_PEOPLE_SELECT,
  REPORT_SELECT,
  REVIEW_EXPAND,
  REVIEW_PEOPLE_SELECT,
  REVIEW_SELECT,
  toReports,
  toReviews,
} from "./reports";
import { RISK_SELECT, riskFromRow } from "./risks";

/**
 * Everything the Executive's rollup is computed from (domain/executiveRollup.ts PlanRecord), read so
 * that round trips grow with pages of 5,000 and with batches, never with items:
 *
 * 1. ONE $batch: the quarter's TB Executive Summaries item FIRST — only the Executive and plan
 *    administrators have a role on that list, so SharePoint refuses anyone else (403) and the read
 *    stops there with an "access" error — then the site's regional settings, the plan, boards,
 *    programmes, reporting calendar, highlight reports, reviews, risks, measures and their values.
 *    Each is a few hundred rows at most, filtered on the indexed TBPlanId where the list has it.
 * 2. ONE $batch of per-board queries on TB Actions, `TBBoardId eq N` (indexed, and a board has far
 *    fewer than 5,000 actions, so SharePoint's list view threshold never refuses it), $top 5000,
 *    $select only what the rollup uses. A full page goes on in further batches (`Id gt last`).
 *    https://learn.microsoft.com/sharepoint/dev/general-development/query-large-lists-and-libraries-with-the-rest-api
 * 3. Only when the quarter has ended: the versions of the actions changed after its last day (their
 *    current state does not say where they stood at quarter end), 100 per $batch.
 *    https://learn.microsoft.com/sharepoint/dev/sp-add-ins/make-batch-requests-with-the-rest-apis
 *
 * A plan-wide filter on TB Actions (`TBPlanId eq 1`) would match every action — more than 5,000 on a
 * real partnership — and SharePoint refuses it (SPQueryThrottledException): hence per board.
 * Actions are read without their description and notes (the rollup shows neither): those are "".
 */
export interface PlanRecordQuery {
  planId: number;
  quarter: PlanQuarter;
  now: Date;
}

/** SharePoint's largest page. */
const PAGE = 5000;
/** Requests per $batch when reading versions. */
export const VERSIONS_PER_BATCH = 100;
/** Version batches in flight at once (SharePoint throttles a user who floods it). */
const VERSION_BATCHES_AT_ONCE = 3;

/** The action columns the rollup and its exports use (data/sharepoint/actions.ts maps them). */
export const ROLLUP_ACTION_SELECT = [
  "Id",
  "Title",
  "TBBoardId",
  "TBProgrammeId",
  "TBPlanYear",
  "TBRef",
  "TBOwnerOrg",
  "TBTargetDate",
  "TBRevisedDate",
  "TBRevisedReason",
  "TBStatus",
  "TBRag",
  "TBLastUpdateAt",
  "FileDirRef",
  "Modified",
  ...personSelect("TBOwner"),
];
const ROLLUP_ACTION_EXPAND = ["TBOwner"];

const items = (sp: SPFI, title: string) => sp.web.lists.getByTitle(title).items;

/** The person columns a $select reaches into ("TBOwner/Title") must be expanded. */
const expandFor = (select: readonly string[]): string[] => [
  ...new Set(select.filter((s) => s.includes("/")).map((s) => s.split("/")[0] ?? s)),
];

/** A batch part that failed must not be an unhandled rejection before we look at it. */
function observed<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** Rows of a one-page read; a full page is read again whole (un-batched, every page). */
async function allRows(first: Promise<unknown[]>, again: () => AsyncIterable<unknown[]>): Promise<unknown[]> {
  const rows = await first;
  return rows.length >= PAGE ? readAll(again()) : rows;
}

export async function readPlanRecord(sp: SPFI, query: PlanRecordQuery): Promise<PlanRecord> {
  const { planId, quarter, now } = query;
  try {
    // Round trip 1: the narrative first (SharePoint's refusal is the rollup's access rule), then the
    // small lists.
    const [small, runSmall] = sp.batched({ maxRequests: VERSIONS_PER_BATCH });
    const narrativeRows = observed(
      items(small, ExecutiveSummaries.title)
        .select(...EXECUTIVE_SUMMARY_SELECT)
        .filter(
          and(eq("TBPlanId", planId), eq("TBPlanYear", quarter.planYear), eq("TBQuarter", quarter.quarter)),
        )
        .top(10)<unknown[]>(),
    );
    const regional = observed(siteRegional(small));
    const plans = observed(listPlans(small));
    const boards = observed(listBoards(small));
    const programmes = observed(listProgrammes(small));
    const byPlan = (title: string, select: string[], expand: string[] = []) => {
      const q = () =>
        items(sp, title)
          .select(...select)
          .expand(...expand)
          .filter(eq("TBPlanId", planId))
          .top(PAGE);
      const first = items(small, title)
        .select(...select)
        .expand(...expand)
        .filter(eq("TBPlanId", planId))
        .top(PAGE)<unknown[]>();
      return observed(allRows(first, q));
    };
    const calendarRows = byPlan(ReportingCalendar.title, CALENDAR_SELECT);
    const reportRows = byPlan(
      HighlightReports.title,
      [...REPORT_SELECT, ...REPORT_PEOPLE_SELECT],
      REPORT_EXPAND,
    );
    const reviewRows = byPlan(
      ReportReviews.title,
      [...REVIEW_SELECT, ...REVIEW_PEOPLE_SELECT],
      REVIEW_EXPAND,
    );
    const riskRows = byPlan(Risks.title, RISK_SELECT, expandFor(RISK_SELECT));
    const measureRows = byPlan(Measures.title, MEASURE_SELECT, expandFor(MEASURE_SELECT));
    // Measure values carry no plan column: the list is a few figures per measure, read whole.
    const valueRows = observed(
      allRows(
        items(small, MeasureValues.title)
          .select(...MEASURE_VALUE_SELECT)
          .top(PAGE)<unknown[]>(),
        () =>
          items(sp, MeasureValues.title)
            .select(...MEASURE_VALUE_SELECT)
            .top(PAGE),
      ),
    );
    await runSmall();

    const summaries = (await narrativeRows).map(executiveSummaryFromRow);
    const summary = summaries.sort((a, b) => b.modified.localeCompare(a.modified))[0] ?? null;
    const zone = (await regional).timeZone;
    const plan = (await plans).find((p) => p.id === planId);
    if (!plan)
      throw new DataError("notFound", "This plan no longer exists. Someone may have deleted it.", 404);
    const planBoards = (await boards).filter((b) => b.planId === planId);
    const planProgrammes = (await programmes).filter((p) => p.planId === planId);
    const measures = (await measureRows).map(measureFromRow);
    const measureIds = new Set(measures.map((m) => m.id));
    const measureValues = (await valueRows)
      .map(measureValueFromRow)
      .filter((v) => measureIds.has(v.measureId));
    // This quarter's reports and every earlier quarter's, with the decisions on them.
    const reports = toReports(await reportRows).filter((r) => compareQuarters(r, quarter) <= 0);
    const reportIds = new Set(reports.map((r) => r.id));
    const reviews = toReviews(await reviewRows).filter((r) => reportIds.has(r.reportId));

    // Round trip 2 (more only for a board with a full page): every board's actions.
    const actions = await readActions(
      sp,
      planBoards.map((b) => b.id),
    );

    // Round trips 3…: for an ended quarter, the versions of actions changed since it ended.
    const cutoff = Date.parse(
      isoToSpDate(quarterRange(nextQuarter(quarter).planYear, nextQuarter(quarter).quarter).first, zone),
    );
    const histories =
      now.getTime() >= cutoff
        ? await readHistories(
            sp,
            actions.filter((a) => Date.parse(a.modified) >= cutoff),
          )
        : [];

    return {
      plan,
      boards: planBoards,
      programmes: planProgrammes,
      actions,
      histories,
      risks: (await riskRows).map(riskFromRow),
      measures,
      measureValues,
      reports,
      reviews,
      calendar: (await calendarRows).map((row) => calendarEntryFromRow(row, zone)),
      ...(zone.iana ? { timeZone: zone.iana } : {}),
      narrative: summary
        ? { id: summary.id, etag: summary.etag, text: summary.narrative }
        : { id: null, etag: null, text: "" },
    };
  } catch (e) {
    throw toDataError(e);
  }
}

/** Every board's actions: one $batch of indexed per-board queries, then one per round of full pages. */
async function readActions(sp: SPFI, boardIds: readonly number[]): Promise<Action[]> {
  const all: Action[] = [];
  // Each board's next page starts after the last id read (SharePoint answers in Id order).
  let pending = boardIds.map((boardId) => ({ boardId, after: null as number | null }));
  while (pending.length > 0) {
    const [batched, run] = sp.batched({ maxRequests: VERSIONS_PER_BATCH });
    const pages = pending.map((p) =>
      observed(
        items(batched, Actions.title)
          .select(...ROLLUP_ACTION_SELECT)
          .expand(...ROLLUP_ACTION_EXPAND)
          .filter(
            p.after === null
              ? eq("TBBoardId", p.boardId)
              : and(eq("TBBoardId", p.boardId), `Id gt ${literal(p.after)}`),
          )
          .top(PAGE)<unknown[]>(),
      ),
    );
    await run();
    const next: typeof pending = [];
    for (const [i, page] of pages.entries()) {
      const rows = toActions(await page);
      all.push(...rows);
      const last = rows[rows.length - 1];
      const board = pending[i];
      if (rows.length >= PAGE && last && board) next.push({ boardId: board.boardId, after: last.id });
    }
    pending = next;
  }
  return all;
}

/** The versions of these actions, VERSIONS_PER_BATCH per $batch, a few batches at a time. */
async function readHistories(sp: SPFI, changed: readonly Action[]): Promise<RatingHistory[]> {
  const chunks: Action[][] = [];
  for (let i = 0; i < changed.length; i += VERSIONS_PER_BATCH)
    chunks.push(changed.slice(i, i + VERSIONS_PER_BATCH));
  const histories: RatingHistory[] = [];
  const readChunk = async (chunk: readonly Action[]): Promise<void> => {
    const [batched, run] = sp.batched({ maxRequests: VERSIONS_PER_BATCH });
    const reads = chunk.map((a) => observed(listActionVersions(batched, a.id)));
    await run();
    for (const [i, read] of reads.entries()) {
      const action = chunk[i];
      if (action) histories.push({ actionId: action.id, snapshots: snapshotsFromVersions(await read) });
    }
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const chunk = chunks[next++];
      if (chunk) await readChunk(chunk);
    }
  };
  await Promise.all(Array.from({ length: Math.min(VERSION_BATCHES_AT_ONCE, chunks.length) }, worker));
  return histories.sort((a, b) => a.actionId - b.actionId);
}
