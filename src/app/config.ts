/**
 * Where the app's data lives. A production build is given a real tenant's
 * SharePoint site and Entra app through TB_* environment variables (see the
 * README); without them the app talks to the emulated tenant served beside it.
 */
declare const __TB_CONFIG__: {
  siteUrl: string;
  clientId: string;
  tenantId: string;
  executiveGroupId: string;
  readersGroupId: string;
  administratorsGroupId: string;
};

export interface RoleGroups {
  executiveGroupId: string;
  readersGroupId: string;
  administratorsGroupId: string;
}

export interface AppConfig {
  emulated: boolean;
  siteUrl: string;
  /** Ends with "/": the Graph client appends the version. */
  graphBaseUrl: string;
  clientId: string;
  tenantId: string;
  roles: RoleGroups;
}

const built = typeof __TB_CONFIG__ === "undefined" ? undefined : __TB_CONFIG__;

export function readConfig(origin: string = window.location.origin): AppConfig {
  if (built && built.siteUrl) {
    return {
      emulated: false,
      siteUrl: built.siteUrl.replace(/\/$/, ""),
      graphBaseUrl: "https://graph.microsoft.com/",
      clientId: built.clientId,
      tenantId: built.tenantId,
      roles: {
        executiveGroupId: built.executiveGroupId,
        readersGroupId: built.readersGroupId,
        administratorsGroupId: built.administratorsGroupId,
      },
    };
  }
  // The emulated tenant tells the app where its services answer (with the personas, see index.tsx).
  return {
    emulated: true,
    siteUrl: `${origin}/sp/sites/trustboards`,
    graphBaseUrl: `${origin}/graph/`,
    clientId: "",
    tenantId: "",
    roles: { executiveGroupId: "", readersGroupId: "", administratorsGroupId: "" },
  };
}
