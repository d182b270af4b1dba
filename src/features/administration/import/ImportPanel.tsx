import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Label,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import { listDirectoryGroups } from "../../../data/graph/directory";
import { listBoards } from "../../../data/sharepoint/boards";
import {
  ImportInterrupted,
  knownDirectoryEmails,
  listPlanActionKeys,
  runImport,
  type ImportWritten,
} from "../../../data/sharepoint/planImport";
import { listProgrammes } from "../../../data/sharepoint/programmes";
import { formatDate } from "../../../domain/dates";
import {
  checkImport,
  importSummary,
  pluralNoun,
  type ImportFile,
  type ImportPlan,
  type ImportProblem,
} from "../../../domain/planImport";
import { programmeNoun, programmeNounCapitalised } from "../../../domain/programmeWords";
import type { Plan } from "../../../domain/types";
import { Notice } from "../../../ui/Notice";
import { ErrorState, LoadingState } from "../../../ui/StateViews";
import { fileNameFor, saveBlob } from "../../exports/saveBlob";
import { keys } from "../../queries";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "72rem" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  scroll: { overflowX: "auto" },
  /** Fluent's Text is inline: a heading, its paragraph and its table each need a line of their own. */
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  /** A message that wraps onto several lines keeps clear of the row's rules. */
  table: { "& td": { paddingBlock: tokens.spacingVerticalXS } },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

type Stage =
  | { kind: "idle" }
  | { kind: "reading"; fileName: string }
  | { kind: "problems"; fileName: string; problems: ImportProblem[] }
  | { kind: "preview"; fileName: string; file: ImportFile; work: ImportPlan }
  | { kind: "running"; fileName: string; file: ImportFile; done: number; total: number; what: string }
  | { kind: "done"; fileName: string; written: ImportWritten; work: ImportPlan }
  | { kind: "failed"; fileName: string; file: ImportFile; written: ImportWritten; message: string }
  | { kind: "unreadable"; fileName: string; message: string };

/** The plan's boards, programmes and actions and the directory's groups: what a file is checked against. */
function useImportContext(planId: number) {
  const { sp, graph } = useServices();
  return useQuery({
    queryKey: ["admin", "import", planId],
    queryFn: async () => {
      const [boards, programmes, existingActions, groups] = await Promise.all([
        listBoards(sp),
        listProgrammes(sp),
        listPlanActionKeys(sp, planId),
        listDirectoryGroups(graph),
      ]);
      return { boards, programmes, existingActions, groups };
    },
    staleTime: 0,
  });
}

function emailsIn(file: ImportFile): string[] {
  const out: string[] = [];
  for (const sheet of Object.values(file.sheets)) {
    for (const r of sheet?.rows ?? []) {
      for (const [header, value] of Object.entries(r.cells)) {
        if (/e-?mail/i.test(header) && !/group/i.test(header) && /@/.test(value)) out.push(value.trim());
      }
    }
  }
  return out;
}

/** The file's bytes (FileReader: every browser has it, and so does the test DOM, which lacks File.arrayBuffer). */
function readBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer ? resolve(reader.result) : reject(new Error("The file is empty."));
    reader.onerror = () =>
      reject(new Error("The file could not be opened. Choose it again, or save a copy first."));
    reader.readAsArrayBuffer(file);
  });
}

const writtenWords = (plan: Plan, w: ImportWritten): string =>
  `${w.boards} board${w.boards === 1 ? "" : "s"}, ${w.programmes} ${w.programmes === 1 ? programmeNoun(plan) : pluralNoun(programmeNoun(plan))} and ${w.actions} action${w.actions === 1 ? "" : "s"}`;

/**
 * Administration, Import: set up the plan's programmes, boards and first actions from a spreadsheet.
 * Download the template, upload it filled in, see every mistake by sheet and row (nothing is written
 * while there is one) or a preview of what will be made, then import with progress.
 */
