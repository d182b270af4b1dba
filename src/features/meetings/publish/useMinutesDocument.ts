import { useMemo } from "react";
import type { Meeting } from "../../../data/sharepoint/meetings";
import { meetingBefore } from "../../../domain/meetings";
import { buildMinutesDocument, type MinutesDocument } from "../../../domain/minutesDocument";
import { useBoardMeetings } from "../../queries";
import type { MeetingPartProps } from "../MeetingPage";

/**
 * The minutes as the board reads them, from the record on screen and the board's actions. The
 * meeting before this one (for matters arising) comes from the board's meetings when it was not
 * recorded with the approval of its minutes; until they load, matters arising wait on that.
 * `meeting` replaces the record's meeting (publishing writes the document as it will be published).
 */
export function buildDocument(
  props: Pick<MeetingPartProps, "home" | "record">,
  meetings: readonly Meeting[] | undefined,
  meeting: Meeting = props.record.meeting,
): MinutesDocument {
  const previous = meetings ? meetingBefore(meetings, meeting) : null;
  return buildMinutesDocument({
    boardTitle: props.home.board.title,
    meeting,
    items: props.record.items,
    decisions: props.record.decisions,
    actions: props.home.actions,
    previousMeeting: previous
      ? { id: previous.id, title: previous.title, localDate: previous.localDate }
      : null,
  });
}

export function useMinutesDocument(props: Pick<MeetingPartProps, "home" | "record">) {
  const meetings = useBoardMeetings(props.home.board.id);
  const { home, record } = props;
  const doc = useMemo(() => buildDocument({ home, record }, meetings.data), [home, record, meetings.data]);
  return { doc, meetings: meetings.data };
}
