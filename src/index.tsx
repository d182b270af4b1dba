// First: switches zod's eval probe off before any schema is made (the CSP has no 'unsafe-eval').
import "./app/strictCsp";
import { createRoot } from "react-dom/client";
import { StrictMode } from "react";
import { App, type Workbench } from "./app/App";
import { hrefFor, parseRoute } from "./app/route";
import { readConfig } from "./app/config";
import { isAuthResponse, msalSignIn, relayAuthResponse } from "./app/msalTokens";
import { SignInGate } from "./app/signIn/SignInGate";
import type { SignInSession } from "./app/signIn/session";
import { isThemeName, type ThemeName } from "./app/theme";
import { fixedTokenProvider, type TokenProvider } from "./app/tokens";
import type { Services } from "./app/services";
import { createGraph } from "./data/graph/client";
import { createSp } from "./data/sharepoint/sp";
import type { Host } from "./data/teams/teams";
import type { Surface } from "./features/meetings/MeetingPage";
import { surfaceInUrl, type WorkbenchPersona } from "./features/workbench/WorkbenchBar";

interface PersonaList {
  personas: (WorkbenchPersona & { token: string })[];
  roles: Services["roles"];
  /** Where the emulated SharePoint and Graph answer: other origins than the app's, as in production. */
  endpoints: { siteUrl: string; graphBaseUrl: string };
}

const PERSONA_KEY = "tb.persona";
const THEME_KEY = "tb.theme";

/** The emulated tenant's people; each browser tab remembers whom it acts as. */
async function loadPersonas(): Promise<{ list: PersonaList; current: PersonaList["personas"][number] }> {
  const res = await fetch("/__tenant/personas");
  if (!res.ok) throw new Error(`The emulated tenant did not answer (${res.status}).`);
  const list = (await res.json()) as PersonaList;
  const asked = new URLSearchParams(window.location.search).get("as");
  if (asked) window.sessionStorage.setItem(PERSONA_KEY, asked);
  const role = window.sessionStorage.getItem(PERSONA_KEY) ?? "member";
  const current = list.personas.find((p) => p.role === role) ?? list.personas[0];
  if (!current) throw new Error("The emulated tenant has no personas.");
  return { list, current };
}

function initialTheme(host: Host): ThemeName {
  if (host.kind === "teams") return host.theme;
  const asked =
    new URLSearchParams(window.location.search).get("theme") ?? window.localStorage.getItem(THEME_KEY);
  return isThemeName(asked) ? asked : "default";
}

/** teams-js is only downloaded inside Teams: in a browser it has nothing to talk to (and pings a CDN on import). */
const inTeamsFrame = (): boolean =>
  new URLSearchParams(window.location.search).get("inTeams") === "1" && window.self !== window.top;
/**
 * A Teams deep link's sub-page (the reminder's "board/7?owner=…") becomes the page's hash, so the
 * tab opens there. Only a place the app knows is followed: the sub-page is anyone's text.
 */
function followDeepLink(subPageId: string | null): void {
  if (!subPageId) return;
  const route = parseRoute(subPageId);
  if (route.name === "home") return;
  // replaceState, not navigate(): wouter's navigate puts a "?query" in the page's search, not the hash.
  window.history.replaceState(window.history.state, "", hrefFor(route));
}

const teamsAdapter = () => import(/* webpackChunkName: "teams" */ "./data/teams/teams");

async function boot(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  let config = readConfig();
  if (!config.emulated && isAuthResponse(window.location)) {
    // Entra's answer to a sign-in (in a popup, a hidden frame or after a redirect): hand it on.
    container.textContent = "Signing you in…";
    await relayAuthResponse();
    return;
  }
  const root = createRoot(container);
  const teams = inTeamsFrame() ? await teamsAdapter() : null;
  const host: Host = teams ? await teams.detectHost() : { kind: "browser" };
  if (host.kind === "teams" && host.frameContext !== "settings") followDeepLink(host.subPageId);
  let tokens: TokenProvider;
  let signIn: SignInSession | undefined;
  let roles = config.roles;
  let personas: Awaited<ReturnType<typeof loadPersonas>> | null = null;
  if (config.emulated) {
    personas = await loadPersonas();
    config = { ...config, ...personas.list.endpoints };
    tokens = fixedTokenProvider(personas.current.token);
    roles = personas.list.roles;
  } else {
    signIn = msalSignIn({
      host: host.kind,
      clientId: config.clientId,
      tenantId: host.kind === "teams" ? (host.tenantId ?? config.tenantId) : config.tenantId,
      loginHint: host.kind === "teams" ? host.userPrincipalName : null,
    });
    tokens = signIn;
  }
  const services: Services = {
    sp: createSp(config.siteUrl, tokens),
    graph: createGraph(config.graphBaseUrl, tokens),
    siteUrl: config.siteUrl,
    teamsAppId: config.teamsAppId,
    roles,
    now: () => new Date(),
  };

  // In Teams, the frame it shows us in; in the workbench, ?surface=sidePanel or ?surface=stage emulates one.
  const surface: Surface =
    teams && host.kind === "teams"
      ? teams.surfaceOf(host.frameContext)
      : config.emulated
        ? surfaceInUrl(window.location.search)
        : "tab";
  let theme = initialTheme(host);
  const render = (): void => {
    const workbench: Workbench | undefined =
      personas && host.kind === "browser"
        ? {
            personas: personas.list.personas,
            current: personas.current,
            onPersona: (role) => {
              window.sessionStorage.setItem(PERSONA_KEY, role);
              const url = new URL(window.location.href);
              url.searchParams.delete("as");
              window.location.replace(url.href);
            },
            onTheme: (t) => {
              theme = t;
              window.localStorage.setItem(THEME_KEY, t);
              render();
            },
            onReset: () => {
              void fetch("/__tenant/reset", { method: "POST" }).then(() => window.location.reload());
            },
          }
        : undefined;
    const tabConfig =
      teams && host.kind === "teams" && host.frameContext === "settings"
        ? {
            groupId: host.groupId,
            register: (get: Parameters<typeof teams.registerTabConfig>[0]) =>
              teams.registerTabConfig(get, window.location.origin),
            setValid: teams.setTabConfigValid,
          }
        : undefined;
    const onFirstRender = teams && host.kind === "teams" ? teams.notifyLoaded : undefined;
    const app = (
      <App
        services={services}
        theme={theme}
        workbench={workbench}
        tabConfig={tabConfig}
        surface={surface}
        onFirstRender={onFirstRender}
        signIn={signIn}
      />
    );
    // A real tenant signs in before the app renders; a sign-in problem is then one page with its way forward.
    root.render(
      <StrictMode>
        {signIn ? (
          <SignInGate session={signIn} theme={theme} onProblemShown={onFirstRender}>
            {app}
          </SignInGate>
        ) : (
          app
        )}
      </StrictMode>,
    );
  };
  if (teams && host.kind === "teams") {
    teams.onTeamsThemeChange((t) => {
      theme = t;
      render();
    });
  }
  render();
}

boot().catch((e: unknown) => {
  const message = e instanceof Error ? e.message : String(e);
  if (inTeamsFrame()) void teamsAdapter().then((t) => t.notifyStartupFailed(message));
  const container = document.getElementById("root");
  if (container) {
    container.textContent = "";
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.textContent = `Trust Boards could not start: ${message}`;
    container.appendChild(p);
  }
});