export function ImportPanel({ plan }: { plan: Plan }) {
  const s = useStyles();
  const services = useServices();
  const client = useQueryClient();
  const context = useImportContext(plan.id);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [confirming, setConfirming] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const noun = programmeNoun(plan);
  const Noun = programmeNounCapitalised(plan);

  if (plan.status === "Archived") {
    return (
      <Notice intent="info">
        <MessageBarBody>
          <MessageBarTitle>{plan.title} is archived.</MessageBarTitle>
          Nothing can be imported into an archived plan. Choose a current or draft plan.
        </MessageBarBody>
      </Notice>
    );
  }
  if (context.isPending)
    return <LoadingState label="Loading the plan's boards and the directory's groups…" />;
  if (context.isError)
    return (
      <ErrorState
        error={context.error}
        onRetry={() => void context.refetch()}
        what="what the import checks against"
        section
      />
    );

  const download = async () => {
    setDownloading(true);
    setDownloadError(null);
    try {
      const { buildTemplate } = await import(/* webpackChunkName: "import-workbook" */ "./workbook");
      saveBlob(await buildTemplate(plan), fileNameFor(`Import template ${plan.title}`, "xlsx"));
    } catch (e) {
      setDownloadError(toDataError(e).message);
    } finally {
      setDownloading(false);
    }
  };

  /** Checks a parsed file against the plan as SharePoint holds it now. */
  const check = async (fileName: string, file: ImportFile) => {
    const fresh = await context.refetch({ throwOnError: true });
    const ctx = fresh.data ?? context.data;
    const knownEmails = await knownDirectoryEmails(services.graph, emailsIn(file));
    const result = checkImport(file, { plan, ...ctx, knownEmails });
    if (!result.ok) setStage({ kind: "problems", fileName, problems: result.problems });
    else setStage({ kind: "preview", fileName, file, work: result.plan });
    return result;
  };

  const chosen = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (!f) return;
    setStage({ kind: "reading", fileName: f.name });
    try {
      const { readImportFile, ImportFileError } = await import(
        /* webpackChunkName: "import-workbook" */ "./workbook"
      );
      let file: ImportFile;
      try {
        file = await readImportFile(f.name, await readBytes(f));
      } catch (err) {
        // Anything but our own explanation is a file the library could not make sense of.
        const message =
          err instanceof ImportFileError
            ? err.message
            : "This file could not be read. Save it again from Excel as an Excel Workbook (.xlsx) or CSV UTF-8 (.csv), and upload that.";
        setStage({ kind: "unreadable", fileName: f.name, message });
        return;
      }
      await check(f.name, file);
    } catch (err) {
      setStage({ kind: "unreadable", fileName: f.name, message: toDataError(err).message });
    } finally {
      // The same file may be chosen again after it is fixed.
      if (inputRef.current) inputRef.current.value = "";
    }
  };

  const run = async (fileName: string, file: ImportFile, work: ImportPlan) => {
    setConfirming(false);
    setStage({ kind: "running", fileName, file, done: 0, total: 1, what: "Starting" });
    try {
      const written = await runImport(
        services.sp,
        services.siteUrl,
        services.roles,
        plan,
        work,
        (done, total, what) =>
          setStage({ kind: "running", fileName, file, done, total: Math.max(total, 1), what }),
      );
      setStage({ kind: "done", fileName, written, work });
    } catch (e) {
      const written = e instanceof ImportInterrupted ? e.written : { boards: 0, programmes: 0, actions: 0 };
      setStage({ kind: "failed", fileName, file, written, message: toDataError(e).message });
    } finally {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.boards }),
        client.invalidateQueries({ queryKey: keys.programmes }),
        client.invalidateQueries({ queryKey: keys.plans }),
      ]);
    }
  };

  /** After a failure: check the same file again (what was written is now "already there"), then finish. */
  const runAgain = async (fileName: string, file: ImportFile) => {
    try {
      const result = await check(fileName, file);
      if (result.ok) await run(fileName, file, result.plan);
    } catch (e) {
      setStage({
        kind: "failed",
        fileName,
        file,
        written: { boards: 0, programmes: 0, actions: 0 },
        message: toDataError(e).message,
      });
    }
  };

  const busy = stage.kind === "reading" || stage.kind === "running";

  return (
    <section className={s.panel} aria-labelledby={`${inputId}-title`}>
      <Text as="h2" size={500} weight="semibold" id={`${inputId}-title`}>
        Import {pluralNoun(noun)}, boards and actions
      </Text>
      <Text>
        Set up {plan.title} from a spreadsheet: download the template, fill in its Programmes, Boards and
        Actions sheets, then upload it. Every row is checked and you see a preview before anything is written.
      </Text>
      <div className={s.row}>
        <Button icon={<ArrowDownload20Regular />} onClick={() => void download()} disabled={downloading}>
          {downloading ? "Preparing the template…" : "Download the template"}
        </Button>
      </div>
      {downloadError && (
        <Notice intent="error" role="alert">
          <MessageBarBody>We couldn&apos;t make the template. {downloadError}</MessageBarBody>
        </Notice>
      )}
      <div className={s.file}>
        <Label htmlFor={inputId} weight="semibold">
          Upload the filled-in file (.xlsx, or .csv of the Actions sheet)
        </Label>
        <input
          id={inputId}
          ref={inputRef}
          type="file"
          accept=".xlsx,.csv"
          aria-describedby={hintId}
          disabled={busy}
          onChange={(e) => void chosen(e)}
        />
        <Text id={hintId} size={200}>
          Nothing is written when you upload: you see the mistakes to fix, or a preview.
        </Text>
      </div>

      {stage.kind === "reading" && <LoadingState label={`Checking ${stage.fileName}…`} />}

      {stage.kind === "unreadable" && (
        <Notice intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>We couldn&apos;t read {stage.fileName}.</MessageBarTitle>
            {stage.message}
          </MessageBarBody>
        </Notice>
      )}

      {stage.kind === "problems" && <ProblemTable fileName={stage.fileName} problems={stage.problems} />}

      {stage.kind === "preview" && (
        <>
          <Preview plan={plan} work={stage.work} fileName={stage.fileName} />
          <div className={s.row}>
            <Button appearance="primary" onClick={() => setConfirming(true)}>
              Import
            </Button>
            <Button onClick={() => setStage({ kind: "idle" })}>Cancel</Button>
          </div>
          <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
            <DialogSurface>
              <DialogBody>
                <DialogTitle>Import into {plan.title}?</DialogTitle>
                <DialogContent>
                  This creates {importSummary(plan, stage.work)}. The boards&apos; folders are set up with
                  their groups&apos; permissions. If it stops halfway, running it again finishes it without
                  making anything twice.
                </DialogContent>
                <DialogActions>
                  <Button
                    appearance="primary"
                    onClick={() => void run(stage.fileName, stage.file, stage.work)}
                  >
                    Import
                  </Button>
                  <Button onClick={() => setConfirming(false)}>Cancel</Button>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
        </>
      )}

      {stage.kind === "running" && (
        <Field
          label={`Importing ${stage.fileName}`}
          validationState="none"
          validationMessage={`${stage.done} of ${stage.total} written${stage.what ? `: ${stage.what}` : ""}`}
        >
          <ProgressBar value={stage.done} max={stage.total} />
        </Field>
      )}
      {/* Announced politely at the start, every quarter, and at the end: not once per item. */}
      <div aria-live="polite" className={s.visuallyHidden}>
        {stage.kind === "running" ? progressAnnouncement(stage.done, stage.total) : ""}
      </div>

      {stage.kind === "done" && (
        <Notice intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>Import finished.</MessageBarTitle>
            {plan.title} now has {writtenWords(plan, stage.written)} from {stage.fileName}
            {stage.work.alreadyThere.actions.length + stage.work.alreadyThere.programmes.length > 0
              ? " (counting those an earlier run had already written)"
              : ""}
            . Choose each new board&apos;s team channel in the Boards section.
          </MessageBarBody>
        </Notice>
      )}

      {stage.kind === "failed" && (
        <Notice intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The import stopped before it finished.</MessageBarTitle>
            {stage.message} Written so far: {writtenWords(plan, stage.written)}. Run it again to finish: what
            is already written is found and not made twice.
          </MessageBarBody>
          <div className={s.row}>
            <Button onClick={() => void runAgain(stage.fileName, stage.file)}>Run the import again</Button>
          </div>
        </Notice>
      )}
      <Text size={200}>
        {Noun} numbers, board names and references are matched without regard to capital letters. The template
        explains each column.
      </Text>
    </section>
  );
}

