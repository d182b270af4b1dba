import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { TenantState } from "./state";
import { Tenant } from "./tenant";

/** The state shape this emulator keeps (TenantState.schemaVersion); a file of any other is seeded afresh. */
const SCHEMA_VERSION: TenantState["schemaVersion"] = 6;

/**
 * Keeps the tenant's state in a JSON file so several browser windows (several
 * people) and restarts of `npm start` share it. Writes are debounced and atomic.
 */
export function persistentTenant(file: string, seed: () => TenantState): Tenant {
  let state: TenantState | null = null;
  if (existsSync(file)) {
    try {
      const loaded = JSON.parse(readFileSync(file, "utf8")) as { schemaVersion?: unknown };
      // An older shape (before versions, owners apart from members, role definitions, the board papers
      // library, locked minutes, report reviews, then (6) the spare teams and the administrators' folder
      // role that lets them set a board up over REST) is seeded afresh.
      if (loaded.schemaVersion === SCHEMA_VERSION) state = loaded as TenantState;
      else
        console.warn(
          `The emulated tenant's saved state ${file} is schema ${String(loaded.schemaVersion)}, not ` +
            `${SCHEMA_VERSION}: it is replaced by a fresh seed (changes made in it are lost).`,
        );
    } catch {
      console.warn(
        `The emulated tenant's saved state ${file} could not be read: it is replaced by a fresh seed.`,
      );
      state = null;
    }
  }
  const tenant = new Tenant(state ?? seed());
  let timer: NodeJS.Timeout | null = null;
  const save = (): void => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(tenant.state));
    renameSync(`${file}.tmp`, file);
  };
  tenant.onChange(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 150);
  });
  if (!state) save();
  return tenant;
}
