import {
  Field,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Notice } from "../../ui/Notice";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Board } from "../../domain/types";
import { ErrorState, LoadingState } from "../../ui/StateViews";
import { useBoards } from "../queries";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "40rem" },
});

export interface TabConfigHost {
  /** The Microsoft 365 group of the team the tab is being added to, if any. */
  groupId: string | null;
  register: (getChoice: () => { boardId: number; boardTitle: string } | null) => void;
  setValid: (valid: boolean) => void;
}

/** The channel tab's setup page: choose which board this tab shows. */
export function TabConfig({ host }: { host: TabConfigHost }) {
  const s = useStyles();
  const boards = useBoards();
  const [chosen, setChosen] = useState<Board | null>(null);
  const chosenRef = useRef<Board | null>(null);
  chosenRef.current = chosen;
  useEffect(() => {
    host.register(() =>
      chosenRef.current ? { boardId: chosenRef.current.id, boardTitle: chosenRef.current.title } : null,
    );
  }, [host]);
  const teamBoards = useMemo(
    () => boards.data?.filter((b) => b.groupId === host.groupId) ?? [],
    [boards.data, host.groupId],
  );
  const offered = teamBoards.length > 0 ? teamBoards : (boards.data ?? []);
  useEffect(() => {
    if (!chosen && teamBoards.length === 1 && teamBoards[0]) setChosen(teamBoards[0]);
  }, [chosen, teamBoards]);
  useEffect(() => host.setValid(chosen !== null), [chosen, host]);
  if (boards.isPending) return <LoadingState label="Loading boards…" />;
  if (boards.isError)
    return <ErrorState error={boards.error} onRetry={() => void boards.refetch()} what="the boards" />;
  return (
    <div className={s.page}>
      <Text as="h1" size={600} weight="semibold">
        Add Trust Boards to this channel
      </Text>
      {teamBoards.length === 0 && (
        <Notice intent="info">
          <MessageBarBody>
            No board is linked to this team yet, so every board is listed. Choose the one this channel works
            on.
          </MessageBarBody>
        </Notice>
      )}
      <Field label="Which board should this tab show?" required>
        <RadioGroup
          value={chosen ? String(chosen.id) : ""}
          onChange={(_, d) => setChosen(offered.find((b) => String(b.id) === d.value) ?? null)}
        >
          {offered.map((b) => (
            <Radio key={b.id} value={String(b.id)} label={b.title} />
          ))}
        </RadioGroup>
      </Field>
      <Text>
        Members of the board can update its actions from the tab; everyone else in the channel sees it
        read-only.
      </Text>
    </div>
  );
}
