/**
 * The record as an attacker would try it: the writes a board member (or
 * anyone else) could send straight over SharePoint REST, for every persona.
 * Each is refused by SharePoint's permissions, or — where SharePoint cannot
 * refuse it — kept in the action's history under the real author.
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/security";
import { describe, expect, it } from "vitest";
import { Actions, ROLE_DEFINITIONS } from "../../manifest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { listActionVersions } from "../../src/data/sharepoint/actionVersions";
import { getAction } from "../../src/data/sharepoint/actions";
import { createSp } from "../../src/data/sharepoint/sp";
import { historyFromVersions, historyNames } from "../../src/domain/history";
import { basePermissions } from "./sharepoint/roles";
import type { StoredItem } from "./state";
import { persona, SITE_URL, tenant, type PersonaRole } from "./testTenant";

const ROLES: PersonaRole[] = [
  "member",
  "second-member",
  "chair",
  "administrator",
  "executive",
  "reader",
  "outsider",
];
const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
const actions = (sp: SPFI) => sp.web.lists.getByTitle(Actions.title).items;
const list = () => tenant.state.lists[Actions.title]!;
const earlyHelpAction = (): StoredItem => list().items.find((i) => i.folder === "early-help" && !i.isFolder)!;

/** The HTTP status a request ended with (0 when it succeeded). */
async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

describe("role definitions, as the site has them", () => {
  it("lists the built-in levels and ours, whose mask has neither Delete Items nor Delete Versions", async () => {
    const roles =
      await spAs("member").web.roleDefinitions<{ Name: string; BasePermissions: { Low: string } }[]>();
    expect(roles.map((r) => r.Name)).toEqual(ROLE_DEFINITIONS.map((r) => r.name));
    const ours = roles.find((r) => r.Name === "Contribute without delete")!;
    const low = BigInt(ours.BasePermissions.Low);
    const bit = (kind: number) => (low >> BigInt(kind - 1)) & 1n;
    expect([bit(1), bit(2), bit(3)]).toEqual([1n, 1n, 1n]); // view, add, edit
    expect([bit(4), bit(8)]).toEqual([0n, 0n]); // delete items, delete versions
    const contribute = ROLE_DEFINITIONS.find((r) => r.name === "Contribute")!;
    expect(BigInt(basePermissions(contribute).Low) & (1n << 3n)).not.toBe(0n);
  });
});

describe.each(ROLES)("as %s", (role) => {
  it("cannot delete or recycle an action", async () => {
    const item = earlyHelpAction();
    const sp = spAs(role);
    expect([403, 404]).toContain(await statusOf(() => actions(sp).getById(item.Id).delete()));
    expect([403, 404]).toContain(await statusOf(() => actions(sp).getById(item.Id).recycle()));
    expect(list().items).toContain(item);
  });

  it("cannot change or delete any of an action's history", async () => {
    const item = earlyHelpAction();
    const before = structuredClone(item.versions);
    const res = await fetch(
      `${SITE_URL}/_api/web/lists/getByTitle('TB%20Actions')/items(${item.Id})/versions(512)`,
      {
        method: "POST",
        headers: {
          Authorization: `Bearer ${persona(role).token}`,
          "X-HTTP-Method": "MERGE",
          "IF-MATCH": "*",
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        body: JSON.stringify({ TBLastNote: "Nothing happened here." }),
      },
    );
    expect([400, 403, 404]).toContain(res.status);
    expect([403, 404]).toContain(
      await statusOf(() => actions(spAs(role)).getById(item.Id).versions.getById(512).delete()),
    );
    expect(item.versions).toEqual(before);
  });
});

describe("what SharePoint cannot refuse is in the history, under the real author", () => {
  const history = async (id: number) =>
    historyFromVersions(await listActionVersions(spAs("administrator"), id), historyNames([], []));

  it("a member who changes an action's owner and target date over REST is named in its history", async () => {
    const item = earlyHelpAction();
    const member = spAs("member");
    const current = await getAction(member, item.Id);
    await actions(member)
      .getById(item.Id)
      .update({ TBTargetDate: "2028-03-30T23:00:00Z", TBOwnerId: null }, current.etag);
    const [newest] = await history(item.Id);
    expect(newest).toMatchObject({ throughApp: false, by: { name: persona("member").displayName } });
    expect(newest?.changes.map((c) => c.field)).toEqual(["targetDate", "owner"]);
  });

  it("a member who relabels their board's action with another board's id: in the history, and still filed in their folder", async () => {
    const item = earlyHelpAction();
    const member = spAs("member");
    const current = await getAction(member, item.Id);
    const other = tenant.state.lists["TB Boards"]!.items.find((b) => b.fields["TBFolder"] !== "early-help")!;
    await actions(member).getById(item.Id).update({ TBBoardId: other.Id }, current.etag);

    const after = await getAction(member, item.Id);
    expect(after).toMatchObject({ boardId: other.Id, folder: "early-help" });
    const [newest] = await history(item.Id);
    expect(newest?.changes.map((c) => c.field)).toEqual(["board"]);
    expect(newest?.by?.name).toBe(persona("member").displayName);
  });

  it("no one can file an action in a board folder they are not on; an outsider cannot file anywhere", async () => {
    const memberId = persona("member").userId;
    const hidden = Object.keys(list().folders).find(
      (f) => !tenant.canView(memberId, list().folders[f]!.acl),
    )!;
    const attempt = (role: PersonaRole, folder: string) =>
      statusOf(() =>
        spAs(role)
          .web.lists.getByTitle(Actions.title)
          .addValidateUpdateItemUsingPath(
            [{ FieldName: "Title", FieldValue: "Planted" }],
            `/sites/trustboards/Lists/TBActions/${folder}`,
          ),
      );
    const before = list().items.length;
    expect([403, 404]).toContain(await attempt("member", hidden));
    expect([403, 404]).toContain(await attempt("executive", "early-help"));
    expect([403, 404]).toContain(await attempt("reader", "early-help"));
    expect([401, 403, 404]).toContain(await attempt("outsider", "early-help"));
    expect(list().items).toHaveLength(before);
  });
});
