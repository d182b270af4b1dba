import type { Configuration } from "@azure/msal-browser";
import { createSignInSession, type SignInSession } from "./signIn/session";

/** MSAL arrives as its own chunk, only for a real tenant: the emulated workbench never downloads it. */
const msal = () => import(/* webpackChunkName: "msal" */ "@azure/msal-browser");

export interface MsalSignInOptions {
  host: "teams" | "browser";
  clientId: string;
  tenantId: string;
  /** Teams' user principal name, for silent nested app auth. */
  loginHint: string | null;
  origin?: string;
}

/**
 * Sign-in against the real tenant. Inside Teams: nested app auth (MSAL talks to the Teams host, which
 * signs in; teams-js must be initialised first, it installs the bridge). A Teams host without nested
 * app auth gets MSAL's standard client (createNestablePublicClientApplication falls back to it by
 * itself; if it throws, so do we). Outside Teams: the standard client, redirecting to Entra and back
 * to the app's origin + "/", which must be a single-page application redirect URI of the registration.
 */
export function msalSignIn(o: MsalSignInOptions): SignInSession {
  const origin = o.origin ?? window.location.origin;
  const config: Configuration = {
    auth: {
      clientId: o.clientId,
      authority: `https://login.microsoftonline.com/${o.tenantId || "organizations"}`,
      redirectUri: `${origin}/`,
    },
  };
  return createSignInSession({
    host: o.host,
    clientId: o.clientId,
    appUrl: `${origin}/${window.location.hash}`,
    loginHint: o.loginHint,
    createClient: async () => {
      const m = await msal();
      return o.host === "teams"
        ? m.createNestablePublicClientApplication(config)
        : m.createStandardPublicClientApplication(config);
    },
    createFallbackClient: async () => (await msal()).createStandardPublicClientApplication(config),
    online: () => navigator.onLine,
  });
}

/**
 * True when this page load is Entra answering a sign-in (the redirect URI is the app's own page):
 * the answer rides in the hash or the query as state plus code or error. The app's own routes
 * ("#/board/7?owner=…") never carry a `state`.
 */
export function isAuthResponse(url: { hash: string; search: string }): boolean {
  return [url.hash, url.search].some(
    (part) => /(^|[#?&])state=/.test(part) && /(^|[#?&])(code|error)=/.test(part),
  );
}

/**
 * MSAL v5 reads Entra's answer through a "redirect bridge": the page Entra returns to (in a popup, a
 * hidden frame or the tab itself) hands the answer to the app that asked and, after a redirect,
 * returns to the page the person was on. This page is that bridge when it carries an answer.
 * https://learn.microsoft.com/entra/msal/javascript/browser/redirect-bridge
 */
export async function relayAuthResponse(): Promise<void> {
  const { broadcastResponseToMainFrame } = await import(
    /* webpackChunkName: "msal-bridge" */ "@azure/msal-browser/redirect-bridge"
  );
  await broadcastResponseToMainFrame();
}
