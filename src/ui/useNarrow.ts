import { useSyncExternalStore } from "react";

/** True on phone-width screens, where tables become cards (WCAG 1.4.10 reflow at 320 px). */
export function useNarrow(maxWidth = 700): boolean {
  const query = `(max-width: ${maxWidth}px)`;
  return useSyncExternalStore(
    (onChange) => {
      const mql = window.matchMedia(query);
      mql.addEventListener("change", onChange);
      return () => mql.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
