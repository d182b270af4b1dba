import {
  Button,
  Link,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import { isOpen } from "../../domain/actions";
import { canKeepPlan } from "../../domain/planEditing";
import type { Action } from "../../domain/types";
import { Notice } from "../../ui/Notice";
import { useBoardPeople, useViewer } from "../queries";
import { AddActionDialog } from "./AddActionDialog";
import { CloseDialog, EditDetailsDialog, MoveDialog, ReassignDialog, ReopenDialog } from "./ChangeDialogs";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  flagged: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    paddingInlineStart: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  flag: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * Whether the signed-in person keeps this board's plan (its group's owners, plan administrators).
 * Only a hint for what to show: SharePoint's board folder permissions decide what a write may do.
 */
export function useCanKeepPlan(board: { groupId: string }): boolean {
  const { roles } = useServices();
  const viewer = useViewer();
  return canKeepPlan(viewer.data, board, roles.administratorsGroupId);
}

/** What the last change saved, announced politely; focus comes here when the button that opened it has gone. */
export function SavedNotice({
  message,
  focusKey,
  link,
  onDismiss,
}: {
  message: string | null;
  /** Changes when focus should move to the message. */
  focusKey: number;
  link?: { href: string; label: string };
  onDismiss: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After the dialog has given focus back (to a button that may no longer be there).
    if (focusKey > 0) {
      const t = setTimeout(() => ref.current?.focus(), 50);
      return () => clearTimeout(t);
    }
    return undefined;
  }, [focusKey]);
  return (
    <div role="status" aria-live="polite">
      {message && (
        <div ref={ref} tabIndex={-1}>
          <Notice intent="success">
            <MessageBarBody>
              {message} It is in the action&apos;s history.
              {link && (
                <>
                  {" "}
                  <Link href={link.href}>{link.label}</Link>
                </>
              )}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onDismiss}>Dismiss</Button>
            </MessageBarActions>
          </Notice>
        </div>
      )}
    </div>
  );
}

/** The chair's tools on an action's page: reassign, edit, close or reopen, move. */
export function ActionChairTools({ action, home }: { action: Action; home: BoardHomeData }) {
  const s = useStyles();
  const canKeep = useCanKeepPlan(home.board);
  const people = useBoardPeople(home.board.groupId);
  const [saved, setSaved] = useState<{ message: string; focus: number } | null>(null);
  if (!canKeep) return null;
  const noun = home.plan?.programmeNoun || "programme";
  const onSaved = (message: string, after: Action): void =>
    // Closing or reopening swaps the button that was pressed: focus then goes to the message.
    setSaved((prev) => ({
      message,
      focus: isOpen(after) !== isOpen(action) ? (prev?.focus ?? 0) + 1 : (prev?.focus ?? 0),
    }));
  const props = { action, home, people: people.data, onSaved };
  return (
    <section aria-labelledby="keep-plan-heading" className={s.section}>
      <Text as="h2" id="keep-plan-heading" size={500} weight="semibold">
        Keep the plan
      </Text>
      <Text className={s.muted}>
        As the board&apos;s chair you can change who owns this action, its details, whether it is open, and
        its {noun}. Every change goes into its history.
      </Text>
      <SavedNotice
        message={saved?.message ?? null}
        focusKey={saved?.focus ?? 0}
        onDismiss={() => setSaved(null)}
      />
      <div className={s.buttons}>
        <ReassignDialog {...props} />
        <EditDetailsDialog {...props} />
        {isOpen(action) ? <CloseDialog {...props} /> : <ReopenDialog {...props} />}
        {home.programmes.some((p) => p.id !== action.programmeId) && <MoveDialog {...props} />}
      </div>
    </section>
  );
}

/** The board home's "Add an action" button, for the chair. */
export function AddActionTool({
  home,
  onSaved,
}: {
  home: BoardHomeData;
  onSaved: (message: string, action: Action) => void;
}) {
  const canKeep = useCanKeepPlan(home.board);
  const people = useBoardPeople(home.board.groupId);
  const plan = home.plan;
  if (!canKeep || !plan || home.programmes.length === 0) return null;
  return <AddActionDialog home={{ ...home, plan }} people={people.data} onSaved={onSaved} />;
}

/** Inside the owner warning: each flagged action with a way to reassign it there and then. */
export function FlaggedActions({
  flagged,
  home,
  onSaved,
}: {
  flagged: { action: Action; why: string }[];
  home: BoardHomeData;
  onSaved: (message: string, action: Action) => void;
}) {
  const s = useStyles();
  const canKeep = useCanKeepPlan(home.board);
  const people = useBoardPeople(home.board.groupId);
  if (!canKeep || flagged.length === 0) return null;
  return (
    <ul className={s.flagged} aria-label="Actions to reassign">
      {flagged.map(({ action, why }) => (
        <li key={action.id} className={s.flag}>
          <Link href={hrefFor({ name: "action", boardId: home.board.id, actionId: action.id })}>
            {action.ref ? `${action.ref} ` : ""}
            {action.title}
          </Link>
          <span>({why})</span>
          <ReassignDialog
            action={action}
            home={home}
            people={people.data}
            onSaved={onSaved}
            triggerAriaLabel={`Reassign ${action.ref ? `${action.ref} ` : ""}${action.title}`}
          />
        </li>
      ))}
    </ul>
  );
}
