/**
 * Microsoft Teams through Graph, as the meeting loop needs it: a board team's channels, channel
 * messages with @mentions, activity feed notifications, and events in the board group's calendar.
 * Each rule cites the Microsoft page it follows; "observed" marks behaviour taken from public reports
 * where the documentation is silent.
 *
 * Faults (429, 503, dropped connections) reach these calls through the shared handler path
 * (handlers.ts `serve`, service.ts `handleGraph`), as every other Graph call.
 */
import appManifest from "../../../appPackage/manifest.json";
import { empty, json, type SimpleRequest, type SimpleResponse } from "../http";
import type {
  FeedNotification,
  GraphGroup,
  GraphUser,
  GroupEvent,
  StoredChannelMessage,
  TeamChannel,
  TeamworkState,
} from "../state";
import type { Tenant } from "../tenant";

class TeamworkFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Graph's error body (https://learn.microsoft.com/graph/errors), as service.ts answers. */
const failure = (e: TeamworkFailure): SimpleResponse =>
  json(
    e.status,
    {
      error: {
        code: e.code,
        message: e.message,
        innerError: { date: new Date().toISOString(), "request-id": crypto.randomUUID() },
      },
    },
    { "Content-Type": "application/json" },
  );

/** The activity types the app package declares (appPackage/manifest.json `activities.activityTypes`). */
export function declaredActivityTypes(): Map<string, string> {
  const declared = (
    appManifest as { activities?: { activityTypes?: { type: string; templateText: string }[] } }
  ).activities?.activityTypes;
  return new Map((declared ?? []).map((a) => [a.type, a.templateText]));
}

/** A deterministic hex string from a name (FNV-1a), so seeded ids are stable between runs. */
function stableHex(name: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const ch of name) {
    h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ ch.charCodeAt(0), 2246822519) >>> 0;
  }
  return (h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0")).repeat(2);
}

/** Teams' channel thread ids look like 19:…@thread.tacv2. */
const channelId = (name: string): string => `19:${stableHex(name)}@thread.tacv2`;

/**
 * The channels of each board team: every team has a General channel
 * (https://learn.microsoft.com/microsoftteams/teams-channels-overview) and the demo boards keep a
 * "Board meetings" channel for agendas, reminders and minutes.
 */
export function seedTeamwork(boardGroups: readonly GraphGroup[], createdDateTime: string): TeamworkState {
  const channels: Record<string, TeamChannel[]> = {};
  for (const g of boardGroups) {
    channels[g.id] = [
      generalChannel(g, createdDateTime),
      {
        id: channelId(`channel:${g.id}:meetings`),
        displayName: "Board meetings",
        description: "Agendas, reminders and minutes of the board's meetings",
        createdDateTime,
      },
    ];
  }
  return { channels, messages: {}, notifications: {}, events: {} };
}

/** A team's General channel: every team has one, made with the team (teams-channels-overview). */
export function generalChannel(g: GraphGroup, createdDateTime: string): TeamChannel {
  return {
    id: channelId(`channel:${g.id}:general`),
    displayName: "General",
    description: `${g.displayName}: general discussion`,
    createdDateTime,
  };
}

/**
 * Makes each group a team with only its General channel, as a team created in Teams starts
 * (the spare teams a plan administrator links new boards to).
 */
export function addTeams(state: TeamworkState, groups: readonly GraphGroup[], createdDateTime: string): void {
  for (const g of groups) state.channels[g.id] ??= [generalChannel(g, createdDateTime)];
}

/** Whether the group has a team: a group is a team when the Teams state holds its channels. */
export const isTeam = (tenant: Tenant, groupId: string): boolean =>
  teamworkOf(tenant).channels[groupId] !== undefined;

/**
 * The tenant's Teams state. A state file saved before teams were emulated has none: its board groups
 * (the Microsoft 365 groups) become teams with the seeded channels, so `npm start` keeps working on it.
 */
const teamworkOf = (tenant: Tenant): TeamworkState => {
  tenant.state.teamwork ??= seedTeamwork(
    tenant.state.groups.filter((g) => g.kind === "m365"),
    new Date().toISOString(),
  );
  return tenant.state.teamwork;
};

