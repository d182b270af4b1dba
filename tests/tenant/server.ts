import { createMiddleware } from "@mswjs/http-middleware";
import type { RequestHandler } from "express";
import { demoData } from "./demo";
import { createTenantHandlers } from "./handlers";
import { persistentTenant } from "./persist";
import { seedState } from "./seed";
import type { Tenant } from "./tenant";

export interface EmulatedTenant {
  tenant: Tenant;
  /** Express middleware answering /sp/…/_api/…, /graph/v1.0/… and /__tenant/…; mount it before any body parser. */
  middleware: RequestHandler;
}

/** The emulated tenant for `npm start` and the browser tests, with its state kept in `file`. */
export function emulatedTenant(file: string): EmulatedTenant {
  const seed = () => seedState(demoData, { now: new Date() });
  const tenant = persistentTenant(file, seed);
  const middleware = createMiddleware(...createTenantHandlers(tenant, { reset: seed }));
  return { tenant, middleware };
}
