import type { SPFI } from "@pnp/sp";
import "@pnp/sp/fields";
import "@pnp/sp/folders";
import { Item } from "@pnp/sp/items";
import "@pnp/sp/regional-settings/web";
import "@pnp/sp/site-scripts";
import "@pnp/sp/security";
import "@pnp/sp/site-users/web";
import { z } from "zod";
import {
  ALL_LISTS,
  PERMISSIONS,
  ROLE_DEFINITIONS,
  SITE_REGIONAL,
  listSitePath,
  type FieldDef,
  type ListDef,
  type PrincipalKind,
  type RoleName,
} from "../../manifest";
import type { RoleGroups } from "../../src/app/config";
import {
  LIMITED_ACCESS,
  boardGroupAccessScopes,
  boardScopedLists,
  claimFor,
  grantBoardGroupSiteAccess,
  membersClaim,
  ownersClaim,
  planFor,
  provisionBoardFolders,
  roleGroupClaim,
  type FolderAccess,
} from "../../src/data/sharepoint/boardFolders";
import { toDataError } from "../../src/data/errors";
import { FIELD_OPTIONS, fieldXml } from "./fieldXml";
import { basePermissionsOf } from "./permissions";

/** One change the site needs, in the words the plan prints; `apply` makes it. */
export interface Change {
  what: string;
  apply: () => Promise<void>;
}

export interface Plan {
  changes: Change[];
  /** What SharePoint's REST API cannot change and a person must do by hand, in plain words. */
  manual: string[];
}

const ListRow = z.object({
  Id: z.string(),
  Title: z.string(),
  BaseTemplate: z.number(),
  EnableVersioning: z.boolean(),
  MajorVersionLimit: z.number(),
  EnableFolderCreation: z.boolean(),
  HasUniqueRoleAssignments: z.boolean(),
  RootFolder: z.object({ ServerRelativeUrl: z.string() }),
});
type ListRow = z.infer<typeof ListRow>;

const FieldRow = z.object({
  InternalName: z.string(),
  Title: z.string(),
  TypeAsString: z.string(),
  Required: z.boolean(),
  Indexed: z.boolean(),
  EnforceUniqueValues: z.boolean(),
  MaxLength: z.number().optional(),
  Choices: z.array(z.string()).optional(),
  DisplayFormat: z.number().optional(),
});
type FieldRow = z.infer<typeof FieldRow>;

const RoleRow = z.object({
  Id: z.number(),
  Name: z.string(),
  BasePermissions: z.object({ High: z.coerce.string(), Low: z.coerce.string() }),
});

const AssignmentRows = z.array(
  z.object({
    Member: z.object({ LoginName: z.string() }),
    RoleDefinitionBindings: z.array(z.object({ Name: z.string() })),
  }),
);

const BoardRow = z.object({
  Id: z.number(),
  Title: z.string().nullable(),
  TBFolder: z.string().nullable(),
  TBGroupId: z.string().nullable(),
  TBStatus: z.string().nullable(),
});

const RegionalRow = z.object({ LocaleId: z.number(), TimeZone: z.object({ Id: z.number() }) });

/** "login name|role" for comparing role assignments whoever's ids they use. */
const grantKey = (login: string, role: string): string => `${login.toLowerCase()}|${role}`;

async function assignmentsOf(query: () => Promise<unknown>): Promise<Set<string>> {
  const rows = AssignmentRows.parse(await query());
  return new Set(
    rows.flatMap((a) =>
      a.RoleDefinitionBindings.filter((b) => b.Name !== LIMITED_ACCESS).map((b) =>
        grantKey(a.Member.LoginName, b.Name),
      ),
    ),
  );
}

const isNotFound = (e: unknown): boolean => toDataError(e).kind === "notFound";

const groupName = (kind: PrincipalKind): string =>
  kind === "administrators" ? "Plan Administrators" : kind === "executive" ? "Executive" : "Readers";

/**
 * Reads the site and works out every change manifest/ needs, in the order they must be made: permission
 * levels, then each list (made under its address, renamed to its title, its columns, their indexes and
 * unique values before any data, versioning, its own permissions), the site's permissions, then each
 * board already in TB Boards (its team's access, its folders). Only reads: nothing is changed here.
 */
/** What SharePoint answers for one site script action (SiteScriptActionResult); Outcome 0 is Success, 2 NoOp. */
const ActionResult = z.object({
  Outcome: z.number(),
  OutcomeText: z.string().nullish(),
  Title: z.string().nullish(),
});

