import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import { aMeeting } from "../../tests/builders/meeting";
import {
  addItem,
  buildAgenda,
  listKind,
  moveDown,
  moveUp,
  removeItem,
  renameItem,
  type AgendaEdit,
  type AgendaInput,
  type AgendaItem,
} from "./agenda";

const meeting = aMeeting;

const board = { id: 1, folder: "early-help" };
const november = meeting(2, "2026-11-12T14:00:00Z");
const december = meeting(3, "2026-12-10T14:00:00Z");
const january = meeting(4, "2027-01-14T14:00:00Z");
const now = "2026-12-03T12:00:00Z"; // a week before December's meeting
const updated = "2026-11-20T10:00:00Z";
const stale = "2026-11-01T10:00:00Z";

const input = (over: Partial<AgendaInput>): AgendaInput => ({
  board,
  meeting: december,
  meetings: [november, december, january],
  actions: [],
  arising: [],
  highlightDue: false,
  now,
  ...over,
});

const titles = (items: readonly AgendaItem[]): string[] => items.map((i) => i.title);
const ok = (edit: AgendaEdit): AgendaItem[] => {
  if (!edit.ok) throw new Error(edit.message);
  return edit.items;
};

describe("the standing items", () => {
  it("are there for an ordinary meeting, numbered 1…n", () => {
    const { items } = buildAgenda(input({}));
    expect(titles(items)).toEqual([
      "Welcome and apologies",
      "Minutes of the last meeting (12 Nov 2026) and matters arising",
      "Action plan by exception",
      "Risks",
      "Any other business",
    ]);
    expect(items.map((i) => i.order)).toEqual([1, 2, 3, 4, 5]);
  });

  it("include the highlight report only when one is due", () => {
    const { items } = buildAgenda(input({ highlightDue: true }));
    expect(titles(items).slice(-3)).toEqual(["Risks", "Highlight report", "Any other business"]);
  });

  it("have no last minutes or matters arising at a board's first meeting", () => {
    const { items, previous } = buildAgenda(input({ meetings: [december, january] }));
    expect(previous).toBeNull();
    expect(titles(items)).toEqual([
      "Welcome and apologies",
      "Action plan by exception",
      "Risks",
      "Any other business",
    ]);
  });

  it("are filed in the Meeting Items list's Kind choices", () => {
    expect(listKind("welcome")).toBe("Standing");
    expect(listKind("added")).toBe("Standing");
    expect(listKind("overdue")).toBe("Exception");
    expect(listKind("actionsArising")).toBe("Action arising");
  });
});

