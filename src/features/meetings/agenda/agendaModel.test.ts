import { describe, expect, it } from "vitest";
import type { MeetingItem } from "../../../data/sharepoint/minutes";
import { agendaClientId, placeNewItem } from "./agendaModel";
import { agendaChannel } from "./CirculateAgenda";
import { agendaMessage } from "./agendaMessage";

const item = (id: number, order: number): MeetingItem => ({
  id,
  etag: `"${id},1"`,
  meetingId: 1,
  boardId: 1,
  title: `Item ${id}`,
  order,
  kind: "Standing",
  agendaKind: "added",
  actionId: null,
  actionIds: [],
  removed: false,
  minutes: "",
  modified: "2026-11-22T10:00:00Z",
  editor: null,
});

describe("the agenda's stored places", () => {
  it("puts a new item in the place of the one it goes before, which moves down one", () => {
    const active = [item(1, 1), item(2, 2), item(3, 5)];
    expect(placeNewItem(active, 3)).toEqual({ order: 5, bumps: [{ item: active[2], order: 6 }] });
  });
  it("puts a new item last after the last place", () => {
    expect(placeNewItem([item(1, 1), item(2, 4)], 3)).toEqual({ order: 5, bumps: [] });
    expect(placeNewItem([], 1)).toEqual({ order: 1, bumps: [] });
  });
  it("derives the same client id for the same meeting and rule, within the column's 64 characters", () => {
    expect(agendaClientId(12, "overdue")).toBe("agenda:12:overdue");
    expect(agendaClientId(12, "x".repeat(100))).toHaveLength(64);
  });
});

describe("circulating", () => {
  const channel = (displayName: string) => ({
    id: displayName,
    displayName,
    description: "",
    membershipType: "standard",
  });
  it("prefers the Board meetings channel, then General", () => {
    expect(agendaChannel([channel("General"), channel("board meetings")])?.displayName).toBe(
      "board meetings",
    );
    expect(agendaChannel([channel("Random"), channel("General")])?.displayName).toBe("General");
    expect(agendaChannel([channel("Random")])).toBeNull();
  });
  it("escapes every text a person typed", () => {
    const body = agendaMessage({
      boardTitle: "A & B",
      meeting: { title: "<script>", localDate: "2026-12-10", localTime: "14:00", place: 'Room "1"' },
      items: [{ title: "<b>x</b>", actions: [{ ref: "1.1", title: "It's <i>", owner: null }] }],
      link: "https://teams.microsoft.com/l/entity/a?context=%7B%7D",
    }).__html;
    expect(body).toBe(
      "<p><strong>Agenda: &lt;script&gt;</strong></p><p>A &amp; B, 10 Dec 2026, 14:00, Room &quot;1&quot;</p>" +
        "<ol><li>&lt;b&gt;x&lt;/b&gt;<ul><li>1.1 It&#39;s &lt;i&gt; (no owner)</li></ul></li></ol>" +
        '<p><a href="https://teams.microsoft.com/l/entity/a?context=%7B%7D">Open the meeting in Trust Boards</a></p>',
    );
  });
});
