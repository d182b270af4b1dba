import type { SPFI } from "@pnp/sp";
import { Decisions, MeetingItems, Meetings } from "../../../manifest";
import { toDataError } from "../errors";
import { MEETING_EXPAND, MEETING_SELECT, toMeetings, type Meeting } from "./meetings";
import {
  DECISION_SELECT,
  ITEM_SELECT,
  MINUTES_EXPAND,
  toDecisions,
  toMeetingItems,
  type Decision,
  type MeetingItem,
} from "./minutes";
import { eq } from "./odata";
import { siteRegional } from "./regionalSettings";

/** A meeting as meeting mode shows it: the meeting, its agenda items with their minutes, its decisions. */
export interface MeetingRecord {
  meeting: Meeting;
  items: MeetingItem[];
  decisions: Decision[];
}

/**
 * Reads a meeting, its agenda items and its decisions in ONE round trip (a $batch of three GETs):
 * what opening meeting mode costs, and what each watcher's refresh costs while the meeting runs.
 * A meeting has at most a few dozen items and decisions, far under one page (500), so no paging.
 */
export async function readMeetingRecord(sp: SPFI, meetingId: number): Promise<MeetingRecord> {
  const regional = await siteRegional(sp);
  const [batched, execute] = sp.batched();
  const web = batched.web;
  const all = Promise.all([
    web.lists
      .getByTitle(Meetings.title)
      .items.getById(meetingId)
      .select(...MEETING_SELECT)
      .expand(...MEETING_EXPAND)<unknown>(),
    web.lists
      .getByTitle(MeetingItems.title)
      .items.select(...ITEM_SELECT)
      .expand(...MINUTES_EXPAND)
      .filter(eq("TBMeetingId", meetingId))
      .top(500)<unknown[]>(),
    web.lists
      .getByTitle(Decisions.title)
      .items.select(...DECISION_SELECT)
      .expand(...MINUTES_EXPAND)
      .filter(eq("TBMeetingId", meetingId))
      .top(500)<unknown[]>(),
  ]);
  // Settle before execute resolves, so a failed part is not an unhandled rejection.
  all.catch(() => undefined);
  try {
    await execute();
    const [meeting, items, decisions] = await all;
    return {
      meeting: toMeetings([meeting], regional.timeZone)[0] as Meeting,
      items: toMeetingItems(items),
      decisions: toDecisions(decisions).sort((a, b) => a.id - b.id),
    };
  } catch (e) {
    throw toDataError(e);
  }
}