/** A person's feed, newest first (the control API and the workbench's notifications panel). */
export function notificationsFor(tenant: Tenant, userId: string): (FeedNotification & { actor: string })[] {
  const list = tenant.state.teamwork?.notifications?.[userId] ?? [];
  return [...list]
    .reverse()
    .map((n) => ({ ...n, actor: tenant.user(n.actorUserId)?.displayName ?? "Someone" }));
}

/** Members and owners of a team: a team's owners are the group's owners (teams-channels-overview). */
const inTeam = (group: GraphGroup, userId: string): boolean =>
  group.memberIds.includes(userId) || group.ownerIds.includes(userId);

interface TeamCtx {
  tenant: Tenant;
  req: SimpleRequest;
  me: GraphUser;
  team: GraphGroup;
  channels: TeamChannel[];
}

/**
 * The team behind a board group. A group without a team is 404; a caller who is neither a member nor
 * an owner of the team is 403 — delegated Teams calls act as the signed-in user, who can only reach
 * teams they belong to ("List channels": members see the team's channels; "Send chatMessage in a
 * channel" acts for the user).
 */
function teamFor(tenant: Tenant, req: SimpleRequest, me: GraphUser, teamId: string): TeamCtx {
  const team = tenant.state.groups.find((g) => g.id === teamId);
  const channels = team ? teamworkOf(tenant).channels[team.id] : undefined;
  if (!team || !channels) throw new TeamworkFailure(404, "NotFound", `No team found with Group Id ${teamId}`);
  if (!inTeam(team, me.id)) throw new TeamworkFailure(403, "Forbidden", "Forbidden");
  return { tenant, req, me, team, channels };
}

function bodyOf(req: SimpleRequest): Record<string, unknown> {
  try {
    const parsed = JSON.parse(req.body || "{}") as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new TeamworkFailure(400, "BadRequest", "The request body is not valid JSON.");
}

/** Answers the Teams and group calendar calls; undefined when the path is not one of them. */
export function handleTeamwork(
  tenant: Tenant,
  req: SimpleRequest,
  me: GraphUser,
  path: string,
): SimpleResponse | undefined {
  const m = req.method.toUpperCase();
  try {
    const channels = /^teams\/([^/]+)\/channels$/.exec(path);
    if (channels && m === "GET") return listChannels(teamFor(tenant, req, me, channels[1] ?? ""));
    const messages = /^teams\/([^/]+)\/channels\/([^/]+)\/messages$/.exec(path);
    if (messages && m === "POST")
      return postMessage(teamFor(tenant, req, me, messages[1] ?? ""), messages[2] ?? "");
    if (messages && m === "GET")
      return listMessages(teamFor(tenant, req, me, messages[1] ?? ""), messages[2] ?? "");
    const notify = /^teams\/([^/]+)\/sendActivityNotification$/.exec(path);
    if (notify && m === "POST") return sendActivityNotification(teamFor(tenant, req, me, notify[1] ?? ""));
    const events = /^groups\/([^/]+)\/(?:calendar\/)?events$/.exec(path);
    if (events && m === "POST") return createEvent(tenant, req, me, events[1] ?? "");
    return undefined;
  } catch (e) {
    if (e instanceof TeamworkFailure) return failure(e);
    throw e;
  }
}

/** Graph's base as the request reached it, e.g. https://graph.microsoft.com/v1.0 (as service.ts). */
const baseOf = (req: SimpleRequest): string =>
  req.url.origin + req.url.pathname.slice(0, req.url.pathname.indexOf("/v1.0/") + "/v1.0".length);

function channelJson(ctx: TeamCtx, c: TeamChannel): Record<string, unknown> {
  return {
    id: c.id,
    createdDateTime: c.createdDateTime,
    displayName: c.displayName,
    description: c.description,
    isFavoriteByDefault: null,
    email: "",
    tenantId: ctx.tenant.state.tenantId,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(c.id)}/${encodeURIComponent(c.displayName)}?groupId=${ctx.team.id}&tenantId=${ctx.tenant.state.tenantId}`,
    membershipType: "standard",
  };
}

/**
 * GET /teams/{id}/channels: 200 with `{ @odata.context, @odata.count, value }` of channel objects
 * (https://learn.microsoft.com/graph/api/channel-list; delegated Channel.ReadBasic.All). Standard
 * channels only here, so every member sees them all. `$select` is honoured.
 */
function listChannels(ctx: TeamCtx): SimpleResponse {
  const fields = ctx.req.url.searchParams.get("$select");
  const wanted = fields ? new Set(fields.split(",").map((f) => f.trim())) : null;
  const value = ctx.channels
    .map((c) => channelJson(ctx, c))
    .map((o) => (wanted ? Object.fromEntries(Object.entries(o).filter(([k]) => wanted.has(k))) : o));
  return json(
    200,
    {
      "@odata.context": `${baseOf(ctx.req)}/$metadata#teams('${ctx.team.id}')/channels`,
      "@odata.count": value.length,
      value,
    },
    { "Content-Type": "application/json" },
  );
}

