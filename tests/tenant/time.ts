/**
 * The demo site's regional settings are en-GB, Europe/London (as a UK
 * partnership's site would be): form values are read in that locale, and a
 * date-only column stores midnight UK time, expressed in UTC.
 */
const LONDON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

function londonOffsetMinutes(utcMs: number): number {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((asUtc - Math.floor(utcMs / 60000) * 60000) / 60000);
}

/** UK wall-clock time → ISO instant in UTC (whole seconds, "Z"). */
export function londonToUtcIso(year: number, month: number, day: number, hour = 0, minute = 0): string {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - londonOffsetMinutes(guess) * 60000;
  const settled = guess - londonOffsetMinutes(first) * 60000;
  return new Date(settled).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" in UK time → ISO instant in UTC. */
export function localIsoToUtc(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local);
  if (!m) throw new Error(`Not a local date: ${local}`);
  return londonToUtcIso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
}

/** en-GB form value "31/03/2018" or "31/03/2018 14:05" → ISO instant in UTC, or null when malformed. */
export function parseEnGbFormDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return londonToUtcIso(year, month, day, Number(m[4] ?? 0), Number(m[5] ?? 0));
}
