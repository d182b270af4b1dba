import type { MeetingPartProps } from "../MeetingPage";

/** STUB (helper replaces): the minutes after the meeting: draft, publishing, published, download. */
export function MinutesView(_props: MeetingPartProps) {
  return null;
}
