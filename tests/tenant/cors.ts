import type { RequestHandler } from "express";
import type { Service } from "./faults";

/**
 * Cross-origin rules of the emulated SharePoint and Graph when they are served
 * on their own origins (`npm start`, browser tests), as the real services are:
 * the app on its own HTTPS host, SharePoint on https://<tenant>.sharepoint.com,
 * Graph on https://graph.microsoft.com. The browser then lets the page read
 * only the CORS-safelisted response headers plus those the service lists in
 * Access-Control-Expose-Headers, so what the app may rely on is exactly what
 * it could rely on in production.
 *
 * - Microsoft Graph answers CORS for bearer-token calls with
 *   `Access-Control-Allow-Origin: *`. Its expose list has no `Retry-After`
 *   (https://github.com/microsoftgraph/microsoft-graph-docs/issues/17488: a 429's
 *   Retry-After cannot be read by a single-page app); the list below is the one
 *   Graph sends, as reported there and by Graph Explorer
 *   (https://github.com/microsoftgraph/microsoft-graph-explorer-v4/issues/995).
 * - SharePoint accepts CORS only for OAuth (bearer) calls and answers them with
 *   `Access-Control-Allow-Origin: *` and a 30-day preflight cache
 *   (https://thesharepointfarm.com/2017/03/cors-http-headers-in-sharepoint-server-2016/).
 *   Microsoft does not document which headers SharePoint Online exposes, so the
 *   emulator takes the strictest reading: none beyond the safelisted ones. An
 *   app that passes here learns ETags from response bodies and backs off
 *   without Retry-After, which is correct whatever SharePoint exposes.
 */
export const EXPOSED_HEADERS: Record<Service, readonly string[]> = {
  graph: [
    "ETag",
    "Location",
    "Preference-Applied",
    "Content-Range",
    "request-id",
    "client-request-id",
    "ReadWriteConsistencyToken",
    "SdkVersion",
    "WWW-Authenticate",
    "x-ms-client-gcc-tenant",
  ],
  sharepoint: [],
};

const ALLOWED_METHODS = "GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS";
/** Seconds a browser may cache a preflight answer: 30 days, as SharePoint sends. */
const PREFLIGHT_MAX_AGE = "2592000";

/**
 * Answers preflights itself and stamps the CORS headers on every other answer.
 * A request without an Origin header (a test's own fetch, curl) is not a CORS
 * request and is passed through untouched.
 */
export function corsFor(service: Service): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (!origin) return next();
    res.setHeader("Access-Control-Allow-Origin", "*");
    if (req.method === "OPTIONS" && req.headers["access-control-request-method"]) {
      res.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
      const asked = req.headers["access-control-request-headers"];
      if (asked) res.setHeader("Access-Control-Allow-Headers", asked);
      res.setHeader("Access-Control-Max-Age", PREFLIGHT_MAX_AGE);
      res.statusCode = 200;
      res.end();
      return;
    }
    const exposed = EXPOSED_HEADERS[service];
    if (exposed.length > 0) res.setHeader("Access-Control-Expose-Headers", exposed.join(", "));
    next();
  };
}
