import type { Route } from "../../app/route";
import { DecisionLog } from "./DecisionLog";
import { MeetingNow } from "./MeetingNow";
import { MeetingPage, type Surface } from "./MeetingPage";
import { MeetingsPage } from "./MeetingsPage";

/** The routes of a board's meetings, as one chunk the app loads when a meeting route is first opened. */
export type MeetingsRoute = Extract<Route, { name: "meetings" | "meeting" | "decisions" | "board" }>;

export default function MeetingsArea({ route, surface }: { route: MeetingsRoute; surface: Surface }) {
  switch (route.name) {
    case "meetings":
      return <MeetingsPage key={route.boardId} boardId={route.boardId} />;
    case "meeting":
      return (
        <MeetingPage
          key={route.meetingId}
          boardId={route.boardId}
          meetingId={route.meetingId}
          surface={surface}
        />
      );
    case "decisions":
      return <DecisionLog key={route.boardId} boardId={route.boardId} />;
    case "board":
      // In a Teams meeting (side panel or stage) a board's tab opens on the board's meeting that is on now.
      return (
        <MeetingNow
          key={route.boardId}
          boardId={route.boardId}
          surface={surface === "tab" ? "sidePanel" : surface}
        />
      );
  }
}
