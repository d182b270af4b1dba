import { describe, expect, it } from "vitest";
import {
  assignableOwners,
  boardRoster,
  canEditBoard,
  isOnBoard,
  type BoardPeople,
  type BoardPerson,
} from "./boardPeople";
import type { Viewer } from "./types";

const person = (graphId: string, name: string): BoardPerson => ({
  graphId,
  name,
  email: `${name.split(" ")[0]?.toLowerCase() ?? graphId}@partnership.example`,
  jobTitle: "",
  organisation: "",
});
const chair = person("c", "Miriam Castleton");
const secretary = person("s", "Owen Prideaux");
const priya = person("p", "Priya Chaudhry");
const dawn = person("d", "Dawn Lyddon");

// The chair owns the group without being a member; the secretary is both.
const earlyHelp: BoardPeople = { owners: [chair, secretary], members: [secretary, priya, dawn] };

const viewer = (groupIds: string[], ownedGroupIds: string[] = []): Viewer => ({
  graphId: "v",
  name: "V",
  email: "v@partnership.example",
  groupIds,
  ownedGroupIds,
});

describe("the owner picker", () => {
  it("offers the board's owners and members, each once, by name", () => {
    expect(assignableOwners(earlyHelp).map((p) => p.name)).toEqual([
      "Dawn Lyddon",
      "Miriam Castleton",
      "Owen Prideaux",
      "Priya Chaudhry",
    ]);
  });

  it("offers an owner-only chair even when the group has no members yet", () => {
    expect(assignableOwners({ owners: [chair], members: [] })).toEqual([chair]);
  });

  it("offers nobody for a board whose group has neither", () => {
    expect(assignableOwners({ owners: [], members: [] })).toEqual([]);
  });
});

describe("who is on the board", () => {
  it("counts an owner who is not a member as on the board, so not as having left it", () => {
    expect(isOnBoard(earlyHelp, "MIRIAM@partnership.example")).toBe(true);
    expect(isOnBoard(earlyHelp, "priya@partnership.example")).toBe(true);
    expect(isOnBoard(earlyHelp, "stuart@partnership.example")).toBe(false);
    expect(isOnBoard(earlyHelp, "")).toBe(false);
  });

  it("lists members and owners together without repeating someone who is both", () => {
    expect(boardRoster(earlyHelp).filter((p) => p.graphId === "s")).toHaveLength(1);
    expect(boardRoster(earlyHelp)).toHaveLength(4);
  });
});

describe("who may edit a board", () => {
  const board = { groupId: "g-eh" };

  it("lets a member, an owner who is not a member, and an administrator edit", () => {
    expect(canEditBoard(viewer(["g-eh"]), board, "g-admin")).toBe(true);
    expect(canEditBoard(viewer([], ["g-eh"]), board, "g-admin")).toBe(true);
    expect(canEditBoard(viewer(["g-admin"]), board, "g-admin")).toBe(true);
  });

  it("does not let someone who owns or is in other groups only edit", () => {
    expect(canEditBoard(viewer(["g-wf"], ["g-wf"]), board, "g-admin")).toBe(false);
    expect(canEditBoard(viewer(["g-admin"]), board, "")).toBe(false);
    expect(canEditBoard(undefined, board, "g-admin")).toBe(false);
  });
});
