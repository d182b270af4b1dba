import { Badge, Button, Field, Link, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Beaker16Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { ThemeName } from "../../app/theme";
import type { Surface } from "../meetings/MeetingPage";

/** Where Teams could show the app, as the workbench emulates it (?surface= in the page's address). */
const SURFACES: readonly { value: Surface; label: string }[] = [
  { value: "tab", label: "Tab" },
  { value: "sidePanel", label: "Meeting side panel" },
  { value: "stage", label: "Meeting stage" },
];
const isSurface = (v: unknown): v is Surface => SURFACES.some((x) => x.value === v);

/** The surface "?surface=sidePanel" or "?surface=stage" asks the workbench to emulate; else the tab. */
export function surfaceInUrl(search: string): Surface {
  const asked = new URLSearchParams(search).get("surface");
  return isSurface(asked) ? asked : "tab";
}

/** The same address emulating another surface (the tab drops the parameter). */
export function urlWithSurface(href: string, surface: Surface): string {
  const url = new URL(href);
  if (surface === "tab") url.searchParams.delete("surface");
  else url.searchParams.set("surface", surface);
  return url.href;
}

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
  /** The persona's Entra id (GET /__tenant/personas), for their notifications. */
  userId?: string;
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
  surface: { flexGrow: 1, flexBasis: "11rem", maxWidth: "14rem", minWidth: 0 },
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

/** The data sets the emulated tenant can serve (GET /__tenant/dataset, tests/tenant/scale.ts). */
interface DatasetChoice {
  name: string;
  label: string;
}

const isDatasetAnswer = (v: unknown): v is { dataset: string; choices: DatasetChoice[] } =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { dataset?: unknown }).dataset === "string" &&
  Array.isArray((v as { choices?: unknown }).choices) &&
  (v as { choices: unknown[] }).choices.every(
    (c) =>
      typeof c === "object" &&
      c !== null &&
      typeof (c as DatasetChoice).name === "string" &&
      typeof (c as DatasetChoice).label === "string",
  );

/**
 * Which data the emulated tenant serves: the demo, or the scale set (30 boards × 1,000 actions) to
 * try the app at a large partnership's size. Switching re-seeds the tenant and reloads the app.
 */
