/**
 * Meetings, minutes and published minutes end to end: the data layer through the real PnPjs client
 * against the emulated tenant. Published minutes are locked by SharePoint's item permissions, so no
 * persona but the plan administrators can change them over REST, and a correction keeps the old text.
 */
import type { SPFI } from "@pnp/sp";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { BoardPapers, Decisions, MeetingItems, Meetings } from "../../manifest";
import { fixedTokenProvider } from "../../src/app/tokens";
import type { Person } from "../../src/domain/types";
import { getMeeting, listBoardMeetings, scheduleMeeting } from "../../src/data/sharepoint/meetings";
import {
  addMeetingItem,
  listDecisions,
  listMeetingItems,
  publishMinutes,
  recordDecision,
  saveMeetingItem,
} from "../../src/data/sharepoint/minutes";
import {
  boardPapersFolder,
  downloadBoardPaper,
  paperPathFromUrl,
  uploadBoardPaper,
} from "../../src/data/sharepoint/papers";
import { createSp } from "../../src/data/sharepoint/sp";
import { buildMinutesDocument } from "../../src/domain/minutesDocument";
import { writeWordMinutes } from "../../src/features/meetings/publish/wordMinutes";
import { boardByFolder } from "./bulk";
import { persona, SITE_URL, tenant, type PersonaRole } from "./testTenant";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));

function me(role: PersonaRole): Person {
  const p = persona(role);
  const user = tenant.state.siteUsers.find((u) => u.graphId === p.userId)!;
  return { id: user.Id, name: p.displayName, email: p.upn };
}

const earlyHelp = () => {
  const b = boardByFolder(tenant, "early-help");
  return { id: b.Id, folder: "early-help", groupId: String(b.fields["TBGroupId"]) };
};

async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

/** A meeting with one agenda item, its minutes and a decision, written by the chair. */
async function meetingWithMinutes() {
  const chair = spAs("chair");
  const board = earlyHelp();
  const meeting = await scheduleMeeting(
    chair,
    SITE_URL,
    board,
    { title: "Board meeting, December", date: "2026-12-08", time: "14:00" },
    crypto.randomUUID(),
  );
  const item = await addMeetingItem(
    chair,
    SITE_URL,
    board,
    meeting.id,
    { title: "Action plan by exception", order: 3, kind: "Standing" },
    crypto.randomUUID(),
  );
  const minuted = await saveMeetingItem(chair, item, { minutes: "The board noted three overdue actions." });
  const decision = await recordDecision(
    chair,
    SITE_URL,
    board,
    meeting.id,
    "Agreed to extend the family hubs pilot to March.",
    crypto.randomUUID(),
  );
  return { meeting, item: minuted, decision, board };
}

