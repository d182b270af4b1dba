import {
  Button,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Notice } from "./Notice";
import { ArrowClockwise16Regular, LockClosed24Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { toDataError } from "../data/errors";

const useStyles = makeStyles({
  centre: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    textAlign: "center",
  },
  icon: { color: tokens.colorNeutralForeground3 },
});

export function LoadingState({ label }: { label: string }) {
  const s = useStyles();
  return (
    <div className={s.centre} role="status" aria-live="polite">
      <Spinner label={label} />
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  const s = useStyles();
  return (
    <div className={s.centre}>
      <Text as="h2" weight="semibold" size={400}>
        {title}
      </Text>
      {children}
    </div>
  );
}

/** `section`: the failure is one part of a page that has its own h1, so this heading is an h2. */
export function NoAccess({
  what,
  section = false,
  askWhom,
  explanation,
}: {
  what: string;
  section?: boolean;
  /** Who can add the person, by name and title, e.g. "Miriam Castleton (Interim Chair)". */
  askWhom?: string;
  /** Who may see it and whom to ask, when it is not a board's (e.g. the Executive's rollup). */
  explanation?: ReactNode;
}) {
  const s = useStyles();
  return (
    <div className={s.centre} role="alert">
      <LockClosed24Regular className={s.icon} aria-hidden />
      <Text as={section ? "h2" : "h1"} weight="semibold" size={section ? 400 : 500}>
        You can&apos;t see {what}
      </Text>
      {explanation ?? (
        <Text>
          Only the board&apos;s members and chair, the Trust Executive and people the partnership has given
          read access can see it. If you think you should, ask{" "}
          {askWhom ? `the board's chair, ${askWhom},` : "the board's chair"} or the partnership business unit
          to add you.
        </Text>
      )}
    </div>
  );
}

/** A failure explained in plain English, with a way to try again. Access failures get their own screen. */
export function ErrorState({
  error,
  onRetry,
  what,
  section = false,
}: {
  error: unknown;
  onRetry: () => void;
  what: string;
  section?: boolean;
}) {
  const failure = toDataError(error);
  if (failure.kind === "access") return <NoAccess what={what} section={section} />;
  return (
    <Notice intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>We couldn&apos;t load {what}.</MessageBarTitle>
        {failure.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowClockwise16Regular />} onClick={onRetry}>
          Try again
        </Button>
      </MessageBarActions>
    </Notice>
  );
}
