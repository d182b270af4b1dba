import type { MeetingItem } from "../../../data/sharepoint/minutes";

/** An agenda item as meeting mode numbers it: its place among the items still on the agenda. */
export interface AgendaStep {
  item: MeetingItem;
  /** 1-based. */
  number: number;
  label: string;
}

/** The items on the agenda (removed ones are kept in the list, not on the agenda), in order, numbered. */
export function agendaSteps(items: readonly MeetingItem[]): AgendaStep[] {
  return items
    .filter((i) => !i.removed)
    .map((item, at) => ({ item, number: at + 1, label: `${at + 1}. ${item.title}` }));
}