/** Runs the setRegionalSettings site script action; a 200 whose Outcome is a failure is a failure too. */
async function setRegionalSettings(sp: SPFI, siteUrl: string): Promise<void> {
  const answer: unknown = await sp.siteScripts.executeSiteScriptAction(
    JSON.stringify({
      verb: "setRegionalSettings",
      locale: SITE_REGIONAL.localeId,
      timeZone: SITE_REGIONAL.timeZoneId,
      hourFormat: "24",
    }),
  );
  const rows = z
    .union([
      z.object({ value: z.array(ActionResult) }).transform((r) => r.value),
      ActionResult.transform((r) => [r]),
    ])
    .parse(answer);
  const failed = rows.find((r) => r.Outcome !== 0 && r.Outcome !== 2);
  if (failed)
    throw new Error(
      `SharePoint did not set the regional settings (${failed.OutcomeText ?? `outcome ${failed.Outcome}`}). Set them by hand at ${siteUrl}/_layouts/15/regionalsetng.aspx and run again.`,
    );
}

export async function planProvisioning(sp: SPFI, siteUrl: string, roles: RoleGroups): Promise<Plan> {
  const changes: Change[] = [];
  const manual: string[] = [];
  const sitePath = new URL(siteUrl).pathname.replace(/\/$/, "");

  // 1. Regional settings (SP.RegionalSettings,
  // https://learn.microsoft.com/previous-versions/office/sharepoint-visio/jj247219(v=office.15)). REST reads
  // them; a site script's setRegionalSettings action sets them
  // (https://learn.microsoft.com/sharepoint/dev/declarative-customization/site-design-json-schema). That is
  // done only while no Trust Boards list holds data: SharePoint keeps stored instants when the time zone
  // changes, so date-only values already entered would then show a day out. Otherwise a person decides.
  const regional = RegionalRow.parse(await sp.web.regionalSettings.expand("TimeZone")());
  if (regional.LocaleId !== SITE_REGIONAL.localeId || regional.TimeZone.Id !== SITE_REGIONAL.timeZoneId) {
    const counts = z
      .array(z.object({ Title: z.string(), ItemCount: z.number() }))
      .parse(await sp.web.lists.select("Title", "ItemCount")());
    const holdingData = counts.filter((l) => l.ItemCount > 0 && ALL_LISTS.some((d) => d.title === l.Title));
    if (holdingData.length === 0)
      changes.push({
        what: `Setting the site's regional settings to ${SITE_REGIONAL.localeName}, ${SITE_REGIONAL.timeZoneName} (now locale ${regional.LocaleId}, time zone ${regional.TimeZone.Id})`,
        apply: () => setRegionalSettings(sp, siteUrl),
      });
    else
      manual.push(
        `Set the site's regional settings: open ${siteUrl}/_layouts/15/regionalsetng.aspx (Site settings › Regional settings) and choose Locale "${SITE_REGIONAL.localeName}" and Time zone "${SITE_REGIONAL.timeZoneName}". They are now locale ${regional.LocaleId}, time zone ${regional.TimeZone.Id}. Provisioning does not change them because ${holdingData.map((l) => l.Title).join(", ")} already hold data: SharePoint keeps stored times when the time zone changes, so check the date-only columns (target and due dates) afterwards.`,
      );
  }

  // 2. Permission levels of our own.
  const siteRoles = z.array(RoleRow).parse(await sp.web.roleDefinitions());
  for (const role of ROLE_DEFINITIONS.filter((r) => !r.builtIn)) {
    const wanted = basePermissionsOf(role.permissions);
    const found = siteRoles.find((r) => r.Name === role.name);
    if (!found)
      changes.push({
        what: `Creating the permission level "${role.name}"`,
        apply: async () => {
          await sp.web.roleDefinitions.add(role.name, role.description, 160, {
            High: Number(wanted.High),
            Low: Number(wanted.Low),
          });
        },
      });
    else if (found.BasePermissions.High !== wanted.High || found.BasePermissions.Low !== wanted.Low)
      manual.push(
        `The permission level "${role.name}" on the site allows something other than manifest/ says. Delete it in Site settings › Site permissions › Permission Levels and run provisioning again.`,
      );
  }

  // 3. Lists.
  const lists = z
    .array(ListRow)
    .parse(
      await sp.web.lists
        .select(
          "Id",
          "Title",
          "BaseTemplate",
          "EnableVersioning",
          "MajorVersionLimit",
          "EnableFolderCreation",
          "HasUniqueRoleAssignments",
          "RootFolder/ServerRelativeUrl",
        )
        .expand("RootFolder")(),
    );
  /** The lists that exist as they should once this plan is done (title → was it there already). */
  const ready = new Map<string, ListRow | null>();
  for (const def of ALL_LISTS)
    ready.set(def.title, await planList(sp, sitePath, def, lists, roles, changes, manual));

  // 4. The site's own role assignments.
  const siteHave = await assignmentsOf(() =>
    sp.web.roleAssignments.expand("Member", "RoleDefinitionBindings")(),
  );
  for (const entry of PERMISSIONS.site) {
    const claim = roleGroupClaim(entry.principal, roles);
    if (claim === null || siteHave.has(grantKey(claim, entry.role))) continue;
    changes.push({
      what: `Giving the ${groupName(entry.principal)} group ${entry.role} on the site`,
      apply: () => grant(sp.web, sp, claim, entry.role),
    });
  }

  // 5. Boards already in TB Boards: their team's access, their folders.
  const boardsRow = ready.get("TB Boards");
  if (boardsRow) {
    const rows = z
      .array(BoardRow)
      .parse(
        await sp.web.lists
          .getByTitle("TB Boards")
          .items.select("Id", "Title", "TBFolder", "TBGroupId", "TBStatus")
          .top(5000)(),
      );
    for (const board of rows) {
      if (!board.TBFolder || !board.TBGroupId) {
        manual.push(
          `Board ${board.Id} (${board.Title ?? "no title"}) in TB Boards has no folder or group: fix it in Administration.`,
        );
        continue;
      }
      await planBoard(
        sp,
        siteUrl,
        sitePath,
        { ...board, TBFolder: board.TBFolder, TBGroupId: board.TBGroupId },
        roles,
        ready,
        siteHave,
        changes,
      );
    }
  }
  return { changes, manual };
}