/** A MERGE sent straight over REST, as anyone could try with their token. */
async function mergeAs(role: PersonaRole, list: string, id: number, body: Record<string, unknown>) {
  return fetch(`${SITE_URL}/_api/web/lists/getByTitle('${encodeURIComponent(list)}')/items(${id})`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${persona(role).token}`,
      "X-HTTP-Method": "MERGE",
      "IF-MATCH": "*",
      "Content-Type": "application/json",
      Accept: "application/json",
    },
    body: JSON.stringify(body),
  });
}

describe("meetings", () => {
  it("the chair schedules a meeting at a time on the site's clock; members see it in the board's list", async () => {
    const { meeting } = await meetingWithMinutes();
    // 14:00 on 8 December in London is 14:00Z (no summer time).
    expect(meeting).toMatchObject({ start: "2026-12-08T14:00:00Z", localTime: "14:00", state: "Planned" });
    const seen = await listBoardMeetings(spAs("member"), earlyHelp().id);
    expect(seen.map((m) => m.id)).toContain(meeting.id);
    // Someone on another board sees nothing of it.
    expect(await statusOf(() => getMeeting(spAs("outsider"), meeting.id))).not.toBe(0);
  });

  it("minutes are saved with the ETag read: a second editor's stale save is a 412 and overwrites nothing", async () => {
    const { item } = await meetingWithMinutes();
    const member = spAs("member");
    const [stale] = await listMeetingItems(member, item.meetingId);
    await saveMeetingItem(spAs("chair"), item, { minutes: "The chair's newer words." });
    await expect(saveMeetingItem(member, stale!, { minutes: "Overwritten?" })).rejects.toMatchObject({
      kind: "conflict",
      status: 412,
    });
    const [now] = await listMeetingItems(member, item.meetingId);
    expect(now?.minutes).toBe("The chair's newer words.");
  });
});

describe("published minutes", () => {
  it("after the chair publishes, no persona but the administrators can change them over REST", async () => {
    const { meeting, item, decision } = await meetingWithMinutes();
    // Before publishing, a member may change the draft (that is how the board minutes together).
    expect((await mergeAs("member", MeetingItems.title, item.id, { TBMinutes: item.minutes })).status).toBe(
      204,
    );
    const published = await publishMinutes(
      spAs("chair"),
      earlyHelp(),
      await getMeeting(spAs("chair"), meeting.id),
      me("chair"),
      new Date(),
    );
    expect(published).toMatchObject({ state: "Minutes published", minutesVersion: 1 });

    const targets = [
      [MeetingItems.title, item.id, { TBMinutes: "Rewritten after the meeting." }],
      [Decisions.title, decision.id, { TBDecision: "Agreed nothing." }],
      [Meetings.title, meeting.id, { TBStatus: "Minutes draft" }],
    ] as const;
    for (const role of ["member", "second-member", "chair", "executive", "reader", "outsider"] as const) {
      for (const [list, id, body] of targets) {
        const res = await mergeAs(role, list, id, body);
        expect([401, 403, 404], `${role} changing ${list}`).toContain(res.status);
      }
      // Nor can they take the lock off, or grant themselves back.
      const reset = await fetch(
        `${SITE_URL}/_api/web/lists/getByTitle('TB%20Meeting%20Items')/items(${item.id})/resetroleinheritance`,
        {
          method: "POST",
          headers: { Authorization: `Bearer ${persona(role).token}`, Accept: "application/json" },
        },
      );
      expect([401, 403, 404], `${role} resetting the lock`).toContain(reset.status);
    }
    // The board still reads them.
    const [readBack] = await listMeetingItems(spAs("member"), meeting.id);
    expect(readBack?.minutes).toBe("The board noted three overdue actions.");
    expect((await listDecisions(spAs("reader"), meeting.id)).map((d) => d.id)).toEqual([decision.id]);
  });

  it("a correction by a plan administrator is a new version; the published text stays in the history", async () => {
    const { meeting, item } = await meetingWithMinutes();
    const chair = spAs("chair");
    await publishMinutes(chair, earlyHelp(), await getMeeting(chair, meeting.id), me("chair"), new Date());
    const admin = spAs("administrator");
    const [current] = await listMeetingItems(admin, meeting.id);
    const corrected = await saveMeetingItem(admin, current!, {
      minutes: "The board noted four overdue actions (corrected).",
    });
    expect(corrected.minutes).toContain("corrected");

    const versions = await chair.web.lists
      .getByTitle(MeetingItems.title)
      .items.getById(item.id)
      .versions<{ VersionLabel: string; TBMinutes: string | null }[]>();
    expect(versions[0]?.TBMinutes).toBe("The board noted four overdue actions (corrected).");
    expect(versions.map((v) => v.TBMinutes)).toContain("The board noted three overdue actions.");
    // Nobody can remove the published version.
    const label = versions.find(
      (v) => v.TBMinutes === "The board noted three overdue actions.",
    )!.VersionLabel;
    const vid = Number(label.split(".")[0]) * 512;
    for (const role of ["administrator", "chair", "member"] as const) {
      const res = await fetch(
        `${SITE_URL}/_api/web/lists/getByTitle('TB%20Meeting%20Items')/items(${item.id})/versions(${vid})`,
        { method: "DELETE", headers: { Authorization: `Bearer ${persona(role).token}` } },
      );
      expect([403, 404], `${role} deleting a version`).toContain(res.status);
    }
  });

  it("a board member cannot publish: breaking inheritance needs Manage Permissions", async () => {
    const { item } = await meetingWithMinutes();
    const res = await fetch(
      `${SITE_URL}/_api/web/lists/getByTitle('TB%20Meeting%20Items')/items(${item.id})/breakroleinheritance(copyroleassignments=false,clearsubscopes=true)`,
      {
        method: "POST",
        headers: { Authorization: `Bearer ${persona("member").token}`, Accept: "application/json" },
      },
    );
    expect(res.status).toBe(403);
    expect(tenant.state.lists[MeetingItems.title]!.items.find((i) => i.Id === item.id)?.acl).toBeUndefined();
  });
});

describe("publishing with the Word document, and a correction", () => {
  /** The minutes as a .docx from the meeting's items as they stand. */
  async function wordOf(sp: SPFI, meetingId: number): Promise<ArrayBuffer> {
    const meeting = await getMeeting(sp, meetingId);
    const items = await listMeetingItems(sp, meetingId);
    const decisions = await listDecisions(sp, meetingId);
    return writeWordMinutes(
      buildMinutesDocument({
        boardTitle: "Early Help Board",
        meeting,
        items,
        decisions,
        actions: [],
        previousMeeting: null,
      }),
    );
  }
  const textOf = async (base64: string) =>
    (await mammoth.extractRawText({ buffer: Buffer.from(base64, "base64") })).value;

  it("the meeting links the document; publishing again resumes (no new version); an administrator's correction is version 2 and version 1 stays readable", async () => {
    const { meeting, item } = await meetingWithMinutes();
    const chair = spAs("chair");
    const name = "2026-12-08 Early Help Board minutes.docx";
    const first = await uploadBoardPaper(chair, SITE_URL, earlyHelp(), name, await wordOf(chair, meeting.id));
    const published = await publishMinutes(
      chair,
      earlyHelp(),
      await getMeeting(chair, meeting.id),
      me("chair"),
      new Date(),
      { documentUrl: first.url },
    );
    expect(published).toMatchObject({ documentUrl: first.url, minutesVersion: 1 });
    expect(first.url).toBe(
      `${SITE_URL}/TBBoardPapers/early-help/2026-12-08%20Early%20Help%20Board%20minutes.docx`,
    );

    // A retry after a failure part-way (the chair no longer manages the locked items): nothing is
    // marked again and nothing fails.
    const again = await publishMinutes(
      chair,
      earlyHelp(),
      await getMeeting(chair, meeting.id),
      me("chair"),
      new Date(),
      { documentUrl: first.url },
    );
    expect(again).toMatchObject({ minutesVersion: 1, state: "Minutes published" });

    // The administrator corrects an item, writes the document again over the same name, republishes.
    const admin = spAs("administrator");
    const [current] = await listMeetingItems(admin, meeting.id);
    await saveMeetingItem(admin, current!, { minutes: "The board noted four overdue actions (corrected)." });
    const second = await uploadBoardPaper(
      admin,
      SITE_URL,
      earlyHelp(),
      name,
      await wordOf(admin, meeting.id),
    );
    expect(second).toMatchObject({ version: 2, url: first.url });
    const corrected = await publishMinutes(
      admin,
      earlyHelp(),
      await getMeeting(admin, meeting.id),
      me("administrator"),
      new Date(),
      { documentUrl: second.url, correction: true },
    );
    expect(corrected).toMatchObject({
      minutesVersion: 2,
      state: "Minutes published",
      documentUrl: first.url,
    });
    expect(corrected.approvedBy?.name).toBe(persona("administrator").displayName);

    // One file, two versions: the current one corrected, the first still there with the published text.
    const files = tenant.state.lists[BoardPapers.title]!.items.filter(
      (i) => i.file?.name === name && i.folder === "early-help",
    );
    expect(files).toHaveLength(1);
    expect(files[0]!.versions?.map((v) => v.label)).toEqual([1, 2]);
    expect(await textOf(files[0]!.file!.base64)).toContain("four overdue actions (corrected)");
    const v1 = await textOf(files[0]!.versions![0]!.fileBase64!);
    expect(v1).toContain("The board noted three overdue actions.");
    expect(v1).not.toContain("corrected");
    expect(boardPapersFolder(SITE_URL, "early-help")).toBe("/sites/trustboards/TBBoardPapers/early-help");

    // The item's versions keep the published text under the correction.
    const versions = await chair.web.lists
      .getByTitle(MeetingItems.title)
      .items.getById(item.id)
      .versions<{ TBMinutes: string | null }[]>();
    expect(versions.map((v) => v.TBMinutes)).toContain("The board noted three overdue actions.");
    // And the correction is still locked against the board.
    expect((await mergeAs("member", MeetingItems.title, item.id, { TBMinutes: "x" })).status).toBe(403);
  });
});

describe("the published minutes document is locked with the minutes", () => {
  const bytesOf = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer;
  const textOfBytes = (bytes: ArrayBuffer): string => new TextDecoder().decode(bytes);

  it("after the chair publishes, neither a member nor the chair can upload over it; an administrator's correction is version 2 and version 1 is kept", async () => {
    const { meeting } = await meetingWithMinutes();
    const chair = spAs("chair");
    const name = `${crypto.randomUUID()} minutes.docx`;
    // Before publishing the board's folder is theirs to write in: a member's paper goes in too.
    await uploadBoardPaper(spAs("member"), SITE_URL, earlyHelp(), `${name}.notes.docx`, bytesOf("notes"));
    const first = await uploadBoardPaper(chair, SITE_URL, earlyHelp(), name, bytesOf("published text"));
    await publishMinutes(chair, earlyHelp(), await getMeeting(chair, meeting.id), me("chair"), new Date(), {
      documentUrl: first.url,
    });

    for (const role of ["member", "second-member", "chair"] as const) {
      expect(
        await statusOf(() => uploadBoardPaper(spAs(role), SITE_URL, earlyHelp(), name, bytesOf("rewritten"))),
        `${role} uploading over the published minutes`,
      ).toBe(403);
      // Nor can they take the lock off the file's item.
      const path = paperPathFromUrl(SITE_URL, first.url)!;
      const reset = await fetch(
        `${SITE_URL}/_api/web/GetFileByServerRelativePath(decodedurl='${encodeURIComponent(path)}')/ListItemAllFields/resetroleinheritance`,
        {
          method: "POST",
          headers: { Authorization: `Bearer ${persona(role).token}`, Accept: "application/json" },
        },
      );
      expect(reset.status, `${role} resetting the document's lock`).toBe(403);
    }
    // The board still reads it, unchanged; the member's other paper is not locked.
    expect(
      textOfBytes(await downloadBoardPaper(spAs("member"), paperPathFromUrl(SITE_URL, first.url)!)),
    ).toBe("published text");
    expect(
      await uploadBoardPaper(spAs("member"), SITE_URL, earlyHelp(), `${name}.notes.docx`, bytesOf("notes 2")),
    ).toMatchObject({ version: 2 });

    // The file's item has permissions of its own: the board's members and owners read only.
    const admin = spAs("administrator");
    const fileItem = await admin.web
      .getFileByServerRelativePath(paperPathFromUrl(SITE_URL, first.url)!)
      .getItem();
    const assignments = await fileItem.roleAssignments.expand("Member", "RoleDefinitionBindings")<
      { Member: { LoginName: string }; RoleDefinitionBindings: { Name: string }[] }[]
    >();
    const rolesOf = (suffix: string) =>
      assignments
        .filter((a) => a.Member.LoginName.endsWith(`|${earlyHelp().groupId}${suffix}`))
        .flatMap((a) => a.RoleDefinitionBindings.map((r) => r.Name));
    expect(rolesOf("")).toEqual(["Read"]);
    expect(rolesOf("_o")).toEqual(["Read"]);

    // A plan administrator corrects it: the next version; the published one is kept.
    const second = await uploadBoardPaper(admin, SITE_URL, earlyHelp(), name, bytesOf("corrected text"));
    expect(second).toMatchObject({ version: 2, url: first.url });
    await publishMinutes(
      admin,
      earlyHelp(),
      await getMeeting(admin, meeting.id),
      me("administrator"),
      new Date(),
      {
        documentUrl: second.url,
        correction: true,
      },
    );
    const [stored] = tenant.state.lists[BoardPapers.title]!.items.filter((i) => i.file?.name === name);
    expect(stored!.versions?.map((v) => v.label)).toEqual([1, 2]);
    expect(Buffer.from(stored!.versions![0]!.fileBase64!, "base64").toString()).toBe("published text");
    expect(
      textOfBytes(await downloadBoardPaper(spAs("member"), paperPathFromUrl(SITE_URL, first.url)!)),
    ).toBe("corrected text");
    // Still locked against the chair after the correction.
    expect(await statusOf(() => uploadBoardPaper(chair, SITE_URL, earlyHelp(), name, bytesOf("x")))).toBe(
      403,
    );
  });

  it("a document link off the site is refused before the minutes are marked published", async () => {
    const { meeting } = await meetingWithMinutes();
    const chair = spAs("chair");
    await expect(
      publishMinutes(chair, earlyHelp(), await getMeeting(chair, meeting.id), me("chair"), new Date(), {
        documentUrl: "https://elsewhere.example/minutes.docx",
      }),
    ).rejects.toMatchObject({ kind: "invalid" });
    expect((await getMeeting(chair, meeting.id)).state).toBe("Planned");
  });
});

