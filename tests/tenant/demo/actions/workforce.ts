import type { DemoAction } from "../types";

/** Workforce Board: programme 7, 2017/18 action plan. */
export const workforceActions: DemoAction[] = [
  {
    programmeNumber: 7,
    boardKey: "workforce",
    ref: "7.1",
    title: "Co-produce and launch the Think Family Strategy",
    description:
      "Write the Think Family Strategy with partners through a task and finish group and launch it across the " +
      "children's and adults' workforce.",
    ownerKey: "wf-member-tf",
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "In progress",
    rag: "Amber",
    revisedDate: "2018-02-28",
    revisedReason:
      "Two more task and finish group meetings are needed to co-produce the final draft; launch in early 2018.",
    updates: [
      {
        at: "2017-05-09T10:00",
        byKey: "wf-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-30T14:10",
        byKey: "wf-member-tf",
        status: "In progress",
        rag: "Green",
        note: "Task and finish group set up with adult services, probation, health and the voluntary sector.",
      },
      {
        at: "2017-09-08T10:25",
        byKey: "wf-member-tf",
        rag: "Amber",
        note: "Difficulty engaging the police on the emerging Think Family theme; no police representative at the last two meetings.",
      },
      {
        at: "2017-10-10T11:45",
        byKey: "wf-member-tf",
        note: "Proposing to launch in early 2018.",
        revisedDate: "2018-02-28",
        reason:
          "Two more task and finish group meetings are needed to co-produce the final draft; launch in early 2018.",
      },
    ],
  },
  {
    programmeNumber: 7,
    boardKey: "workforce",
    ref: "7.2",
    title: "Develop a business case for the DCLG-approved Whole Family Working training",
    description:
      "Set out the costs, numbers and expected benefits of Whole Family Working training, approved by the " +
      "Department for Communities and Local Government, for the partnership to decide.",
    ownerKey: "wf-member-adults",
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-05-09T10:05",
        byKey: "wf-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-10-03T09:40",
        byKey: "wf-member-adults",
        status: "In progress",
        rag: "Green",
        note: "Costs and numbers gathered from three authorities that have used the training. Draft business case due at the December board.",
      },
    ],
  },
  {
    programmeNumber: 7,
    boardKey: "workforce",
    ref: "7.3",
    title: "Reach 75% permanent social work staffing by March 2018",
    description:
      "Recruit experienced social workers and use the IR35 changes to convert locums to permanent posts, so that " +
      "fewer teams rely on agency staff.",
    ownerKey: "wf-member-recruit",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Amber",
    updates: [
      {
        at: "2017-05-09T10:10",
        byKey: "wf-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-07T12:30",
        byKey: "wf-member-recruit",
        status: "In progress",
        rag: "Green",
        note: "Eleven locums converted to permanent contracts since April. Campaign for experienced social workers launched.",
      },
      {
        at: "2017-10-06T15:20",
        byKey: "wf-member-recruit",
        rag: "Amber",
        note: "Permanent staffing at 71%. A neighbouring authority has raised salaries and we lost four experienced staff in September. Average caseloads rose from 16.8 to 17.05.",
      },
    ],
  },
  {
    programmeNumber: 7,
    boardKey: "workforce",
    ref: "7.4",
    title: "Deliver systemic leadership and supervision training and masterclasses for social workers",
    description:
      "Provide Institute of Family Therapy systemic leadership and supervision training for managers, and " +
      "masterclasses for social workers with leading academics.",
    ownerKey: "wf-member-psw",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-05-09T10:15",
        byKey: "wf-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-13T15:00",
        byKey: "wf-member-psw",
        status: "In progress",
        rag: "Green",
        note: "First cohort of 24 team managers started the systemic leadership and supervision course.",
      },
      {
        at: "2017-09-20T11:10",
        byKey: "wf-member-psw",
        status: "Complete",
        rag: null,
        note: "Second cohort under way and the masterclass programme is in place for the year. Target date met.",
      },
    ],
  },
  {
    programmeNumber: 7,
    boardKey: "workforce",
    ref: "7.5",
    title: "Improve retention through ASYE support and 'Looking after our own' events",
    description:
      "Support newly qualified social workers through consultant social worker posts, and hold resilience events " +
      "for all staff, so that more social workers stay with us.",
    ownerKey: "wf-member-psw",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-05-09T10:20",
        byKey: "wf-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-11T16:30",
        byKey: "wf-member-psw",
        status: "In progress",
        rag: "Green",
        note: "Consultant social workers in post in every area, supporting 38 newly qualified social workers.",
      },
      {
        at: "2017-11-06T10:55",
        byKey: "wf-member-psw",
        note: "Two 'Looking after our own' events held with 160 staff. Permanent staff turnover in Quarter 2 lower than last year.",
      },
    ],
  },
  {
    programmeNumber: 7,
    boardKey: "workforce",
    ref: "7.6",
    title: "Consider further roll-out of One Teams with wider involvement of local partners",
    description:
      "Use learning from the existing One Teams to decide whether to extend the approach to more communities.",
    ownerKey: "wf-member-tf",
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "Withdrawn",
    rag: null,
    updates: [
      {
        at: "2017-05-09T10:25",
        byKey: "wf-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-11T16:35",
        byKey: "wf-member-tf",
        status: "In progress",
        rag: "Green",
        note: "Learning from the Halcon, Yeovil and Wellington One Teams collected.",
      },
      {
        at: "2017-09-12T15:10",
        byKey: "wf-chair",
        status: "Withdrawn",
        rag: null,
        note: "Withdrawn by the board. Superseded by the integrated area team model being developed through the early help hubs (programme 5) and specialist hubs (programme 6).",
      },
    ],
  },
  {
    programmeNumber: 7,
    boardKey: "workforce",
    ref: "7.7",
    title: "Use partners' shared intelligence to target resources to the needs of each locality",
    description:
      "Bring together partners' data on vulnerable families by locality so that resources can be targeted where " +
      "need is greatest.",
    ownerKey: null,
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "Not started",
    rag: null,
    updates: [
      {
        at: "2017-05-09T10:30",
        byKey: "wf-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18. Owner to be confirmed.",
      },
      {
        at: "2017-09-12T15:15",
        byKey: "wf-chair",
        note: "No owner agreed yet. The police and the council's data team have both been asked to lead; neither has confirmed.",
      },
      {
        at: "2017-11-07T15:40",
        byKey: "wf-chair",
        note: "Still no owner. Chair will ask the Children's Trust Executive to assign one.",
      },
    ],
  },
  {
    programmeNumber: 7,
    boardKey: "workforce",
    ref: "7.8",
    title: "Agree the police contribution to Think Family, including training for neighbourhood officers",
    description:
      "Agree how police officers will identify parental vulnerabilities and hidden harm, and what Think Family " +
      "training neighbourhood and response officers will receive.",
    ownerKey: "eh-member-police",
    planYear: "2017/18",
    targetDate: "2018-01-31",
    status: "In progress",
    rag: "Amber",
    updates: [
      {
        at: "2017-05-09T10:35",
        byKey: "wf-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-08-08T10:30",
        byKey: "eh-member-police",
        status: "In progress",
        rag: "Amber",
        note: "Police lead for Think Family changed in July. A short briefing for neighbourhood teams is drafted but not yet agreed.",
      },
      {
        at: "2017-11-07T15:45",
        byKey: "wf-chair",
        note: "Police attendance at the board remains low. Owner to confirm the training plan by December.",
      },
    ],
  },
];
