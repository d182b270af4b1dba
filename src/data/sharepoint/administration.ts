import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Boards, Plans, Programmes } from "../../../manifest";
import type { RoleGroups } from "../../app/config";
import {
  folderNameFor,
  validateBoardInput,
  validatePlanInput,
  validateProgrammeInput,
  type BoardInput,
  type InputErrors,
  type PlanInput,
  type ProgrammeInput,
} from "../../domain/planSetup";
import { calendarRuleText } from "../../domain/reportingCalendar";
import type { Board, Plan } from "../../domain/types";
import { DataError, toDataError } from "../errors";
import {
  boardGroupAccessScopes,
  boardScopedLists,
  grantBoardGroupSiteAccess,
  provisionBoardFolders,
} from "./boardFolders";
import { listBoards } from "./boards";
import { and, eq } from "./odata";
import { siteUserIdFor } from "./planEditing";
import { listPlans } from "./plans";
import { listProgrammes } from "./programmes";

export type { BoardInput, PlanInput, ProgrammeInput } from "../../domain/planSetup";

/**
 * The plan administrator's writes (src/features/administration): plans, their programmes and boards.
 * These lists inherit the site's permissions (manifest `permissions: "site"`), where only the plan
 * administrators may add or edit; SharePoint refuses anyone else with 403, which arrives as a
 * DataError of kind "access".
 *
 * Creates are safe to repeat: the lists have no client id column, so after a failure (a reply lost
 * after SharePoint saved the item) the item is looked for by its natural key — the plan's title, the
 * programme's plan and number, the board's folder (a unique column) — before the failure is reported;
 * and a create the transport sent twice (keepFirst) leaves one plan or programme, not two.
 * Updates send the ETag they were given (If-Match): someone else's save in between is a 412, reported
 * as a conflict, never overwritten.
 */

const planItems = (sp: SPFI) => sp.web.lists.getByTitle(Plans.title).items;
const programmeItems = (sp: SPFI) => sp.web.lists.getByTitle(Programmes.title).items;
const boardItems = (sp: SPFI) => sp.web.lists.getByTitle(Boards.title).items;

const IdRows = z.array(z.object({ Id: z.number(), Title: z.string().nullish() }));

/** Input that breaks a rule: every message, each saying what to fix. */
function refuse<T>(errors: InputErrors<T>): void {
  const messages = Object.values(errors).filter((m): m is string => typeof m === "string");
  if (messages.length > 0) throw new DataError("invalid", messages.join(" "));
}

/** A failed write as the UI explains it; a 412 names what someone else changed. */
function writeFailure(e: unknown, what: string): DataError {
  const failure = toDataError(e);
  if (failure.kind === "conflict")
    return new DataError(
      "conflict",
      `Someone else changed this ${what} while you were working on it. Reload it to see their changes, then make yours again.`,
      412,
    );
  return failure;
}

/** The first item the filter finds, or null (a look-up after a failed create must not fail itself). */
async function findId(
  query: ReturnType<typeof planItems>,
  filter: string,
  title?: string,
): Promise<number | null> {
  try {
    const rows = IdRows.parse(await query.select("Id", "Title").filter(filter).top(10)());
    const found = rows.find((r) => title === undefined || (r.Title ?? "").trim() === title.trim());
    return found?.Id ?? null;
  } catch {
    return null;
  }
}

/**
 * After a create: our transport sends a request again when its connection drops (http/retry.ts), so
 * a create whose first reply was lost after SharePoint saved it arrives twice, and TB Plans and TB
 * Programmes have no unique column to refuse the second. Validation said no item had this natural key
 * before, so every item that has it now was made by this call: the first is kept, any other is sent
 * to the recycle bin (recoverable), and the first's id returned.
 */
async function keepFirst(
  query: ReturnType<typeof planItems>,
  filter: string,
  title: string,
  id: number,
): Promise<number> {
  try {
    const rows = IdRows.parse(await query.select("Id", "Title").filter(filter).orderBy("Id").top(10)());
    const ours = rows.filter((r) => (r.Title ?? "").trim() === title.trim()).map((r) => r.Id);
    const first = ours[0];
    if (first === undefined) return id;
    for (const extra of ours.slice(1)) await query.getById(extra).recycle();
    return first;
  } catch {
    return id;
  }
}

