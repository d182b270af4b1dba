import { json, type SimpleResponse } from "../http";
import { accessDenied, badRequest, jsonObjectBody } from "./errors";
import { SITE_LOCALES } from "./regional";
import { itemPermissions, type SecurityCall } from "./roleAssignments";
import type { SiteLocaleName } from "../state";

/**
 * POST …/_api/Microsoft.SharePoint.Utilities.WebTemplateExtensions.SiteScriptUtility.ExecuteSiteScriptAction
 * with `{ "actionDefinition": "<one site script action, as JSON>" }`: runs one site script action on this
 * site (PnPjs `sp.siteScripts.executeSiteScriptAction`). The emulated tenant knows one verb, the one
 * provisioning sends: `setRegionalSettings` with `locale` (an LCID) and `timeZone` (a SharePoint time zone
 * id), as the site script schema defines it
 * (https://learn.microsoft.com/sharepoint/dev/declarative-customization/site-design-json-schema).
 *
 * As SharePoint does, the answer is a SiteScriptActionResult (Title, Outcome, OutcomeText): an action that
 * cannot be done is a 200 whose Outcome is 1 (Failure), not an HTTP error, so the caller must read it.
 * Running actions on a site needs Manage Web Site (site owners and site collection administrators):
 * anyone else gets 403. Changing the time zone keeps every stored instant, as SharePoint does, so
 * date-only values entered before would show a day out: provisioning only sends it to a site without data.
 */
export function siteScriptRoute(call: SecurityCall, path: string): SimpleResponse | null {
  if (
    !/^microsoft\.sharepoint\.utilities\.webtemplateextensions\.sitescriptutility\.executesitescriptaction$/i.test(
      path,
    )
  )
    return null;
  if (call.method !== "POST") throw badRequest(`'${call.method} ${path}' is not supported; use POST.`);
  if (!itemPermissions(call.tenant, call.userId, call.siteUserId, call.tenant.state.siteAcl).has("ManageWeb"))
    throw accessDenied();
  const definition = jsonObjectBody(call.req.body)["actionDefinition"];
  if (typeof definition !== "string")
    throw badRequest("The site script action's actionDefinition is missing.");
  let action: Record<string, unknown>;
  try {
    action = jsonObjectBody(definition);
  } catch {
    throw badRequest("The site script action is not valid JSON.");
  }
  const result = (title: string, outcome: 0 | 1, text: string | null): SimpleResponse =>
    json(200, { Outcome: outcome, OutcomeText: text, Target: null, Title: title });
  if (action["verb"] !== "setRegionalSettings")
    return result(
      typeof action["verb"] === "string" ? action["verb"] : "(no verb)",
      1,
      "The emulated tenant runs only setRegionalSettings.",
    );
  const found = (
    Object.entries(SITE_LOCALES) as [SiteLocaleName, (typeof SITE_LOCALES)[SiteLocaleName]][]
  ).find(([, p]) => p.LocaleId === action["locale"] && p.TimeZone.Id === action["timeZone"]);
  if (!found)
    return result(
      "Set regional settings",
      1,
      `The emulated tenant knows locale 2057 with time zone 2 and locale 1033 with time zone 13, not ${JSON.stringify(action["locale"])} with ${JSON.stringify(action["timeZone"])}.`,
    );
  call.tenant.state.site = { ...call.tenant.state.site, locale: found[0] };
  call.tenant.changed();
  return result("Set regional settings", 0, null);
}
