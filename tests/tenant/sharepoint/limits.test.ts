/**
 * Limits SharePoint Online enforces on list queries, which the emulated tenant
 * must enforce too so that a query that would fail in production fails here.
 * Driven through the production PnPjs instance.
 */
import { describe, expect, it } from "vitest";
import { fixedTokenProvider } from "../../../src/app/tokens";
import { createSp } from "../../../src/data/sharepoint/sp";
import type { ListDef } from "../../../manifest";
import { addBulkActions } from "../bulk";
import { enforceThreshold, parseItemQuery } from "./query";
import { persona, SITE_URL, tenant } from "../testTenant";

const sp = () => createSp(SITE_URL, fixedTokenProvider(persona("administrator").token));
const actions = () => sp().web.lists.getByTitle("TB Actions").items;

async function statusOf(call: () => Promise<unknown>): Promise<{ status?: number; message: string }> {
  try {
    await call();
    return { message: "succeeded" };
  } catch (e) {
    return { status: (e as { status?: number }).status, message: e instanceof Error ? e.message : String(e) };
  }
}

describe("a page larger than the list view threshold", () => {
  it("is refused on a list over 5,000 items, where SharePoint would throttle it", async () => {
    addBulkActions(tenant, "early-help", 5_100);
    const failure = await statusOf(() => actions().select("Id").top(6_000)());
    expect(failure.status).toBe(500);
    expect(failure.message).toContain("SPQueryThrottledException");
  });

  it("pages of 5,000 on the large list still work", async () => {
    addBulkActions(tenant, "early-help", 5_100);
    const rows = await actions().select("Id").top(5_000)();
    expect(rows).toHaveLength(5_000);
  });
});

describe("the list view lookup threshold (12 joined person or lookup columns)", () => {
  it("answers the app's own queries, which join three", async () => {
    const rows = await actions()
      .select("Id", "TBOwner/Title", "TBLastUpdateBy/Title", "Editor/Title")
      .expand("TBOwner", "TBLastUpdateBy", "Editor")
      .top(5)();
    expect(rows).toHaveLength(5);
  });

  it("refuses a query that joins more than 12, as SharePoint Online does", () => {
    // No list of ours has 13 person columns (so no app query can meet this), so the rule is
    // checked on a list definition made for the test.
    const wide: ListDef = {
      title: "Wide",
      description: "",
      permissions: "site",
      versioning: { majorVersions: 1 },
      fields: Array.from({ length: 13 }, (_, i) => ({
        name: `P${i}`,
        type: "User" as const,
        title: `P${i}`,
      })),
    };
    const query = (n: number) =>
      parseItemQuery(
        new URLSearchParams({
          $select: "Id",
          $expand: wide.fields
            .slice(0, n)
            .map((f) => f.name)
            .join(","),
        }),
        wide,
      );
    expect(() => enforceThreshold(tenant, wide, [], query(12))).not.toThrow();
    expect(() => enforceThreshold(tenant, wide, [], query(13))).toThrow(/lookup column threshold/);
  });
});
