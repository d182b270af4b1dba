import type { DemoAction } from "../types";

/** Children & Young People Health & Wellbeing Group: programme 2, 2017/18 action plan. */
export const healthWellbeingActions: DemoAction[] = [
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "2.1",
    title: "Extend breastfeeding promotion and peer support to two more areas of deprivation",
    description:
      "Promote breastfeeding and peer support programmes in a further two areas of deprivation, chosen using " +
      "initiation and continuation data, including breastfeeding-friendly venues.",
    ownerKey: "hw-member-midwifery",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-27T10:10",
        byKey: "hw-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-20T09:30",
        byKey: "hw-member-midwifery",
        status: "In progress",
        rag: "Green",
        note: "Highbridge and Yeovil East chosen using initiation data. Breastfeeding-friendly venue scheme launched with 14 cafés and libraries.",
      },
      {
        at: "2017-09-25T14:15",
        byKey: "hw-member-midwifery",
        note: "18 new volunteer peer supporters trained. Initiation rates in the two areas will be reported at year end.",
      },
    ],
  },
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "2.2",
    title: "Launch the new PSHE package in all schools and education settings",
    description:
      "Launch the personal, social, health and economic education curriculum and training package, covering " +
      "healthy choices, relationships and sexual health, in every school and education setting.",
    ownerKey: "hw-chair",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-04-27T10:15",
        byKey: "hw-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-03T13:40",
        byKey: "hw-chair",
        status: "In progress",
        rag: "Green",
        note: "Package finalised with teachers. Training for PSHE leads booked for the first week of the autumn term.",
      },
      {
        at: "2017-09-28T11:20",
        byKey: "hw-chair",
        status: "Complete",
        rag: null,
        note: "Package launched to all schools and settings in September; 142 schools have signed up to the training.",
      },
    ],
  },
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "2.3",
    title: "Improve transition planning for young people with long-term conditions moving to adult services",
    description:
      "Co-produce with young people and parents a clear process for moving from children's to adult health " +
      "services, starting with diabetes and continence, that includes the voice of the young person.",
    ownerKey: "hw-member-ccg",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-04-27T10:20",
        byKey: "hw-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-08T15:10",
        byKey: "hw-member-ccg",
        status: "In progress",
        rag: "Green",
        note: "Young people with diabetes and continence problems, and their parents, are helping to write the Choices for Life strategy.",
      },
      {
        at: "2017-09-21T10:35",
        byKey: "hw-member-ccg",
        status: "Complete",
        rag: null,
        note: "Choices for Life strategy co-produced and agreed. It sets out the improved transition process and how the young person's voice is heard.",
      },
    ],
  },
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "2.4",
    title: "Consult on and prepare to launch the new public health nursing service",
    description:
      "Consult on the new health visiting and school nursing service and prepare the contract so that it starts " +
      "on 1 April 2018, integrated with the Family Support Service.",
    ownerKey: "hw-chair",
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-27T10:25",
        byKey: "hw-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-27T11:50",
        byKey: "hw-chair",
        status: "In progress",
        rag: "Green",
        note: "Consultation combined with the Family Support Service and children's centres consultation so families only respond once.",
      },
      {
        at: "2017-10-26T10:40",
        byKey: "hw-chair",
        note: "Consultation open until 1 December. Mobilisation plan agreed with the provider for a 1 April 2018 start.",
      },
    ],
  },
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "2.5",
    title: "Evaluate the impact of fitting child safety equipment in vulnerable households",
    description:
      "Evaluate the home safety scheme for families with children under five, to decide whether to continue the " +
      "service subject to funding.",
    ownerKey: "hw-member-fire",
    planYear: "2017/18",
    targetDate: "2017-07-14",
    status: "In progress",
    rag: "Red",
    updates: [
      {
        at: "2017-04-27T10:30",
        byKey: "hw-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-15T14:00",
        byKey: "hw-member-fire",
        status: "In progress",
        rag: "Green",
        note: "Data on 640 home safety visits to families with children under five brought together with hospital admissions data.",
      },
      {
        at: "2017-09-14T16:20",
        byKey: "hw-member-fire",
        rag: "Red",
        note: "Draft held up because ward-level admissions data has not been received from the hospital trusts. Funding beyond March 2018 not yet agreed.",
      },
      {
        at: "2017-11-16T11:05",
        byKey: "hw-chair",
        note: "Still overdue with no revised date. Owner and the public health analyst to agree before December what can be reported with the data available.",
      },
    ],
  },
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "2.6",
    title:
      "Jointly recommission short breaks and respite care for children with complex health and care needs",
    description:
      "The County Council and the CCG will recommission short breaks and respite together, and promote personal " +
      "budgets and direct payments to the families who can use them.",
    ownerKey: "hw-member-ccg",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Amber",
    updates: [
      {
        at: "2017-04-27T10:35",
        byKey: "hw-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-20T09:45",
        byKey: "hw-member-ccg",
        status: "In progress",
        rag: "Green",
        note: "Joint commissioning plan agreed by both organisations. Families engaged through the Parent Carer Forum over the summer.",
      },
      {
        at: "2017-10-19T15:30",
        byKey: "hw-member-ccg",
        rag: "Amber",
        note: "The timetable is tight for an April start because CCG approval adds six weeks. Considering a three-month extension of current contracts.",
      },
    ],
  },
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "2.7",
    title: "Train nurses and disability social workers in motivational interviewing and health coaching",
    description:
      "Provide motivational interviewing and health coaching training so that every child with a long-term " +
      "condition has an agreed personal health and care plan.",
    ownerKey: "eh-member-health",
    planYear: "2017/18",
    targetDate: "2017-11-30",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-27T10:40",
        byKey: "hw-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-22T12:30",
        byKey: "eh-member-health",
        status: "In progress",
        rag: "Green",
        note: "Training commissioned. First cohort of 20 community and specialist nurses starts in September.",
      },
      {
        at: "2017-10-24T08:45",
        byKey: "eh-member-health",
        note: "First cohort complete. The second cohort, disability social workers, finishes on 28 November. On track.",
      },
    ],
  },
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "2.8",
    title: "Develop a plan with Strategic Housing to reduce fuel poverty in families with children",
    description:
      "Work with district housing teams to target private rented homes with poor energy ratings where young " +
      "children live, and agree a plan to reduce fuel poverty.",
    ownerKey: "hw-member-housing",
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "In progress",
    rag: "Amber",
    updates: [
      {
        at: "2017-04-27T10:45",
        byKey: "hw-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-25T10:05",
        byKey: "hw-member-housing",
        status: "In progress",
        rag: "Green",
        note: "Housing officers from all five districts met. Private rented homes with poor energy ratings mapped against child poverty.",
      },
      {
        at: "2017-10-23T14:35",
        byKey: "hw-member-housing",
        rag: "Amber",
        note: "The plan depends on a bid for energy efficiency funding, decided in December. It may not be finalised until January.",
      },
    ],
  },
  {
    programmeNumber: 2,
    boardKey: "health-wellbeing",
    ref: "2.9",
    title: "Submit bids to NHS England for specialist perinatal services",
    description:
      "Bid, with the mental health trust, for NHS England funding for a specialist community perinatal mental " +
      "health team for Somerset.",
    ownerKey: "hw-member-ccg",
    planYear: "2017/18",
    targetDate: "2017-07-31",
    status: "In progress",
    rag: "Amber",
    revisedDate: "2017-11-30",
    revisedReason: "NHS England moved the bidding round for specialist perinatal services to November 2017.",
    updates: [
      {
        at: "2017-04-27T10:50",
        byKey: "hw-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-22T12:40",
        byKey: "hw-member-ccg",
        status: "In progress",
        rag: "Green",
        note: "Bid being prepared with the mental health trust.",
      },
      {
        at: "2017-07-27T11:55",
        byKey: "hw-member-ccg",
        rag: "Amber",
        note: "Submission postponed to November 2017.",
        revisedDate: "2017-11-30",
        reason: "NHS England moved the bidding round for specialist perinatal services to November 2017.",
      },
      {
        at: "2017-11-16T11:10",
        byKey: "hw-member-ccg",
        note: "Bid in final draft and signed off by both organisations' directors. It will be submitted before 30 November.",
      },
    ],
  },
];
