import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { useServices } from "../../../app/services";
import { listTeamChannels, postChannelMessage, html, type TeamChannel } from "../../../data/graph/teamwork";
import { toDataError } from "../../../data/errors";
import { getMeeting, listBoardMeetings, type Meeting } from "../../../data/sharepoint/meetings";
import { publishMinutes } from "../../../data/sharepoint/minutes";
import { uploadBoardPaper, type BoardPaper } from "../../../data/sharepoint/papers";
import { minutesFileName } from "../../../domain/minutesDocument";
import { keys } from "../../queries";
import type { MeetingPartProps } from "../MeetingPage";
import { useRecordWriter } from "../useMeetingRecord";
import { buildDocument } from "./useMinutesDocument";

export const PUBLISH_STEPS = [
  { id: "write", label: "Writing the Word document…", done: "Word document written" },
  { id: "upload", label: "Saving it to the board's papers…", done: "Saved to the board's papers" },
  { id: "lock", label: "Locking the minutes…", done: "Minutes locked" },
  { id: "tell", label: "Telling the board's channel…", done: "Board's channel told" },
] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number]["id"];

export type PublishState =
  | { status: "idle" }
  | { status: "running"; step: PublishStep; done: PublishStep[] }
  | { status: "failed"; step: PublishStep; done: PublishStep[]; message: string }
  | { status: "done"; done: PublishStep[]; paper: BoardPaper; channel: string | null };

/** The board's "Board meetings" channel, else its General channel. */
export const channelFor = (channels: readonly TeamChannel[]): TeamChannel | undefined =>
  channels.find((c) => c.displayName.toLowerCase() === "board meetings") ??
  channels.find((c) => c.displayName.toLowerCase() === "general");

/**
 * Publishing, step by step, resumable. What each step did is kept (in a ref, not only in state), so
 * "Try again" starts at the step that failed:
 * - the document's bytes are written once;
 * - the upload overwrites the same file name, so a repeat is a new version, never a second file;
 * - the meeting is read again before locking: if it is already marked published, publishMinutes
 *   does not mark it again (no second version) and only finishes the locking;
 * - the channel message is the last step, sent once it is the only thing left.
 */
export function usePublishMinutes(props: MeetingPartProps) {
  const { sp, graph, siteUrl, now } = useServices();
  const writer = useRecordWriter(props.record.meeting.id);
  const client = useQueryClient();
  const [state, setState] = useState<PublishState>({ status: "idle" });
  const progress = useRef<{
    bytes?: ArrayBuffer;
    fileName?: string;
    paper?: BoardPaper;
    published?: Meeting;
    channel?: string | null;
    at?: Date;
  }>({});

  const run = useCallback(async () => {
    const p = progress.current;
    const { home, record } = props;
    const board = home.board;
    const done: PublishStep[] = [];
    let step: PublishStep = "write";
    const begin = (next: PublishStep) => {
      step = next;
      setState({ status: "running", step, done: [...done] });
    };
    try {
      begin("write");
      if (!p.bytes) {
        p.at ??= now();
        const meetings = await listBoardMeetings(sp, board.id);
        // The document says what will be true once published: this version, now, by me.
        const next: Meeting = {
          ...record.meeting,
          minutesVersion: record.meeting.minutesVersion + 1,
          approvedAt: p.at.toISOString(),
          approvedBy: home.me,
        };
        const doc = buildDocument({ home, record }, meetings, next);
        const { writeWordMinutes } = await import(/* webpackChunkName: "word-minutes" */ "./wordMinutes");
        p.bytes = await writeWordMinutes(doc);
        p.fileName = minutesFileName(doc);
      }
      done.push("write");

      begin("upload");
      p.paper ??= await uploadBoardPaper(sp, siteUrl, board, p.fileName ?? "minutes.docx", p.bytes);
      done.push("upload");

      begin("lock");
      if (!p.published) {
        // Read again: a retry may find it already marked published (then it is only locked).
        const meeting = await getMeeting(sp, record.meeting.id);
        p.published = await publishMinutes(sp, board, meeting, home.me, p.at ?? now(), {
          documentUrl: p.paper.url,
        });
        writer.meeting(p.published);
      }
      done.push("lock");

      begin("tell");
      if (p.channel === undefined) {
        const channel = channelFor(await listTeamChannels(graph, board.groupId));
        if (!channel) throw new Error("The board's team has no Board meetings or General channel.");
        const m = p.published;
        await postChannelMessage(graph, {
          teamId: board.groupId,
          channelId: channel.id,
          html: html`<p>
              The minutes of <strong>${m.title}</strong> (${board.title}) are published: version
              ${m.minutesVersion}.
            </p>
            <p><a href="${p.paper.url}">${p.paper.name}</a></p>`,
        });
        p.channel = channel.displayName;
      }
      done.push("tell");
      setState({ status: "done", done: [...done], paper: p.paper, channel: p.channel });
      void writer.refresh();
      void client.invalidateQueries({ queryKey: keys.boardMeetings(board.id) });
    } catch (e) {
      const err = toDataError(e);
      const message = err.kind === "unknown" && e instanceof Error ? e.message : err.message;
      setState({ status: "failed", step, done: [...done], message });
    }
  }, [props, sp, graph, siteUrl, now, writer, client]);

  return { state, run };
}
