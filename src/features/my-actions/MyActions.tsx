import { PageTitle } from "../../ui/PageTitle";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import { isOpen, isOverdue } from "../../domain/actions";
import { todayIso } from "../../domain/dates";
import { ActionList } from "../../ui/ActionList";
import { EmptyState, ErrorState, LoadingState } from "../../ui/StateViews";
import { useBoards, useMyActions, useSiteMe } from "../queries";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  summary: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** The signed-in person's actions on every board, overdue first. */
export function MyActions() {
  const s = useStyles();
  const { now } = useServices();
  const me = useSiteMe();
  const actions = useMyActions(me.data?.id);
  const boards = useBoards();
  const today = todayIso(now());
  if (me.isError)
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} what="your actions" />;
  if (actions.isError)
    return <ErrorState error={actions.error} onRetry={() => void actions.refetch()} what="your actions" />;
  if (me.isPending || actions.isPending) return <LoadingState label="Loading your actions…" />;
  const open = actions.data.filter(isOpen);
  const done = actions.data.filter((a) => !isOpen(a));
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
          {overdue > 0 ? `, ${overdue} overdue` : ""}, across all your boards.
        </Text>
      </header>
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
