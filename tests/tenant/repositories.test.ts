/**
 * The repository functions of src/data, end to end against the emulated
 * tenant: real PnPjs and real requests, only the network is emulated.
 */
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { Actions } from "../../manifest";
import { fixedTokenProvider } from "../../src/app/tokens";
import type { ActionChange } from "../../src/domain/types";
import { appendHistory, listActionHistory } from "../../src/data/sharepoint/actionUpdates";
import { applyActionChange, getAction, listActionsOwnedBy } from "../../src/data/sharepoint/actions";
import { loadBoardHome } from "../../src/data/sharepoint/boardHome";
import { createInFolder } from "../../src/data/sharepoint/common";
import { isoToSpDate } from "../../src/data/sharepoint/dates";
import { getCurrentSiteUser } from "../../src/data/sharepoint/siteUsers";
import { createSp } from "../../src/data/sharepoint/sp";
import { boardByFolder } from "./bulk";
import type { StoredItem } from "./state";
import { persona, SITE_URL, TEST_NOW, tenant, type PersonaRole } from "./testTenant";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));

const storedActions = (): StoredItem[] => tenant.state.lists["TB Actions"]?.items ?? [];
const storedUpdates = (): StoredItem[] => tenant.state.lists["TB Action Updates"]?.items ?? [];
const requests = () => tenant.log.filter((l) => l.service === "sharepoint");

function siteUserId(role: PersonaRole): number {
  const { userId } = persona(role);
  const user = tenant.state.siteUsers.find((u) => u.graphId === userId);
  if (!user) throw new Error(`${role} is not a site user`);
  return user.Id;
}

/** A seeded Early Help action owned by the member, with no revised date yet. */
function membersEarlyHelpAction(): StoredItem {
  const item = storedActions().find(
    (i) =>
      i.folder === "early-help" &&
      i.fields["TBOwnerId"] === siteUserId("member") &&
      i.fields["TBRevisedDate"] === null,
  );
  if (!item) throw new Error("The demo has no Early Help action owned by the member");
  return item;
}

describe("loadBoardHome", () => {
  it("returns the Early Help board, its plan, programmes 1 and 5 and its actions in ONE request", async () => {
    const sp = spAs("member");
    const board = boardByFolder(tenant, "early-help");
    const expectedActions = storedActions()
      .filter((i) => i.fields["TBBoardId"] === board.Id)
      .map((i) => i.Id);

    const home = await loadBoardHome(sp, board.Id);

    expect(home.board).toMatchObject({
      id: board.Id,
      title: board.fields["Title"],
      folder: "early-help",
      chairRole: "Interim Chair",
    });
    expect(home.board.chair?.name).toBe(persona("chair").displayName);
    expect(home.plan?.id).toBe(board.fields["TBPlanId"]);
    expect(home.programmes.map((p) => p.number).sort()).toEqual([1, 5]);
    expect(home.actions.map((a) => a.id).sort((a, b) => a - b)).toEqual(expectedActions);
    expect(home.actions.every((a) => a.boardId === board.Id)).toBe(true);
    expect(home.me).toMatchObject({ id: siteUserId("member"), name: persona("member").displayName });

    expect(requests()).toHaveLength(1);
    expect(requests()[0]).toMatchObject({ method: "POST", status: 200, parts: 5 });
  });
});

