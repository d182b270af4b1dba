/**
 * Helpers for the provisioning tests: run `npm run provision`'s CLI in-process against the emulated tenant
 * (the administrator persona's token instead of msal-node), count the writes it sends (observed on msw),
 * and read a site's lists, columns, permissions and folders back over REST to compare two sites.
 */
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/fields";
import "@pnp/sp/folders";
import { Item } from "@pnp/sp/items";
import "@pnp/sp/security";
import { z } from "zod";
import { Actions, ALL_LISTS, listSitePath } from "../../manifest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { createInFolder } from "../../src/data/sharepoint/common";
import { createSp } from "../../src/data/sharepoint/sp";
import { runProvisionCli } from "../../scripts/provision";
import { persona, server, SITE_URL, tenant, type PersonaRole } from "./testTenant";

export const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
export const adminSp = (): SPFI => spAs("administrator");

/** "ok", or the HTTP status SharePoint refused the call with. */
export async function statusOf(call: () => Promise<unknown>): Promise<number | "ok"> {
  try {
    await call();
    return "ok";
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

/** Adds an action in a board's folder over REST (AddValidateUpdateItemUsingPath), as this persona. */
export const addActionAs = (role: PersonaRole, folder: string, clientId: string, boardId: number) =>
  statusOf(() =>
    createInFolder(spAs(role), SITE_URL, Actions, folder, clientId, [
      { FieldName: "Title", FieldValue: `Added by ${role}` },
      { FieldName: "TBPlanId", FieldValue: "1" },
      { FieldName: "TBBoardId", FieldValue: String(boardId) },
      { FieldName: "TBProgrammeId", FieldValue: "1" },
      { FieldName: "TBPlanYear", FieldValue: "2026/27" },
      { FieldName: "TBStatus", FieldValue: "Not started" },
      { date: "2027-03-31", FieldName: "TBTargetDate" },
    ]),
  );

export const groupEnv = (): NodeJS.ProcessEnv => ({
  TB_EXECUTIVE_GROUP_ID: tenant.state.roles.executiveGroupId,
  TB_READERS_GROUP_ID: tenant.state.roles.readersGroupId,
  TB_ADMINISTRATORS_GROUP_ID: tenant.state.roles.administratorsGroupId,
  TB_TENANT_ID: "partnership.onmicrosoft.com",
  TB_PROVISION_CLIENT_ID: "11111111-2222-4333-8444-555555555555",
});

/** What SharePoint was asked to change: every request that is not a read (a $batch counts its writes). */
export interface WriteLog {
  writes: string[];
  requests: number;
  stop: () => Promise<void>;
}

export function watchWrites(): WriteLog {
  const writes: string[] = [];
  const pending: Promise<void>[] = [];
  const log: WriteLog = { writes, requests: 0, stop: () => Promise.resolve() };
  const listener = ({ request }: { request: Request }): void => {
    if (!request.url.includes("/_api/")) return;
    log.requests += 1;
    if (request.method === "GET") return;
    if (!request.url.endsWith("/$batch")) {
      writes.push(`${request.headers.get("X-HTTP-Method") ?? request.method} ${request.url}`);
      return;
    }
    pending.push(
      request
        .clone()
        .text()
        .then((body) => {
          for (const m of body.matchAll(/^(POST|MERGE|PATCH|DELETE|PUT) (https?:\/\/\S+)/gm))
            writes.push(`${m[1]} ${m[2]} (in $batch)`);
        }),
    );
  };
  server.events.on("request:start", listener);
  log.stop = async () => {
    server.events.removeListener("request:start", listener);
    await Promise.all(pending);
  };
  return log;
}

/** Runs `npm run provision -- <args>` as the administrator persona; answers its output and exit code. */
export async function runProvision(
  args: string[],
  env: NodeJS.ProcessEnv = groupEnv(),
): Promise<{ code: number; output: string; lines: string[] }> {
  const lines: string[] = [];
  const code = await runProvisionCli(["--site", SITE_URL, ...args], env, {
    print: (line) => lines.push(line),
    tokens: () => Promise.resolve(fixedTokenProvider(persona("administrator").token)),
  });
  return { code, output: lines.join("\n"), lines };
}

const FieldRow = z
  .object({
    InternalName: z.string(),
    Title: z.string(),
    TypeAsString: z.string(),
    Required: z.boolean(),
    Indexed: z.boolean(),
    EnforceUniqueValues: z.boolean(),
    FromBaseType: z.boolean(),
    MaxLength: z.number().optional(),
    Choices: z.array(z.string()).optional(),
    DisplayFormat: z.number().optional(),
    AllowMultipleValues: z.boolean().optional(),
    LookupList: z.string().optional(),
  })
  .passthrough();
const ListRow = z
  .object({
    Id: z.string(),
    Title: z.string(),
    BaseTemplate: z.number(),
    EnableVersioning: z.boolean(),
    MajorVersionLimit: z.number(),
    EnableFolderCreation: z.boolean(),
    HasUniqueRoleAssignments: z.boolean(),
    RootFolder: z.object({ ServerRelativeUrl: z.string() }),
  })
  .passthrough();
const Assignments = z.array(
  z.object({
    Member: z.object({ LoginName: z.string() }),
    RoleDefinitionBindings: z.array(z.object({ Name: z.string() })),
  }),
);

async function grants(query: () => Promise<unknown>): Promise<string[]> {
  return Assignments.parse(await query())
    .flatMap((a) => a.RoleDefinitionBindings.map((b) => `${a.Member.LoginName.toLowerCase()} → ${b.Name}`))
    .sort();
}

/**
 * The site as provisioning defines it, read over REST: permission levels, the site's role assignments,
 * each manifest list's settings, columns and own role assignments, and each board folder's role
 * assignments (for the folders named).
 */
export async function siteSnapshot(sp: SPFI, folders: string[]): Promise<Record<string, unknown>> {
  const roleDefs = z
    .array(z.object({ Name: z.string(), BasePermissions: z.object({ High: z.string(), Low: z.string() }) }))
    .parse(await sp.web.roleDefinitions())
    .map((r) => `${r.Name}: ${r.BasePermissions.High}/${r.BasePermissions.Low}`)
    .sort();
  const lists = z.array(ListRow).parse(await sp.web.lists.expand("RootFolder")());
  const titleOf = new Map(lists.map((l) => [`{${l.Id}}`, l.Title]));
  const out: Record<string, unknown> = {
    roleDefinitions: roleDefs,
    site: await grants(() => sp.web.roleAssignments.expand("Member", "RoleDefinitionBindings")()),
    listTitles: lists.map((l) => l.Title).sort(),
  };
  const sitePath = new URL(SITE_URL).pathname;
  for (const def of ALL_LISTS) {
    const row = lists.find((l) => l.Title === def.title);
    if (!row) continue;
    const list = sp.web.lists.getByTitle(def.title);
    const fields = z
      .array(FieldRow)
      .parse(await list.fields())
      .filter((f) => !f.FromBaseType)
      .map((f) => ({
        ...f,
        Id: undefined,
        "odata.id": undefined,
        LookupList: f.LookupList === undefined ? undefined : titleOf.get(f.LookupList),
      }));
    const folderGrants: Record<string, string[]> = {};
    if (def.permissions === "boardFolders")
      for (const folder of folders) {
        const item = Item(
          sp.web.getFolderByServerRelativePath(`${sitePath}/${listSitePath(def)}/${folder}`),
          "listItemAllFields",
        );
        folderGrants[folder] = await grants(() =>
          item.roleAssignments.expand("Member", "RoleDefinitionBindings")(),
        );
      }
    out[def.title] = {
      address: row.RootFolder.ServerRelativeUrl,
      template: row.BaseTemplate,
      versioning: [row.EnableVersioning, row.MajorVersionLimit],
      folderCreation: row.EnableFolderCreation,
      unique: row.HasUniqueRoleAssignments,
      own: row.HasUniqueRoleAssignments
        ? await grants(() => list.roleAssignments.expand("Member", "RoleDefinitionBindings")())
        : [],
      fields: JSON.parse(JSON.stringify(fields)) as unknown,
      folders: folderGrants,
    };
  }
  return out;
}

/** The administrator persona as a site collection administrator (whoever provisions must be). */
export function provisionerIsSiteAdmin(): void {
  tenant.state.siteCollectionAdmins = [persona("administrator").userId];
}
