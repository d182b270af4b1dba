import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import { aMeeting } from "../../tests/builders/meeting";
import type { BoardPeople, BoardPerson } from "./boardPeople";
import {
  chaseList,
  chaseOne,
  prepare,
  preparationSummary,
  updateWindow,
  type PreparationInput,
} from "./preparation";
import type { Person } from "./types";

const meeting = aMeeting;

const person = (id: number, name: string): Person => ({
  id,
  name,
  email: `${name.split(" ")[0]?.toLowerCase() ?? id}@partnership.example`,
});
const onBoard = (p: Person): BoardPerson => ({
  graphId: `g${p.id}`,
  name: p.name,
  email: p.email,
  jobTitle: "",
  organisation: "",
});

const priya = person(10, "Priya Chaudhry");
const dawn = person(11, "Dawn Lyddon");
const miriam = person(12, "Miriam Castleton"); // the chair: owns the group, is not a member
const gareth = person(13, "Gareth Pengelly"); // has left the board's group
const people: BoardPeople = { owners: [onBoard(miriam)], members: [onBoard(priya), onBoard(dawn)] };

const board = { id: 1, folder: "early-help" };
const november = meeting(2, "2026-11-12T14:00:00Z");
const december = meeting(3, "2026-12-10T14:00:00Z");
const now = "2026-12-03T09:00:00Z";
const before = "2026-11-01T10:00:00Z"; // an update before the last meeting
const after = "2026-11-20T10:00:00Z"; // an update since

const input = (over: Partial<PreparationInput>): PreparationInput => ({
  board,
  actions: [],
  people,
  meetings: [november, december],
  now,
  ...over,
});

describe("who has not updated since the last meeting", () => {
  it("groups owners' open actions with no update since the last meeting, with counts, by name", () => {
    const p = prepare(
      input({
        actions: [
          anAction({ id: 1, ref: "1.2", owner: priya, lastUpdateAt: before }),
          anAction({ id: 2, ref: "1.1", owner: priya, lastUpdateAt: null }),
          anAction({ id: 3, ref: "1.3", owner: priya, lastUpdateAt: after }),
          anAction({
            id: 4,
            ref: "5.1",
            owner: dawn,
            lastUpdateAt: before,
            status: "Not started",
            rag: null,
          }),
          anAction({ id: 5, ref: "5.2", owner: miriam, lastUpdateAt: after }),
        ],
      }),
    );
    expect(p.window.lastMeeting?.id).toBe(2);
    expect(p.window.text).toBe("since the last meeting on 12 Nov 2026");
    expect(p.notUpdated.map((o) => [o.owner.name, o.count, o.actions.map((a) => a.id)])).toEqual([
      ["Dawn Lyddon", 1, [4]],
      ["Priya Chaudhry", 2, [2, 1]],
    ]);
    expect(p.counts).toMatchObject({ people: 2, notUpdated: 3, noOwner: 0, ownersLeft: 0 });
    expect(preparationSummary(p)).toBe(
      "2 people have 3 actions not updated since the last meeting on 12 Nov 2026.",
    );
  });

  it("counts an update made during the last meeting (from meeting mode) as an update", () => {
    const p = prepare(input({ actions: [anAction({ owner: priya, lastUpdateAt: "2026-11-12T14:30:00Z" })] }));
    expect(p.notUpdated).toEqual([]);
    expect(p.allClear).toBe(true);
    expect(preparationSummary(p)).toBe(
      "Every open action has been updated since the last meeting on 12 Nov 2026.",
    );
  });

  it("does not count an action completed (or withdrawn) between meetings, even with no progress update", () => {
    const p = prepare(
      input({
        actions: [
          anAction({ id: 1, owner: priya, status: "Complete", rag: null, lastUpdateAt: before }),
          anAction({ id: 2, owner: priya, status: "Withdrawn", rag: null, lastUpdateAt: null }),
          anAction({
            id: 3,
            owner: dawn,
            status: "Complete",
            rag: null,
            lastUpdateAt: null,
            folder: "other",
          }),
        ],
      }),
    );
    expect(p.allClear).toBe(true);
    expect(p.counts.notUpdated).toBe(0);
    expect(p.movedAway).toEqual([]);
  });
});

