/**
 * The scale data set: the demo's people, roles and personas, grown to a partnership at the size the
 * rollup must cope with — 30 boards (each a Microsoft 365 group with its folder in every board list),
 * 30 programmes (some co-delivered by two boards), 1,000 actions per board (30,000 in TB Actions, far
 * past SharePoint's 5,000-item list view threshold) with one to three saved versions each, ten risks
 * per board, twenty measures with their figures, a highlight report per programme for Q1 and Q2 of
 * the current plan year with the Executive's reviews, and the reporting calendar.
 *
 * Deterministic: every choice comes from a seeded PRNG (never Math.random), so two builds with the
 * same `now` are identical and a test can name what it expects. Quick: about a second on a laptop.
 * The same personas work on it (the member, chair, Executive, administrator, reader, outsider).
 */
import { demoData } from "./demo";
import type { DemoBoard, DemoData, DemoPerson, DemoProgramme } from "./demo/types";
import { seedState, stableGuid } from "./seed";
import type { ItemVersion, StoredItem, StoredList, TenantState } from "./state";
import { localIsoToUtc } from "./time";

/** The data sets the emulated tenant can serve (workbench: POST /__tenant/dataset). */
export const DATASETS = {
  demo: "Demo",
  scale: "Scale (30 boards × 1,000 actions)",
} as const;
export type DatasetName = keyof typeof DATASETS;
export const isDataset = (v: unknown): v is DatasetName => typeof v === "string" && v in DATASETS;

export interface ScaleOptions {
  /** The real "today": the current plan year and quarter follow it, as in the demo. */
  now?: Date;
  /** Boards in the plan (the demo's 7 plus generated ones); 30 unless told. */
  boards?: number;
  /** Actions per board; 1,000 unless told. */
  actionsPerBoard?: number;
  /** The PRNG's seed; change it for a different but still repeatable data set. */
  seed?: number;
}

/** mulberry32: a small, fast, well-spread 32-bit PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  "Taunton",
  "Yeovil",
  "Bridgwater",
  "Frome",
  "Wells",
  "Minehead",
  "Chard",
  "Shepton Mallet",
  "Street",
  "Glastonbury",
  "Wellington",
  "Burnham-on-Sea",
  "Crewkerne",
  "Ilminster",
  "Wincanton",
  "Castle Cary",
  "Dulverton",
  "Watchet",
  "Somerton",
  "Langport",
  "Axbridge",
  "Cheddar",
  "Highbridge",
];
const THEMES = [
  "Family Support",
  "School Readiness",
  "Youth Justice",
  "Emotional Wellbeing",
  "Young Carers",
  "Transitions",
  "Healthy Weight",
  "Participation",
  "Early Years",
  "Inclusion",
  "Care Leavers",
  "Domestic Abuse",
  "Neglect",
  "Attendance",
  "Sexual Health",
  "Oral Health",
  "Speech and Language",
  "Short Breaks",
  "Fostering",
  "Adoption",
  "Homelessness",
  "Exploitation",
  "Apprenticeships",
];
const FIRST = [
  "Alex",
  "Sam",
  "Jo",
  "Chris",
  "Pat",
  "Robin",
  "Morgan",
  "Jamie",
  "Charlie",
  "Kim",
  "Lee",
  "Ashley",
];
const LAST = [
  "Hartley",
  "Penrose",
  "Quantock",
  "Mendip",
  "Exmoor",
  "Blackdown",
  "Brendon",
  "Polden",
  "Sedgemoor",
];
const ORGS = ["County Council", "NHS Somerset", "Avon and Somerset Police", "Schools", "Voluntary sector"];
const VERBS = ["Review", "Commission", "Launch", "Evaluate", "Train staff in", "Publish", "Pilot", "Extend"];
const NOUNS = [
  "the locality offer",
  "the referral pathway",
  "the parenting programme",
  "the data dashboard",
  "the workforce plan",
  "the joint protocol",
  "the outreach service",
  "the engagement plan",
];
const NOTES = [
  "On track; next milestone agreed at the last meeting.",
  "Waiting for partner sign-off.",
  "Recruitment delayed; cover arranged.",
  "Completed and reported to the board.",
  "Scope agreed; delivery starting.",
];
const REASONS = [
  "Delayed by recruitment to the lead post.",
  "Funding decision moved to the next quarter.",
  "Partner consultation took longer than planned.",
];

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The scale data set's tenant state. Builds on `seedState` (the demo's people, security groups,
 * personas, plan, calendar and meetings), then adds boards and programmes and fills the board lists.
 */
