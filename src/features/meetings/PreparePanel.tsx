import {
  Button,
  Link,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwise16Regular, Alert16Regular } from "@fluentui/react-icons";
import { useMutation } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import { toDataError } from "../../data/errors";
import { sendReminder, tabDeepLink } from "../../data/graph/teamwork";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import type { Meeting as StoredMeeting } from "../../data/sharepoint/meetings";
import { boardRoster, type BoardPeople } from "../../domain/boardPeople";
import type { Meeting } from "../../domain/meetings";
import {
  chaseList,
  prepare,
  preparationSummary,
  type ChaseEntry,
  type OwnerActions,
} from "../../domain/preparation";
import type { Action, Board } from "../../domain/types";
import { Notice } from "../../ui/Notice";
import { ErrorState, LoadingState } from "../../ui/StateViews";
import { useBoardPeople, useViewer } from "../queries";
import { meetingTime } from "./format";

/** The deep link a reminder carries: the board's tab, opened on the person's actions there. */
export function remindersLink(teamsAppId: string, board: Pick<Board, "id">, email: string): string {
  return tabDeepLink({
    appId: teamsAppId,
    entityId: `board-${board.id}`,
    subEntityId: `board/${board.id}?owner=${encodeURIComponent(email)}`,
  });
}

/** The Meetings list's meeting in the shape the domain's rules take (what the list does not hold is empty). */
const asDomainMeeting = (m: StoredMeeting): Meeting => ({
  id: m.id,
  boardId: m.boardId,
  title: m.title,
  start: m.start,
  end: null,
  place: "",
  onlineUrl: "",
  state: m.state,
  cancelled: false,
  attendees: [],
  apologies: [],
  minutesApprovedAt: m.approvedAt,
  minutesApprovedBy: m.approvedBy,
  minutesVersion: m.minutesVersion,
  documentUrl: m.documentUrl,
  previousMeetingId: null,
  modified: m.modified,
});

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  person: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  actions: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  button: { justifySelf: "start" },
  everyone: { alignSelf: "flex-start" },
});

interface Outcome {
  reminded: string[];
  failed: { entry: ChaseEntry; message: string }[];
}

