import { parseArgs } from "node:util";
import { z } from "zod";

/**
 * `npm run provision -- --site <url> [--dry-run] [auth options] [group options]`, with the group ids
 * also taken from the same TB_* variables the build reads (webpack.config.js).
 */
export const USAGE = `Usage: npm run provision -- --site https://<tenant>.sharepoint.com/sites/<site> [options]

Applies manifest/ (lists, columns, indexes, versioning, permission levels, permissions, board folders)
to the SharePoint site. Safe to run again: it changes only what differs.

  --site <url>             The Trust Boards site (https, under /sites/ or /teams/). Required.
  --dry-run                Print what would change, numbered, and change nothing.
  --tenant <id or domain>  Your Entra tenant (e.g. contoso.onmicrosoft.com). Or TB_TENANT_ID.
  --client-id <guid>       The provisioning app registration. Or TB_PROVISION_CLIENT_ID.
  --certificate <pem>      App-only sign-in with this certificate's private key (PEM file), for automation.
  --thumbprint <hex>       The SHA-256 thumbprint of the certificate uploaded to the app registration
                           (openssl x509 -in cert.pem -noout -fingerprint -sha256).
  --executive-group <guid>       The Executive security group.       Or TB_EXECUTIVE_GROUP_ID.
  --readers-group <guid>         The Readers security group.         Or TB_READERS_GROUP_ID.
  --administrators-group <guid>  The Plan Administrators group.      Or TB_ADMINISTRATORS_GROUP_ID.
  --emulated <app url>     Provision the emulated tenant that \`npm start\` serves at this address (its site, its
                           groups and its administrator's sign-in): try it with TB_EMULATED_SITE=bare npm start.
  --help                   Show this.

Without --certificate you sign in with a device code: the tool prints a code to enter at
https://microsoft.com/devicelogin as a SharePoint administrator of the site.`;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A site URL SharePoint Online serves a site collection at: https://host/sites/<name> or /teams/<name>. */
export const SiteUrl = z
  .string({ error: "--site is required: the full address of the Trust Boards site." })
  .trim()
  .transform((raw, ctx) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      ctx.addIssue({ code: "custom", message: `--site "${raw}" is not a web address.` });
      return z.NEVER;
    }
    if (url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: `--site must start with https:// (got "${url.protocol}").` });
      return z.NEVER;
    }
    const path = url.pathname.replace(/\/+$/, "");
    if (!/^\/(sites|teams)\/[^/]+$/i.test(path) || url.search !== "" || url.hash !== "") {
      ctx.addIssue({
        code: "custom",
        message: `--site must be a site's address, like https://contoso.sharepoint.com/sites/trustboards (a /sites/ or /teams/ path, nothing after the site's name); got "${raw}".`,
      });
      return z.NEVER;
    }
    return `${url.origin}${path}`;
  });

const groupId = (flag: string, env: string) =>
  z
    .string({
      error: `${flag} (or ${env}) is required: the Entra group's object id.`,
    })
    .trim()
    .regex(GUID, `${flag} (or ${env}) must be an Entra group's object id (a GUID).`);

const Auth = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("deviceCode"),
    tenant: z.string({ error: "--tenant (or TB_TENANT_ID) is required to sign in." }).trim().min(1),
    clientId: z
      .string({ error: "--client-id (or TB_PROVISION_CLIENT_ID) is required to sign in." })
      .trim()
      .regex(GUID, "--client-id must be the app registration's Application (client) ID (a GUID)."),
  }),
  z.object({
    kind: z.literal("certificate"),
    tenant: z.string({ error: "--tenant (or TB_TENANT_ID) is required to sign in." }).trim().min(1),
    clientId: z
      .string({ error: "--client-id (or TB_PROVISION_CLIENT_ID) is required to sign in." })
      .trim()
      .regex(GUID, "--client-id must be the app registration's Application (client) ID (a GUID)."),
    certificatePath: z.string().trim().min(1, "--certificate needs the path of a PEM file."),
    thumbprint: z
      .string({ error: "--thumbprint is required with --certificate." })
      .trim()
      .transform((t) => t.replace(/[:\s]/g, ""))
      .refine((t) => /^[0-9a-f]{64}$/i.test(t), {
        message:
          "--thumbprint must be the certificate's SHA-256 thumbprint: 64 hexadecimal characters (openssl x509 -in cert.pem -noout -fingerprint -sha256). The portal shows the SHA-1 thumbprint, which is shorter.",
      }),
  }),
]);

