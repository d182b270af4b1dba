import { it } from "vitest";
import { listActionVersions } from "../../src/data/sharepoint/actionVersions";
import { benchTenant } from "./emulated";
import { medianMs, report, type Row } from "./measure";

/**
 * What an action's history costs to read from the action's own SharePoint
 * versions (one request per action). For a whole board the versions are read
 * in $batch requests of 20 (PnPjs's batch size). The figures of the design it
 * replaced (a separate updates list) are in docs/HISTORY.md.
 */
const { tenant, clientsFor, counted } = benchTenant();

it("measures reading an action's history", async () => {
  const sp = clientsFor("member").sp;
  const action = tenant.state.lists["TB Actions"]!.items.filter((i) => i.folder === "early-help").sort(
    (a, b) => b.version - a.version,
  )[0]!;
  const rows: Row[] = [];
  const fromVersions = () => listActionVersions(sp, action.Id);
  rows.push({
    what: `one action's history from its versions (${action.version} versions)`,
    ...(await counted(fromVersions)),
    medianMs: await medianMs(fromVersions),
  });

  // Every action of a board with 1,000 actions, each with four versions: what a report over the whole
  // board's history would cost.
  const board = tenant.state.lists["TB Boards"]!.items.find((i) => i.fields["TBFolder"] === "early-help")!.Id;
  const list = tenant.state.lists["TB Actions"]!;
  const template = list.items.find((i) => i.folder === "early-help")!;
  const ids: number[] = [];
  while (list.items.filter((i) => i.folder === "early-help").length < 1000) {
    const id = list.nextId++;
    const versions = [1, 2, 3, 4].map((label) => ({
      label,
      fields: { ...template.fields, TBClientId: `bench-${id}`, TBChangeId: `bench-${id}-${label}` },
      Modified: template.Modified,
      EditorId: template.EditorId,
    }));
    list.items.push({ ...template, Id: id, version: 4, fields: versions[3]!.fields, versions });
    ids.push(id);
  }
  const boardIds = list.items.filter((i) => i.fields["TBBoardId"] === board).map((i) => i.Id);
  const allVersions = async () => {
    const [batched, execute] = sp.batched();
    const reads = boardIds.map((id) => listActionVersions(batched, id));
    const settled = Promise.allSettled(reads);
    await execute();
    await settled;
  };
  rows.push({
    what: `versions of every action on a board of ${boardIds.length.toLocaleString("en-GB")} actions`,
    ...(await counted(allVersions)),
    medianMs: await medianMs(allVersions, 3),
    note: "$batch of 20 requests each",
  });
  report("Action history", rows);
});
