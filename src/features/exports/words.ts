/**
 * Words the exports share (no document library here, so both the Word and the Excel modules can use
 * them without pulling in the other's library).
 */
import type { SlippageLine } from "../../domain/executiveRollup";
import { TREND_SYMBOLS, type Trend } from "../../domain/rollup";

/** "Programme" from the plan's noun ("programme", "priority"…), for headings and column names. */
export const capitalised = (noun: string): string => {
  const n = noun.trim();
  return n === "" ? "Programme" : n.charAt(0).toUpperCase() + n.slice(1);
};

/** "↑ Improving": the trend in words, with its symbol, so it never rests on colour or a glyph alone. */
export const trendWords = (trend: Trend | null | undefined, none = "Not given"): string =>
  trend ? `${TREND_SYMBOLS[trend]} ${trend}` : none;

/** What slipped, without the reason it may end with (the exports give the reason its own column). */
export const whatHappened = (s: Pick<SlippageLine, "text" | "reason">): string => {
  const suffix = ` Reason: ${s.reason.trim()}`;
  return s.reason.trim() !== "" && s.text.endsWith(suffix) ? s.text.slice(0, -suffix.length) : s.text;
};
