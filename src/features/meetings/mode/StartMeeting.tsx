import type { MeetingPartProps } from "../MeetingPage";

/** STUB (helper replaces): the chair starts the meeting (state In progress). */
export function StartMeeting(_props: MeetingPartProps) {
  return null;
}
