import type { Client } from "@microsoft/microsoft-graph-client";
import type { SPFI } from "@pnp/sp";
import { createContext, useContext, type ReactNode } from "react";
import type { RoleGroups } from "./config";

/** The concrete clients, wired once in app/ and handed to features through React context. */
export interface Services {
  sp: SPFI;
  graph: Client;
  siteUrl: string;
  roles: RoleGroups;
  /** The Teams app's id, for deep links into the tab. */
  teamsAppId: string;
  /** Injected so tests and the demo can fix "today". */
  now: () => Date;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside <ServicesProvider>");
  return services;
}
