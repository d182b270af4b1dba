import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { http, passthrough } from "msw";
import { describe, expect, it } from "vitest";
import { server as msw } from "../../tests/tenant/testTenant";
import { gzipSync, brotliCompressSync } from "node:zlib";
import {
  FRAME_ANCESTORS,
  IMMUTABLE,
  REVALIDATE,
  cacheControlFor,
  contentSecurityPolicy,
  parseCsp,
  securityHeaders,
  tenantOrigins,
  type ServiceOrigins,
} from "./headers";
import { assertHashed, hostConfigFiles, staticWebAppConfig } from "./hostConfig";
import { securityHeadersMiddleware, serveDist } from "./serveDist";

const tenant = tenantOrigins("https://contoso.sharepoint.com/sites/trustboards");

describe("the security headers", () => {
  it("take the SharePoint origin from TB_SITE_URL, and Graph and sign-in from Microsoft", () => {
    expect(tenant).toEqual({
      sharePoint: "https://contoso.sharepoint.com",
      graph: "https://graph.microsoft.com",
      login: "https://login.microsoftonline.com",
    });
  });

  it("refuse a site address that is not https (loopback aside) or not an address at all", () => {
    expect(() => tenantOrigins("http://contoso.sharepoint.com/sites/tb")).toThrow(/must be https/);
    expect(() => tenantOrigins("contoso.sharepoint.com")).toThrow(/TB_SITE_URL/);
    expect(tenantOrigins("http://127.0.0.1:4001/sites/tb").sharePoint).toBe("http://127.0.0.1:4001");
  });

  it("allow scripts from our own origin only: no inline script, no eval", () => {
    const csp = parseCsp(contentSecurityPolicy(tenant));
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    for (const [name, sources] of csp) {
      const unsafe = sources.filter((s) => /^'unsafe-|^'wasm-unsafe-eval'$|^\*$|^data:$|^blob:$/.test(s));
      if (name === "script-src" || name === "default-src" || name === "object-src")
        expect(unsafe).toEqual([]);
    }
    // Only style-src has 'unsafe-inline' (Griffel's runtime <style> elements), and nothing has eval.
    const withUnsafe = [...csp].filter(([, s]) => s.some((x) => x.startsWith("'unsafe-")));
    expect(withUnsafe).toEqual([["style-src", ["'self'", "'unsafe-inline'"]]]);
  });

  it("let the app call exactly itself, its SharePoint site, Graph, sign-in and the TeamsJS origin list", () => {
    const csp = parseCsp(contentSecurityPolicy(tenant));
    expect(csp.get("connect-src")).toEqual([
      "'self'",
      "https://contoso.sharepoint.com",
      "https://graph.microsoft.com",
      "https://login.microsoftonline.com",
      "https://res.cdn.office.net",
    ]);
    expect(csp.get("frame-src")).toEqual(["https://login.microsoftonline.com"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
  });

  it("name the emulated tenant's origins in the preview's policy", () => {
    const emulated: ServiceOrigins = {
      sharePoint: "http://127.0.0.1:4001",
      graph: "http://127.0.0.1:4002",
      login: "https://login.microsoftonline.com",
    };
    expect(parseCsp(contentSecurityPolicy(emulated)).get("connect-src")).toEqual(
      expect.arrayContaining(["http://127.0.0.1:4001", "http://127.0.0.1:4002"]),
    );
  });

  it("let Teams, Outlook and the Microsoft 365 app frame the tab, and nobody else", () => {
    const ancestors = parseCsp(contentSecurityPolicy(tenant)).get("frame-ancestors");
    expect(ancestors).toEqual([...FRAME_ANCESTORS]);
    for (const host of ["https://teams.microsoft.com", "https://*.cloud.microsoft", "https://*.office.com"])
      expect(ancestors).toContain(host);
    expect(ancestors).not.toContain("*");
    expect(ancestors?.every((a) => a.startsWith("https://"))).toBe(true);
  });

  it("send HSTS, nosniff, a referrer policy and a permissions policy, and no X-Frame-Options", () => {
    const h = securityHeaders(tenant);
    expect(h["Strict-Transport-Security"]).toMatch(/^max-age=(\d+); includeSubDomains$/);
    expect(Number(/max-age=(\d+)/.exec(h["Strict-Transport-Security"] ?? "")?.[1])).toBeGreaterThanOrEqual(
      31536000,
    );
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["Permissions-Policy"]).toContain("camera=()");
    expect(Object.keys(h).map((k) => k.toLowerCase())).not.toContain("x-frame-options");
  });

  it("cache hashed files for a year and revalidate everything else", () => {
    expect(cacheControlFor("/main.1a2b3c4d.js")).toBe(IMMUTABLE);
    expect(cacheControlFor("/exceljs.12cead5b.js?x=1")).toBe(IMMUTABLE);
    expect(cacheControlFor("/index.html")).toBe(REVALIDATE);
    expect(cacheControlFor("/")).toBe(REVALIDATE);
    expect(cacheControlFor("/main.1a2b3c4d.js.LICENSE.txt")).toBe(REVALIDATE);
    expect(cacheControlFor("/staticwebapp.config.json")).toBe(REVALIDATE);
  });
});

describe("the static hosts' configuration", () => {
  const files = ["index.html", "main.1a2b3c4d.js", "exceljs.0f0f0f0f.js", "main.1a2b3c4d.js.LICENSE.txt"];

  it("gives Azure Static Web Apps the same headers globally and immutable scripts", () => {
    const swa = staticWebAppConfig(tenant);
    expect(swa.globalHeaders).toEqual({ ...securityHeaders(tenant), "Cache-Control": REVALIDATE });
    expect(swa.routes).toEqual([{ route: "/*.{js,css}", headers: { "Cache-Control": IMMUTABLE } }]);
    const written = JSON.parse(hostConfigFiles(tenant, files)["staticwebapp.config.json"] ?? "") as unknown;
    expect(written).toEqual(swa);
  });

  it("gives Netlify-style hosts one cache rule per file, so no two rules join their values", () => {
    const text = hostConfigFiles(tenant, [...files, "main.1a2b3c4d.js.br"])["_headers"] ?? "";
    const blocks = text.trim().split(/\n(?=\/)/);
    expect(blocks[0]).toContain(`Content-Security-Policy: ${contentSecurityPolicy(tenant)}`);
    expect(blocks[0]).not.toContain("Cache-Control");
    expect(blocks).toContain(`/main.1a2b3c4d.js\n  Cache-Control: ${IMMUTABLE}`);
    expect(blocks).toContain(`/index.html\n  Cache-Control: ${REVALIDATE}`);
    expect(blocks).toContain(`/\n  Cache-Control: ${REVALIDATE}`);
    expect(text).not.toContain(".br");
  });

  it("refuses a build whose scripts are not content-hashed (they would be cached for a year)", () => {
    expect(() => assertHashed(["main.js", "index.html"])).toThrow(/main\.js/);
    expect(() => hostConfigFiles(tenant, ["app.css"])).toThrow(/no content hash/);
  });
});

describe("the preview's file server", () => {
  async function serve(): Promise<{ url: string; close: () => void }> {
    const dir = mkdtempSync(path.join(tmpdir(), "tb-serve-"));
    const js = "console.log('trust boards');".repeat(100);
    writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>x</title>");
    writeFileSync(path.join(dir, "main.1a2b3c4d.js"), js);
    writeFileSync(path.join(dir, "main.1a2b3c4d.js.br"), brotliCompressSync(js));
    writeFileSync(path.join(dir, "main.1a2b3c4d.js.gz"), gzipSync(js));
    const app = express();
    app.use(securityHeadersMiddleware(tenant));
    app.use(serveDist(dir));
    const server = await new Promise<import("node:http").Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    // A real server on this computer: let the test suite's msw pass its requests through.
    msw.use(http.all(`http://127.0.0.1:${port}/*`, () => passthrough()));
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => {
        server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  it("sends the precompressed copy the client accepts, with the original's type and cache rule", async () => {
    const { url, close } = await serve();
    try {
      // Node's fetch asks for gzip, deflate, br and decodes the body itself.
      const br = await fetch(`${url}/main.1a2b3c4d.js`, { headers: { "Accept-Encoding": "br" } });
      expect(br.headers.get("content-encoding")).toBe("br");
      expect(br.headers.get("content-type")).toMatch(/javascript/);
      expect(br.headers.get("cache-control")).toBe(IMMUTABLE);
      expect(br.headers.get("vary")).toMatch(/Accept-Encoding/i);
      expect(await br.text()).toContain("trust boards");
      const gz = await fetch(`${url}/main.1a2b3c4d.js`, { headers: { "Accept-Encoding": "gzip" } });
      expect(gz.headers.get("content-encoding")).toBe("gzip");
      const plain = await fetch(`${url}/main.1a2b3c4d.js`, { headers: { "Accept-Encoding": "identity" } });
      expect(plain.headers.get("content-encoding")).toBeNull();
      expect(await plain.text()).toContain("trust boards");

      const page = await fetch(`${url}/`);
      expect(page.headers.get("cache-control")).toBe(REVALIDATE);
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      expect(page.headers.get("content-security-policy")).toBe(contentSecurityPolicy(tenant));
      // A compressed copy is not a page of its own, and nothing outside the folder is served.
      expect((await fetch(`${url}/main.1a2b3c4d.js.br`)).status).toBe(404);
      expect((await fetch(`${url}/..%2Fetc%2Fpasswd`)).status).toBe(404);
    } finally {
      close();
    }
  });
});