describe("the exceptions", () => {
  const actions = [
    anAction({ id: 1, ref: "1.1", targetDate: "2026-11-30", lastUpdateAt: updated }), // overdue
    anAction({ id: 2, ref: "1.2", rag: "Red", lastUpdateAt: updated }),
    anAction({ id: 3, ref: "1.3", rag: "Amber", lastUpdateAt: updated }),
    anAction({ id: 4, ref: "1.4", targetDate: "2027-01-13", lastUpdateAt: updated }), // due before January's meeting
    anAction({ id: 5, ref: "1.5", targetDate: "2027-01-14", lastUpdateAt: updated }), // due on the day: not before
    anAction({ id: 6, ref: "1.6", lastUpdateAt: stale }),
    anAction({ id: 7, ref: "1.7", owner: null, lastUpdateAt: updated }),
    anAction({ id: 8, ref: "1.8", lastUpdateAt: updated }), // on track: not on the agenda
    anAction({ id: 9, ref: "1.9", status: "Complete", rag: null, targetDate: "2026-10-01" }), // done
    anAction({
      id: 10,
      ref: "1.10",
      targetDate: "2026-06-30",
      revisedDate: "2027-03-31",
      lastUpdateAt: updated,
    }),
  ];
  const agenda = buildAgenda(input({ actions }));
  const item = (id: string) => agenda.items.find((i) => i.id === id);

  it("list overdue, Red or Amber, due before the next meeting, not updated and no-owner actions under the action plan", () => {
    expect(titles(agenda.items)).toEqual([
      "Welcome and apologies",
      "Minutes of the last meeting (12 Nov 2026) and matters arising",
      "Action plan by exception",
      "Overdue actions",
      "Actions rated Red or Amber",
      "Actions due before the next meeting (by 14 Jan 2027)",
      "Actions not updated since the last meeting on 12 Nov 2026",
      "Actions with no owner",
      "Risks",
      "Any other business",
    ]);
    expect(item("overdue")?.actionIds).toEqual([1]);
    expect(item("redAmber")?.actionIds).toEqual([2, 3]);
    expect(item("dueSoon")?.actionIds).toEqual([4]);
    expect(item("notUpdated")?.actionIds).toEqual([6]);
    expect(item("noOwner")?.actionIds).toEqual([7]);
  });

  it("leave out completed actions and those on track (a revised date is the date that counts)", () => {
    const listed = agenda.items.flatMap((i) => i.actionIds);
    expect(listed).not.toContain(8);
    expect(listed).not.toContain(9);
    expect(listed).not.toContain(10);
    expect(agenda.reasons[9]).toBeUndefined();
  });

  it("list an action once, under its first reason, and keep every reason for its badges", () => {
    const a = buildAgenda(
      input({
        actions: [
          anAction({ id: 1, targetDate: "2026-11-30", rag: "Red", owner: null, lastUpdateAt: stale }),
        ],
      }),
    );
    expect(a.items.filter((i) => i.actionIds.includes(1)).map((i) => i.id)).toEqual(["overdue"]);
    expect(a.reasons[1]).toEqual(["overdue", "redAmber", "notUpdated", "noOwner"]);
  });

  it("count 'due before the next meeting' to a month after this meeting when no later meeting is set", () => {
    const a = buildAgenda(
      input({
        meetings: [november, december, { ...january, cancelled: true }],
        actions: [
          anAction({ id: 1, targetDate: "2027-01-09" }),
          anAction({ id: 2, targetDate: "2027-01-10", lastUpdateAt: updated }),
        ],
      }),
    );
    expect(a.dueBefore).toBe("2027-01-10");
    expect(a.items.find((i) => i.id === "dueSoon")?.actionIds).toEqual([1]);
  });

  it("use the last 30 days for 'not updated' at a board's first meeting", () => {
    const a = buildAgenda(
      input({
        meetings: [december, january],
        actions: [
          anAction({ id: 1, lastUpdateAt: "2026-11-02T12:00:00Z" }),
          anAction({ id: 2, lastUpdateAt: "2026-11-04T12:00:00Z" }),
        ],
      }),
    );
    const notUpdated = a.items.find((i) => i.id === "notUpdated");
    expect(notUpdated?.title).toBe("Actions not updated in the last 30 days (the board has not met yet)");
    expect(notUpdated?.actionIds).toEqual([1]);
  });

  it("leave out an action moved to another board", () => {
    const a = buildAgenda(
      input({
        actions: [
          anAction({ id: 1, rag: "Red", boardId: 2, folder: "education" }),
          anAction({ id: 2, owner: null, folder: "education" }),
        ],
      }),
    );
    expect(a.items.flatMap((i) => i.actionIds)).toEqual([]);
  });

  it("judge 'not updated' against the meeting before this one, even while this one is under way", () => {
    const during = "2026-12-10T14:30:00Z";
    const a = buildAgenda(input({ now: during, actions: [anAction({ id: 1, lastUpdateAt: updated })] }));
    expect(a.previous?.id).toBe(2);
    expect(a.items.find((i) => i.id === "notUpdated")).toBeUndefined();
  });
});

