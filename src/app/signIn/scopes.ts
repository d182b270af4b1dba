import type { Resource } from "../tokens";

/**
 * Every delegated permission Trust Boards asks for, and why. Least privilege: each is the least
 * privileged delegated permission Microsoft documents for a call the app makes (the call is named
 * beside it), and nothing is asked "in case". A token only ever acts as the signed-in person, and
 * SharePoint and Graph still apply that person's own access.
 *
 * The Teams app manifest repeats the Graph list in webApplicationInfo.nestedAppAuthInfo[0].scopes;
 * scopes.test.ts keeps the two equal.
 */
export const GRAPH_SCOPES = [
  // GET /me (who "I" am in every view) and GET /me/transitiveMemberOf and /me/ownedObjects (the
  // person's own boards, Executive, readers and plan administrators groups): User.Read is the least
  // privileged permission for the signed-in person's own memberships.
  "User.Read",
  // GET /groups/{id}/members and /owners (a board's people: action owners, chairs) and GET /groups
  // (Administration's team picker): other people's memberships need GroupMember.Read.All.
  "GroupMember.Read.All",
  // POST /teams/{id}/sendActivityNotification: the chair's reminder in a person's Teams activity feed.
  "TeamsActivity.Send",
  // GET /teams/{id}/channels: find the board team's meetings channel; Administration's channel picker.
  "Channel.ReadBasic.All",
  // POST /teams/{id}/channels/{id}/messages: the circulated agenda and the published minutes' message.
  "ChannelMessage.Send",
  // POST /groups/{id}/events: the Teams meeting in the board group's calendar. This is the least
  // privileged delegated permission Graph documents for creating a group's event.
  "Group.ReadWrite.All",
] as const;

/**
 * SharePoint: read and write list items in the Trust Boards site as the person ("AllSites.Write",
 * shown as "Read and write items in all site collections"). SharePoint's own permissions (board
 * folders with unique permissions) still decide what the person can reach.
 */
export const sharePointScopes = (origin: string): string[] => [`${origin}/AllSites.Write`];

/** The scopes of a token for this resource: a token is for one resource (Graph or one SharePoint origin). */
export const scopesFor = (resource: Resource): string[] =>
  resource === "graph" ? [...GRAPH_SCOPES] : sharePointScopes(resource.sharePointOrigin);
