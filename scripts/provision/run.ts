import type { SPFI } from "@pnp/sp";
import type { RoleGroups } from "../../src/app/config";
import { planProvisioning } from "./plan";

export interface ProvisionRun {
  siteUrl: string;
  roles: RoleGroups;
  dryRun: boolean;
  /** One line of output (the CLI prints it; tests collect it). */
  print: (line: string) => void;
}

export interface ProvisionOutcome {
  /** Changes planned (dry run) or made. */
  changes: number;
  manual: string[];
  /** The step it stopped at, when a change failed. */
  failed?: { step: number; what: string; message: string };
}

/** A SharePoint failure's own words when it has them (PnPjs puts the response body in the message). */
export function sharePointMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const inner = /"value"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
  const status = /\[(\d{3})\]/.exec(text)?.[1];
  if (inner?.[1]) return `${status ? `HTTP ${status}: ` : ""}${inner[1].replace(/\\"/g, '"')}`;
  return text;
}

/**
 * Applies manifest/ to the site: reads it, prints the plan (dry run) or makes each change in order with a
 * progress line, and ends with a summary. Stops at the first change that fails and says where; running it
 * again picks up from there, because every change is planned from what the site is.
 */
export async function provision(sp: SPFI, run: ProvisionRun): Promise<ProvisionOutcome> {
  const { print } = run;
  print(`Reading ${run.siteUrl}…`);
  const plan = await planProvisioning(sp, run.siteUrl, run.roles);
  const n = plan.changes.length;
  const manualLines = (): void => {
    if (plan.manual.length === 0) return;
    print("");
    print(`To do by hand (${plan.manual.length}):`);
    plan.manual.forEach((m) => print(`  - ${m}`));
  };
  if (n === 0) {
    print(
      plan.manual.length === 0
        ? "Nothing to change: the site already matches manifest/."
        : "Nothing to change through SharePoint's API: the lists, columns, indexes, permissions and folders already match manifest/.",
    );
    manualLines();
    return { changes: 0, manual: plan.manual };
  }
  if (run.dryRun) {
    print(`Dry run: ${n} change${n === 1 ? "" : "s"} would be made to ${run.siteUrl}. Nothing is changed.`);
    plan.changes.forEach((c, i) => print(`  ${String(i + 1).padStart(String(n).length)}. ${c.what}`));
    manualLines();
    print("");
    print(`Run again without --dry-run to make ${n === 1 ? "this change" : `these ${n} changes`}.`);
    return { changes: n, manual: plan.manual };
  }
  for (const [i, change] of plan.changes.entries()) {
    print(`[${i + 1}/${n}] ${change.what}…`);
    try {
      await change.apply();
    } catch (e) {
      const message = sharePointMessage(e);
      print("");
      print(`Stopped at step ${i + 1} of ${n} (${change.what}): ${message}`);
      print(
        i === 0
          ? "Nothing was changed. Fix the problem and run the same command again."
          : `Steps 1 to ${i} were made. Fix the problem and run the same command again: it carries on from here.`,
      );
      return { changes: i, manual: plan.manual, failed: { step: i + 1, what: change.what, message } };
    }
  }
  print("");
  print(`Done: ${n} change${n === 1 ? "" : "s"} made.`);
  print(
    plan.manual.length === 0
      ? "The site now matches manifest/."
      : "The site matches manifest/ apart from what is listed below, which must be done by hand.",
  );
  manualLines();
  return { changes: n, manual: plan.manual };
}
