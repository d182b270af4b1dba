import {
  Button,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwise16Regular, Send16Regular } from "@fluentui/react-icons";
import { useMutation } from "@tanstack/react-query";
import { useServices } from "../../../app/services";
import { DataError, toDataError } from "../../../data/errors";
import {
  listTeamChannels,
  postChannelMessage,
  tabDeepLink,
  type TeamChannel,
} from "../../../data/graph/teamwork";
import type { MeetingItem } from "../../../data/sharepoint/minutes";
import type { Action } from "../../../domain/types";
import { Notice } from "../../../ui/Notice";
import type { MeetingPartProps } from "../MeetingPage";
import { agendaMessage } from "./agendaMessage";

const useStyles = makeStyles({
  section: { display: "grid", gap: tokens.spacingVerticalS },
  start: { justifySelf: "start" },
});

/** The channel the agenda goes to: "Board meetings" when the team has one, else General. */
export function agendaChannel(channels: readonly TeamChannel[]): TeamChannel | null {
  const named = (name: string) =>
    channels.find((c) => c.displayName.trim().localeCompare(name, "en-GB", { sensitivity: "base" }) === 0);
  return named("Board meetings") ?? named("General") ?? null;
}

/** The link back to the meeting: the board's tab in Teams, opened on this meeting's page. */
export const meetingLink = (teamsAppId: string, boardId: number, meetingId: number): string =>
  tabDeepLink({
    appId: teamsAppId,
    entityId: `board-${boardId}`,
    subEntityId: `board/${boardId}/meetings/${meetingId}`,
  });

/**
 * "Circulate the agenda": the saved agenda as a message in the board team's channel (two Graph
 * requests: list the channels, post). Only the team's members and owners may post; Graph refuses
 * anyone else.
 */
export function CirculateAgenda({ part, items }: { part: MeetingPartProps; items: readonly MeetingItem[] }) {
  const s = useStyles();
  const { graph, teamsAppId } = useServices();
  const { home, record } = part;
  const board = home.board;

  const circulate = useMutation({
    mutationFn: async (): Promise<string> => {
      const channel = agendaChannel(await listTeamChannels(graph, board.groupId));
      if (!channel)
        throw new DataError(
          "notFound",
          "The board’s team has neither a “Board meetings” nor a General channel to post in.",
        );
      const actionsOf = (ids: readonly number[]): Action[] =>
        ids.flatMap((id) => home.actions.filter((a) => a.id === id));
      await postChannelMessage(graph, {
        teamId: board.groupId,
        channelId: channel.id,
        html: agendaMessage({
          boardTitle: board.title,
          meeting: record.meeting,
          items: items.map((i) => ({ title: i.title, actions: actionsOf(i.actionIds) })),
          link: meetingLink(teamsAppId, board.id, record.meeting.id),
        }),
      });
      return channel.displayName;
    },
  });

  return (
    <section className={s.section} aria-labelledby="circulate-heading">
      <Text as="h3" id="circulate-heading" size={400} weight="semibold">
        Circulate
      </Text>
      <Text>Posts the agenda as a message in the board’s team, with a link back to this meeting.</Text>
      <Button
        className={s.start}
        icon={<Send16Regular />}
        disabledFocusable={circulate.isPending || items.length === 0}
        onClick={() => circulate.mutate()}
      >
        Circulate the agenda
      </Button>
      <div role="status" aria-live="polite">
        {circulate.isPending && <Text>Posting the agenda…</Text>}
        {circulate.isSuccess && (
          <Notice intent="success">
            <MessageBarBody>Agenda circulated in {circulate.data}.</MessageBarBody>
          </Notice>
        )}
      </div>
      {circulate.isError && (
        <Notice intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The agenda was not circulated.</MessageBarTitle>
            {toDataError(circulate.error).message}
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwise16Regular />} onClick={() => circulate.mutate()}>
              Try again
            </Button>
          </MessageBarActions>
        </Notice>
      )}
    </section>
  );
}
