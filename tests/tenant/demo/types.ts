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

/**
 * A Microsoft 365 group with a team that no board uses yet: the plan administrator links the next
 * plan's boards to these. The administrator owns each (so can list its channels and people).
 */
export interface DemoSpareTeam {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  /** Group owners: the administrator and the chair-to-be. */
  readonly ownerKeys: readonly string[];
  readonly memberKeys: readonly string[];
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

/** A risk as it was scored at one time: each is a SharePoint version of the risk. */
export interface DemoRiskScore {
  /** Local UK time, "YYYY-MM-DDTHH:mm". */
  readonly at: string;
  readonly byKey: string;
  readonly likelihood: 1 | 2 | 3 | 4 | 5;
  readonly impactScore: 1 | 2 | 3 | 4 | 5;
}

export interface DemoRisk {
  readonly programmeNumber: number;
  readonly boardKey: string;
  /** The register's reference, e.g. "EH-R1", or the council's "ORG0009". */
  readonly ref?: string;
  readonly title: string;
  readonly impact: string;
  readonly mitigation: string;
  readonly likelihood: 1 | 2 | 3 | 4 | 5;
  readonly impactScore: 1 | 2 | 3 | 4 | 5;
  readonly ownerKey: string;
  /** When the owner will next review it, "YYYY-MM-DD"; before asOf means the review is overdue. */
  readonly reviewDate?: string;
  /**
   * Its scores over time, oldest first, ending with the current likelihood and impact: one
   * SharePoint version each. Without it the risk has one version, as scored when the plan started.
   */
  readonly scores?: readonly DemoRiskScore[];
}

export interface DemoMeasureValue {
  readonly planYear: string;
  /** A quarterly figure; a yearly one has none. */
  readonly quarter?: "Q1" | "Q2" | "Q3" | "Q4";
  readonly value: number;
  readonly england?: number;
  readonly neighbours?: number;
  /** A person's RAG over the rule's (TBRag), always with a reason; most values have none. */
  readonly override?: { readonly rag: Rag; readonly reason: string };
}

export interface DemoMeasure {
  readonly title: string;
  readonly programmeNumber: number | null;
  /** The target in the plan's words. */
  readonly target: string;
  /** The figure the RAG rule compares with; null when the words set none ("No target"). */
  readonly targetValue?: number | null;
  readonly baseline?: number | null;
  readonly polarity: "Higher" | "Lower";
  readonly unit: string;
  readonly values: readonly DemoMeasureValue[];
}

/** One save of a highlight report: a SharePoint version. */
export interface DemoReportSave {
  /** Local UK time, "YYYY-MM-DDTHH:mm". */
  readonly at: string;
  readonly byKey: string;
  readonly status: "Draft" | "Submitted";
}

/** The Executive's decision on one version of a report (TB Report Reviews). */
export interface DemoReview {
  readonly at: string;
  /** An Executive member. */
  readonly byKey: string;
  /** The report version judged: 1 for its first save. */
  readonly version: number;
  readonly decision: "Approved" | "Returned";
  readonly comment: string;
}

/** A programme's highlight report for a quarter, filed in its lead board's folder. */
export interface DemoReport {
  readonly programmeNumber: number;
  readonly planYear: string;
  readonly quarter: "Q1" | "Q2" | "Q3" | "Q4";
  readonly rag: Rag;
  readonly trend: "Improving" | "Stable" | "Declining";
  readonly reason: string;
  readonly achievements: string;
  readonly slippage: string;
  readonly issuesRisks: string;
  readonly nextQuarter: string;
  readonly decisions: string;
  /** Oldest first; the last save is the report as it stands. */
  readonly saves: readonly DemoReportSave[];
  readonly reviews: readonly DemoReview[];
}

/** The Executive's overall narrative for a quarter's Executive Summary (TB Executive Summaries). */
export interface DemoSummary {
  readonly planYear: string;
  readonly quarter: "Q1" | "Q2" | "Q3" | "Q4";
  readonly at: string;
  readonly byKey: string;
  readonly narrative: string;
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
  /** Teams set up for the next plan's boards, linked to no board yet (none in an older data set). */
  readonly spareTeams?: readonly DemoSpareTeam[];
  readonly programmes: readonly DemoProgramme[];
  readonly actions: readonly DemoAction[];
  readonly risks: readonly DemoRisk[];
  readonly measures: readonly DemoMeasure[];
  /** Highlight reports and the Executive's decisions on them (none in an older data set). */
  readonly reports?: readonly DemoReport[];
  readonly summaries?: readonly DemoSummary[];
  readonly executiveKeys: readonly string[];
  readonly readerKeys: readonly string[];
  readonly administratorKeys: readonly string[];
  readonly personas: readonly DemoPersona[];
  /** The day the source documents describe, "YYYY-MM-DD" (before shifting). */
  readonly asOf: string;
}
