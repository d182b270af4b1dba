/**
 * The production preview serves the build as a static host must (scripts/hosting/headers.ts, the
 * same module the build writes staticwebapp.config.json and _headers from): the security headers on
 * the page and its scripts, hashed scripts cached for a year and the page never, scripts compressed
 * for a browser that accepts it; and the app works under that Content-Security-Policy, framed by
 * Teams and by nobody else. Every other journey runs under the same policy too.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, expect, test } from "vitest";
import {
  IMMUTABLE,
  LOGIN_ORIGIN,
  REVALIDATE,
  parseCsp,
  securityHeaders,
} from "../../scripts/hosting/headers";
import { appUrl, useBrowser } from "./support/browser";
import { actionRow, BOARD_1, waitForBoard } from "./support/screens";
import { baseUrl, graphBaseUrl, siteUrl } from "./support/tenant";

const { browser } = useBrowser();
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

const expectedHeaders = (): Record<string, string> =>
  securityHeaders({
    sharePoint: new URL(siteUrl()).origin,
    graph: new URL(graphBaseUrl()).origin,
    login: LOGIN_ORIGIN,
  });

/** What the page reports refusing: securitypolicyviolation events and "Refused to …" console lines. */
interface Refusals {
  page: Page;
  refused: () => Promise<string[]>;
}