const createdId = (answer: unknown): number => {
  const parsed = z.object({ Id: z.number() }).safeParse(answer);
  if (!parsed.success) throw new DataError("unknown", "SharePoint did not say which item it created.");
  return parsed.data.Id;
};

/* ------------------------------------------------------------------ plans */

const planFields = (input: PlanInput): Record<string, unknown> => ({
  Title: input.title.trim(),
  TBStartYear: input.startYear,
  TBEndYear: input.endYear,
  TBCurrentYear: input.currentYear.trim(),
  TBVision: input.vision.trim(),
  TBProgrammeNoun: input.programmeNoun.trim().toLowerCase(),
  TBCalendarRule: calendarRuleText(input.calendarRule),
});

/** Creates the plan as a Draft (boards and programmes are set up before it goes Active). */
export async function createPlan(sp: SPFI, input: PlanInput): Promise<number> {
  const existing = await listPlans(sp).catch((e: unknown) => {
    throw toDataError(e);
  });
  refuse(validatePlanInput(input, existing));
  const byTitle = eq("Title", input.title.trim());
  try {
    const id = createdId(await planItems(sp).add({ ...planFields(input), TBStatus: "Draft" }));
    return await keepFirst(planItems(sp), byTitle, input.title, id);
  } catch (e) {
    // Plan titles are unique (validatePlanInput): one of this title now is the one we just made.
    const found = await findId(planItems(sp), byTitle);
    if (found !== null) return found;
    throw writeFailure(e, "plan");
  }
}

/** Changes the plan's name, years, current year, vision, programme noun and calendar rule. */
export async function updatePlan(sp: SPFI, planId: number, input: PlanInput, etag = "*"): Promise<void> {
  const existing = await listPlans(sp).catch((e: unknown) => {
    throw toDataError(e);
  });
  const current = existing.find((p) => p.id === planId);
  if (!current) throw new DataError("notFound", "This plan no longer exists. Someone may have deleted it.");
  if (current.status === "Archived")
    throw new DataError("invalid", `"${current.title}" is archived: it can be read but no longer changed.`);
  refuse(validatePlanInput(input, existing, planId));
  try {
    await planItems(sp).getById(planId).update(planFields(input), etag);
  } catch (e) {
    throw writeFailure(e, "plan");
  }
}

/** Draft → Active, or back; archiving goes through archivePlan, which also closes the boards. */
export async function setPlanStatus(
  sp: SPFI,
  planId: number,
  status: Plan["status"],
  etag = "*",
): Promise<void> {
  try {
    await planItems(sp).getById(planId).update({ TBStatus: status }, etag);
  } catch (e) {
    throw writeFailure(e, "plan");
  }
}

/**
 * Archives the plan: each of its boards' folders becomes read-only (provisionBoardFolders "archived"),
 * then the board is marked Archived; the plan's status last, so a plan marked Archived has nothing
 * left open. Safe to run again after a failure halfway: every step sets a state, none adds.
 */
export async function archivePlan(
  sp: SPFI,
  siteUrl: string,
  plan: Plan,
  boards: Board[],
  roles: RoleGroups,
  onProgress?: (done: number, total: number, what: string) => void,
): Promise<void> {
  const own = boards.filter((b) => b.planId === plan.id);
  const total = own.length + 1;
  try {
    for (const [i, board] of own.entries()) {
      onProgress?.(i, total, `Making ${board.title} read-only`);
      await provisionBoardFolders(
        sp,
        siteUrl,
        { folder: board.folder, groupId: board.groupId },
        roles,
        "archived",
      );
      if (board.status !== "Archived")
        await boardItems(sp).getById(board.id).update({ TBStatus: "Archived" });
    }
    onProgress?.(own.length, total, `Archiving ${plan.title}`);
    if (plan.status !== "Archived") await planItems(sp).getById(plan.id).update({ TBStatus: "Archived" });
    onProgress?.(total, total, `${plan.title} is archived`);
  } catch (e) {
    throw writeFailure(e, "plan");
  }
}

