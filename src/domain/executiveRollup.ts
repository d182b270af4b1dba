/**
 * The Trust Executive's view of a plan for one quarter: what the rollup screen shows and what the
 * Executive Summary (Word) and the Dashboard (Excel) export. One shape for all three, so an export
 * can never say something the screen does not.
 * Pure: no React, no I/O. `buildExecutiveRollup` (below the types) fills it from the plan's record.
 */
import type { HighlightReport, ReportReview, ReportStanding } from "./highlightReports";
import type { Measure, MeasureRating, MeasureValue, Polarity, RagOverride } from "./measures";
import type { Lateness, PlanQuarter, QuarterRange, ReportingCalendarEntry } from "./quarters";
import type { HeatMap, Risk, RiskBand } from "./risks";
import type { RagCounts, RatingHistory, Trend } from "./rollup";
import type { Action, ActionStatus, Board, IsoDate, IsoInstant, Plan, Programme, Rag, Rating } from "./types";

export interface RollupBoardRef {
  id: number;
  title: string;
}

/** One programme's line: status, trend and counts, with the report that speaks for it. */
export interface ProgrammeLine {
  programmeId: number;
  number: number;
  title: string;
  /** The boards that deliver it, lead board first. */
  boards: RollupBoardRef[];
  /** The status computed from the actions at quarter end (domain/rollup.ts programmeStatus). */
  computedStatus: Rag | null;
  computedReason: string;
  /** The status shown: the submitted or approved report's, else the computed one. */
  status: Rag | null;
  /** The report's reason for its status when it has one, else the computed reason. */
  reason: string;
  trend: Trend;
  /** "Improving: Amber in Q2 2026/27, Green in Q3 2026/27." */
  trendText: string;
  counts: RagCounts;
  /** Actions by status at quarter end (withdrawn included). */
  byStatus: Record<ActionStatus, number>;
  total: number;
  /** Open actions whose due date has passed (as at the rollup's "now", or quarter end if earlier). */
  overdue: number;
  /** Actions that missed a due date in the quarter or had it moved later. */
  slipped: number;
  /** The report's achievements text ("" when no report). */
  achievements: string;
  /** The report's planned activity for next quarter, else a list of actions due next quarter. */
  nextQuarter: string;
  /** The report's decisions required ("" when none). */
  decisions: string;
}

/** One slipped action, in words. */
export interface SlippageLine {
  actionId: number;
  boardId: number;
  boardTitle: string;
  programmeNumber: number;
  ref: string;
  title: string;
  kind: "missed" | "revised";
  /** domain/rollup.ts missedText or revisionText. */
  text: string;
  reason: string;
}

/** A risk as the rollup lists it. */
export interface RiskLine {
  id: number;
  boardId: number;
  boardTitle: string;
  programmeNumber: number | null;
  ref: string;
  title: string;
  impactText: string;
  mitigation: string;
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
  owner: string;
  reviewDate: IsoDate | null;
}

/** A measure with its latest figure and rating. */
export interface MeasureLine {
  id: number;
  title: string;
  programmeNumber: number | null;
  unit: string;
  polarity: Polarity;
  baseline: number | null;
  target: number | null;
  targetText: string;
  latest: MeasureValue | null;
  rating: MeasureRating;
  /** Every period's figures, oldest first (for the chart and the workbook). */
  values: MeasureValue[];
}

/** Where each programme's report stands, by the board that owes it. */
export interface ReportLine {
  boardId: number;
  boardTitle: string;
  programmeId: number;
  programmeNumber: number;
  reportId: number | null;
  standing: ReportStanding;
  /** Null when the reporting calendar has no date for the quarter. */
  lateness: Lateness | null;
  /** "Late by 3 days", "On time", "Due in 12 days", or "No due date set". */
  latenessText: string;
  late: boolean;
}

/** An action as the Dashboard workbook lists it. */
export interface ActionLine {
  id: number;
  ref: string;
  title: string;
  boardId: number;
  boardTitle: string;
  programmeNumber: number;
  owner: string;
  ownerOrganisation: string;
  status: ActionStatus;
  rag: Rag | null;
  rating: Rating;
  targetDate: IsoDate;
  revisedDate: IsoDate | null;
  lastUpdateAt: IsoInstant | null;
  overdue: boolean;
}

/** Programme statuses across the plan's quarters so far: the trend chart and its table. */
export interface QuarterStatuses {
  quarter: PlanQuarter;
  label: string;
  statuses: { programmeId: number; status: Rag | null }[];
}

export interface ExecutiveRollup {
  plan: { id: number; title: string; programmeNoun: string };
  quarter: PlanQuarter;
  /** "Q3 2026/27". */
  quarterLabel: string;
  range: QuarterRange;
  /** When the figures were read. */
  asAt: IsoInstant;
  programmes: ProgrammeLine[];
  /** Totals over all programmes (each action counted once, even when co-delivered). */
  totals: { counts: RagCounts; total: number; overdue: number; slipped: number };
  slippage: SlippageLine[];
  /** Open risks across the plan. */
  heatMap: HeatMap;
  /** Open risks, highest score first. */
  risks: RiskLine[];
  measures: MeasureLine[];
  /** Every programme's decisions required, in programme order ("" ones left out). */
  decisions: { programmeNumber: number; programmeTitle: string; text: string }[];
  reports: ReportLine[];
  history: QuarterStatuses[];
  actions: ActionLine[];
}

/**
 * Everything the rollup is computed from, as the data layer reads it for one plan and quarter
 * (data/sharepoint/planRecord.ts readPlanRecord). `histories` holds the versions of the actions
 * whose current state does not tell where they stood at quarter end (changed since it ended).
 */
export interface PlanRecord {
  plan: Plan;
  boards: readonly Board[];
  programmes: readonly Programme[];
  actions: readonly Action[];
  histories: readonly RatingHistory[];
  risks: readonly Risk[];
  measures: readonly Measure[];
  measureValues: readonly (MeasureValue & { override: RagOverride | null })[];
  /** The plan's reports for the chosen quarter and every earlier quarter of the plan. */
  reports: readonly HighlightReport[];
  reviews: readonly ReportReview[];
  calendar: readonly ReportingCalendarEntry[];
  /** The Executive's overall narrative for the quarter ("" when none written yet). */
  narrative: { id: number | null; etag: string | null; text: string };
}
