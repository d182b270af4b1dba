/**
 * Chromium through playwright-core (no @playwright/test): one browser per test
 * file, a fresh context (its own sessionStorage, so its own persona) for every
 * person a test opens the app as, and a freshly seeded tenant before each test.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { baseUrl, resetTenant, type Role } from "./tenant";

export type Theme = "default" | "dark" | "contrast";
export const THEMES: readonly Theme[] = ["default", "dark", "contrast"];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface OpenOptions {
  theme?: Theme;
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /** A phone: touch, and the page's viewport meta tag applies. */
  mobile?: boolean;
  /** A Teams meeting's side panel or stage, as the workbench emulates it (`?surface=`). */
  surface?: "sidePanel" | "stage";
}

/** A route of the app, e.g. "#/board/1" or "#/my-actions". */
export type AppRoute = `#/${string}`;

export const appUrl = (
  role: Role,
  route: AppRoute,
  theme: Theme = "default",
  surface?: OpenOptions["surface"],
): string =>
  `${baseUrl()}/?as=${encodeURIComponent(role)}&theme=${theme}${surface ? `&surface=${surface}` : ""}${route}`;

/** Opens the app as `role` in a new browser context (a new tab of a new person). */
export async function openAs(
  browser: Browser,
  role: Role,
  route: AppRoute,
  options: OpenOptions = {},
): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    locale: "en-GB",
    timezoneId: "Europe/London",
    reducedMotion: "reduce",
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  pageProblems.set(page, problems);
  await page.goto(appUrl(role, route, options.theme ?? "default", options.surface));
  return page;
}

/** Uncaught exceptions the page has thrown so far. */
export const pageErrors = (page: Page): string[] => pageProblems.get(page) ?? [];
const pageProblems = new WeakMap<Page, string[]>();

/**
 * Call at the top of a test file: launches Chromium for the file, resets the
 * tenant before each test and closes every context a test opened after it.
 */
export function useBrowser(): {
  browser: () => Browser;
  open: (role: Role, route: AppRoute, options?: OpenOptions) => Promise<Page>;
} {
  let browser: Browser | null = null;
  const opened: Page[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await resetTenant();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.context().close()));
  });
  const get = (): Browser => {
    if (!browser)
      throw new Error("The browser is not running: call useBrowser() at the top of the test file.");
    return browser;
  };
  return {
    browser: get,
    open: async (role, route, options) => {
      const page = await openAs(get(), role, route, options);
      opened.push(page);
      return page;
    },
  };
}
