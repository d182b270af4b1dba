import {
  MessageBar,
  makeStyles,
  mergeClasses,
  tokens,
  type MessageBarProps,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  // Long words (addresses, ids) break rather than push the page sideways.
  notice: {
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
    // The brand link colour is too faint on the dark theme's warning and error backgrounds
    // (4.44:1); links in a notice take the text colour and keep their underline.
    "& a": { color: tokens.colorNeutralForeground1, textDecorationLine: "underline" },
  },
});

/**
 * Every message bar in the app. Fluent's default single-line layout keeps the
 * text and its buttons on one line, so at 320 px a notice pushed the page to
 * 700–800 px and hid "Try again" off screen (WCAG 2.2 1.4.10 Reflow). This one
 * always wraps its text and puts its actions below it.
 */
export function Notice({ className, ...props }: Omit<MessageBarProps, "layout">) {
  const s = useStyles();
  return <MessageBar {...props} layout="multiline" className={mergeClasses(s.notice, className)} />;
}
