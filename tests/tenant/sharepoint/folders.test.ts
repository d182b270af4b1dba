/**
 * Board folders are list items in SharePoint: an unfiltered read of a
 * board-scoped list returns them beside the items they hold. The emulator
 * returns them too, so code that reads a list without a filter meets them here
 * before it meets them in production.
 */
import { describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../../src/app/tokens";
import { listBoardActions } from "../../../src/data/sharepoint/actions";
import { readAll } from "../../../src/data/sharepoint/common";
import { createSp } from "../../../src/data/sharepoint/sp";
import { boardByFolder } from "../bulk";
import { persona, SITE_URL, tenant, type PersonaRole } from "../testTenant";

const spAs = (role: PersonaRole) => createSp(SITE_URL, fixedTokenProvider(persona(role).token));

interface Row {
  Id: number;
  FileSystemObjectType: number;
  Title: string | null;
}

async function everything(role: PersonaRole): Promise<Row[]> {
  const rows = await readAll(
    spAs(role)
      .web.lists.getByTitle("TB Actions")
      .items.select("Id", "FileSystemObjectType", "Title")
      .top(5000),
  );
  return rows as Row[];
}

describe("board folders in the items collection", () => {
  it("come back as folder items (FileSystemObjectType 1) to someone who can read every board", async () => {
    const rows = await everything("administrator");
    const list = tenant.state.lists["TB Actions"];
    const folders = rows.filter((r) => r.FileSystemObjectType === 1);
    expect(folders.map((f) => f.Title).sort()).toEqual(Object.keys(list?.folders ?? {}).sort());
    expect(rows).toHaveLength((list?.items.length ?? 0) + folders.length);
  });

  it("are trimmed like the items in them: a member sees only their own boards' folders", async () => {
    const rows = await everything("member");
    const folderTitles = rows.filter((r) => r.FileSystemObjectType === 1).map((r) => r.Title);
    expect(folderTitles).toContain("early-help");
    const list = tenant.state.lists["TB Actions"];
    expect(folderTitles.length).toBeLessThan(Object.keys(list?.folders ?? {}).length);
  });

  it("never reach the app's board query, which filters on the board column they leave empty", async () => {
    const board = boardByFolder(tenant, "early-help");
    const actions = await listBoardActions(spAs("member"), board.Id);
    const stored = tenant.state.lists["TB Actions"]?.items.filter((i) => i.fields["TBBoardId"] === board.Id);
    expect(actions.map((a) => a.id).sort()).toEqual((stored ?? []).map((i) => i.Id).sort());
  });
});
