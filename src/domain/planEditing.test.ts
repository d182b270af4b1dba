import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import type { BoardPeople, BoardPerson } from "./boardPeople";
import {
  canKeepPlan,
  emptyNewAction,
  nextFreeRef,
  ownerChoices,
  suggestedRef,
  validateClose,
  validateDetails,
  validateMove,
  validateNewAction,
  validateReassign,
  validateReopen,
  type NewActionContext,
  withOwnerPicked,
} from "./planEditing";
import type { Viewer } from "./types";

const person = (name: string, email: string, organisation = ""): BoardPerson => ({
  graphId: email,
  name,
  email,
  jobTitle: "",
  organisation,
});
const chair = person("Miriam Castleton", "miriam@x.test", "County Council");
const priya = person("Priya Chaudhry", "priya@partnership.example", "NHS");
const dawn = person("Dawn Lyddon", "dawn@x.test", "CHYPPS");
const people: BoardPeople = { owners: [chair], members: [priya, dawn] };

const viewer = (over: Partial<Viewer>): Viewer => ({
  graphId: "v",
  name: "V",
  email: "v@x.test",
  groupIds: [],
  ownedGroupIds: [],
  ...over,
});

describe("who keeps the plan", () => {
  const board = { groupId: "eh" };
  it("is an owner of the board's group, member or not", () => {
    expect(canKeepPlan(viewer({ ownedGroupIds: ["eh"] }), board, "admins")).toBe(true);
  });
  it("is a plan administrator", () => {
    expect(canKeepPlan(viewer({ groupIds: ["admins"] }), board, "admins")).toBe(true);
  });
  it("is not a member who does not own the group, nor an owner of another board", () => {
    expect(canKeepPlan(viewer({ groupIds: ["eh"] }), board, "admins")).toBe(false);
    expect(canKeepPlan(viewer({ ownedGroupIds: ["other"] }), board, "admins")).toBe(false);
    expect(canKeepPlan(viewer({ groupIds: ["eh"] }), board, "")).toBe(false);
    expect(canKeepPlan(undefined, board, "admins")).toBe(false);
  });
  it("offers the board's owners and members, once each, as owners of an action", () => {
    expect(ownerChoices({ owners: [chair], members: [chair, priya] }).map((p) => p.name)).toEqual([
      "Miriam Castleton",
      "Priya Chaudhry",
    ]);
  });
});

describe("the next free reference", () => {
  it("is one more than the highest in the programme", () => {
    expect(nextFreeRef(5, ["5.1", "5.2", "5.5", "1.9"])).toBe("5.6");
  });
  it("counts numerically, not as text", () => {
    expect(nextFreeRef(5, ["5.9", "5.10"])).toBe("5.11");
  });
  it("starts at .1 in an empty programme and ignores refs it cannot read", () => {
    expect(nextFreeRef(1, ["A", ""])).toBe("1.1");
  });
});

const ctx: NewActionContext = {
  boardTitle: "Early Help Board",
  noun: "improvement programme",
  programmes: [
    { id: 11, number: 1 },
    { id: 15, number: 5 },
  ],
  actions: [
    anAction({ id: 1, programmeId: 15, planYear: "2026/27", ref: "5.1" }),
    anAction({ id: 2, programmeId: 15, planYear: "2026/27", ref: "5.3" }),
    anAction({ id: 3, programmeId: 15, planYear: "2025/26", ref: "5.7" }),
    anAction({ id: 4, programmeId: 11, planYear: "2026/27", ref: "1.2" }),
  ],
  planYear: "2026/27",
  people,
  today: "2026-11-22",
};
const good = {
  ...emptyNewAction(15),
  ref: "5.4",
  title: "Family hubs in every district",
  ownerEmail: priya.email,
  ownerOrg: "NHS",
  targetDate: "2027-03-31",
};

describe("adding an action", () => {
  it("suggests the next reference of this year's plan in the chosen programme", () => {
    expect(suggestedRef(ctx, 15)).toBe("5.4");
    expect(suggestedRef(ctx, 11)).toBe("1.3");
    expect(suggestedRef(ctx, null)).toBe("");
  });
  it("accepts a complete action", () => {
    expect(validateNewAction(good, ctx)).toEqual({});
  });
  it("says what is missing, field by field", () => {
    expect(validateNewAction(emptyNewAction(null), ctx)).toEqual({
      programmeId: "Choose the improvement programme this action belongs to.",
      title: "Give the action a title: what will be done.",
      ownerEmail: "Choose who owns this action.",
      targetDate: "Enter a target date, for example 31/03/2027.",
    });
  });
  it("refuses a reference already used in the programme, and suggests a free one", () => {
    expect(validateNewAction({ ...good, ref: "5.3" }, ctx).ref).toBe(
      "Another action in improvement programme 5 is already 5.3: use another reference, for example 5.4.",
    );
  });
  it("refuses an owner who is not on the board", () => {
    expect(validateNewAction({ ...good, ownerEmail: "someone@else.test" }, ctx).ownerEmail).toBe(
      "That person is not on Early Help Board: choose one of its members or owners.",
    );
  });
  it("refuses a target date already past, and text that is not a date, on the date field", () => {
    expect(validateNewAction({ ...good, targetDate: "2026-11-21" }, ctx).targetDate).toBe(
      "The target date must be today or later: 21 Nov 2026 has passed.",
    );
    expect(validateNewAction(good, { ...ctx, targetDateText: "31/02/2027" }).targetDate).toBe(
      "There is no 31 February 2027. Enter a date that exists, for example 30/06/2027.",
    );
  });
  it("refuses a title longer than the list holds instead of cutting it", () => {
    expect(validateNewAction({ ...good, title: "x".repeat(256) }, ctx).title).toBe(
      "The title is 256 characters; SharePoint keeps 255 at most. Shorten it by 1 character.",
    );
  });
});

