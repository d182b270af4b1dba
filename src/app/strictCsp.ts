/**
 * Imported first by src/index.tsx, before any module defines a zod schema. The app is served with
 * `script-src 'self'` (no 'unsafe-eval', scripts/hosting/headers.ts); zod 4 would otherwise probe
 * for eval with `new Function("")` as each object schema is made, and Chromium reports every
 * refused probe as a Content Security Policy violation even though zod catches it. jitless parses
 * the same way without generating code.
 */
import { z } from "zod";

z.config({ jitless: true });
