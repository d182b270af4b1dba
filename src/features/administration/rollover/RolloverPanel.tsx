import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  MessageBarActions,
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
import { ArrowClockwise16Regular, ArrowForward16Regular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { toDataError } from "../../../data/errors";
import {
  describeRollover,
  describeSummary,
  rolloverByBoard,
  type RolloverPreview,
} from "../../../domain/rollover";
import type { Plan } from "../../../domain/types";
import { Notice } from "../../../ui/Notice";
import { EmptyState, ErrorState, LoadingState } from "../../../ui/StateViews";
import { useRolloverPreview, useRunRollover } from "./useRollover";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  lines: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  // A wide table scrolls inside its own box rather than the page at 320 px (WCAG 1.4.10).
  tableBox: { overflowX: "auto", maxWidth: "100%" },
  table: { minWidth: "28rem" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
  start: { alignSelf: "start", maxWidth: "100%" },
});

const nf = new Intl.NumberFormat("en-GB");

/**
 * Year roll-over for one plan: a preview that says exactly what will happen (in words and per
 * board), a confirmation, progress while it runs on hundreds of actions, then what was done — or,
 * after a failure, what happened and a way to finish it (a re-run skips what is done).
 */
export function RolloverPanel({ plan }: { plan: Plan }) {
  const s = useStyles();
  const preview = useRolloverPreview(plan);
  const run = useRunRollover(plan);
  const outcomeRef = useRef<HTMLSpanElement>(null);
  const settled = run.isSuccess || run.isError;
  const failure = run.isError ? toDataError(run.error).message : "";
  // The result replaces the progress bar: take keyboard and screen-reader focus to it.
  useEffect(() => {
    if (settled) outcomeRef.current?.focus();
  }, [settled]);

  return (
    <section className={s.section} aria-labelledby="rollover-heading">
      <Text as="h2" id="rollover-heading" size={500} weight="semibold" className={s.heading}>
        Year roll-over
      </Text>
      <Text as="p" className={s.heading}>
        Moves {plan.title} from its current year to the next. Open actions are carried forward with their
        history; completed and withdrawn ones stay in the year they belong to. Nothing is deleted or copied.
      </Text>

      {run.isPending && <RunProgress done={run.progress?.done ?? null} total={run.progress?.total ?? null} />}

      {run.isSuccess && (
        <Notice intent="success">
          <MessageBarBody>
            <MessageBarTitle>
              <span ref={outcomeRef} tabIndex={-1}>
                Roll-over finished
              </span>
            </MessageBarTitle>
            <ul className={s.lines}>
              {describeSummary(run.data).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </Notice>
      )}

      {run.isError && (
        <Notice intent="error">
          <MessageBarBody>
            <MessageBarTitle>
              <span ref={outcomeRef} tabIndex={-1}>
                The roll-over stopped
              </span>
            </MessageBarTitle>
            <p className={s.heading}>{failure}</p>
            {!/Run it again|Nothing was changed/.test(failure) && (
              <p className={s.heading}>Run it again to finish — nothing will be duplicated.</p>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwise16Regular />} onClick={() => run.mutate(undefined)}>
              Run it again
            </Button>
          </MessageBarActions>
        </Notice>
      )}

      {!run.isPending && preview.isPending && <LoadingState label="Reading the plan's actions…" />}
      {!run.isPending && preview.isError && (
        <ErrorState
          error={preview.error}
          onRetry={() => void preview.refetch()}
          what="what the roll-over would do"
          section
        />
      )}
      {!run.isPending && preview.isSuccess && (
        <Preview
          plan={plan}
          preview={preview.data}
          onConfirm={() => run.mutate(preview.data)}
          afterRun={run.isSuccess}
        />
      )}
    </section>
  );
}

function RunProgress({ done, total }: { done: number | null; total: number | null }) {
  const known = done !== null && total !== null;
  const words = known
    ? `${nf.format(done)} of ${nf.format(total)} ${total === 1 ? "action" : "actions"} carried`
    : "Reading what is left to carry…";
  return (
    <Field label="Roll-over in progress" hint="Keep this page open until it finishes.">
      <ProgressBar
        value={known && total > 0 ? done : undefined}
        max={known && total > 0 ? total : undefined}
        aria-valuetext={words}
        thickness="large"
      />
      <Text role="status" aria-live="polite">
        {words}
      </Text>
    </Field>
  );
}

function Preview({
  plan,
  preview,
  onConfirm,
  afterRun,
}: {
  plan: Plan;
  preview: RolloverPreview;
  onConfirm: () => void;
  afterRun: boolean;
}) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  if (preview.problems.length > 0)
    return (
      <Notice intent={afterRun ? "info" : "warning"}>
        <MessageBarBody>
          <MessageBarTitle>
            {afterRun ? "No further roll-over" : `${preview.from} cannot be rolled over`}
          </MessageBarTitle>
          {preview.problems.map((p) => (
            <p key={p} className={s.heading}>
              {p}
            </p>
          ))}
        </MessageBarBody>
      </Notice>
    );

  const lines = describeRollover(preview, plan.title);
  const boards = rolloverByBoard(preview);
  const label = `Roll over to ${preview.to}`;
  return (
    <>
      <Text as="h3" size={400} weight="semibold" className={s.heading}>
        From {preview.from} to {preview.to}: what will happen
      </Text>
      <ul className={s.lines}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {boards.length === 0 ? (
        <EmptyState title={`No actions in ${preview.from}`}>
          <Text>
            The plan&apos;s boards have no actions in this year: rolling over only moves the year on.
          </Text>
        </EmptyState>
      ) : (
        <BoardTable preview={preview} />
      )}
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button appearance="primary" icon={<ArrowForward16Regular />} className={s.start}>
            {label}
          </Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>
              Roll {plan.title} over to {preview.to}?
            </DialogTitle>
            <DialogContent>
              <ul className={s.lines}>
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              <Text as="p">
                Carried actions are not moved back by the app. If it stops part way, run it again: what is
                done is skipped.
              </Text>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setOpen(false);
                  onConfirm();
                }}
              >
                {label}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>Not now</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}

function BoardTable({ preview }: { preview: RolloverPreview }) {
  const s = useStyles();
  const boards = rolloverByBoard(preview);
  const sum = (key: "carry" | "stay" | "alreadyCarried") => boards.reduce((n, b) => n + b[key], 0);
  return (
    <div className={s.tableBox}>
      <Table className={s.table} aria-label={`Roll-over from ${preview.from} to ${preview.to}, by board`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Board</TableHeaderCell>
            <TableHeaderCell className={s.number}>Carried into {preview.to}</TableHeaderCell>
            <TableHeaderCell className={s.number}>Staying in {preview.from}</TableHeaderCell>
            <TableHeaderCell className={s.number}>Already carried</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {boards.map((b) => (
            <TableRow key={b.boardId}>
              <TableCell>{b.board}</TableCell>
              <TableCell className={s.number}>{nf.format(b.carry)}</TableCell>
              <TableCell className={s.number}>{nf.format(b.stay)}</TableCell>
              <TableCell className={s.number}>{nf.format(b.alreadyCarried)}</TableCell>
            </TableRow>
          ))}
          <TableRow className={s.total}>
            <TableCell>All boards</TableCell>
            <TableCell className={s.number}>{nf.format(sum("carry"))}</TableCell>
            <TableCell className={s.number}>{nf.format(sum("stay"))}</TableCell>
            <TableCell className={s.number}>{nf.format(sum("alreadyCarried"))}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
