import { Link, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCardListStyles } from "../../../ui/cardList";
import { useState } from "react";
import { hrefFor } from "../../../app/route";
import type { MeetingItem } from "../../../data/sharepoint/minutes";
import { formatDate } from "../../../domain/dates";
import type { Action } from "../../../domain/types";
import { Notice } from "../../../ui/Notice";
import { AddActionDialog } from "../../plan-editing/AddActionDialog";
import { useBoardPeople } from "../../queries";
import type { MeetingPartProps } from "../MeetingPage";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const byRef = (a: Action, b: Action): number =>
  a.ref.localeCompare(b.ref, "en-GB", { numeric: true }) || a.id - b.id;

/**
 * Actions arising: agreed at this meeting, written to the board's plan at once (TB Actions, with
 * TBMeetingId = this meeting — what the next meeting's agenda looks for) and listed here.
 */
export function ActionsArising({ home, record, isChair }: MeetingPartProps & { item: MeetingItem | null }) {
  const s = useStyles();
  const cards = useCardListStyles();
  const people = useBoardPeople(isChair ? home.board.groupId : undefined);
  const [saved, setSaved] = useState<string | null>(null);
  const meeting = record.meeting;
  const arising = home.actions.filter((a) => a.aroseAtMeetingId === meeting.id).sort(byRef);
  const plan = home.plan;
  const canAdd = isChair && plan !== null && home.programmes.length > 0;
  return (
    <section aria-labelledby="arising-heading" className={s.section}>
      {/* Under the current agenda item's heading (an h2) in meeting mode. */}
      <Text as="h3" id="arising-heading" size={400} weight="semibold">
        Actions arising
      </Text>
      <div role="status" aria-live="polite">
        {saved && (
          <Notice intent="success">
            <MessageBarBody>{saved}</MessageBarBody>
          </Notice>
        )}
      </div>
      {arising.length === 0 ? (
        <Text className={s.muted}>No actions have arisen at this meeting yet.</Text>
      ) : (
        <ul className={cards.list} aria-label="Actions arising at this meeting">
          {arising.map((a) => (
            <li key={a.id} className={cards.item}>
              <Text weight="semibold">
                <Link href={hrefFor({ name: "action", boardId: home.board.id, actionId: a.id })}>
                  {a.ref} {a.title}
                </Link>
              </Text>
              <Text>
                Owner: {a.owner ? a.owner.name : "no owner"}
                {a.ownerOrg !== "" && ` (${a.ownerOrg})`} · Target date {formatDate(a.targetDate)}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {isChair && plan === null && (
        <Text className={s.muted}>
          This board has no action plan yet, so actions arising cannot be added to it.
        </Text>
      )}
      {canAdd && (
        <AddActionDialog
          home={{ ...home, plan }}
          people={people.data}
          meetingId={meeting.id}
          triggerLabel="Add an action arising"
          title="Add an action arising from this meeting"
          onSaved={(_message, a) =>
            setSaved(`Action ${a.ref} “${a.title}” is in the board's plan, as arising at this meeting.`)
          }
        />
      )}
    </section>
  );
}
