import { Badge, Button, Field, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Beaker16Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { ThemeName } from "../../app/theme";

/** The regional settings the emulated site can be given (tests/tenant/sharepoint/regional.ts). */
const SITE_LOCALES = [
  { value: "en-GB", label: "English (UK), London time" },
  { value: "en-US", label: "English (US), Pacific time" },
] as const;
type SiteLocale = (typeof SITE_LOCALES)[number]["value"];
const isSiteLocale = (v: unknown): v is SiteLocale => SITE_LOCALES.some((l) => l.value === v);

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
  site: { flexGrow: 1, flexBasis: "14rem", maxWidth: "18rem", minWidth: 0 },
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
 * The emulated site's regional settings: SharePoint reads the dates the app
 * sends in them and keeps date-only columns at midnight in its time zone, so a
 * council can try the app on a site set up like its own. Switching reloads the
 * app, which reads the settings once.
 */
function SiteLocaleField({ className, onChanged }: { className: string; onChanged: () => void }) {
  const s = useStyles();
  const [locale, setLocale] = useState<SiteLocale | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetch("/__tenant/site")
      .then((r) =>
        r.ok ? (r.json() as Promise<{ locale?: unknown }>) : Promise.reject(new Error(String(r.status))),
      )
      .then((body) => {
        if (live && isSiteLocale(body.locale)) setLocale(body.locale);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  const choose = (next: string): void => {
    if (!isSiteLocale(next) || next === locale) return;
    setLocale(next);
    fetch("/__tenant/site", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ locale: next }),
    })
      .then((r) => (r.ok ? onChanged() : setFailed(true)))
      .catch(() => setFailed(true));
  };
  return (
    <Field
      label="Site's regional settings"
      className={className}
      validationMessage={failed ? "The emulated site did not answer. Try again." : undefined}
    >
      <Select
        className={s.select}
        value={locale ?? ""}
        disabled={locale === null}
        onChange={(_, d) => choose(d.value)}
      >
        {locale === null && <option value="">Loading…</option>}
        {SITE_LOCALES.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * Outside Teams, on the emulated tenant only: act as a different person, pick a
 * theme, set the site's locale, reset the demo data. Never shown against a real tenant.
 */
export function WorkbenchBar({
  personas,
  current,
  onPersona,
  theme,
  onTheme,
  onReset,
  onSiteLocale = () => window.location.reload(),
}: {
  personas: WorkbenchPersona[];
  current: WorkbenchPersona;
  onPersona: (role: string) => void;
  theme: ThemeName;
  onTheme: (t: ThemeName) => void;
  onReset: () => void;
  /** After the site's locale changed; reloads the app unless told otherwise. */
  onSiteLocale?: () => void;
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
      <SiteLocaleField className={s.site} onChanged={onSiteLocale} />
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
