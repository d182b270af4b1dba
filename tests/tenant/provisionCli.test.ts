/**
 * `npm run provision`'s command line: options and environment read with zod, and every mistake an
 * administrator can make — no site, a wrong address, a missing or unreadable certificate, a group id that
 * is not one, an account that may not manage the site — ends in a plain message and a non-zero exit.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runProvisionCli } from "../../scripts/provision";
import { parseProvisionArgs } from "../../scripts/provision/options";
import { fixedTokenProvider } from "../../src/app/tokens";
import { groupEnv } from "./provisionSupport";
import { bareSite } from "./seed";
import { persona, SITE_URL, tenant } from "./testTenant";

const THUMB = "a".repeat(64);

async function cli(
  args: string[],
  env = groupEnv(),
  fetchFn?: typeof fetch,
): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runProvisionCli(args, env, {
    print: (l) => lines.push(l),
    ...(fetchFn ? { fetch: fetchFn } : {}),
  });
  return { code, output: lines.join("\n") };
}

const errorsFor = (args: string[], env = groupEnv()): string[] => {
  const parsed = parseProvisionArgs(args, env);
  return parsed.kind === "error" ? parsed.messages : [];
};

describe("provision options", () => {
  it("reads the site, dry run, sign-in and groups from the command line and the TB_* variables", () => {
    const parsed = parseProvisionArgs(["--site", `${SITE_URL}/`, "--dry-run"], groupEnv());
    expect(parsed).toMatchObject({
      kind: "options",
      options: {
        site: SITE_URL,
        dryRun: true,
        auth: { kind: "deviceCode", tenant: "partnership.onmicrosoft.com" },
        roles: { executiveGroupId: groupEnv()["TB_EXECUTIVE_GROUP_ID"] },
      },
    });
    const cert = parseProvisionArgs(
      ["--site", SITE_URL, "--certificate", "c.pem", "--thumbprint", "AA:".repeat(32).slice(0, -1)],
      groupEnv(),
    );
    expect(cert).toMatchObject({
      kind: "options",
      options: { auth: { kind: "certificate", certificatePath: "c.pem", thumbprint: "AA".repeat(32) } },
    });
  });

  it("explains a missing or wrong site address", () => {
    expect(errorsFor([])).toContain("--site is required: the full address of the Trust Boards site.");
    expect(errorsFor(["--site", "partnership.sharepoint.com/sites/tb"])[0]).toContain("is not a web address");
    expect(errorsFor(["--site", "http://partnership.sharepoint.com/sites/tb"])[0]).toBe(
      '--site must start with https:// (got "http:").',
    );
    for (const bad of [
      "https://partnership.sharepoint.com",
      "https://partnership.sharepoint.com/personal/someone",
      "https://partnership.sharepoint.com/sites/tb/Lists/TBActions",
      "https://partnership.sharepoint.com/sites/tb?web=1",
    ])
      expect(errorsFor(["--site", bad])[0], bad).toContain("a /sites/ or /teams/ path");
    expect(errorsFor(["--site", "https://partnership.sharepoint.com/teams/tb"])).toEqual([]);
  });

  it("explains missing groups, sign-in details and a malformed thumbprint", () => {
    const messages = errorsFor(["--site", SITE_URL, "--certificate", "c.pem", "--thumbprint", "12ab"], {});
    expect(messages).toEqual(
      expect.arrayContaining([
        "--tenant (or TB_TENANT_ID) is required to sign in.",
        "--client-id (or TB_PROVISION_CLIENT_ID) is required to sign in.",
        expect.stringContaining("--thumbprint must be the certificate's SHA-256 thumbprint"),
        "--executive-group (or TB_EXECUTIVE_GROUP_ID) is required: the Entra group's object id.",
        "--readers-group (or TB_READERS_GROUP_ID) is required: the Entra group's object id.",
        "--administrators-group (or TB_ADMINISTRATORS_GROUP_ID) is required: the Entra group's object id.",
      ]),
    );
    expect(errorsFor(["--site", SITE_URL, "--readers-group", "scrutiny"])).toEqual([
      "--readers-group (or TB_READERS_GROUP_ID) must be an Entra group's object id (a GUID).",
    ]);
  });

  it("prints the usage for --help and refuses an unknown option", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.output).toContain("Usage: npm run provision -- --site");
    const unknown = await cli(["--site", SITE_URL, "--force"]);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain("Unknown option '--force'");
    expect(unknown.output).toContain("Run with --help to see the options.");
  });
});

describe("provision sign-in and access problems", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tb-provision-"));

  it("says so when the certificate file is missing, holds no private key, or is encrypted", async () => {
    const missing = await cli([
      "--site",
      SITE_URL,
      "--certificate",
      path.join(dir, "nope.pem"),
      "--thumbprint",
      THUMB,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain(
      `Error: The certificate file "${path.join(dir, "nope.pem")}" does not exist.`,
    );

    const certOnly = path.join(dir, "cert-only.pem");
    writeFileSync(certOnly, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    const noKey = await cli(["--site", SITE_URL, "--certificate", certOnly, "--thumbprint", THUMB]);
    expect(noKey.code).toBe(2);
    expect(noKey.output).toContain("holds no private key");

    const encrypted = path.join(dir, "encrypted.pem");
    writeFileSync(
      encrypted,
      "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n",
    );
    const locked = await cli(["--site", SITE_URL, "--certificate", encrypted, "--thumbprint", THUMB]);
    expect(locked.output).toContain("is encrypted with a password");
  });

  it("tells someone who may not manage the site to sign in as a site collection administrator", async () => {
    const lines: string[] = [];
    const code = await runProvisionCli(["--site", SITE_URL, "--dry-run"], groupEnv(), {
      print: (l) => lines.push(l),
      tokens: () => Promise.resolve(fixedTokenProvider(persona("outsider").token)),
    });
    expect(code).toBe(1);
    expect(lines.join("\n")).toContain("refused to let this account manage it");
    expect(lines.join("\n")).toContain("site collection administrator");
  });
});

describe("npm run provision -- --emulated", () => {
  it("provisions the emulated tenant npm start serves, as its plan administrator, and a second run changes nothing", async () => {
    tenant.replaceState(bareSite(structuredClone(tenant.state)));
    const first = await cli(["--emulated", "http://localhost:3000"], {});
    expect(first.code).toBe(0);
    expect(first.output).toContain(`Reading ${SITE_URL}…`);
    expect(first.output).toMatch(/^Done: \d+ changes made\.$/m);
    expect(Object.keys(tenant.state.lists)).toContain("TB Actions");

    const second = await cli(["--emulated", "http://localhost:3000", "--dry-run"], {});
    expect(second.code).toBe(0);
    expect(second.output).toMatch(/Nothing to change/);
  });

  it("refuses an address that is not the emulated tenant's, and says how to start it when nothing answers", async () => {
    const wrong = await cli(["--emulated", "https://contoso.sharepoint.com/sites/trustboards"], {});
    expect(wrong.code).toBe(2);
    expect(wrong.output).toContain("--emulated needs the address npm start prints");
    const silent = await cli(["--emulated", "http://localhost:3999"], {}, () =>
      Promise.reject(new TypeError("fetch failed")),
    );
    expect(silent.code).toBe(2);
    expect(silent.output).toContain("Start it first: TB_EMULATED_SITE=bare npm start");
  });
});
