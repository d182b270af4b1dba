import { z } from "zod";
import { formatDate, formatDateTime, isValidIsoDate } from "./dates";
import { NOTE_MAX, tooLongMessage, typedDateMessage } from "./actionUpdate";
import type { IsoDate, IsoInstant, Person } from "./types";

/**
 * The risk register's rules. A risk is scored the way the partnership already
 * scores its corporate risks (seed 000: "Likelihood 4 Impact 5 Risk Score 20"
 * for ORG0009): likelihood and impact each on a 1–5 scale, and the score is
 * their product, 1 to 25.
 */

export const RISK_STATUSES = ["Open", "Closed"] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** One row of TB Risks (manifest/lists.ts), as the app reads it. */
export interface Risk {
  id: number;
  boardId: number;
  /** The programme the risk threatens, or null for a board-wide risk. */
  programmeId: number | null;
  /** What could happen, e.g. "ORG0009 Safeguarding children". */
  title: string;
  /** What would follow if it happened (TBImpactText). */
  impactText: string;
  /** What is being done to reduce it (TBMitigation). */
  mitigation: string;
  owner: Person | null;
  /** 1 (rare) to 5 (almost certain). */
  likelihood: number;
  /** 1 (negligible) to 5 (critical). */
  impact: number;
  status: RiskStatus;
  /** When the owner will next look at it again. */
  reviewDate: IsoDate | null;
}

/** The words for each point of the scales, shown beside the numbers in forms and the heat map's axes. */
export const LIKELIHOOD_WORDS = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"] as const;
export const IMPACT_WORDS = ["Negligible", "Minor", "Moderate", "Major", "Critical"] as const;

/** Likelihood × impact: 4 × 5 = 20 for ORG0009. */
export function riskScore(r: Pick<Risk, "likelihood" | "impact">): number {
  return r.likelihood * r.impact;
}

export const RISK_BANDS = ["Low", "Medium", "High", "Very high"] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/**
 * Our rule (the partnership's papers give scores but no bands, so this is
 * ours, not a quoted standard): the 25 scores are split into four bands.
 * Each band's words say what it asks of the board.
 */
export const BAND_RULE: readonly { band: RiskBand; from: number; to: number; words: string }[] = [
  { band: "Low", from: 1, to: 4, words: "Low (1 to 4): keep it under review." },
  { band: "Medium", from: 5, to: 9, words: "Medium (5 to 9): the owner manages it and reports changes." },
  {
    band: "High",
    from: 10,
    to: 14,
    words: "High (10 to 14): the board watches it at each meeting.",
  },
  {
    band: "Very high",
    from: 15,
    to: 25,
    words: "Very high (15 to 25): it needs a mitigation and goes to the Trust Executive.",
  },
];

/** The band a score of 1 to 25 falls in. */
export function riskBand(score: number): RiskBand {
  const found = BAND_RULE.find((b) => score >= b.from && score <= b.to);
  if (!found) throw new RangeError(`A risk score is 1 to 25, not ${score}.`);
  return found.band;
}

/** "Very high (15 to 25): …" — the band's rule in plain words. */
export function bandWords(band: RiskBand): string {
  return BAND_RULE.find((b) => b.band === band)!.words;
}

export interface HeatCell {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
  /** The open risks in this cell, highest-numbered first as they appear. */
  risks: Pick<Risk, "id" | "title">[];
  count: number;
  /** The cell in words, so it reads the same without colour: "Likelihood 4, impact 5: score 20, very high, 1 risk: ORG0009 …". */
  text: string;
}

export interface HeatRow {
  likelihood: number;
  /** Impact 1 to 5, left to right. */
  cells: HeatCell[];
}

export interface HeatMap {
  /** Likelihood 5 at the top down to 1, as the grid is drawn. */
  rows: HeatRow[];
  /** How many open risks the map shows. */
  total: number;
  /** Closed risks are not on the map; how many were left off. */
  closed: number;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function cellText(likelihood: number, impact: number, risks: Pick<Risk, "title">[]): string {
  const score = likelihood * impact;
  const head = `Likelihood ${likelihood}, impact ${impact}: score ${score}, ${riskBand(score).toLowerCase()}`;
  if (risks.length === 0) return `${head}, no risks.`;
  return `${head}, ${plural(risks.length, "risk")}: ${risks.map((r) => r.title).join("; ")}.`;
}

function onScale(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 5;
}

/**
 * The 5×5 grid of open risks: rows are likelihood 5 down to 1, columns impact
 * 1 to 5. Every cell carries its numbers and a sentence, so colour is never
 * the only way to read it. Closed risks are counted apart, not placed.
 */
export function heatMap(risks: readonly Risk[]): HeatMap {
  const open = risks.filter((r) => r.status === "Open" && onScale(r.likelihood) && onScale(r.impact));
  const rows: HeatRow[] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    const cells: HeatCell[] = [];
    for (let impact = 1; impact <= 5; impact++) {
      const here = open
        .filter((r) => r.likelihood === likelihood && r.impact === impact)
        .map((r) => ({ id: r.id, title: r.title }));
      const score = likelihood * impact;
      cells.push({
        likelihood,
        impact,
        score,
        band: riskBand(score),
        risks: here,
        count: here.length,
        text: cellText(likelihood, impact, here),
      });
    }
    rows.push({ likelihood, cells });
  }
  return { rows, total: open.length, closed: risks.filter((r) => r.status === "Closed").length };
}

