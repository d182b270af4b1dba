import type { DemoAction } from "../types";

/** Somerset Education Partnership Board: programme 4, 2017/18 action plan. */
export const educationActions: DemoAction[] = [
  {
    programmeNumber: 4,
    boardKey: "education",
    ref: "4.1",
    title: "Start the roll-out of Talent Academies for the 14–16 vocational curriculum",
    description:
      "Work with colleges and local employers to offer Talent Academy vocational courses to 14 to 16 year olds " +
      "from September 2017.",
    ownerKey: "sepb-member-college",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-05-10T16:00",
        byKey: "sepb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-07T10:30",
        byKey: "sepb-member-college",
        status: "In progress",
        rag: "Green",
        note: "Four colleges and 19 secondary schools signed up. Employer partners confirmed for engineering, care and hospitality.",
      },
      {
        at: "2017-09-15T14:25",
        byKey: "sepb-member-college",
        status: "Complete",
        rag: null,
        note: "Roll-out has started: 240 Year 10 students began Talent Academy courses this month. Target date met.",
      },
    ],
  },
  {
    programmeNumber: 4,
    boardKey: "education",
    ref: "4.2",
    title: "Implement a leadership strategy for early years and school leaders, including governors",
    description:
      "Develop inspirational early years and education leaders, including management committees and boards of " +
      "governors, who share national, regional and local best practice.",
    ownerKey: "sepb-member-diocese",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-05-10T16:05",
        byKey: "sepb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-11T09:50",
        byKey: "sepb-member-diocese",
        status: "In progress",
        rag: "Green",
        note: "Draft strategy shared with the headteacher associations and the diocese's governance team.",
      },
      {
        at: "2017-10-09T13:30",
        byKey: "sepb-member-diocese",
        note: "Strategy agreed. The first programme for new headteachers and chairs of governors starts in January with 28 places.",
      },
    ],
  },
  {
    programmeNumber: 4,
    boardKey: "education",
    ref: "4.3",
    title: "Report on the impact of 2016/17 funded activities in schools and agree revised priorities",
    description:
      "Report to the board on what the activities funded in schools in 2016/17 achieved, and use it to agree the " +
      "revised priorities and activities for programme 4.",
    ownerKey: "sepb-chair",
    planYear: "2017/18",
    targetDate: "2017-10-13",
    status: "In progress",
    rag: "Amber",
    revisedDate: "2017-12-13",
    revisedReason: "Impact returns from schools are incomplete; the report will go to the December board.",
    updates: [
      {
        at: "2017-05-10T16:10",
        byKey: "sepb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-12T15:15",
        byKey: "sepb-chair",
        status: "In progress",
        rag: "Green",
        note: "Schools asked for impact returns by the end of September.",
      },
      {
        at: "2017-10-11T15:50",
        byKey: "sepb-chair",
        rag: "Amber",
        note: "Only 60% of returns received, so the report is not ready. Proposing the December board instead.",
        revisedDate: "2017-12-13",
        reason: "Impact returns from schools are incomplete; the report will go to the December board.",
      },
    ],
  },
  {
    programmeNumber: 4,
    boardKey: "education",
    ref: "4.4",
    title: "Agree a service level agreement with Support Services for Education for High Needs funded work",
    description:
      "Agree what Support Services for Education will deliver from the High Needs Budget, how it will be " +
      "measured and how it will be reported to the board.",
    ownerKey: null,
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "In progress",
    rag: "Red",
    updates: [
      {
        at: "2017-05-10T16:15",
        byKey: "sepb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18, to be led by the Head of High Needs.",
      },
      {
        at: "2017-07-12T15:20",
        byKey: "sepb-chair",
        status: "In progress",
        rag: "Amber",
        note: "Draft agreement prepared, but the Head of High Needs post is now vacant and nobody is leading the negotiation.",
      },
      {
        at: "2017-10-11T15:55",
        byKey: "sepb-chair",
        rag: "Red",
        note: "Target date missed and the action has no owner. Chair has asked the County Council to nominate someone before the November board.",
      },
      {
        at: "2017-11-15T16:20",
        byKey: "sepb-chair",
        note: "No nomination yet. Raised as an issue in the Quarter 2 highlight report.",
      },
    ],
  },
  {
    programmeNumber: 4,
    boardKey: "education",
    ref: "4.5",
    title: "Pilot Team Around the School support for pupils with multiple fixed-term exclusions",
    description:
      "Test multi-agency Team Around the School support in a group of secondary schools for pupils who have had " +
      "several fixed-term exclusions, to keep them in school.",
    ownerKey: "sepb-member-secondary",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-05-10T16:20",
        byKey: "sepb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-09-12T10:40",
        byKey: "sepb-member-secondary",
        status: "In progress",
        rag: "Green",
        note: "Pilot agreed with six secondary schools in Bridgwater and Taunton. First multi-agency meetings held.",
      },
      {
        at: "2017-11-13T11:25",
        byKey: "sepb-member-secondary",
        note: "31 pupils supported so far. The board will monitor the pilot during Quarter 3.",
      },
    ],
  },
  {
    programmeNumber: 4,
    boardKey: "education",
    ref: "4.6",
    title: "Implement revised arrangements for the Schools Causing Concern Group",
    description:
      "Revise how the group identifies and supports schools causing concern, so that health and social care " +
      "join when vulnerable pupils are affected.",
    ownerKey: "sepb-chair",
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-05-10T16:25",
        byKey: "sepb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-09-13T16:30",
        byKey: "sepb-chair",
        status: "In progress",
        rag: "Green",
        note: "Revised terms of reference drafted: monthly meetings, with health and social care attending when vulnerable groups are involved.",
      },
      {
        at: "2017-11-15T16:25",
        byKey: "sepb-chair",
        note: "New arrangements agreed by the board. First meeting under them in December.",
      },
    ],
  },
  {
    programmeNumber: 4,
    boardKey: "education",
    ref: "4.7",
    title: "Review funding and management of Parent and Family Support Advisers for 2018/19",
    description:
      "Review how Parent and Family Support Advisers in schools are funded and managed, and agree arrangements " +
      "for the 2018/19 academic year.",
    ownerKey: "sepb-member-primary",
    planYear: "2017/18",
    targetDate: "2018-02-28",
    status: "Not started",
    rag: null,
    updates: [
      {
        at: "2017-05-10T16:30",
        byKey: "sepb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-10-11T16:00",
        byKey: "sepb-member-primary",
        note: "Review starts once school budgets for 2018/19 are known. Headteacher associations have been asked for their views.",
      },
    ],
  },
  {
    programmeNumber: 4,
    boardKey: "education",
    ref: "4.8",
    title: "Improve the effectiveness of the Virtual School for children looked after and care leavers",
    description:
      "Make sure every child looked after and care leaver has the support to access the right education and " +
      "benefit from excellent teaching, with good quality Personal Education Plans.",
    ownerKey: "sepb-member-vsh",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Amber",
    updates: [
      {
        at: "2017-05-10T16:35",
        byKey: "sepb-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-06T14:50",
        byKey: "sepb-member-vsh",
        status: "In progress",
        rag: "Green",
        note: "Personal Education Plans completed for 91% of children. Two more advisory teachers appointed.",
      },
      {
        at: "2017-10-20T09:05",
        byKey: "sepb-member-vsh",
        rag: "Amber",
        note: "Quality of plans is uneven, particularly for children placed out of county. Audit findings to the December board.",
      },
    ],
  },
];
