import type { MeetingPartProps } from "../MeetingPage";

/** STUB (helper replaces): meeting mode, for the chair and for everyone watching. */
export function MeetingMode(_props: MeetingPartProps) {
  return null;
}
