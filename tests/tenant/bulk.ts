import type { StoredItem } from "./state";
import type { Tenant } from "./tenant";
import { localIsoToUtc } from "./time";

const STATUSES = ["Not started", "In progress", "Complete", "Withdrawn"] as const;

/** The TB Boards item whose folder in the board-scoped lists is `boardFolder`. */
export function boardByFolder(tenant: Tenant, boardFolder: string): StoredItem {
  const board = tenant.state.lists["TB Boards"]?.items.find((i) => i.fields["TBFolder"] === boardFolder);
  if (!board) throw new Error(`No board has the folder "${boardFolder}"`);
  return board;
}

/**
 * Adds `count` actions to one board's folder of "TB Actions" directly in the
 * store (no HTTP), so a test can grow the list past the list view threshold
 * in milliseconds. The actions look like the seeded ones: same plan, the
 * board's first programme, a unique TBClientId, a target date, a status, and
 * an owner and organisation that vary so that filters have something to find.
 * Returns the ids of the new items, in order.
 */
export function addBulkActions(tenant: Tenant, boardFolder: string, count: number): number[] {
  const list = tenant.state.lists["TB Actions"];
  if (!list) throw new Error('The tenant has no "TB Actions" list');
  if (!list.folders[boardFolder]) throw new Error(`"TB Actions" has no folder "${boardFolder}"`);
  const board = boardByFolder(tenant, boardFolder);
  const boardId = board.Id;
  const template = list.items.find((i) => i.fields["TBBoardId"] === boardId) ?? list.items[0];
  const programmes = tenant.state.lists["TB Programmes"]?.items ?? [];
  const programmeId =
    (template?.fields["TBProgrammeId"] as number | undefined) ??
    programmes.find(
      (p) =>
        Array.isArray(p.fields["TBDeliveryBoardsId"]) &&
        (p.fields["TBDeliveryBoardsId"] as number[]).includes(boardId),
    )?.Id ??
    1;
  const planId = (board.fields["TBPlanId"] as number | undefined) ?? 1;
  const planYear = (template?.fields["TBPlanYear"] as string | undefined) ?? "2026/27";
  const owners = tenant.state.siteUsers;
  const created = template?.Created ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const author = template?.AuthorId ?? owners[0]?.Id ?? 1;
  const targetDate = localIsoToUtc(`${planYear.slice(0, 4)}-09-30`);

  const ids: number[] = [];
  for (let n = 0; n < count; n++) {
    const owner = owners[n % Math.max(owners.length, 1)];
    const ownerGraph = owner ? tenant.user(owner.graphId) : undefined;
    const id = list.nextId++;
    list.items.push({
      Id: id,
      folder: boardFolder,
      version: 1,
      fields: {
        Title: `Bulk action ${n + 1}`,
        TBClientId: `bulk-${boardFolder}-${id}`,
        TBPlanId: planId,
        TBBoardId: boardId,
        TBProgrammeId: programmeId,
        TBPlanYear: planYear,
        TBRef: `B.${n + 1}`,
        TBDescription: null,
        TBOwnerId: owner?.Id ?? null,
        TBOwnerOrg: ownerGraph?.companyName ?? null,
        TBTargetDate: targetDate,
        TBRevisedDate: null,
        TBRevisedReason: null,
        TBStatus: STATUSES[n % STATUSES.length],
        TBRag: null,
        TBLastUpdateAt: null,
        TBLastUpdateById: null,
        TBLastNote: null,
      },
      Created: created,
      Modified: created,
      AuthorId: author,
      EditorId: author,
    });
    ids.push(id);
  }
  tenant.changed();
  return ids;
}
