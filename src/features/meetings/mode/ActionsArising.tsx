import type { MeetingItem } from "../../../data/sharepoint/minutes";
import type { MeetingPartProps } from "../MeetingPage";

/** STUB (helper replaces): actions arising, created in the meeting under an agenda item. */
export function ActionsArising(_props: MeetingPartProps & { item: MeetingItem | null }) {
  return null;
}