describe("when the board has not met yet", () => {
  it("looks at the last 30 days instead", () => {
    const w = updateWindow([december], now);
    expect(w.lastMeeting).toBeNull();
    expect(w.since).toBe("2026-11-03T09:00:00.000Z");
    expect(w.text).toBe("in the last 30 days (the board has not met yet)");

    const p = prepare(
      input({
        meetings: [december],
        actions: [
          anAction({ id: 1, owner: priya, lastUpdateAt: "2026-11-02T09:00:00Z" }), // 31 days ago
          anAction({ id: 2, owner: dawn, lastUpdateAt: "2026-11-04T09:00:00Z" }), // 29 days ago
        ],
      }),
    );
    expect(p.notUpdated.map((o) => o.owner.name)).toEqual(["Priya Chaudhry"]);
    expect(preparationSummary(p)).toBe(
      "1 person has 1 action not updated in the last 30 days (the board has not met yet).",
    );
  });

  it("looks at the last 30 days when every earlier meeting was cancelled", () => {
    expect(updateWindow([{ ...november, cancelled: true }, december], now).lastMeeting).toBeNull();
  });
});

describe("a rescheduled meeting", () => {
  it("moves the window with it: a last meeting moved later counts from its new date", () => {
    const moved = { ...november, start: "2026-11-26T14:00:00Z", modified: "2026-11-10T09:00:00Z" };
    const p = prepare(
      input({
        meetings: [november, moved, december],
        actions: [anAction({ owner: priya, lastUpdateAt: after })], // 20 Nov: after 12 Nov, before 26 Nov
      }),
    );
    expect(p.window.text).toBe("since the last meeting on 26 Nov 2026");
    expect(p.counts.notUpdated).toBe(1);
  });

  it("prepares for the next meeting's new date", () => {
    const movedDecember = { ...december, start: "2026-12-17T14:00:00Z", modified: "2026-11-30T09:00:00Z" };
    const p = prepare(
      input({
        meetings: [november, december, movedDecember],
        actions: [anAction({ owner: priya, lastUpdateAt: before })],
      }),
    );
    expect(p.nextMeeting?.start).toBe("2026-12-17T14:00:00Z");
    expect(chaseList(p, "the Early Help Board")[0]?.text).toContain("before the meeting on 17 Dec 2026");
  });
});

describe("actions with no owner and owners who have left", () => {
  const actions = [
    anAction({ id: 1, ref: "1.1", owner: null, lastUpdateAt: after }),
    anAction({ id: 2, ref: "1.2", owner: gareth, lastUpdateAt: after }),
    anAction({ id: 3, ref: "1.3", owner: gareth, lastUpdateAt: before }),
    anAction({ id: 4, ref: "1.4", owner: gareth, status: "Complete", rag: null }),
    anAction({
      id: 5,
      ref: "1.5",
      owner: { ...priya, email: "PRIYA@Partnership.example" },
      lastUpdateAt: before,
    }),
  ];
  const p = prepare(input({ actions }));

  it("lists open actions with no owner, updated or not", () => {
    expect(p.noOwner.map((a) => a.id)).toEqual([1]);
  });

  it("lists an owner who left the board's group with every open action they still hold, not among those to chase", () => {
    expect(p.ownerLeft).toHaveLength(1);
    expect(p.ownerLeft[0]?.owner.name).toBe("Gareth Pengelly");
    expect(p.ownerLeft[0]?.actions.map((a) => a.id)).toEqual([2, 3]);
    expect(p.notUpdated.map((o) => o.owner.name)).toEqual(["Priya Chaudhry"]);
  });

  it("recognises the chair, who owns the group without being a member, and matches emails in any case", () => {
    const q = prepare(input({ actions: [anAction({ owner: miriam, lastUpdateAt: before })] }));
    expect(q.ownerLeft).toEqual([]);
    expect(q.notUpdated[0]?.owner.name).toBe("Miriam Castleton");
    expect(p.notUpdated[0]?.actions.map((a) => a.id)).toEqual([5]);
  });

  it("says all of it in one sentence", () => {
    expect(preparationSummary(p)).toBe(
      "1 person has 1 action not updated since the last meeting on 12 Nov 2026; 1 action has no owner; and 1 owner has left the board, holding 2 open actions.",
    );
  });

  it("treats an owner with no email as one who cannot be found on the board", () => {
    const q = prepare(input({ actions: [anAction({ owner: { id: 99, name: "Old Import", email: "" } })] }));
    expect(q.ownerLeft[0]?.owner.name).toBe("Old Import");
    expect(chaseList(q, "the board")).toEqual([]);
  });
});

