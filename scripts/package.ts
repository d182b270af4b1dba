/**
 * `npm run package`: builds the Teams app package (the zip you upload to Teams).
 *
 *   TEAMS_APP_ID=… TAB_DOMAIN=boards.example.org AAD_APP_CLIENT_ID=… APP_VERSION=1.0.0 npm run package
 *   npm run package -- --env-file teams.env          (KEY=VALUE lines; the environment wins)
 *
 * Steps: fill the ${{VAR}} placeholders in appPackage/manifest.json, validate the
 * result offline against the manifest schema bundled in @microsoft/app-manifest,
 * check the icons' pixel sizes, and write appPackage/build/trust-boards-<version>.zip
 * with manifest.json, color.png and outline.png at the root. See docs/DEPLOY.md.
 */
import { isMain } from "./isMain";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";
import { crc32, readPngHeader } from "./png";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------
// Placeholders

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface Substitution {
  text: string;
  /** Every variable the template names, in order of first use. */
  used: string[];
  /** Variables named but not set (or set to an empty string). */
  missing: string[];
}

/**
 * Replaces ${{NAME}} with env.NAME. The template is JSON, so values are
 * escaped as JSON string content (a quote in a value cannot break the file).
 */
export function substitute(
  template: string,
  env: Readonly<Record<string, string | undefined>>,
): Substitution {
  const used: string[] = [];
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!used.includes(name)) used.push(name);
    const value = env[name];
    if (value === undefined || value.trim() === "") {
      if (!missing.includes(name)) missing.push(name);
      return whole;
    }
    return JSON.stringify(value.trim()).slice(1, -1);
  });
  return { text, used, missing };
}

