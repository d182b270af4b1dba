import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";

const useStyles = makeStyles({
  title: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    "@media (max-width: 480px)": { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  },
});

export const APP_NAME = "Trust Boards";

/**
 * The page's one h1: large on a desk, smaller on a phone so the page starts on the first screen.
 * It also names the browser tab after the page (WCAG 2.2 SC 2.4.2 Page Titled): outside Teams the tab
 * title is how a screen-reader user learns which page opened.
 */
export function PageTitle({ children }: { children: ReactNode }) {
  const s = useStyles();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const text = ref.current?.textContent?.replace(/\s+/g, " ").trim();
    document.title = text && text !== APP_NAME ? `${text} – ${APP_NAME}` : APP_NAME;
  });
  return (
    <h1 ref={ref} className={s.title}>
      {children}
    </h1>
  );
}