export interface HeatTable {
  caption: string;
  columns: readonly ["Likelihood", "Impact", "Score", "Band", "Risks"];
  /** One row per cell that holds risks, highest score first (then higher likelihood first). */
  rows: { likelihood: number; impact: number; score: number; band: RiskBand; risks: string }[];
}

/**
 * The heat map as a flat table for screen readers: only the cells that hold
 * risks, the most serious first, and a caption that says what was left out.
 */
export function heatMapTable(map: HeatMap): HeatTable {
  const filled = map.rows
    .flatMap((r) => r.cells)
    .filter((c) => c.count > 0)
    .sort((a, b) => b.score - a.score || b.likelihood - a.likelihood);
  const closed = map.closed > 0 ? ` ${plural(map.closed, "closed risk")} not shown.` : "";
  const caption =
    map.total === 0
      ? `No open risks.${closed}`
      : `${plural(map.total, "open risk")} in ${plural(filled.length, "cell")} of 25; the other cells have none.${closed}`;
  return {
    caption,
    columns: ["Likelihood", "Impact", "Score", "Band", "Risks"],
    rows: filled.map((c) => ({
      likelihood: c.likelihood,
      impact: c.impact,
      score: c.score,
      band: c.band,
      risks: c.risks.map((r) => r.title).join("; "),
    })),
  };
}

/** A risk's scores as one SharePoint version of it held them. */
export interface RiskSnapshot {
  /** When SharePoint saved the version (its Modified). */
  at: IsoInstant;
  /** Who saved it (its Editor), or null when SharePoint did not say. */
  by: Person | null;
  likelihood: number;
  impact: number;
}

export interface Rescoring {
  at: IsoInstant;
  by: Person | null;
  from: { likelihood: number; impact: number; score: number; band: RiskBand };
  to: { likelihood: number; impact: number; score: number; band: RiskBand };
  /** "Jo Bloggs rescored it on 12 Nov 2026, 12:00: 12 (3 × 4, high) → 20 (4 × 5, very high)." */
  text: string;
}

const scored = (s: Pick<RiskSnapshot, "likelihood" | "impact">) => {
  const score = riskScore(s);
  return { likelihood: s.likelihood, impact: s.impact, score, band: riskBand(score) };
};

const scoreWords = (s: ReturnType<typeof scored>): string =>
  `${s.score} (${s.likelihood} × ${s.impact}, ${s.band.toLowerCase()})`;

/**
 * Who rescored a risk, when, from what to what: one entry per version whose
 * score differs from the version before. Versions that changed something else
 * (the mitigation, the owner) — or swapped likelihood and impact for the same
 * score — are not rescorings. The first version is the risk's first score,
 * not a change. Oldest first.
 */
export function rescorings(history: readonly RiskSnapshot[]): Rescoring[] {
  const ordered = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const out: Rescoring[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const before = scored(ordered[i - 1]!);
    const now = ordered[i]!;
    const after = scored(now);
    if (after.score === before.score) continue;
    const who = now.by?.name ?? "Someone (SharePoint did not record who)";
    out.push({
      at: now.at,
      by: now.by,
      from: before,
      to: after,
      text: `${who} rescored it on ${formatDateTime(now.at)}: ${scoreWords(before)} → ${scoreWords(after)}.`,
    });
  }
  return out;
}

/** What the risk form holds: numbers may still be empty (null) while someone types. */
export interface RiskDraft {
  title: string;
  impactText: string;
  mitigation: string;
  likelihood: number | null;
  impact: number | null;
  status: RiskStatus;
  reviewDate: IsoDate | null;
}

