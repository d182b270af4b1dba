import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GRAPH_SCOPES, scopesFor } from "./scopes";

describe("the permissions the app asks for", () => {
  it("are the Graph scopes the Teams manifest declares for nested app auth, no more and no fewer", () => {
    const manifest = JSON.parse(readFileSync("appPackage/manifest.json", "utf8")) as {
      webApplicationInfo: { nestedAppAuthInfo: { scopes: string[] }[] };
    };
    const declared = manifest.webApplicationInfo.nestedAppAuthInfo[0]!.scopes;
    expect([...GRAPH_SCOPES].sort()).toEqual([...declared].sort());
  });

  it("ask SharePoint for AllSites.Write on the site's own origin only", () => {
    expect(scopesFor({ sharePointOrigin: "https://council.sharepoint.com" })).toEqual([
      "https://council.sharepoint.com/AllSites.Write",
    ]);
    expect(scopesFor("graph")).toEqual([...GRAPH_SCOPES]);
  });
});