describe("reassigning", () => {
  const action = anAction({ owner: { id: 10, name: "Priya Chaudhry", email: "PRIYA@partnership.example" } });
  it("needs a new owner on the board, not the same one", () => {
    const c = { boardTitle: "Early Help Board", people };
    expect(validateReassign(action, { ownerEmail: "", ownerOrg: "", note: "" }, c).ownerEmail).toBe(
      "Choose who owns this action.",
    );
    expect(validateReassign(action, { ownerEmail: priya.email, ownerOrg: "", note: "" }, c).ownerEmail).toBe(
      "Priya Chaudhry already owns this action: choose someone else.",
    );
    expect(validateReassign(action, { ownerEmail: dawn.email, ownerOrg: "CHYPPS", note: "" }, c)).toEqual({});
  });
  it("reassigns an action with no owner", () => {
    expect(
      validateReassign(
        anAction({ owner: null }),
        { ownerEmail: dawn.email, ownerOrg: "", note: "x" },
        { boardTitle: "B", people },
      ),
    ).toEqual({});
  });
});

describe("editing the details", () => {
  const action = anAction({ title: "T", description: "D", ownerOrg: "NHS", targetDate: "2027-03-31" });
  it("says when nothing has changed", () => {
    expect(
      validateDetails(action, { title: "T", description: "D", ownerOrg: "NHS", targetDate: "2027-03-31" }),
    ).toEqual({ title: "Nothing has changed yet: change a field, or choose Cancel." });
  });
  it("lets the original target date be corrected, to a past date too", () => {
    expect(
      validateDetails(action, { title: "T", description: "D", ownerOrg: "NHS", targetDate: "2026-03-31" }),
    ).toEqual({});
  });
  it("needs a title", () => {
    expect(
      validateDetails(action, { title: " ", description: "D", ownerOrg: "NHS", targetDate: "2027-03-31" })
        .title,
    ).toBe("Give the action a title: what will be done.");
  });
});

describe("closing and reopening", () => {
  it("needs Complete or Withdrawn and a note saying why", () => {
    const open = anAction({ status: "In progress" });
    expect(validateClose(open, { status: null, note: "" })).toEqual({
      status: "Choose Complete or Withdrawn.",
      note: "Say what was achieved, or why it is closed: a note is required.",
    });
    expect(validateClose(open, { status: "Withdrawn", note: " " }).note).toBe(
      "Say why the action is withdrawn: a note is required.",
    );
    expect(validateClose(open, { status: "Complete", note: "All hubs open." })).toEqual({});
  });
  it("does not close a closed action, nor reopen an open one", () => {
    expect(validateClose(anAction({ status: "Complete" }), { status: "Complete", note: "x" }).status).toBe(
      "This action is already complete.",
    );
    expect(validateReopen(anAction({ status: "In progress" }), { rag: "Green", note: "x" }).note).toBe(
      "This action is already open.",
    );
  });
  it("reopens with a rating and a note", () => {
    const closed = anAction({ status: "Withdrawn", rag: null });
    expect(validateReopen(closed, { rag: null, note: "" })).toEqual({
      rag: "Choose Red, Amber or Green: a reopened action is in progress.",
      note: "Say why the action is reopened: a note is required.",
    });
    expect(validateReopen(closed, { rag: "Amber", note: "Funding found." })).toEqual({});
  });
});

describe("moving to another programme", () => {
  const action = anAction({ id: 2, programmeId: 15, planYear: "2026/27", ref: "5.3" });
  it("needs another programme of the board and a free reference there", () => {
    expect(validateMove(action, { programmeId: 15, ref: "5.3", note: "" }, ctx).programmeId).toBe(
      "The action is already in improvement programme 5: choose another.",
    );
    expect(validateMove(action, { programmeId: 11, ref: "1.2", note: "" }, ctx).ref).toBe(
      "Another action in improvement programme 1 is already 1.2: use another reference, for example 1.3.",
    );
    expect(validateMove(action, { programmeId: 11, ref: "1.3", note: "" }, ctx)).toEqual({});
  });
});

describe("picking a new owner", () => {
  const ann = person("Ann Smith", "ann@partnership.example", "County Council");
  const bob = person("Bob Jones", "bob@partnership.example", "NHS Trust");
  it("brings the new owner's organisation from the directory", () => {
    expect(withOwnerPicked({ ownerEmail: ann.email, ownerOrg: "County Council" }, bob, [ann, bob])).toEqual({
      ownerEmail: bob.email,
      ownerOrg: "NHS Trust",
    });
  });
  it("keeps an organisation the chair typed", () => {
    expect(
      withOwnerPicked({ ownerEmail: ann.email, ownerOrg: "Seconded to the CCG" }, bob, [ann, bob]),
    ).toEqual({
      ownerEmail: bob.email,
      ownerOrg: "Seconded to the CCG",
    });
  });
  it("clears both when nobody is picked", () => {
    expect(withOwnerPicked({ ownerEmail: ann.email, ownerOrg: "County Council" }, null, [ann, bob])).toEqual({
      ownerEmail: "",
      ownerOrg: "",
    });
  });
});
