import type { MeetingPartProps } from "../MeetingPage";

/** STUB (helper replaces): attendance, apologies and guests. */
export function AttendancePanel(_props: MeetingPartProps) {
  return null;
}
