/**
 * The demo data, described in the users' words. `seedTenant` turns it into
 * Graph users and groups and SharePoint list items. Dates are written as the
 * source documents give them (plan years 2016/17 to 2018/19); seeding shifts
 * them by whole years so that the demo's "year 2, quarter 3" is the current one.
 */

export type Rag = "Red" | "Amber" | "Green";
export type ActionStatus = "Not started" | "In progress" | "Complete" | "Withdrawn";

export interface DemoPerson {
  /** Stable key used by the rest of the demo data, e.g. "eh-chair". */
  readonly key: string;
  /** Fictional name; never a real person. */
  readonly displayName: string;
  readonly jobTitle: string;
  /** Partner organisation, e.g. "County Council", "Clinical Commissioning Group". */
  readonly organisation: string;
}

export interface DemoBoard {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly chairKey: string;
  /** "Chair" or "Interim Chair" or "Independent Chair". */
  readonly chairRole: string;
  readonly sponsorKey: string;
  /** Group owners: the chair and any deputy or secretary. */
  readonly ownerKeys: readonly string[];
  /** Group members. Owners are a separate list: an owner not listed here is not a member. */
  readonly memberKeys: readonly string[];
  readonly cadence: string;
}

export interface DemoProgramme {
  readonly number: number;
  readonly title: string;
  readonly outcome: string;
  /** One or two boards. */
  readonly boardKeys: readonly string[];
}

export interface DemoUpdate {
  /** Local UK time, "YYYY-MM-DDTHH:mm". */
  readonly at: string;
  readonly byKey: string;
  readonly status?: ActionStatus;
  readonly rag?: Rag | null;
  readonly note: string;
  readonly revisedDate?: string;
  readonly reason?: string;
}

export interface DemoAction {
  readonly programmeNumber: number;
  readonly boardKey: string;
  /** e.g. "1.3" */
  readonly ref: string;
  readonly title: string;
  readonly description: string;
  /** null: nobody owns it yet (the chair must be told). */
  readonly ownerKey: string | null;
  /** Plan year, e.g. "2017/18". */
  readonly planYear: string;
  /** "YYYY-MM-DD" */
  readonly targetDate: string;
  /** Status, RAG and revised date as they stand after the updates below. */
  readonly status: ActionStatus;
  readonly rag: Rag | null;
  readonly revisedDate?: string;
  readonly revisedReason?: string;
  /** Oldest first. The first one is when the action was created. */
  readonly updates: readonly DemoUpdate[];
}

export interface DemoRisk {
  readonly programmeNumber: number;
  readonly boardKey: string;
  readonly title: string;
  readonly impact: string;
  readonly mitigation: string;
  readonly likelihood: 1 | 2 | 3 | 4 | 5;
  readonly impactScore: 1 | 2 | 3 | 4 | 5;
  readonly ownerKey: string;
}

export interface DemoMeasureValue {
  readonly planYear: string;
  readonly value: number;
  readonly england?: number;
  readonly neighbours?: number;
  readonly rag: Rag;
}

export interface DemoMeasure {
  readonly title: string;
  readonly programmeNumber: number | null;
  readonly target: string;
  readonly polarity: "Higher" | "Lower";
  readonly unit: string;
  readonly values: readonly DemoMeasureValue[];
}

export type PersonaRole =
  "member" | "second-member" | "chair" | "executive" | "administrator" | "reader" | "outsider";

export interface DemoPersona {
  readonly role: PersonaRole;
  readonly personKey: string;
  /** What the switcher shows, e.g. "Board member (Early Help)". */
  readonly label: string;
}

export interface DemoData {
  readonly trustName: string;
  readonly plan: {
    readonly title: string;
    readonly startYear: number;
    readonly endYear: number;
    readonly currentYear: string;
    readonly vision: string;
    readonly programmeNoun: string;
  };
  readonly people: readonly DemoPerson[];
  readonly boards: readonly DemoBoard[];
  readonly programmes: readonly DemoProgramme[];
  readonly actions: readonly DemoAction[];
  readonly risks: readonly DemoRisk[];
  readonly measures: readonly DemoMeasure[];
  readonly executiveKeys: readonly string[];
  readonly readerKeys: readonly string[];
  readonly administratorKeys: readonly string[];
  readonly personas: readonly DemoPersona[];
  /** The day the source documents describe, "YYYY-MM-DD" (before shifting). */
  readonly asOf: string;
}
