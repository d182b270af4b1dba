import {
  Button,
  Field,
  Link,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import { newClientId } from "../../data/sharepoint/common";
import { toDataError } from "../../data/errors";
import { formatDate } from "../../domain/dates";
import {
  TEXT_SECTIONS,
  reportedStatus,
  type HighlightReport,
  type ReportReview,
  type ReportStanding,
} from "../../domain/highlightReports";
import { canKeepPlan } from "../../domain/planEditing";
import { isArchivedBoard } from "../../domain/planView";
import { programmeHeading, programmeNoun, programmeNounCapitalised } from "../../domain/programmeWords";
import {
  calendarDayOf,
  calendarEntryFor,
  planYearStart,
  previousQuarter,
  quarterKey,
  quarterLabel,
  type PlanQuarter,
} from "../../domain/quarters";
import { TREND_SYMBOLS } from "../../domain/rollup";
import type { Programme } from "../../domain/types";
import { PageTitle } from "../../ui/PageTitle";
import { Notice } from "../../ui/Notice";
import { ErrorState, LoadingState } from "../../ui/StateViews";
import { useBoards, useViewer } from "../queries";
import { ReportEditor } from "./ReportEditor";
import { reportRow } from "./reportRows";
import { addReview } from "../../data/sharepoint/reports";
import { reportOf, validateReview } from "../../domain/highlightReports";
import { reportKeys, useBoardReports, useReportingCalendar } from "./useReports";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  back: { alignSelf: "flex-start" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  late: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

const day = (instant: string): string => formatDate(calendarDayOf(instant));

/** "Amber · Declining ↓": the status in words and the trend with its symbol, never colour alone. */
export function statusWords(report: Pick<HighlightReport, "rag" | "trend">): string {
  const rag = report.rag ?? "No status";
  return report.trend ? `${rag} · ${report.trend} ${TREND_SYMBOLS[report.trend]}` : rag;
}

/** One programme's report for one quarter: its standing, the chair's editor, the Executive's decision. */
export function ReportPage({
  home,
  programme,
  quarter,
}: {
  home: BoardHomeData;
  programme: Programme;
  quarter: PlanQuarter;
}) {
  const s = useStyles();
  const { now, roles } = useServices();
  const viewer = useViewer();
  const board = home.board;
  // The report lives in the lead board's folder, and its decisions name that board.
  const leadId = programme.boardIds[0] ?? board.id;
  const reports = useBoardReports(leadId);
  // Only a report filed in the lead board's folder counts (reportOf): its permissions say who wrote it.
  const boards = useBoards();
  const leadFolder = leadId === board.id ? board.folder : boards.data?.find((b) => b.id === leadId)?.folder;
  const calendar = useReportingCalendar(home.plan?.id);
  const noun = programmeNoun(home.plan);
  const title = programmeHeading(home.plan, programme);
  // An archived plan's reports are read, not written or decided (SharePoint refuses it anyway).
  const archived = isArchivedBoard(board, home.plan);
  // A hint only, as on Home: SharePoint refuses the rollup's data to anyone else.
  const seesRollup = [roles.executiveGroupId, roles.administratorsGroupId].some(
    (g) => g !== "" && (viewer.data?.groupIds ?? []).includes(g),
  );

  const header = (
    <header className={s.header}>
      {seesRollup && (
        <Link
          className={s.back}
          href={hrefFor({
            name: "rollup",
            ...(home.plan ? { planId: home.plan.id } : {}),
            quarter: quarterKey(quarter),
          })}
        >
          Back to the Trust Executive rollup
        </Link>
      )}
      <Link className={s.back} href={hrefFor({ name: "reports", boardId: board.id })}>
        All highlight reports of {board.title}
      </Link>
      <PageTitle>Highlight report: {title}</PageTitle>
      <Text className={s.muted}>
        {quarterLabel(quarter, true)} · {board.title}
      </Text>
    </header>
  );
  if (reports.isPending || calendar.isPending || leadFolder === undefined)
    return (
      <div className={s.page}>
        {header}
        <LoadingState label="Loading the report…" />
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
          what="this report"
        />
      </div>
    );

  const { reports: all, reviews } = reports.data;
  const row = reportRow(programme, leadFolder, quarter, all, reviews, calendar.data, now());
  const { report, standing } = row;
  const prev = previousQuarter(quarter);
  const beforePlan = home.plan !== null && planYearStart(prev.planYear) < home.plan.startYear;
  const previousStatus = beforePlan
    ? undefined
    : reportedStatus(reportOf(all, programme.id, prev, leadFolder), reviews);
  const isChair =
    !archived && leadId === board.id && canKeepPlan(viewer.data, board, roles.administratorsGroupId);
  const isExecutive =
    !archived &&
    viewer.data !== undefined &&
    [roles.executiveGroupId, roles.administratorsGroupId].some(
      (g) => g !== "" && viewer.data.groupIds.includes(g),
    );
  const editable = isChair && ["Not started", "Draft", "Returned"].includes(standing.state);
  const entry = calendarEntryFor(calendar.data, quarter);
  const late = row.lateness?.kind === "late" || row.lateness?.kind === "submitted late";

  return (
    <div className={s.page}>
      {header}
      {archived && (
        <Notice intent="info">
          <MessageBarBody>
            This report is part of the archived plan {home.plan?.title ?? ""}: you can read it, not change it.
          </MessageBarBody>
        </Notice>
      )}
      <section aria-labelledby="standing-heading" className={s.section}>
        <Text as="h2" id="standing-heading" size={500} weight="semibold">
          Where it stands
        </Text>
        <Text>
          <strong>{standing.state}</strong>
          {report ? ` · version ${report.version}` : ""}
          {entry ? ` · Due ${formatDate(entry.reportsDue)} · ` : " · "}
          <span className={late ? s.late : undefined}>
            {late ? "⚠ " : ""}
            {row.latenessText}
          </span>
        </Text>
        {leadId !== board.id && (
          <Text>
            This {noun} is led by another board; its chair writes the report, and this board reads it.
          </Text>
        )}
      </section>
      <Decisions standing={standing} />
      {editable ? (
        <ReportEditor
          key={`${programme.id}-${quarter.planYear}-${quarter.quarter}`}
          home={home}
          programme={programme}
          quarter={quarter}
          report={report}
          standing={standing}
          previousStatus={previousStatus}
        />
      ) : report ? (
        <ReportRead report={report} />
      ) : (
        <Text>
          {isChair
            ? "Nothing is written yet."
            : `The board has not started this report yet. Its chair drafts it from the ${noun}'s actions.`}
        </Text>
      )}
      {report && (
        <DownloadWord
          report={report}
          standing={standing}
          context={{ programme, boardTitle: board.title, quarter, noun, plan: home.plan }}
        />
      )}
      {isExecutive && report && standing.state === "Submitted" && (
        <ExecutiveDecision report={report} reviews={reviews} />
      )}
    </div>
  );
}

/** The Executive's decision on the report as it stands, and the last return while the chair revises. */
function Decisions({ standing }: { standing: ReportStanding }) {
  const ret = standing.lastReturn;
  if (standing.state === "Approved" && standing.review)
    return (
      <Notice intent="success">
        <MessageBarBody>
          <MessageBarTitle>Approved</MessageBarTitle>
          Approved{standing.review.by ? ` by ${standing.review.by.name}` : ""} on {day(standing.review.at)}
          {standing.review.comment ? `: ${standing.review.comment}` : "."}
        </MessageBarBody>
      </Notice>
    );
  if (ret && (standing.state === "Returned" || standing.state === "Draft"))
    return (
      <Notice intent="warning">
        <MessageBarBody>
          <MessageBarTitle>Returned by the Trust Executive</MessageBarTitle>
          {ret.by ? `${ret.by.name}, ` : ""}
          {day(ret.at)}: <q>{ret.comment}</q>{" "}
          {standing.state === "Returned"
            ? "Revise the report and submit it again."
            : "Your revision is a draft until you submit it again."}
        </MessageBarBody>
      </Notice>
    );
  if (standing.state === "Submitted" && standing.resubmitted && ret)
    return (
      <Notice intent="info">
        <MessageBarBody>
          Submitted again after the Executive returned it on {day(ret.at)} (&ldquo;{ret.comment}&rdquo;).
        </MessageBarBody>
      </Notice>
    );
  return null;
}

/** The report as written, for everyone who reads it. */
function ReportRead({ report }: { report: HighlightReport }) {
  const s = useStyles();
  return (
    <>
      <section aria-labelledby="status-heading" className={s.section}>
        <Text as="h2" id="status-heading" size={500} weight="semibold">
          Current status
        </Text>
        <Text>{statusWords(report)}</Text>
      </section>
      {TEXT_SECTIONS.map(({ key, label }) => {
        const value = report[key].trim();
        return (
          <section key={key} aria-labelledby={`read-${key}`} className={s.section}>
            <Text as="h2" id={`read-${key}`} size={400} weight="semibold">
              {label}
            </Text>
            <Text className={s.text}>{value || "Nothing written."}</Text>
          </section>
        );
      })}
    </>
  );
}

/** Approve, or return with a comment: the Trust Executive's (and plan administrators') only write. */
function ExecutiveDecision({
  report,
  reviews,
}: {
  report: HighlightReport;
  reviews: readonly ReportReview[];
}) {
  const s = useStyles();
  const { sp } = useServices();
  const client = useQueryClient();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [commentError, setCommentError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [clientId] = useState(() => ({ Approved: newClientId(), Returned: newClientId() }));
  const decide = async (decision: "Approved" | "Returned"): Promise<void> => {
    const problem = validateReview(decision, comment);
    setCommentError(decision === "Returned" ? problem : null);
    if (problem) return;
    setBusy(true);
    setError(null);
    try {
      await addReview(sp, { report, decision, comment }, clientId[decision]);
      await client.invalidateQueries({ queryKey: reportKeys.board(report.boardId) });
    } catch (e) {
      const failure = toDataError(e);
      setError(
        failure.kind === "access"
          ? "SharePoint refused this decision: only the Trust Executive and plan administrators can approve or return a highlight report."
          : `The decision was not saved: ${failure.message}`,
      );
    } finally {
      setBusy(false);
    }
  };
  const earlier = reviews.filter((r) => r.reportId === report.id).length;
  return (
    <section aria-labelledby="decision-heading" className={s.panel}>
      <Text as="h2" id="decision-heading" size={500} weight="semibold">
        The Executive&apos;s decision
      </Text>
      <Text>
        You are deciding on version {report.version}, submitted on {day(report.modified)}
        {earlier > 0 ? ` (${earlier} earlier decision${earlier === 1 ? "" : "s"} on this report)` : ""}.
      </Text>
      <Field
        label="Comment for the board (needed to return the report)"
        validationMessage={commentError ?? undefined}
      >
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
      </Field>
      {error && (
        <Notice intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </Notice>
      )}
      <div className={s.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void decide("Approved")}>
          Approve
        </Button>
        <Button disabled={busy} onClick={() => void decide("Returned")}>
          Return with a comment
        </Button>
      </div>
    </section>
  );
}

function DownloadWord({
  report,
  standing,
  context,
}: {
  report: HighlightReport;
  standing: ReportStanding;
  context: {
    programme: Programme;
    boardTitle: string;
    quarter: PlanQuarter;
    noun: string;
    plan: BoardHomeData["plan"];
  };
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      // The Word library is large: it loads only when someone asks for the document.
      const [{ highlightReportDocx }, { saveBlob, highlightReportFileName }] = await Promise.all([
        import(/* webpackChunkName: "export-highlight-docx" */ "../exports/highlightReportDocx"),
        import("../exports/saveBlob"),
      ]);
      const label = quarterLabel(context.quarter);
      const blob = await highlightReportDocx(report, {
        programmeTitle: context.programme.title,
        programmeNumber: context.programme.number,
        boardTitle: context.boardTitle,
        quarterLabel: label,
        standing,
        programmeNoun: context.noun,
      });
      saveBlob(
        blob,
        highlightReportFileName(context.programme.number, label, programmeNounCapitalised(context.plan)),
      );
    } catch {
      setError("The Word document could not be made. Try again.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button disabled={busy} onClick={() => void download()}>
        Download as Word
      </Button>
      {error && (
        <Notice intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </Notice>
      )}
    </div>
  );
}