const Options = z.object({
  site: SiteUrl,
  dryRun: z.boolean(),
  auth: Auth,
  roles: z.object({
    executiveGroupId: groupId("--executive-group", "TB_EXECUTIVE_GROUP_ID"),
    readersGroupId: groupId("--readers-group", "TB_READERS_GROUP_ID"),
    administratorsGroupId: groupId("--administrators-group", "TB_ADMINISTRATORS_GROUP_ID"),
  }),
});
export type ProvisionCliOptions = z.infer<typeof Options>;
export type AuthOptions = ProvisionCliOptions["auth"];

export type Parsed =
  | { kind: "help" }
  | { kind: "options"; options: ProvisionCliOptions }
  | { kind: "emulated"; appUrl: string; dryRun: boolean }
  | { kind: "error"; messages: string[] };

/** Reads the command line and environment; every problem is reported, in plain words. */
export function parseProvisionArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Parsed {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        site: { type: "string" },
        "dry-run": { type: "boolean" },
        tenant: { type: "string" },
        "client-id": { type: "string" },
        certificate: { type: "string" },
        thumbprint: { type: "string" },
        "executive-group": { type: "string" },
        "readers-group": { type: "string" },
        "administrators-group": { type: "string" },
        emulated: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    return { kind: "error", messages: [e instanceof Error ? e.message : String(e)] };
  }
  if (values["help"]) return { kind: "help" };
  if (typeof values["emulated"] === "string") {
    const url = URL.canParse(values["emulated"]) ? new URL(values["emulated"]) : null;
    if (!url || !["localhost", "127.0.0.1"].includes(url.hostname))
      return {
        kind: "error",
        messages: [
          `--emulated needs the address npm start prints, such as http://localhost:3000; got "${values["emulated"]}".`,
        ],
      };
    return { kind: "emulated", appUrl: url.origin, dryRun: values["dry-run"] === true };
  }
  const str = (v: string | boolean | undefined): string | undefined =>
    typeof v === "string" ? v : undefined;
  const nonEmpty = (v: string | undefined): string | undefined => (v && v.trim() !== "" ? v : undefined);
  const certificate = str(values["certificate"]);
  const raw = {
    site: str(values["site"]),
    dryRun: values["dry-run"] === true,
    auth: {
      kind: certificate === undefined ? "deviceCode" : "certificate",
      tenant: nonEmpty(str(values["tenant"]) ?? env["TB_TENANT_ID"]),
      clientId: nonEmpty(str(values["client-id"]) ?? env["TB_PROVISION_CLIENT_ID"]),
      certificatePath: certificate,
      thumbprint: str(values["thumbprint"]),
    },
    roles: {
      executiveGroupId: nonEmpty(str(values["executive-group"]) ?? env["TB_EXECUTIVE_GROUP_ID"]),
      readersGroupId: nonEmpty(str(values["readers-group"]) ?? env["TB_READERS_GROUP_ID"]),
      administratorsGroupId: nonEmpty(
        str(values["administrators-group"]) ?? env["TB_ADMINISTRATORS_GROUP_ID"],
      ),
    },
  };
  const parsed = Options.safeParse(raw);
  if (parsed.success) return { kind: "options", options: parsed.data };
  return { kind: "error", messages: [...new Set(parsed.error.issues.map((i) => i.message))] };
}