/** Gives `claim` the role on a web or list with its own role assignments. */
async function grant(
  scope: { roleAssignments: { add(principalId: number, roleDefId: number): Promise<void> } },
  sp: SPFI,
  claim: string,
  role: RoleName,
): Promise<void> {
  const principal = await sp.web.ensureUser(claim);
  const def = RoleRow.parse(await sp.web.roleDefinitions.getByName(role)());
  await scope.roleAssignments.add(principal.Id, def.Id);
}

/** Plans one list; answers its row when it already existed under its title, else null. */
async function planList(
  sp: SPFI,
  sitePath: string,
  def: ListDef,
  lists: ListRow[],
  roles: RoleGroups,
  changes: Change[],
  manual: string[],
): Promise<ListRow | null> {
  const url = `${sitePath}/${listSitePath(def)}`.toLowerCase();
  const template = def.template ?? 100;
  const byTitle = lists.find((l) => l.Title === def.title);
  const byUrl = lists.find((l) => l.RootFolder.ServerRelativeUrl.toLowerCase() === url);
  const row = byTitle ?? byUrl ?? null;
  if (byTitle && byTitle.RootFolder.ServerRelativeUrl.toLowerCase() !== url)
    manual.push(
      `${def.title} exists at ${byTitle.RootFolder.ServerRelativeUrl}, not ${sitePath}/${listSitePath(def)}: the app finds its folders by that address. Delete or rename that list and run provisioning again.`,
    );
  if (row && row.BaseTemplate !== template)
    manual.push(
      `${row.Title} is not a ${template === 101 ? "document library" : "custom list"}: delete it and run provisioning again.`,
    );
  const list = () => sp.web.lists.getByTitle(def.title);
  if (!row) {
    // Made under its address (the title without spaces), then given its title with spaces: SharePoint
    // fixes a list's address from the title it is made with (docs/DEPLOY.md, section 3).
    changes.push({
      what: `Creating ${template === 101 ? "library" : "list"} ${def.title} at ${listSitePath(def)}`,
      apply: async () => {
        const address = listSitePath(def).split("/").pop() ?? def.title;
        await sp.web.lists.add(address, def.description, template, false);
        await sp.web.lists.getByTitle(address).update({ Title: def.title });
      },
    });
  } else if (!byTitle) {
    changes.push({
      what: `Renaming ${row.Title} to ${def.title}`,
      apply: async () => {
        await sp.web.lists.getByTitle(row.Title).update({ Title: def.title });
      },
    });
  }

  // Columns: what is missing, then indexes, then unique values — all before any data.
  const existing: FieldRow[] = row
    ? z.array(FieldRow.passthrough()).parse(await sp.web.lists.getByTitle(row.Title).fields())
    : [];
  for (const f of def.fields) {
    const have = existing.find((e) => e.InternalName === f.name);
    if (!have) {
      changes.push({
        what: `Adding column ${f.name} (${describeType(f)}) to ${def.title}`,
        apply: async () => {
          const lookupId = f.type === "LookupMulti" ? await listId(sp, f.lookupList ?? "") : undefined;
          await list().fields.createFieldAsXml({ SchemaXml: fieldXml(f, lookupId), Options: FIELD_OPTIONS });
        },
      });
    } else {
      const problems = typeProblems(f, have);
      if (problems.length > 0)
        manual.push(
          `${def.title} › ${f.name}: ${problems.join("; ")}. Delete the column (if it holds no data) and run provisioning again.`,
        );
      const update: Record<string, unknown> = {};
      if (have.Title !== f.title) update["Title"] = f.title;
      if (have.Required !== (f.required === true)) update["Required"] = f.required === true;
      if (f.type === "Text" && have.MaxLength !== (f.maxLength ?? 255))
        update["MaxLength"] = f.maxLength ?? 255;
      if (Object.keys(update).length > 0)
        changes.push({
          what: `Updating column ${f.name} on ${def.title} (${Object.keys(update).join(", ")})`,
          apply: async () => {
            await list().fields.getByInternalNameOrTitle(f.name).update(update, "SP.Field");
          },
        });
    }
    if (f.indexed && !have?.Indexed)
      changes.push({
        what: `Indexing ${def.title} › ${f.name}`,
        apply: async () => {
          await list().fields.getByInternalNameOrTitle(f.name).update({ Indexed: true }, "SP.Field");
        },
      });
    if (f.unique && !have?.EnforceUniqueValues)
      changes.push({
        what: `Enforcing unique values in ${def.title} › ${f.name}`,
        apply: async () => {
          await list()
            .fields.getByInternalNameOrTitle(f.name)
            .update({ EnforceUniqueValues: true }, "SP.Field");
        },
      });
  }

  // Versioning (and the New Folder command in board-scoped lists).
  const folders = def.permissions === "boardFolders";
  if (
    !row ||
    !row.EnableVersioning ||
    row.MajorVersionLimit !== def.versioning.majorVersions ||
    (folders && !row.EnableFolderCreation)
  )
    changes.push({
      what: `Keeping ${def.versioning.majorVersions.toLocaleString("en-GB")} major versions in ${def.title}`,
      apply: async () => {
        await list().update({
          EnableVersioning: true,
          MajorVersionLimit: def.versioning.majorVersions,
          ...(folders ? { EnableFolderCreation: true } : {}),
        });
      },
    });

  // A list with permissions of its own (manifest `list`): the plan's groups; boards come with each board.
  if (def.permissions === "list") {
    const plan = PERMISSIONS[def.listPermissions ?? "reportReviews"]
      .map((e) => ({ claim: roleGroupClaim(e.principal, roles), role: e.role, who: groupName(e.principal) }))
      .filter((e): e is { claim: string; role: RoleName; who: string } => e.claim !== null);
    if (!row?.HasUniqueRoleAssignments) {
      changes.push({
        what: `Giving ${def.title} its own permissions (${plan.map((e) => `${e.who}: ${e.role}`).join("; ")})`,
        apply: async () => {
          const me = z.object({ Id: z.number() }).parse(await sp.web.currentUser.select("Id")());
          await list().breakRoleInheritance(false, false);
          for (const e of plan) await grant(list(), sp, e.claim, e.role);
          // Breaking inheritance without copying gave the caller (a person; an app-only caller may get
          // nothing) their own assignment; the plan has none, so whatever the caller holds goes.
          const mine = z
            .array(
              z.object({
                PrincipalId: z.number(),
                RoleDefinitionBindings: z.array(z.object({ Id: z.number() })),
              }),
            )
            .parse(await list().roleAssignments.expand("RoleDefinitionBindings")())
            .filter((a) => a.PrincipalId === me.Id);
          for (const a of mine)
            for (const b of a.RoleDefinitionBindings) await list().roleAssignments.remove(me.Id, b.Id);
        },
      });
    } else {
      const have = await assignmentsOf(() =>
        list().roleAssignments.expand("Member", "RoleDefinitionBindings")(),
      );
      for (const e of plan.filter((p) => !have.has(grantKey(p.claim, p.role))))
        changes.push({
          what: `Giving the ${e.who} group ${e.role} on ${def.title}`,
          apply: () => grant(list(), sp, e.claim, e.role),
        });
    }
  }
  return byTitle ?? null;
}

