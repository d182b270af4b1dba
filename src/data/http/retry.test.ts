import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./retry";

describe("how long to wait before retrying", () => {
  it("waits the seconds Retry-After gives", () => expect(retryDelayMs("3", 1)).toBe(3000));
  it("understands Retry-After as an HTTP date", () => {
    const inFive = new Date(Date.now() + 5000).toUTCString();
    expect(retryDelayMs(inFive, 1)).toBeGreaterThan(3000);
    expect(retryDelayMs(inFive, 1)).toBeLessThanOrEqual(5000);
  });
  it("backs off exponentially with jitter when Retry-After is missing", () => {
    expect(retryDelayMs(null, 1, () => 0)).toBe(250);
    expect(retryDelayMs(null, 3, () => 1)).toBe(2000);
  });
  it("backs off longer when throttled and Retry-After cannot be read (cross-origin)", () => {
    expect(retryDelayMs(null, 1, () => 0, 429)).toBe(1000);
    expect(retryDelayMs(null, 2, () => 1, 429)).toBe(4000);
    expect(retryDelayMs(null, 1, () => 1, 503)).toBe(500);
  });
  it("never waits longer than 30 seconds", () => expect(retryDelayMs("3600", 1)).toBe(30000));
});
