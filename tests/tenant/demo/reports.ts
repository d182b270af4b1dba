import type { DemoReport, DemoSummary } from "./types";

/**
 * Highlight reports for 2017/18, written by the chair of each programme's lead board in the
 * plain words of the Quarter 2 Executive Summary, and the Executive's decisions on them.
 *
 * The story at asOf (22 November 2017, shifted to the current year when seeded):
 * - Quarter 1: every programme reported on time and the Executive approved every report.
 * - Quarter 2 (reports due 21 October): programmes 1, 2, 3 and 6 on time and approved;
 *   programme 7 submitted nine days late, then approved; programme 5 returned by the Executive
 *   with a comment and not yet resubmitted; programme 4 has sent no report at all (late).
 * - Quarter 3: programme 1's report is a draft (Amber, declining).
 * Reviews name the report version they judged: 1 for a report's first save.
 */

const REVIEWER = "exec-dcs";

const q1 = (programmeNumber: number, chair: string, day: string): Pick<DemoReport, "saves" | "reviews"> => ({
  saves: [
    { at: `2017-07-${day === "20" ? "12" : "10"}T10:00`, byKey: chair, status: "Draft" },
    { at: `2017-07-${day}T16:00`, byKey: chair, status: "Submitted" },
  ],
  reviews: [
    {
      at: "2017-07-27T11:30",
      byKey: programmeNumber === 2 ? "exec-ph" : REVIEWER,
      version: 2,
      decision: "Approved",
      comment: "",
    },
  ],
});

