import { it } from "vitest";
import { loadBoardPeople } from "../../src/data/graph/boardPeople";
import { loadViewer } from "../../src/data/graph/viewer";
import { loadBoardHome } from "../../src/data/sharepoint/boardHome";
import { readMeetingRecord } from "../../src/data/sharepoint/meetingRecord";
import { listBoardMeetings, updateMeeting } from "../../src/data/sharepoint/meetings";
import { addMeetingItem, saveMeetingItem } from "../../src/data/sharepoint/minutes";
import { benchTenant, SITE } from "./emulated";
import { medianMs, report, type Row } from "./measure";

/**
 * What meeting mode costs: opening it (everything the meeting page and its parts read, cold), each
 * watcher's refresh while the meeting runs, and one autosave of the minutes. Counts are the
 * emulated tenant's request log, so they are exact; times are medians and only indicative.
 */
const { tenant, clientsFor, counted } = benchTenant();

it("measures meeting mode", async () => {
  const boardItem = tenant.state.lists["TB Boards"]!.items.find(
    (i) => i.fields["TBFolder"] === "early-help",
  )!;
  const boardId = boardItem.Id;
  const meetingItem = tenant.state.lists["TB Meetings"]!.items.find(
    (i) => i.fields["TBBoardId"] === boardId && i.fields["TBStatus"] === "Planned",
  )!;
  const rows: Row[] = [];

  // Cold: a new page (new clients, so the site's regional settings are read once too).
  const open = async () => {
    const { sp, graph } = clientsFor("chair");
    const home = await loadBoardHome(sp, boardId);
    await Promise.all([
      loadViewer(graph),
      readMeetingRecord(sp, meetingItem.Id),
      listBoardMeetings(sp, boardId),
      loadBoardPeople(graph, home.board.groupId),
    ]);
  };
  rows.push({
    what: "open meeting mode (chair, cold)",
    ...(await counted(open)),
    medianMs: await medianMs(open),
    note: "board home $batch, regional settings, viewer, meeting record $batch, meetings, board people",
  });

  const { sp } = clientsFor("chair");
  await readMeetingRecord(sp, meetingItem.Id);
  const refresh = () => readMeetingRecord(sp, meetingItem.Id);
  rows.push({
    what: "one watcher's refresh while the meeting runs",
    ...(await counted(refresh)),
    medianMs: await medianMs(refresh),
    note: "every 3 s while the page is visible: 20 a minute per watcher",
  });

  const record = await readMeetingRecord(sp, meetingItem.Id);
  await updateMeeting(sp, record.meeting, { state: "In progress" });
  const home = await loadBoardHome(sp, boardId);
  const item = await addMeetingItem(
    sp,
    SITE,
    home.board,
    meetingItem.Id,
    { title: "Welcome and apologies", order: 1, kind: "Standing", agendaKind: "welcome" },
    "bench-item-1",
  );
  {
    let current = item;
    let n = 0;
    const save = async () => {
      n += 1;
      current = await saveMeetingItem(sp, current, { minutes: `The board discussed the item (${n}).` });
    };
    rows.push({
      what: "one autosave of an item's minutes",
      ...(await counted(save)),
      medianMs: await medianMs(save),
      note: "MERGE with the ETag + re-read in one $batch",
    });
  }
  report("Meeting mode", rows);
});
