/**
 * The app as it runs in production: its own origin, SharePoint on another,
 * Graph on a third. The browser then hides every response header the service
 * does not expose (ETag from SharePoint, Retry-After from both), so these
 * journeys prove the app does not depend on them: it learns a new ETag from a
 * response body and backs off from a throttle it cannot read the wait of.
 */
import { expect, test } from "vitest";
import { pageErrors, useBrowser } from "./support/browser";
import { waitForAction, updateForm } from "./support/screens";
import {
  ACTIONS_LIST,
  baseUrl,
  graphBaseUrl,
  itemUrl,
  persona,
  siteUrl,
  storedAction,
  storedHistory,
  tenantLog,
} from "./support/tenant";

const ACTION_13 = 3; // ref 1.3 on board 1, owned by the second member, In progress, Green

const { open } = useBrowser();

async function addFaults(rules: unknown[]): Promise<void> {
  const res = await fetch(`${baseUrl()}/__tenant/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ rules }),
  });
  if (!res.ok) throw new Error(`POST /__tenant/faults answered ${res.status}`);
}

test("the app, SharePoint and Graph are three origins, and the page reads only what they expose", async () => {
  const origins = new Set([
    new URL(baseUrl()).origin,
    new URL(siteUrl()).origin,
    new URL(graphBaseUrl()).origin,
  ]);
  expect(origins.size).toBe(3);

  const page = await open("member", `#/board/1/action/${ACTION_13}`);
  const spCalls: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/_api/")) spCalls.push(new URL(r.url()).origin);
  });
  await page.reload();
  await waitForAction(page, "1.3");
  // Every SharePoint call the page made went to SharePoint's origin, none to its own.
  expect(spCalls.length).toBeGreaterThan(0);
  expect(new Set(spCalls)).toEqual(new Set([new URL(siteUrl()).origin]));
  expect(await page.evaluate(() => window.location.origin)).toBe(new URL(baseUrl()).origin);
  // The app's own origin does not answer SharePoint calls: nothing works by being same-origin.
  expect((await fetch(`${baseUrl()}/sites/trustboards/_api/web`)).status).toBe(404);

  // SharePoint sends an ETag header (a same-origin client sees it) that the page cannot read.
  const { token } = await persona("member");
  const url = `${itemUrl(ACTIONS_LIST, ACTION_13)}?$select=Id`;
  const direct = await fetch(url, {
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
  });
  expect(direct.headers.get("ETag")).toMatch(/^"\d+"$/);
  const seen = await page.evaluate(
    async ({ url, token }) => {
      const res = await fetch(url, {
        headers: { Authorization: `Bearer ${token}`, Accept: "application/json;odata=nometadata" },
      });
      const body = (await res.json()) as { Id: number };
      return { status: res.status, etag: res.headers.get("ETag"), id: body.Id };
    },
    { url, token },
  );
  expect(seen).toEqual({ status: 200, etag: null, id: ACTION_13 });

  // A throttled Graph call: the page sees the 429 but not its Retry-After.
  await addFaults([{ service: "graph", kind: 429, times: 1, retryAfter: 7 }]);
  const throttled = await page.evaluate(
    async ({ url, token }) => {
      const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      return { status: res.status, retryAfter: res.headers.get("Retry-After") };
    },
    { url: `${graphBaseUrl()}v1.0/me`, token },
  );
  expect(throttled).toEqual({ status: 429, retryAfter: null });
});

test("a throttled save waits without Retry-After and goes through; the next save needs no re-read", async () => {
  const page = await open("second-member", `#/board/1/action/${ACTION_13}`);
  await waitForAction(page, "1.3");
  const f = updateForm(page);

  // SharePoint throttles the save twice and says "Retry-After: 1" — which the page cannot read.
  await addFaults([{ service: "sharepoint", kind: 429, times: 2, retryAfter: 1, match: "POST" }]);
  await fetch(`${baseUrl()}/__tenant/log`, { method: "DELETE" });
  await f.radio("Amber").check();
  await f.note.fill("Recruitment has slipped by a month; the volunteer scheme restarts in the spring.");
  await f.save.click();
  await page.getByText(/SharePoint is busy — retrying in \d+ s/).waitFor();
  await f.saved.waitFor({ timeout: 30_000 });
  expect((await storedAction(ACTION_13)).TBRag).toBe("Amber");
  const posts = (await tenantLog()).filter((r) => r.method === "POST" && r.service === "sharepoint");
  expect(posts.slice(0, 3).map((r) => r.status)).toEqual([429, 429, 200]);

  // The second save carries the ETag learned from the first save's reply body: no false clash.
  await f.radio("Red").check();
  await f.note.fill("The spring restart is now at risk: no venue has been agreed.");
  await f.save.click();
  await f.saved.waitFor();
  await expect(page.getByText(/while you were editing/).count()).resolves.toBe(0);
  expect((await storedAction(ACTION_13)).TBRag).toBe("Red");
  expect(pageErrors(page)).toEqual([]);
});

test("a save whose reply is lost on the way back is the person's own: saved once, no clash", async () => {
  const page = await open("second-member", `#/board/1/action/${ACTION_13}`);
  await waitForAction(page, "1.3");
  const versionsBefore = (await storedHistory(ACTION_13)).length;
  const f = updateForm(page);
  // SharePoint stores the save, then the connection is reset: the browser never sees the reply.
  await addFaults([{ service: "sharepoint", kind: "drop-after", times: 1, match: "$batch" }]);
  await f.radio("Amber").check();
  await f.note.fill("Venue booked for the spring restart.");
  await f.save.click();
  await f.saved.waitFor({ timeout: 30_000 });
  await expect(page.getByText(/while you were editing/).count()).resolves.toBe(0);
  const versions = await storedHistory(ACTION_13);
  expect(versions).toHaveLength(versionsBefore + 1);
  expect(versions.at(-1)).toMatchObject({
    TBRag: "Amber",
    TBLastNote: "Venue booked for the spring restart.",
  });
  expect(pageErrors(page)).toEqual([]);
});
