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
  teamsAppId: string;
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
  /** The Teams app's id, for deep links into its tab (reminders); the emulated tenant has its own. */
  teamsAppId: string;
}

/** The Teams app id deep links carry on the emulated tenant (no real Teams app behind it). */
export const EMULATED_TEAMS_APP_ID = "00000000-0000-4000-8000-7b0a2d5b0a2d";

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
      teamsAppId: built.teamsAppId,
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
    teamsAppId: EMULATED_TEAMS_APP_ID,
  };
}
