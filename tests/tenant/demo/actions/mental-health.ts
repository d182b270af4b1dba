import type { DemoAction } from "../types";

/** Commissioning Group for CYP Mental Health, Emotional and Psychological Wellbeing: programme 3, 2017/18. */
export const mentalHealthActions: DemoAction[] = [
  {
    programmeNumber: 3,
    boardKey: "mental-health",
    ref: "3.1",
    title: "Embed the new CAMHS services and join them up through integrated pathways",
    description:
      "Continue to develop the Single Point of Access, Enhanced Outreach and Community Eating Disorder services, " +
      "embed the posts created in 2016/17 and join services up through integrated pathways.",
    ownerKey: "mh-member-camhs",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-05-03T14:00",
        byKey: "mh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-04T10:20",
        byKey: "mh-member-camhs",
        status: "In progress",
        rag: "Green",
        note: "Single Point of Access now takes self-referrals from young people aged 16 and over. Average wait from referral to first contact is 12 days.",
      },
      {
        at: "2017-10-02T09:30",
        byKey: "mh-member-camhs",
        note: "CAMHS participation work going well: young people sat on interview panels for three posts. Pathway with the Eating Disorder Service agreed.",
      },
    ],
  },
  {
    programmeNumber: 3,
    boardKey: "mental-health",
    ref: "3.2",
    title: "Implement the perinatal mental health care pathway for vulnerable mothers",
    description:
      "Put the agreed pathway into practice across midwifery, health visiting and adult mental health services, " +
      "with training so staff know how to use it.",
    ownerKey: "mh-chair",
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-05-03T14:05",
        byKey: "mh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-05T15:10",
        byKey: "mh-chair",
        status: "In progress",
        rag: "Green",
        note: "Pathway agreed by midwifery, health visiting and adult mental health services.",
      },
      {
        at: "2017-09-29T10:45",
        byKey: "mh-chair",
        note: "Perinatal and infant mental health pathway training delivered to 96 midwives and health visitors. Audit of use planned for December.",
      },
    ],
  },
  {
    programmeNumber: 3,
    boardKey: "mental-health",
    ref: "3.3",
    title: "Set up a self-harm reduction task and finish group and draft a Self-Harm Action Plan",
    description:
      "Bring schools, CAMHS, the acute hospitals and the voluntary sector together to understand self-harm " +
      "admissions and agree a plan so professionals can spot the signs and offer support.",
    ownerKey: "hw-chair",
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-05-03T14:10",
        byKey: "mh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-18T13:20",
        byKey: "hw-chair",
        status: "In progress",
        rag: "Green",
        note: "Self-Harm Reduction Task and Finish Group established with schools, CAMHS, the acute hospitals and the voluntary sector.",
      },
      {
        at: "2017-10-30T10:00",
        byKey: "hw-chair",
        note: "Deeper look at hospital admissions data done: age bands and A&E coding now consistent. Draft Self-Harm Action Plan due in December.",
      },
    ],
  },
  {
    programmeNumber: 3,
    boardKey: "mental-health",
    ref: "3.4",
    title: "Establish a central data dashboard for children's emotional health and wellbeing services",
    description:
      "Bring data from CAMHS, the schools service and the counselling provider into one dashboard so the group " +
      "can see demand, waiting times and outcomes across services.",
    ownerKey: "mh-chair",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "In progress",
    rag: "Amber",
    revisedDate: "2018-01-31",
    revisedReason:
      "Providers cannot share data until the data-sharing agreement is signed; data flows are being built in Quarter 3.",
    updates: [
      {
        at: "2017-05-03T14:15",
        byKey: "mh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-07T11:30",
        byKey: "mh-chair",
        status: "In progress",
        rag: "Green",
        note: "Dataset agreed with CAMHS, the schools service and the counselling provider.",
      },
      {
        at: "2017-09-06T16:05",
        byKey: "mh-chair",
        rag: "Amber",
        note: "No dashboard yet. Proposing a revised date of 31 January 2018.",
        revisedDate: "2018-01-31",
        reason:
          "Providers cannot share data until the data-sharing agreement is signed; data flows are being built in Quarter 3.",
      },
      {
        at: "2017-11-08T14:40",
        byKey: "mh-chair",
        note: "Agreement signed by two of the three providers. First data flows being tested.",
      },
    ],
  },
  {
    programmeNumber: 3,
    boardKey: "mental-health",
    ref: "3.5",
    title: "Recruit psychologists to the Emotional Health and Wellbeing Team for children looked after",
    description:
      "Fill the remaining psychologist posts in the team so children looked after get specialist advice and " +
      "therapy without waiting for CAMHS.",
    ownerKey: "mh-member-ehwb",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "In progress",
    rag: "Red",
    updates: [
      {
        at: "2017-05-03T14:20",
        byKey: "mh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-28T09:15",
        byKey: "mh-member-ehwb",
        status: "In progress",
        rag: "Amber",
        note: "Post re-advertised with a revised job description. Interim support from the Educational Psychology team in place.",
      },
      {
        at: "2017-09-27T17:10",
        byKey: "mh-member-ehwb",
        rag: "Red",
        note: "No suitable applicants in the second round, so the posts will not be filled by the target date. Looking at a joint post with a neighbouring authority.",
      },
      {
        at: "2017-11-08T14:45",
        byKey: "mh-chair",
        note: "Overdue. Owner to propose a revised date once the joint post option is confirmed.",
      },
    ],
  },
  {
    programmeNumber: 3,
    boardKey: "mental-health",
    ref: "3.6",
    title: "Provide support and education for parents about children's emotional and mental health",
    description:
      "Help parents and carers understand emotional and mental health issues, with practical strategies and easy " +
      "access to tools and further support.",
    ownerKey: "mh-member-vcs",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-05-03T14:25",
        byKey: "mh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-10T11:00",
        byKey: "mh-member-vcs",
        status: "In progress",
        rag: "Green",
        note: "Six-week parents' course piloted in Yeovil with 22 parents. Online resources for parents added to the mental health toolkit.",
      },
      {
        at: "2017-10-05T15:40",
        byKey: "mh-member-vcs",
        note: "Course now running in Taunton and Bridgwater. The CAMHS Carers Service is referring parents directly.",
      },
    ],
  },
  {
    programmeNumber: 3,
    boardKey: "mental-health",
    ref: "3.7",
    title: "Implement the Schools Health and Resilience Education (SHARE) service",
    description:
      "Support staff in schools through the SHARE service, emotion coaching and CAMHS liaison posts, with a focus " +
      "on prevention and vulnerable groups.",
    ownerKey: "mh-member-edpsych",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-05-03T14:30",
        byKey: "mh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-30T12:20",
        byKey: "mh-member-edpsych",
        status: "In progress",
        rag: "Green",
        note: "Service specification agreed. CAMHS liaison workers allocated to secondary school clusters.",
      },
      {
        at: "2017-09-18T10:10",
        byKey: "mh-member-edpsych",
        status: "Complete",
        rag: null,
        note: "SHARE service fully in place from the start of the autumn term. Emotion coaching training delivered to staff in 47 schools.",
      },
    ],
  },
  {
    programmeNumber: 3,
    boardKey: "mental-health",
    ref: "3.8",
    title: "Make sure emotional wellbeing support is part of the recommissioned early help services",
    description:
      "Make sure emotional health and wellbeing interventions are written into the specifications for the new " +
      "Family Support Service and other recommissioned early help services.",
    ownerKey: "mh-member-edpsych",
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "Not started",
    rag: null,
    updates: [
      {
        at: "2017-05-03T14:35",
        byKey: "mh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-09-06T16:10",
        byKey: "mh-member-edpsych",
        note: "Waiting for the Family Support Service consultation to close on 1 December before specifications are written. Our comments have gone into the consultation.",
      },
    ],
  },
];
