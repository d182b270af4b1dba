import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import {
  buildZip,
  checkPng,
  checkValues,
  ICON_RULES,
  PackageError,
  packageApp,
  parseEnvFile,
  substitute,
  validate,
} from "./package";
import { parseRoute } from "../src/app/route";
import { ACCENT, crc32, decodePng, drawColorIcon, drawOutlineIcon, encodePng, readPngHeader } from "./png";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const appPackage = path.join(root, "appPackage");
const template = readFileSync(path.join(appPackage, "manifest.json"), "utf8");

const SAMPLE = {
  TEAMS_APP_ID: "0b7d8f3c-1c2e-4f5a-9b6d-2a1e3f4c5d6e",
  TAB_DOMAIN: "boards.example.org",
  AAD_APP_CLIENT_ID: "11111111-2222-4333-8444-555555555555",
  APP_VERSION: "1.2.3",
};

const filled = (): Record<string, unknown> => {
  const { text, missing } = substitute(template, SAMPLE);
  expect(missing).toEqual([]);
  return JSON.parse(text) as Record<string, unknown>;
};

const tempDirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tb-package-"));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A reader written from the zip spec, independent of buildZip: end record → central directory → local headers. */
function readZip(zip: Buffer): { name: string; method: number; crc: number; data: Buffer }[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("no end of central directory record");
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  expect(cdOffset + cdSize).toBe(eocd);
  const entries = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(p)).toBe(0x02014b50);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;

    expect(zip.readUInt32LE(localOffset)).toBe(0x04034b50);
    expect(zip.readUInt16LE(localOffset + 8)).toBe(method);
    expect(zip.readUInt32LE(localOffset + 14)).toBe(crc);
    const localName = zip.toString(
      "utf8",
      localOffset + 30,
      localOffset + 30 + zip.readUInt16LE(localOffset + 26),
    );
    expect(localName).toBe(name);
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const body = zip.subarray(start, start + compressed);
    const data = method === 8 ? zlib.inflateRawSync(body) : method === 0 ? Buffer.from(body) : null;
    if (!data) throw new Error(`unexpected method ${method}`);
    expect(data.length).toBe(size);
    entries.push({ name, method, crc, data });
  }
  expect(p).toBe(cdOffset + cdSize);
  return entries;
}

describe("manifest", () => {
  it("validates against the bundled schema with zero errors, without touching the network", async () => {
    const fetchSpy = vi.fn(() => {
      throw new Error("the validator must not use the network");
    });
    vi.stubGlobal("fetch", fetchSpy);
    const manifest = filled();
    expect(await validate(manifest)).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(manifest.manifestVersion).toBe("1.30");
    expect(manifest.accentColor).toBe(ACCENT);
  });

  it("is filled in from the environment everywhere it names the tab domain and the Entra app", () => {
    const m = filled() as {
      validDomains: string[];
      configurableTabs: { configurationUrl: string }[];
      staticTabs: { entityId: string; contentUrl?: string }[];
      webApplicationInfo: {
        id: string;
        resource: string;
        nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[];
      };
      localizationInfo: { defaultLanguageTag: string };
    };
    expect(m.validDomains).toEqual(["boards.example.org"]);
    expect(m.configurableTabs[0]!.configurationUrl).toBe("https://boards.example.org/?inTeams=1#/config");
    expect(m.staticTabs.find((t) => t.entityId === "my-actions")?.contentUrl).toBe(
      "https://boards.example.org/?inTeams=1#/my-actions",
    );
    expect(m.webApplicationInfo.id).toBe(SAMPLE.AAD_APP_CLIENT_ID);
    expect(m.webApplicationInfo.resource).toBe(`api://boards.example.org/${SAMPLE.AAD_APP_CLIENT_ID}`);
    expect(m.webApplicationInfo.nestedAppAuthInfo).toEqual([
      {
        redirectUri: "brk-multihub://boards.example.org",
        scopes: [
          "User.Read",
          "GroupMember.Read.All",
          "TeamsActivity.Send",
          "Channel.ReadBasic.All",
          "ChannelMessage.Send",
          "Group.ReadWrite.All",
        ],
      },
    ]);
    expect(m.localizationInfo.defaultLanguageTag).toBe("en-gb");
  });

  it("has the three personal tabs, each opening a page the app knows, in Teams and in a browser", () => {
    const m = filled() as {
      staticTabs: { entityId: string; name?: string; contentUrl?: string; websiteUrl?: string }[];
    };
    const pages = m.staticTabs
      .filter((t) => t.contentUrl)
      .map((t) => ({
        name: t.name,
        inTeams: parseRoute(new URL(t.contentUrl!).hash).name,
        inBrowser: parseRoute(new URL(t.websiteUrl!).hash).name,
        flagged: new URL(t.contentUrl!).searchParams.get("inTeams"),
      }));
    expect(pages).toEqual([
      { name: "My actions", inTeams: "my-actions", inBrowser: "my-actions", flagged: "1" },
      { name: "Trust rollup", inTeams: "rollup", inBrowser: "rollup", flagged: "1" },
      { name: "Administration", inTeams: "admin", inBrowser: "admin", flagged: "1" },
    ]);
  });

  it("builds from the example env file, which names every value the template needs", async () => {
    const env = parseEnvFile(readFileSync(path.join(appPackage, "env.example"), "utf8"));
    expect(Object.keys(env).sort()).toEqual(substitute(template, {}).used.sort());
    const result = await packageApp({ env, outDir: tempDir() });
    expect(result.manifest.version).toBe("1.0.0");
  });

  it("declares the reminder's activity type, which the emulated Graph accepts and no other", () => {
    const m = filled() as {
      activities?: { activityTypes: { type: string; description: string; templateText: string }[] };
    };
    const types = m.activities?.activityTypes ?? [];
    expect(types.map((t) => t.type)).toEqual(["actionUpdateReminder"]);
    // {actor} is filled by Teams; the app sends the other parameters (src/data/graph/teamwork.ts).
    expect(types[0]!.templateText).toMatch(/\{actor\}.*\{actionCount\}.*\{boardName\}/);
    // "systemDefault" is reserved and may not be declared (teams-send-activityfeednotifications).
    expect(types.map((t) => t.type)).not.toContain("systemDefault");
  });

  it("reports schema errors", async () => {
    const manifest = filled() as { description: { short: string }; accentColor?: string };
    manifest.description.short = "x".repeat(81);
    delete manifest.accentColor;
    const errors = await validate(manifest);
    expect(errors.some((e) => e.includes("/description/short"))).toBe(true);
    expect(errors.some((e) => e.includes("accentColor"))).toBe(true);
  });

  it("refuses a $schema it cannot check offline", async () => {
    const manifest = { ...filled(), $schema: "https://example.org/schema.json" };
    expect((await validate(manifest))[0]).toMatch(/cannot be checked offline/);
  });
});