const names = (list: readonly string[]): string =>
  list.length <= 1 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1] ?? ""}`;

/** "Prepare": who has not updated before the next meeting, and (for the chair) reminders in Teams. */
export function PreparePanel({
  home,
  meetings,
  isChair,
}: {
  home: BoardHomeData;
  meetings: StoredMeeting[];
  isChair: boolean;
}) {
  const s = useStyles();
  const people = useBoardPeople(home.board.groupId);
  return (
    <section aria-labelledby="prepare-heading" className={s.section}>
      <Text as="h2" id="prepare-heading" size={500} weight="semibold">
        Prepare for the next meeting
      </Text>
      {people.isPending ? (
        <LoadingState label="Loading the board's members…" />
      ) : people.isError ? (
        <ErrorState
          error={people.error}
          onRetry={() => void people.refetch()}
          what="the board's members"
          section
        />
      ) : (
        <Preparation home={home} meetings={meetings} people={people.data} isChair={isChair} />
      )}
    </section>
  );
}

function Preparation({
  home,
  meetings,
  people,
  isChair,
}: {
  home: BoardHomeData;
  meetings: StoredMeeting[];
  people: BoardPeople;
  isChair: boolean;
}) {
  const s = useStyles();
  const { graph, now, teamsAppId } = useServices();
  const viewer = useViewer();
  const board = home.board;
  const prep = useMemo(
    () =>
      prepare({ board, actions: home.actions, people, meetings: meetings.map(asDomainMeeting), now: now() }),
    [board, home.actions, people, meetings, now],
  );
  const next = prep.nextMeeting ? meetings.find((m) => m.id === prep.nextMeeting?.id) : undefined;
  const me = viewer.data?.email.toLowerCase() ?? "";
  // Graph refuses a reminder to oneself: the chair's own actions are theirs to update.
  const chase = chaseList(prep, board.title).filter((c) => c.email.toLowerCase() !== me);
  const roster = boardRoster(people);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const remind = useMutation({
    mutationFn: async (entries: ChaseEntry[]): Promise<Outcome> => {
      const result: Outcome = { reminded: [], failed: [] };
      // One at a time: a handful of people, and Graph throttles bursts.
      for (const entry of entries) {
        const person = roster.find((p) => p.email.toLowerCase() === entry.email.toLowerCase());
        const owned = prep.notUpdated.find((o) => o.owner.email.toLowerCase() === entry.email.toLowerCase());
        try {
          if (!person) throw new Error(`${entry.name} is no longer on the board.`);
          await sendReminder(graph, {
            teamId: board.groupId,
            recipient: { graphId: person.graphId },
            boardName: board.title,
            actions: (owned?.actions ?? []).map((a) => ({ reference: a.ref, title: a.title })),
            deepLink: remindersLink(teamsAppId, board, entry.email),
          });
          result.reminded.push(entry.name);
        } catch (e) {
          result.failed.push({ entry, message: toDataError(e).message });
        }
      }
      return result;
    },
    onSuccess: (result) => setOutcome(result),
  });
  const send = (entries: ChaseEntry[]): void => {
    setOutcome(null);
    remind.mutate(entries);
  };
  const busy = remind.isPending;

  return (
    <>
      <Text>
        {next
          ? `Next meeting: ${next.title}, ${meetingTime(next)}.`
          : "No meeting is scheduled yet: updates are checked against the last meeting."}
      </Text>
      <Text>{preparationSummary(prep)}</Text>
      <div role="status" aria-live="polite">
        {busy && <Text>Sending reminders…</Text>}
        {outcome && outcome.reminded.length > 0 && (
          <Notice intent="success">
            <MessageBarBody>
              <MessageBarTitle>Reminded.</MessageBarTitle>
              {names(outcome.reminded)} {outcome.reminded.length === 1 ? "has" : "have"} a reminder in Teams,
              linking to their actions on this board.
            </MessageBarBody>
          </Notice>
        )}
      </div>
      {outcome && outcome.failed.length > 0 && (
        <Notice intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>
              {names(outcome.failed.map((f) => f.entry.name))} {outcome.failed.length === 1 ? "was" : "were"}{" "}
              not reminded.
            </MessageBarTitle>
            {outcome.failed.map((f) => `${f.entry.name}: ${f.message}`).join(" ")}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              icon={<ArrowClockwise16Regular />}
              disabled={busy}
              onClick={() => send(outcome.failed.map((f) => f.entry))}
            >
              Try again
            </Button>
          </MessageBarActions>
        </Notice>
      )}

      <Text as="h3" id="not-updated-heading" size={400} weight="semibold">
        Who has not updated ({prep.counts.people})
      </Text>
      {isChair && chase.length > 1 && (
        <Button className={s.everyone} icon={<Alert16Regular />} disabled={busy} onClick={() => send(chase)}>
          Remind everyone ({chase.length})
        </Button>
      )}
      {prep.notUpdated.length === 0 ? (
        <Text>Everyone on the board has updated their open actions {prep.window.text}.</Text>
      ) : (
        <ul className={s.list} aria-labelledby="not-updated-heading">
          {prep.notUpdated.map((o) => (
            <OwnerItem
              key={o.owner.email || o.owner.id}
              owner={o}
              boardId={board.id}
              remind={
                isChair ? chase.find((c) => c.email.toLowerCase() === o.owner.email.toLowerCase()) : undefined
              }
              isYou={me !== "" && o.owner.email.toLowerCase() === me}
              busy={busy}
              onRemind={(entry) => send([entry])}
            />
          ))}
        </ul>
      )}

      {prep.noOwner.length > 0 && (
        <>
          <Text as="h3" id="no-owner-heading" size={400} weight="semibold">
            Actions with no owner ({prep.counts.noOwner})
          </Text>
          <ActionLinks actions={prep.noOwner} boardId={board.id} label="Actions with no owner" />
        </>
      )}
      {prep.ownerLeft.length > 0 && (
        <>
          <Text as="h3" id="left-heading" size={400} weight="semibold">
            Owners who have left the board ({prep.counts.ownersLeft})
          </Text>
          <Text>Their actions need a new owner: there is nobody on the board to remind.</Text>
          <ul className={s.list} aria-labelledby="left-heading">
            {prep.ownerLeft.map((o) => (
              <OwnerItem key={o.owner.email || o.owner.id} owner={o} boardId={board.id} busy={busy} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function OwnerItem({
  owner,
  boardId,
  remind,
  isYou = false,
  busy,
  onRemind,
}: {
  owner: OwnerActions;
  boardId: number;
  remind?: ChaseEntry;
  /** The signed-in person's own actions: nobody reminds themselves (Graph refuses it). */
  isYou?: boolean;
  busy: boolean;
  onRemind?: (entry: ChaseEntry) => void;
}) {
  const s = useStyles();
  return (
    <li className={s.person}>
      <Text weight="semibold">
        {owner.owner.name}
        {isYou ? " (you)" : ""} · {owner.count === 1 ? "1 action" : `${owner.count} actions`}
      </Text>
      <ActionLinks actions={owner.actions} boardId={boardId} label={`Actions of ${owner.owner.name}`} />
      {remind && onRemind && (
        <Button
          className={s.button}
          icon={<Alert16Regular />}
          disabled={busy}
          onClick={() => onRemind(remind)}
        >
          Remind {owner.owner.name}
        </Button>
      )}
    </li>
  );
}

function ActionLinks({ actions, boardId, label }: { actions: Action[]; boardId: number; label: string }) {
  const s = useStyles();
  return (
    <ul className={s.actions} aria-label={label}>
      {actions.map((a) => (
        <li key={a.id}>
          <Link href={hrefFor({ name: "action", boardId, actionId: a.id })}>
            {a.ref} {a.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
