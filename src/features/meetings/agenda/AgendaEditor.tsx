import type { MeetingPartProps } from "../MeetingPage";

/** STUB (helper replaces): the meeting's agenda; the chair builds, edits and circulates it. */
export function AgendaEditor(_props: MeetingPartProps) {
  return null;
}
