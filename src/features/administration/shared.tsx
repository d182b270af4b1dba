import {
  Button,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Plan } from "../../domain/types";
import { Notice } from "../../ui/Notice";
import { tableStyles } from "../../ui/tableStyles";
import type { AdminProblem } from "./queries";

/** The administration area's layout: one column of sections; forms stack their fields, so 320 px fits. */
export const useAdminStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  h2: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "break-word",
  },
  h3: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "break-word",
  },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  text: { margin: 0, overflowWrap: "break-word" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  // A form in the page (not a dialog): a panel with its own heading, fields one above the other.
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    maxWidth: "44rem",
    minWidth: 0,
    boxSizing: "border-box",
    "@media (max-width: 480px)": { padding: tokens.spacingHorizontalS },
  },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 12rem), 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  ...tableStyles,
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Why the last save failed, with Try again (or Reload, after a clash); focus moves to it. */
export function ProblemNotice({
  problem,
  onRetry,
  onReload,
}: {
  problem: AdminProblem | null;
  onRetry?: () => void;
  onReload?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  return (
    <div ref={ref} tabIndex={-1}>
      <Notice intent={problem.kind === "conflict" ? "warning" : "error"} role="alert">
        <MessageBarBody>
          <MessageBarTitle>{problem.title}</MessageBarTitle>
          {problem.text}
        </MessageBarBody>
        {((problem.retry && onRetry) || (problem.reload && onReload)) && (
          <MessageBarActions>
            {problem.retry && onRetry && <Button onClick={onRetry}>Try again</Button>}
            {problem.reload && onReload && <Button onClick={onReload}>Reload</Button>}
          </MessageBarActions>
        )}
      </Notice>
    </div>
  );
}

/** Shown at the top of every section of an archived plan, whose edit controls are gone. */
export function ArchivedNotice({ plan }: { plan: Plan }) {
  return (
    <Notice intent="info">
      <MessageBarBody>
        <MessageBarTitle>{plan.title} is archived: read-only.</MessageBarTitle>
        It stays readable everywhere — board pages, the rollup and exports — but nothing in it can be changed
        any more.
      </MessageBarBody>
    </Notice>
  );
}

/** A whole number typed in a field, or NaN (which the rules refuse in words). */
export const wholeNumber = (text: string): number => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : NaN);

/** "priority" → "priorities", "improvement programme" → "improvement programmes". */
export { pluralNoun as plural } from "../../domain/programmeWords";

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Focuses the first field that is wrong after a submit with errors (bump `tick` on each such submit). */
export function useFocusFirstInvalid(tick: number) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (tick === 0) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [tick]);
  return ref;
}

/** Moves focus to a form's heading when it opens, so a screen reader hears where it is. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