async function newPage(): Promise<{ context: BrowserContext; page: Page; console: string[] }> {
  const context = await browser().newContext({ locale: "en-GB", timezoneId: "Europe/London" });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  // In every frame, before the app's first script: collect what the policy refuses.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __refused: string[] }).__refused = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(
        `${e.effectiveDirective} refused ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  const page = await context.newPage();
  const console: string[] = [];
  page.on("console", (m) => console.push(m.text()));
  return { context, page, console };
}

async function openBoardUnderCsp(): Promise<Refusals & { console: string[] }> {
  const { page, console } = await newPage();
  await page.goto(appUrl("member", "#/board/1"));
  return {
    page,
    console,
    refused: () => page.evaluate(() => (window as unknown as { __refused: string[] }).__refused),
  };
}

test("the page and its scripts carry the security headers, the cache rules and compression", async () => {
  const expected = expectedHeaders();
  const page = await fetch(`${baseUrl()}/`, { headers: { "Accept-Encoding": "br, gzip" } });
  expect(page.status).toBe(200);
  for (const [name, value] of Object.entries(expected)) expect(page.headers.get(name)).toBe(value);
  expect(page.headers.get("cache-control")).toBe(REVALIDATE);
  expect(page.headers.get("x-frame-options")).toBeNull();
  const csp = parseCsp(page.headers.get("content-security-policy") ?? "");
  expect(csp.get("script-src")).toEqual(["'self'"]);
  expect(csp.get("connect-src")).toEqual(
    expect.arrayContaining([new URL(siteUrl()).origin, new URL(graphBaseUrl()).origin]),
  );

  const html = await page.text();
  const main = /src="?\/?(main\.[0-9a-f]{8}\.js)/.exec(html)?.[1];
  expect(main).toBeDefined();
  for (const encoding of ["br", "gzip"]) {
    const js = await fetch(`${baseUrl()}/${main}`, { headers: { "Accept-Encoding": encoding } });
    expect(js.status).toBe(200);
    expect(js.headers.get("content-encoding")).toBe(encoding);
    expect(js.headers.get("content-type")).toMatch(/javascript/);
    expect(js.headers.get("cache-control")).toBe(IMMUTABLE);
    expect(js.headers.get("content-security-policy")).toBe(expected["Content-Security-Policy"]);
    expect(js.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await js.text()).length).toBeGreaterThan(10_000);
  }
  const plain = await fetch(`${baseUrl()}/${main}`, { headers: { "Accept-Encoding": "identity" } });
  expect(plain.headers.get("content-encoding")).toBeNull();
  // No source map is deployed.
  expect((await fetch(`${baseUrl()}/${main}.map`)).status).toBe(404);
  expect(await plain.text()).not.toContain("sourceMappingURL");
});

test("a member's board home works under the policy, with nothing refused", async () => {
  const { page, console, refused } = await openBoardUnderCsp();
  const scripts: { url: string; encoding: string | undefined }[] = [];
  page.on("response", (r) => {
    if (r.url().endsWith(".js")) scripts.push({ url: r.url(), encoding: r.headers()["content-encoding"] });
  });
  await waitForBoard(page);
  await actionRow(page, "1.1").waitFor();
  expect(await page.getByRole("row").count()).toBeGreaterThan(5);
  // Fluent's styles applied: each of Griffel's <style> elements was allowed and holds rules (without
  // 'unsafe-inline' in style-src Chromium refuses them and they have no style sheet at all).
  const buckets = await page.evaluate(() =>
    [...document.querySelectorAll("style[data-make-styles-bucket]")].map(
      (s) => (s as HTMLStyleElement).sheet?.cssRules.length ?? -1,
    ),
  );
  expect(buckets.length).toBeGreaterThan(0);
  expect(buckets.every((n) => n >= 0)).toBe(true);
  expect(buckets.reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  // Open an action and come back: on-demand chunks load under script-src 'self'.
  await actionRow(page, "1.1").getByRole("link").first().click();
  await page.getByRole("heading", { level: 1, name: /^1\.1 / }).waitFor();
  await page.goBack();
  await waitForBoard(page);
  expect(await refused()).toEqual([]);
  expect(console.filter((m) => /Refused to|Content Security Policy/i.test(m))).toEqual([]);
  // Chromium asks for gzip (and br over https): every script came compressed.
  await page.reload();
  await waitForBoard(page);
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(["br", "gzip"]).toContain(s.encoding);
});

/**
 * A page on `origin` (answered by the browser, not the network) that frames the board home. Its own
 * Chromium: a public https page framing a loopback address is otherwise refused by Local Network
 * Access before the app's frame-ancestors is even read (https://wicg.github.io/local-network-access/);
 * a real host is not on the loopback.
 */
async function framedBy(b: Browser, origin: string): Promise<{ page: Page; console: string[] }> {
  const context = await b.newContext({ locale: "en-GB", timezoneId: "Europe/London" });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  const page = await context.newPage();
  const console: string[] = [];
  page.on("console", (m) => console.push(m.text()));
  await context.route(`${origin}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Host</title><iframe title="Trust Boards" src="${appUrl("member", "#/board/1")}" style="width:1200px;height:800px"></iframe>`,
    }),
  );
  await page.goto(`${origin}/tab`);
  return { page, console };
}

let framing: Browser | null = null;
afterAll(async () => {
  await framing?.close();
});

test("Teams may frame the app; another site may not", async () => {
  framing = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-features=LocalNetworkAccessChecks"],
  });
  const teams = await framedBy(framing, "https://teams.microsoft.com");
  const inTeams = teams.page.frameLocator("iframe[title='Trust Boards']");
  await inTeams.getByRole("heading", { level: 1, name: BOARD_1 }).waitFor();
  await inTeams.getByRole("heading", { level: 2, name: "Action plan" }).waitFor();
  expect(teams.console.filter((m) => /frame-ancestors/.test(m))).toEqual([]);

  const other = await framedBy(framing, "https://boards.example.org");
  await expect
    .poll(
      () =>
        other.console.some((m) =>
          /violates the following Content Security Policy directive: "frame-ancestors/.test(m),
        ),
      {
        timeout: 15_000,
      },
    )
    .toBe(true);
  const frame = other.page.frames().find((f) => f !== other.page.mainFrame());
  // The refused frame shows the browser's error page, never the app.
  expect(await frame?.getByRole("heading", { name: BOARD_1 }).count()).toBe(0);
});