export const reports: DemoReport[] = [
  // ---- Quarter 1 (April to June 2017): every programme on time and approved. ----
  {
    programmeNumber: 1,
    planYear: "2017/18",
    quarter: "Q1",
    rag: "Amber",
    trend: "Stable",
    reason:
      "Most actions are due in March 2018 and have started, but the work on personal budgets, the Charter Mark " +
      "for Inclusive Communities and advocacy for parents is still at an early stage.",
    achievements:
      "Board membership was reviewed in May to take on the SEND early identification work. The West Somerset " +
      "Opportunity Area has agreed its priorities with us.",
    slippage: "None this quarter.",
    issuesRisks:
      "Partners are stretched and a refer-on culture is deeply embedded; the board needs more ownership from " +
      "members' own organisations.",
    nextQuarter:
      "Start the new web platform for the SEND Local Offer and agree a communications plan for practitioners.",
    decisions: "None.",
    ...q1(1, "eh-chair", "18"),
  },
  {
    programmeNumber: 2,
    planYear: "2017/18",
    quarter: "Q1",
    rag: "Green",
    trend: "Stable",
    reason: "All actions are on track to meet their target dates by March 2018.",
    achievements:
      "Perinatal and infant mental health pathway training has started, and the first breastfeeding volunteers " +
      "have qualified.",
    slippage: "None this quarter.",
    issuesRisks: "NHS pressures may reduce the CCG's capacity to commission children's services.",
    nextQuarter: "Agree the co-produced Choices for Life strategy for young people moving to adult services.",
    decisions: "None.",
    ...q1(2, "hw-chair", "14"),
  },
  {
    programmeNumber: 3,
    planYear: "2017/18",
    quarter: "Q1",
    rag: "Green",
    trend: "Stable",
    reason: "The CAMHS Transformation Plan actions for this year have started and are on track.",
    achievements:
      "A task and finish group on self-harm has been set up with partners from health and schools.",
    slippage: "None this quarter.",
    issuesRisks: "Two psychologist posts in the Emotional Health and Wellbeing Team are still vacant.",
    nextQuarter: "Map the data held on self-harm across services and recruit to the psychologist posts.",
    decisions: "None.",
    ...q1(3, "mh-chair", "19"),
  },
  {
    programmeNumber: 4,
    planYear: "2017/18",
    quarter: "Q1",
    rag: "Amber",
    trend: "Stable",
    reason:
      "The Talent Academies are ready to start in September, but there is no owner yet for the High Needs " +
      "funding agreement.",
    achievements: "The 14 to 16 vocational curriculum has been agreed with schools and colleges.",
    slippage: "None this quarter.",
    issuesRisks:
      "Without a service level agreement for High Needs funded services the board cannot show the funding is " +
      "making a difference for pupils with SEND.",
    nextQuarter: "Launch the Talent Academies and ask the County Council to name an owner for the agreement.",
    decisions: "The Executive is asked to help find an owner for the High Needs funding agreement.",
    ...q1(4, "sepb-chair", "20"),
  },
  {
    programmeNumber: 5,
    planYear: "2017/18",
    quarter: "Q1",
    rag: "Amber",
    trend: "Stable",
    reason:
      "Work on the new Family Support Service is on track, but partners do not yet understand the Early Help " +
      "process and framework well enough.",
    achievements: "The Early Help data dashboard now shows which organisations start Early Help Assessments.",
    slippage: "None this quarter.",
    issuesRisks: "Re-referrals to children's social care rose to 24.1% in the quarter.",
    nextQuarter: "Launch the consultation on the Family Support Service and children's centre buildings.",
    decisions: "None.",
    ...q1(5, "eh-chair", "18"),
  },
  {
    programmeNumber: 6,
    planYear: "2017/18",
    quarter: "Q1",
    rag: "Red",
    trend: "Stable",
    reason:
      "A rise in demand and in social work vacancies puts the improvement plan at risk, although the actions " +
      "themselves have started on time.",
    achievements: "Monthly quality and performance meetings and case audits have started in every area.",
    slippage: "None yet, but the review of children placed at a distance is at risk of slipping.",
    issuesRisks:
      "The council's corporate risk for safeguarding children (ORG0009) is scored 15, and local placements " +
      "are short.",
    nextQuarter: "Start the foster carer recruitment campaign and the systemic leadership training.",
    decisions: "None.",
    ...q1(6, "csc-chair", "19"),
  },
  {
    programmeNumber: 7,
    planYear: "2017/18",
    quarter: "Q1",
    rag: "Amber",
    trend: "Stable",
    reason: "Recruitment is under way but agency staff are still a third of the social work workforce.",
    achievements:
      "'Looking after our own' events have converted eight locum social workers to permanent posts.",
    slippage: "None this quarter.",
    issuesRisks:
      "A neighbouring authority pays higher salaries; engagement with the police on Think Family is slow.",
    nextQuarter: "Co-produce the Think Family strategy with the task and finish group.",
    decisions: "None.",
    ...q1(7, "wf-chair", "20"),
  },

  // ---- Quarter 2 (July to September 2017): reports due 21 October 2017. ----
  {
    programmeNumber: 1,
    planYear: "2017/18",
    quarter: "Q2",
    rag: "Green",
    trend: "Improving",
    reason:
      "Most actions are due for completion in March 2018 and have made enough progress to be on track. The " +
      "West Somerset Opportunity Area Action Plan, published this autumn, supports this programme.",
    achievements:
      "The new Family Support Service proposals and the future of children's centre buildings are out for " +
      "consultation until December.",
    slippage:
      "Redefining the SEND Local Offer has moved to Quarter 4 because a new web platform is being built.",
    issuesRisks: "The board still needs more ownership of the programme in members' own organisations.",
    nextQuarter:
      "Consider the consultation feedback and final proposals after the consultation closes on 1 December.",
    decisions: "None.",
    saves: [
      { at: "2017-10-09T10:00", byKey: "eh-chair", status: "Draft" },
      { at: "2017-10-13T15:00", byKey: "eh-deputy", status: "Draft" },
      { at: "2017-10-18T16:30", byKey: "eh-chair", status: "Submitted" },
    ],
    reviews: [{ at: "2017-10-26T11:30", byKey: REVIEWER, version: 3, decision: "Approved", comment: "" }],
  },
  {
    programmeNumber: 2,
    planYear: "2017/18",
    quarter: "Q2",
    rag: "Green",
    trend: "Stable",
    reason:
      "Positive achievements this quarter and little slippage against the plan, so the programme stays on track.",
    achievements:
      "The co-produced Choices for Life strategy sets out how young people with long-term conditions move to " +
      "adult services. Fewer women are smoking at the time of delivery.",
    slippage: "Bids to NHS England for specialist perinatal services are postponed to November 2017.",
    issuesRisks: "The Healthy Eating, Physical Activity and Weight Management contract ends in March.",
    nextQuarter:
      "Report the decisions that follow the public health consultation on the weight management contract.",
    decisions: "None.",
    saves: [
      { at: "2017-10-10T09:30", byKey: "hw-chair", status: "Draft" },
      { at: "2017-10-17T14:00", byKey: "hw-chair", status: "Submitted" },
    ],
    reviews: [
      {
        at: "2017-10-26T11:40",
        byKey: "exec-ph",
        version: 2,
        decision: "Approved",
        comment: "Good progress on smoking at delivery; please keep the perinatal bid date under review.",
      },
    ],
  },
  {
    programmeNumber: 3,
    planYear: "2017/18",
    quarter: "Q2",
    rag: "Amber",
    trend: "Declining",
    reason:
      "The psychologist posts are still vacant, so children looked after wait longer for specialist help, and " +
      "hospital admissions for self-harm remain well above the England rate.",
    achievements: "Work on self-harm reduction is under way, led by the new task and finish group.",
    slippage: "The Self-Harm Action Plan draft has moved from September to December.",
    issuesRisks: "Key NHS posts are slow to recruit and the partnership with schools is limited.",
    nextQuarter: "Develop data flows across services and complete the Self-Harm Action Plan draft.",
    decisions: "None.",
    saves: [
      { at: "2017-10-11T10:00", byKey: "mh-chair", status: "Draft" },
      { at: "2017-10-19T12:00", byKey: "mh-chair", status: "Submitted" },
    ],
    reviews: [{ at: "2017-10-26T11:50", byKey: "exec-ccg", version: 2, decision: "Approved", comment: "" }],
  },
  // Programme 4 has no Quarter 2 report: the Somerset Education Partnership Board has not reported.
  {
    programmeNumber: 5,
    planYear: "2017/18",
    quarter: "Q2",
    rag: "Green",
    trend: "Improving",
    reason: "The Family Support Service consultation has launched on time and partners are more engaged.",
    achievements:
      "The Early Help data dashboard is in use and simpler Early Help processes have been agreed.",
    slippage: "None this quarter.",
    issuesRisks: "Partners do not yet all understand the Early Help process and framework.",
    nextQuarter: "Set up ongoing communications for practitioners and a secure collaboration platform.",
    decisions: "None.",
    saves: [
      { at: "2017-10-09T11:00", byKey: "eh-chair", status: "Draft" },
      { at: "2017-10-19T17:00", byKey: "eh-chair", status: "Submitted" },
    ],
    reviews: [
      {
        at: "2017-10-26T12:00",
        byKey: REVIEWER,
        version: 2,
        decision: "Returned",
        comment:
          "The report rates the programme Green, but re-referrals rose to 25.6% this quarter, well above our " +
          "statistical neighbours. Please review the rating, say what is being done about re-referrals, and give " +
          "revised dates for any actions that will not finish on time.",
      },
    ],
  },
  {
    programmeNumber: 6,
    planYear: "2017/18",
    quarter: "Q2",
    rag: "Amber",
    trend: "Improving",
    reason:
      "Managers have brought workflow under control and the systemic leadership training has started, but " +
      "practice is still inconsistent and placements are short.",
    achievements:
      "Institute of Family Therapy systemic leadership and supervision training is under way, and masterclasses " +
      "for social workers with leading academics are in place.",
    slippage: "The evaluation of Family Group Conferences has moved to Quarter 3.",
    issuesRisks:
      "The council's corporate risk for safeguarding children (ORG0009) was raised from 15 to 20 in August " +
      "after the summer rise in demand.",
    nextQuarter:
      "Evaluate how Family Group Conferences help children stay with their families and communities.",
    decisions: "None.",
    saves: [
      { at: "2017-10-12T10:00", byKey: "csc-chair", status: "Draft" },
      { at: "2017-10-20T11:00", byKey: "csc-chair", status: "Submitted" },
    ],
    reviews: [{ at: "2017-10-26T12:10", byKey: REVIEWER, version: 2, decision: "Approved", comment: "" }],
  },
  {
    programmeNumber: 7,
    planYear: "2017/18",
    quarter: "Q2",
    rag: "Red",
    trend: "Declining",
    reason:
      "Average caseloads rose from 16.8 to 17.05 this quarter, and collaboration on Think Family is too slow to " +
      "meet the plan's dates.",
    achievements:
      "A co-produced Think Family strategy now directs this work, and the target date for sustaining Troubled " +
      "Families has been met.",
    slippage: "The Think Family communications strategy has moved to Quarter 3.",
    issuesRisks: "Recruitment and retention of getset family support workers and social workers.",
    nextQuarter:
      "Complete the Think Family Strategy and write a business case for Whole Family Working training.",
    decisions: "None.",
    // Submitted nine days after the due date.
    saves: [
      { at: "2017-10-16T10:00", byKey: "wf-chair", status: "Draft" },
      { at: "2017-10-24T15:00", byKey: "wf-member-recruit", status: "Draft" },
      { at: "2017-10-30T09:45", byKey: "wf-chair", status: "Submitted" },
    ],
    reviews: [
      {
        at: "2017-11-09T10:30",
        byKey: REVIEWER,
        version: 3,
        decision: "Approved",
        comment: "Approved. Please send the next report by the due date.",
      },
    ],
  },

  // ---- Quarter 3 (October to December 2017): reports due 21 January 2018. ----
  {
    programmeNumber: 1,
    planYear: "2017/18",
    quarter: "Q3",
    rag: "Amber",
    trend: "Declining",
    reason:
      "Two actions are now Red and three have passed their due dates, so the programme is no longer fully on " +
      "track. The chair is still checking the revised dates with action owners.",
    achievements: "Consultation responses on the Family Support Service are being analysed.",
    slippage: "Three actions have passed their due dates; revised dates are being agreed.",
    issuesRisks: "Partner engagement in Early Help remains the main risk.",
    nextQuarter: "Agree the final Family Support Service proposals.",
    decisions: "None yet.",
    saves: [
      { at: "2017-11-20T10:00", byKey: "eh-chair", status: "Draft" },
      { at: "2017-11-21T16:00", byKey: "eh-chair", status: "Draft" },
    ],
    reviews: [],
  },
];

/** The Executive's overall narrative for the quarters it has summarised. */
export const summaries: DemoSummary[] = [
  {
    planYear: "2017/18",
    quarter: "Q1",
    at: "2017-07-27T15:00",
    byKey: "admin-manager",
    narrative:
      "This report covers April to June 2017, the first quarter of year 2 of the Children & Young People's " +
      "Plan. Every delivery group reported on time. Most actions have started; social care improvement is " +
      "behind plan because of rising demand and vacancies.",
  },
  {
    planYear: "2017/18",
    quarter: "Q2",
    at: "2017-11-09T15:00",
    byKey: "admin-manager",
    narrative:
      "This report covers July to September 2017 (Quarter 2) of year 2 of the plan. There has been good " +
      "progress, with some actions completing ahead of their target dates and some slippage. Partners are still " +
      "missing reporting deadlines, and some actions have no owner. At this halfway point the Executive wants " +
      "to see greater ownership of the plan, more pace and greater aspiration for our children and young people.",
  },
];
