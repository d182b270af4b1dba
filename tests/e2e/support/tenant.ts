/**
 * The emulated tenant as the browser tests see it: its origin, its control API
 * (/__tenant/…) and plain SharePoint REST calls made with a persona's token,
 * to check what really got stored behind the UI's back.
 */
import { inject } from "vitest";

export type Role =
  "member" | "second-member" | "chair" | "executive" | "administrator" | "reader" | "outsider";

export interface Persona {
  role: Role;
  label: string;
  userId: string;
  displayName: string;
  token: string;
}

/** The app's origin (and the tenant's control API). */
export const baseUrl = (): string => inject("baseUrl");
/** The emulated SharePoint site, on another origin than the app. */
export const siteUrl = (): string => inject("siteUrl");
/** The emulated Graph's base, on a third origin. */
export const graphBaseUrl = (): string => inject("graphBaseUrl");

/** Re-seeds the demo data and clears fault rules. */
export async function resetTenant(): Promise<void> {
  const res = await fetch(`${baseUrl()}/__tenant/reset`, { method: "POST" });
  if (!res.ok) throw new Error(`POST /__tenant/reset answered ${res.status}`);
}

/**
 * Serves a data set: "scale" (30 boards × 1,000 actions, tests/tenant/scale.ts) or "demo". Resetting
 * afterwards keeps it; switch back to "demo" when the test is done.
 */
export async function useDataset(dataset: "demo" | "scale"): Promise<void> {
  const res = await fetch(`${baseUrl()}/__tenant/dataset`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ dataset }),
  });
  if (!res.ok) throw new Error(`POST /__tenant/dataset answered ${res.status}`);
  personaCache = null;
}

let personaCache: Persona[] | null = null;

export async function personas(): Promise<Persona[]> {
  if (!personaCache) {
    const res = await fetch(`${baseUrl()}/__tenant/personas`);
    if (!res.ok) throw new Error(`GET /__tenant/personas answered ${res.status}`);
    personaCache = ((await res.json()) as { personas: Persona[] }).personas;
  }
  return personaCache;
}

export async function persona(role: Role): Promise<Persona> {
  const found = (await personas()).find((p) => p.role === role);
  if (!found) throw new Error(`The emulated tenant has no "${role}" persona`);
  return found;
}

export const ACTIONS_LIST = "TB Actions";

const listUrl = (title: string): string =>
  `${siteUrl()}/_api/web/lists/getByTitle('${encodeURIComponent(title)}')`;

export const itemUrl = (list: string, id: number): string => `${listUrl(list)}/items(${id})`;

/** GET from SharePoint REST as a persona; throws unless 200. */
export async function spGet<T>(role: Role, url: string): Promise<T> {
  const { token } = await persona(role);
  const res = await fetch(url, {
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json;odata=nometadata" },
  });
  if (!res.ok) throw new Error(`GET ${url} as ${role} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export interface StoredAction {
  Id: number;
  TBRef: string;
  TBStatus: string;
  TBRag: string | null;
  TBRevisedDate: string | null;
  TBLastNote: string | null;
  Modified: string;
  "odata.etag": string;
}

/** The action as SharePoint holds it (read as the plan administrator, who can read every board). */
export const storedAction = (id: number): Promise<StoredAction> =>
  spGet<StoredAction>(
    "administrator",
    `${itemUrl(ACTIONS_LIST, id)}?$select=Id,TBRef,TBStatus,TBRag,TBRevisedDate,TBLastNote,Modified`,
  );

/** One stored version of an action: its history entry, as SharePoint keeps it. */
export interface StoredVersion {
  VersionLabel: string;
  TBRag: string | null;
  TBStatus: string;
  TBLastNote: string | null;
  TBRevisedReason: string | null;
  TBChangeId: string | null;
  Editor: { LookupValue: string };
}

/** The action's history: its SharePoint versions, oldest first (read as the plan administrator). */
export async function storedHistory(actionId: number): Promise<StoredVersion[]> {
  const url = `${itemUrl(ACTIONS_LIST, actionId)}/versions?$select=VersionLabel,TBRag,TBStatus,TBLastNote,TBRevisedReason,TBChangeId,Editor`;
  const { value } = await spGet<{ value: StoredVersion[] }>("administrator", url);
  return [...value].reverse();
}

export interface LoggedRequest {
  service: string;
  method: string;
  url: string;
  status: number;
}

/** Requests the tenant has served (SharePoint and Graph), oldest first. */
export async function tenantLog(): Promise<LoggedRequest[]> {
  const res = await fetch(`${baseUrl()}/__tenant/log`);
  return ((await res.json()) as { requests: LoggedRequest[] }).requests;
}