async function listId(sp: SPFI, title: string): Promise<string> {
  return z.object({ Id: z.string() }).parse(await sp.web.lists.getByTitle(title).select("Id")()).Id;
}

const describeType = (f: FieldDef): string =>
  f.type === "Text"
    ? `text, up to ${f.maxLength ?? 255}`
    : f.type === "DateTime"
      ? f.dateOnly
        ? "date only"
        : "date and time"
      : f.type === "LookupMulti"
        ? `lookup to ${f.lookupList ?? "?"}`
        : f.type;

/** What about an existing column provisioning cannot safely change (its type, choices, date format). */
function typeProblems(f: FieldDef, have: FieldRow): string[] {
  const out: string[] = [];
  if (have.TypeAsString !== f.type) out.push(`it is ${have.TypeAsString}, manifest/ says ${f.type}`);
  if (f.type === "Choice" && JSON.stringify(have.Choices ?? []) !== JSON.stringify(f.choices ?? []))
    out.push(
      `its choices are ${(have.Choices ?? []).join(", ")}, manifest/ says ${(f.choices ?? []).join(", ")}`,
    );
  if (f.type === "DateTime" && (have.DisplayFormat === 0) !== (f.dateOnly === true))
    out.push(`it should be ${f.dateOnly ? "date only" : "date and time"}`);
  return out;
}

