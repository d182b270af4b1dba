/**
 * The repository functions of src/data, end to end against the emulated
 * tenant: real PnPjs and real requests, only the network is emulated.
 */
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { Actions } from "../../manifest";
import { fixedTokenProvider } from "../../src/app/tokens";
import type { ActionChange } from "../../src/domain/types";
import { listActionVersions } from "../../src/data/sharepoint/actionVersions";
import { historyFromVersions, historyNames } from "../../src/domain/history";
import { applyActionChange, getAction, listActionsOwnedBy } from "../../src/data/sharepoint/actions";
import { loadBoardHome } from "../../src/data/sharepoint/boardHome";
import { createInFolder } from "../../src/data/sharepoint/common";
import { isoToSpDate } from "../../src/data/sharepoint/dates";
import { siteRegional } from "../../src/data/sharepoint/regionalSettings";
import { getCurrentSiteUser } from "../../src/data/sharepoint/siteUsers";
import { createSp } from "../../src/data/sharepoint/sp";
import { boardByFolder } from "./bulk";
import type { StoredItem } from "./state";
import { persona, SITE_URL, TEST_NOW, tenant, type PersonaRole } from "./testTenant";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));

const storedActions = (): StoredItem[] => tenant.state.lists["TB Actions"]?.items ?? [];
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

  const historyOf = async (sp: SPFI, id: number) =>
    historyFromVersions(await listActionVersions(sp, id), historyNames([], []));

  it("applies the change with the ETag read; SharePoint's new version is the history entry, by the caller", async () => {
    const sp = spAs("member");
    const me = await getCurrentSiteUser(sp);
    const before = await getAction(sp, membersEarlyHelpAction().Id);
    const entriesBefore = (await historyOf(sp, before.id)).length;

    const after = await applyActionChange(sp, before, change, me, TEST_NOW, "save-1");

    expect(after.etag).not.toBe(before.etag);
    const reread = await getAction(sp, before.id);
    expect(reread).toMatchObject({
      etag: after.etag,
      status: "In progress",
      rag: "Amber",
      revisedDate: "2027-06-30",
      revisedReason: change.revisedReason,
      lastNote: change.note,
      changeId: "save-1",
    });
    expect(reread.lastUpdateBy?.id).toBe(me.id);

    const history = await historyOf(sp, before.id);
    expect(history).toHaveLength(entriesBefore + 1);
    expect(history[0]).toMatchObject({ throughApp: true, note: change.note, by: { id: me.id } });
    expect(history[0]?.changes.map((c) => c.text)).toContain(`RAG: ${before.rag} → Amber`);
    expect(history[0]?.changes.map((c) => c.text).join("\n")).toMatch(
      /Revised target date: .* → 30 Jun 2027 \(reason: The coordinator post was re-advertised\.\)/,
    );
  });

  it("refuses a change made from a stale read with a conflict, leaving the action as the first writer left it", async () => {
    const sp = spAs("member");
    const me = await getCurrentSiteUser(sp);
    const stale = await getAction(sp, membersEarlyHelpAction().Id);
    await applyActionChange(sp, stale, change, me, TEST_NOW, "save-a");

    await expect(
      applyActionChange(
        sp,
        stale,
        { ...change, status: "Complete", rag: null, note: "Done" },
        me,
        TEST_NOW,
        "save-b",
      ),
    ).rejects.toMatchObject({ kind: "conflict", status: 412 });
    expect((await getAction(sp, stale.id)).status).toBe("In progress");
  });

  it("a save whose reply was lost is recognised as the person's own: success, one history entry, no clash", async () => {
    const sp = spAs("member");
    const me = await getCurrentSiteUser(sp);
    const before = await getAction(sp, membersEarlyHelpAction().Id);
    const entriesBefore = (await historyOf(sp, before.id)).length;
    // SharePoint stores the batch (MERGE + re-read), then the connection drops: the client never hears.
    tenant.faults.add({ service: "sharepoint", kind: "drop-after", times: 1, match: "$batch" });

    const after = await applyActionChange(sp, before, change, me, TEST_NOW, "save-lost-reply");

    expect(after).toMatchObject({ rag: "Amber", changeId: "save-lost-reply" });
    const batches = requests().filter((r) => r.url.endsWith("$batch"));
    expect(batches.map((r) => r.status)).toEqual([0, 200]); // dropped, then the retry met 412 + our id
    const history = await historyOf(sp, before.id);
    expect(history).toHaveLength(entriesBefore + 1);
    expect(history[0]?.changes.map((c) => c.text)).toContain(`RAG: ${before.rag} → Amber`);
  });

  it("a change made straight over REST, as the SharePoint list's own pages would, is in the history under its author", async () => {
    const sp = spAs("second-member");
    const before = await getAction(sp, membersEarlyHelpAction().Id);
    const entriesBefore = (await historyOf(sp, before.id)).length;

    await sp.web.lists
      .getByTitle(Actions.title)
      .items.getById(before.id)
      .update({ TBTargetDate: "2027-09-30T23:00:00Z", TBOwnerOrg: "Somewhere else" });

    const history = await historyOf(spAs("member"), before.id);
    expect(history).toHaveLength(entriesBefore + 1);
    expect(history[0]).toMatchObject({
      throughApp: false,
      by: { name: persona("second-member").displayName },
    });
    expect(history[0]?.changes.map((c) => c.text)).toEqual([
      expect.stringMatching(/^Original target date: .* → 1 Oct 2027$/),
      `Organisation: ${before.ownerOrg || "none"} → Somewhere else`,
    ]);
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
      .update({ TBTargetDate: isoToSpDate("2027-06-30", (await siteRegional(sp)).timeZone) });

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
