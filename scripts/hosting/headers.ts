/**
 * The one source of truth for the HTTP headers Trust Boards is served with: the production preview
 * (`scripts/start.ts --dist`) sends these, and the build writes them into each static host's
 * configuration (scripts/hosting/hostConfig.ts), so what the browser tests check is what ships.
 *
 * Pure functions of the origins the app talks to; no I/O.
 */
import { z } from "zod";

/** Where the app's data and sign-in live. Origins only: scheme, host and port, no path. */
export interface ServiceOrigins {
  /** The SharePoint site's origin, e.g. https://contoso.sharepoint.com (from TB_SITE_URL). */
  sharePoint: string;
  /** Microsoft Graph; the emulated tenant serves it on another loopback port. */
  graph: string;
  /** The Entra sign-in authority (MSAL outside Teams, and the silent renewal frame). */
  login: string;
}

export const GRAPH_ORIGIN = "https://graph.microsoft.com";
export const LOGIN_ORIGIN = "https://login.microsoftonline.com";

/**
 * TeamsJS (2.19 and later) fetches the list of host origins it trusts from this CDN when it loads
 * inside Teams, and falls back to a built-in list when it cannot. Allowing it avoids a CSP
 * violation on every tab load. Constant `validOriginsCdnEndpoint` in @microsoft/teams-js
 * (dist/esm/packages/teams-js/src/internal/constants.js).
 */
export const TEAMS_JS_CDN_ORIGIN = "https://res.cdn.office.net";

/**
 * The hosts allowed to frame the app: Teams, the Microsoft 365 app and Outlook, on their current
 * and their new (*.cloud.microsoft) domains. Microsoft's list, "Set Content Security Policy headers
 * to allow Teams and any other host applications of your app":
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements
 * (*.office.com covers outlook.office.com and outlook-sdf.office.com.)
 */
export const FRAME_ANCESTORS: readonly string[] = [
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.cloud.microsoft",
  "https://*.microsoft365.com",
  "https://*.office.com",
  "https://outlook.office365.com",
  "https://outlook-sdf.office365.com",
];

/** Hashed file names (webpack's [contenthash:8]) never change content: cache them for a year. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else, index.html above all, is revalidated on every load, so a deployment shows at once. */
export const REVALIDATE = "no-cache";

/** A file webpack named by its content, e.g. main.1a2b3c4d.js (not its .LICENSE.txt companion). */
export const HASHED_ASSET = /\.[0-9a-f]{8}\.(?:js|css)$/;

export const cacheControlFor = (urlPath: string): string =>
  HASHED_ASSET.test(urlPath.split("?")[0] ?? "") ? IMMUTABLE : REVALIDATE;

const origin = z
  .string()
  .url()
  .transform((s) => new URL(s))
  .refine((u) => u.protocol === "https:" || ["127.0.0.1", "localhost"].includes(u.hostname), {
    message: "must be https:// (plain http only for the emulated tenant on this computer)",
  })
  .transform((u) => u.origin);

/** The origin of a URL such as TB_SITE_URL, checked: https, or loopback for the emulated tenant. */
export function originOf(url: string, what: string): string {
  const parsed = origin.safeParse(url);
  if (!parsed.success)
    throw new Error(`${what} "${url}" is not a usable address: ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

/** The origins of a real tenant's build: the SharePoint site from TB_SITE_URL, Graph and sign-in fixed. */
export const tenantOrigins = (siteUrl: string): ServiceOrigins => ({
  sharePoint: originOf(siteUrl, "TB_SITE_URL"),
  graph: GRAPH_ORIGIN,
  login: LOGIN_ORIGIN,
});

/** The Content-Security-Policy, as [directive, sources] pairs in the order they are sent. */
export function cspDirectives(o: ServiceOrigins): [string, string[]][] {
  return [
    ["default-src", ["'self'"]],
    // Only our own files: the webpack runtime loads its chunks as <script src> from our origin. No
    // inline script and no eval (zod's JIT probe is switched off at boot, src/app/strictCsp.ts).
    ["script-src", ["'self'"]],
    // Fluent UI v9 styles with Griffel, which at run time appends <style> elements and fills them
    // with insertRule(). Without 'unsafe-inline' Chromium refuses every such element (tried: 20
    // refusals on the board home, no style sheet behind any of them, the app unstyled). A nonce would
    // need a server to mint one per response, which a static host cannot. Inline styles cannot run
    // script; what is left is CSS injection, and React escapes all text it renders.
    ["style-src", ["'self'", "'unsafe-inline'"]],
    // The favicon is a data: URL; nothing else is an image.
    ["img-src", ["'self'", "data:"]],
    ["font-src", ["'self'"]],
    // Exactly what the app calls: itself (the emulated tenant's /__tenant control API), the
    // SharePoint site, Graph, the sign-in authority (MSAL's token and discovery calls), and the
    // TeamsJS origin list.
    ["connect-src", [...new Set(["'self'", o.sharePoint, o.graph, o.login, TEAMS_JS_CDN_ORIGIN])]],
    // MSAL's silent token renewal outside Teams runs in a hidden frame on the sign-in authority.
    ["frame-src", [o.login]],
    ["frame-ancestors", [...FRAME_ANCESTORS]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["object-src", ["'none'"]],
  ];
}

export const contentSecurityPolicy = (o: ServiceOrigins): string =>
  cspDirectives(o)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");

/**
 * Parses a policy into directive → sources (lower-case names, first occurrence wins as in
 * browsers: https://www.w3.org/TR/CSP3/#parse-serialized-policy).
 */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, sources);
  }
  return out;
}

const PERMISSIONS_POLICY = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "payment",
  "usb",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/**
 * The headers every response carries.
 * - No X-Frame-Options: it has no value that allows a list of hosts (ALLOW-FROM is obsolete and
 *   ignored), so any value would stop Teams framing the tab; frame-ancestors does the job instead.
 * - Referrer-Policy strict-origin-when-cross-origin (the browsers' default, stated so no host
 *   weakens it): calls to SharePoint and Graph, and links people follow to board papers, carry our
 *   origin only, never the page's path or hash (board and action ids); nothing goes over plain http.
 *   no-referrer would also do, but would hide even the origin from Microsoft's own services.
 * - HSTS: the app must only ever load over HTTPS (Teams requires it), for two years, subdomains too.
 *   Browsers ignore it on plain http, so the emulated preview may send it unchanged.
 */
export function securityHeaders(o: ServiceOrigins): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(o),
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Nothing the app does needs a device or a sensor: switch them off for it and any frame in it.
    "Permissions-Policy": PERMISSIONS_POLICY,
  };
}

/** Every header a response for `urlPath` gets: the security headers and its cache rule. */
export const headersFor = (urlPath: string, o: ServiceOrigins): Record<string, string> => ({
  ...securityHeaders(o),
  "Cache-Control": cacheControlFor(urlPath),
});
