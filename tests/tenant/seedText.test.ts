import { describe, expect, it } from "vitest";
import { demoData } from "./demo";
import { seedState } from "./seed";

const YEAR = /\b20[0-3]\d\b/g;

/** Every string value stored in every list item of a seeded tenant. */
function storedTexts(now: Date): string[] {
  const state = seedState(demoData, { now });
  return Object.values(state.lists).flatMap((list) =>
    list.items.flatMap((item) =>
      Object.values(item.fields).filter((v): v is string => typeof v === "string"),
    ),
  );
}

describe("the demo's words move with its dates", () => {
  it("names no year from before the moved plan in any title, note or description", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const offset = 2026 - Number(demoData.asOf.slice(0, 4));
    const earliestInSource = Math.min(...JSON.stringify(demoData).match(YEAR)!.map(Number));
    const stale = storedTexts(now).filter((t) =>
      (t.match(YEAR) ?? []).some((y) => Number(y) < earliestInSource + offset),
    );
    expect(stale).toEqual([]);
  });

  it("speaks of the current plan year in action titles (e.g. 'for 2027/28', not 'for 2018/19')", () => {
    const titles = storedTexts(new Date("2026-11-22T10:00:00Z")).filter((t) => /for 20\d\d\/\d\d/.test(t));
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).not.toMatch(/201\d\/\d\d/);
  });
});
