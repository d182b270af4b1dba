/**
 * Where access tokens come from: MSAL nested app auth inside Teams, a persona
 * token on the emulated tenant, a fixed token in tests. The data layer asks per
 * request, so a switched persona or a refreshed token applies at once.
 */
export type Resource = "graph" | { sharePointOrigin: string };

export interface TokenProvider {
  getToken(resource: Resource): Promise<string>;
}

export const fixedTokenProvider = (token: string): TokenProvider => ({
  getToken: () => Promise.resolve(token),
});
