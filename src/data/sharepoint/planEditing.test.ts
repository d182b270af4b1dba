/**
 * The chair's changes to the plan, end to end through the real PnPjs client against the emulated
 * tenant: each is one write whose SharePoint version is the history entry, under the real author.
 * Beside them, REST probes: what a person can do around the app, and what the history then says.
 */
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { Actions } from "../../../manifest";
import { fixedTokenProvider } from "../../app/tokens";
import { historyFromVersions, historyNames } from "../../domain/history";
import { boardByFolder } from "../../../tests/tenant/bulk";
import { persona, SITE_URL, TEST_NOW, tenant, type PersonaRole } from "../../../tests/tenant/testTenant";
import { listActionVersions } from "./actionVersions";
import { getAction } from "./actions";
import {
  addAction,
  closeAction,
  editActionDetails,
  moveAction,
  reassignAction,
  reopenAction,
} from "./planEditing";
import { loadBoardHome } from "./boardHome";
import { listBoards } from "./boards";
import { listProgrammes } from "./programmes";
import { getCurrentSiteUser } from "./siteUsers";
import { createSp } from "./sp";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
const stored = () => tenant.state.lists["TB Actions"]?.items ?? [];
const upn = (role: PersonaRole) => persona(role).upn;

async function historyOf(sp: SPFI, id: number) {
  const [versions, boards, programmes] = await Promise.all([
    listActionVersions(sp, id),
    listBoards(sp),
    listProgrammes(sp),
  ]);
  return historyFromVersions(versions, historyNames(boards, programmes));
}

/** An open Early Help action in programme 5 owned by the member. */
async function openAction(sp: SPFI) {
  const home = await loadBoardHome(sp, boardByFolder(tenant, "early-help").Id);
  const a = home.actions.find(
    (x) => x.owner?.email.toLowerCase() === upn("member").toLowerCase() && x.status === "In progress",
  );
  if (!a) throw new Error("The demo has no open Early Help action owned by the member");
  return { home, action: a };
}

