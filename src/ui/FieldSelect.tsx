import { Select, makeStyles, mergeClasses, type SelectProps } from "@fluentui/react-components";

const useStyles = makeStyles({
  // A Field lays its control out in a grid, and a grid item is at least as wide as its content: for a
  // native <select> that is its longest option ("Priya Chaudhry (Somerset Partnership NHS Foundation
  // Trust)"), so at 320 px the box ran past its field and the dialog's edge, its chevron cut off
  // (WCAG 2.2 1.4.10 Reflow). Allowed to shrink, it fits its field and the chosen text is truncated
  // inside it by the browser, as a select always does.
  root: { minWidth: 0 },
});

/** Fluent's Select for use inside a Field: never wider than its field, however long its options. */
export function FieldSelect({ className, ...props }: SelectProps) {
  const s = useStyles();
  return <Select {...props} className={mergeClasses(s.root, className)} />;
}
