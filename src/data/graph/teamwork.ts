import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";

/*
 * Reminders before a board meeting: a Teams activity-feed notification, not an @mention in the
 * board's channel.
 *
 * - It is private. "Who has not updated" names people whose actions are late; a channel message would
 *   chase them in front of the whole board, an activity notification reaches only them.
 * - It deep-links to the person's actions on that board in the tab (topic.webUrl), and Teams shows it
 *   in the Activity feed with a banner and the desktop/mobile notification, as the platform intends
 *   for reminders ("Send activity feed notifications to users in Microsoft Teams", use cases:
 *   Reminders — https://learn.microsoft.com/graph/teams-send-activityfeednotifications).
 * - Its text is a template declared in the app package (appPackage/manifest.json
 *   `activities.activityTypes`, "actionUpdateReminder"), so every reminder reads the same and users
 *   can turn this one kind of notification off in Teams' settings without muting the app.
 *
 * What it needs: delegated TeamsActivity.Send
 * (https://learn.microsoft.com/graph/api/team-sendactivitynotification), the activity type in the
 * manifest, and the app installed for the recipient — it is, as the board's channel tab is installed in
 * the board's team, so we send in the team's scope (POST /teams/{id}/sendActivityNotification) and only
 * to the team's members and owners. A chair cannot remind themselves (Graph refuses it).
 *
 * Channel messages that @mention people (ChannelMessage.Send) are for what the whole board should see:
 * the circulated agenda and the published minutes. Both use `postChannelMessage` below.
 */

/** The activity type declared in appPackage/manifest.json for reminders; keep the two in step. */
export const REMINDER_ACTIVITY_TYPE = "actionUpdateReminder";

/** HTML the app built itself: only `html` (below) makes one, so user text cannot reach a message unescaped. */
export interface SafeHtml {
  readonly __html: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const isSafe = (v: unknown): v is SafeHtml =>
  typeof v === "object" && v !== null && typeof (v as { __html?: unknown }).__html === "string";

/** What `html` accepts between its pieces. */
export type HtmlValue = string | number | SafeHtml | null | undefined | readonly HtmlValue[];

/**
 * A tagged template for message HTML: every interpolated value is escaped unless it is already
 * SafeHtml (another `html` result, or a `mention`); arrays are joined.
 * `html\`<p>${action.title}</p>\`` is safe whatever the title holds.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const piece = (v: HtmlValue): string => {
    if (v === null || v === undefined) return "";
    if (typeof v === "string" || typeof v === "number") return escapeHtml(String(v));
    if (isSafe(v)) return v.__html;
    return v.map(piece).join("");
  };
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += piece(v) + (strings[i + 1] ?? "");
  });
  return { __html: out };
}

/** A person to @mention in a channel message. */
export interface MentionedPerson {
  graphId: string;
  name: string;
}

/**
 * The `<at id="n">` element for the n-th entry of the message's `mentions` (0-based): Graph pairs each
 * mention with an at element by this id ("chatMessageMention resource type",
 * https://learn.microsoft.com/graph/api/resources/chatmessagemention).
 */
export function mention(index: number, person: MentionedPerson): SafeHtml {
  return { __html: `<at id="${index}">${escapeHtml(person.name)}</at>` };
}

const Channels = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      description: z.string().nullish(),
      membershipType: z.string().nullish(),
    }),
  ),
});

export interface TeamChannel {
  id: string;
  displayName: string;
  description: string;
  membershipType: string;
}

/** The channels of the board's team (https://learn.microsoft.com/graph/api/channel-list; Channel.ReadBasic.All). */
export async function listTeamChannels(client: Client, groupId: string): Promise<TeamChannel[]> {
  const page = Channels.parse(
    await client
      .api(`/teams/${encodeURIComponent(groupId)}/channels`)
      .select(["id", "displayName", "description", "membershipType"])
      .get(),
  );
  return page.value.map((c) => ({
    id: c.id,
    displayName: c.displayName,
    description: c.description ?? "",
    membershipType: c.membershipType ?? "standard",
  }));
}

const Message = z.object({
  id: z.string(),
  createdDateTime: z.string(),
  webUrl: z.string().nullish(),
  from: z.object({ user: z.object({ id: z.string() }).nullish() }).nullish(),
});

export interface PostedMessage {
  id: string;
  createdDateTime: string;
  webUrl: string | null;
  fromUserId: string | null;
}

/**
 * Posts HTML the app built with `html` in a channel of the board's team, @mentioning `mentions` in
 * order: the HTML must hold `mention(i, mentions[i])` for each of them
 * (https://learn.microsoft.com/graph/api/channel-post-messages; ChannelMessage.Send). Only the team's
 * members and owners may post.
 */
