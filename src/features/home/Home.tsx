import { PageTitle } from "../../ui/PageTitle";
import { Badge, Card, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { hrefFor } from "../../app/route";
import { EmptyState, ErrorState, LoadingState } from "../../ui/StateViews";
import { CURRENT_PLANS, PlanPicker, type PlanChoice } from "../../ui/PlanPicker";
import { currentPlans, plansToLookAt } from "../../domain/planView";
import type { Board, Plan } from "../../domain/types";
import { useBoards, usePlans, useViewer } from "../queries";
import { useServices } from "../../app/services";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  lead: { margin: 0 },
  picker: { maxWidth: "32rem" },
  plan: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  planHeading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 18rem), 1fr))",
    gap: tokens.spacingHorizontalM,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  card: { height: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Where a person lands outside a board's tab: the boards of the current plan (Draft plans too, to plan
 * administrators), grouped by plan, with a picker to look at an archived plan's boards, and a way to
 * their actions.
 */
export function Home() {
  const s = useStyles();
  const boards = useBoards();
  const plans = usePlans();
  const viewer = useViewer();
  const { roles } = useServices();
  const [choice, setChoice] = useState<PlanChoice>(CURRENT_PLANS);
  const groupIds = viewer.data?.groupIds ?? [];
  // Hints only: SharePoint refuses the rollup's data (TB Executive Summaries) and administration's
  // writes (site-level lists) to anyone else.
  const seesRollup = [roles.executiveGroupId, roles.administratorsGroupId].some(
    (g) => g !== "" && groupIds.includes(g),
  );
  const isAdministrator =
    roles.administratorsGroupId !== "" && groupIds.includes(roles.administratorsGroupId);
  if (boards.isPending || plans.isPending) return <LoadingState label="Loading boards…" />;
  if (boards.isError || plans.isError)
    return (
      <ErrorState
        error={boards.error ?? plans.error}
        onRetry={() => {
          if (boards.isError) void boards.refetch();
          if (plans.isError) void plans.refetch();
        }}
        what="Trust Boards"
      />
    );
  // A board's people are its group's members and its owners (a chair may be an owner only).
  const mine = new Set([...groupIds, ...(viewer.data?.ownedGroupIds ?? [])]);
  const current = currentPlans(plans.data, isAdministrator);
  const choosable = plansToLookAt(plans.data, isAdministrator);
  const chosen = choice === CURRENT_PLANS ? null : (plans.data.find((p) => p.id === choice) ?? null);
  const shownPlans = chosen ? [chosen] : current;
  // Boards whose plan is not listed (none in a tidy tenant) are shown with the current plans, not lost.
  const known = new Set(plans.data.map((p) => p.id));
  const orphans = chosen ? [] : boards.data.filter((b) => !known.has(b.planId));

  return (
    <div className={s.page}>
      <header className={s.header}>
        <PageTitle>Boards</PageTitle>
        <Text as="p" className={s.lead}>
          <Link href={hrefFor({ name: "my-actions" })}>Go to my actions</Link>
        </Text>
        {seesRollup && (
          <Text as="p" className={s.lead}>
            <Link href={hrefFor({ name: "rollup" })}>Trust Executive rollup</Link>
          </Text>
        )}
        {isAdministrator && (
          <Text as="p" className={s.lead}>
            <Link href={hrefFor({ name: "admin", section: "plans" })}>Administration</Link>
          </Text>
        )}
      </header>
      {choosable.length > 1 && (
        <PlanPicker
          className={s.picker}
          label="Show the boards of"
          plans={choosable}
          value={chosen ? chosen.id : CURRENT_PLANS}
          currentLabel={current.length === 1 ? "The current plan" : "The current plans"}
          hint="Archived plans stay readable: their boards can be read, not changed."
          onChange={setChoice}
        />
      )}
      {shownPlans.length === 0 && orphans.length === 0 && (
        <EmptyState title="No current plan">
          The plan administrator sets up the partnership&apos;s plan and its boards.
          {choosable.length > 0 ? " Earlier plans can be chosen above." : ""}
        </EmptyState>
      )}
      {shownPlans.map((plan) => (
        <PlanBoards
          key={plan.id}
          plan={plan}
          boards={boards.data.filter((b) => b.planId === plan.id)}
          mine={mine}
        />
      ))}
      {orphans.length > 0 && <PlanBoards plan={null} boards={orphans} mine={mine} />}
    </div>
  );
}

function PlanBoards({ plan, boards, mine }: { plan: Plan | null; boards: Board[]; mine: Set<string> }) {
  const s = useStyles();
  const title = plan?.title ?? "Other boards";
  const headingId = `plan-${plan?.id ?? "other"}`;
  const archivedPlan = plan?.status === "Archived";
  return (
    <section className={s.plan} aria-labelledby={headingId}>
      <Text as="h2" size={500} weight="semibold" className={s.planHeading}>
        <span id={headingId}>{title}</span>
        {plan?.status === "Draft" && (
          <Badge appearance="tint" color="warning">
            Being set up
          </Badge>
        )}
        {archivedPlan && (
          <Badge appearance="tint" color="subtle">
            Archived
          </Badge>
        )}
      </Text>
      {plan && (
        <Text className={s.muted}>
          {plan.status === "Archived"
            ? "An archived plan: its boards can be read, not changed."
            : `Plan year ${plan.currentYear}.`}
        </Text>
      )}
      {boards.length === 0 ? (
        <EmptyState title="No boards yet">The plan administrator sets up boards.</EmptyState>
      ) : (
        <ul className={s.grid} aria-label={plan ? `Boards of ${plan.title}` : "Other boards"}>
          {boards.map((b) => (
            <li key={b.id}>
              <Card className={s.card}>
                <Link href={hrefFor({ name: "board", boardId: b.id })}>{b.title}</Link>
                <Text className={s.muted}>
                  {b.chair ? `${b.chairRole}: ${b.chair.name}` : "No chair recorded"}
                </Text>
                {archivedPlan ? (
                  <Text>Archived plan: read-only</Text>
                ) : (
                  b.status === "Archived" && <Text>Archived board: read-only</Text>
                )}
                {mine.has(b.groupId) && <Text>You are a member</Text>}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
