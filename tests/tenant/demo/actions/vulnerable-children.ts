import type { DemoAction } from "../types";

/**
 * Programme 6, co-delivered by the Children's Social Care Improvement Board (6.1–6.7)
 * and the Somerset Safeguarding Children Board (6.8–6.10), 2017/18 action plan.
 */
export const vulnerableChildrenActions: DemoAction[] = [
  {
    programmeNumber: 6,
    boardKey: "social-care",
    ref: "6.1",
    title: "Implement the edge of care service and evaluate the impact of Family Group Conferences",
    description:
      "Run the new edge of care service, including Family Group Conferences, and evaluate how well conferences " +
      "help children to remain with their families and communities.",
    ownerKey: "csc-member-edge",
    planYear: "2017/18",
    targetDate: "2017-11-24",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-28T10:00",
        byKey: "csc-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-26T11:10",
        byKey: "csc-member-edge",
        status: "In progress",
        rag: "Green",
        note: "Edge of care service live in all four areas. 57 Family Group Conferences held since April.",
      },
      {
        at: "2017-10-25T14:00",
        byKey: "csc-member-edge",
        note: "Evaluation under way: after six months, 81% of children whose family had a conference are still at home or with relatives. Report on track for 24 November.",
      },
    ],
  },
  {
    programmeNumber: 6,
    boardKey: "social-care",
    ref: "6.2",
    title: "Develop and launch a rapid response service for adolescents at risk of coming into care",
    description:
      "Set up a team that can respond the same day when a teenager's placement at home is breaking down, to keep " +
      "them safely with their family where possible.",
    ownerKey: "csc-chair",
    planYear: "2017/18",
    targetDate: "2018-01-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-28T10:05",
        byKey: "csc-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-28T12:00",
        byKey: "csc-chair",
        status: "In progress",
        rag: "Green",
        note: "Service model agreed. Recruitment to the team under way.",
      },
      {
        at: "2017-09-29T11:30",
        byKey: "csc-chair",
        note: "Service developed and ready to start in Quarter 4.",
      },
    ],
  },
  {
    programmeNumber: 6,
    boardKey: "social-care",
    ref: "6.3",
    title: "Put in place a new children's emergency duty service",
    description:
      "Provide a dedicated out-of-hours social work service for children, separate from the adults' service, so " +
      "that emergencies are handled by staff who know children's social care.",
    ownerKey: "csc-chair",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-04-28T10:10",
        byKey: "csc-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-30T10:20",
        byKey: "csc-chair",
        status: "In progress",
        rag: "Green",
        note: "Rota agreed and six social workers recruited.",
      },
      {
        at: "2017-09-01T09:00",
        byKey: "csc-chair",
        status: "Complete",
        rag: null,
        note: "New children's emergency duty service in place from 1 September.",
      },
    ],
  },
  {
    programmeNumber: 6,
    boardKey: "social-care",
    ref: "6.4",
    title: "Roll out and embed the social care continuous improvement approach",
    description:
      "Use monthly quality and performance meetings, case audits and good practice showcases to drive up the " +
      "consistency of social work practice across Somerset.",
    ownerKey: "csc-member-quality",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-28T10:15",
        byKey: "csc-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-02T14:30",
        byKey: "csc-member-quality",
        status: "In progress",
        rag: "Green",
        note: "Monthly quality, performance and risk management meetings running in every area. First case audit cycle complete.",
      },
      {
        at: "2017-10-24T16:15",
        byKey: "csc-member-quality",
        note: "Quality training in place. Good practice showcase held in October with 140 staff. Audits show fewer cases graded inadequate.",
      },
    ],
  },
  {
    programmeNumber: 6,
    boardKey: "social-care",
    ref: "6.5",
    title: "Recruit more local foster carers, especially for children over 10 and those with complex needs",
    description:
      "Deliver the Sufficiency Statement action plan so that more children looked after can live in a family " +
      "within 20 miles of home.",
    ownerKey: "csc-member-placements",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Red",
    updates: [
      {
        at: "2017-04-28T10:20",
        byKey: "csc-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-23T15:45",
        byKey: "csc-member-placements",
        status: "In progress",
        rag: "Amber",
        note: "Recruitment campaign launched. 14 enquiries in the first month, fewer than planned.",
      },
      {
        at: "2017-10-27T11:40",
        byKey: "csc-member-placements",
        rag: "Red",
        note: "Placement sufficiency remains a major concern because of the national shortage. Net gain of only three foster households this year; more children placed out of county.",
      },
      {
        at: "2017-10-27T15:00",
        byKey: "csc-chair",
        note: "Board agreed the Red rating and will escalate placement sufficiency to the Children's Trust Executive.",
      },
    ],
  },
  {
    programmeNumber: 6,
    boardKey: "social-care",
    ref: "6.6",
    title: "Deliver the Adopt South West consortium proposals",
    description:
      "Join the regional adoption agency so that more adopters are available for children waiting, and fewer " +
      "children wait too long to be adopted.",
    ownerKey: "csc-member-placements",
    planYear: "2017/18",
    targetDate: "2017-10-31",
    status: "In progress",
    rag: "Amber",
    revisedDate: "2018-03-31",
    revisedReason: "The consortium partners moved the regional agency's go-live to spring 2018.",
    updates: [
      {
        at: "2017-04-28T10:25",
        byKey: "csc-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-21T10:10",
        byKey: "csc-member-placements",
        status: "In progress",
        rag: "Green",
        note: "Staff consultation on the move to the regional adoption agency completed.",
      },
      {
        at: "2017-09-29T11:35",
        byKey: "csc-member-placements",
        rag: "Amber",
        note: "Proposing a revised date of 31 March 2018.",
        revisedDate: "2018-03-31",
        reason: "The consortium partners moved the regional agency's go-live to spring 2018.",
      },
      { at: "2017-09-29T14:10", byKey: "csc-chair", note: "Revised date agreed by the board." },
    ],
  },
  {
    programmeNumber: 6,
    boardKey: "social-care",
    ref: "6.7",
    title: "Recommission health assessments for children looked after and care leavers",
    description:
      "Recommission the health assessment service to offer a multi-agency health offer in local venues, using " +
      "digital technology where young people prefer it.",
    ownerKey: "csc-member-nurse",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Amber",
    updates: [
      {
        at: "2017-04-28T10:30",
        byKey: "csc-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-17T13:10",
        byKey: "csc-member-nurse",
        status: "In progress",
        rag: "Green",
        note: "Young people from the Children in Care Council helped write the service specification.",
      },
      {
        at: "2017-10-18T15:25",
        byKey: "csc-member-nurse",
        rag: "Amber",
        note: "Initial health assessments on time fell to 71% in Quarter 2 because of paediatrician vacancies. Recommissioning on track, but current performance is a concern.",
      },
    ],
  },
  {
    programmeNumber: 6,
    boardKey: "safeguarding",
    ref: "6.8",
    title: "Ratify and launch the multi-agency Neglect Strategy",
    description:
      "Agree the Neglect Strategy with all partner agencies and launch it with briefings so practitioners " +
      "recognise and respond to neglect earlier.",
    ownerKey: "sscb-manager",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-05-04T10:00",
        byKey: "sscb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-06T11:30",
        byKey: "sscb-manager",
        status: "In progress",
        rag: "Green",
        note: "Strategy consulted on with all partner agencies. A graded care profile tool is being piloted.",
      },
      {
        at: "2017-09-07T12:15",
        byKey: "sscb-manager",
        status: "Complete",
        rag: null,
        note: "Neglect Strategy ratified by the board today and launched with practitioner briefings.",
      },
    ],
  },
  {
    programmeNumber: 6,
    boardKey: "safeguarding",
    ref: "6.9",
    title: "Launch the Unborn Baby Protocol and re-launch the Missing Children protocol",
    description:
      "Make sure every agency knows and uses the Unborn Baby Protocol and the revised protocol for children who " +
      "go missing from home or care.",
    ownerKey: "sscb-member-police",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-05-04T10:05",
        byKey: "sscb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-06T11:35",
        byKey: "sscb-member-police",
        status: "In progress",
        rag: "Green",
        note: "Missing Children protocol revised after the audit of return home interviews.",
      },
      {
        at: "2017-09-26T09:20",
        byKey: "sscb-member-police",
        status: "Complete",
        rag: null,
        note: "Unborn Baby Protocol launched and Missing Children protocol re-launched this quarter.",
      },
    ],
  },
  {
    programmeNumber: 6,
    boardKey: "safeguarding",
    ref: "6.10",
    title: "Carry out the multi-agency audit programme and use the findings in training and practice",
    description:
      "Run the Safeguarding Children Board's multi-agency audits under its quality assurance framework so that " +
      "findings shape training, practice and commissioning.",
    ownerKey: "sscb-manager",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-05-04T10:10",
        byKey: "sscb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-06T11:40",
        byKey: "sscb-manager",
        status: "In progress",
        rag: "Green",
        note: "Audit of strategy discussions completed. Findings on police capacity to attend shared with the board.",
      },
      {
        at: "2017-11-02T10:30",
        byKey: "sscb-manager",
        note: "Second audit, on neglect cases, under way. Learning briefing from the first audit sent to 1,200 practitioners.",
      },
    ],
  },
];
