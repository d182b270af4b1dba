import { Button, Link, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ShareScreenStart20Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import type { StageSharing } from "../../data/teams/teams";
import { meetingOnNow, meetingWhen, nextMeeting } from "../../domain/meetings";
import { canKeepPlan } from "../../domain/planEditing";
import { Notice } from "../../ui/Notice";
import { EmptyState, ErrorState, LoadingState } from "../../ui/StateViews";
import { useBoardHome, useBoardMeetings, useViewer } from "../queries";
import { MeetingPage, type Surface } from "./MeetingPage";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  share: { alignSelf: "flex-start", maxWidth: "100%" },
  links: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
});

/** In a Teams frame (the manifest's URLs carry ?inTeams=1), as index.tsx decides; not in the workbench. */
const inTeamsFrame = (): boolean =>
  new URLSearchParams(window.location.search).get("inTeams") === "1" && window.self !== window.top;

/**
 * The chair's way to put the meeting on the stage from the side panel: teams-js
 * meeting.shareAppContentToStage, offered only when Teams says this client and this app can
 * (stageSharing feature-detects). teams-js is loaded on demand, as in index.tsx.
 */
function useStageSharing(enabled: boolean): StageSharing | null {
  const [sharing, setSharing] = useState<StageSharing | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    import(/* webpackChunkName: "teams" */ "../../data/teams/teams")
      .then((t) => t.stageSharing())
      .then((found) => live && setSharing(found))
      .catch(() => live && setSharing(null));
    return () => {
      live = false;
    };
  }, [enabled]);
  return enabled ? sharing : null;
}

/**
 * A board's tab in a Teams meeting's side panel or on its stage: the board's meeting that is on now
 * (the one in progress, else the planned one starting nearest now — domain meetingOnNow), shown as
 * its meeting page. When none is on, says so and links to the board's meetings.
 */
export function MeetingNow({ boardId, surface }: { boardId: number; surface: Surface }) {
  const s = useStyles();
  const { now, roles } = useServices();
  const home = useBoardHome(boardId);
  const meetings = useBoardMeetings(boardId);
  const viewer = useViewer();
  const board = home.data?.board;
  const isChair = board !== undefined && canKeepPlan(viewer.data, board, roles.administratorsGroupId);
  const stage = useStageSharing(surface === "sidePanel" && isChair && inTeamsFrame());
  const [shared, setShared] = useState<{ ok: boolean; text: string } | null>(null);
  const [sharing, setSharingBusy] = useState(false);

  if (home.isPending || meetings.isPending) return <LoadingState label="Looking for the meeting on now…" />;
  if (home.isError)
    return <ErrorState error={home.error} onRetry={() => void home.refetch()} what="this board" />;
  const title = home.data.board.title;
  if (meetings.isError)
    return (
      <ErrorState
        error={meetings.error}
        onRetry={() => void meetings.refetch()}
        what={`the meetings of ${title}`}
      />
    );
  const at = now();
  const on = meetingOnNow(meetings.data, at);
  if (!on) {
    const next = nextMeeting(meetings.data, at);
    return (
      <div className={s.page}>
        <EmptyState title={`No meeting of ${title} is on now`}>
          {next ? `The next is “${next.title}”, ${meetingWhen(next)}.` : "No meeting is scheduled."}
        </EmptyState>
        <div className={s.links}>
          <Link href={hrefFor({ name: "meetings", boardId })}>Open the meetings of {title}</Link>
          <Link href={hrefFor({ name: "decisions", boardId })}>Decision log</Link>
        </div>
      </div>
    );
  }

  const share = (): void => {
    if (!stage) return;
    setSharingBusy(true);
    setShared(null);
    const url = `${window.location.origin}/?inTeams=1${hrefFor({ name: "meeting", boardId, meetingId: on.id })}`;
    stage
      .share(url)
      .then(() => setShared({ ok: true, text: `“${on.title}” is on the meeting stage for everyone.` }))
      .catch((e: unknown) =>
        setShared({
          ok: false,
          text: `Teams did not share the meeting to the stage: ${e instanceof Error ? e.message : String(e)}`,
        }),
      )
      .finally(() => setSharingBusy(false));
  };

  return (
    <div className={s.page}>
      {stage && (
        <Button className={s.share} icon={<ShareScreenStart20Regular />} disabled={sharing} onClick={share}>
          Share to the meeting stage
        </Button>
      )}
      <div role="status" aria-live="polite">
        {shared && (
          <Notice intent={shared.ok ? "success" : "error"}>
            <MessageBarBody>{shared.text}</MessageBarBody>
          </Notice>
        )}
      </div>
      <MeetingPage key={on.id} boardId={boardId} meetingId={on.id} surface={surface} />
    </div>
  );
}
