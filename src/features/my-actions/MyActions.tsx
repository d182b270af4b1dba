import { PageTitle } from "../../ui/PageTitle";
import { Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import { isOpen, isOverdue } from "../../domain/actions";
import { todayIso } from "../../domain/dates";
import { ActionList } from "../../ui/ActionList";
import { EmptyState, ErrorState, LoadingState } from "../../ui/StateViews";
import { isCurrentWork } from "../../domain/planView";
import { useBoards, useMyActions, usePlans, useSiteMe } from "../queries";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  summary: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/**
 * The signed-in person's actions on every board, overdue first: those of the current year of Active
 * plans, unless they ask to see earlier years and archived plans too.
 */
export function MyActions() {
  const s = useStyles();
  const { now } = useServices();
  const me = useSiteMe();
  const actions = useMyActions(me.data?.id);
  const boards = useBoards();
  const plans = usePlans();
  const [everything, setEverything] = useState(false);
  const today = todayIso(now());
  if (me.isError)
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} what="your actions" />;
  if (actions.isError)
    return <ErrorState error={actions.error} onRetry={() => void actions.refetch()} what="your actions" />;
  // Boards and plans say which actions are current work; if they cannot be read, everything is shown.
  if (me.isPending || actions.isPending || boards.isPending || plans.isPending)
    return <LoadingState label="Loading your actions…" />;
  const inView = everything
    ? actions.data
    : actions.data.filter((a) => isCurrentWork(a, boards.data ?? [], plans.data ?? []));
  const hidden = actions.data.length - inView.length;
  const open = inView.filter(isOpen);
  const done = inView.filter((a) => !isOpen(a));
  const sorted = [...open].sort(
    (a, b) =>
      Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
      (a.revisedDate ?? a.targetDate).localeCompare(b.revisedDate ?? b.targetDate),
  );
  const boardName = (id: number): string => boards.data?.find((b) => b.id === id)?.title ?? "Board";
  const overdue = open.filter((a) => isOverdue(a, today)).length;
  return (
    <div className={s.page}>
      <header className={s.header}>
        <PageTitle>My actions</PageTitle>
        <Text as="p" className={s.summary}>
          {open.length} open {open.length === 1 ? "action" : "actions"}
          {overdue > 0 ? `, ${overdue} overdue` : ""}, across all your boards
          {everything ? ", in every plan year." : "."}
          {!everything && hidden > 0
            ? ` ${hidden} more ${hidden === 1 ? "is" : "are"} in earlier years or archived plans.`
            : ""}
        </Text>
        <Switch
          label="Show earlier years and archived plans"
          checked={everything}
          onChange={(_, d) => setEverything(d.checked)}
        />
      </header>
      {actions.data.length > 0 && inView.length === 0 && (
        <EmptyState title="No actions this year">
          Your actions are all in earlier years or archived plans: switch on &quot;Show earlier years and
          archived plans&quot; to see them.
        </EmptyState>
      )}
      {actions.data.length === 0 && (
        <EmptyState title="You don't own any actions">
          When a chair makes you an action's owner, it appears here.
        </EmptyState>
      )}
      {sorted.length > 0 && (
        <section aria-labelledby="open-heading">
          <Text as="h2" id="open-heading" size={500} weight="semibold">
            Open
          </Text>
          <ActionList
            actions={sorted}
            today={today}
            caption="My open actions"
            contextFor={(a) => boardName(a.boardId)}
            linkFor={(a) => hrefFor({ name: "action", boardId: a.boardId, actionId: a.id })}
          />
        </section>
      )}
      {done.length > 0 && (
        <section aria-labelledby="done-heading">
          <Text as="h2" id="done-heading" size={500} weight="semibold">
            Complete or withdrawn
          </Text>
          <ActionList
            actions={done}
            today={today}
            caption="My completed actions"
            contextFor={(a) => boardName(a.boardId)}
            linkFor={(a) => hrefFor({ name: "action", boardId: a.boardId, actionId: a.id })}
          />
        </section>
      )}
    </div>
  );
}