export async function postChannelMessage(
  client: Client,
  input: { teamId: string; channelId: string; html: SafeHtml; mentions?: readonly MentionedPerson[] },
): Promise<PostedMessage> {
  const mentions = input.mentions ?? [];
  mentions.forEach((p, i) => {
    if (!input.html.__html.includes(`<at id="${i}">`))
      throw new Error(`The message does not mention ${p.name}: use mention(${i}, person) in its HTML.`);
  });
  const answer = Message.parse(
    await client
      .api(
        `/teams/${encodeURIComponent(input.teamId)}/channels/${encodeURIComponent(input.channelId)}/messages`,
      )
      .post({
        body: { contentType: "html", content: input.html.__html },
        mentions: mentions.map((p, i) => ({
          id: i,
          mentionText: p.name,
          mentioned: { user: { id: p.graphId, displayName: p.name, userIdentityType: "aadUser" } },
        })),
      }),
  );
  return {
    id: answer.id,
    createdDateTime: answer.createdDateTime,
    webUrl: answer.webUrl ?? null,
    fromUserId: answer.from?.user?.id ?? null,
  };
}

/**
 * A deep link to a tab of the app, with the sub-page as subEntityId
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application,
 * "Deep link to a tab"): https://teams.microsoft.com/l/entity/{appId}/{entityId}?context={…}.
 */
export function tabDeepLink(input: {
  appId: string;
  entityId: string;
  subEntityId: string;
  channelId?: string;
}): string {
  const context = JSON.stringify({
    subEntityId: input.subEntityId,
    ...(input.channelId ? { channelId: input.channelId } : {}),
  });
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(input.appId)}/${encodeURIComponent(
    input.entityId,
  )}?context=${encodeURIComponent(context)}`;
}

/** Teams shows the first 150 characters of a notification's preview. */
const PREVIEW_LIMIT = 150;

export interface ReminderAction {
  reference: string;
  title: string;
}

/**
 * Reminds one person to update their actions before the board's meeting, in their Teams activity
 * feed, deep-linking to their actions on that board (see the note at the top of this file). The
 * preview is plain text: Teams does not render HTML there.
 */
export async function sendReminder(
  client: Client,
  input: {
    teamId: string;
    recipient: { graphId: string };
    boardName: string;
    actions: readonly ReminderAction[];
    deepLink: string;
  },
): Promise<void> {
  const count = input.actions.length;
  const listed = input.actions.map((a) => `${a.reference} ${a.title}`).join("; ");
  const preview = `To update: ${listed}`;
  await client.api(`/teams/${encodeURIComponent(input.teamId)}/sendActivityNotification`).post({
    topic: { source: "text", value: `${input.boardName}: your actions`, webUrl: input.deepLink },
    activityType: REMINDER_ACTIVITY_TYPE,
    previewText: {
      content: preview.length > PREVIEW_LIMIT ? `${preview.slice(0, PREVIEW_LIMIT - 1)}…` : preview,
    },
    recipient: {
      "@odata.type": "microsoft.graph.aadUserNotificationRecipient",
      userId: input.recipient.graphId,
    },
    templateParameters: [
      { name: "actionCount", value: count === 1 ? "1 action" : `${count} actions` },
      { name: "boardName", value: input.boardName },
    ],
  });
}

const Event = z.object({
  id: z.string(),
  webLink: z.string().nullish(),
  isOnlineMeeting: z.boolean().nullish(),
  onlineMeeting: z.object({ joinUrl: z.string().nullish() }).nullish(),
});

export interface BoardMeetingEvent {
  id: string;
  webLink: string | null;
  /** The Teams meeting's join link; null when none was asked for, or the calendar could not make one. */
  joinUrl: string | null;
}

/** A Date as Graph's dateTimeTimeZone in UTC (no offset in dateTime). */
const utc = (d: Date): { dateTime: string; timeZone: string } => ({
  dateTime: d.toISOString().slice(0, 19),
  timeZone: "UTC",
});

/**
 * Puts the meeting in the board group's calendar, optionally as a Teams meeting
 * (https://learn.microsoft.com/graph/api/group-post-events; delegated Group.ReadWrite.All). Graph may
 * answer 201 without a join link when it cannot create the online meeting, so `joinUrl` can be null
 * even when `online` was asked for.
 */
export async function createBoardMeetingEvent(
  client: Client,
  input: { groupId: string; subject: string; start: Date; end: Date; online: boolean; location?: string },
): Promise<BoardMeetingEvent> {
  if (input.end.getTime() < input.start.getTime()) throw new Error("The meeting ends before it starts.");
  const answer = Event.parse(
    await client.api(`/groups/${encodeURIComponent(input.groupId)}/events`).post({
      subject: input.subject,
      start: utc(input.start),
      end: utc(input.end),
      ...(input.location ? { location: { displayName: input.location } } : {}),
      ...(input.online ? { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" } : {}),
    }),
  );
  return {
    id: answer.id,
    webLink: answer.webLink ?? null,
    joinUrl: answer.isOnlineMeeting ? (answer.onlineMeeting?.joinUrl ?? null) : null,
  };
}
