import type { DemoBoard, DemoProgramme, DemoSpareTeam } from "./types";

/** The delivery groups of the Children's Trust, as in the Q2 2017/18 Executive Summary. */
export const boards: DemoBoard[] = [
  {
    key: "early-help",
    title: "Early Help Strategic Commissioning Board",
    description:
      "Delivers improvement programmes 1 and 5: helping families and communities to help themselves, and " +
      "making sure help is offered early and effectively by every partner. Membership was reviewed in May 2017 " +
      "to take on the SEND early identification work.",
    chairKey: "eh-chair",
    chairRole: "Interim Chair",
    sponsorKey: "exec-dcs",
    // The interim chair owns the group but is not a member of it: on a real tenant a chair is often
    // made an owner only. The board secretary is both.
    ownerKeys: ["eh-chair", "eh-deputy"],
    memberKeys: [
      "eh-deputy",
      "eh-member-health",
      "eh-member-vcs",
      "eh-member-police",
      "eh-member-schools",
      "eh-member-send",
      "eh-member-getset",
      "hw-member-ccg",
      "hw-member-housing",
    ],
    cadence: "Monthly",
  },
  {
    key: "health-wellbeing",
    title: "Children & Young People Health & Wellbeing Group",
    description:
      "Delivers improvement programme 2: healthy pregnancies, a good start in the early years and healthy " +
      "choices for children and young people, reporting also to the Health and Wellbeing Board.",
    chairKey: "hw-chair",
    chairRole: "Chair",
    sponsorKey: "exec-ph",
    ownerKeys: ["hw-chair"],
    memberKeys: [
      "hw-chair",
      "hw-member-midwifery",
      "hw-member-ccg",
      "hw-member-fire",
      "hw-member-housing",
      "hw-member-healthwatch",
      "eh-member-health",
    ],
    cadence: "Monthly",
  },
  {
    key: "mental-health",
    title:
      "Commissioning Group for Children & Young People's Mental Health, Emotional and Psychological Wellbeing",
    description:
      "Delivers improvement programme 3 and oversees the CAMHS Transformation Plan: earlier support in schools " +
      "and communities, less self-harm, and timely specialist help close to home.",
    chairKey: "mh-chair",
    chairRole: "Chair",
    sponsorKey: "exec-ccg",
    ownerKeys: ["mh-chair"],
    memberKeys: [
      "mh-chair",
      "mh-member-camhs",
      "mh-member-ehwb",
      "mh-member-edpsych",
      "mh-member-vcs",
      "hw-chair",
    ],
    cadence: "Monthly",
  },
  {
    key: "education",
    title: "Somerset Education Partnership Board",
    description:
      "Delivers improvement programme 4: raising attainment for every learner, with a particular focus on " +
      "children looked after, pupils with SEND and those from low-income families.",
    chairKey: "sepb-chair",
    chairRole: "Interim Chair",
    sponsorKey: "exec-schools",
    ownerKeys: ["sepb-chair"],
    memberKeys: [
      "sepb-chair",
      "sepb-member-primary",
      "sepb-member-secondary",
      "sepb-member-college",
      "sepb-member-vsh",
      "sepb-member-diocese",
    ],
    cadence: "Monthly",
  },
  {
    key: "social-care",
    title: "Children's Social Care Improvement Board",
    description:
      "Co-delivers improvement programme 6 with the Safeguarding Children Board: better support for the most " +
      "vulnerable children, sufficient local placements and a consistently good social work service.",
    chairKey: "csc-chair",
    chairRole: "Chair",
    sponsorKey: "exec-dcs",
    ownerKeys: ["csc-chair"],
    memberKeys: [
      "csc-chair",
      "csc-member-quality",
      "csc-member-placements",
      "csc-member-edge",
      "csc-member-nurse",
      "hw-member-housing",
    ],
    cadence: "Monthly",
  },
  {
    key: "safeguarding",
    title: "Somerset Safeguarding Children Board",
    description:
      "Co-delivers improvement programme 6: makes sure children are safeguarded through effective partnership " +
      "working, and monitors the safeguarding aspects of the whole plan.",
    chairKey: "sscb-chair",
    chairRole: "Independent Chair",
    sponsorKey: "exec-police",
    ownerKeys: ["sscb-chair", "sscb-manager"],
    memberKeys: [
      "sscb-chair",
      "sscb-manager",
      "sscb-member-police",
      "sscb-member-probation",
      "csc-chair",
      "csc-member-nurse",
      "sepb-member-secondary",
    ],
    cadence: "Monthly",
  },
  {
    key: "workforce",
    title: "Workforce Board",
    description:
      "Delivers improvement programme 7: a stable, permanent social work workforce and a Think Family approach " +
      "shared by everyone who works with children, adults and families.",
    chairKey: "wf-chair",
    chairRole: "Chair",
    sponsorKey: "exec-dcs",
    ownerKeys: ["wf-chair"],
    memberKeys: [
      "wf-chair",
      "wf-member-recruit",
      "wf-member-psw",
      "wf-member-tf",
      "wf-member-adults",
      "eh-member-police",
      "sscb-member-probation",
    ],
    cadence: "Monthly",
  },
];

