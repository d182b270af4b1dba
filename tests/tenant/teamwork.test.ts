/**
 * Teams through the emulated Graph — a board team's channels, channel messages with @mentions,
 * activity-feed reminders and group calendar events — driven through the production Graph client and
 * the app's functions in src/data/graph/teamwork.ts. Only the network is emulated.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { createGraph } from "../../src/data/graph/client";
import {
  REMINDER_ACTIVITY_TYPE,
  createBoardMeetingEvent,
  escapeHtml,
  html,
  listTeamChannels,
  mention,
  postChannelMessage,
  sendReminder,
  tabDeepLink,
} from "../../src/data/graph/teamwork";
import { boardByFolder } from "./bulk";
import { GRAPH_BASE, persona, tenant, type PersonaRole } from "./testTenant";

const graphAs = (role: PersonaRole): Client =>
  createGraph(GRAPH_BASE, fixedTokenProvider(persona(role).token));

const boardGroupId = (folder: string): string => boardByFolder(tenant, folder).fields["TBGroupId"] as string;

interface FeedItem {
  kind: "activity" | "mention";
  activityType: string;
  actor: string;
  text: string;
  previewText: string;
  webUrl: string;
}

/** What the workbench's notifications panel shows the persona. */
async function feedOf(role: PersonaRole): Promise<FeedItem[]> {
  const res = await fetch(`http://localhost/__tenant/notifications?userId=${persona(role).userId}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { notifications: FeedItem[] }).notifications;
}

async function failureOf(call: () => Promise<unknown>): Promise<{ statusCode?: number; code?: string }> {
  try {
    await call();
  } catch (e) {
    const err = e as { statusCode?: number; code?: string };
    return { statusCode: err.statusCode, code: err.code };
  }
  throw new Error("Expected the call to fail, but it succeeded");
}

const DEEP_LINK = tabDeepLink({
  appId: "0b7d8f3c-1c2e-4f5a-9b6d-2a1e3f4c5d6e",
  entityId: "board",
  subEntityId: "my-actions?board=early-help",
});

const meetingsChannel = async (role: PersonaRole, groupId: string): Promise<string> => {
  const channels = await listTeamChannels(graphAs(role), groupId);
  const found = channels.find((c) => c.displayName === "Board meetings");
  if (!found) throw new Error("no Board meetings channel");
  return found.id;
};

describe("a board team's channels", () => {
  it("lists General and Board meetings to a member of the board", async () => {
    const channels = await listTeamChannels(graphAs("member"), boardGroupId("early-help"));

    expect(channels.map((c) => c.displayName)).toEqual(["General", "Board meetings"]);
    expect(channels.every((c) => /^19:.+@thread\.tacv2$/.test(c.id))).toBe(true);
    expect(channels.every((c) => c.membershipType === "standard")).toBe(true);
  });

  it("lists them to the chair, who owns the group without being a member", async () => {
    const channels = await listTeamChannels(graphAs("chair"), boardGroupId("early-help"));

    expect(channels).toHaveLength(2);
  });

  it("refuses someone outside the team with 403, and a group that is not a team with 404", async () => {
    const outsider = await failureOf(() => listTeamChannels(graphAs("outsider"), boardGroupId("early-help")));
    const notATeam = await failureOf(() =>
      listTeamChannels(graphAs("member"), tenant.state.roles.readersGroupId),
    );

    expect(outsider.statusCode).toBe(403);
    expect(notATeam.statusCode).toBe(404);
  });

  it("gives the board groups of a state saved before teams were emulated their channels", async () => {
    const { teamwork: _dropped, ...older } = tenant.state;
    tenant.replaceState(older);

    const channels = await listTeamChannels(graphAs("member"), boardGroupId("early-help"));
    const security = await failureOf(() =>
      listTeamChannels(graphAs("member"), tenant.state.roles.readersGroupId),
    );

    expect(channels.map((c) => c.displayName)).toEqual(["General", "Board meetings"]);
    expect(security.statusCode).toBe(404);
  });
});

describe("reminders in the activity feed", () => {
  it("reaches the member's feed with the manifest's text and a deep link to their actions", async () => {
    await sendReminder(graphAs("chair"), {
      teamId: boardGroupId("early-help"),
      recipient: { graphId: persona("member").userId },
      boardName: "Early Help",
      actions: [
        { reference: "1.2", title: "Family hubs open" },
        { reference: "3.1", title: "Audit <referrals>" },
      ],
      deepLink: DEEP_LINK,
    });

    const feed = await feedOf("member");
    expect(feed).toHaveLength(1);
    expect(feed[0]).toMatchObject({
      kind: "activity",
      activityType: REMINDER_ACTIVITY_TYPE,
      actor: persona("chair").displayName,
      text: `${persona("chair").displayName} asked you to update 2 actions on Early Help before the meeting`,
      webUrl: DEEP_LINK,
    });
    expect(feed[0]?.previewText).toBe("To update: 1.2 Family hubs open; 3.1 Audit <referrals>");
    expect(await feedOf("second-member")).toEqual([]);
    const logged = tenant.log.filter((l) => l.service === "graph");
    expect(logged.map((l) => [l.method, l.status])).toEqual([["POST", 204]]);
  });

  it("refuses an activity type the app manifest does not declare, with 400", async () => {
    const client = graphAs("chair");
    const teamId = boardGroupId("early-help");

    const answer = await failureOf(() =>
      client.api(`/teams/${teamId}/sendActivityNotification`).post({
        topic: { source: "text", value: "Early Help", webUrl: DEEP_LINK },
        activityType: "boardMeetingSoon",
        previewText: { content: "Meeting on Tuesday" },
        recipient: {
          "@odata.type": "microsoft.graph.aadUserNotificationRecipient",
          userId: persona("member").userId,
        },
      }),
    );

    expect(answer.statusCode).toBe(400);
    expect(await feedOf("member")).toEqual([]);
  });

  it("refuses a recipient outside the board's team (403) and the sender themselves (400)", async () => {
    const remind = (role: PersonaRole) =>
      sendReminder(graphAs("chair"), {
        teamId: boardGroupId("early-help"),
        recipient: { graphId: persona(role).userId },
        boardName: "Early Help",
        actions: [{ reference: "1.2", title: "Family hubs open" }],
        deepLink: DEEP_LINK,
      });

    expect((await failureOf(() => remind("outsider"))).statusCode).toBe(403);
    expect((await failureOf(() => remind("chair"))).statusCode).toBe(400);
    expect(await feedOf("outsider")).toEqual([]);
  });

  it("refuses a sender who is not in the team, with 403", async () => {
    const answer = await failureOf(() =>
      sendReminder(graphAs("outsider"), {
        teamId: boardGroupId("early-help"),
        recipient: { graphId: persona("member").userId },
        boardName: "Early Help",
        actions: [{ reference: "1.2", title: "Family hubs open" }],
        deepLink: DEEP_LINK,
      }),
    );

    expect(answer.statusCode).toBe(403);
    expect(await feedOf("member")).toEqual([]);
  });

  it("is retried by the app's Graph client after a 429, and arrives once", async () => {
    tenant.faults.add({
      service: "graph",
      kind: 429,
      times: 1,
      retryAfter: 0,
      match: "sendActivityNotification",
    });

    await sendReminder(graphAs("chair"), {
      teamId: boardGroupId("early-help"),
      recipient: { graphId: persona("second-member").userId },
      boardName: "Early Help",
      actions: [{ reference: "2.4", title: "Training plan" }],
      deepLink: DEEP_LINK,
    });

    const statuses = tenant.log.filter((l) => l.service === "graph").map((l) => l.status);
    expect(statuses).toEqual([429, 204]);
    expect(await feedOf("second-member")).toHaveLength(1);
  });
});

describe("channel messages", () => {
  it("posts as the signed-in member, and the @mentioned person finds it in their feed", async () => {
    const teamId = boardGroupId("early-help");
    const channelId = await meetingsChannel("chair", teamId);
    const member = { graphId: persona("member").userId, name: persona("member").displayName };
    const title = `Review <img src=x onerror=alert(1)> & "plan"`;

    const posted = await postChannelMessage(graphAs("chair"), {
      teamId,
      channelId,
      html: html`<p>${mention(0, member)}, please update ${title} before Tuesday.</p>`,
      mentions: [member],
    });

    expect(posted.fromUserId).toBe(persona("chair").userId);
    const stored = tenant.state.teamwork?.messages[channelId]?.[0];
    expect(stored?.content).toBe(
      `<p><at id="0">${escapeHtml(member.name)}</at>, please update Review &lt;img src=x onerror=alert(1)&gt; &amp; &quot;plan&quot; before Tuesday.</p>`,
    );
    const feed = await feedOf("member");
    expect(feed).toHaveLength(1);
    expect(feed[0]).toMatchObject({ kind: "mention", actor: persona("chair").displayName });
    expect(feed[0]?.text).toContain("Board meetings");
    expect(feed[0]?.previewText).toContain(`please update ${title} before Tuesday.`);
    expect(feed[0]?.webUrl).toBe(posted.webUrl);
    expect(await feedOf("second-member")).toEqual([]);

    const listed = (await graphAs("second-member")
      .api(`/teams/${teamId}/channels/${channelId}/messages`)
      .get()) as {
      value: { id: string; from: { user: { id: string } } }[];
    };
    expect(listed.value.map((m) => m.id)).toEqual([posted.id]);
  });

  it("refuses an outsider's post to a board channel with 403 and stores nothing", async () => {
    const teamId = boardGroupId("early-help");
    const channelId = await meetingsChannel("member", teamId);

    const answer = await failureOf(() =>
      postChannelMessage(graphAs("outsider"), { teamId, channelId, html: html`<p>Hello</p>` }),
    );

    expect(answer.statusCode).toBe(403);
    expect(tenant.state.teamwork?.messages[channelId] ?? []).toEqual([]);
  });

  it("refuses a mention without its <at> element, as Graph pairs them by id", async () => {
    const teamId = boardGroupId("early-help");
    const channelId = await meetingsChannel("member", teamId);

    const answer = await failureOf(() =>
      graphAs("member")
        .api(`/teams/${teamId}/channels/${channelId}/messages`)
        .post({
          body: { contentType: "html", content: "<p>No at element here</p>" },
          mentions: [
            { id: 0, mentionText: "Someone", mentioned: { user: { id: persona("second-member").userId } } },
          ],
        }),
    );

    expect(answer.statusCode).toBe(400);
  });
});

describe("board meeting events", () => {
  it("puts a Teams meeting in the board group's calendar and returns its join link", async () => {
    const groupId = boardGroupId("early-help");

    const event = await createBoardMeetingEvent(graphAs("chair"), {
      groupId,
      subject: "Early Help board — December",
      start: new Date("2026-12-08T10:00:00Z"),
      end: new Date("2026-12-08T12:00:00Z"),
      online: true,
    });

    expect(event.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(tenant.state.teamwork?.events[groupId]).toEqual([
      expect.objectContaining({
        id: event.id,
        subject: "Early Help board — December",
        start: { dateTime: "2026-12-08T10:00:00", timeZone: "UTC" },
        isOnlineMeeting: true,
      }),
    ]);
  });

  it("gives no join link for a meeting in a room, and refuses an outsider with 403", async () => {
    const groupId = boardGroupId("early-help");
    const inRoom = await createBoardMeetingEvent(graphAs("member"), {
      groupId,
      subject: "Early Help board",
      start: new Date("2026-12-08T10:00:00Z"),
      end: new Date("2026-12-08T12:00:00Z"),
      online: false,
      location: "Town Hall, Room 2",
    });
    const outsider = await failureOf(() =>
      createBoardMeetingEvent(graphAs("outsider"), {
        groupId,
        subject: "Not mine",
        start: new Date("2026-12-08T10:00:00Z"),
        end: new Date("2026-12-08T12:00:00Z"),
        online: true,
      }),
    );

    expect(inRoom.joinUrl).toBeNull();
    expect(outsider.statusCode).toBe(403);
    expect(tenant.state.teamwork?.events[groupId]).toHaveLength(1);
  });
});

describe("escaping user text into message HTML", () => {
  it("escapes the five characters that matter in content and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
    );
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });

  it("escapes every interpolated value of html`…` but keeps nested html and mentions", () => {
    const name = "<b>Priya</b>";
    const items = ["<i>one</i>", "two"].map((t) => html`<li>${t}</li>`);

    // prettier-ignore
    const out = html`<p>${mention(0, { graphId: "u1", name })} ${null}</p><ul>${items}</ul>`;

    expect(out.__html).toBe(
      '<p><at id="0">&lt;b&gt;Priya&lt;/b&gt;</at> </p><ul><li>&lt;i&gt;one&lt;/i&gt;</li><li>two</li></ul>',
    );
  });
});
