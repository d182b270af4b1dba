import {
  Button,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwise16Regular, Save16Regular } from "@fluentui/react-icons";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import { addMeetingItem, type MeetingItem } from "../../../data/sharepoint/minutes";
import { listKind, type Agenda } from "../../../domain/agenda";
import { Notice } from "../../../ui/Notice";
import type { MeetingPartProps } from "../MeetingPage";
import { useRecordWriter } from "../useMeetingRecord";
import { agendaClientId } from "./agendaModel";
import { ItemActions } from "./ItemActions";

export const useAgendaStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    display: "grid",
    gap: tokens.spacingVerticalM,
  },
  item: { display: "grid", gap: tokens.spacingVerticalXS, minWidth: 0, overflowWrap: "anywhere" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  start: { justifySelf: "start", alignSelf: "flex-start" },
});

/**
 * The agenda the plan proposes, before the chair has saved one: everyone sees it; the chair saves it
 * into the Meeting Items list. One create per item, in order (each is an AddValidateUpdateItemUsingPath
 * POST and a re-read: 2 requests an item), with progress; each item's client id is derived from the
 * meeting and the rule, so "Try again" after a failure finds the rows already made.
 */
export function ProposedAgenda({
  part,
  agenda,
  onSaved,
}: {
  part: MeetingPartProps;
  agenda: Agenda;
  onSaved: (message: string) => void;
}) {
  const s = useAgendaStyles();
  const { sp, siteUrl } = useServices();
  const { home, record, isChair } = part;
  const writer = useRecordWriter(record.meeting.id);
  const [progress, setProgress] = useState<{ at: number; of: number } | null>(null);

  const save = useMutation({
    mutationFn: async (): Promise<MeetingItem[]> => {
      const saved: MeetingItem[] = [];
      for (const [i, item] of agenda.items.entries()) {
        setProgress({ at: i + 1, of: agenda.items.length });
        saved.push(
          await addMeetingItem(
            sp,
            siteUrl,
            home.board,
            record.meeting.id,
            {
              title: item.title,
              order: item.order,
              kind: listKind(item.kind),
              agendaKind: item.kind,
              actionIds: item.actionIds,
            },
            agendaClientId(record.meeting.id, item.id),
          ),
        );
      }
      return saved;
    },
    onSuccess: (saved) => {
      onSaved(`The agenda is saved: ${saved.length} items.`);
      saved.forEach(writer.item);
    },
    onSettled: () => setProgress(null),
  });

  return (
    <>
      <Text>
        {isChair
          ? "Proposed from the action plan: the standing items, and the actions that need the board’s attention. Save it to edit and circulate it."
          : "Proposed from the action plan. The chair has not saved the agenda yet."}
      </Text>
      <ol className={s.list} aria-label="Proposed agenda">
        {agenda.items.map((item) => (
          <li key={item.id} className={s.item}>
            <Text weight="semibold">{item.title}</Text>
            <ItemActions
              itemTitle={item.title}
              actionIds={item.actionIds}
              actions={home.actions}
              reasons={agenda.reasons}
              boardId={home.board.id}
            />
          </li>
        ))}
      </ol>
      {isChair && (
        <>
          <Button
            className={s.start}
            appearance="primary"
            icon={<Save16Regular />}
            disabled={save.isPending}
            onClick={() => save.mutate()}
          >
            Save the agenda
          </Button>
          <div role="status" aria-live="polite">
            {progress && (
              <Text>
                Saving item {progress.at} of {progress.of}…
              </Text>
            )}
          </div>
          {save.isError && (
            <Notice intent="error" role="alert">
              <MessageBarBody>
                The agenda was not saved completely: {toDataError(save.error).message} Trying again does not
                make any item twice.
              </MessageBarBody>
              <MessageBarActions>
                <Button icon={<ArrowClockwise16Regular />} onClick={() => save.mutate()}>
                  Try again
                </Button>
              </MessageBarActions>
            </Notice>
          )}
        </>
      )}
    </>
  );
}
