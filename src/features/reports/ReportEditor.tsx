import {
  Button,
  Field,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useServices } from "../../app/services";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import { newClientId } from "../../data/sharepoint/common";
import { createReport, saveReport, submitReport } from "../../data/sharepoint/reports";
import { toDataError } from "../../data/errors";
import { formatDate } from "../../domain/dates";
import {
  TEXT_SECTIONS,
  draftHighlightReport,
  sectionsOf,
  trendFor,
  validateReport,
  type DraftBasis,
  type HighlightReport,
  type ReportErrors,
  type ReportSections,
  type ReportStanding,
} from "../../domain/highlightReports";
import { calendarDayOf, quarterKey, quarterLabel, type PlanQuarter } from "../../domain/quarters";
import { TREND_SYMBOLS } from "../../domain/rollup";
import { RAGS, type Programme, type Rag } from "../../domain/types";
import { Notice } from "../../ui/Notice";
import { useBoards } from "../queries";
import { loadDraftSources, reportKeys } from "./useReports";
import { programmeLabel } from "../../domain/programmeWords";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

const EMPTY: ReportSections = {
  rag: null,
  trend: null,
  reason: "",
  achievements: "",
  slippage: "",
  issuesRisks: "",
  nextQuarter: "",
  decisions: "",
  figures: null,
};

/** What the chair typed and has not saved, kept for this browser tab (a failed save or a reload keeps it). */
const storeKey = (programmeId: number, q: PlanQuarter): string =>
  `tb.reportDraft.${programmeId}.${quarterKey(q)}`;
function readStored(key: string): ReportSections | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<ReportSections>;
    return { ...EMPTY, ...v };
  } catch {
    return null;
  }
}
function writeStored(key: string, value: ReportSections | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage switched off or full: the text stays in the boxes, which is what matters.
  }
}
const same = (a: ReportSections, b: ReportSections): boolean => JSON.stringify(a) === JSON.stringify(b);

type Outcome =
  | { kind: "none" }
  | { kind: "saved"; message: string }
  | { kind: "failed"; message: string }
  | { kind: "conflict" };

/**
 * The chair's editor: "Draft from the data" fills every section; each section is a box; "Save draft"
 * and "Submit to the Executive" send the text with the ETag read. A clash (412) or a failure keeps the
 * text in the boxes and in this tab's storage; nothing anyone saved is overwritten.
 */
