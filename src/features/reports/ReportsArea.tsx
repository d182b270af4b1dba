import { Link, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Warning16Regular } from "@fluentui/react-icons";
import { hrefFor, type Route } from "../../app/route";
import { useServices } from "../../app/services";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import { canReadBoard, chairToAsk } from "../../domain/boardPeople";
import { formatDate } from "../../domain/dates";
import { calendarEntryFor, parseQuarterKey, quarterKey, quarterLabel } from "../../domain/quarters";
import { PageTitle } from "../../ui/PageTitle";
import { Notice } from "../../ui/Notice";
import { isArchivedBoard } from "../../domain/planView";
import { pluralNoun, programmeHeading, programmeNoun } from "../../domain/programmeWords";
import { EmptyState, ErrorState, LoadingState, NoAccess } from "../../ui/StateViews";
import { useBoardHome, useViewer } from "../queries";
import { ReportPage } from "./ReportPage";
import { boardReportRows, ledBy, type ReportRow } from "./reportRows";
import { useBoardReports, useReportingCalendar } from "./useReports";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  late: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A board's highlight reports (#/board/7/reports), or one report (…?programme=3&quarter=2026-27-Q3). */
export default function ReportsArea({ route }: { route: Route }) {
  if (route.name !== "reports") return null;
  return <Reports boardId={route.boardId} programmeId={route.programmeId} quarter={route.quarter} />;
}

function Reports({
  boardId,
  programmeId,
  quarter,
}: {
  boardId: number;
  programmeId?: number;
  quarter?: string;
}) {
  const home = useBoardHome(boardId);
  const viewer = useViewer();
  const { roles } = useServices();
  if (home.isPending) return <LoadingState label="Loading the board's highlight reports…" />;
  if (home.isError)
    return <ErrorState error={home.error} onRetry={() => void home.refetch()} what="this board" />;
  const board = home.data.board;
  if (viewer.isSuccess && !canReadBoard(viewer.data, board, roles))
    return <NoAccess what={`the highlight reports of ${board.title}`} askWhom={chairToAsk(board)} />;
  const q = quarter ? parseQuarterKey(quarter) : null;
  const programme = home.data.programmes.find((p) => p.id === programmeId);
  if (programmeId !== undefined && q && programme)
    return <ReportPage home={home.data} programme={programme} quarter={q} />;
  return <ReportsList home={home.data} />;
}

function ReportsList({ home }: { home: BoardHomeData }) {
  const s = useStyles();
  const { now } = useServices();
  const board = home.board;
  const reports = useBoardReports(board.id);
  const calendar = useReportingCalendar(home.plan?.id);
  const noun = programmeNoun(home.plan);
  const archived = isArchivedBoard(board, home.plan);
  const led = ledBy(home.programmes, board.id);
  const year = home.plan?.currentYear;

  const header = (
    <header className={s.header}>
      <Link href={hrefFor({ name: "board", boardId: board.id })}>Back to {board.title}</Link>
      <PageTitle>Highlight reports</PageTitle>
      <Text className={s.muted}>
        {board.title}
        {year ? ` · Plan year ${year}` : ""} · One report per {noun} this board leads, each quarter, to the
        Trust Executive.
      </Text>
      {archived && (
        <Notice intent="info">
          <MessageBarBody>
            {home.plan?.status === "Archived"
              ? `These reports are part of the archived plan ${home.plan.title}: you can read them, not change them.`
              : "This board is archived: you can read its reports, not change them."}
          </MessageBarBody>
        </Notice>
      )}
    </header>
  );
  if (!home.plan || !year)
    return (
      <div className={s.page}>
        {header}
        <EmptyState title="No plan yet">This board is not part of a plan, so it has no reports.</EmptyState>
      </div>
    );
  if (led.length === 0)
    return (
      <div className={s.page}>
        {header}
        <EmptyState title={`This board leads no ${pluralNoun(noun)}`}>
          Reports are written by the lead board of each {noun}; this board only contributes its actions.
        </EmptyState>
      </div>
    );
  if (reports.isPending || calendar.isPending)
    return (
      <div className={s.page}>
        {header}
        <LoadingState label="Loading the reports and when they are due…" />
      </div>
    );
  if (reports.isError || calendar.isError)
    return (
      <div className={s.page}>
        {header}
        <ErrorState
          error={reports.error ?? calendar.error}
          onRetry={() => {
            void reports.refetch();
            void calendar.refetch();
          }}
          what="the highlight reports"
        />
      </div>
    );
  const rows = boardReportRows(
    home.programmes,
    board,
    year,
    reports.data.reports,
    reports.data.reviews,
    calendar.data,
    now(),
  );
  return (
    <div className={s.page}>
      {header}
      {led.map((p) => (
        <section key={p.id} className={s.section} aria-labelledby={`programme-${p.id}`}>
          <Text as="h2" id={`programme-${p.id}`} size={500} weight="semibold">
            {programmeHeading(home.plan, p)}
          </Text>
          <ul className={s.list} aria-label={`Reports for ${noun} ${p.number}`}>
            {rows
              .filter((r) => r.programme.id === p.id)
              .map((r) => (
                <ReportListItem key={r.quarter.quarter} row={r} boardId={board.id} due={calendar.data} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ReportListItem({
  row,
  boardId,
  due,
}: {
  row: ReportRow;
  boardId: number;
  due: Parameters<typeof calendarEntryFor>[0];
}) {
  const s = useStyles();
  const entry = calendarEntryFor(due, row.quarter);
  const late = row.lateness?.kind === "late" || row.lateness?.kind === "submitted late";
  return (
    <li className={s.item}>
      <Link
        href={hrefFor({
          name: "reports",
          boardId,
          programmeId: row.programme.id,
          quarter: quarterKey(row.quarter),
        })}
      >
        {quarterLabel(row.quarter)} report
      </Link>
      <Text>{row.standing.state}</Text>
      {entry && <Text>Due {formatDate(entry.reportsDue)}</Text>}
      {late ? (
        <Text className={s.late}>
          <Warning16Regular aria-hidden />
          {row.latenessText}
        </Text>
      ) : (
        <Text>{row.latenessText}</Text>
      )}
    </li>
  );
}
