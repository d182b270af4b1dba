import type { MeetingPartProps } from "../MeetingPage";

/** STUB (helper replaces): approve the previous meeting's minutes. */
export function PreviousMinutesApproval(_props: MeetingPartProps) {
  return null;
}
