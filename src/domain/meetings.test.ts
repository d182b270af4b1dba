import { describe, expect, it } from "vitest";
import { aMeeting } from "../../tests/builders/meeting";
import {
  currentMeetings,
  lastMeetingBefore,
  meetingAfter,
  meetingBefore,
  meetingOnNow,
  meetingsAround,
  meetingWhen,
  minutesLocked,
  nextMeeting,
  validateMeetingDraft,
} from "./meetings";

const meeting = aMeeting;

const october = meeting(1, "2026-10-08T13:00:00Z", { state: "Minutes published" });
const november = meeting(2, "2026-11-12T14:00:00Z", { state: "Minutes draft" });
const december = meeting(3, "2026-12-10T14:00:00Z");
const now = "2026-12-03T09:00:00Z";

describe("the last and next meeting", () => {
  it("are the latest meeting before now and the earliest from now, whatever order they arrive in", () => {
    const all = [december, october, november];
    expect(lastMeetingBefore(all, now)?.id).toBe(2);
    expect(nextMeeting(all, now)?.id).toBe(3);
    expect(nextMeeting(all, new Date(now))?.id).toBe(3);
  });

  it("are null when the board has not met yet, or has nothing planned", () => {
    expect(lastMeetingBefore([december], now)).toBeNull();
    expect(nextMeeting([october, november], now)).toBeNull();
    expect(lastMeetingBefore([], now)).toBeNull();
  });

  it("counts a meeting that has started and is still going as the last one, not the next", () => {
    const running = meeting(3, "2026-12-10T14:00:00Z", { state: "In progress" });
    const during = "2026-12-10T14:30:00Z";
    expect(lastMeetingBefore([november, running], during)?.id).toBe(3);
    expect(nextMeeting([november, running], during)).toBeNull();
  });

  it("never picks a cancelled meeting: the one before it is still the last meeting", () => {
    const cancelledNov = { ...november, cancelled: true };
    const cancelledDec = { ...december, cancelled: true };
    expect(lastMeetingBefore([october, cancelledNov, december], now)?.id).toBe(1);
    expect(nextMeeting([october, november, cancelledDec], now)).toBeNull();
  });

  it("follows a rescheduled meeting to its new date: the copy saved last wins", () => {
    // November's meeting was first set for 5 Nov, then moved to 19 Nov; both copies reach us.
    const first = meeting(2, "2026-11-05T14:00:00Z", { modified: "2026-10-01T09:00:00Z" });
    const moved = meeting(2, "2026-11-19T14:00:00Z", { modified: "2026-10-20T09:00:00Z" });
    const asOf = "2026-11-12T09:00:00Z";
    for (const order of [
      [october, first, moved],
      [moved, first, october],
    ]) {
      expect(lastMeetingBefore(order, asOf)?.id).toBe(1);
      expect(nextMeeting(order, asOf)?.start).toBe("2026-11-19T14:00:00Z");
      expect(currentMeetings(order)).toHaveLength(2);
    }
  });

  it("follows a meeting brought forward too", () => {
    const planned = meeting(3, "2026-12-17T14:00:00Z", { modified: "2026-11-01T09:00:00Z" });
    const brought = meeting(3, "2026-12-01T14:00:00Z", { modified: "2026-11-20T09:00:00Z" });
    expect(lastMeetingBefore([november, planned, brought], now)?.start).toBe("2026-12-01T14:00:00Z");
    expect(nextMeeting([november, planned, brought], now)).toBeNull();
  });

  it("takes the later copy in the input when two copies were saved at the same moment", () => {
    const a = meeting(3, "2026-12-10T14:00:00Z");
    const b = meeting(3, "2026-12-11T14:00:00Z");
    expect(nextMeeting([a, b], now)?.start).toBe("2026-12-11T14:00:00Z");
  });
});

describe("the meeting before and after a meeting", () => {
  it("finds the previous meeting, skipping cancelled ones, and null for the first", () => {
    const all = [october, { ...november, cancelled: true }, december];
    expect(meetingBefore(all, december)?.id).toBe(1);
    expect(meetingBefore(all, october)).toBeNull();
    expect(meetingAfter(all, october)?.id).toBe(3);
    expect(meetingAfter(all, december)).toBeNull();
  });
});