export function ReportEditor({
  home,
  programme,
  quarter,
  report,
  standing,
  previousStatus,
}: {
  home: BoardHomeData;
  programme: Programme;
  quarter: PlanQuarter;
  report: HighlightReport | null;
  standing: ReportStanding;
  previousStatus: Rag | null | undefined;
}) {
  const s = useStyles();
  const { sp, siteUrl, now } = useServices();
  const client = useQueryClient();
  const boards = useBoards();
  const key = storeKey(programme.id, quarter);
  const saved = report ? sectionsOf(report) : EMPTY;
  const [restored] = useState(() => {
    const stored = readStored(key);
    return stored && !same(stored, saved) ? stored : null;
  });
  const [sections, setSections] = useState<ReportSections>(restored ?? saved);
  const [errors, setErrors] = useState<ReportErrors>({});
  const [basis, setBasis] = useState<DraftBasis | null>(null);
  const [drafting, setDrafting] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  const createId = useRef(newClientId());
  // A clash: the ETag to save over once the chair chooses to keep their text.
  const [base, setBase] = useState<HighlightReport | null>(report);

  const change = (next: ReportSections): void => {
    setSections(next);
    writeStored(key, next);
  };
  const setRag = (rag: Rag | null): void =>
    change({ ...sections, rag, trend: trendFor(rag, previousStatus, quarter).trend });

  const draft = async (): Promise<void> => {
    setDrafting({ busy: true, error: null });
    try {
      const sources = await loadDraftSources(sp, programme);
      const d = draftHighlightReport({
        programme,
        quarter,
        actions: sources.actions,
        risks: sources.risks,
        previousStatus,
        now: now(),
        boardNames: new Map((boards.data ?? []).map((b) => [b.id, b.title])),
      });
      change(d.sections);
      setBasis(d.basis);
      setErrors({});
      setDrafting({ busy: false, error: null });
    } catch (e) {
      setDrafting({ busy: false, error: `The draft could not be made: ${toDataError(e).message}` });
    }
  };

  const send = async (submit: boolean): Promise<void> => {
    if (submit) {
      const problems = validateReport(sections);
      setErrors(problems);
      if (Object.keys(problems).length > 0) {
        setOutcome({ kind: "failed", message: "The report was not submitted: fix the fields marked below." });
        return;
      }
    }
    setBusy(true);
    setOutcome({ kind: "none" });
    try {
      let current = base;
      if (!current) {
        current = await createReport(
          sp,
          siteUrl,
          {
            planId: home.board.planId,
            boardId: home.board.id,
            boardFolder: home.board.folder,
            programmeId: programme.id,
            planYear: quarter.planYear,
            quarter: quarter.quarter,
            title: `${programmeLabel(home.plan, programme)} ${quarterLabel(quarter)}`,
          },
          sections,
          createId.current,
        );
        setBase(current);
      }
      const after = submit
        ? await submitReport(sp, current, sections)
        : base
          ? await saveReport(sp, current, sections, "Draft")
          : current;
      setBase(after);
      writeStored(key, null);
      setOutcome({
        kind: "saved",
        message: submit ? "Submitted to the Trust Executive." : "Draft saved.",
      });
      await client.invalidateQueries({ queryKey: reportKeys.board(home.board.id) });
    } catch (e) {
      const failure = toDataError(e);
      if (failure.kind === "conflict") {
        setOutcome({ kind: "conflict" });
        await client.invalidateQueries({ queryKey: reportKeys.board(home.board.id) });
      } else
        setOutcome({
          kind: "failed",
          message:
            failure.kind === "access"
              ? "SharePoint refused the save: only the members and chair of the board that leads this programme can write its report. Your text is kept in this tab."
              : `Not saved: ${failure.message} Your text is kept in this tab; try again.`,
        });
    } finally {
      setBusy(false);
    }
  };

  const trend = sections.trend ?? trendFor(sections.rag, previousStatus, quarter).trend;
  const trendText = trendFor(sections.rag, previousStatus, quarter).text;
  return (
    <section aria-labelledby="edit-heading" className={s.form}>
      <Text as="h2" id="edit-heading" size={500} weight="semibold">
        {standing.state === "Not started" ? "Write the report" : "Edit the report"}
      </Text>
      {restored && (
        <Notice intent="info">
          <MessageBarBody>
            Your unsaved changes from earlier in this tab are back in the boxes below.
          </MessageBarBody>
        </Notice>
      )}
      <div className={s.row}>
        <Button disabled={drafting.busy} onClick={() => void draft()}>
          {drafting.busy ? "Drafting…" : "Draft from the data"}
        </Button>
      </div>
      {drafting.error && (
        <Notice intent="error">
          <MessageBarBody>{drafting.error}</MessageBarBody>
        </Notice>
      )}
      {basis && (
        <Notice intent="info">
          <MessageBarBody>
            <MessageBarTitle>Drafted from the data</MessageBarTitle>
            {`On ${formatDate(calendarDayOf(basis.at))}, from ${basis.actionsByBoard
              .map((b) => `${b.count} action${b.count === 1 ? "" : "s"} of ${b.name}`)
              .join(" and ")} at the end of ${quarterLabel(quarter)}, and ${basis.risks} open risk${
              basis.risks === 1 ? "" : "s"
            }. ${basis.trendText} Check every section before you submit.`}
          </MessageBarBody>
        </Notice>
      )}
      <Field label="Current status" validationMessage={errors.rag}>
        <Select
          value={sections.rag ?? ""}
          onChange={(_, d) => setRag(d.value === "" ? null : (d.value as Rag))}
        >
          <option value="">No status</option>
          {RAGS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
      <Text>
        Status trend: {trend} {TREND_SYMBOLS[trend]} <span className={s.muted}>({trendText})</span>
      </Text>
      {TEXT_SECTIONS.map(({ key: field, label }) => (
        <Field key={field} label={label} validationMessage={errors[field]}>
          <Textarea
            value={sections[field]}
            resize="vertical"
            rows={field === "decisions" ? 3 : 5}
            onChange={(_, d) => change({ ...sections, [field]: d.value })}
          />
        </Field>
      ))}
      {outcome.kind === "saved" && (
        <Notice intent="success">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </Notice>
      )}
      {outcome.kind === "failed" && (
        <Notice intent="error">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </Notice>
      )}
      {outcome.kind === "conflict" && (
        <Notice intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Someone else saved this report while you were editing</MessageBarTitle>
            Nothing was overwritten, and your text is still in the boxes. Reload the page to see their version
            (your text stays in this tab), or save yours over it.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                const latest = client.getQueryData<{ reports: HighlightReport[] }>(
                  reportKeys.board(home.board.id),
                );
                const theirs = latest?.reports.find((r) => r.id === base?.id);
                if (theirs) setBase(theirs);
                setOutcome({ kind: "none" });
              }}
            >
              Keep my text and save again
            </Button>
          </MessageBarActions>
        </Notice>
      )}
      <div className={s.row}>
        <Button disabled={busy} onClick={() => void send(false)}>
          Save draft
        </Button>
        <Button appearance="primary" disabled={busy} onClick={() => void send(true)}>
          {standing.lastReturn ? "Submit again to the Executive" : "Submit to the Executive"}
        </Button>
      </div>
    </section>
  );
}
