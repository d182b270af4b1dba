import { defineConfig } from "vitest/config";

/**
 * Browser journeys (tests/e2e): Chromium through playwright-core against the
 * production build and the emulated tenant. The global setup builds dist/ when
 * it is stale, starts `scripts/start.ts --dist` on a free port with a
 * throw-away tenant state, and stops it afterwards. Files run one at a time:
 * they share that one tenant, which each test resets.
 */
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/support/globalSetup.ts"],
    fileParallelism: false,
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
