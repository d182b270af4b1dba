import type { DemoAction } from "../types";

/**
 * Early Help Strategic Commissioning Board, programme 1 – Supporting children, families and
 * communities to be more resilient: 2017/18 action plan.
 */
export const earlyHelpProgramme1Actions: DemoAction[] = [
  {
    programmeNumber: 1,
    boardKey: "early-help",
    ref: "1.1",
    title:
      "Roll out the five parenting programmes identified in the 2016/17 mapping across venues and partners",
    description:
      "The 2016/17 mapping found five major parenting initiatives. This year they will be offered in every " +
      "district, through children's centres, schools and voluntary sector venues.",
    ownerKey: "eh-member-getset",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-25T14:10",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18 at the April board. Builds on last year's mapping of parenting programmes.",
      },
      {
        at: "2017-06-12T09:40",
        byKey: "eh-member-getset",
        status: "In progress",
        rag: "Green",
        note: "Delivery plan agreed with children's centres, schools and two voluntary sector providers. Groups booked for Taunton and Bridgwater from September.",
      },
      {
        at: "2017-10-09T11:15",
        byKey: "eh-member-getset",
        note: "Three of the five programmes are now running in Taunton, Bridgwater and Yeovil, with 68 parents enrolled this term. The other two start in January in Chard and Minehead.",
      },
    ],
  },
  {
    programmeNumber: 1,
    boardKey: "early-help",
    ref: "1.2",
    title: "Redefine and improve the SEND local offer",
    description:
      "Work with the Parent Carer Forum and young people to redefine the Local Offer for children with special " +
      "educational needs and disabilities, so families can find local support and post-16 options easily.",
    ownerKey: "eh-member-send",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "In progress",
    rag: "Amber",
    revisedDate: "2018-03-31",
    revisedReason:
      "A new web platform is being developed for the Local Offer and is due to complete in Quarter 4.",
    updates: [
      {
        at: "2017-04-25T14:15",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18. The Local Offer is to be redefined with families, not for them.",
      },
      {
        at: "2017-06-16T10:05",
        byKey: "eh-member-send",
        status: "In progress",
        rag: "Green",
        note: "Three co-production workshops held with the Parent Carer Forum and young people. Families say they cannot find what is available locally and post-16 information is out of date.",
      },
      {
        at: "2017-09-14T15:30",
        byKey: "eh-member-send",
        rag: "Amber",
        note: "New content is drafted but cannot go live on the current site. I propose revising the target date to 31 March 2018.",
        revisedDate: "2018-03-31",
        reason:
          "A new web platform is being developed for the Local Offer and is due to complete in Quarter 4.",
      },
      {
        at: "2017-09-19T14:40",
        byKey: "eh-chair",
        note: "Revised date agreed at the September board. Slippage to be reported in the Quarter 2 highlight report.",
      },
      {
        at: "2017-11-08T09:20",
        byKey: "eh-member-send",
        note: "Supplier for the new platform confirmed. Content transfer and testing with parents planned for January and February.",
      },
    ],
  },
  {
    programmeNumber: 1,
    boardKey: "early-help",
    ref: "1.3",
    title:
      "Promote volunteering and peer support for families, such as breastfeeding peer supporters and grow, cook, eat",
    description:
      "Promote volunteering and peer support models, including breastfeeding peer support, grow, cook, eat " +
      "projects and compassionate communities that support people who are bereaved.",
    ownerKey: "eh-member-vcs",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-25T14:20",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-05-30T10:30",
        byKey: "eh-member-vcs",
        status: "In progress",
        rag: "Green",
        note: "Network members asked to list their volunteering and peer support offers. Early replies include peer supporters, grow, cook, eat groups and a compassionate communities project in Frome.",
      },
      {
        at: "2017-09-11T13:45",
        byKey: "eh-member-vcs",
        note: "Volunteering directory for families published on Somerset Choices with 41 entries. Second round of breastfeeding peer supporter training finished in August.",
      },
      {
        at: "2017-11-10T11:00",
        byKey: "eh-member-vcs",
        note: "Peer support offers now promoted through children's centres and GP surgeries in Bridgwater and Yeovil. On track for March.",
      },
    ],
  },
  {
    programmeNumber: 1,
    boardKey: "early-help",
    ref: "1.4",
    title: "Develop a Charter Mark for Inclusive Communities",
    description:
      "Design a charter mark that local groups, businesses and venues can work towards, to challenge attitudes to " +
      "disability and difference and make Somerset more inclusive.",
    ownerKey: "eh-member-vcs",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Amber",
    updates: [
      {
        at: "2017-04-25T14:25",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18 to take forward the plan's commitment to challenge attitudes to disability and difference.",
      },
      {
        at: "2017-07-12T16:10",
        byKey: "eh-member-vcs",
        status: "In progress",
        rag: "Green",
        note: "First conversation with the Parent Carer Forum and two town councils about what the charter mark could look like.",
      },
      {
        at: "2017-10-11T10:20",
        byKey: "eh-member-vcs",
        rag: "Amber",
        note: "Still at an early stage. No funding for assessment or awards, and no organisation has agreed to host the scheme.",
      },
      {
        at: "2017-10-17T15:05",
        byKey: "eh-chair",
        note: "Board noted this action is still embryonic. Owner to bring a short options paper, including a no-cost model, to the December meeting.",
      },
    ],
  },
  {
    programmeNumber: 1,
    boardKey: "early-help",
    ref: "1.5",
    title: "Promote the use of personal budgets and direct payments for eligible families",
    description:
      "Make sure eligible families know about personal budgets and direct payments and are helped to use them, " +
      "so they have more choice and control over the support they receive.",
    ownerKey: null,
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "Not started",
    rag: null,
    updates: [
      {
        at: "2017-04-25T14:30",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18. Owner to be confirmed: the SEND and adult commissioning teams to agree who leads.",
      },
      {
        at: "2017-07-18T15:20",
        byKey: "eh-chair",
        note: "No owner yet. Both teams consider the work sits elsewhere. Chair to raise with the lead sponsor.",
      },
      {
        at: "2017-10-17T15:10",
        byKey: "eh-chair",
        note: "Still no owner and no work started. Reported to the Children's Trust Executive in the Quarter 2 highlight report as an action without a real owner.",
      },
    ],
  },
  {
    programmeNumber: 1,
    boardKey: "early-help",
    ref: "1.6",
    title: "Agree a plan to strengthen independent advocacy for parents and carers",
    description:
      "Develop, with parents, a plan to strengthen advocacy for parents and carers, particularly those of children " +
      "with SEND, and reduce waiting times in the west of the county.",
    ownerKey: "eh-member-send",
    planYear: "2017/18",
    targetDate: "2017-10-31",
    status: "In progress",
    rag: "Red",
    updates: [
      {
        at: "2017-04-25T14:35",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-08-02T10:45",
        byKey: "eh-member-send",
        status: "In progress",
        rag: "Amber",
        note: "Current advocacy for parents mapped. Most is provided by the Parent Carer Forum and the SEND information, advice and support service, with long waits in the west.",
      },
      {
        at: "2017-11-06T09:30",
        byKey: "eh-member-send",
        rag: "Red",
        note: "Target date missed. The plan depends on the Local Offer work (1.2) and on commissioning intentions for 2018/19, which are not yet agreed. I will propose a revised date.",
      },
      {
        at: "2017-11-14T14:50",
        byKey: "eh-chair",
        note: "Board asked for a revised date and a short reason to be submitted before the December meeting.",
      },
    ],
  },
  {
    programmeNumber: 1,
    boardKey: "early-help",
    ref: "1.7",
    title: "Deliver Making Every Contact Count training for health, care and education staff",
    description:
      "Promote healthy life choices through Making Every Contact Count training for professionals working with " +
      "children, young people and families, starting with health visitors, school nurses and children's centre staff.",
    ownerKey: "eh-member-health",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "In progress",
    rag: "Red",
    updates: [
      {
        at: "2017-04-25T14:40",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-07T08:50",
        byKey: "eh-member-health",
        status: "In progress",
        rag: "Green",
        note: "Training plan agreed with public health. Four half-day sessions booked for health visitors, school nurses, children's centre staff and school pastoral teams.",
      },
      {
        at: "2017-09-06T12:15",
        byKey: "eh-member-health",
        rag: "Amber",
        note: "Two sessions delivered to 52 staff. The third and fourth were cancelled because the trainer was unavailable; new dates being sought.",
      },
      {
        at: "2017-10-13T16:40",
        byKey: "eh-member-health",
        rag: "Red",
        note: "Past the target date with half the programme delivered. New trainer found but the earliest dates are in January. I will propose a revised date once they are confirmed.",
      },
    ],
  },
  {
    programmeNumber: 1,
    boardKey: "early-help",
    ref: "1.8",
    title: "Map what is available for families and make sure it is on Somerset Choices",
    description:
      "Map what is available and what works for children and families across Somerset, capture it on Somerset " +
      "Choices and share good practice across the area-based teams.",
    ownerKey: "eh-deputy",
    planYear: "2017/18",
    targetDate: "2017-07-14",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-04-25T14:45",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-05-19T11:30",
        byKey: "eh-deputy",
        status: "In progress",
        rag: "Green",
        note: "Area-based teams asked to check their local entries on Somerset Choices. 312 entries reviewed so far.",
      },
      {
        at: "2017-07-10T10:00",
        byKey: "eh-deputy",
        status: "Complete",
        rag: null,
        note: "Mapping complete and on Somerset Choices. Good practice from the Mendip and South Somerset teams shared at the July practitioners' forum.",
      },
    ],
  },
  {
    programmeNumber: 1,
    boardKey: "early-help",
    ref: "1.9",
    title: "Make sure the West Somerset Opportunity Area action plan supports families and communities",
    description:
      "Contribute the board's priorities to the West Somerset Opportunity Area action plan, so that the £6m " +
      "programme helps families and communities to help themselves, not only schools.",
    ownerKey: "eh-member-schools",
    planYear: "2017/18",
    targetDate: "2017-10-31",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-04-25T14:50",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-19T15:15",
        byKey: "eh-member-schools",
        status: "In progress",
        rag: "Green",
        note: "Board priorities fed into the Opportunity Area partnership board: early language, parental engagement and post-16 transport.",
      },
      {
        at: "2017-10-04T13:00",
        byKey: "eh-member-schools",
        rag: "Amber",
        note: "Publication of the action plan has been moved to later in the autumn by the Department for Education.",
      },
      {
        at: "2017-11-07T09:45",
        byKey: "eh-member-schools",
        status: "Complete",
        rag: null,
        note: "Action plan published with early help and family support priorities included. Delivery will be monitored by the Opportunity Area partnership board.",
      },
    ],
  },
];
