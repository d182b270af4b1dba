import { app, FrameContexts, meeting, pages } from "@microsoft/teams-js";

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
  /**
   * The frame Teams shows the page in (teams-js FrameContexts): "content" for a tab, "settings" for
   * its configuration page, "sidePanel" for a meeting's side panel, "meetingStage" for its stage.
   */
  frameContext: string | null;
  /**
   * The sub-page a deep link asked for (its context's subEntityId, e.g. the reminder's
   * "board/7?owner=someone@example.org"), or null. Untrusted: anyone can write a deep link.
   */
  subPageId: string | null;
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
      subPageId: ctx.page.subPageId?.trim() || null,
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

/** Where Teams shows the app, by its frame context: a meeting's side panel, its stage, or a tab. */
export function surfaceOf(frameContext: string | null): "tab" | "sidePanel" | "stage" {
  return frameContext === "sidePanel" ? "sidePanel" : frameContext === "meetingStage" ? "stage" : "tab";
}

export interface StageSharing {
  /** Shares a page of the app (an address on the app's own domain) to the meeting's stage for everyone. */
  share(url: string): Promise<void>;
}

/**
 * Sharing to the meeting stage, when this Teams client can and the app may: null otherwise (an old
 * client, a plain tab, or a user who is not a presenter). The manifest gives the tab the
 * meetingSidePanel and meetingStage contexts and the RSC permissions MeetingStage.Write.Chat and
 * ChannelMeetingStage.Write.Group that shareAppContentToStage requires
 * (https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage).
 */
export async function stageSharing(): Promise<StageSharing | null> {
  // teams-js 2.x has no meeting.isSupported(): the meeting APIs exist once Teams is initialised in a
  // meeting's side panel or stage, and the capability call below says whether this app may share.
  const frame = app.isInitialized() ? app.getFrameContext() : undefined;
  if (frame !== FrameContexts.sidePanel && frame !== FrameContexts.meetingStage) return null;
  const allowed = await new Promise<boolean>((resolve) => {
    try {
      meeting.getAppContentStageSharingCapabilities((error, caps) =>
        resolve(!error && caps?.doesAppHaveSharePermission === true),
      );
    } catch {
      // Thrown outside the side panel and the stage, or without the RSC permission.
      resolve(false);
    }
  });
  if (!allowed) return null;
  return {
    share: (url) =>
      new Promise<void>((resolve, reject) => {
        meeting.shareAppContentToStage((error, ok) => {
          if (error || !ok)
            reject(new Error(error?.message ?? "Teams did not share the page to the meeting stage."));
          else resolve();
        }, url);
      }),
  };
}
