import { createMiddleware } from "@mswjs/http-middleware";
import express, { type Express, type RequestHandler } from "express";
import { corsFor } from "./cors";
import { demoData } from "./demo";
import type { Service } from "./faults";
import { createTenantHandlers, type TenantEndpoints } from "./handlers";
import { persistentTenant } from "./persist";
import { scaleTenant } from "./scale";
import { bareSite, partialSite, seedState } from "./seed";
import type { Tenant } from "./tenant";

export interface EmulatedTenant {
  tenant: Tenant;
  /** The control API (/__tenant/…) for the workbench and tests, served beside the app. */
  control: RequestHandler;
  /** SharePoint REST (…/_api/…) on its own origin, with SharePoint's CORS answers. */
  sharePoint: Express;
  /** Microsoft Graph (/v1.0/…) on its own origin, with Graph's CORS answers. */
  graph: Express;
}

/**
 * msw answers a dropped connection with Response.error() (status 0): right
 * for fetch inside a test process, but the http middleware would try to write
 * status 0 and crash the server. Here the socket is destroyed instead, which a
 * browser sees as the real network's reset connection, and the server serves on.
 */
export function dropSafe(middleware: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const end = res.end.bind(res);
    const writeHead = res.writeHead.bind(res);
    const dropped = (): boolean => {
      if (res.statusCode !== 0) return false;
      res.socket?.destroy();
      return true;
    };
    res.writeHead = ((...args: Parameters<typeof res.writeHead>) =>
      args[0] === 0 || dropped() ? res : writeHead(...args)) as typeof res.writeHead;
    res.end = ((...args: Parameters<typeof res.end>) => (dropped() ? res : end(...args))) as typeof res.end;
    return middleware(req, res, next);
  };
}

/** Only requests for `service` reach it; anything else on its origin is a 404, as on the real host. */
function serviceApp(service: Service, middleware: RequestHandler): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(corsFor(service));
  const mine = service === "sharepoint" ? /\/_api\// : /^\/v1\.0\//;
  app.use((req, res, next) => {
    if (mine.test(req.path)) return middleware(req, res, next);
    res.status(404).json({ error: `Not a ${service} address: ${req.path}` });
  });
  return app;
}

/** The emulated tenant for `npm start` and the browser tests, with its state kept in `file`. */
export function emulatedTenant(file: string, endpoints: TenantEndpoints): EmulatedTenant {
  // TB_EMULATED_SITE=bare or partial serves the demo's site before provisioning, or stopped halfway
  // (seed.ts bareSite / partialSite), to try `npm run provision` on; the demo otherwise.
  const site = process.env["TB_EMULATED_SITE"];
  const demo = () => seedState(demoData, { now: new Date() });
  const seed =
    site === "bare" ? () => bareSite(demo()) : site === "partial" ? () => partialSite(demo()) : demo;
  const tenant = persistentTenant(file, seed);
  // The demo unless the workbench switched to the scale data set (POST /__tenant/dataset).
  const datasets = { demo: seed, scale: () => scaleTenant({ now: new Date() }) };
  const all = dropSafe(
    createMiddleware(...createTenantHandlers(tenant, { reset: seed, endpoints, datasets })),
  );
  const control: RequestHandler = (req, res, next) =>
    req.path.startsWith("/__tenant/") ? all(req, res, next) : next();
  return { tenant, control, sharePoint: serviceApp("sharepoint", all), graph: serviceApp("graph", all) };
}
