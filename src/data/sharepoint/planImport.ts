import type { Client } from "@microsoft/microsoft-graph-client";
import type { SPFI } from "@pnp/sp";
import { z } from "zod";
import { Actions } from "../../../manifest";
import type { RoleGroups } from "../../app/config";
import type { ExistingAction, ImportPlan } from "../../domain/planImport";
import type { Plan } from "../../domain/types";
import { GRAPH_BATCH_LIMIT } from "../graph/batch";
import { DataError, toDataError } from "../errors";
import { createBoard, createProgramme } from "./administration";
import { listBoards } from "./boards";
import { createInFolder, personKey, readAll } from "./common";
import { eq } from "./odata";
import { listProgrammes } from "./programmes";

/**
 * Writes what a checked import spreadsheet sets up (domain/planImport.ts): boards, then programmes,
 * then actions. Every step can be run again: a board of the same plan, name and group is taken up
 * again by createBoard (its folders finished), a programme is found by plan and number, an action by
 * its client id `import:<planId>:<ref>` — so an import that stopped halfway, run again, finishes
 * without making anything twice.
 */

/** The plan's actions as the import sees them: their references and the client ids they were made with. */
export async function listPlanActionKeys(sp: SPFI, planId: number): Promise<ExistingAction[]> {
  try {
    const rows = await readAll(
      sp.web.lists
        .getByTitle(Actions.title)
        .items.select("Id", "TBRef", "TBClientId")
        // TBPlanId is indexed: the query stays under the list view threshold however large the list.
        .filter(eq("TBPlanId", planId))
        .top(5000),
    );
    return z
      .array(z.object({ TBRef: z.string().nullish(), TBClientId: z.string().nullish() }))
      .parse(rows)
      .map((r) => ({ ref: r.TBRef ?? "", clientId: r.TBClientId ?? "" }));
  } catch (e) {
    throw toDataError(e);
  }
}

const BatchAnswer = z.object({
  responses: z.array(z.object({ id: z.string(), status: z.number() })),
});

/**
 * Which of these email addresses belong to people in the directory (lower case): GET /users/{upn}
 * in JSON batches of 20 (https://learn.microsoft.com/graph/api/user-get; a work account's email is
 * its user principal name). 404 means nobody; any other failure is thrown, so an outage is never
 * mistaken for unknown people.
 */
export async function knownDirectoryEmails(graph: Client, emails: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ""))];
  const known = new Set<string>();
  try {
    for (let i = 0; i < wanted.length; i += GRAPH_BATCH_LIMIT) {
      const chunk = wanted.slice(i, i + GRAPH_BATCH_LIMIT);
      const answer = BatchAnswer.parse(
        await graph.api("/$batch").post({
          requests: chunk.map((email, j) => ({
            id: String(j),
            method: "GET",
            url: `/users/${encodeURIComponent(email)}?$select=id`,
          })),
        }),
      );
      chunk.forEach((email, j) => {
        const part = answer.responses.find((r) => r.id === String(j));
        if (!part) throw new DataError("unknown", `Microsoft Graph did not say whether ${email} exists.`);
        if (part.status === 200) known.add(email);
        else if (part.status !== 404)
          throw toDataError({ status: part.status, message: `GET /users/${email}` });
      });
    }
  } catch (e) {
    throw toDataError(e);
  }
  return known;
}

/** What an import has written so far (made now, or found from an earlier run). */
export interface ImportWritten {
  boards: number;
  programmes: number;
  actions: number;
}

/** An import that stopped: what it wrote before, and why. Running it again finishes without duplicates. */
export class ImportInterrupted extends DataError {
  constructor(
    readonly written: ImportWritten,
    readonly reason: DataError,
  ) {
    super(reason.kind, reason.message, reason.status);
    this.name = "ImportInterrupted";
  }
}

/** How many actions are created at once: a few in flight, never a flood SharePoint throttles. */
const PARALLEL = 4;

/**
 * Writes the import. `onProgress(done, total, what)` after each item. Throws ImportInterrupted with
 * the counts written when any step fails (nothing is rolled back: a re-run finishes the rest).
 */
