import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { LoadingState } from "../../ui/StateViews";
import { themes, type ThemeName } from "../theme";
import type { SignInAction, SignInProblem } from "./problems";
import { REDIRECTING, type SignInSession } from "./session";
import { SignInCard } from "./SignInCard";

const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

type GateState =
  | { status: "checking"; label: string }
  | { status: "problem"; problem: SignInProblem; busy: boolean }
  | { status: "ready" };

/**
 * Signs the person in before the app renders (a Graph token first), so a failure is one page that
 * says what to do, not a page of views that each fail. The app renders only once signed in.
 */
export function SignInGate({
  session,
  theme,
  children,
  onProblemShown,
}: {
  session: SignInSession;
  theme: ThemeName;
  children: ReactNode;
  /** Inside Teams: tell the host the tab has loaded, or it shows its own failure after a while. */
  onProblemShown?: () => void;
}) {
  const s = useStyles();
  const [state, setState] = useState<GateState>({ status: "checking", label: "Signing you in…" });
  useEffect(() => {
    let live = true;
    void session.start().then((problem) => {
      if (live) setState(problem ? { status: "problem", problem, busy: false } : { status: "ready" });
    });
    return () => {
      live = false;
    };
  }, [session]);
  const showing = state.status === "problem";
  useEffect(() => {
    if (showing) onProblemShown?.();
  }, [showing, onProblemShown]);

  if (state.status === "ready") return <>{children}</>;

  const act = async (action: SignInAction): Promise<void> => {
    if (state.status !== "problem" || action.kind === "openInBrowser") return;
    setState({ ...state, busy: true });
    const outcome =
      action.kind === "retry" ? await session.retry() : await session.signIn({ keepPage: false });
    if (outcome === REDIRECTING)
      setState({ status: "checking", label: "Taking you to Microsoft to sign in…" });
    else setState(outcome ? { status: "problem", problem: outcome, busy: false } : { status: "ready" });
  };

  return (
    <FluentProvider theme={themes[theme]}>
      <main className={s.page}>
        {state.status === "checking" ? (
          <LoadingState label={state.label} />
        ) : (
          <SignInCard problem={state.problem} busy={state.busy} onAction={(a) => void act(a)} />
        )}
      </main>
    </FluentProvider>
  );
}
