import { useSyncExternalStore } from "react";

/** The app's few places, in the URL hash so Teams deep links and the browser's back button work. */
export type Route =
  | { name: "home" }
  | { name: "board"; boardId: number }
  | { name: "meetings"; boardId: number }
  | { name: "action"; boardId: number; actionId: number }
  | { name: "my-actions" }
  | { name: "config" };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  const num = (s: string | undefined): number | null => (s && /^\d+$/.test(s) ? Number(s) : null);
  if (parts[0] === "board") {
    const boardId = num(parts[1]);
    const actionId = parts[2] === "action" ? num(parts[3]) : null;
    if (boardId !== null && actionId !== null) return { name: "action", boardId, actionId };
    if (boardId !== null && parts[2] === "meetings") return { name: "meetings", boardId };
    if (boardId !== null) return { name: "board", boardId };
  }
  if (parts[0] === "my-actions") return { name: "my-actions" };
  if (parts[0] === "config") return { name: "config" };
  return { name: "home" };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case "home":
      return "#/";
    case "board":
      return `#/board/${route.boardId}`;
    case "action":
      return `#/board/${route.boardId}/action/${route.actionId}`;
    case "meetings":
      return `#/board/${route.boardId}/meetings`;
    case "my-actions":
      return "#/my-actions";
    case "config":
      return "#/config";
  }
}

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}