describe("a rescheduled meeting", () => {
  it("takes the previous meeting at its new date and skips a cancelled one", () => {
    const movedNovember = { ...november, start: "2026-11-19T14:00:00Z", modified: "2026-11-01T09:00:00Z" };
    const a = buildAgenda(
      input({
        meetings: [november, movedNovember, december, january],
        actions: [anAction({ id: 1, lastUpdateAt: "2026-11-15T10:00:00Z" })],
      }),
    );
    expect(a.items[1]?.title).toBe("Minutes of the last meeting (19 Nov 2026) and matters arising");
    expect(a.items.find((i) => i.id === "notUpdated")?.actionIds).toEqual([1]);

    const b = buildAgenda(input({ meetings: [{ ...november, cancelled: true }, december, january] }));
    expect(b.previous).toBeNull();
  });

  it("builds the agenda for this meeting's new date when it was moved after being read", () => {
    // December's meeting moved from 10 to 17 Dec; given the old copy, the rules use the new date.
    const movedDecember = { ...december, start: "2026-12-17T14:00:00Z", modified: "2026-12-01T09:00:00Z" };
    const a = buildAgenda(
      input({
        meeting: december,
        meetings: [november, december, movedDecember],
        actions: [anAction({ id: 1, targetDate: "2027-01-15", lastUpdateAt: updated })],
      }),
    );
    expect(a.dueBefore).toBe("2027-01-17");
    expect(a.items.find((i) => i.id === "dueSoon")?.actionIds).toEqual([1]);
  });

  it("counts 'due before the next meeting' to the following meeting's new date", () => {
    const movedJanuary = { ...january, start: "2027-01-21T14:00:00Z", modified: "2026-12-01T09:00:00Z" };
    const a = buildAgenda(
      input({
        meetings: [november, december, january, movedJanuary],
        actions: [anAction({ id: 1, targetDate: "2027-01-18", lastUpdateAt: updated })],
      }),
    );
    expect(a.dueBefore).toBe("2027-01-21");
    expect(a.items.find((i) => i.id === "dueSoon")?.actionIds).toEqual([1]);
  });
});

describe("actions arising from the last meeting", () => {
  const arising = [
    { meetingId: 2, actionId: 1 },
    { meetingId: 2, actionId: 2 },
    { meetingId: 1, actionId: 3 }, // an older meeting's: not matters arising now
  ];
  const actions = [
    anAction({ id: 1, ref: "1.1", rag: "Red", lastUpdateAt: updated }),
    anAction({ id: 2, ref: "1.2", status: "Complete", rag: null }),
    anAction({ id: 3, ref: "1.3", lastUpdateAt: updated }),
  ];

  it("come straight after the last minutes, done or not, and are not listed again as exceptions", () => {
    const a = buildAgenda(input({ actions, arising }));
    expect(a.items[2]).toMatchObject({
      id: "actionsArising",
      title: "Actions arising from the meeting on 12 Nov 2026",
      kind: "actionsArising",
      actionIds: [1, 2],
      order: 3,
    });
    expect(a.items.find((i) => i.id === "redAmber")).toBeUndefined();
    expect(a.reasons[1]).toEqual(["redAmber"]);
  });

  it("are not there at a first meeting, or when the last meeting had none", () => {
    expect(
      buildAgenda(input({ actions, arising, meetings: [december] })).items.map((i) => i.id),
    ).not.toContain("actionsArising");
    expect(buildAgenda(input({ actions, arising: [] })).items.map((i) => i.id)).not.toContain(
      "actionsArising",
    );
  });
});

