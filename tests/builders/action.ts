import type { Action } from "../../src/domain/types";

/** An action with sensible defaults; tests say only what matters to them. */
export function anAction(overrides: Partial<Action> = {}): Action {
  return {
    id: 1,
    etag: '"1"',
    boardId: 1,
    programmeId: 1,
    planYear: "2026/27",
    ref: "1.1",
    title: "Roll out parenting programmes",
    description: "",
    owner: { id: 10, name: "Priya Chaudhry", email: "priya@partnership.example" },
    ownerOrg: "NHS",
    targetDate: "2027-03-31",
    revisedDate: null,
    revisedReason: "",
    status: "In progress",
    rag: "Green",
    lastUpdateAt: null,
    lastUpdateBy: null,
    lastNote: "",
    evidenceUrl: "",
    carriedFrom: "",
    changeId: "",
    folder: "early-help",
    aroseAtMeetingId: null,
    modified: "2026-11-01T10:00:00Z",
    editor: null,
    ...overrides,
  };
}