function progressAnnouncement(done: number, total: number): string {
  if (done === 0) return `Import started: ${total} items to write.`;
  if (done >= total) return "All items written.";
  const quarter = Math.floor((done / total) * 4);
  return quarter > 0 ? `${quarter * 25}% written.` : "Import started.";
}

function ProblemTable({ fileName, problems }: { fileName: string; problems: ImportProblem[] }) {
  const s = useStyles();
  const n = problems.length;
  return (
    <section aria-labelledby="import-problems" className={s.stack}>
      <Text as="h3" size={400} weight="semibold" id="import-problems">
        {n} {n === 1 ? "thing" : "things"} to fix in {fileName}
      </Text>
      <Text as="p">Nothing has been written. Fix these in the file, save it, and upload it again.</Text>
      <div className={s.scroll}>
        <Table aria-labelledby="import-problems" size="small" className={s.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Sheet</TableHeaderCell>
              <TableHeaderCell>Row</TableHeaderCell>
              <TableHeaderCell>Column</TableHeaderCell>
              <TableHeaderCell>What to fix</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {problems.map((p, i) => (
              <TableRow key={i}>
                <TableCell>{p.sheet === "Workbook" ? "Whole file" : p.sheet}</TableCell>
                <TableCell>{p.row > 0 ? p.row : "—"}</TableCell>
                <TableCell>{p.column ?? ""}</TableCell>
                <TableCell>{p.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

function Preview({ plan, work, fileName }: { plan: Plan; work: ImportPlan; fileName: string }) {
  const s = useStyles();
  const Noun = programmeNounCapitalised(plan);
  const newBoards = work.boards.filter((b) => !b.existing);
  const there = work.alreadyThere;
  return (
    <section aria-labelledby="import-preview" className={s.stack}>
      <Text as="h3" size={400} weight="semibold" id="import-preview">
        Ready to import {fileName}: {importSummary(plan, work)}
      </Text>
      <Text as="p">
        Nothing has been written yet. Check what will be created, then choose Import. Actions go into{" "}
        {work.planYear}, as Not started.
      </Text>
      {there.boards.length + there.programmes.length + there.actions.length > 0 && (
        <Text as="p">
          Already in the plan, so not made again: {there.boards.length} board
          {there.boards.length === 1 ? "" : "s"}, {there.programmes.length}{" "}
          {there.programmes.length === 1 ? programmeNoun(plan) : pluralNoun(programmeNoun(plan))} and{" "}
          {there.actions.length} action{there.actions.length === 1 ? "" : "s"}.
        </Text>
      )}
      {newBoards.length > 0 && (
        <PreviewTable
          caption={`Boards to create (${newBoards.length})`}
          headers={["Row", "Board", "Microsoft 365 group", "Chair", "Meets"]}
          rows={newBoards.map((b) => [
            String(b.row),
            b.title,
            b.groupName,
            b.chairEmail ? `${b.chairEmail} (${b.chairRole})` : b.chairRole,
            b.cadence,
          ])}
          className={s.scroll}
        />
      )}
      {work.programmes.length > 0 && (
        <PreviewTable
          caption={`${pluralNoun(Noun)} to create (${work.programmes.length})`}
          headers={["Row", "Number", "Title", "Delivered by"]}
          rows={work.programmes.map((p) => [
            String(p.row),
            String(p.number),
            p.title,
            p.boardTitles.join("; "),
          ])}
          className={s.scroll}
        />
      )}
      {work.actions.length > 0 && (
        <PreviewTable
          caption={`Actions to create (${work.actions.length})`}
          headers={["Row", "Reference", Noun, "Board", "Title", "Owner", "Target date"]}
          rows={work.actions.map((a) => [
            String(a.row),
            a.ref,
            String(a.programmeNumber),
            a.boardTitle,
            a.title,
            a.ownerEmail ?? "",
            formatDate(a.targetDate),
          ])}
          className={s.scroll}
        />
      )}
    </section>
  );
}

function PreviewTable({
  caption,
  headers,
  rows,
  className,
}: {
  caption: string;
  headers: string[];
  rows: string[][];
  className: string;
}) {
  const s = useStyles();
  const id = useId();
  return (
    <div className={className}>
      <Text as="h4" weight="semibold" id={id}>
        {caption}
      </Text>
      <Table aria-labelledby={id} size="small" className={s.table}>
        <TableHeader>
          <TableRow>
            {headers.map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r, i) => (
            <TableRow key={i}>
              {r.map((c, j) => (
                <TableCell key={j}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
