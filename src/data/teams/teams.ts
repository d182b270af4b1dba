import { app, pages } from "@microsoft/teams-js";

/** What the app needs from the Teams host; everything teams-js lives behind this file. */
export type TeamsTheme = "default" | "dark" | "contrast";

export interface TeamsHost {
  kind: "teams";
  theme: TeamsTheme;
  groupId: string | null;
  channelName: string | null;
  userPrincipalName: string | null;
  tenantId: string | null;
  entityId: string | null;
  frameContext: string | null;
}

export type Host = TeamsHost | { kind: "browser" };

const normaliseTheme = (t: string | undefined): TeamsTheme =>
  t === "dark" || t === "contrast" ? t : "default";

/**
 * In a top-level window teams-js rejects at once; in a foreign iframe it would
 * hang for 60 s, so we also require the ?inTeams=1 flag the manifest's URLs carry
 * and give up after 5 s.
 */
export async function detectHost(location: Location = window.location): Promise<Host> {
  const standalone = window.self === window.top && !window.opener;
  if (standalone || new URLSearchParams(location.search).get("inTeams") !== "1") return { kind: "browser" };
  const timeout = new Promise<Host>((resolve) => setTimeout(() => resolve({ kind: "browser" }), 5000));
  const teams = (async (): Promise<Host> => {
    await app.initialize();
    const ctx = await app.getContext();
    return {
      kind: "teams",
      theme: normaliseTheme(ctx.app.theme),
      groupId: ctx.team?.groupId ?? null,
      channelName: ctx.channel?.displayName ?? null,
      userPrincipalName: ctx.user?.userPrincipalName ?? null,
      tenantId: ctx.user?.tenant?.id ?? null,
      entityId: ctx.page.id ?? null,
      frameContext: ctx.page.frameContext ?? null,
    };
  })().catch((): Host => ({ kind: "browser" }));
  return Promise.race([teams, timeout]);
}

export function onTeamsThemeChange(handler: (theme: TeamsTheme) => void): void {
  app.registerOnThemeChangeHandler((t) => handler(normaliseTheme(t)));
}

/** Tells Teams the first meaningful screen is up, so it hides its loading indicator. */
export function notifyLoaded(): void {
  void app.notifySuccess();
}

export function notifyStartupFailed(message: string): void {
  app.notifyFailure({ reason: app.FailedReason.Other, message });
}

/** The configurable tab's setup page: binds the tab to one board. */
export function registerTabConfig(
  getChoice: () => { boardId: number; boardTitle: string } | null,
  origin: string,
): void {
  pages.config.registerOnSaveHandler((event) => {
    const choice = getChoice();
    if (!choice) {
      event.notifyFailure("Choose a board first.");
      return;
    }
    pages.config
      .setConfig({
        entityId: `board-${choice.boardId}`,
        suggestedDisplayName: choice.boardTitle,
        contentUrl: `${origin}/?inTeams=1#/board/${choice.boardId}`,
        websiteUrl: `${origin}/#/board/${choice.boardId}`,
      })
      .then(() => event.notifySuccess())
      .catch((e: unknown) => event.notifyFailure(String(e)));
  });
}

export function setTabConfigValid(valid: boolean): void {
  pages.config.setValidityState(valid);
}
