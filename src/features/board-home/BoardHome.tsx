import { PageTitle } from "../../ui/PageTitle";
import { Field, Link, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../ui/Notice";
import { lazy, Suspense, useMemo, useState } from "react";
import { hrefFor, useRoute } from "../../app/route";
import { useServices } from "../../app/services";
import { canReadBoard, isOnBoard, chairToAsk } from "../../domain/boardPeople";
import { todayIso } from "../../domain/dates";
import { filterActions, groupByProgramme, NO_FILTERS, type ActionFilters } from "../../domain/filters";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import { ActionList } from "../../ui/ActionList";
import { EmptyState, ErrorState, LoadingState, NoAccess } from "../../ui/StateViews";
import { canEditBoard, useBoardHome, useBoardPeople, useViewer } from "../queries";
import { FilterBar } from "./FilterBar";
import { RatingSummary } from "./RatingSummary";
import { AddActionTool, FlaggedActions, SavedNotice } from "../plan-editing/ChairTools";
import type { Action } from "../../domain/types";
import { canKeepPlan } from "../../domain/planEditing";
import { archivedBoardText, isArchivedBoard, planYearChoices } from "../../domain/planView";
import { programmeHeading, programmeLabel, programmeNoun, pluralNoun } from "../../domain/programmeWords";
import { FieldSelect } from "../../ui/FieldSelect";

/** Only chairs are told about reports they owe: the reports code arrives as its own chunk, for them. */
const LateReportsNotice = lazy(() =>
  import(/* webpackChunkName: "reports" */ "../reports/LateReportsNotice").then((m) => ({
    default: m.LateReportsNotice,
  })),
);

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  boardNav: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  year: { maxWidth: "16rem" },
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
  // The reminder's deep link (#/board/7?owner=email) opens the plan on that owner's actions.
  const route = useRoute();
  const ownerAsked = route.name === "board" ? route.owner?.toLowerCase() : undefined;
  const [ownerApplied, setOwnerApplied] = useState<string | undefined>(undefined);
  const askedOwner = ownerAsked
    ? data.actions.find((a) => a.folder === data.board.folder && a.owner?.email.toLowerCase() === ownerAsked)
        ?.owner
    : undefined;
  if (ownerAsked !== ownerApplied) {
    setOwnerApplied(ownerAsked);
    if (ownerAsked) setFilters({ ...NO_FILTERS, owner: askedOwner ? askedOwner.id : "All" });
  }
  // The plan year shown: the plan's current year unless the person picks another one that has actions.
  const [yearAsked, setYearAsked] = useState<string | null>(null);
  const year = yearAsked ?? data.plan?.currentYear;
  const archived = isArchivedBoard(data.board, data.plan);
  // An action belongs to the board whose folder holds it (its permissions say who may change it); one
  // that names this board from another board's folder was relabelled there, and is not counted here.
  const misfiled = useMemo(
    () => data.actions.filter((a) => a.folder !== data.board.folder),
    [data.actions, data.board.folder],
  );
  const filed = useMemo(
    () => data.actions.filter((a) => a.folder === data.board.folder),
    [data.actions, data.board.folder],
  );
  const years = useMemo(() => planYearChoices(data.plan, filed), [data.plan, filed]);
  const current = useMemo(() => filed.filter((a) => !year || a.planYear === year), [filed, year]);
  const pastYear = year !== undefined && data.plan !== null && year !== data.plan.currentYear;
  const shown = filterActions(current, filters, today);
  const groups = groupByProgramme(shown, data.programmes);
  // An archived plan's board changes for nobody here: SharePoint refuses it anyway (archivedFolder).
  const canEdit = !archived && canEditBoard(viewer.data, data.board, roles.administratorsGroupId);
  const keepsPlan = !archived && canKeepPlan(viewer.data, data.board, roles.administratorsGroupId);
  const noun = programmeNoun(data.plan);
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
  // The chair's tools (plan-editing): what the last change saved, and the actions to reassign now.
  const [planSaved, setPlanSaved] = useState<{ message: string; focus: number; added?: Action } | null>(null);
  const onPlanSaved = (message: string, action: Action, added = false): void =>
    setPlanSaved((prev) => ({
      message,
      // The warning's Reassign button goes with its action: focus moves to the message instead.
      // After adding, focus stays on "Add an action" (the dialog gives it back); the message is announced.
      focus: added ? (prev?.focus ?? 0) : (prev?.focus ?? 0) + 1,
      added: added ? action : undefined,
    }));
  const flagged = [
    ...unowned.map((action) => ({ action, why: "no owner" })),
    ...leftBoard.map((action) => ({
      action,
      why: `${action.owner?.name ?? "its owner"} has left the board`,
    })),
  ];

  const header = (
    <header className={s.header}>
      <PageTitle>{data.board.title}</PageTitle>
      <Text className={s.muted}>
        {data.board.chair ? `${data.board.chairRole}: ${data.board.chair.name}` : "No chair recorded"}
        {year ? ` · Action plan ${year}` : ""}
        {data.plan ? ` · ${data.plan.title}` : ""}
      </Text>
      <Text className={s.muted}>
        Delivers{" "}
        {data.programmes.map((p) => `${noun} ${p.number}`).join(" and ") || `no ${pluralNoun(noun)} yet`}
      </Text>
      <nav aria-label={`${data.board.title} pages`} className={s.boardNav}>
        <Link href={hrefFor({ name: "meetings", boardId: data.board.id })}>Meetings</Link>
        <Link href={hrefFor({ name: "risks", boardId: data.board.id })}>Risks</Link>
        <Link href={hrefFor({ name: "measures", boardId: data.board.id })}>Measures</Link>
        <Link href={hrefFor({ name: "reports", boardId: data.board.id })}>Highlight reports</Link>
      </nav>
    </header>
  );
  // SharePoint trims a board the person cannot read to nothing: say so, instead of an empty plan.
  if (viewer.isSuccess && !canReadBoard(viewer.data, data.board, roles))
    return (
      <div className={s.page}>
        {header}
        <NoAccess what={`the action plan of ${data.board.title}`} section askWhom={chairToAsk(data.board)} />
      </div>
    );

  return (
    <div className={s.page}>
      {header}
      {archived && (
        <Notice intent="info">
          <MessageBarBody>{archivedBoardText(data.board, data.plan)}</MessageBarBody>
        </Notice>
      )}
      {viewer.isSuccess && !canEdit && !archived && (
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
            <FlaggedActions flagged={flagged} home={data} onSaved={(m, a) => onPlanSaved(m, a)} />
          </MessageBarBody>
        </Notice>
      )}
      {keepsPlan && (
        <Suspense fallback={null}>
          <LateReportsNotice home={data} isChair />
        </Suspense>
      )}
      {misfiled.length > 0 && (
        <Notice intent="warning">
          <MessageBarBody>
            {misfiled.length === 1 ? "1 action names" : `${misfiled.length} actions name`} this board but{" "}
            {misfiled.length === 1 ? "is" : "are"} filed in another board&apos;s folder, so{" "}
            {misfiled.length === 1 ? "it is" : "they are"} not counted here:{" "}
            {misfiled.map((a) => `${a.ref} ${a.title}`).join("; ")}. Each one&apos;s history shows who changed
            its board.
          </MessageBarBody>
        </Notice>
      )}
      {years.length > 1 && (
        <Field label="Plan year" className={s.year}>
          <FieldSelect value={year ?? ""} onChange={(_, d) => setYearAsked(d.value)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y === data.plan?.currentYear ? `${y} (current year)` : y}
              </option>
            ))}
          </FieldSelect>
        </Field>
      )}
      {pastYear && (
        <Text className={s.muted}>
          Showing {year}: actions completed or withdrawn that year stay in it; open ones were carried forward
          to {data.plan?.currentYear}.
        </Text>
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
        {!archived && !pastYear && <AddActionTool home={data} onSaved={(m, a) => onPlanSaved(m, a, true)} />}
        <SavedNotice
          message={planSaved?.message ?? null}
          focusKey={planSaved?.focus ?? 0}
          link={
            planSaved?.added
              ? {
                  href: hrefFor({ name: "action", boardId: data.board.id, actionId: planSaved.added.id }),
                  label: "Open the new action",
                }
              : undefined
          }
          onDismiss={() => setPlanSaved(null)}
        />
        {ownerAsked && !askedOwner && (
          <Notice intent="info">
            <MessageBarBody>
              {route.name === "board" ? route.owner : ownerAsked} owns no actions on this board.{" "}
              <Link href={hrefFor({ name: "board", boardId: data.board.id })}>Show all actions</Link>
            </MessageBarBody>
          </Notice>
        )}
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
            aria-label={g.programme ? programmeLabel(data.plan, g.programme) : "Other actions"}
          >
            <Text as="h3" size={400} weight="semibold">
              {g.programme ? programmeHeading(data.plan, g.programme) : "Other actions"}
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
