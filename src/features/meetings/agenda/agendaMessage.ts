import { html, type SafeHtml } from "../../../data/graph/teamwork";
import type { Meeting } from "../../../data/sharepoint/meetings";
import type { Action } from "../../../domain/types";
import { meetingTime } from "../format";

export interface CirculatedItem {
  title: string;
  /** The actions an exception item is about, in plan order. */
  actions: readonly Pick<Action, "ref" | "title" | "owner">[];
}

/**
 * The agenda as a channel message. Built only with `html`, so every title, place and name a person
 * typed is escaped: a title like "<b>x</b>" reaches Teams as text, not markup.
 */
export function agendaMessage(input: {
  boardTitle: string;
  meeting: Pick<Meeting, "title" | "localDate" | "localTime" | "place">;
  items: readonly CirculatedItem[];
  link: string;
}): SafeHtml {
  const { meeting } = input;
  const when = meetingTime(meeting);
  // No whitespace between elements: Teams shows a message's HTML as sent, and Prettier would indent it.
  // prettier-ignore
  const items = input.items.map((item) => html`<li>${item.title}${
    item.actions.length > 0
      ? html`<ul>${item.actions.map((a) => html`<li>${a.ref} ${a.title} (${a.owner?.name ?? "no owner"})</li>`)}</ul>`
      : null
  }</li>`);
  const where = meeting.place !== "" ? html`, ${meeting.place}` : null;
  // prettier-ignore
  return html`<p><strong>Agenda: ${meeting.title}</strong></p><p>${input.boardTitle}, ${when}${where}</p><ol>${items}</ol><p><a href="${input.link}">Open the meeting in Trust Boards</a></p>`;
}
