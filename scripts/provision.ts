/**
 * `npm run provision -- --site <url> [--dry-run]`: applies manifest/ to a SharePoint site — permission
 * levels, lists and the board papers library, columns with their internal names, indexes and unique
 * values (before any data), versioning, permissions, and the folders of the boards already in TB Boards.
 * Idempotent: it reads the site first and changes only what differs. See docs/DEPLOY.md and
 * scripts/provision/options.ts for the options.
 */
import { isMain } from "./isMain";
import { z } from "zod";
import { fixedTokenProvider, type TokenProvider } from "../src/app/tokens";
import { createSp } from "../src/data/sharepoint/sp";
import { AuthSetupError, adminTokenProvider } from "./provision/auth";
import { USAGE, parseProvisionArgs, type ProvisionCliOptions } from "./provision/options";
import { provision, sharePointMessage } from "./provision/run";

export interface CliDeps {
  print: (line: string) => void;
  /** How tokens are got: msal-node by default; tests pass the emulated tenant's persona token. */
  tokens?: (options: ProvisionCliOptions, print: (line: string) => void) => Promise<TokenProvider>;
  /** For --emulated: how the emulated tenant's description is fetched (tests answer it with msw). */
  fetch?: typeof fetch;
}

/** Runs the command; answers the process exit code (0 done or nothing to do, 1 failed, 2 bad options). */
export async function runProvisionCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  deps: CliDeps,
): Promise<number> {
  const { print } = deps;
  const parsed = parseProvisionArgs(argv, env);
  if (parsed.kind === "help") {
    print(USAGE);
    return 0;
  }
  if (parsed.kind === "error") {
    parsed.messages.forEach((m) => print(`Error: ${m}`));
    print("Run with --help to see the options.");
    return 2;
  }
  if (parsed.kind === "emulated") return provisionEmulated(parsed.appUrl, parsed.dryRun, deps);
  const options = parsed.options;
  let tokens: TokenProvider;
  try {
    tokens = await (deps.tokens ?? ((o, p) => adminTokenProvider(o.auth, p)))(options, print);
  } catch (e) {
    print(`Error: ${e instanceof AuthSetupError ? e.message : sharePointMessage(e)}`);
    return 2;
  }
  const sp = createSp(options.site, tokens);
  try {
    const outcome = await provision(sp, {
      siteUrl: options.site,
      roles: options.roles,
      dryRun: options.dryRun,
      print,
    });
    return outcome.failed ? 1 : 0;
  } catch (e) {
    const message = sharePointMessage(e);
    const status = /\[(\d{3})\]/.exec(e instanceof Error ? e.message : "")?.[1];
    if (status === "401" || status === "403")
      print(
        `Error: ${options.site} refused to let this account manage it (${message}). Sign in as a site collection administrator of the site (SharePoint admin centre › Sites › the site › Membership › Site admins), or use an app with Sites.FullControl.All and a certificate.`,
      );
    else if (status === "404")
      print(`Error: there is no SharePoint site at ${options.site} (${message}). Check the address.`);
    else print(`Error: reading the site failed before anything was changed: ${message}`);
    return 1;
  }
}

/** What the emulated tenant tells the app about itself (tests/tenant/handlers.ts, GET /__tenant/personas). */
const EmulatedTenant = z.object({
  personas: z.array(z.object({ role: z.string(), token: z.string() })),
  roles: z.object({
    executiveGroupId: z.string(),
    readersGroupId: z.string(),
    administratorsGroupId: z.string(),
  }),
  endpoints: z.object({ siteUrl: z.string() }),
});

/**
 * `--emulated <app url>`: the same provisioning, through the same client, against the emulated tenant
 * `npm start` serves, signed in as its plan administrator (a site collection administrator there). It is
 * how the deployment guide's provisioning step can be tried without a tenant.
 */
async function provisionEmulated(appUrl: string, dryRun: boolean, deps: CliDeps): Promise<number> {
  const { print } = deps;
  let tenant: z.infer<typeof EmulatedTenant>;
  try {
    const res = await (deps.fetch ?? fetch)(`${appUrl}/__tenant/personas`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    tenant = EmulatedTenant.parse(await res.json());
  } catch (e) {
    print(
      `Error: no emulated tenant answered at ${appUrl} (${e instanceof Error ? e.message : String(e)}). Start it first: TB_EMULATED_SITE=bare npm start`,
    );
    return 2;
  }
  const administrator = tenant.personas.find((p) => p.role === "administrator");
  if (!administrator) {
    print("Error: the emulated tenant has no plan administrator to sign in as.");
    return 2;
  }
  const siteUrl = tenant.endpoints.siteUrl.replace(/\/$/, "");
  const sp = createSp(siteUrl, fixedTokenProvider(administrator.token));
  const outcome = await provision(sp, { siteUrl, roles: tenant.roles, dryRun, print });
  return outcome.failed ? 1 : 0;
}

if (isMain(import.meta.url)) {
  runProvisionCli(process.argv.slice(2), process.env, { print: (line) => console.log(line) }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
