/**
 * Static hosts' configuration files, written into dist/ by the production build (webpack.config.js)
 * from the same headers the preview sends (scripts/hosting/headers.ts):
 * - staticwebapp.config.json for Azure Static Web Apps
 *   (https://learn.microsoft.com/azure/static-web-apps/configuration: globalHeaders on every
 *   response; a route's headers override a global header of the same name);
 * - _headers for Netlify and Cloudflare Pages (https://docs.netlify.com/routing/headers/,
 *   https://developers.cloudflare.com/pages/configuration/headers/). Both join the values of a header
 *   set by two matching rules, so Cache-Control is set per file, never under "/*".
 */
import { HASHED_ASSET, IMMUTABLE, REVALIDATE, securityHeaders, type ServiceOrigins } from "./headers";

export const SWA_CONFIG = "staticwebapp.config.json";
export const NETLIFY_HEADERS = "_headers";

/** Throws unless every script and stylesheet is content-hashed: the host rules cache them for a year. */
export function assertHashed(files: readonly string[]): void {
  const unhashed = files.filter((f) => /\.(?:js|css)$/.test(f) && !HASHED_ASSET.test(f));
  if (unhashed.length > 0)
    throw new Error(
      `These files would be cached for a year but their names carry no content hash: ${unhashed.join(", ")}`,
    );
}

export interface SwaConfig {
  globalHeaders: Record<string, string>;
  routes: { route: string; headers: Record<string, string> }[];
  mimeTypes: Record<string, string>;
}

/**
 * Every response gets the security headers and "no-cache"; scripts and stylesheets (all hashed,
 * see assertHashed) are immutable. No navigationFallback: the app routes in the URL's hash, so
 * every page is "/" and an unknown path is rightly a 404.
 */
export function staticWebAppConfig(o: ServiceOrigins): SwaConfig {
  return {
    globalHeaders: { ...securityHeaders(o), "Cache-Control": REVALIDATE },
    routes: [{ route: "/*.{js,css}", headers: { "Cache-Control": IMMUTABLE } }],
    mimeTypes: { ".json": "application/json", ".txt": "text/plain; charset=utf-8" },
  };
}

/** Netlify / Cloudflare Pages `_headers`: security headers everywhere, a cache rule per file. */
export function netlifyHeaders(o: ServiceOrigins, files: readonly string[]): string {
  const block = (path: string, headers: Record<string, string>): string =>
    [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n");
  const served = files.filter((f) => !/\.(?:br|gz)$/.test(f) && f !== NETLIFY_HEADERS);
  return (
    [
      block("/*", securityHeaders(o)),
      block("/", { "Cache-Control": REVALIDATE }),
      ...served
        .slice()
        .sort()
        .map((f) => block(`/${f}`, { "Cache-Control": HASHED_ASSET.test(f) ? IMMUTABLE : REVALIDATE })),
    ].join("\n") + "\n"
  );
}

/** The files to add to dist/ for a build against `o`, given the names of the files it emits. */
export function hostConfigFiles(o: ServiceOrigins, files: readonly string[]): Record<string, string> {
  assertHashed(files);
  return {
    [SWA_CONFIG]: JSON.stringify(staticWebAppConfig(o), null, 2) + "\n",
    [NETLIFY_HEADERS]: netlifyHeaders(o, [...files, SWA_CONFIG]),
  };
}