interface BoardRowOk {
  Id: number;
  Title: string | null;
  TBFolder: string;
  TBGroupId: string;
  TBStatus: string | null;
}

/** Plans a board's team access and its folders; the changes reuse the app's own functions. */
async function planBoard(
  sp: SPFI,
  siteUrl: string,
  sitePath: string,
  board: BoardRowOk,
  roles: RoleGroups,
  ready: Map<string, ListRow | null>,
  siteHave: Set<string>,
  changes: Change[],
): Promise<void> {
  const name = board.Title ?? board.TBFolder;
  // The team's access to the site and to every list with permissions of its own that names all boards.
  let needsAccess = false;
  for (const scope of boardGroupAccessScopes()) {
    const row = scope.list === null ? undefined : ready.get(scope.list);
    let have: Set<string>;
    if (scope.list === null) have = siteHave;
    else if (!row?.HasUniqueRoleAssignments) {
      needsAccess = true;
      continue;
    } else {
      const title = scope.list;
      have = await assignmentsOf(() =>
        sp.web.lists.getByTitle(title).roleAssignments.expand("Member", "RoleDefinitionBindings")(),
      );
    }
    for (const g of scope.grants) {
      const claim = g.claim === "members" ? membersClaim(board.TBGroupId) : ownersClaim(board.TBGroupId);
      if (!have.has(grantKey(claim, g.role))) needsAccess = true;
    }
  }
  if (needsAccess)
    changes.push({
      what: `Giving ${name}'s team (members and owners) Read on the site and ${boardGroupAccessScopes()
        .map((s) => s.list)
        .filter((t) => t !== null)
        .join(", ")}`,
      apply: () => grantBoardGroupSiteAccess(sp, board.TBGroupId),
    });

  // Its folder in every board-scoped list, with exactly the plan's role assignments.
  const access: FolderAccess = board.TBStatus === "Archived" ? "archived" : "active";
  const target = { folder: board.TBFolder, groupId: board.TBGroupId };
  const lists = boardScopedLists();
  const pending: string[] = [];
  for (const def of lists) {
    if (!ready.get(def.title)) {
      pending.push(def.title);
      continue;
    }
    const folder = sp.web.getFolderByServerRelativePath(`${sitePath}/${listSitePath(def)}/${board.TBFolder}`);
    const item = Item(folder, "listItemAllFields");
    let unique: boolean;
    try {
      unique = z
        .object({ HasUniqueRoleAssignments: z.boolean() })
        .parse(await item.select("HasUniqueRoleAssignments")()).HasUniqueRoleAssignments;
    } catch (e) {
      if (!isNotFound(e)) throw e;
      pending.push(def.title);
      continue;
    }
    if (!unique) {
      pending.push(def.title);
      continue;
    }
    const have = await assignmentsOf(() => item.roleAssignments.expand("Member", "RoleDefinitionBindings")());
    const wanted = new Set(
      planFor(def, access).map((e) => grantKey(claimFor(e.principal, target, roles), e.role)),
    );
    if (have.size !== wanted.size || [...wanted].some((k) => !have.has(k))) pending.push(def.title);
  }
  if (pending.length > 0)
    changes.push({
      what: `Setting up ${name}'s ${access === "archived" ? "read-only " : ""}folder "${board.TBFolder}" in ${pending.join(", ")}`,
      apply: () => provisionBoardFolders(sp, siteUrl, target, roles, access),
    });
}
