import type { MeetingItem } from "../../../data/sharepoint/minutes";
import type { MeetingPartProps } from "../MeetingPage";

/** STUB (helper replaces): an agenda item's minutes, autosaved while the chair types. */
export function MinutesEditor(_props: MeetingPartProps & { item: MeetingItem }) {
  return null;
}
