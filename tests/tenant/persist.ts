import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { TenantState } from "./state";
import { Tenant } from "./tenant";

/**
 * Keeps the tenant's state in a JSON file so several browser windows (several
 * people) and restarts of `npm start` share it. Writes are debounced and atomic.
 */
export function persistentTenant(file: string, seed: () => TenantState): Tenant {
  let state: TenantState | null = null;
  if (existsSync(file)) {
    try {
      const loaded = JSON.parse(readFileSync(file, "utf8")) as TenantState;
      // An older shape (before versions, owners apart from members, role definitions, the board papers library, locked minutes and report reviews) is seeded afresh.
      if (loaded.schemaVersion === 5) state = loaded;
    } catch {
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
