import { EMULATED_TEAMS_APP_ID } from "../src/app/config";
import { render } from "@testing-library/react";
import { App } from "../src/app/App";
import type { Services } from "../src/app/services";
import { fixedTokenProvider } from "../src/app/tokens";
import { createGraph } from "../src/data/graph/client";
import { createSp } from "../src/data/sharepoint/sp";
import { GRAPH_BASE, persona, SITE_URL, TEST_NOW, tenant, type PersonaRole } from "./tenant/testTenant";

/** jsdom has no matchMedia; the app asks it whether the screen is phone-sized. */
function installMatchMedia(width: number): void {
  window.matchMedia = (query: string) => {
    const max = /max-width:\s*(\d+)px/.exec(query);
    const matches = max ? width <= Number(max[1]) : false;
    return {
      matches,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    };
  };
}

/** jsdom has no ResizeObserver; Fluent's MessageBar observes its own width to reflow. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** What a browser has and jsdom lacks, for a screen `width` pixels wide. */
export function installDomShims(width = 1280): void {
  installMatchMedia(width);
  window.ResizeObserver ??= NoResizeObserver;
}

export function servicesFor(role: PersonaRole): Services {
  const tokens = fixedTokenProvider(persona(role).token);
  return {
    sp: createSp(SITE_URL, tokens),
    graph: createGraph(GRAPH_BASE, tokens),
    siteUrl: SITE_URL,
    roles: tenant.state.roles,
    teamsAppId: EMULATED_TEAMS_APP_ID,
    now: () => TEST_NOW,
  };
}

/** Renders the whole app at a route as one of the demo personas, talking to the emulated tenant over msw. */
export function renderApp(role: PersonaRole, hash: string, options: { width?: number } = {}) {
  installDomShims(options.width ?? 1280);
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.location.hash = hash;
  return render(<App services={servicesFor(role)} theme="default" />);
}

/** The id of a seeded action by its reference on a board folder. */
export function actionIdByRef(ref: string, folder = "early-help"): number {
  const item = tenant.state.lists["TB Actions"]?.items.find(
    (i) => i.fields["TBRef"] === ref && i.folder === folder,
  );
  if (!item) throw new Error(`No action ${ref} in ${folder}`);
  return item.Id;
}

export function boardIdByFolder(folder: string): number {
  const item = tenant.state.lists["TB Boards"]?.items.find((i) => i.fields["TBFolder"] === folder);
  if (!item) throw new Error(`No board ${folder}`);
  return item.Id;
}
