import { matchRoute } from "wouter";
import { useHashLocation } from "wouter/use-hash-location";
import { parse as parsePattern } from "regexparam";

/**
 * The app's places, in the URL hash so Teams deep links and the browser's back button work. Matching
 * and hash history are wouter's (use-hash-location); this module only names the places and types
 * their parameters, so a link is built with `hrefFor` and never by hand.
 */
export type Route =
  | { name: "home" }
  /** A board's action plan; `owner` narrows it to one owner's actions (the reminder's deep link). */
  | { name: "board"; boardId: number; owner?: string }
  | { name: "meetings"; boardId: number }
  | { name: "meeting"; boardId: number; meetingId: number }
  | { name: "decisions"; boardId: number }
  | { name: "action"; boardId: number; actionId: number }
  /** A board's risk register, with its heat map. */
  | { name: "risks"; boardId: number }
  /** The measures of the programmes a board delivers, with their charts. */
  | { name: "measures"; boardId: number }
  /**
   * A board's highlight reports. With `programmeId` and `quarter` ("2026-27-Q3", quarterKey), one
   * report: drafted from the data, edited by the chair, approved or returned by the Executive.
   */
  | { name: "reports"; boardId: number; programmeId?: number; quarter?: string }
  /** The Trust Executive's cross-board rollup (personal tab); `quarter` as in "reports". */
  | { name: "rollup"; planId?: number; quarter?: string }
  | { name: "my-actions" }
  /**
   * Administration (personal tab, plan administrators): one section of it, for one plan when `planId`
   * is given (`#/admin/programmes?plan=3`). SharePoint refuses everyone else's writes.
   */
  | { name: "admin"; section: AdminSection; planId?: number }
  | { name: "config" };

export const ADMIN_SECTIONS = [
  "plans",
  "programmes",
  "boards",
  "calendar",
  "rollover",
  "import",
  "governance",
] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];
const isAdminSection = (s: string | undefined): s is AdminSection =>
  (ADMIN_SECTIONS as readonly string[]).includes(s ?? "");

/** Most specific first: the first pattern that matches names the place. */
const PLACES: readonly {
  pattern: string;
  route: (p: Record<string, string>, q: URLSearchParams) => Route | null;
}[] = [
  {
    pattern: "/board/:boardId/action/:actionId",
    route: (p) => ids(p, (boardId, actionId) => ({ name: "action", boardId, actionId }), "actionId"),
  },
  {
    pattern: "/board/:boardId/meetings/:meetingId",
    route: (p) => ids(p, (boardId, meetingId) => ({ name: "meeting", boardId, meetingId }), "meetingId"),
  },
  { pattern: "/board/:boardId/meetings", route: (p) => ids(p, (boardId) => ({ name: "meetings", boardId })) },
  {
    pattern: "/board/:boardId/decisions",
    route: (p) => ids(p, (boardId) => ({ name: "decisions", boardId })),
  },
  { pattern: "/board/:boardId/risks", route: (p) => ids(p, (boardId) => ({ name: "risks", boardId })) },
  {
    pattern: "/board/:boardId/measures",
    route: (p) => ids(p, (boardId) => ({ name: "measures", boardId })),
  },
  {
    pattern: "/board/:boardId/reports",
    route: (p, q) =>
      ids(p, (boardId) => {
        const programmeId = whole(q.get("programme") ?? undefined);
        const quarter = quarterParam(q);
        return programmeId !== null && quarter
          ? { name: "reports", boardId, programmeId, quarter }
          : { name: "reports", boardId };
      }),
  },
  {
    pattern: "/rollup",
    route: (_, q) => {
      const planId = whole(q.get("plan") ?? undefined);
      const quarter = quarterParam(q);
      return {
        name: "rollup",
        ...(planId !== null ? { planId } : {}),
        ...(quarter ? { quarter } : {}),
      };
    },
  },
  {
    pattern: "/board/:boardId",
    route: (p, q) =>
      ids(p, (boardId) => {
        const owner = q.get("owner")?.trim();
        return owner ? { name: "board", boardId, owner } : { name: "board", boardId };
      }),
  },
  { pattern: "/my-actions", route: () => ({ name: "my-actions" }) },
  {
    pattern: "/admin/:section?",
    route: (p, q) => {
      const section = p["section"] ?? "plans";
      if (!isAdminSection(section)) return null;
      const planId = whole(q.get("plan") ?? undefined);
      return planId !== null ? { name: "admin", section, planId } : { name: "admin", section };
    },
  },
  { pattern: "/config", route: () => ({ name: "config" }) },
];

