import { MessageBar, makeStyles, mergeClasses, type MessageBarProps } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Long words (addresses, ids) break rather than push the page sideways.
  notice: { maxWidth: "100%", boxSizing: "border-box", overflowWrap: "anywhere" },
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
