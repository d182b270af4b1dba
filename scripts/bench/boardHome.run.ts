import { it } from "vitest";
import { loadViewer } from "../../src/data/graph/viewer";
import { listActionsOwnedBy } from "../../src/data/sharepoint/actions";
import { loadBoardHome } from "../../src/data/sharepoint/boardHome";
import { getCurrentSiteUser } from "../../src/data/sharepoint/siteUsers";
import { addBulkActions } from "../../tests/tenant/bulk";
import { benchTenant } from "./emulated";
import { medianMs, report, type Row } from "./measure";

const { tenant, clientsFor, counted } = benchTenant();

it("measures the board home and my actions", async () => {
  const { sp, graph } = clientsFor("member");
  const earlyHelp = tenant.state.lists["TB Boards"]!.items.find(
    (i) => i.fields["TBFolder"] === "early-help",
  )!.Id;
  const firstScreen = () => Promise.all([loadBoardHome(sp, earlyHelp), loadViewer(graph)]);
  const rows: Row[] = [];
  rows.push({
    what: "board home, first screen (demo data, 18 actions)",
    ...(await counted(firstScreen)),
    medianMs: await medianMs(firstScreen),
    note: "1 SharePoint $batch + 1 Graph $batch, in parallel",
  });

  // 1,000 more actions on every board: the Actions list is well over the 5,000-item view threshold,
  // while each board's own actions (the indexed filter) stay under it, as SharePoint requires.
  for (const b of tenant.state.lists["TB Boards"]!.items)
    addBulkActions(tenant, String(b.fields["TBFolder"]), 1000);
  const total = tenant.state.lists["TB Actions"]!.items.length;
  rows.push({
    what: `board home with ${total.toLocaleString("en-GB")} actions in the list`,
    ...(await counted(firstScreen)),
    medianMs: await medianMs(firstScreen, 5),
    note: "filter on indexed TBBoardId; paged by 5,000",
  });
  const me = await getCurrentSiteUser(sp);
  const mine = () => listActionsOwnedBy(sp, me.id);
  rows.push({
    what: `my actions across ${total.toLocaleString("en-GB")} actions`,
    ...(await counted(mine)),
    medianMs: await medianMs(mine, 5),
    note: "filter on indexed TBOwner",
  });
  report("Board home", rows);
});
