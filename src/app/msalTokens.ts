import type { Resource, TokenProvider } from "./tokens";

/**
 * Nested app auth inside Teams: MSAL talks to the host, so no redirect and no
 * server. Loaded on demand so the emulated workbench never downloads MSAL.
 * teams-js must be initialised first (it installs the bridge MSAL uses).
 */
export function msalTokenProvider(
  clientId: string,
  tenantId: string,
  loginHint: string | null,
): TokenProvider {
  const pca = import("@azure/msal-browser").then(async (msal) => ({
    msal,
    app: await msal.createNestablePublicClientApplication({
      auth: { clientId, authority: `https://login.microsoftonline.com/${tenantId || "organizations"}` },
    }),
  }));
  const scopesFor = (resource: Resource): string[] =>
    resource === "graph"
      ? // Who is on which board; the chair's reminders (activity feed); the board team's channels, the
        // agenda and minutes messages in them; the Teams meeting in the board group's calendar.
        [
          "User.Read",
          "GroupMember.Read.All",
          "TeamsActivity.Send",
          "Channel.ReadBasic.All",
          "ChannelMessage.Send",
          "Group.ReadWrite.All",
        ]
      : [`${resource.sharePointOrigin}/AllSites.Write`];
  return {
    async getToken(resource) {
      const { msal, app } = await pca;
      const scopes = scopesFor(resource);
      const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
      try {
        const result = await app.acquireTokenSilent({
          scopes,
          ...(account ? { account } : {}),
          ...(loginHint ? { loginHint } : {}),
        });
        return result.accessToken;
      } catch (e) {
        if (e instanceof msal.InteractionRequiredAuthError)
          return (await app.acquireTokenPopup({ scopes })).accessToken;
        throw e;
      }
    },
  };
}
