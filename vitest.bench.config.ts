import { defineConfig } from "vitest/config";

/** `npm run bench`: runs scripts/bench/*.run.ts once, in Node, against the emulated tenant. */
export default defineConfig({
  test: {
    environment: "node",
    include: ["scripts/bench/**/*.run.ts"],
    setupFiles: [],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
