import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwise16Regular, Open16Regular, PersonLock24Regular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import type { SignInAction, SignInProblem } from "./problems";

const useStyles = makeStyles({
  card: {
    boxSizing: "border-box",
    maxWidth: "36rem",
    marginInline: "auto",
    marginBlockStart: tokens.spacingVerticalXXXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    overflowWrap: "anywhere",
    "@media (max-width: 480px)": { marginBlockStart: tokens.spacingVerticalL },
  },
  icon: { color: tokens.colorNeutralForeground3 },
  heading: { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  ids: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** The button for an action: a link out of Teams, or a click that signs in or tries again. */
export function SignInActionButton({
  action,
  primary,
  busy,
  onAction,
}: {
  action: SignInAction;
  primary: boolean;
  busy: boolean;
  onAction: (action: SignInAction) => void;
}) {
  const appearance = primary ? "primary" : "secondary";
  if (action.kind === "openInBrowser") {
    return (
      <Button
        as="a"
        href={action.href}
        target="_blank"
        rel="noopener noreferrer"
        appearance={appearance}
        icon={<Open16Regular />}
      >
        {action.label}
      </Button>
    );
  }
  return (
    <Button
      appearance={appearance}
      // Stays focusable while busy, so a keyboard user's focus isn't thrown back to the page.
      disabledFocusable={busy}
      icon={action.kind === "retry" ? <ArrowClockwise16Regular /> : undefined}
      onClick={() => onAction(action)}
    >
      {action.label}
    </Button>
  );
}

/** Error code and correlation ID, for the person to quote to their IT service desk. */
export function ProblemIds({ problem, className }: { problem: SignInProblem; className?: string }) {
  if (!problem.code && !problem.correlationId) return null;
  return (
    <Text as="p" size={200} className={className}>
      {problem.code && <>Error code: {problem.code}</>}
      {problem.code && problem.correlationId && " · "}
      {problem.correlationId && <>Correlation ID: {problem.correlationId}</>}
    </Text>
  );
}

/**
 * The whole page when the app can't sign the person in at start: what happened, why, and one clear
 * button. Focus moves to the heading, so a screen reader reads it at once.
 */
export function SignInCard({
  problem,
  busy,
  onAction,
}: {
  problem: SignInProblem;
  busy: boolean;
  onAction: (action: SignInAction) => void;
}) {
  const s = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [problem]);
  return (
    <section className={s.card} aria-labelledby="sign-in-heading" aria-busy={busy}>
      <PersonLock24Regular className={s.icon} aria-hidden />
      <Text
        as="h1"
        id="sign-in-heading"
        size={500}
        weight="semibold"
        ref={heading}
        tabIndex={-1}
        className={s.heading}
      >
        {problem.title}
      </Text>
      <Text as="p">{problem.message}</Text>
      <ProblemIds problem={problem} className={s.ids} />
      <div className={s.actions}>
        <SignInActionButton action={problem.action} primary busy={busy} onAction={onAction} />
        {problem.secondary && (
          <SignInActionButton action={problem.secondary} primary={false} busy={busy} onAction={onAction} />
        )}
        {busy && <Spinner size="tiny" label="Signing you in…" />}
      </div>
    </section>
  );
}