describe("placeholders", () => {
  it("reports every missing variable by name", () => {
    const { missing, used } = substitute(template, { TEAMS_APP_ID: SAMPLE.TEAMS_APP_ID, APP_VERSION: " " });
    expect(used.sort()).toEqual(["AAD_APP_CLIENT_ID", "APP_VERSION", "TAB_DOMAIN", "TEAMS_APP_ID"]);
    expect(missing.sort()).toEqual(["AAD_APP_CLIENT_ID", "APP_VERSION", "TAB_DOMAIN"]);
  });

  it("stops packaging with a message naming them", async () => {
    const out = tempDir();
    const err = await packageApp({ env: { TAB_DOMAIN: "boards.example.org" }, outDir: out }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PackageError);
    expect((err as Error).message).toMatch(
      /Missing values for: APP_VERSION, TEAMS_APP_ID, AAD_APP_CLIENT_ID\./,
    );
  });

  it("escapes values as JSON", () => {
    const { text } = substitute('{"a":"${{X}}"}', { X: 'say "hi"\\' });
    expect(JSON.parse(text)).toEqual({ a: 'say "hi"\\' });
  });

  it("checks the values in plain words", () => {
    expect(checkValues(SAMPLE)).toEqual([]);
    const problems = checkValues({
      ...SAMPLE,
      TAB_DOMAIN: "https://boards.example.org/",
      TEAMS_APP_ID: "my-app",
      APP_VERSION: "1.0",
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/TAB_DOMAIN must be a host name/);
  });

  it("reads KEY=VALUE env files", () => {
    const env = parseEnvFile(
      "# Teams\nTEAMS_APP_ID=abc\nexport TAB_DOMAIN=\"boards.example.org\"\n\nAPP_VERSION = 1.0.0 # first\nQUOTED='a # b'\n",
    );
    expect(env).toEqual({
      TEAMS_APP_ID: "abc",
      TAB_DOMAIN: "boards.example.org",
      APP_VERSION: "1.0.0",
      QUOTED: "a # b",
    });
    expect(() => parseEnvFile("not a pair")).toThrow(/Line 1/);
  });
});

describe("icons", () => {
  const color = readFileSync(path.join(appPackage, "color.png"));
  const outline = readFileSync(path.join(appPackage, "outline.png"));

  it("are exactly 192×192 and 32×32", () => {
    expect(readPngHeader(color)).toMatchObject({ width: 192, height: 192, bitDepth: 8 });
    expect(readPngHeader(outline)).toMatchObject({ width: 32, height: 32, bitDepth: 8 });
    expect(checkPng("color.png", color, ICON_RULES.color)).toEqual([]);
    expect(checkPng("outline.png", outline, ICON_RULES.outline)).toEqual([]);
  });

  it("are flagged when the size is wrong or the file is not a PNG", () => {
    expect(checkPng("outline.png", color, ICON_RULES.outline)[0]).toMatch(/192×192; Teams needs 32×32/);
    expect(checkPng("color.png", Buffer.from("GIF89a"), ICON_RULES.color)[0]).toMatch(/Not a PNG/);
    const rgbOutline = Buffer.from(outline);
    rgbOutline[25] = 2; // pretend colour type 2 (no alpha)
    expect(checkPng("outline.png", rgbOutline, ICON_RULES.outline).join()).toMatch(/no alpha channel/);
  });

  it("outline: white strokes on a transparent background", () => {
    const png = decodePng(outline);
    expect(png.colorType).toBe(6);
    let transparent = 0;
    let opaque = 0;
    let notWhite = 0;
    for (let i = 0; i < png.rgba.length; i += 4) {
      if (png.rgba[i] !== 255 || png.rgba[i + 1] !== 255 || png.rgba[i + 2] !== 255) notWhite++;
      if (png.rgba[i + 3] === 0) transparent++;
      if (png.rgba[i + 3] === 255) opaque++;
    }
    expect(notWhite).toBe(0);
    expect(transparent).toBeGreaterThan(100);
    expect(opaque).toBeGreaterThan(100);
  });

  it("color: a solid square in the accent colour (Teams rounds the corners itself), symbol in the central 96×96", () => {
    const png = decodePng(color);
    const px = (x: number, y: number) =>
      Array.from(png.rgba.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 4));
    const accent = [1, 3, 5].map((i) => parseInt(ACCENT.slice(i, i + 2), 16));
    const notOpaque: number[] = [];
    for (let i = 3; i < png.rgba.length; i += 4) if (png.rgba[i] !== 255) notOpaque.push((i - 3) / 4);
    expect(notOpaque).toEqual([]);
    const offBackground: string[] = [];
    for (let y = 0; y < 192; y++) {
      for (let x = 0; x < 192; x++) {
        const inSafeZone = x >= 48 && x < 144 && y >= 48 && y < 144;
        if (!inSafeZone && px(x, y).join() !== [...accent, 255].join()) offBackground.push(`${x},${y}`);
      }
    }
    expect(offBackground).toEqual([]);
    expect(px(96, 96)).not.toEqual([...accent, 255]);
  });

  it("match what scripts/png.ts draws (regenerate with npx tsx scripts/png.ts)", () => {
    expect(decodePng(color).rgba).toEqual(drawColorIcon());
    expect(decodePng(outline).rgba).toEqual(drawOutlineIcon());
  });

  it("round-trip through the encoder", () => {
    const pixels = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) & 0xff);
    expect(decodePng(encodePng(3, 2, pixels)).rgba).toEqual(pixels);
  });
});