export function scaleState(options: ScaleOptions = {}): TenantState {
  const now = options.now ?? new Date();
  const boardCount = options.boards ?? 30;
  const perBoard = options.actionsPerBoard ?? 1_000;
  const random = prng(options.seed ?? 20_261_130);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const between = (from: number, to: number): number => from + Math.floor(random() * Math.max(1, to - from));

  // People, boards and programmes beyond the demo's, as demo data so seedState makes their groups,
  // site users, folders and board items exactly as it makes the demo's.
  const extraPeople: DemoPerson[] = [];
  const extraBoards: DemoBoard[] = [];
  const extraProgrammes: DemoProgramme[] = [];
  const execs = demoData.executiveKeys;
  for (let b = demoData.boards.length; b < boardCount; b++) {
    const key = `board-${String(b + 1).padStart(2, "0")}`;
    const place = PLACES[(b - demoData.boards.length) % PLACES.length] ?? "County";
    const theme = THEMES[(b - demoData.boards.length) % THEMES.length] ?? "Delivery";
    const people = Array.from({ length: 6 }, (_, n): DemoPerson => ({
      key: `${key}-${n === 0 ? "chair" : `member-${n}`}`,
      displayName: `${pick(FIRST)} ${pick(LAST)} ${key.slice(6)}${String.fromCharCode(97 + n)}`,
      jobTitle: n === 0 ? `Chair, ${place} ${theme} Board` : "Board member",
      organisation: pick(ORGS),
    }));
    extraPeople.push(...people);
    const keys = people.map((p) => p.key);
    extraBoards.push({
      key,
      title: `${place} ${theme} Board`,
      description: `Delivers the plan's ${theme.toLowerCase()} work in ${place}.`,
      chairKey: keys[0] ?? "",
      chairRole: "Chair",
      sponsorKey: execs[b % execs.length] ?? "",
      ownerKeys: [keys[0] ?? ""],
      memberKeys: keys,
      cadence: "Monthly",
    });
    const number = b + 1;
    extraProgrammes.push({
      number,
      title: `${theme} in ${place}`,
      outcome: `Children and families in ${place} get ${theme.toLowerCase()} help early.`,
      // Every fourth programme is co-delivered with the previous board.
      boardKeys: number % 4 === 0 ? [key, extraBoards[extraBoards.length - 2]?.key ?? "early-help"] : [key],
    });
  }
  const data: DemoData = {
    ...demoData,
    people: [...demoData.people, ...extraPeople],
    boards: [...demoData.boards, ...extraBoards],
    programmes: [...demoData.programmes, ...extraProgrammes],
    actions: [],
    risks: [],
    measures: [],
  };
  const state = seedState(data, { now });
  // The lists this builder fills are emptied of anything the demo seeding put there.
  const generated = [
    "TB Actions",
    "TB Risks",
    "TB Measures",
    "TB Measure Values",
    "TB Highlight Reports",
    "TB Report Reviews",
    "TB Executive Summaries",
  ];
  const lists = new Map<string, StoredList>();
  for (const title of generated) {
    const list = state.lists[title];
    if (!list) continue;
    list.items = [];
    lists.set(title, list);
  }

  const siteIdOf = new Map(state.siteUsers.map((s) => [s.graphId, s.Id]));
  const siteId = (personKey: string): number => siteIdOf.get(stableGuid(`user:${personKey}`)) ?? 1;
  const orgOf = new Map(data.people.map((p) => [p.key, p.organisation]));
  const plan = state.lists["TB Plans"]?.items[0];
  if (!plan) throw new Error("The seeded tenant has no plan");
  const boardItems = state.lists["TB Boards"]?.items ?? [];
  const programmeItems = state.lists["TB Programmes"]?.items ?? [];
  const boardIdOf = new Map(boardItems.map((i) => [i.fields["TBFolder"] as string, i.Id]));
  const programmeIdOf = new Map(programmeItems.map((i) => [i.fields["TBNumber"] as number, i.Id]));

  const py = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  const planYear = `${py}/${String((py + 1) % 100).padStart(2, "0")}`;
  const yearStart = Date.UTC(py, 3, 1, 9);
  const yearEnd = Date.UTC(py + 1, 2, 31, 12);
  const nowMs = now.getTime();
  // A date-only column holds midnight in the site's time zone (time.ts); ~400 distinct days, cached.
  const midnight = new Map<string, string>();
  const dateOnly = (ms: number): string => {
    const d = day(ms);
    let v = midnight.get(d);
    if (v === undefined) {
      v = localIsoToUtc(d);
      midnight.set(d, v);
    }
    return v;
  };

  const add = (
    title: string,
    folder: string | null,
    fields: Record<string, unknown>,
    meta: Partial<StoredItem>,
  ): StoredItem => {
    const list = lists.get(title);
    if (!list) throw new Error(title);
    const created = meta.Created ?? iso(yearStart);
    const author = meta.AuthorId ?? siteId(data.administratorKeys[0] ?? "");
    const item: StoredItem = {
      Id: list.nextId++,
      folder,
      version: 1,
      fields,
      Created: created,
      Modified: created,
      AuthorId: author,
      EditorId: author,
      ...meta,
    };
    list.items.push(item);
    return item;
  };

  // Actions: 1,000 per board, spread over the board's programmes, each saved one to three times.
  let actionNo = 0;
  for (const board of data.boards) {
    const boardId = boardIdOf.get(board.key) ?? 0;
    const programmes = data.programmes.filter((p) => p.boardKeys.includes(board.key)).map((p) => p.number);
    const people = board.memberKeys.length > 0 ? board.memberKeys : [board.chairKey];
    for (let n = 0; n < perBoard; n++) {
      actionNo += 1;
      const programme = programmes[n % programmes.length] ?? 1;
      const ownerKey = pick(people);
      const target = between(yearStart + 30 * DAY, yearEnd);
      const created = between(yearStart - 20 * DAY, Math.min(nowMs, yearStart + 90 * DAY));
      const saves = 1 + Math.floor(random() * 3);
      const times = Array.from({ length: saves }, () => between(created, nowMs)).sort((a, b) => a - b);
      times[0] = created;
      const roll = random();
      const finalStatus =
        roll < 0.15 ? "Complete" : roll < 0.2 ? "Not started" : roll < 0.23 ? "Withdrawn" : "In progress";
      const ragRoll = random();
      const finalRag =
        finalStatus !== "In progress" ? null : ragRoll < 0.5 ? "Green" : ragRoll < 0.8 ? "Amber" : "Red";
      // Some actions slip: a later save moves the target date on, with a reason.
      const slips = finalStatus !== "Not started" && random() < 0.18;
      const revised = slips ? dateOnly(target + between(30, 120) * DAY) : null;
      const reason = slips ? pick(REASONS) : null;
      const fields: Record<string, unknown> = {
        Title: `${pick(VERBS)} ${pick(NOUNS)} (${board.key} ${n + 1})`,
        TBClientId: `scale-action-${actionNo}`,
        TBPlanId: plan.Id,
        TBBoardId: boardId,
        TBProgrammeId: programmeIdOf.get(programme) ?? 0,
        TBPlanYear: planYear,
        TBRef: `${programme}.${n + 1}`,
        TBDescription: null,
        TBOwnerId: siteId(ownerKey),
        TBOwnerOrg: orgOf.get(ownerKey) ?? null,
        TBTargetDate: dateOnly(target),
        TBRevisedDate: revised,
        TBRevisedReason: reason,
        TBStatus: finalStatus,
        TBRag: finalRag,
        TBLastUpdateAt: iso(times[saves - 1] ?? created),
        TBLastUpdateById: siteId(ownerKey),
        TBLastNote: pick(NOTES),
        TBChangeId: `scale-${actionNo}-${saves}`,
      };
      const versions: ItemVersion[] = times.map((at, k) => {
        const last = k === saves - 1;
        const rag = k === 0 ? null : pick(["Green", "Amber", "Red"] as const);
        return {
          label: k + 1,
          fields: last
            ? fields
            : {
                ...fields,
                TBStatus: k === 0 ? "Not started" : "In progress",
                TBRag: rag,
                TBRevisedDate: slips && k > 0 ? revised : null,
                TBRevisedReason: slips && k > 0 ? reason : null,
                TBLastUpdateAt: iso(at),
                TBLastNote: k === 0 ? "Action agreed." : pick(NOTES),
                TBChangeId: `scale-${actionNo}-${k + 1}`,
              },
          Modified: iso(at),
          EditorId: siteId(ownerKey),
        };
      });
      add("TB Actions", board.key, fields, {
        version: saves,
        Created: iso(created),
        Modified: iso(times[saves - 1] ?? created),
        AuthorId: siteId(board.chairKey),
        EditorId: siteId(ownerKey),
        versions,
      });
    }
  }

  // Risks: ten per board.
  let riskNo = 0;
  for (const board of data.boards) {
    const programmes = data.programmes.filter((p) => p.boardKeys.includes(board.key)).map((p) => p.number);
    for (let n = 0; n < 10; n++) {
      riskNo += 1;
      const programme = programmes[n % programmes.length] ?? 1;
      add(
        "TB Risks",
        board.key,
        {
          Title: `${pick(["Capacity", "Funding", "Data", "Engagement", "Recruitment"])} risk to ${pick(NOUNS)}`,
          TBClientId: `scale-risk-${riskNo}`,
          TBPlanId: plan.Id,
          TBBoardId: boardIdOf.get(board.key),
          TBProgrammeId: programmeIdOf.get(programme),
          TBRef: `R${String(riskNo).padStart(4, "0")}`,
          TBImpactText: "Children wait longer for help.",
          TBMitigation: "Escalated to the sponsor; interim cover agreed.",
          TBLikelihood: 1 + Math.floor(random() * 5),
          TBImpact: 1 + Math.floor(random() * 5),
          TBOwnerId: siteId(board.chairKey),
          TBStatus: random() < 0.1 ? "Closed" : "Open",
          TBReviewDate: dateOnly(between(nowMs - 30 * DAY, nowMs + 90 * DAY)),
        },
        { Created: iso(yearStart), AuthorId: siteId(board.chairKey), EditorId: siteId(board.chairKey) },
      );
    }
  }

  // Measures: twenty, with last year's figure and this year's quarters so far.
  const previousYear = `${py - 1}/${String(py % 100).padStart(2, "0")}`;
  const endedQuarters = (["Q1", "Q2", "Q3", "Q4"] as const).filter(
    (_, q) => Date.UTC(py, 3 + 3 * (q + 1), 1) <= nowMs,
  );
  for (let m = 0; m < 20; m++) {
    const polarity = m % 3 === 0 ? "Lower" : "Higher";
    const baseline = 40 + Math.floor(random() * 40);
    const measure = add(
      "TB Measures",
      null,
      {
        Title: `Measure ${m + 1}: ${pick(THEMES).toLowerCase()} outcomes`,
        TBPlanId: plan.Id,
        TBProgrammeId: m % 5 === 4 ? null : programmeIdOf.get(1 + (m % data.programmes.length)),
        TBTarget: polarity === "Lower" ? "Reduce towards the England average" : "Improve each year",
        TBTargetValue: polarity === "Lower" ? baseline - 10 : baseline + 10,
        TBBaseline: baseline,
        TBPolarity: polarity,
        TBUnit: "%",
      },
      {},
    );
    const periods: [string, string | null][] = [
      [previousYear, null],
      ...endedQuarters.map((q): [string, string] => [planYear, q]),
    ];
    for (const [year, quarter] of periods) {
      const override = random() < 0.05;
      add(
        "TB Measure Values",
        null,
        {
          Title: `Measure ${m + 1} ${year}${quarter ? ` ${quarter}` : ""}`,
          TBMeasureId: measure.Id,
          TBPlanYear: year,
          TBQuarter: quarter,
          TBValue: baseline + Math.floor(random() * 21) - 10,
          TBEngland: baseline + 2,
          TBNeighbours: baseline - 1,
          TBRag: override ? "Amber" : null,
          TBRagReason: override ? "The latest figure is provisional." : null,
          TBNote: null,
        },
        {},
      );
    }
  }

  // Highlight reports for the quarters of this plan year that have ended, in the lead board's folder,
  // with the Executive's decisions on them.
  const executive = siteId(data.executiveKeys[0] ?? "");
  const calendar = state.lists["TB Reporting Calendar"]?.items ?? [];
  endedQuarters.forEach((quarter) => {
    const due = calendar.find(
      (c) => c.fields["TBPlanYear"] === planYear && c.fields["TBQuarter"] === quarter,
    );
    const dueMs = due ? Date.parse(due.fields["TBReportsDue"] as string) : nowMs;
    for (const p of data.programmes) {
      const lead = data.boards.find((b) => b.key === p.boardKeys[0]);
      if (!lead) continue;
      const chair = siteId(lead.chairKey);
      const roll = random();
      // Most are submitted, a few late, a few still in draft.
      const status = roll < 0.08 ? "Draft" : "Submitted";
      const submitted = Math.min(nowMs, dueMs + (roll > 0.85 ? between(1, 10) : -between(0, 10)) * DAY);
      const returned = status === "Submitted" && random() < 0.1;
      const rag = pick(["Green", "Amber", "Amber", "Red"] as const);
      const report = add(
        "TB Highlight Reports",
        lead.key,
        {
          Title: `${p.title}: ${quarter} ${planYear}`,
          TBClientId: `scale-report-${p.number}-${quarter}`,
          TBPlanId: plan.Id,
          TBBoardId: boardIdOf.get(lead.key),
          TBProgrammeId: programmeIdOf.get(p.number),
          TBPlanYear: planYear,
          TBQuarter: quarter,
          TBStatus: status,
          TBRag: rag,
          TBTrend: pick(["Improving", "Stable", "Declining"] as const),
          TBReason: "Most actions are on track; two are delayed by recruitment.",
          TBAchievements: "The referral pathway was relaunched with all partners.",
          TBSlippage: "Two actions moved to next quarter (recruitment).",
          TBIssuesRisks: "Recruitment to the lead post.",
          TBNextQuarter: "Evaluate the pilot and agree next year's offer.",
          TBDecisions: random() < 0.2 ? "The Executive is asked to agree joint funding for the pilot." : null,
          TBFigures: JSON.stringify({
            red: 100,
            amber: 150,
            green: 400,
            complete: 200,
            noRating: 120,
            withdrawn: 30,
            missed: 40,
            revised: 60,
          }),
        },
        {
          version: returned ? 3 : status === "Submitted" ? 2 : 1,
          Created: iso(submitted - 5 * DAY),
          Modified: iso(submitted),
          AuthorId: chair,
          EditorId: chair,
        },
      );
      if (status !== "Submitted") continue;
      const review = (
        version: number,
        decision: "Approved" | "Returned",
        comment: string,
        at: number,
      ): void => {
        add(
          "TB Report Reviews",
          null,
          {
            Title: `${decision}: ${String(report.fields["Title"])}`,
            TBClientId: `scale-review-${report.Id}-${version}`,
            TBPlanId: plan.Id,
            TBBoardId: report.fields["TBBoardId"],
            TBReportId: report.Id,
            TBReportVersion: version,
            TBPlanYear: planYear,
            TBQuarter: quarter,
            TBDecision: decision,
            TBComment: comment,
          },
          { Created: iso(at), Modified: iso(at), AuthorId: executive, EditorId: executive },
        );
      };
      // A returned report was returned on its first submission and resubmitted; the latest quarter's
      // reports are partly still waiting for a decision.
      if (returned)
        review(2, "Returned", "Please give revised dates for the delayed actions.", submitted - 2 * DAY);
      const latest = quarter === endedQuarters[endedQuarters.length - 1];
      if (!latest || random() < 0.6)
        review(report.version, "Approved", "", Math.min(nowMs, submitted + 7 * DAY));
    }
    add(
      "TB Executive Summaries",
      null,
      {
        Title: `Executive Summary ${quarter} ${planYear}`,
        TBClientId: `scale-summary-${quarter}`,
        TBPlanId: plan.Id,
        TBPlanYear: planYear,
        TBQuarter: quarter,
        TBNarrative: `Across the plan most actions are on track in ${quarter}; recruitment is the main cause of delay.`,
      },
      { AuthorId: executive, EditorId: executive },
    );
  });
  state.dataset = "scale";
  return state;
}

/** The scale tenant for tests, the workbench and the bench: a fresh build each call (about a second). */
export const scaleTenant = (options: ScaleOptions = {}): TenantState => scaleState(options);
