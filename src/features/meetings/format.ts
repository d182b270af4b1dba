import type { Meeting } from "../../data/sharepoint/meetings";
import { formatDate } from "../../domain/dates";

/** "10 Dec 2026, 14:00": a meeting's start on the SharePoint site's clock, the en-GB way. */
export const meetingTime = (m: Pick<Meeting, "localDate" | "localTime">): string =>
  `${formatDate(m.localDate)}, ${m.localTime}`;
