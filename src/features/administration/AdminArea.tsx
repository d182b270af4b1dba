import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { ADMIN_SECTIONS, navigate, type AdminSection, type Route } from "../../app/route";
import { useServices } from "../../app/services";
import { planYearOf, todayIso } from "../../domain/dates";
import { programmeNoun } from "../../domain/programmeWords";
import { planYearStart } from "../../domain/quarters";
import type { Plan } from "../../domain/types";
import { PageTitle } from "../../ui/PageTitle";
import { PlanPicker } from "../../ui/PlanPicker";
import { EmptyState, ErrorState, LoadingState, NoAccess } from "../../ui/StateViews";
import { useBoards, usePlans, useProgrammes } from "../queries";
import { BoardsSection } from "./BoardsSection";
import { CalendarSection } from "./CalendarSection";
import { GovernanceMap } from "./GovernanceMap";
import { ImportPanel } from "./import/ImportPanel";
import { PlansSection } from "./PlansSection";
import { ProgrammesSection } from "./ProgrammesSection";
import { useIsAdministrator } from "./queries";
import { RolloverPanel } from "./rollover/RolloverPanel";
import { ArchivedNotice, capitalise, plural } from "./shared";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  lead: { margin: 0, color: tokens.colorNeutralForeground3 },
  picker: { maxWidth: "40rem" },
  // Wraps onto a second line rather than run off a 320 px screen (WCAG 2.2 1.4.10 Reflow).
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

/** The plan administration shows at first: the Active plan that started last, else the newest plan. */
export function defaultPlan(plans: readonly Plan[]): Plan | undefined {
  const active = plans.filter((p) => p.status === "Active").sort((a, b) => b.startYear - a.startYear);
  return active[0] ?? [...plans].sort((a, b) => b.startYear - a.startYear)[0];
}

const sectionLabel = (section: AdminSection, plan: Plan | undefined): string => {
  switch (section) {
    case "plans":
      return "Plans";
    case "programmes":
      return capitalise(plural(programmeNoun(plan)));
    case "boards":
      return "Boards";
    case "calendar":
      return "Reporting calendar";
    case "rollover":
      return "Year roll-over";
    case "import":
      return "Import";
    case "governance":
      return "Governance map";
  }
};

/**
 * Administration (personal tab, plan administrators): plans, their programmes, boards and reporting
 * calendar, the year roll-over, import and the governance map, for the plan chosen in the picker
 * (`?plan=` in the link). Who may change anything is SharePoint's decision: the lists are Read for
 * everyone but the administrators, so the no-access screen here is only a courtesy.
 */
export default function AdminArea({ route }: { route: Extract<Route, { name: "admin" }> }) {
  const s = useStyles();
  const { now } = useServices();
  const { isAdministrator, viewer } = useIsAdministrator();
  const plans = usePlans();
  const boards = useBoards();
  const programmes = useProgrammes();
  const plan =
    plans.data?.find((p) => p.id === route.planId) ?? (plans.data ? defaultPlan(plans.data) : undefined);

  // The chosen plan goes in the link, so a reload or a shared link opens the same plan.
  useEffect(() => {
    if (plan && route.planId !== plan.id && isAdministrator)
      navigate({ name: "admin", section: route.section, planId: plan.id }, { replace: true });
  }, [plan, route.planId, route.section, isAdministrator]);

  const latestEnd = Math.max(0, ...(plans.data ?? []).map((p) => p.endYear));
  const newPlanStart = latestEnd || planYearStart(planYearOf(todayIso(now())));

  let body;
  if (viewer.isError) {
    body = (
      <ErrorState error={viewer.error} onRetry={() => void viewer.refetch()} what="who you are" section />
    );
  } else if (isAdministrator === undefined) {
    body = <LoadingState label="Checking your access…" />;
  } else if (!isAdministrator) {
    body = (
      <NoAccess
        what="Administration"
        section
        explanation={
          <Text>
            Setting up plans, programmes, boards and the reporting calendar is for the partnership&apos;s plan
            administrators. If you should be one, ask the partnership business unit to add you to the plan
            administrators group.
          </Text>
        }
      />
    );
  } else if (plans.isPending || boards.isPending || programmes.isPending) {
    body = <LoadingState label="Loading the plans…" />;
  } else if (plans.isError || boards.isError || programmes.isError) {
    body = (
      <ErrorState
        error={plans.error ?? boards.error ?? programmes.error}
        onRetry={() => {
          void plans.refetch();
          void boards.refetch();
          void programmes.refetch();
        }}
        what="the plans"
        section
      />
    );
  } else if (!plan) {
    body = (
      <>
        <EmptyState title="No plans yet — create the first" />
        <PlansSection plans={[]} plan={undefined} boards={[]} thisYear={newPlanStart} creating />
      </>
    );
  } else {
    const section = route.section;
    const go = (next: AdminSection) => navigate({ name: "admin", section: next, planId: plan.id });
    body = (
      <>
        <PlanPicker
          className={s.picker}
          plans={plans.data}
          value={plan.id}
          label="Plan"
          onChange={(choice) => {
            if (typeof choice === "number") navigate({ name: "admin", section, planId: choice });
          }}
        />
        <TabList
          className={s.tabs}
          selectedValue={section}
          onTabSelect={(_, d) => go(d.value as AdminSection)}
          aria-label="Administration sections"
        >
          {ADMIN_SECTIONS.map((value) => (
            <Tab key={value} value={value} id={`admin-tab-${value}`} aria-controls="admin-panel">
              {sectionLabel(value, plan)}
            </Tab>
          ))}
        </TabList>
        <div
          key={plan.id}
          id="admin-panel"
          role="tabpanel"
          aria-labelledby={`admin-tab-${section}`}
          className={s.panel}
        >
          {section === "plans" ? (
            <PlansSection plans={plans.data} plan={plan} boards={boards.data} thisYear={newPlanStart} />
          ) : section === "programmes" ? (
            <ProgrammesSection plan={plan} programmes={programmes.data} boards={boards.data} />
          ) : section === "boards" ? (
            <BoardsSection plan={plan} boards={boards.data} />
          ) : section === "calendar" ? (
            <CalendarSection plan={plan} />
          ) : section === "rollover" ? (
            <>
              {plan.status === "Archived" && <ArchivedNotice plan={plan} />}
              <RolloverPanel plan={plan} />
            </>
          ) : section === "import" ? (
            <>
              {plan.status === "Archived" && <ArchivedNotice plan={plan} />}
              <ImportPanel plan={plan} />
            </>
          ) : (
            <GovernanceMap plan={plan} programmes={programmes.data} boards={boards.data} />
          )}
        </div>
      </>
    );
  }

  return (
    <div className={s.page}>
      <PageTitle>Administration</PageTitle>
      <p className={s.lead}>Plans, their programmes and boards, and the reporting calendar.</p>
      {body}
    </div>
  );
}