export async function runImport(
  sp: SPFI,
  siteUrl: string,
  roles: RoleGroups,
  plan: Pick<Plan, "id">,
  work: ImportPlan,
  onProgress?: (done: number, total: number, what: string) => void,
): Promise<ImportWritten> {
  const written: ImportWritten = { boards: 0, programmes: 0, actions: 0 };
  const total = work.boards.length + work.programmes.length + work.actions.length;
  let done = 0;
  const step = (what: string) => onProgress?.(++done, total, what);
  try {
    onProgress?.(0, total, "Starting");
    for (const b of work.boards) {
      await createBoard(
        sp,
        siteUrl,
        {
          planId: plan.id,
          title: b.title,
          groupId: b.groupId,
          // The team's channel is picked in the Boards section afterwards (never typed in a spreadsheet).
          channelId: "",
          channelName: "",
          chairEmail: b.chairEmail,
          chairRole: b.chairRole,
          sponsorEmail: b.sponsorEmail,
          cadence: b.cadence,
          folder: b.folder,
        },
        roles,
      );
      written.boards += 1;
      step(b.existing ? `Board ${b.title} (already there: its folders checked)` : `Board ${b.title}`);
    }

    const boards = (await listBoards(sp)).filter((b) => b.planId === plan.id);
    const boardId = (folder: string): number => {
      const found = boards.find((b) => b.folder === folder);
      if (!found)
        throw new DataError("notFound", `The board with folder ${folder} was not found after it was made.`);
      return found.id;
    };
    let programmes = (await listProgrammes(sp)).filter((p) => p.planId === plan.id);
    for (const p of work.programmes) {
      if (!programmes.some((x) => x.number === p.number)) {
        await createProgramme(sp, {
          planId: plan.id,
          number: p.number,
          title: p.title,
          outcome: p.outcome,
          boardIds: p.boardFolders.map(boardId),
        });
      }
      written.programmes += 1;
      step(`${p.number}: ${p.title}`);
    }
    if (work.programmes.length > 0)
      programmes = (await listProgrammes(sp)).filter((p) => p.planId === plan.id);
    const programmeId = (n: number): number => {
      const found = programmes.find((p) => p.number === n);
      if (!found)
        throw new DataError("notFound", `Programme ${n} of the plan was not found after it was made.`);
      return found.id;
    };

    const existing = new Set((await listPlanActionKeys(sp, plan.id)).map((a) => a.clientId));
    const queue = [...work.actions];
    let failedOnce = false;
    const worker = async (): Promise<void> => {
      for (let a = queue.shift(); a && !failedOnce; a = queue.shift()) {
        if (!existing.has(a.clientId)) {
          // The same fields as a chair's new action (planEditing.ts addAction); the client id doubles as
          // the save id, so the history reads its first version as written by Trust Boards.
          await createInFolder(sp, siteUrl, Actions, a.boardFolder, a.clientId, [
            { FieldName: "Title", FieldValue: a.title },
            { FieldName: "TBPlanId", FieldValue: String(plan.id) },
            { FieldName: "TBBoardId", FieldValue: String(boardId(a.boardFolder)) },
            { FieldName: "TBProgrammeId", FieldValue: String(programmeId(a.programmeNumber)) },
            { FieldName: "TBPlanYear", FieldValue: work.planYear },
            { FieldName: "TBRef", FieldValue: a.ref },
            { FieldName: "TBDescription", FieldValue: a.description },
            ...(a.ownerEmail ? [{ FieldName: "TBOwner", FieldValue: personKey(a.ownerEmail) }] : []),
            { FieldName: "TBTargetDate", date: a.targetDate },
            { FieldName: "TBStatus", FieldValue: "Not started" },
            { FieldName: "TBChangeId", FieldValue: a.clientId },
          ]).catch((e: unknown) => {
            failedOnce = true;
            throw e;
          });
        }
        written.actions += 1;
        step(`Action ${a.ref}`);
      }
    };
    const results = await Promise.allSettled(Array.from({ length: PARALLEL }, worker));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    return written;
  } catch (e) {
    throw new ImportInterrupted({ ...written }, toDataError(e));
  }
}
