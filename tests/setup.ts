import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/dom";
import { afterAll, afterEach, beforeAll } from "vitest";
import { resetTenant, server } from "./tenant/testTenant";

// findBy… and waitFor wait for what a person would see. On a shared CI machine running two test files at
// once, the app's first render against the emulated tenant can take longer than the default second;
// a real failure still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  resetTenant();
});
afterAll(() => server.close());
