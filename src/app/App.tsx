import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useState } from "react";
import { BoardHome } from "../features/board-home/BoardHome";
import { Home } from "../features/home/Home";
import type { Surface } from "../features/meetings/MeetingPage";
import { MyActions } from "../features/my-actions/MyActions";
import { TabConfig, type TabConfigHost } from "../features/tab-config/TabConfig";
import { WorkbenchBar, type WorkbenchPersona } from "../features/workbench/WorkbenchBar";
import { RetryBanner } from "../ui/RetryBanner";
import { SignInBanner } from "./signIn/SignInBanner";
import type { SignInSession } from "./signIn/session";
import { LoadingState } from "../ui/StateViews";
import { useRoute } from "./route";
import { ServicesProvider, type Services } from "./services";
import { themes, type ThemeName } from "./theme";
import { toDataError } from "../data/errors";

const useStyles = makeStyles({
  // On an inner element, not the provider: Fluent copies the provider's classes onto every popup's
  // portal, where a full-height background painted a grey layer over the page whenever a menu,
  // dialog or calendar opened.
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    boxSizing: "border-box",
    maxWidth: "80rem",
    marginInline: "auto",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    "@media (max-width: 480px)": { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
  },
  skip: {
    position: "absolute",
    left: "-10000px",
    ":focus": {
      left: tokens.spacingHorizontalS,
      top: tokens.spacingVerticalS,
      zIndex: 10,
      padding: tokens.spacingHorizontalS,
      backgroundColor: tokens.colorNeutralBackground1,
      // The theme's link colour: the browser's default blue is unreadable on the high-contrast black.
      color: tokens.colorBrandForegroundLink,
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

export interface Workbench {
  personas: WorkbenchPersona[];
  current: WorkbenchPersona;
  onPersona: (role: string) => void;
  onTheme: (theme: ThemeName) => void;
  onReset: () => void;
}

export interface AppProps {
  services: Services;
  theme: ThemeName;
  workbench?: Workbench;
  tabConfig?: TabConfigHost;
  /**
   * Where Teams shows the app: the channel tab (default), a meeting's side panel or its stage. In a
   * meeting, a board's tab opens on the board's meeting that is on now.
   */
  surface?: Surface;
  onFirstRender?: () => void;
  /** A real tenant's sign-in: a token that fails mid-session shows here, with "Sign in again". */
  signIn?: SignInSession;
}

/** Meetings arrive as their own chunk when first opened: most visits are to the action plan. */
const MeetingsArea = lazy(
  () => import(/* webpackChunkName: "meetings" */ "../features/meetings/MeetingsArea"),
);

/** An action's page (its history, the update form, the chair's editing) arrives when first opened. */
const ActionDetail = lazy(() =>
  import(/* webpackChunkName: "action" */ "../features/action-detail/ActionDetail").then((m) => ({
    default: m.ActionDetail,
  })),
);

/** The quarter's work (risks, measures, highlight reports) and the Executive's rollup: chunks of their own. */
const RisksPage = lazy(() => import(/* webpackChunkName: "risks" */ "../features/risks/RisksPage"));
const MeasuresPage = lazy(
  () => import(/* webpackChunkName: "measures" */ "../features/measures/MeasuresPage"),
);
const ReportsArea = lazy(() => import(/* webpackChunkName: "reports" */ "../features/reports/ReportsArea"));
const RollupArea = lazy(() => import(/* webpackChunkName: "rollup" */ "../features/rollup/RollupArea"));
/** Administration is a few people's work a few times a year: its own chunk. */
const AdminArea = lazy(() => import(/* webpackChunkName: "admin" */ "../features/administration/AdminArea"));

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Our fetch layer already retries throttling; a 403 or 404 will not change on a second try.
        retry: (count, error) =>
          count < 1 && !["access", "notFound", "invalid", "threshold"].includes(toDataError(error).kind),
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function App({
  services,
  theme,
  workbench,
  tabConfig,
  surface = "tab",
  onFirstRender,
  signIn,
}: AppProps) {
  const s = useStyles();
  const [queryClient] = useState(createQueryClient);
  const route = useRoute();
  useEffect(() => onFirstRender?.(), [onFirstRender]);
  return (
    <FluentProvider theme={themes[theme]}>
      <div className={s.root}>
        <QueryClientProvider client={queryClient}>
          <ServicesProvider services={services}>
            <a
              href="#main"
              className={s.skip}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById("main")?.focus();
              }}
            >
              Skip to content
            </a>
            {workbench && <WorkbenchBar {...workbench} theme={theme} />}
            <RetryBanner />
            {signIn && <SignInBanner session={signIn} />}
            <main id="main" tabIndex={-1} className={s.main}>
              {tabConfig || route.name === "config" ? (
                <TabConfig
                  host={tabConfig ?? { groupId: null, register: () => undefined, setValid: () => undefined }}
                />
              ) : (route.name === "board" && surface !== "tab") ||
                route.name === "meetings" ||
                route.name === "meeting" ||
                route.name === "decisions" ? (
                <Suspense fallback={<LoadingState label="Loading meetings…" />}>
                  <MeetingsArea route={route} surface={surface} />
                </Suspense>
              ) : route.name === "risks" ? (
                <Suspense fallback={<LoadingState label="Loading risks…" />}>
                  <RisksPage key={route.boardId} boardId={route.boardId} />
                </Suspense>
              ) : route.name === "measures" ? (
                <Suspense fallback={<LoadingState label="Loading measures…" />}>
                  <MeasuresPage key={route.boardId} boardId={route.boardId} />
                </Suspense>
              ) : route.name === "reports" ? (
                <Suspense fallback={<LoadingState label="Loading highlight reports…" />}>
                  <ReportsArea route={route} />
                </Suspense>
              ) : route.name === "rollup" ? (
                <Suspense fallback={<LoadingState label="Loading the rollup…" />}>
                  <RollupArea route={route} />
                </Suspense>
              ) : route.name === "admin" ? (
                <Suspense fallback={<LoadingState label="Loading administration…" />}>
                  <AdminArea route={route} />
                </Suspense>
              ) : route.name === "board" ? (
                <BoardHome key={route.boardId} boardId={route.boardId} />
              ) : route.name === "action" ? (
                <Suspense fallback={<LoadingState label="Loading the action…" />}>
                  <ActionDetail key={route.actionId} boardId={route.boardId} actionId={route.actionId} />
                </Suspense>
              ) : route.name === "my-actions" ? (
                <MyActions />
              ) : (
                <Home />
              )}
            </main>
          </ServicesProvider>
        </QueryClientProvider>
      </div>
    </FluentProvider>
  );
}