/** KEY=VALUE lines; blank lines and # comments are skipped, `export ` and surrounding quotes are allowed. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) throw new Error(`Line ${index + 1} of the env file is not KEY=VALUE: ${raw}`);
    let value = m[2]!;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    value = quoted ? quoted[2]! : value.replace(/\s+#.*$/, "");
    out[m[1]!] = value;
  }
  return out;
}

/** Plain-language checks on the values, before the schema sees them. */
export function checkValues(env: Readonly<Record<string, string | undefined>>): string[] {
  const problems: string[] = [];
  const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const v = (name: string): string | undefined => env[name]?.trim() || undefined;
  const domain = v("TAB_DOMAIN");
  if (domain && !/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i.test(domain)) {
    problems.push(
      `TAB_DOMAIN must be a host name only, such as boards.example.org (no https://, port or path); got "${domain}".`,
    );
  }
  for (const name of ["TEAMS_APP_ID", "AAD_APP_CLIENT_ID"]) {
    const value = v(name);
    if (value && !guid.test(value))
      problems.push(`${name} must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx); got "${value}".`);
  }
  const version = v("APP_VERSION");
  if (version && !/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version)) {
    problems.push(
      `APP_VERSION must be three numbers, such as 1.0.0 (Teams needs a higher one for every update); got "${version}".`,
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Validation

const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[0-9A-Za-z.]+)\/MicrosoftTeams\.schema\.json$/;

/** The schema file @microsoft/app-manifest ships for this $schema URL, or null. */
export function bundledSchemaPath(schemaUrl: string): string | null {
  const m = SCHEMA_URL.exec(schemaUrl);
  if (!m) return null;
  const entry = createRequire(import.meta.url).resolve("@microsoft/app-manifest"); // …/build/index.js
  const file = path.join(path.dirname(entry), "json-schemas", "teams", m[1]!, "MicrosoftTeams.schema.json");
  return existsSync(file) ? file : null;
}

/**
 * Validates a filled-in manifest: the JSON schema (offline — we refuse a
 * $schema the package does not bundle, since the library would then download
 * it) plus the things the schema cannot say. Returns [] when valid.
 */
export async function validate(manifest: unknown): Promise<string[]> {
  if (typeof manifest !== "object" || manifest === null) return ["The manifest is not a JSON object."];
  const m = manifest as Record<string, unknown>;
  const schemaUrl = typeof m.$schema === "string" ? m.$schema : "";
  if (!bundledSchemaPath(schemaUrl)) {
    return [
      `$schema "${schemaUrl}" is not one of the Teams schemas bundled with @microsoft/app-manifest, so it cannot be checked offline.`,
    ];
  }
  const errors = [...(await AppManifestUtils.validateAgainstSchema(manifest as AppManifest))];
  const schemaVersion = SCHEMA_URL.exec(schemaUrl)![1]!.slice(1);
  if (m.manifestVersion !== schemaVersion)
    errors.push(`/manifestVersion is "${String(m.manifestVersion)}" but $schema is v${schemaVersion}.`);
  const leftover = JSON.stringify(manifest).match(PLACEHOLDER);
  if (leftover) errors.push(`Placeholders were not filled in: ${[...new Set(leftover)].join(", ")}.`);
  return errors;
}

// ---------------------------------------------------------------------------
// Icons

export interface IconRule {
  width: number;
  height: number;
  /** The outline icon must have an alpha channel. */
  needsAlpha?: boolean;
}

export const ICON_RULES: Readonly<Record<"color" | "outline", IconRule>> = {
  color: { width: 192, height: 192 },
  outline: { width: 32, height: 32, needsAlpha: true },
};

/** Problems with one icon file, read from its PNG header; [] when it is fine. */
export function checkPng(name: string, bytes: Uint8Array, rule: IconRule): string[] {
  let header;
  try {
    header = readPngHeader(bytes);
  } catch (e) {
    return [`${name}: ${e instanceof Error ? e.message : String(e)}`];
  }
  const problems: string[] = [];
  if (header.width !== rule.width || header.height !== rule.height) {
    problems.push(`${name} is ${header.width}×${header.height}; Teams needs ${rule.width}×${rule.height}.`);
  }
  if (rule.needsAlpha && header.colorType !== 6 && header.colorType !== 4) {
    problems.push(
      `${name} has no alpha channel (PNG colour type ${header.colorType}); it must be white on a transparent background.`,
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Zip (PKWARE APPNOTE 4.3: local headers, central directory, end record; no zip64)

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** DOS date/time; the default (1 Jan 1980, the earliest DOS date) keeps packages byte-for-byte reproducible. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** Writes a zip: each entry DEFLATEd, or STOREd when deflating would not make it smaller. */
export function buildZip(entries: readonly ZipEntry[], modified: Date = new Date(1980, 0, 1)): Buffer {
  const { time, date } = dosDateTime(modified);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const names = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`Duplicate zip entry ${entry.name}.`);
    names.add(entry.name);
    const name = Buffer.from(entry.name, "utf8");
    const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const method = deflated.length < data.length ? 8 : 0;
    const body = method === 8 ? deflated : data;
    const crc = crc32(data);
    const utf8Flag = /[^\x20-\x7e]/.test(entry.name) ? 0x0800 : 0;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed (2.0: deflate)
    local.writeUInt16LE(utf8Flag, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header signature
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(utf8Flag, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk number start
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk with the central directory
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...locals, directory, end]);
}

// ---------------------------------------------------------------------------
// The whole job

export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "PackageError";
  }
}

export interface PackageResult {
  zipPath: string;
  manifest: Record<string, unknown>;
  bytes: Buffer;
}

/** Fills, checks and zips appPackage/ (or another folder); throws PackageError listing every problem found. */
export async function packageApp(options: {
  env: Readonly<Record<string, string | undefined>>;
  appPackageDir?: string;
  outDir?: string;
}): Promise<PackageResult> {
  const dir = options.appPackageDir ?? path.join(root, "appPackage");
  const { text, missing } = substitute(readFileSync(path.join(dir, "manifest.json"), "utf8"), options.env);
  if (missing.length > 0) {
    throw new PackageError([
      `Missing values for: ${missing.join(", ")}.`,
      "Set them as environment variables, or put KEY=VALUE lines in a file and pass --env-file <path>. See docs/DEPLOY.md.",
    ]);
  }
  const valueProblems = checkValues(options.env);
  if (valueProblems.length > 0) throw new PackageError(valueProblems);

  const manifest = JSON.parse(text) as Record<string, unknown>;
  const problems = (await validate(manifest)).map((e) => `manifest.json ${e}`);

  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const files: ZipEntry[] = [
    { name: "manifest.json", data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8") },
  ];
  for (const kind of ["color", "outline"] as const) {
    const file = icons[kind];
    if (typeof file !== "string") continue; // the schema has already said so
    if (file.includes("/") || file.includes("\\")) {
      problems.push(`icons.${kind} "${file}" must be a file at the package root.`);
      continue;
    }
    const iconPath = path.join(dir, file);
    if (!existsSync(iconPath)) {
      problems.push(
        `icons.${kind}: ${file} is not in ${path.relative(process.cwd(), dir) || "."} (run npx tsx scripts/png.ts).`,
      );
      continue;
    }
    const bytes = readFileSync(iconPath);
    problems.push(...checkPng(file, bytes, ICON_RULES[kind]));
    files.push({ name: file, data: bytes });
  }
  if (problems.length > 0) throw new PackageError(problems);

  const bytes = buildZip(files);
  const outDir = options.outDir ?? path.join(dir, "build");
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `trust-boards-${String(manifest.version)}.zip`);
  writeFileSync(zipPath, bytes);
  return { zipPath, manifest, bytes };
}

function argValue(args: readonly string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  if (i >= 0) {
    const value = args[i + 1];
    if (!value || value.startsWith("--")) throw new PackageError([`${flag} needs a path.`]);
    return value;
  }
  const inline = args.find((a) => a.startsWith(`${flag}=`));
  return inline?.slice(flag.length + 1);
}

export async function main(args: readonly string[] = process.argv.slice(2)): Promise<number> {
  try {
    const envFile = argValue(args, "--env-file");
    let env: Record<string, string | undefined> = { ...process.env };
    if (envFile) {
      const file = path.resolve(envFile);
      if (!existsSync(file)) throw new PackageError([`The env file ${envFile} does not exist.`]);
      // As with `node --env-file`, variables already in the environment win.
      env = { ...parseEnvFile(readFileSync(file, "utf8")), ...process.env };
    }
    const result = await packageApp({ env });
    const m = result.manifest as { version?: string; id?: string; validDomains?: string[] };
    console.log(`Wrote ${path.relative(process.cwd(), result.zipPath)} (${result.bytes.length} bytes).`);
    console.log(`  app id ${m.id}, version ${m.version}, tab domain ${m.validDomains?.[0] ?? "?"}`);
    console.log(
      "Upload it in the Teams admin centre (Manage apps › Upload new app) or the Developer Portal; see docs/DEPLOY.md.",
    );
    return 0;
  } catch (e) {
    if (e instanceof PackageError) {
      console.error("Could not build the Teams app package:");
      for (const p of e.problems) console.error(`  - ${p}`);
    } else {
      console.error(e);
    }
    return 1;
  }
}

if (isMain(import.meta.url)) process.exitCode = await main();
