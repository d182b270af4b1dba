import {
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useQueryClient } from "@tanstack/react-query";
import { useState, useSyncExternalStore } from "react";
import { Notice } from "../../ui/Notice";
import type { SignInAction } from "./problems";
import type { SignInSession } from "./session";
import { ProblemIds, SignInActionButton } from "./SignInCard";

const useStyles = makeStyles({
  ids: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * A sign-in problem met mid-session (a query or a save whose token failed): says it is a sign-in
 * problem and offers the way forward. Signing in again happens in a popup, never by reloading the
 * page, so what the person typed stays; the views that failed then load again by themselves.
 */
export function SignInBanner({ session }: { session: SignInSession }) {
  const s = useStyles();
  const problem = useSyncExternalStore(session.subscribe, session.problem);
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [signedInAgain, setSignedInAgain] = useState(false);

  const act = async (action: SignInAction): Promise<void> => {
    if (action.kind === "openInBrowser") return;
    setBusy(true);
    const outcome =
      action.kind === "retry" ? await session.retry() : await session.signIn({ keepPage: true });
    setBusy(false);
    if (outcome !== null) return;
    setSignedInAgain(true);
    await client.refetchQueries({ predicate: (q) => q.state.status === "error" });
  };

  return (
    <div aria-live="polite">
      {problem ? (
        <Notice intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{problem.title}.</MessageBarTitle> {problem.message}
            <ProblemIds problem={problem} className={s.ids} />
          </MessageBarBody>
          <MessageBarActions>
            <SignInActionButton action={problem.action} primary busy={busy} onAction={(a) => void act(a)} />
            {problem.secondary && (
              <SignInActionButton
                action={problem.secondary}
                primary={false}
                busy={busy}
                onAction={(a) => void act(a)}
              />
            )}
            {busy && <Spinner size="tiny" label="Signing you in…" />}
          </MessageBarActions>
        </Notice>
      ) : (
        signedInAgain && (
          <Notice intent="success">
            <MessageBarBody>
              You&apos;re signed in again. Anything you typed is still here: select Try again where something
              wasn&apos;t saved.
            </MessageBarBody>
          </Notice>
        )
      )}
    </div>
  );
}