export interface RiskContext {
  /** Today where the person is: a new review date must not be before it. */
  today?: IsoDate;
  /** The review date the risk had before this edit: leaving a past date alone is not refused here. */
  previousReviewDate?: IsoDate | null;
  /** Text typed into the review-date field that could not be read as a date (null when none). */
  reviewDateText?: string | null;
}

/** The title is a SharePoint single line of text: 255 characters at most. */
export const TITLE_MAX = 255;

/** A score at or above this needs a mitigation (the "Very high" band). */
export const MITIGATION_NEEDED_FROM = 15;

/** "Choose a likelihood from 1 (rare) to 5 (almost certain)." */
function scaleMessage(what: "likelihood" | "impact"): string {
  const words = what === "likelihood" ? LIKELIHOOD_WORDS : IMPACT_WORDS;
  const a = what === "impact" ? "an" : "a";
  return `Choose ${a} ${what} from 1 (${words[0].toLowerCase()}) to 5 (${words[4].toLowerCase()}), a whole number.`;
}

/** The risk form's rules, each with a message that says what to fix. */
export function riskSchema(context: RiskContext = {}) {
  const unreadDate = context.reviewDateText?.trim() ? context.reviewDateText : null;
  return z
    .object({
      title: z.string(),
      impactText: z.string(),
      mitigation: z.string(),
      // NaN is what an emptied number field gives: let it reach the scale message below.
      likelihood: z.union([z.number(), z.nan()]).nullable(),
      impact: z.union([z.number(), z.nan()]).nullable(),
      status: z.enum(RISK_STATUSES, { message: "Choose Open or Closed." }),
      reviewDate: z.string().nullable(),
    })
    .superRefine((r, ctx) => {
      const title = r.title.trim();
      if (title === "") {
        ctx.addIssue({
          code: "custom",
          path: ["title"],
          message: "Give the risk a title: what could happen, in a few words.",
        });
      } else if (title.length > TITLE_MAX) {
        const over = title.length - TITLE_MAX;
        ctx.addIssue({
          code: "custom",
          path: ["title"],
          message: `The title is ${title.length} characters; SharePoint keeps ${TITLE_MAX} at most. Shorten it by ${over} character${over === 1 ? "" : "s"}.`,
        });
      }
      // Checked here, not in the shape, so that every field's message shows at once.
      for (const key of ["likelihood", "impact"] as const) {
        const n = r[key];
        if (n === null || !onScale(n))
          ctx.addIssue({ code: "custom", path: [key], message: scaleMessage(key) });
      }
      for (const key of ["impactText", "mitigation"] as const) {
        if (r[key].length > NOTE_MAX) {
          const what = key === "impactText" ? "impact" : "mitigation";
          ctx.addIssue({ code: "custom", path: [key], message: tooLongMessage(what, r[key].length) });
        }
      }
      if (
        r.likelihood !== null &&
        r.impact !== null &&
        onScale(r.likelihood) &&
        onScale(r.impact) &&
        r.status === "Open"
      ) {
        const score = r.likelihood * r.impact;
        if (score >= MITIGATION_NEEDED_FROM && r.mitigation.trim() === "") {
          ctx.addIssue({
            code: "custom",
            path: ["mitigation"],
            message: `A risk scoring ${score} (${riskBand(score).toLowerCase()}) needs a mitigation: say what is being done to reduce it.`,
          });
        }
      }
      if (unreadDate !== null) {
        ctx.addIssue({ code: "custom", path: ["reviewDate"], message: typedDateMessage(unreadDate) });
      } else if (r.reviewDate === null) {
        if (r.status === "Open") {
          ctx.addIssue({
            code: "custom",
            path: ["reviewDate"],
            message: "Set a review date: when will the owner look at this risk again?",
          });
        }
      } else if (!isValidIsoDate(r.reviewDate)) {
        ctx.addIssue({ code: "custom", path: ["reviewDate"], message: typedDateMessage(r.reviewDate) });
      } else if (
        context.today !== undefined &&
        r.reviewDate !== (context.previousReviewDate ?? null) &&
        r.reviewDate < context.today
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["reviewDate"],
          message: `The review date must be today or later: ${formatDate(r.reviewDate)} has passed.`,
        });
      }
    });
}

export type RiskErrors = Partial<Record<keyof RiskDraft, string>>;

/** The first message for each field that needs fixing; {} when the draft can be saved. */
export function validateRisk(draft: RiskDraft, context: RiskContext = {}): RiskErrors {
  const result = riskSchema(context).safeParse(draft);
  if (result.success) return {};
  const errors: RiskErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as keyof RiskDraft | undefined;
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return errors;
}