describe("an action moved to another board", () => {
  it("is left out and reported separately, whether its board or its folder changed", () => {
    const p = prepare(
      input({
        actions: [
          anAction({ id: 1, owner: priya, lastUpdateAt: before, boardId: 2, folder: "education" }),
          anAction({ id: 2, owner: null, folder: "education" }),
          anAction({ id: 3, owner: gareth, folder: "" }),
          anAction({ id: 4, owner: dawn, lastUpdateAt: before }),
        ],
      }),
    );
    expect(p.notUpdated.map((o) => o.owner.name)).toEqual(["Dawn Lyddon"]);
    expect(p.noOwner).toEqual([]);
    expect(p.ownerLeft).toEqual([]);
    expect(p.movedAway.map((m) => [m.action.id, m.reason])).toEqual([
      [1, "board"],
      [2, "folder"],
      [3, "folder"],
    ]);
    expect(p.movedAway[0]?.text).toBe("Moved to another board: it is no longer on this board's plan.");
    expect(p.movedAway[1]?.text).toBe(
      "Filed in another board's folder (“education”), so only that board can change it.",
    );
    expect(p.counts.movedAway).toBe(3);
  });
});

describe("chasing", () => {
  const p = prepare(
    input({
      actions: [
        anAction({ id: 1, ref: "1.1", owner: priya, lastUpdateAt: before }),
        anAction({ id: 2, ref: "1.2", owner: priya, lastUpdateAt: null }),
        anAction({ id: 3, ref: "", title: "Map youth provision", owner: dawn, lastUpdateAt: before }),
        anAction({ id: 4, owner: null }),
        anAction({ id: 5, owner: gareth }),
      ],
    }),
  );

  it("reminds everyone on the board with actions not updated, once each, with their action ids", () => {
    expect(chaseList(p, "the Early Help Board")).toEqual([
      {
        email: "dawn@partnership.example",
        name: "Dawn Lyddon",
        actionIds: [3],
        text: "One of your actions on the Early Help Board has not been updated since the last meeting on 12 Nov 2026 (“Map youth provision”). Please add a progress update before the meeting on 10 Dec 2026.",
      },
      {
        email: "priya@partnership.example",
        name: "Priya Chaudhry",
        actionIds: [1, 2],
        text: "2 of your actions on the Early Help Board have not been updated since the last meeting on 12 Nov 2026 (1.1, 1.2). Please add a progress update before the meeting on 10 Dec 2026.",
      },
    ]);
  });

  it("chases one person by email, and nobody who has nothing to update", () => {
    expect(chaseOne(p, "the board", "Priya@partnership.example")?.actionIds).toEqual([1, 2]);
    expect(chaseOne(p, "the board", "miriam@partnership.example")).toBeUndefined();
    expect(chaseOne(p, "the board", gareth.email)).toBeUndefined();
  });

  it("says the next meeting when none is set", () => {
    const q = prepare(
      input({ meetings: [november], actions: [anAction({ owner: priya, lastUpdateAt: before })] }),
    );
    expect(chaseList(q, "the board")[0]?.text).toMatch(/before the next meeting\.$/);
  });
});