const whole = (s: string | undefined): number | null => (s && /^\d+$/.test(s) ? Number(s) : null);

/** A quarter in a link: "2026-27-Q3" (plan year 2026/27, third quarter); anything else is ignored. */
export const QUARTER_KEY = /^\d{4}-\d{2}-Q[1-4]$/;
const quarterParam = (q: URLSearchParams): string | null => {
  const value = q.get("quarter");
  return value && QUARTER_KEY.test(value) ? value : null;
};

/** The route's numeric ids, or null when one is not a whole number (then the place is home). */
function ids(
  p: Record<string, string>,
  make: (boardId: number, second: number) => Route,
  second?: string,
): Route | null {
  const boardId = whole(p["boardId"]);
  const other = second === undefined ? 0 : whole(p[second]);
  return boardId === null || other === null ? null : make(boardId, other);
}

/** "#/board/7/meetings" (or the path without "#") → the place; anything unknown is home. */
export function parseRoute(hash: string): Route {
  const [path = "", search = ""] = hash.replace(/^#?\/?/, "/").split("?");
  const query = new URLSearchParams(search);
  for (const place of PLACES) {
    const [matched, params] = matchRoute(parsePattern, place.pattern, path.replace(/\/+$/, "") || "/");
    if (!matched) continue;
    const route = place.route((params ?? {}) as Record<string, string>, query);
    if (route) return route;
  }
  return { name: "home" };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case "home":
      return "#/";
    case "board":
      return `#/board/${route.boardId}${route.owner ? `?owner=${encodeURIComponent(route.owner)}` : ""}`;
    case "action":
      return `#/board/${route.boardId}/action/${route.actionId}`;
    case "meetings":
      return `#/board/${route.boardId}/meetings`;
    case "meeting":
      return `#/board/${route.boardId}/meetings/${route.meetingId}`;
    case "decisions":
      return `#/board/${route.boardId}/decisions`;
    case "risks":
      return `#/board/${route.boardId}/risks`;
    case "measures":
      return `#/board/${route.boardId}/measures`;
    case "reports":
      return route.programmeId !== undefined && route.quarter
        ? `#/board/${route.boardId}/reports?programme=${route.programmeId}&quarter=${route.quarter}`
        : `#/board/${route.boardId}/reports`;
    case "rollup": {
      const q = new URLSearchParams();
      if (route.planId !== undefined) q.set("plan", String(route.planId));
      if (route.quarter) q.set("quarter", route.quarter);
      const query = q.toString();
      return query ? `#/rollup?${query}` : "#/rollup";
    }
    case "my-actions":
      return "#/my-actions";
    case "admin":
      return `#/admin/${route.section}${route.planId !== undefined ? `?plan=${route.planId}` : ""}`;
    case "config":
      return "#/config";
  }
}

/** The current place, following the hash (wouter's hash location). */
export function useRoute(): Route {
  const [path] = useHashLocation();
  return parseRoute(path);
}

/**
 * Goes to a place, adding a browser history entry (or replacing the current one). The hash is set
 * whole, its own "?owner=" included: wouter's navigate would move that query into the page's URL.
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const url = new URL(window.location.href);
  url.hash = hrefFor(route).slice(1);
  if (options.replace) {
    window.history.replaceState(null, "", url.href);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else window.location.hash = url.hash;
}