/* ------------------------------------------------------------- programmes */

const programmeFields = (input: ProgrammeInput): Record<string, unknown> => ({
  Title: input.title.trim(),
  TBPlanId: input.planId,
  TBNumber: input.number,
  // A multi-value lookup is written as its ids (JSON light: an array).
  TBDeliveryBoardsId: [...new Set(input.boardIds)],
  TBOutcome: input.outcome.trim(),
});

async function programmeContext(sp: SPFI) {
  try {
    return await Promise.all([listPlans(sp), listProgrammes(sp), listBoards(sp)]);
  } catch (e) {
    throw toDataError(e);
  }
}

function openPlan(all: Plan[], planId: number): Plan {
  const plan = all.find((p) => p.id === planId);
  if (!plan) throw new DataError("notFound", "This plan no longer exists. Someone may have deleted it.");
  if (plan.status === "Archived")
    throw new DataError("invalid", `"${plan.title}" is archived: it can be read but no longer changed.`);
  return plan;
}

/** Adds a programme to the plan, numbered and named, with the boards that deliver it. */
export async function createProgramme(sp: SPFI, input: ProgrammeInput): Promise<number> {
  const [allPlans, allProgrammes, allBoards] = await programmeContext(sp);
  const plan = openPlan(allPlans, input.planId);
  refuse(validateProgrammeInput(input, allProgrammes, allBoards, undefined, plan.programmeNoun));
  const byNumber = and(eq("TBPlanId", input.planId), eq("TBNumber", input.number));
  try {
    const id = createdId(await programmeItems(sp).add(programmeFields(input)));
    return await keepFirst(programmeItems(sp), byNumber, input.title, id);
  } catch (e) {
    // A plan's programme numbers are unique (validateProgrammeInput): ours if its title is ours too.
    const found = await findId(programmeItems(sp), byNumber, input.title);
    if (found !== null) return found;
    throw writeFailure(e, programmeNounOf(plan));
  }
}

const programmeNounOf = (plan: Plan): string => plan.programmeNoun || "programme";

export async function updateProgramme(
  sp: SPFI,
  programmeId: number,
  input: ProgrammeInput,
  etag = "*",
): Promise<void> {
  const [allPlans, allProgrammes, allBoards] = await programmeContext(sp);
  const plan = openPlan(allPlans, input.planId);
  refuse(validateProgrammeInput(input, allProgrammes, allBoards, programmeId, plan.programmeNoun));
  try {
    await programmeItems(sp).getById(programmeId).update(programmeFields(input), etag);
  } catch (e) {
    throw writeFailure(e, programmeNounOf(plan));
  }
}

/** SharePoint takes up to 1,000 operations in a $batch; a plan has a handful of programmes. */
const BATCH = 100;

/**
 * Renumbers the plan's programmes 1..n in this order: one $batch of MERGEs (one round trip for up
 * to 100 programmes). Numbers are not a unique column, so the order in which SharePoint applies them
 * does not matter, and running it again gives the same numbers.
 */