function channelOf(ctx: TeamCtx, id: string): TeamChannel {
  const channel = ctx.channels.find((c) => c.id === id);
  if (!channel) throw new TeamworkFailure(404, "NotFound", `Channel ${id} was not found in the team.`);
  return channel;
}

const messageWebUrl = (ctx: TeamCtx, channel: TeamChannel, id: string): string =>
  `https://teams.microsoft.com/l/message/${encodeURIComponent(channel.id)}/${id}?groupId=${ctx.team.id}` +
  `&tenantId=${ctx.tenant.state.tenantId}&createdTime=${id}&parentMessageId=${id}`;

function messageJson(ctx: TeamCtx, channel: TeamChannel, msg: StoredChannelMessage): Record<string, unknown> {
  const from = ctx.tenant.user(msg.fromUserId);
  return {
    id: msg.id,
    replyToId: null,
    etag: msg.id,
    messageType: "message",
    createdDateTime: msg.createdDateTime,
    lastModifiedDateTime: msg.createdDateTime,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: null,
    summary: null,
    chatId: null,
    importance: "normal",
    locale: "en-us",
    webUrl: messageWebUrl(ctx, channel, msg.id),
    channelIdentity: { teamId: msg.teamId, channelId: msg.channelId },
    policyViolation: null,
    from: {
      application: null,
      device: null,
      user: {
        "@odata.type": "#microsoft.graph.teamworkUserIdentity",
        id: msg.fromUserId,
        displayName: from?.displayName ?? null,
        userIdentityType: "aadUser",
        tenantId: ctx.tenant.state.tenantId,
      },
    },
    body: { contentType: msg.contentType, content: msg.content },
    attachments: [],
    mentions: msg.mentions.map((mention) => ({
      id: mention.id,
      mentionText: mention.mentionText,
      mentioned: {
        application: null,
        device: null,
        conversation: null,
        tag: null,
        user: {
          "@odata.type": "#microsoft.graph.teamworkUserIdentity",
          id: mention.userId,
          displayName: ctx.tenant.user(mention.userId)?.displayName ?? mention.mentionText,
          userIdentityType: "aadUser",
          tenantId: ctx.tenant.state.tenantId,
        },
      },
    })),
    reactions: [],
  };
}

/** Plain text of a message's HTML, for the feed's preview line (Teams shows about 150 characters). */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** Monotonic message ids: Teams uses the epoch milliseconds of creation, unique in the channel. */
function nextMessageId(list: readonly StoredChannelMessage[]): string {
  const last = Math.max(0, ...list.map((x) => Number(x.id)));
  return String(Math.max(Date.now(), last + 1));
}

/**
 * POST /teams/{id}/channels/{id}/messages (https://learn.microsoft.com/graph/api/channel-post-messages;
 * delegated ChannelMessage.Send): 201 with the chatMessage, `from` the signed-in user. Only the
 * team's members and owners may post (403 for anyone else). `body.content` is required; `contentType`
 * is `text` or `html`. Each mention's `id` matches an `<at id="…">` element in the HTML and the other
 * way round ("chatMessageMention resource type": the content "encloses the mentionText of each mention
 * in an HTML at element, with an id attribute that corresponds to the id property"); a mismatch is
 * refused with 400 (observed; the strict reading). A mentioned member of the team finds the mention in
 * their activity feed; mentioning someone outside the team notifies nobody.
 */
