import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useServices } from "../../app/services";
import type { Meeting } from "../../data/sharepoint/meetings";
import { readMeetingRecord, type MeetingRecord } from "../../data/sharepoint/meetingRecord";
import type { Decision, MeetingItem } from "../../data/sharepoint/minutes";
import { listBoardDecisions } from "../../data/sharepoint/minutes";
import { keys } from "../queries";

export const meetingKeys = {
  record: (meetingId: number) => ["meetingRecord", meetingId] as const,
  boardDecisions: (boardId: number) => ["boardDecisions", boardId] as const,
};

/**
 * How often someone watching a running meeting (the side panel, the stage, a member's tab) reads it
 * again. Each refresh is one $batch request; three seconds keeps "within a few seconds" for about
 * 20 requests a minute per watcher, well under SharePoint's per-user throttling.
 */
export const LIVE_REFRESH_MS = 3000;

/**
 * A meeting, its agenda items and decisions (one round trip). While the meeting is "In progress" it is
 * read again every few seconds, so watchers follow the chair; react-query pauses in a hidden tab.
 */
export function useMeetingRecord(meetingId: number) {
  const { sp } = useServices();
  return useQuery({
    queryKey: meetingKeys.record(meetingId),
    queryFn: () => readMeetingRecord(sp, meetingId),
    refetchInterval: (query) => (query.state.data?.meeting.state === "In progress" ? LIVE_REFRESH_MS : false),
  });
}

/**
 * Puts what a save answered into the cached record at once (the saved item's new ETag included), so
 * the next save sends the right ETag without a re-read, and the board's meeting list follows.
 */
export function useRecordWriter(meetingId: number) {
  const client = useQueryClient();
  const update = useCallback(
    (change: (r: MeetingRecord) => MeetingRecord) =>
      client.setQueryData<MeetingRecord>(meetingKeys.record(meetingId), (r) => (r ? change(r) : r)),
    [client, meetingId],
  );
  return {
    meeting: useCallback(
      (m: Meeting) => {
        update((r) => ({ ...r, meeting: m }));
        void client.invalidateQueries({ queryKey: keys.boardMeetings(m.boardId) });
      },
      [update, client],
    ),
    item: useCallback(
      (item: MeetingItem) =>
        update((r) => {
          const others = r.items.filter((i) => i.id !== item.id);
          return { ...r, items: [...others, item].sort((a, b) => a.order - b.order || a.id - b.id) };
        }),
      [update],
    ),
    decision: useCallback(
      (d: Decision) => {
        update((r) => ({ ...r, decisions: [...r.decisions.filter((x) => x.id !== d.id), d] }));
        void client.invalidateQueries({ queryKey: meetingKeys.boardDecisions(d.boardId) });
      },
      [update, client],
    ),
    refresh: useCallback(
      () => client.invalidateQueries({ queryKey: meetingKeys.record(meetingId) }),
      [client, meetingId],
    ),
  };
}

/** The board's decision log (every decision of every meeting, latest first). */
export function useBoardDecisions(boardId: number) {
  const { sp } = useServices();
  return useQuery({
    queryKey: meetingKeys.boardDecisions(boardId),
    queryFn: () => listBoardDecisions(sp, boardId),
  });
}
