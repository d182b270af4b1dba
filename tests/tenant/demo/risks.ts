import type { DemoRisk } from "./types";

/**
 * The key risks for 2017/18 from the Quarter 2 Executive Summary, condensed into plain
 * sentences, plus the council's corporate risk for safeguarding children (ORG0009).
 */
export const risks: DemoRisk[] = [
  {
    programmeNumber: 1,
    boardKey: "early-help",
    ref: "EH-R1",
    title: "Partners cannot keep pace with the improvement activities",
    impact:
      "Police capacity to manage workflow and respond to joint enquiries on time is a concern, and a " +
      "refer-on culture is deeply embedded in Somerset services.",
    mitigation:
      "County Council senior leaders are leading and supporting the partnership; multi-agency collaboration and " +
      "critical friend challenge are growing at strategic level; progress is reported to the Safeguarding " +
      "Children Board and the Children's Trust.",
    likelihood: 3,
    impactScore: 4,
    ownerKey: "eh-chair",
    reviewDate: "2017-12-14",
  },
  {
    programmeNumber: 5,
    boardKey: "early-help",
    ref: "EH-R2",
    title: "Early help is not embedded across all agencies",
    impact:
      "Partners do not understand the agreed Early Help process and framework, so inappropriate contacts and " +
      "re-referrals to children's social care are rising.",
    mitigation:
      "Ongoing communications for practitioners, the Early Help data dashboard to find organisations that need " +
      "help, simpler Early Help processes and a secure collaboration platform for sharing information.",
    likelihood: 4,
    impactScore: 3,
    ownerKey: "eh-deputy",
    reviewDate: "2017-11-15",
  },
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "HW-R1",
    title: "NHS pressures reduce capacity and focus on outcomes for vulnerable children",
    impact:
      "The CCG has limited capacity to commission children's services; health capacity for children looked after " +
      "and their carers is stretched; prevention and early intervention programmes are reduced.",
    mitigation:
      "The CCG is more aware of the need to focus resources on children's services; concerns and progress are " +
      "reported to the Health and Wellbeing Board; extra specialist medical capacity is being explored through " +
      "the Regional Adoption Agency.",
    likelihood: 4,
    impactScore: 3,
    ownerKey: "hw-chair",
    reviewDate: "2018-01-18",
  },
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "HW-R2",
    title: "Gap in support when the healthy weight contract ends",
    impact:
      "Ending the Healthy Eating, Physical Activity and Weight Management contract could leave families without " +
      "support and slow the fall in childhood obesity.",
    mitigation:
      "Public health consultation on future arrangements; decisions reported to the group in Quarter 3; healthy " +
      "lifestyle messages built into the new public health nursing service.",
    likelihood: 3,
    impactScore: 2,
    ownerKey: "hw-chair",
    reviewDate: "2017-12-07",
  },
  {
    programmeNumber: 3,
    boardKey: "mental-health",
    ref: "MH-R1",
    title: "The CAMHS Transformation Plan does not put early help and prevention first for vulnerable groups",
    impact:
      "Key NHS posts are slow to recruit and the NHS partnership with schools is limited, particularly for " +
      "children looked after.",
    mitigation:
      "The Corporate Parenting Board monitors progress; senior leaders are working with CCG commissioners and " +
      "providers; the council is match-funding a specialist team for children looked after; new support to " +
      "schools has been commissioned.",
    likelihood: 3,
    impactScore: 4,
    ownerKey: "mh-chair",
    reviewDate: "2018-01-11",
  },
  {
    programmeNumber: 3,
    boardKey: "mental-health",
    ref: "MH-R2",
    title: "Psychologist posts for the Emotional Health and Wellbeing Team remain vacant",
    impact:
      "Children looked after wait longer for specialist psychological support and placements are put at risk.",
    mitigation:
      "Interim support from the Educational Psychology team; revised job description; a joint post with a " +
      "neighbouring authority is being explored.",
    likelihood: 4,
    impactScore: 3,
    ownerKey: "mh-member-ehwb",
    reviewDate: "2017-12-05",
  },
  {
    programmeNumber: 4,
    boardKey: "education",
    ref: "SEPB-R1",
    title: "Schools do not improve outcomes for vulnerable groups of pupils",
    impact:
      "Schools can do well overall while vulnerable pupils do poorly, and excellent local practice is not shared " +
      "because some partnerships between schools are weak.",
    mitigation:
      "The council is prioritising school improvement and pupil outcomes; Somerset Education Partners give " +
      "critical friend support to all headteachers; the Virtual School Head role is strengthened; Team Around the " +
      "School is rolled out; the West Somerset Opportunity Area.",
    likelihood: 3,
    impactScore: 4,
    ownerKey: "sepb-chair",
    reviewDate: "2018-02-08",
  },
  {
    programmeNumber: 4,
    boardKey: "education",
    ref: "SEPB-R2",
    title: "No agreement in place for High Needs funded services",
    impact:
      "Without a service level agreement with Support Services for Education, the board cannot be sure High Needs " +
      "funding is making a difference for pupils with SEND.",
    mitigation:
      "Chair has asked the County Council to nominate an owner; issue raised in the highlight report.",
    likelihood: 3,
    impactScore: 3,
    ownerKey: "sepb-chair",
    reviewDate: "2017-10-31",
  },
  {
    programmeNumber: 6,
    boardKey: "social-care",
    ref: "CSC-R1",
    title: "Improvements are not sustained and social work practice stays inconsistent",
    impact:
      "A recent rise in demand and recruitment difficulties has lowered morale; practice is inconsistent and " +
      "permanent staff are not always clear what good practice looks like.",
    mitigation:
      "Managers are controlling workflow; monthly quality and performance meetings; case audits; briefing events " +
      "led by senior leaders; showcasing good practice.",
    likelihood: 3,
    impactScore: 4,
    ownerKey: "csc-chair",
    reviewDate: "2017-12-12",
  },
  {
    programmeNumber: 6,
    boardKey: "social-care",
    ref: "ORG0009",
    title: "Safeguarding Children (corporate risk ORG0009)",
    impact:
      "Failure to secure improvement would not deliver better outcomes for children and could lead to further " +
      "intervention by the Secretary of State.",
    mitigation:
      "Management actions and mitigations are monitored regularly by the council's senior leadership team and " +
      "the Cabinet Member.",
    likelihood: 4,
    impactScore: 5,
    ownerKey: "exec-dcs",
    reviewDate: "2017-12-19",
    // Scored 15 when the plan year began; raised in Quarter 2 after the summer rise in demand.
    scores: [
      { at: "2017-04-05T10:00", byKey: "csc-chair", likelihood: 3, impactScore: 5 },
      { at: "2017-08-17T15:30", byKey: "csc-chair", likelihood: 4, impactScore: 5 },
    ],
  },
  {
    programmeNumber: 6,
    boardKey: "social-care",
    ref: "CSC-R2",
    title: "Not enough local care placements",
    impact:
      "A national shortage of placements means more children are placed away from Somerset and further than " +
      "20 miles from home.",
    mitigation:
      "Foster carer recruitment campaign; work with Somerset providers; review of children placed at a distance; " +
      "escalation to the Children's Trust Executive.",
    likelihood: 5,
    impactScore: 4,
    ownerKey: "csc-member-placements",
    reviewDate: "2018-01-16",
  },
  {
    programmeNumber: 6,
    boardKey: "safeguarding",
    ref: "SSCB-R1",
    title: "Police capacity to take part in joint enquiries and strategy discussions",
    impact:
      "Strategy discussions and joint enquiries are delayed when police cannot attend, so decisions to protect " +
      "children take longer.",
    mitigation:
      "Multi-agency audit of strategy discussions; police workflow review reported to the board; escalation " +
      "route agreed between the police and children's social care.",
    likelihood: 3,
    impactScore: 4,
    ownerKey: "sscb-member-police",
    reviewDate: "2018-01-09",
  },
  {
    programmeNumber: 7,
    boardKey: "workforce",
    ref: "WF-R1",
    title: "Permanent social work vacancies are not filled fast enough",
    impact:
      "Too many locums in some teams, seasonal difficulty recruiting experienced locums, over-reliance on newly " +
      "qualified social workers, and a neighbouring authority paying higher salaries.",
    mitigation:
      "Plan to reach 75% permanent staffing; consultant social workers supporting ASYEs; focused recruitment of " +
      "experienced social workers; using the IR35 changes to convert locums; 'Looking after our own' events.",
    likelihood: 4,
    impactScore: 4,
    ownerKey: "wf-chair",
    reviewDate: "2017-12-21",
    // Lowered in Quarter 2 as converted locums and the first experienced recruits started.
    scores: [
      { at: "2017-04-10T11:00", byKey: "wf-chair", likelihood: 5, impactScore: 4 },
      { at: "2017-06-22T14:00", byKey: "wf-member-recruit", likelihood: 5, impactScore: 4 },
      { at: "2017-09-14T10:15", byKey: "wf-chair", likelihood: 4, impactScore: 4 },
    ],
  },
  {
    programmeNumber: 7,
    boardKey: "workforce",
    ref: "WF-R2",
    title: "Not enough collaboration on Think Family",
    impact:
      "Progress on Think Family is slow, engagement with the police is difficult and there is not yet a clear " +
      "communications strategy.",
    mitigation:
      "Two more task and finish group meetings to co-produce the strategy; lead sponsor to raise police " +
      "engagement at the Children's Trust Executive; communications plan to accompany the launch.",
    likelihood: 3,
    impactScore: 3,
    ownerKey: "wf-member-tf",
    reviewDate: "2018-02-15",
  },
];