function postMessage(ctx: TeamCtx, channelKey: string): SimpleResponse {
  const channel = channelOf(ctx, channelKey);
  const body = bodyOf(ctx.req);
  const itemBody = body["body"] as { contentType?: unknown; content?: unknown } | undefined;
  if (!itemBody || typeof itemBody.content !== "string" || itemBody.content.trim() === "")
    throw new TeamworkFailure(400, "BadRequest", "A message needs body.content.");
  const rawType = typeof itemBody.contentType === "string" ? itemBody.contentType.toLowerCase() : "text";
  if (rawType !== "html" && rawType !== "text")
    throw new TeamworkFailure(
      400,
      "BadRequest",
      `Unsupported body.contentType '${String(itemBody.contentType)}'.`,
    );
  const content = itemBody.content;
  const rawMentions = body["mentions"] ?? [];
  if (!Array.isArray(rawMentions)) throw new TeamworkFailure(400, "BadRequest", "mentions must be an array.");
  const mentions = rawMentions.map((raw: unknown) => {
    const x = raw as { id?: unknown; mentionText?: unknown; mentioned?: { user?: { id?: unknown } } };
    const userId = x.mentioned?.user?.id;
    if (typeof x.id !== "number" || typeof x.mentionText !== "string" || typeof userId !== "string")
      throw new TeamworkFailure(
        400,
        "BadRequest",
        "Each mention needs an id, mentionText and mentioned.user.id.",
      );
    const user = ctx.tenant.user(userId);
    if (!user) throw new TeamworkFailure(400, "BadRequest", `The mentioned user '${userId}' was not found.`);
    return { id: x.id, mentionText: x.mentionText, userId: user.id };
  });
  const atIds = [...content.matchAll(/<at\s+id=["']?(\d+)["']?\s*>/gi)].map((a) => Number(a[1]));
  const mentionIds = mentions.map((x) => x.id);
  const sameIds =
    rawType === "html" &&
    atIds.length === mentionIds.length &&
    [...atIds].sort().join() === [...mentionIds].sort().join() &&
    new Set(mentionIds).size === mentionIds.length;
  if (mentions.length > 0 || atIds.length > 0) {
    if (!sameIds)
      throw new TeamworkFailure(
        400,
        "BadRequest",
        'Each mention needs a matching <at id="…"> element in an HTML body, and each <at> element a mention.',
      );
  }
  const tw = teamworkOf(ctx.tenant);
  const list = (tw.messages[channel.id] ??= []);
  const now = new Date().toISOString();
  const msg: StoredChannelMessage = {
    id: nextMessageId(list),
    teamId: ctx.team.id,
    channelId: channel.id,
    createdDateTime: now,
    fromUserId: ctx.me.id,
    contentType: rawType,
    content,
    mentions,
  };
  list.push(msg);
  const preview = plainText(content).slice(0, 150);
  for (const userId of new Set(mentions.map((x) => x.userId))) {
    if (userId === ctx.me.id || !inTeam(ctx.team, userId)) continue;
    (tw.notifications[userId] ??= []).push({
      id: crypto.randomUUID(),
      kind: "mention",
      createdDateTime: now,
      actorUserId: ctx.me.id,
      teamId: ctx.team.id,
      activityType: "mention",
      text: `${ctx.me.displayName} mentioned you in ${ctx.team.displayName} > ${channel.displayName}`,
      previewText: preview,
      webUrl: messageWebUrl(ctx, channel, msg.id),
    });
  }
  ctx.tenant.changed();
  return json(
    201,
    {
      "@odata.context": `${baseOf(ctx.req)}/$metadata#teams('${ctx.team.id}')/channels('${encodeURIComponent(channel.id)}')/messages/$entity`,
      ...messageJson(ctx, channel, msg),
    },
    {
      "Content-Type": "application/json",
      Location: `${baseOf(ctx.req)}/teams/${ctx.team.id}/channels/${channel.id}/messages/${msg.id}`,
    },
  );
}

/**
 * GET /teams/{id}/channels/{id}/messages (https://learn.microsoft.com/graph/api/channel-list-messages;
 * delegated ChannelMessage.Read.All): newest first, `$top` at most 50 (a bigger one is 400), paged with
 * @odata.nextLink.
 */
function listMessages(ctx: TeamCtx, channelKey: string): SimpleResponse {
  const channel = channelOf(ctx, channelKey);
  const all = [...(teamworkOf(ctx.tenant).messages[channel.id] ?? [])].reverse();
  const rawTop = ctx.req.url.searchParams.get("$top");
  const top = rawTop === null ? 20 : Number(rawTop);
  if (!Number.isInteger(top) || top < 1 || top > 50)
    throw new TeamworkFailure(
      400,
      "BadRequest",
      `Invalid page size '${rawTop ?? ""}': $top must be between 1 and 50.`,
    );
  const skip = Number(ctx.req.url.searchParams.get("$skiptoken") ?? 0) || 0;
  const body: Record<string, unknown> = {
    "@odata.context": `${baseOf(ctx.req)}/$metadata#teams('${ctx.team.id}')/channels('${encodeURIComponent(channel.id)}')/messages`,
    "@odata.count": Math.min(top, all.length - skip),
    value: all.slice(skip, skip + top).map((msg) => messageJson(ctx, channel, msg)),
  };
  if (skip + top < all.length) {
    const next = new URL(ctx.req.url.href);
    next.searchParams.set("$skiptoken", String(skip + top));
    body["@odata.nextLink"] = next.href;
  }
  return json(200, body, { "Content-Type": "application/json" });
}

/** Fills a manifest template's {parameters}; {actor} is always the caller's name. */
function fillTemplate(template: string, actor: string, params: Map<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_all, name: string) =>
    name === "actor" ? actor : (params.get(name) ?? `{${name}}`),
  );
}

/**
 * POST /teams/{id}/sendActivityNotification (https://learn.microsoft.com/graph/api/team-sendactivitynotification;
 * delegated TeamsActivity.Send): 204 No Content. Rules, from that page and "Send activity feed
 * notifications to users in Microsoft Teams" (https://learn.microsoft.com/graph/teams-send-activityfeednotifications):
 * - `activityType` must be declared in the app manifest's `activities.activityTypes`, or be the reserved
 *   `systemDefault` (whose text is the `systemDefaultText` template parameter); anything else is 400.
 * - every {parameter} of the declared templateText except {actor} needs a templateParameters value
 *   (not documented as an error: the strict reading, 400).
 * - `topic.source` is `entityUrl` (the team or a resource under it, else 400) or `text`, which needs
 *   `value` and `webUrl` (400 without). A webUrl over 1,024 characters fails with 400 (observed:
 *   techcommunity "Activity Feed Notifications Fail Due to WebUrl Length Limit").
 * - `recipient` is an aadUserNotificationRecipient by user id or user principal name. The app must be
 *   installed for the recipient: here, installed in the board's team, so the recipient must be a member
 *   or owner of the team, else 403 (observed wording, OfficeDev/microsoft-365-agents-toolkit#6067).
 * - a user cannot send a notification to themselves (the page's FAQ); the 400 status is our reading.
 */
function sendActivityNotification(ctx: TeamCtx): SimpleResponse {
  const body = bodyOf(ctx.req);
  const activityType = body["activityType"];
  if (typeof activityType !== "string" || activityType === "")
    throw new TeamworkFailure(400, "BadRequest", "activityType is required.");
  const declared = declaredActivityTypes();
  const template = activityType === "systemDefault" ? "{systemDefaultText}" : declared.get(activityType);
  if (template === undefined)
    throw new TeamworkFailure(
      400,
      "BadRequest",
      `Activity type '${activityType}' is not declared in the app manifest of the Teams app.`,
    );
  const params = new Map<string, string>();
  const rawParams = body["templateParameters"] ?? [];
  if (!Array.isArray(rawParams))
    throw new TeamworkFailure(400, "BadRequest", "templateParameters must be an array.");
  for (const p of rawParams as { name?: unknown; value?: unknown }[]) {
    if (typeof p.name !== "string" || typeof p.value !== "string")
      throw new TeamworkFailure(
        400,
        "BadRequest",
        "Each template parameter needs a name and a string value.",
      );
    params.set(p.name, p.value);
  }
  const needed = [...template.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? "").filter((n) => n !== "actor");
  const missing = needed.filter((n) => !params.has(n));
  if (missing.length > 0)
    throw new TeamworkFailure(400, "BadRequest", `Missing template parameters: ${missing.join(", ")}.`);

  const topic = body["topic"] as { source?: unknown; value?: unknown; webUrl?: unknown } | undefined;
  let webUrl: string;
  if (topic?.source === "text") {
    if (
      typeof topic.value !== "string" ||
      topic.value === "" ||
      typeof topic.webUrl !== "string" ||
      topic.webUrl === ""
    )
      throw new TeamworkFailure(400, "BadRequest", "A topic with source 'text' needs a value and a webUrl.");
    if (topic.webUrl.length > 1024) throw new TeamworkFailure(400, "BadRequest", "UnknownError");
    webUrl = topic.webUrl;
  } else if (topic?.source === "entityUrl") {
    const value = typeof topic.value === "string" ? topic.value : "";
    const team = new RegExp(
      `^https://graph\\.microsoft\\.com/(?:v1\\.0|beta)/teams/${ctx.team.id}(?:/|$)`,
      "i",
    );
    if (!team.test(value))
      throw new TeamworkFailure(
        400,
        "BadRequest",
        "The topic's entity URL must be the team in the request URL or a resource under it.",
      );
    webUrl = `https://teams.microsoft.com/l/team/${encodeURIComponent(ctx.channels[0]?.id ?? "")}/conversations?groupId=${ctx.team.id}&tenantId=${ctx.tenant.state.tenantId}`;
  } else {
    throw new TeamworkFailure(400, "BadRequest", "topic.source must be 'entityUrl' or 'text'.");
  }

  const recipient = body["recipient"] as { "@odata.type"?: unknown; userId?: unknown } | undefined;
  const kind = typeof recipient?.["@odata.type"] === "string" ? recipient["@odata.type"] : "";
  if (!/aadUserNotificationRecipient$/i.test(kind) || typeof recipient?.userId !== "string")
    throw new TeamworkFailure(
      400,
      "BadRequest",
      "recipient must be a microsoft.graph.aadUserNotificationRecipient with a userId.",
    );
  const to = ctx.tenant.user(recipient.userId) ?? ctx.tenant.userByUpn(recipient.userId);
  if (!to) throw new TeamworkFailure(404, "NotFound", `Recipient '${recipient.userId}' was not found.`);
  if (to.id === ctx.me.id)
    throw new TeamworkFailure(
      400,
      "BadRequest",
      "A user cannot send an activity notification to themselves.",
    );
  if (!inTeam(ctx.team, to.id))
    throw new TeamworkFailure(
      403,
      "Forbidden",
      "Not authorized to send notifications to the recipient. Ensure that the expected Teams app is installed in the target scope (user, team, or chat).",
    );
  const preview = body["previewText"] as { content?: unknown } | undefined;
  const tw = teamworkOf(ctx.tenant);
  (tw.notifications[to.id] ??= []).push({
    id: crypto.randomUUID(),
    kind: "activity",
    createdDateTime: new Date().toISOString(),
    actorUserId: ctx.me.id,
    teamId: ctx.team.id,
    activityType,
    text: fillTemplate(template, ctx.me.displayName, params),
    previewText: typeof preview?.content === "string" ? preview.content : "",
    webUrl,
  });
  ctx.tenant.changed();
  return empty(204);
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?$/;

/** A dateTimeTimeZone as UTC milliseconds; only UTC is understood here (the app sends UTC). */
function whenOf(value: unknown, name: string): { dateTime: string; timeZone: string; ms: number } {
  const v = value as { dateTime?: unknown; timeZone?: unknown } | undefined;
  if (typeof v?.dateTime !== "string" || !CALENDAR_DATE.test(v.dateTime) || typeof v.timeZone !== "string")
    throw new TeamworkFailure(
      400,
      "ErrorInvalidRequest",
      `${name} needs a dateTime (no offset) and a timeZone.`,
    );
  if (v.timeZone !== "UTC")
    throw new TeamworkFailure(
      400,
      "ErrorInvalidRequest",
      `The emulated calendar reads only UTC times; '${v.timeZone}' was given.`,
    );
  return { dateTime: v.dateTime, timeZone: v.timeZone, ms: Date.parse(`${v.dateTime}Z`) };
}

/**
 * POST /groups/{id}/events and /groups/{id}/calendar/events (https://learn.microsoft.com/graph/api/group-post-events;
 * delegated Group.ReadWrite.All only, no application permission): 201 with the event. Only Microsoft 365
 * groups have a calendar (404 for a security group); only the group's members and owners may add to
 * it (403 ErrorAccessDenied). With `isOnlineMeeting: true` and provider `teamsForBusiness` the event
 * carries `onlineMeeting.joinUrl` ("Create or set an event as an online meeting in an Outlook
 * calendar", https://learn.microsoft.com/graph/outlook-calendar-online-meetings). The real service has
 * been seen to answer 201 with isOnlineMeeting false and no join URL when it could not make the meeting
 * (microsoftgraph/microsoft-graph-docs#9741), so the app treats the join URL as optional.
 */
function createEvent(tenant: Tenant, req: SimpleRequest, me: GraphUser, groupId: string): SimpleResponse {
  const group = tenant.state.groups.find((g) => g.id === groupId);
  if (!group || group.kind !== "m365")
    throw new TeamworkFailure(404, "ErrorItemNotFound", "The specified object was not found in the store.");
  if (!inTeam(group, me.id))
    throw new TeamworkFailure(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
  const body = bodyOf(req);
  const start = whenOf(body["start"], "start");
  const end = whenOf(body["end"], "end");
  if (end.ms < start.ms)
    throw new TeamworkFailure(400, "ErrorInvalidRequest", "The event's end is before its start.");
  const online = body["isOnlineMeeting"] === true;
  const provider =
    typeof body["onlineMeetingProvider"] === "string" ? body["onlineMeetingProvider"] : "teamsForBusiness";
  if (online && provider !== "teamsForBusiness")
    throw new TeamworkFailure(
      400,
      "ErrorInvalidRequest",
      `Online meeting provider '${provider}' is not allowed on this calendar.`,
    );
  const id = `AAMk${stableHex(`event:${groupId}:${Date.now()}:${Math.random()}`)}`;
  const location = (body["location"] as { displayName?: unknown } | undefined)?.displayName;
  const event: GroupEvent = {
    id,
    groupId,
    subject: typeof body["subject"] === "string" ? body["subject"] : "",
    start: { dateTime: start.dateTime, timeZone: start.timeZone },
    end: { dateTime: end.dateTime, timeZone: end.timeZone },
    location: typeof location === "string" ? location : "",
    isOnlineMeeting: online,
    joinUrl: online
      ? `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id.slice(4, 36)}%40thread.v2/0?context=${encodeURIComponent(
          JSON.stringify({ Tid: tenant.state.tenantId, Oid: me.id }),
        )}`
      : null,
    createdDateTime: new Date().toISOString(),
    createdByUserId: me.id,
  };
  const tw = teamworkOf(tenant);
  (tw.events[groupId] ??= []).push(event);
  tenant.changed();
  const mail = `${group.displayName.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@partnership.example`;
  return json(
    201,
    {
      "@odata.context": `${baseOf(req)}/$metadata#groups('${groupId}')/events/$entity`,
      id,
      createdDateTime: event.createdDateTime,
      lastModifiedDateTime: event.createdDateTime,
      subject: event.subject,
      isAllDay: false,
      isCancelled: false,
      isOrganizer: true,
      showAs: "busy",
      type: "singleInstance",
      webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
      start: { dateTime: `${start.dateTime.slice(0, 19)}.0000000`, timeZone: start.timeZone },
      end: { dateTime: `${end.dateTime.slice(0, 19)}.0000000`, timeZone: end.timeZone },
      location: { displayName: event.location, locationType: "default" },
      isOnlineMeeting: online,
      onlineMeetingProvider: online ? "teamsForBusiness" : "unknown",
      onlineMeetingUrl: null,
      onlineMeeting: event.joinUrl ? { joinUrl: event.joinUrl } : null,
      organizer: { emailAddress: { name: group.displayName, address: mail } },
      attendees: [],
    },
    { "Content-Type": "application/json" },
  );
}