function DatasetField({ className, onChanged }: { className: string; onChanged: () => void }) {
  const s = useStyles();
  const [current, setCurrent] = useState<string | null>(null);
  const [choices, setChoices] = useState<DatasetChoice[]>([]);
  const [state, setState] = useState<"idle" | "switching" | "failed">("idle");
  useEffect(() => {
    let live = true;
    fetch("/__tenant/dataset")
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(String(r.status)))))
      .then((body) => {
        if (!live || !isDatasetAnswer(body)) return;
        setCurrent(body.dataset);
        setChoices(body.choices);
      })
      .catch(() => live && setState("failed"));
    return () => {
      live = false;
    };
  }, []);
  // Only where the tenant offers more than one (npm start); unit tests' tenant offers none.
  if (state !== "failed" && (current === null || choices.length < 2)) return null;
  const choose = (next: string): void => {
    if (next === current) return;
    setCurrent(next);
    setState("switching");
    fetch("/__tenant/dataset", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ dataset: next }),
    })
      .then((r) => (r.ok ? onChanged() : setState("failed")))
      .catch(() => setState("failed"));
  };
  return (
    <Field
      label="Data set"
      className={className}
      hint={state === "switching" ? "Loading the data set…" : undefined}
      validationMessage={state === "failed" ? "The emulated tenant did not answer. Try again." : undefined}
    >
      <Select
        className={s.select}
        value={current ?? ""}
        disabled={state === "switching"}
        onChange={(_, d) => choose(d.value)}
      >
        {choices.map((c) => (
          <option key={c.name} value={c.name}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** One entry of the persona's Teams activity feed (GET /__tenant/notifications, tests/tenant/graph/teamwork.ts). */
interface FeedItem {
  id: string;
  kind: "activity" | "mention";
  createdDateTime: string;
  actor: string;
  text: string;
  previewText: string;
  webUrl: string;
}

const isFeed = (v: unknown): v is { notifications: FeedItem[] } =>
  typeof v === "object" &&
  v !== null &&
  Array.isArray((v as { notifications?: unknown }).notifications) &&
  (v as { notifications: unknown[] }).notifications.every(
    (n) =>
      typeof n === "object" &&
      n !== null &&
      typeof (n as FeedItem).id === "string" &&
      typeof (n as FeedItem).text === "string" &&
      typeof (n as FeedItem).webUrl === "string",
  );

const feedTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

const useFeedStyles = makeStyles({
  panel: {
    // Below the bar's controls, across its whole width.
    order: 1,
    flexBasis: "100%",
    minWidth: 0,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    display: "grid",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  meta: { color: tokens.colorNeutralForeground2 },
});

/**
 * The persona's Teams activity feed as the emulated tenant keeps it: reminders (activity
 * notifications) and @mentions in channel messages, with their deep links. A disclosure button and a
 * list; Escape closes it and returns to the button.
 */
function NotificationsPanel({ persona }: { persona: WorkbenchPersona }) {
  const s = useFeedStyles();
  const [items, setItems] = useState<FeedItem[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const panelId = useId();
  const headingId = useId();
  const userId = persona.userId;
  const load = useCallback((): (() => void) => {
    let live = true;
    if (!userId) return () => undefined;
    fetch(`/__tenant/notifications?userId=${encodeURIComponent(userId)}`)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : Promise.reject(new Error(String(r.status)))))
      .then((body) => {
        if (!live) return;
        if (!isFeed(body)) throw new Error("unexpected answer");
        setItems(body.notifications);
        setFailed(false);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [userId]);
  useEffect(() => load(), [load]);
  // Escape anywhere in the open panel closes it and returns to its button.
  useEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.key !== "Escape") return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    el.addEventListener("keydown", onKeyDown);
    return () => el.removeEventListener("keydown", onKeyDown);
  }, [open]);
  if (!userId) return null;
  const toggle = (): void => {
    if (!open) load();
    setOpen(!open);
  };
  const count = items?.length ?? 0;
  return (
    <>
      <Button ref={button} aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        {items === null ? "Notifications" : `Notifications (${count})`}
      </Button>
      {open && (
        <section ref={panel} id={panelId} className={s.panel} aria-labelledby={headingId}>
          <h2 id={headingId} className={s.heading}>
            Teams notifications for {persona.displayName}
          </h2>
          {failed && <Text role="alert">The emulated tenant did not answer. Try again.</Text>}
          {!failed && count === 0 && <Text>No notifications yet.</Text>}
          {count > 0 && (
            <ul className={s.list}>
              {(items ?? []).map((n) => (
                <li key={n.id} className={s.item}>
                  <Text weight="semibold">{n.text}</Text>
                  {n.previewText && <Text>{n.previewText}</Text>}
                  <Text size={200} className={s.meta}>
                    {n.kind === "mention" ? "Mention" : "Reminder"} ·{" "}
                    <time dateTime={n.createdDateTime}>{feedTime.format(new Date(n.createdDateTime))}</time>
                  </Text>
                  <Link
                    href={n.webUrl}
                    target="_blank"
                    rel="noreferrer"
                    aria-label={`Open in Teams: ${n.text}`}
                  >
                    Open in Teams
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
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
  onDataset = () => window.location.reload(),
  surface = surfaceInUrl(window.location.search),
  onSurface = (next) => window.location.assign(urlWithSurface(window.location.href, next)),
}: {
  personas: WorkbenchPersona[];
  current: WorkbenchPersona;
  onPersona: (role: string) => void;
  theme: ThemeName;
  onTheme: (t: ThemeName) => void;
  onReset: () => void;
  /** After the site's locale changed; reloads the app unless told otherwise. */
  onSiteLocale?: () => void;
  /** After the served data set changed (demo or scale); reloads the app unless told otherwise. */
  onDataset?: () => void;
  /** The Teams surface emulated (read from ?surface= unless given). */
  surface?: Surface;
  /** Switches the emulated surface; reloads the app with ?surface= unless told otherwise. */
  onSurface?: (surface: Surface) => void;
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
      <DatasetField className={s.site} onChanged={onDataset} />
      <Field label="Theme" className={s.theme}>
        <Select className={s.select} value={theme} onChange={(_, d) => onTheme(d.value as ThemeName)}>
          <option value="default">Light</option>
          <option value="dark">Dark</option>
          <option value="contrast">High contrast</option>
        </Select>
      </Field>
      <Field label="Surface" className={s.surface}>
        <Select
          className={s.select}
          value={surface}
          onChange={(_, d) => {
            if (isSurface(d.value) && d.value !== surface) onSurface(d.value);
          }}
        >
          {SURFACES.map((x) => (
            <option key={x.value} value={x.value}>
              {x.label}
            </option>
          ))}
        </Select>
      </Field>
      <SiteLocaleField className={s.site} onChanged={onSiteLocale} />
      <Button onClick={onReset}>Reset demo data</Button>
      <NotificationsPanel key={current.userId ?? current.role} persona={current} />
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
