/**
 * The board papers library: a folder per board, with the board folders' permissions. Files go up
 * and come back byte for byte through the real PnPjs client; overwriting keeps the old version.
 */
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import { BoardPapers } from "../../manifest";
import { fixedTokenProvider } from "../../src/app/tokens";
import {
  boardPapersFolder,
  downloadBoardPaper,
  paperPathFromUrl,
  uploadBoardPaper,
} from "../../src/data/sharepoint/papers";
import { createSp } from "../../src/data/sharepoint/sp";
import { persona, SITE_URL, tenant, type PersonaRole } from "./testTenant";
import { makePersonaToken } from "./tokens";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));

/** Someone on another board (the Health & Wellbeing chair), not on Early Help. */
function otherBoardsMember(): SPFI {
  const group = tenant.state.groups.find((g) => g.displayName.includes("Health & Wellbeing"))!;
  const earlyHelp = tenant.state.groups.find((g) => g.displayName.startsWith("Early Help"))!;
  const id = group.memberIds.find(
    (m) => !earlyHelp.memberIds.includes(m) && !earlyHelp.ownerIds.includes(m) && tenant.user(m),
  )!;
  const user = tenant.user(id)!;
  const token = makePersonaToken({
    oid: user.id,
    upn: user.userPrincipalName,
    name: user.displayName,
    tid: tenant.state.tenantId,
  });
  return createSp(SITE_URL, fixedTokenProvider(token));
}

/** Bytes that are not valid UTF-8 (a .docx is a zip), so a text round trip would spoil them. */
const docx = (seed: number): Uint8Array => {
  const bytes = new Uint8Array(4096);
  bytes.set([0x50, 0x4b, 0x03, 0x04]);
  for (let i = 4; i < bytes.length; i++) bytes[i] = (i * 31 + seed) % 256;
  return bytes;
};
const buffer = (b: Uint8Array): ArrayBuffer => b.slice().buffer;

describe("the board papers library", () => {
  it("the chair uploads a .docx to the board's folder and downloads it back identical", async () => {
    const chair = spAs("chair");
    const file = docx(1);
    const paper = await uploadBoardPaper(
      chair,
      SITE_URL,
      { folder: "early-help" },
      "minutes.docx",
      buffer(file),
    );
    expect(paper).toMatchObject({
      name: "minutes.docx",
      serverRelativeUrl: `${boardPapersFolder(SITE_URL, "early-help")}/minutes.docx`,
      version: 1,
      length: file.length,
    });
    expect(paper.url).toBe(
      `https://partnership.sharepoint.test/sites/trustboards/TBBoardPapers/early-help/minutes.docx`,
    );
    // A board member downloads the same bytes.
    const back = new Uint8Array(await downloadBoardPaper(spAs("member"), paper.serverRelativeUrl));
    expect(back).toEqual(file);
  });

  it("overwriting makes a new version and keeps the old file", async () => {
    const chair = spAs("chair");
    await uploadBoardPaper(chair, SITE_URL, { folder: "early-help" }, "minutes.docx", buffer(docx(1)));
    const second = await uploadBoardPaper(
      chair,
      SITE_URL,
      { folder: "early-help" },
      "minutes.docx",
      buffer(docx(2)),
    );
    expect(second.version).toBe(2);
    const back = new Uint8Array(await downloadBoardPaper(chair, second.serverRelativeUrl));
    expect(back).toEqual(docx(2));
    const stored = tenant.state.lists[BoardPapers.title]!.items.find((i) => i.file?.name === "minutes.docx")!;
    expect(stored.versions?.map((v) => v.label)).toEqual([1, 2]);
    expect(Buffer.from(stored.versions![0]!.fileBase64!, "base64")).toEqual(Buffer.from(docx(1)));
  });

  it("only the board's members and chairs may upload there; the Executive and readers read", async () => {
    const chair = spAs("chair");
    const paper = await uploadBoardPaper(
      chair,
      SITE_URL,
      { folder: "early-help" },
      "papers.docx",
      buffer(docx(3)),
    );
    const tryUpload = async (sp: SPFI) => {
      try {
        await uploadBoardPaper(sp, SITE_URL, { folder: "early-help" }, "papers.docx", buffer(docx(9)));
        return "uploaded";
      } catch (e) {
        return (e as { kind?: string }).kind;
      }
    };
    expect(await tryUpload(otherBoardsMember())).toMatch(/access|notFound/);
    expect(await tryUpload(spAs("outsider"))).toMatch(/access|notFound/);
    expect(await tryUpload(spAs("executive"))).toBe("access");
    expect(await tryUpload(spAs("reader"))).toBe("access");
    // The file is untouched, and the Executive and readers can read it.
    for (const role of ["executive", "reader"] as const)
      expect(new Uint8Array(await downloadBoardPaper(spAs(role), paper.serverRelativeUrl))).toEqual(docx(3));
    // Another board's member cannot even see it.
    await expect(downloadBoardPaper(otherBoardsMember(), paper.serverRelativeUrl)).rejects.toMatchObject({
      kind: "notFound",
    });
    // A board member may.
    expect(await tryUpload(spAs("member"))).toBe("uploaded");
  });

  it("the file's list item carries its board folder", async () => {
    const chair = spAs("chair");
    const paper = await uploadBoardPaper(
      chair,
      SITE_URL,
      { folder: "early-help" },
      "agenda.docx",
      buffer(docx(4)),
    );
    const item = await chair.web.getFileByServerRelativePath(paper.serverRelativeUrl).listItemAllFields<{
      FileDirRef: string;
      FileLeafRef: string;
    }>();
    expect(item).toMatchObject({
      FileLeafRef: "agenda.docx",
      FileDirRef: boardPapersFolder(SITE_URL, "early-help"),
    });
  });

  it("a throttled upload is retried and stored once", async () => {
    tenant.faults.add({ service: "sharepoint", kind: 503, times: 1, match: "AddUsingPath" });
    const paper = await uploadBoardPaper(
      spAs("chair"),
      SITE_URL,
      { folder: "early-help" },
      "late.docx",
      buffer(docx(5)),
    );
    expect(paper.version).toBe(1);
    expect(
      tenant.state.lists[BoardPapers.title]!.items.filter((i) => i.file?.name === "late.docx"),
    ).toHaveLength(1);
  });

  it("a published document's link (spaces, ampersand) leads back to its bytes; a link elsewhere is not fetched", async () => {
    const name = "2026-12-07 Health & Wellbeing minutes.docx";
    const paper = await uploadBoardPaper(
      spAs("chair"),
      SITE_URL,
      { folder: "early-help" },
      name,
      buffer(docx(6)),
    );
    expect(paper.url).toBe(
      "https://partnership.sharepoint.test/sites/trustboards/TBBoardPapers/early-help/2026-12-07%20Health%20%26%20Wellbeing%20minutes.docx",
    );
    const path = paperPathFromUrl(SITE_URL, paper.url);
    expect(path).toBe(paper.serverRelativeUrl);
    expect(new Uint8Array(await downloadBoardPaper(spAs("member"), path!))).toEqual(docx(6));
    expect(paperPathFromUrl(SITE_URL, "https://evil.example/sites/trustboards/x.docx")).toBeNull();
    expect(paperPathFromUrl(SITE_URL, "javascript:alert(1)")).toBeNull();
    expect(paperPathFromUrl(SITE_URL, "not a url")).toBeNull();
  });
});
