import { describe, expect, it } from "vitest";
import { anAction } from "../../tests/builders/action";
import {
  buildMinutesDocument,
  minutesFileName,
  type MinutesInput,
  type MinutesMeeting,
} from "./minutesDocument";
import type { Person } from "./types";

const person = (id: number, name: string): Person => ({ id, name, email: `p${id}@partnership.example` });

const meeting = (more: Partial<MinutesMeeting> = {}): MinutesMeeting => ({
  id: 20,
  title: "Board meeting, December",
  localDate: "2026-12-07",
  localTime: "14:00",
  place: "County Hall",
  attendees: [person(1, "Dana Chair"), person(2, "Sam Member")],
  apologies: [person(3, "Alex Absent")],
  guests: [
    { name: "Jo Guest", organisation: "Police" },
    { name: "Kim Visitor", organisation: "" },
  ],
  previousMeetingId: null,
  previousApprovedAt: null,
  minutesVersion: 0,
  approvedAt: null,
  approvedBy: null,
  ...more,
});

const input = (more: Partial<MinutesInput> = {}): MinutesInput => ({
  boardTitle: "Early Help Board",
  meeting: meeting(),
  items: [],
  decisions: [],
  actions: [],
  previousMeeting: null,
  ...more,
});

describe("the minutes of a meeting", () => {
  it("heads them with the board, the meeting, its time on the site's clock, the place and who came", () => {
    const doc = buildMinutesDocument(input());
    expect(doc).toMatchObject({
      boardTitle: "Early Help Board",
      meetingTitle: "Board meeting, December",
      when: "7 Dec 2026, 14:00",
      place: "County Hall",
      attendance: ["Dana Chair", "Sam Member"],
      apologies: ["Alex Absent"],
      guests: ["Jo Guest (Police)", "Kim Visitor"],
      version: 0,
      publishedAt: null,
      publishedBy: null,
      previousMinutesApproval: null,
    });
  });

  it("has no items, no decisions and no actions when none were recorded, and nobody listed when nobody came", () => {
    const doc = buildMinutesDocument(
      input({ meeting: meeting({ attendees: [], apologies: [], guests: [] }) }),
    );
    expect(doc.items).toEqual([]);
    expect(doc.otherDecisions).toEqual([]);
    expect(doc.actionsArising).toEqual([]);
    expect(doc.mattersArising).toEqual([]);
    expect(doc.attendance).toEqual([]);
    expect(doc.apologies).toEqual([]);
    expect(doc.guests).toEqual([]);
  });

  it("lists the agenda items in order, skips removed ones, and puts each decision under its item", () => {
    const doc = buildMinutesDocument(
      input({
        items: [
          { id: 3, title: "Any other business", order: 9, removed: false, minutes: "None.\n" },
          {
            id: 1,
            title: "Welcome",
            order: 1,
            removed: false,
            minutes: "The chair welcomed all.\nTwo new members.",
          },
          { id: 2, title: "Dropped item", order: 2, removed: true, minutes: "Not minuted" },
          { id: 4, title: "Family hubs", order: 3, removed: false, minutes: "" },
        ],
        decisions: [
          { id: 50, itemId: 4, text: "Extend the pilot to March." },
          { id: 51, itemId: null, text: "Meet in person in January." },
          { id: 52, itemId: 2, text: "Made under an item later taken off." },
        ],
      }),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, "Welcome"],
      [2, "Family hubs"],
      [3, "Any other business"],
    ]);
    expect(doc.items[0]?.minutes).toBe("The chair welcomed all.\nTwo new members.");
    expect(doc.items[1]?.decisions).toEqual(["Extend the pilot to March."]);
    expect(doc.items[0]?.decisions).toEqual([]);
    // Decisions under no item (or a removed one) come at the end, not lost.
    expect(doc.otherDecisions).toEqual(["Meet in person in January.", "Made under an item later taken off."]);
  });

  it("lists actions arising at this meeting with owner, organisation and en-GB target date, and matters arising from the last", () => {
    const doc = buildMinutesDocument(
      input({
        meeting: meeting({ previousMeetingId: 10, previousApprovedAt: "2026-12-07T14:05:00Z" }),
        previousMeeting: { id: 10, title: "Board meeting, October", localDate: "2026-10-25" },
        actions: [
          anAction({ id: 1, ref: "4.10", aroseAtMeetingId: 20, targetDate: "2027-01-31" }),
          anAction({
            id: 2,
            ref: "4.9",
            aroseAtMeetingId: 20,
            owner: null,
            ownerOrg: "",
            targetDate: "2027-02-28",
          }),
          anAction({ id: 3, ref: "2.1", aroseAtMeetingId: 10, status: "In progress", rag: "Amber" }),
          anAction({
            id: 4,
            ref: "2.2",
            aroseAtMeetingId: 10,
            status: "Complete",
            rag: null,
            revisedDate: "2026-11-30",
          }),
          anAction({ id: 5, ref: "1.1", aroseAtMeetingId: null }),
        ],
      }),
    );
    expect(doc.actionsArising).toEqual([
      {
        ref: "4.9",
        title: "Roll out parenting programmes",
        owner: "No owner",
        organisation: "",
        targetDate: "28 Feb 2027",
      },
      {
        ref: "4.10",
        title: "Roll out parenting programmes",
        owner: "Priya Chaudhry",
        organisation: "NHS",
        targetDate: "31 Jan 2027",
      },
    ]);
    expect(doc.mattersArising.map((m) => [m.ref, m.status, m.rating, m.dueDate])).toEqual([
      ["2.1", "In progress", "Amber", "31 Mar 2027"],
      ["2.2", "Complete", "Complete", "30 Nov 2026"],
    ]);
    expect(doc.previousMinutesApproval).toBe(
      "The minutes of Board meeting, October (25 Oct 2026) were approved as a true record.",
    );
  });

  it("says when, by whom and which version was published", () => {
    const doc = buildMinutesDocument(
      input({
        meeting: meeting({
          minutesVersion: 2,
          approvedAt: "2026-12-08T10:30:00Z",
          approvedBy: person(1, "Dana Chair"),
        }),
      }),
    );
    expect(doc.version).toBe(2);
    expect(doc.publishedBy).toBe("Dana Chair");
    expect(doc.publishedAt).toMatch(/^8 Dec 2026, \d{2}:30$/);
  });

  it("names the document by date and board, without characters SharePoint refuses", () => {
    expect(minutesFileName({ date: "2026-12-07", boardTitle: "Early Help Board" })).toBe(
      "2026-12-07 Early Help Board minutes.docx",
    );
    expect(minutesFileName({ date: "2026-12-07", boardTitle: 'Health & Wellbeing: 50% / "Adults"' })).toBe(
      "2026-12-07 Health & Wellbeing- 50- - -Adults- minutes.docx",
    );
  });
});
