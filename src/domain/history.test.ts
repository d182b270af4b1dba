import { describe, expect, it } from "vitest";
import { creationSummary, historyFromVersions, type ActionValues, type ActionVersion } from "./history";
import type { Person } from "./types";

const ann: Person = { id: 7, name: "Ann Example", email: "ann@partnership.example" };
const bob: Person = { id: 8, name: "Bob Example", email: "bob@partnership.example" };

const names = {
  board: (id: number) => `Board ${id}`,
  programme: (id: number) => `Programme ${id}`,
};

const base: ActionValues = {
  ref: "5.3",
  title: "Map parenting programmes",
  description: "Find what runs where.",
  boardId: 1,
  programmeId: 1,
  planYear: "2026/27",
  owner: ann,
  ownerOrg: "County Council",
  targetDate: "2027-03-31",
  revisedDate: null,
  revisedReason: "",
  status: "Not started",
  rag: null,
  note: "",
  evidenceUrl: "",
  changeId: "c1",
};

const version = (
  label: number,
  by: Person,
  values: Partial<ActionValues>,
  at = `2026-0${label}-01T09:00:00Z`,
): ActionVersion => ({
  label,
  at,
  by,
  values: { ...base, ...values },
});

describe("an action's history, from its SharePoint versions", () => {
  it("shows every version newest first, each with who saved it and when", () => {
    const history = historyFromVersions(
      [
        version(1, ann, {}),
        version(2, ann, { status: "In progress", rag: "Green", note: "Started.", changeId: "c2" }),
        version(3, bob, { status: "In progress", rag: "Amber", note: "Venue delayed.", changeId: "c3" }),
      ],
      names,
    );
    expect(history.map((h) => h.version)).toEqual([3, 2, 1]);
    expect(history[0]).toMatchObject({ by: bob, note: "Venue delayed.", throughApp: true });
    expect(history[0]?.changes.map((c) => c.text)).toEqual(["RAG: Green → Amber"]);
    expect(history[1]?.changes.map((c) => c.text)).toEqual([
      "Status: Not started → In progress",
      "RAG: none → Green",
    ]);
    expect(history[2]?.created).toBe(true);
  });

  it("records a change made outside the app under its real author, and says where it came from", () => {
    const history = historyFromVersions(
      [version(1, ann, {}), version(2, bob, { owner: bob, targetDate: "2027-06-30" })],
      names,
    );
    expect(history[0]).toMatchObject({ by: bob, throughApp: false });
    expect(history[0]?.changes.map((c) => c.text)).toEqual([
      "Original target date: 31 Mar 2027 → 30 Jun 2027",
      "Owner: Ann Example → Bob Example",
    ]);
  });

  it("keeps a second update with the same note as the first (the app's save id tells them apart)", () => {
    const history = historyFromVersions(
      [
        version(1, ann, {}),
        version(2, ann, { note: "On track.", changeId: "c2" }),
        version(3, ann, { note: "On track.", changeId: "c3" }),
      ],
      names,
    );
    expect(history.map((h) => h.note)).toEqual(["On track.", "On track.", ""]);
  });

  it("does not repeat an old note on a later edit made elsewhere", () => {
    const history = historyFromVersions(
      [
        version(1, ann, {}),
        version(2, ann, { note: "On track.", changeId: "c2" }),
        version(3, bob, { title: "Map and publish parenting programmes", note: "On track.", changeId: "c2" }),
      ],
      names,
    );
    expect(history[0]?.note).toBe("");
    expect(history[0]?.changes.map((c) => c.field)).toEqual(["title"]);
  });

  it("names a move to another board or programme, which a person could otherwise do unseen", () => {
    const history = historyFromVersions(
      [version(1, ann, {}), version(2, bob, { boardId: 2, programmeId: 5, ref: "5.10" })],
      names,
    );
    expect(history[0]?.changes.map((c) => c.text)).toEqual([
      "Reference: 5.3 → 5.10",
      "Programme: Programme 1 → Programme 5",
      "Board: Board 1 → Board 2",
    ]);
  });

  it("gives the reason with a revised date, and shows the date it replaced", () => {
    const history = historyFromVersions(
      [
        version(1, ann, { status: "In progress", rag: "Green" }),
        version(2, ann, {
          status: "In progress",
          rag: "Green",
          revisedDate: "2027-06-30",
          revisedReason: "Venue closed",
          changeId: "c2",
        }),
      ],
      names,
    );
    expect(history[0]?.changes.map((c) => c.text)).toEqual([
      "Revised target date: 31 Mar 2027 → 30 Jun 2027 (reason: Venue closed)",
    ]);
  });

  it("does not report a cleared RAG when an action is completed: the status says it", () => {
    const history = historyFromVersions(
      [
        version(1, ann, { status: "In progress", rag: "Green" }),
        version(2, ann, { status: "Complete", rag: null, changeId: "c2" }),
      ],
      names,
    );
    expect(history[0]?.changes.map((c) => c.text)).toEqual(["Status: In progress → Complete"]);
  });

  it("keeps a version that changed nothing it tracks, so there is never a gap", () => {
    const history = historyFromVersions([version(1, ann, {}), version(2, bob, { changeId: "c1" })], names);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ by: bob, changes: [], throughApp: false });
  });

  it("words a year roll-over as a carry forward by whoever ran it, without repeating the last note", () => {
    const history = historyFromVersions(
      [
        version(1, ann, {}),
        version(2, ann, { status: "In progress", rag: "Amber", note: "Venue delayed.", changeId: "c2" }),
        version(3, bob, {
          status: "In progress",
          rag: "Amber",
          note: "Venue delayed.",
          planYear: "2027/28",
          changeId: "rollover:1:2027/28:42",
        }),
      ],
      names,
    );
    expect(history[0]).toMatchObject({ by: bob, throughApp: true, note: "" });
    expect(history[0]?.changes.map((c) => c.text)).toEqual(["Carried forward from 2026/27 into 2027/28"]);
    expect(history[1]?.note).toBe("Venue delayed.");
  });

  it("still says a plan year changed by hand was changed, not carried forward", () => {
    const history = historyFromVersions(
      [version(1, ann, {}), version(2, bob, { planYear: "2027/28" })],
      names,
    );
    expect(history[0]?.changes.map((c) => c.text)).toEqual(["Plan year: 2026/27 → 2027/28"]);
    expect(history[0]?.throughApp).toBe(false);
  });

  it("sums up what the action was when it was added", () => {
    expect(creationSummary(base)).toEqual([
      "Status: Not started",
      "Target date: 31 Mar 2027",
      "Owner: Ann Example",
    ]);
  });
});
