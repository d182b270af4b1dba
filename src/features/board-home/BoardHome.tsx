import { PageTitle } from "../../ui/PageTitle";
import { MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../ui/Notice";
import { useMemo, useState } from "react";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import { isOnBoard } from "../../domain/boardPeople";
import { todayIso } from "../../domain/dates";
import { filterActions, groupByProgramme, NO_FILTERS, type ActionFilters } from "../../domain/filters";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import { ActionList } from "../../ui/ActionList";
import { EmptyState, ErrorState, LoadingState } from "../../ui/StateViews";
import { canEditBoard, useBoardHome, useBoardPeople, useViewer } from "../queries";
import { FilterBar } from "./FilterBar";
import { RatingSummary } from "./RatingSummary";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function BoardHome({ boardId }: { boardId: number }) {
  const home = useBoardHome(boardId);
  if (home.isPending) return <LoadingState label="Loading the board's action plan…" />;
  if (home.isError)
    return <ErrorState error={home.error} onRetry={() => void home.refetch()} what="this board" />;
  return <BoardHomeView data={home.data} />;
}

function BoardHomeView({ data }: { data: BoardHomeData }) {
  const s = useStyles();
  const { now, roles } = useServices();
  const viewer = useViewer();
  const people = useBoardPeople(data.board.groupId);
  const [filters, setFilters] = useState<ActionFilters>(NO_FILTERS);
  const today = todayIso(now());
  const year = data.plan?.currentYear;
  const current = useMemo(
    () => data.actions.filter((a) => !year || a.planYear === year),
    [data.actions, year],
  );
  const shown = filterActions(current, filters, today);
  const groups = groupByProgramme(shown, data.programmes);
  const canEdit = canEditBoard(viewer.data, data.board, roles.administratorsGroupId);
  const noun = data.plan?.programmeNoun ?? "programme";
  // On the board means a member of its group or an owner of it: a chair may be an owner only.
  const boardPeople = people.data;
  const leftBoard = boardPeople
    ? current.filter(
        (a) =>
          a.owner &&
          a.status !== "Complete" &&
          a.status !== "Withdrawn" &&
          !isOnBoard(boardPeople, a.owner.email),
      )
    : [];
  const unowned = current.filter((a) => !a.owner && a.status !== "Complete" && a.status !== "Withdrawn");

  return (
    <div className={s.page}>
      <header className={s.header}>
        <PageTitle>{data.board.title}</PageTitle>
        <Text className={s.muted}>
          {data.board.chair ? `${data.board.chairRole}: ${data.board.chair.name}` : "No chair recorded"}
          {year ? ` · Action plan ${year}` : ""}
          {data.plan ? ` · ${data.plan.title}` : ""}
        </Text>
        <Text className={s.muted}>
          Delivers {data.programmes.map((p) => `${noun} ${p.number}`).join(" and ") || `no ${noun}s yet`}
        </Text>
      </header>
      {viewer.isSuccess && !canEdit && (
        <Notice intent="info">
          <MessageBarBody>
            You can read this board but not change it: only the board&apos;s members can update its actions.
          </MessageBarBody>
        </Notice>
      )}
      {canEdit && (unowned.length > 0 || leftBoard.length > 0) && (
        // Multiline: its text grows when the board's members arrive from Graph, and the automatic
        // reflow only re-measures on resize, so a single line would run off a phone's screen.
        <Notice intent="warning">
          <MessageBarBody>
            {unowned.length > 0 &&
              `${unowned.length} open ${unowned.length === 1 ? "action has" : "actions have"} no owner. `}
            {leftBoard.length > 0 &&
              `${leftBoard.length} open ${leftBoard.length === 1 ? "action is" : "actions are"} owned by someone no longer on the board (${[...new Set(leftBoard.map((a) => a.owner?.name))].join(", ")}).`}
          </MessageBarBody>
        </Notice>
      )}
      <RatingSummary
        actions={current}
        today={today}
        selected={filters.rating}
        onSelect={(rating) => setFilters({ ...filters, rating })}
        overdueSelected={filters.overdue}
        onOverdue={(overdue) => setFilters({ ...filters, overdue })}
      />
      <section aria-labelledby="plan-heading" className={s.group}>
        <Text as="h2" id="plan-heading" size={500} weight="semibold">
          Action plan
        </Text>
        <FilterBar filters={filters} onChange={setFilters} actions={current} />
        <Text role="status" aria-live="polite" className={s.muted}>
          Showing {shown.length} of {current.length} actions
        </Text>
        {current.length === 0 && (
          <EmptyState title="No actions yet">
            This board&apos;s action plan for {year ?? "this year"} is empty.
          </EmptyState>
        )}
        {current.length > 0 && shown.length === 0 && (
          <EmptyState title="No actions match these filters">Clear a filter to see more.</EmptyState>
        )}
        {groups.map((g) => (
          <section
            key={g.programme?.id ?? "other"}
            className={s.group}
            aria-label={g.programme ? `${noun} ${g.programme.number}` : "Other actions"}
          >
            <Text as="h3" size={400} weight="semibold">
              {g.programme
                ? `${capitalise(noun)} ${g.programme.number}: ${g.programme.title}`
                : "Other actions"}
            </Text>
            <ActionList
              actions={g.actions}
              today={today}
              caption={g.programme ? `Actions for ${noun} ${g.programme.number}` : "Other actions"}
              linkFor={(a) => hrefFor({ name: "action", boardId: data.board.id, actionId: a.id })}
            />
          </section>
        ))}
      </section>
    </div>
  );
}

const capitalise = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