describe("zip", () => {
  it("crc32 is the standard one", () => {
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });

  it("npm run package writes a zip with exactly manifest.json, color.png and outline.png, CRCs correct", async () => {
    const out = tempDir();
    const { zipPath, bytes } = await packageApp({ env: SAMPLE, outDir: out });
    expect(path.basename(zipPath)).toBe("trust-boards-1.2.3.zip");
    expect(readFileSync(zipPath)).toEqual(bytes);
    const entries = readZip(bytes);
    expect(entries.map((e) => e.name)).toEqual(["manifest.json", "color.png", "outline.png"]);
    for (const e of entries) expect(e.crc).toBe(zlib.crc32(e.data) >>> 0);
    const manifest = JSON.parse(entries[0]!.data.toString("utf8")) as { id: string; version: string };
    expect(manifest).toMatchObject({ id: SAMPLE.TEAMS_APP_ID, version: "1.2.3" });
    expect(await validate(manifest)).toEqual([]);
    expect(entries[1]!.data).toEqual(readFileSync(path.join(appPackage, "color.png")));
    expect(entries[2]!.data).toEqual(readFileSync(path.join(appPackage, "outline.png")));
  });

  it("stores what deflate cannot shrink and deflates the rest", () => {
    const zip = buildZip([
      { name: "empty.txt", data: new Uint8Array(0) },
      { name: "a.txt", data: Buffer.from("a") },
      { name: "long.txt", data: Buffer.from("board ".repeat(500)) },
    ]);
    const entries = readZip(zip);
    expect(entries.map((e) => [e.name, e.method, e.data.toString()])).toEqual([
      ["empty.txt", 0, ""],
      ["a.txt", 0, "a"],
      ["long.txt", 8, "board ".repeat(500)],
    ]);
    expect(() =>
      buildZip([
        { name: "x", data: new Uint8Array(1) },
        { name: "x", data: new Uint8Array(1) },
      ]),
    ).toThrow(/Duplicate/);
  });

  const unzip = (() => {
    try {
      execFileSync("unzip", ["-v"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!unzip)("passes Info-ZIP's own integrity test (unzip -t)", async () => {
    const { zipPath } = await packageApp({ env: SAMPLE, outDir: tempDir() });
    const report = execFileSync("unzip", ["-t", zipPath], { encoding: "utf8" });
    expect(report).toMatch(/No errors detected/);
    expect(execFileSync("unzip", ["-Z1", zipPath], { encoding: "utf8" }).trim().split("\n")).toEqual([
      "manifest.json",
      "color.png",
      "outline.png",
    ]);
  });
});