describe("the chair keeps the plan", () => {
  it("adds an action in the board's folder: one version, 'added' by the chair, with every column filled", async () => {
    const sp = spAs("chair");
    const me = await getCurrentSiteUser(sp);
    const home = await loadBoardHome(sp, boardByFolder(tenant, "early-help").Id);
    const programme = home.programmes.find((p) => p.number === 5);
    if (!programme || !home.plan) throw new Error("no programme 5");

    const added = await addAction(
      sp,
      SITE_URL,
      home.board,
      home.plan,
      {
        programmeId: programme.id,
        ref: "5.9",
        title: "Open a family hub in every district",
        description: "One hub per district, shared by partners.",
        ownerEmail: upn("second-member"),
        ownerOrg: "CHYPPS",
        targetDate: "2027-06-30",
      },
      "add-1",
    );

    expect(added).toMatchObject({
      boardId: home.board.id,
      programmeId: programme.id,
      planYear: home.plan.currentYear,
      ref: "5.9",
      status: "Not started",
      targetDate: "2027-06-30",
      folder: "early-help",
      changeId: "add-1",
      owner: { name: persona("second-member").displayName },
    });
    const item = stored().find((i) => i.Id === added.id);
    expect(item?.versions).toHaveLength(1);
    expect(item?.fields["TBPlanId"]).toBe(home.plan.id);
    const history = await historyOf(sp, added.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ created: true, throughApp: true, by: { id: me.id } });
  });

  it("reassigns, closes, reopens and moves: one version each, in plain English, with the note, by the chair", async () => {
    const sp = spAs("chair");
    const me = await getCurrentSiteUser(sp);
    const { home, action } = await openAction(sp);
    const versionsBefore = stored().find((i) => i.Id === action.id)?.versions?.length ?? 0;

    const reassigned = await reassignAction(
      sp,
      action,
      { ownerEmail: upn("second-member"), ownerOrg: "CHYPPS", note: "Dawn leads this now." },
      me,
      TEST_NOW,
      "r-1",
    );
    const closed = await closeAction(
      sp,
      reassigned,
      { status: "Complete", note: "All localities live." },
      me,
      TEST_NOW,
      "c-1",
    );
    const reopened = await reopenAction(
      sp,
      closed,
      { rag: "Amber", note: "One locality slipped." },
      me,
      TEST_NOW,
      "o-1",
    );
    const other = home.programmes.find((p) => p.id !== action.programmeId);
    if (!other) throw new Error("Early Help delivers two programmes");
    const moved = await moveAction(
      sp,
      reopened,
      { programmeId: other.id, ref: `${other.number}.99`, note: "" },
      me,
      TEST_NOW,
      "m-1",
    );
    expect(moved).toMatchObject({ programmeId: other.id, ref: `${other.number}.99`, status: "In progress" });

    expect(stored().find((i) => i.Id === action.id)?.versions).toHaveLength(versionsBefore + 4);
    const [m, o, c, r] = await historyOf(sp, action.id);
    for (const e of [m, o, c, r]) expect(e).toMatchObject({ throughApp: true, by: { id: me.id } });
    expect(r?.changes.map((x) => x.text)).toContain(
      `Owner: ${persona("member").displayName} → ${persona("second-member").displayName}`,
    );
    expect(r?.note).toBe("Dawn leads this now.");
    expect(c?.changes.map((x) => x.text)).toEqual(["Status: In progress → Complete"]);
    expect(c?.note).toBe("All localities live.");
    expect(o?.changes.map((x) => x.text)).toEqual(["Status: Complete → In progress", "RAG: none → Amber"]);
    expect(o?.note).toBe("One locality slipped.");
    const from = home.programmes.find((p) => p.id === action.programmeId);
    expect(m?.changes.map((x) => x.text)).toEqual([
      `Reference: ${action.ref} → 5.99`,
      `Programme: ${from?.number}. ${from?.title} → ${other.number}. ${other.title}`,
    ]);
    // The move said nothing: no older note is shown again under it.
    expect(m?.note).toBe("");
  });

  it("edits the title and the original target date, keeping the date's day in the site's time zone", async () => {
    const sp = spAs("chair");
    const me = await getCurrentSiteUser(sp);
    const { action } = await openAction(sp);
    const edited = await editActionDetails(
      sp,
      action,
      {
        title: "A clearer title",
        description: action.description,
        ownerOrg: action.ownerOrg,
        targetDate: "2027-07-31",
      },
      me,
      TEST_NOW,
      "e-1",
    );
    expect(edited).toMatchObject({ title: "A clearer title", targetDate: "2027-07-31" });
    const [entry] = await historyOf(sp, action.id);
    expect(entry?.changes.map((x) => x.text)).toEqual([
      expect.stringMatching(/^Original target date: .* → 31 Jul 2027$/),
      `Title: ${action.title} → A clearer title`,
    ]);
  });

  it("a plan administrator may keep the plan too", async () => {
    const sp = spAs("administrator");
    const me = await getCurrentSiteUser(sp);
    const { action } = await openAction(sp);
    const closed = await closeAction(
      sp,
      action,
      { status: "Withdrawn", note: "Superseded." },
      me,
      TEST_NOW,
      "a-1",
    );
    expect(closed.status).toBe("Withdrawn");
  });

  it("refuses a change made from a stale read (412), leaving the other person's change", async () => {
    const chair = spAs("chair");
    const me = await getCurrentSiteUser(chair);
    const { action } = await openAction(chair);
    await closeAction(chair, action, { status: "Complete", note: "Done." }, me, TEST_NOW, "first");
    await expect(
      reassignAction(
        chair,
        action,
        { ownerEmail: upn("second-member"), ownerOrg: "", note: "" },
        me,
        TEST_NOW,
        "second",
      ),
    ).rejects.toMatchObject({ kind: "conflict", status: 412 });
    expect((await getAction(chair, action.id)).owner?.name).toBe(persona("member").displayName);
  });

  it("a reassignment whose reply was lost is recognised as the chair's own: one version, no clash", async () => {
    const sp = spAs("chair");
    const me = await getCurrentSiteUser(sp);
    const { action } = await openAction(sp);
    const before = stored().find((i) => i.Id === action.id)?.versions?.length ?? 0;
    tenant.faults.add({ service: "sharepoint", kind: "drop-after", times: 1, match: "$batch" });
    const after = await reassignAction(
      sp,
      action,
      { ownerEmail: upn("second-member"), ownerOrg: "", note: "Handover." },
      me,
      TEST_NOW,
      "lost-1",
    );
    expect(after).toMatchObject({
      changeId: "lost-1",
      owner: { name: persona("second-member").displayName },
    });
    expect(stored().find((i) => i.Id === action.id)?.versions).toHaveLength(before + 1);
  });

  it("an add whose reply was lost makes one action, not two", async () => {
    const sp = spAs("chair");
    const home = await loadBoardHome(sp, boardByFolder(tenant, "early-help").Id);
    const count = stored().length;
    tenant.faults.add({
      service: "sharepoint",
      kind: "drop-after",
      times: 1,
      match: "AddValidateUpdateItemUsingPath",
    });
    const added = await addAction(
      sp,
      SITE_URL,
      home.board,
      home.plan!,
      {
        programmeId: home.programmes[0]!.id,
        ref: "1.50",
        title: "Once only",
        description: "",
        ownerEmail: upn("member"),
        ownerOrg: "",
        targetDate: "2027-03-31",
      },
      "add-lost",
    );
    expect(added.title).toBe("Once only");
    expect(stored()).toHaveLength(count + 1);
  });
});

describe("REST probes around the chair's tools", () => {
  it("a member cannot touch another board's action: SharePoint answers 404 (trimmed) or 403, and nothing changes", async () => {
    const member = spAs("member");
    const me = await getCurrentSiteUser(member);
    const foreign = stored().find(
      (i) => i.folder === "mental-health" && i.fields["TBStatus"] === "In progress",
    );
    if (!foreign) throw new Error("no open mental-health action");
    const before = JSON.stringify(foreign.fields);
    const seen = await getAction(spAs("administrator"), foreign.Id);
    await expect(
      reassignAction(member, seen, { ownerEmail: upn("member"), ownerOrg: "", note: "" }, me, TEST_NOW, "x"),
    ).rejects.toMatchObject({ kind: expect.stringMatching(/^(notFound|access)$/) });
    await expect(
      closeAction(member, seen, { status: "Withdrawn", note: "gone" }, me, TEST_NOW, "y"),
    ).rejects.toMatchObject({ status: expect.any(Number) });
    expect(JSON.stringify(stored().find((i) => i.Id === foreign.Id)?.fields)).toBe(before);
  });

  it("a member's direct MERGE of TBOwnerId is in the history under the member's name, marked as outside the app", async () => {
    const member = spAs("member");
    const { action } = await openAction(member);
    const secondId = (await spAs("second-member").web.currentUser.select("Id")<{ Id: number }>()).Id;
    await member.web.lists.getByTitle(Actions.title).items.getById(action.id).update({ TBOwnerId: secondId });

    const [entry] = await historyOf(spAs("chair"), action.id);
    expect(entry).toMatchObject({ throughApp: false, by: { name: persona("member").displayName } });
    expect(entry?.changes.map((x) => x.text)).toEqual([
      `Owner: ${persona("member").displayName} → ${persona("second-member").displayName}`,
    ]);
  });
});
