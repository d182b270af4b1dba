import type { Meeting } from "../../src/domain/meetings";

/** A meeting of board 1 with sensible defaults; tests say only what matters to them. */
export const aMeeting = (id: number, start: string, more: Partial<Meeting> = {}): Meeting => ({
  id,
  boardId: 1,
  title: `Board meeting ${id}`,
  start,
  end: null,
  place: "County Hall",
  onlineUrl: "",
  state: "Planned",
  cancelled: false,
  attendees: [],
  apologies: [],
  minutesApprovedAt: null,
  minutesApprovedBy: null,
  minutesVersion: 0,
  documentUrl: "",
  previousMeetingId: null,
  modified: "2026-09-01T09:00:00Z",
  ...more,
});