export async function reorderProgrammes(sp: SPFI, orderedIds: number[]): Promise<void> {
  try {
    for (let start = 0; start < orderedIds.length; start += BATCH) {
      const [batched, execute] = sp.batched();
      const writes = orderedIds.slice(start, start + BATCH).map((id, i) =>
        programmeItems(batched)
          .getById(id)
          .update({ TBNumber: start + i + 1 }),
      );
      const outcome = Promise.allSettled(writes);
      await execute();
      const failed = (await outcome).find((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed) throw failed.reason;
    }
  } catch (e) {
    throw writeFailure(e, "order");
  }
}

/* ----------------------------------------------------------------- boards */

async function boardFields(sp: SPFI, input: BoardInput): Promise<Record<string, unknown>> {
  const person = async (email: string | null): Promise<number | null> =>
    email && email.trim() !== "" ? siteUserIdFor(sp, email) : null;
  const [chairId, sponsorId] = await Promise.all([person(input.chairEmail), person(input.sponsorEmail)]);
  return {
    Title: input.title.trim(),
    TBPlanId: input.planId,
    TBGroupId: input.groupId.trim(),
    TBChairId: chairId,
    TBChairRole: input.chairRole.trim() || "Chair",
    TBSponsorId: sponsorId,
    TBMeetingCadence: input.cadence.trim(),
    TBChannelId: input.channelId.trim(),
    TBChannelName: input.channelName.trim(),
  };
}

/**
 * Creates the board item, then its folder in every board-scoped list with the permissions the
 * manifest declares for its group (provisionBoardFolders "active"). Safe to retry: a board of the
 * same plan, title and group made by an earlier attempt is taken up again (its folders finished),
 * and a create whose reply was lost is found by its folder, a unique column.
 */
export async function createBoard(
  sp: SPFI,
  siteUrl: string,
  input: BoardInput,
  roles: RoleGroups,
  onProgress?: (done: number, total: number, what: string) => void,
): Promise<number> {
  const [allPlans, , allBoards] = await programmeContext(sp);
  openPlan(allPlans, input.planId);
  const title = input.title.trim();
  const earlier = allBoards.find(
    (b) =>
      b.planId === input.planId &&
      b.title.trim().toLowerCase() === title.toLowerCase() &&
      b.groupId === input.groupId.trim() &&
      (input.folder === undefined || b.folder === input.folder),
  );
  // Progress: the board item, the site and lists every board reads, then each board-scoped list.
  const scopes = boardGroupAccessScopes().length;
  const steps = 1 + scopes + boardScopedLists().length;
  let id: number;
  let folder: string;
  if (earlier) {
    id = earlier.id;
    folder = earlier.folder;
  } else {
    refuse(validateBoardInput(input, allBoards));
    folder =
      input.folder ??
      folderNameFor(
        title,
        allBoards.map((b) => b.folder),
      );
    if (allBoards.some((b) => b.folder === folder))
      throw new DataError("invalid", `Another board already uses the folder "${folder}". Choose another.`);
    onProgress?.(0, steps, `Adding ${title}`);
    const fields = await boardFields(sp, input);
    try {
      id = createdId(await boardItems(sp).add({ ...fields, TBFolder: folder, TBStatus: "Active" }));
    } catch (e) {
      const found = await findId(boardItems(sp), eq("TBFolder", folder), title);
      if (found === null) throw writeFailure(e, "board");
      id = found;
    }
  }
  try {
    // The team's people first get into the site and the lists every board reads, then their folders.
    await grantBoardGroupSiteAccess(sp, input.groupId.trim(), (done, _total, where) =>
      onProgress?.(1 + done, steps, `Giving ${title}'s team access to ${where}`),
    );
    await provisionBoardFolders(
      sp,
      siteUrl,
      { folder, groupId: input.groupId.trim() },
      roles,
      "active",
      (done, _total, listTitle) => onProgress?.(1 + scopes + done, steps, `Setting up ${listTitle}`),
    );
  } catch (e) {
    throw writeFailure(e, "board");
  }
  return id;
}

/**
 * Changes the board's name, people, cadence, channel or group. When the group changes, the folders
 * are set up for the new group first (its members in, the old group's out), then the item is saved,
 * so a failure between the two leaves nothing half-done that running it again does not finish.
 */
export async function updateBoard(
  sp: SPFI,
  siteUrl: string,
  board: Board,
  input: BoardInput,
  roles: RoleGroups,
  etag = "*",
): Promise<void> {
  const [allPlans, , allBoards] = await programmeContext(sp);
  openPlan(allPlans, input.planId);
  refuse(validateBoardInput({ ...input, folder: undefined }, allBoards, board.id));
  try {
    if (input.groupId.trim() !== board.groupId) {
      // The old group keeps its access to the site and TB Report Reviews: it may back another board,
      // and it reads nothing of this board once its folders are set up for the new group.
      await grantBoardGroupSiteAccess(sp, input.groupId.trim());
      await provisionBoardFolders(
        sp,
        siteUrl,
        { folder: board.folder, groupId: input.groupId.trim() },
        roles,
        board.status === "Archived" ? "archived" : "active",
      );
    }
    const fields = await boardFields(sp, input);
    await boardItems(sp).getById(board.id).update(fields, etag);
  } catch (e) {
    throw writeFailure(e, "board");
  }
}
