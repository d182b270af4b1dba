/**
 * Wall-clock time in a site's time zone, for the emulated SharePoint. The demo
 * site is en-GB, Europe/London (as a UK partnership's site would be); the
 * workbench can switch it to en-US (see sharepoint/regional.ts). A date-only
 * column stores midnight in the site's time zone, expressed in UTC.
 */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    FORMATS.set(timeZone, format);
  }
  return format;
}

/** The zone's wall clock at this instant, as numbers. */
function wallClock(
  timeZone: string,
  utcMs: number,
): { y: number; m: number; d: number; h: number; min: number } {
  const parts = Object.fromEntries(
    formatIn(timeZone)
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  return {
    y: Number(parts.year),
    m: Number(parts.month),
    d: Number(parts.day),
    h: Number(parts.hour),
    min: Number(parts.minute),
  };
}

/** Minutes the zone's wall clock is ahead of UTC at this instant. */
function offsetMinutes(timeZone: string, utcMs: number): number {
  const w = wallClock(timeZone, utcMs);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min);
  return Math.round((asUtc - Math.floor(utcMs / 60000) * 60000) / 60000);
}

const toIso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** Wall-clock time in `timeZone` (IANA) → ISO instant in UTC (whole seconds, "Z"). */
export function zonedToUtcIso(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): string {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - offsetMinutes(timeZone, guess) * 60000;
  return toIso(guess - offsetMinutes(timeZone, first) * 60000);
}

/** The calendar date ("YYYY-MM-DD") an instant falls on in `timeZone`. */
export function utcToZonedDate(timeZone: string, iso: string): string {
  const w = wallClock(timeZone, Date.parse(iso));
  return `${w.y}-${String(w.m).padStart(2, "0")}-${String(w.d).padStart(2, "0")}`;
}

/** UK wall-clock time → ISO instant in UTC (whole seconds, "Z"). */
export function londonToUtcIso(year: number, month: number, day: number, hour = 0, minute = 0): string {
  return zonedToUtcIso("Europe/London", year, month, day, hour, minute);
}

/** "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" in UK time → ISO instant in UTC (the demo's dates). */
export function localIsoToUtc(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local);
  if (!m) throw new Error(`Not a local date: ${local}`);
  return londonToUtcIso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
}

/** How a locale writes a short date: the order of its parts (SP.RegionalSettings.DateFormat) and separator. */
export interface DateShape {
  order: "MDY" | "DMY" | "YMD";
  separator: string;
  timeZone: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * A validate-update form value in the site's locale → ISO instant in UTC, or
 * null when it is not a date that locale can read ("30/06/2027" on an en-US
 * site, where the month comes first). `dateOnly` drops any time: the column
 * keeps midnight in the site's time zone. A time may follow the date as
 * "14:05" or "2:05 PM".
 */
export function parseFormDate(text: string, shape: DateShape, dateOnly = false): string | null {
  const sep = escape(shape.separator);
  const part =
    shape.order === "YMD"
      ? `(\\d{4})${sep}(\\d{1,2})${sep}(\\d{1,2})`
      : `(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4})`;
  const m = new RegExp(`^${part}(?:\\s+(\\d{1,2}):(\\d{2})(?:\\s*([AaPp][Mm]))?)?$`).exec(text.trim());
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [year, month, day] =
    shape.order === "DMY" ? [c, b, a] : shape.order === "MDY" ? [c, a, b] : [a, b, c];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  let hour = Number(m[4] ?? 0);
  const minute = Number(m[5] ?? 0);
  const marker = m[6]?.toUpperCase();
  if (marker !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (marker === "PM" ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return dateOnly
    ? zonedToUtcIso(shape.timeZone, year, month, day)
    : zonedToUtcIso(shape.timeZone, year, month, day, hour, minute);
}

/** en-GB form value "31/03/2018" or "31/03/2018 14:05" in UK time → ISO instant in UTC, or null. */
export function parseEnGbFormDate(text: string): string | null {
  return parseFormDate(text, { order: "DMY", separator: "/", timeZone: "Europe/London" });
}
