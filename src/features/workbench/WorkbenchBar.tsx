import { Badge, Button, Field, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Beaker16Regular } from "@fluentui/react-icons";
import type { ThemeName } from "../../app/theme";

export interface WorkbenchPersona {
  role: string;
  label: string;
  displayName: string;
  jobTitle: string;
  organisation: string;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  persona: { flexGrow: 2, flexBasis: "22rem", maxWidth: "34rem", minWidth: 0 },
  theme: { flexGrow: 1, flexBasis: "9rem", maxWidth: "12rem", minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  who: { color: tokens.colorNeutralForeground2 },
  nav: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignSelf: "flex-end",
    paddingBlockEnd: tokens.spacingVerticalSNudge,
  },
});

/**
 * Outside Teams, on the emulated tenant only: act as a different person, pick a
 * theme, reset the demo data. Never shown against a real tenant.
 */
export function WorkbenchBar({
  personas,
  current,
  onPersona,
  theme,
  onTheme,
  onReset,
}: {
  personas: WorkbenchPersona[];
  current: WorkbenchPersona;
  onPersona: (role: string) => void;
  theme: ThemeName;
  onTheme: (t: ThemeName) => void;
  onReset: () => void;
}) {
  const s = useStyles();
  return (
    <div className={s.bar} role="region" aria-label="Emulated tenant workbench">
      <Badge appearance="filled" color="important" icon={<Beaker16Regular />}>
        Emulated tenant — demo data
      </Badge>
      <Field label="Acting as" className={s.persona}>
        <Select className={s.select} value={current.role} onChange={(_, d) => onPersona(d.value)}>
          {personas.map((p) => (
            <option key={p.role} value={p.role}>
              {p.label} — {p.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Theme" className={s.theme}>
        <Select className={s.select} value={theme} onChange={(_, d) => onTheme(d.value as ThemeName)}>
          <option value="default">Light</option>
          <option value="dark">Dark</option>
          <option value="contrast">High contrast</option>
        </Select>
      </Field>
      <Button onClick={onReset}>Reset demo data</Button>
      <nav className={s.nav} aria-label="Go to">
        <Link href="#/">All boards</Link>
        <Link href="#/my-actions">My actions</Link>
      </nav>
      <Text className={s.who}>
        {current.displayName}, {current.jobTitle}, {current.organisation}
      </Text>
    </div>
  );
}
