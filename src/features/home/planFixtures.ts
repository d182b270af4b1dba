/**
 * Test set-up only (never imported by the app): plans and boards of other shapes in the emulated
 * tenant's state, made the way the seed makes its items, for the plan-shape component tests.
 */
import { tenant } from "../../../tests/tenant/testTenant";

type Fields = Record<string, unknown>;

function addItem(listTitle: string, fields: Fields): number {
  const list = tenant.state.lists[listTitle];
  if (!list) throw new Error(`No list ${listTitle}`);
  const template = list.items.find((i) => !i.isFolder);
  if (!template) throw new Error(`${listTitle} has no item to copy from`);
  const id = list.nextId++;
  list.items.push({ ...template, Id: id, folder: null, version: 1, versions: undefined, fields });
  return id;
}

const demoPlan = () => tenant.state.lists["TB Plans"]!.items[0]!;
const boardItem = (folder: string) => {
  const item = tenant.state.lists["TB Boards"]!.items.find((b) => b.fields["TBFolder"] === folder);
  if (!item) throw new Error(`No board ${folder}`);
  return item;
};

/** Another plan beside the demo's (status Archived unless told), its id. */
export function addPlan(fields: {
  title: string;
  status?: "Draft" | "Active" | "Archived";
  noun?: string;
  start?: number;
}): number {
  const start = fields.start ?? 2022;
  return addItem("TB Plans", {
    ...demoPlan().fields,
    Title: fields.title,
    TBStartYear: start,
    TBEndYear: start + 3,
    TBCurrentYear: `${start + 2}/${String(start + 3).slice(2)}`,
    TBStatus: fields.status ?? "Archived",
    TBProgrammeNoun: fields.noun ?? "priority",
  });
}

/** A board of that plan, linked to the same group as a demo board (so the same people may read it), its id. */
export function addBoard(planId: number, title: string, folder: string, likeFolder = "early-help"): number {
  const plan = tenant.state.lists["TB Plans"]!.items.find((p) => p.Id === planId);
  return addItem("TB Boards", {
    ...boardItem(likeFolder).fields,
    Title: title,
    TBPlanId: planId,
    TBFolder: folder,
    TBStatus: plan?.fields["TBStatus"] === "Archived" ? "Archived" : "Active",
  });
}

/** The demo plan archived, as administration's archive leaves it: the plan and every board of it. */
export function archiveDemoPlan(): void {
  demoPlan().fields["TBStatus"] = "Archived";
  for (const b of tenant.state.lists["TB Boards"]!.items) b.fields["TBStatus"] = "Archived";
}

/** What the demo plan calls its programmes. */
export function setProgrammeNoun(noun: string): void {
  demoPlan().fields["TBProgrammeNoun"] = noun;
}

/** The demo plan's title. */
export const demoPlanTitle = (): string => String(demoPlan().fields["Title"]);
