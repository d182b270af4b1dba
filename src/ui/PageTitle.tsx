import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

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

/** The page's one h1: large on a desk, smaller on a phone so the page starts on the first screen. */
export function PageTitle({ children }: { children: ReactNode }) {
  const s = useStyles();
  return <h1 className={s.title}>{children}</h1>;
}