describe("what a board member, the Executive or an outsider can send straight over REST to draft minutes", () => {
  const plannedOf = (folder: string) => {
    const b = boardByFolder(tenant, folder);
    return tenant.state.lists[Meetings.title]!.items.find(
      (i) => i.fields["TBBoardId"] === b.Id && i.fields["TBStatus"] === "Planned",
    )!;
  };

  // The member sits on Early Help and Health and Wellbeing, not on Workforce (tests/tenant/demo/boards.ts).
  it("another board's meeting cannot be changed or added to by this board's member", async () => {
    const other = boardByFolder(tenant, "workforce");
    const theirs = plannedOf("workforce");
    // Another board's folder is not readable by this member: SharePoint answers as if it did not exist.
    const merge = await mergeAs("member", Meetings.title, theirs.Id, {
      TBCurrentItemId: 1,
      Title: "Taken over",
    });
    expect([403, 404]).toContain(merge.status);
    expect(theirs.fields["Title"]).not.toBe("Taken over");
    const board = { id: other.Id, folder: "workforce", groupId: String(other.fields["TBGroupId"]) };
    expect(
      await statusOf(() =>
        recordDecision(
          spAs("member"),
          SITE_URL,
          board,
          theirs.Id,
          "Not ours to decide.",
          crypto.randomUUID(),
        ),
      ),
    ).toBe(403);
    expect(
      tenant.state.lists[Decisions.title]!.items.some(
        (i) => i.fields["TBDecision"] === "Not ours to decide.",
      ),
    ).toBe(false);
  });

  it("the Executive and readers read a draft meeting but cannot change it; an outsider cannot even see it", async () => {
    const ours = plannedOf("early-help");
    for (const role of ["executive", "reader"] as const) {
      const res = await mergeAs(role, Meetings.title, ours.Id, { TBStatus: "Minutes published" });
      expect(res.status, role).toBe(403);
    }
    const outsider = await mergeAs("outsider", Meetings.title, ours.Id, { TBStatus: "Minutes published" });
    expect([403, 404]).toContain(outsider.status);
    expect(ours.fields["TBStatus"]).toBe("Planned");
  });
});