describe("recording an update to an action", () => {
  const change: ActionChange = {
    status: "In progress",
    rag: "Amber",
    note: "Two of the three localities have started; the third waits for a coordinator.",
    revisedDate: "2027-06-30",
    revisedReason: "The coordinator post was re-advertised.",
    evidenceUrl: "",
  };

  it("applies the change with the ETag read and appends a history entry authored by the caller", async () => {
    const sp = spAs("member");
    const me = await getCurrentSiteUser(sp);
    const before = await getAction(sp, membersEarlyHelpAction().Id);

    const after = await applyActionChange(sp, before, change, me, TEST_NOW);
    const entryId = await appendHistory(sp, SITE_URL, "early-help", before, change, "test-history-1");

    expect(after.etag).not.toBe(before.etag);
    const reread = await getAction(sp, before.id);
    expect(reread).toMatchObject({
      etag: after.etag,
      status: "In progress",
      rag: "Amber",
      revisedDate: "2027-06-30",
      revisedReason: change.revisedReason,
      lastNote: change.note,
    });
    expect(reread.lastUpdateBy?.id).toBe(me.id);

    const history = await listActionHistory(sp, before.id);
    const entry = history[0];
    expect(entry?.id).toBe(entryId);
    expect(entry).toMatchObject({
      actionId: before.id,
      kind: "Progress",
      statusFrom: before.status,
      statusTo: "In progress",
      ragFrom: before.rag,
      ragTo: "Amber",
      note: change.note,
      dateFrom: before.targetDate,
      dateTo: "2027-06-30",
      reason: change.revisedReason,
    });
    expect(entry?.author).toMatchObject({ id: me.id, name: persona("member").displayName });
    expect(storedUpdates().find((u) => u.Id === entryId)?.folder).toBe("early-help");
  });

  it("refuses a change made from a stale read with a conflict, leaving the action as the first writer left it", async () => {
    const sp = spAs("member");
    const me = await getCurrentSiteUser(sp);
    const stale = await getAction(sp, membersEarlyHelpAction().Id);
    await applyActionChange(sp, stale, change, me, TEST_NOW);

    await expect(
      applyActionChange(sp, stale, { ...change, status: "Complete", rag: null, note: "Done" }, me, TEST_NOW),
    ).rejects.toMatchObject({
      kind: "conflict",
      status: 412,
    });
    expect((await getAction(sp, stale.id)).status).toBe("In progress");
  });

  it("lists an action's history newest first", async () => {
    const sp = spAs("member");
    const before = await getAction(sp, membersEarlyHelpAction().Id);
    const seeded = storedUpdates().filter((u) => u.fields["TBActionId"] === before.id).length;

    const first = await appendHistory(
      sp,
      SITE_URL,
      "early-help",
      before,
      { ...change, revisedDate: null },
      "test-history-a",
    );
    const second = await appendHistory(
      sp,
      SITE_URL,
      "early-help",
      before,
      { ...change, revisedDate: null, note: "A later note" },
      "test-history-b",
    );
    const history = await listActionHistory(sp, before.id);

    expect(history).toHaveLength(seeded + 2);
    expect(history.slice(0, 2).map((h) => h.id)).toEqual([second, first]);
    expect(history[0]?.note).toBe("A later note");
    const ids = history.map((h) => h.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(history.every((h) => h.actionId === before.id)).toBe(true);
  });
});

describe("listActionsOwnedBy", () => {
  it("returns the member's actions, and only theirs, across every board they can see", async () => {
    const sp = spAs("member");
    const mine = siteUserId("member");
    const expected = storedActions()
      .filter((i) => i.fields["TBOwnerId"] === mine)
      .map((i) => i.Id);

    const actions = await listActionsOwnedBy(sp, mine);

    expect(actions.map((a) => a.id).sort((a, b) => a - b)).toEqual(expected);
    expect(actions.every((a) => a.owner?.id === mine)).toBe(true);
    const boards = new Set(actions.map((a) => a.boardId));
    expect(boards).toEqual(
      new Set([boardByFolder(tenant, "early-help").Id, boardByFolder(tenant, "health-wellbeing").Id]),
    );
  });
});

describe("date-only columns", () => {
  it("reads back 30 June, a British Summer Time date, as 30 June and not 29 June", async () => {
    const sp = spAs("member");
    const action = membersEarlyHelpAction();
    await sp.web.lists
      .getByTitle(Actions.title)
      .items.getById(action.Id)
      .update({ TBTargetDate: isoToSpDate("2027-06-30") });

    // SharePoint keeps midnight UK time, in UTC: the evening before.
    expect(storedActions().find((i) => i.Id === action.Id)?.fields["TBTargetDate"]).toBe(
      "2027-06-29T23:00:00Z",
    );
    expect((await getAction(sp, action.Id)).targetDate).toBe("2027-06-30");
  });

  it("keeps 30 June when the date is written as a form value on create", async () => {
    const sp = spAs("member");
    const board = boardByFolder(tenant, "early-help");
    const template = membersEarlyHelpAction();

    const id = await createInFolder(sp, SITE_URL, Actions, "early-help", "test-date-1", [
      { FieldName: "Title", FieldValue: "Summer holiday activity programme" },
      { FieldName: "TBPlanId", FieldValue: String(board.fields["TBPlanId"]) },
      { FieldName: "TBBoardId", FieldValue: String(board.Id) },
      { FieldName: "TBProgrammeId", FieldValue: String(template.fields["TBProgrammeId"]) },
      { FieldName: "TBPlanYear", FieldValue: String(template.fields["TBPlanYear"]) },
      { FieldName: "TBTargetDate", FieldValue: "30/06/2027" },
      { FieldName: "TBStatus", FieldValue: "Not started" },
    ]);

    expect((await getAction(sp, id)).targetDate).toBe("2027-06-30");
  });

  it("reads a seeded autumn BST date (stored as 23:00 the day before) as the intended day", async () => {
    const sp = spAs("member");
    const seeded = storedActions().find(
      (i) => i.folder === "early-help" && String(i.fields["TBTargetDate"]).endsWith("T23:00:00Z"),
    );
    if (!seeded) throw new Error("The demo has no summer-time target date");
    const intended = new Date(Date.parse(seeded.fields["TBTargetDate"] as string) + 3_600_000)
      .toISOString()
      .slice(0, 10);

    expect((await getAction(sp, seeded.Id)).targetDate).toBe(intended);
  });
});