/**
 * Teams the partnership set up for the next plan's boards, before any board is linked to them: the
 * plan administrator owns each, with the chair-to-be, and the members are people of today's boards.
 */
export const spareTeams: DemoSpareTeam[] = [
  {
    key: "start-well",
    title: "Start Well Partnership",
    description:
      "For the next plan: a good start for every child from pregnancy to five, bringing together midwifery, " +
      "health visiting, early years settings and family support.",
    ownerKeys: ["admin-manager", "hw-chair"],
    memberKeys: [
      "hw-chair",
      "hw-member-midwifery",
      "hw-member-ccg",
      "hw-member-healthwatch",
      "eh-member-getset",
    ],
  },
  {
    key: "thriving-families",
    title: "Thriving Families Board",
    description:
      "For the next plan: help for families early, before problems grow, and a Think Family approach in every " +
      "service that works with parents and children.",
    ownerKeys: ["admin-manager", "csc-chair"],
    memberKeys: [
      "csc-chair",
      "csc-member-edge",
      "eh-member-police",
      "eh-member-send",
      "wf-member-tf",
      "hw-member-housing",
    ],
  },
  {
    key: "belonging-achieving",
    title: "Belonging and Achieving Board",
    description:
      "For the next plan: every child and young person belongs in their school and community and achieves " +
      "well, with a focus on children looked after and pupils with SEND.",
    ownerKeys: ["admin-manager", "sepb-chair"],
    memberKeys: [
      "sepb-chair",
      "sepb-member-primary",
      "sepb-member-vsh",
      "sepb-member-college",
      "mh-member-ehwb",
      "mh-member-edpsych",
    ],
  },
];

/** The seven improvement programmes of the Children & Young People's Plan 2016–2019. */
export const programmes: DemoProgramme[] = [
  {
    number: 1,
    title: "Supporting children, families and communities to be more resilient",
    outcome:
      "Young people and families are in control and know where to access help and advice to manage their own " +
      "health and wellbeing; families and communities are thriving and resilient and support each other.",
    boardKeys: ["early-help"],
  },
  {
    number: 2,
    title: "Promoting healthy outcomes and giving children the best start in life",
    outcome: "Children, young people and their families are enabled to lead healthy lives.",
    boardKeys: ["health-wellbeing"],
  },
  {
    number: 3,
    title: "Improving emotional health and wellbeing",
    outcome:
      "More children and young people will have good emotional health and wellbeing, are emotionally resilient " +
      "and equipped to manage their lives.",
    boardKeys: ["mental-health"],
  },
  {
    number: 4,
    title: "Building skills for life",
    outcome:
      "Every child in Somerset will achieve well above expectations and not be held back by their social and " +
      "personal backgrounds, special educational needs or disabilities.",
    boardKeys: ["education"],
  },
  {
    number: 5,
    title: "Providing help early and effectively",
    outcome:
      "Families receive good quality multi-agency help to support parents or carers in changing behaviour so " +
      "risks to children are reduced, and fewer children and families need high-cost statutory interventions.",
    boardKeys: ["early-help"],
  },
  {
    number: 6,
    title:
      "Achieving effective multi-agency support for more vulnerable children and young people and developing " +
      "an excellent children's social work service",
    outcome:
      "Children and young people are protected from harm and well cared for at home wherever possible.",
    boardKeys: ["social-care", "safeguarding"],
  },
  {
    number: 7,
    title: "Embedding a Think Family approach across the workforce",
    outcome:
      "All professionals and staff who work with adults, children and young people understand the concept of " +
      "'think family', are alert to the effects of adult behaviours on children and know how to respond.",
    boardKeys: ["workforce"],
  },
];