describe("the chair's edits", () => {
  const start = buildAgenda(input({})).items; // welcome, lastMinutes, actionPlan, risks, otherBusiness

  it("adds an item before any other business, trimmed, with focus on it", () => {
    const edit = addItem(start, "  Safeguarding audit  ");
    expect(edit).toMatchObject({
      ok: true,
      focusId: "added-1",
      announcement: "Added “Safeguarding audit” as item 5 of 6.",
    });
    const items = ok(edit);
    expect(titles(items).slice(-2)).toEqual(["Safeguarding audit", "Any other business"]);
    expect(items.map((i) => i.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ok(addItem(items, "Budget")).find((i) => i.title === "Budget")?.id).toBe("added-2");
  });

  it("adds at a chosen position, and last when any other business was removed", () => {
    expect(ok(addItem(start, "Chair's update", 2))[1]?.title).toBe("Chair's update");
    const noAob = ok(removeItem(start, "otherBusiness"));
    expect(ok(addItem(noAob, "Budget")).at(-1)?.title).toBe("Budget");
    expect(addItem(start, "Budget", 9)).toEqual({ ok: false, message: "Choose a position from 1 to 6." });
  });

  it("refuses an empty, duplicate or over-long title, saying what to fix", () => {
    expect(addItem(start, "   ")).toEqual({ ok: false, message: "Give the item a title." });
    expect(addItem(start, "risks")).toEqual({
      ok: false,
      message: "Item 4 is already called “Risks”. Choose a different title.",
    });
    expect(addItem(start, "x".repeat(256))).toEqual({
      ok: false,
      message: "The title is 256 characters; 255 at most. Shorten it by 1.",
    });
  });

  it("renames an item, allowing its own title in another case, but not another item's", () => {
    const items = ok(renameItem(start, "risks", "Risk register"));
    expect(items[3]).toMatchObject({ id: "risks", title: "Risk register", order: 4 });
    expect(ok(renameItem(start, "risks", "RISKS"))[3]?.title).toBe("RISKS");
    expect(renameItem(start, "risks", "Any other business")).toEqual({
      ok: false,
      message: "Item 5 is already called “Any other business”. Choose a different title.",
    });
    expect(renameItem(start, "risks", "")).toEqual({ ok: false, message: "Give the item a title." });
  });

  it("removes an item and moves focus to the one that took its place, or the new last one", () => {
    const edit = removeItem(start, "risks");
    expect(edit).toMatchObject({
      ok: true,
      focusId: "otherBusiness",
      announcement: "Removed “Risks”. The agenda has 4 items.",
    });
    expect(ok(edit).map((i) => i.order)).toEqual([1, 2, 3, 4]);
    expect(removeItem(start, "otherBusiness")).toMatchObject({ focusId: "risks" });
    const one = ok(
      removeItem(
        ok(removeItem(ok(removeItem(ok(removeItem(start, "welcome")), "lastMinutes")), "actionPlan")),
        "risks",
      ),
    );
    expect(removeItem(one, "otherBusiness")).toMatchObject({ ok: true, items: [], focusId: null });
  });

  it("moves an item up or down one place, keeping focus on it", () => {
    const up = moveUp(start, "risks");
    expect(up).toMatchObject({
      ok: true,
      focusId: "risks",
      announcement: "Moved “Risks” up to item 3 of 5.",
    });
    expect(ok(up).map((i) => i.id)).toEqual([
      "welcome",
      "lastMinutes",
      "risks",
      "actionPlan",
      "otherBusiness",
    ]);
    expect(ok(up).map((i) => i.order)).toEqual([1, 2, 3, 4, 5]);
    expect(ok(moveDown(ok(up), "risks")).map((i) => i.id)).toEqual(start.map((i) => i.id));
  });

  it("says so when an item is moved past either end, or is no longer there", () => {
    expect(moveUp(start, "welcome")).toEqual({
      ok: false,
      message: "“Welcome and apologies” is already the first item.",
    });
    expect(moveDown(start, "otherBusiness")).toEqual({
      ok: false,
      message: "“Any other business” is already the last item.",
    });
    expect(moveUp(start, "nope")).toEqual({
      ok: false,
      message: "That item is no longer on the agenda. Reload the agenda to see it as it stands.",
    });
  });

  it("never changes the agenda it was given", () => {
    const copy = structuredClone(start);
    ok(moveUp(start, "risks"));
    ok(addItem(start, "Budget"));
    ok(renameItem(start, "risks", "Risk register"));
    ok(removeItem(start, "welcome"));
    expect(start).toEqual(copy);
  });

  it("reads the order from the items' order numbers, not their place in the array", () => {
    const shuffled = [...start].reverse();
    expect(ok(moveUp(shuffled, "risks")).map((i) => i.id)).toEqual([
      "welcome",
      "lastMinutes",
      "risks",
      "actionPlan",
      "otherBusiness",
    ]);
  });
});
