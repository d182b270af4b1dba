import type { MeetingItem } from "../../../data/sharepoint/minutes";
import type { MeetingPartProps } from "../MeetingPage";

/** STUB (helper replaces): the actions an agenda item is about, each updatable in place. */
export function ItemActions(_props: MeetingPartProps & { item: MeetingItem }) {
  return null;
}