describe("the Meetings area", () => {
  it("lists upcoming meetings soonest first and past ones latest first, cancelled ones marked", () => {
    const jan = meeting(4, "2027-01-14T14:00:00Z", { cancelled: true });
    const { upcoming, past } = meetingsAround([october, jan, december, november], now);
    expect(upcoming.map((m) => m.id)).toEqual([3, 4]);
    expect(past.map((m) => m.id)).toEqual([2, 1]);
    expect(meetingWhen(jan)).toMatch(/^14 Jan 2027, \d\d:00 \(cancelled\)$/);
  });

  it("treats approved or published minutes as locked", () => {
    expect(minutesLocked(october)).toBe(true);
    expect(minutesLocked(november)).toBe(false);
    expect(minutesLocked({ ...november, minutesApprovedAt: "2026-12-10T14:10:00Z" })).toBe(true);
  });
});

describe("scheduling a meeting", () => {
  const draft = {
    title: "Board meeting, January",
    start: "2027-01-14T14:00:00Z",
    end: "2027-01-14T16:00:00Z",
    place: "",
    onlineUrl: "https://teams.microsoft.com/l/meetup-join/abc",
  };

  it("accepts a meeting with a title, a start, an end after it and a place or link", () => {
    expect(validateMeetingDraft(draft)).toEqual({});
  });

  it("says what to fix", () => {
    expect(
      validateMeetingDraft({
        title: "  ",
        start: null,
        end: null,
        place: "",
        onlineUrl: "teams.microsoft.com",
      }),
    ).toEqual({
      title: "Give the meeting a title, for example “Board meeting, December”.",
      start: "Choose the date and time the meeting starts.",
      onlineUrl: "Online meeting links must start with https://",
    });
    expect(validateMeetingDraft({ ...draft, end: "2027-01-14T13:00:00Z" }).end).toBe(
      "The meeting must end after it starts.",
    );
    expect(validateMeetingDraft({ ...draft, onlineUrl: "" }).place).toBe(
      "Say where the meeting is held, or give its online link.",
    );
  });
});

describe("the meeting on now (a Teams meeting's side panel)", () => {
  const at = "2026-12-10T13:50:00Z";
  it("is the meeting in progress, even when another planned one starts sooner", () => {
    const running = meeting(4, "2026-12-10T10:00:00Z", { state: "In progress" });
    const soon = meeting(5, "2026-12-10T14:00:00Z");
    expect(meetingOnNow([soon, running, november], at)?.id).toBe(4);
  });

  it("is otherwise the planned meeting nearest now, from 12 hours before to 24 hours ahead", () => {
    const today = meeting(3, "2026-12-10T14:00:00Z");
    const tomorrow = meeting(6, "2026-12-11T09:00:00Z");
    expect(meetingOnNow([tomorrow, today], at)?.id).toBe(3);
    // Started ten minutes ago and the chair has not pressed Start: still the one on now.
    expect(meetingOnNow([today], "2026-12-10T14:10:00Z")?.id).toBe(3);
    expect(meetingOnNow([tomorrow], at)?.id).toBe(6);
  });

  it("is null when nothing is on: too far ahead, long past, finished or cancelled", () => {
    expect(meetingOnNow([december], "2026-12-08T14:00:00Z")).toBeNull();
    expect(meetingOnNow([december], "2026-12-11T09:00:00Z")).toBeNull();
    expect(meetingOnNow([meeting(3, "2026-12-10T14:00:00Z", { state: "Minutes draft" })], at)).toBeNull();
    expect(meetingOnNow([meeting(3, "2026-12-10T14:00:00Z", { cancelled: true })], at)).toBeNull();
    expect(
      meetingOnNow([meeting(3, "2026-12-10T14:00:00Z", { state: "In progress", cancelled: true })], at),
    ).toBeNull();
    expect(meetingOnNow([], at)).toBeNull();
  });
});
