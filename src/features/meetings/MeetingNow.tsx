import type { Surface } from "./MeetingPage";

/** STUB (helper replaces): in a Teams meeting's side panel or stage, the board's meeting that is on now. */
export function MeetingNow(_props: { boardId: number; surface: Surface }) {
  return null;
}
