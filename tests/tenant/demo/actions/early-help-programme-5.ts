import type { DemoAction } from "../types";

/** Early Help Strategic Commissioning Board, programme 5 – Providing help early and effectively: 2017/18. */
export const earlyHelpProgramme5Actions: DemoAction[] = [
  {
    programmeNumber: 5,
    boardKey: "early-help",
    ref: "5.1",
    title: "Develop the new Family Support Service and consult on the future of children's centres",
    description:
      "Design a Family Support Service that brings together getset, children's centre services and public health " +
      "nursing, and consult the public on the future use of children's centre buildings.",
    ownerKey: "eh-member-getset",
    planYear: "2017/18",
    targetDate: "2017-12-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-25T15:00",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-14T10:20",
        byKey: "eh-member-getset",
        status: "In progress",
        rag: "Green",
        note: "Draft Family Support Service model shared with the board. It integrates getset, children's centre services and public health nursing.",
      },
      {
        at: "2017-09-08T09:10",
        byKey: "eh-member-getset",
        note: "Public consultation launched on 4 September and runs until 1 December 2017. Drop-in events planned in every district.",
      },
      {
        at: "2017-11-13T11:30",
        byKey: "eh-member-getset",
        note: "Over 1,400 responses so far. Feedback and final proposals will come to the December board before going to Cabinet.",
      },
    ],
  },
  {
    programmeNumber: 5,
    boardKey: "early-help",
    ref: "5.2",
    title: "Map partnership early help resources to shift effort from crisis intervention to prevention",
    description:
      "Ask every partner for its early help staff, services and spend, and use the picture to agree where " +
      "resources can move from crisis response to prevention.",
    ownerKey: "eh-deputy",
    planYear: "2017/18",
    targetDate: "2017-11-30",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-25T15:05",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-11T10:15",
        byKey: "eh-deputy",
        status: "In progress",
        rag: "Green",
        note: "Partners asked to return a template of early help staff, services and spend. 11 of 18 partners have replied.",
      },
      {
        at: "2017-10-16T14:20",
        byKey: "eh-deputy",
        note: "16 of 18 returns in. Most partner resource is still spent at the point of crisis. Draft report on track for the November board.",
      },
      {
        at: "2017-11-14T15:30",
        byKey: "eh-chair",
        note: "Draft mapping report discussed. Final version, including the two missing returns, due by 30 November.",
      },
    ],
  },
  {
    programmeNumber: 5,
    boardKey: "early-help",
    ref: "5.3",
    title: "Align health visitors and school nurses with children's centres to give families a one-stop shop",
    description:
      "Bring health professionals and other partners into children's centres so families can get health and " +
      "family support in one place, in line with the Family Support Service proposals.",
    ownerKey: "eh-member-health",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-25T15:10",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18, continuing the work started in 2016/17.",
      },
      {
        at: "2017-06-05T09:00",
        byKey: "eh-member-health",
        status: "In progress",
        rag: "Green",
        note: "Health visiting teams now run baby clinics from nine children's centres. School nurse drop-ins are next.",
      },
      {
        at: "2017-09-15T13:25",
        byKey: "eh-member-health",
        note: "School nurse drop-ins started in four children's centres. Co-location plans aligned with the Family Support Service consultation.",
      },
      {
        at: "2017-11-09T10:50",
        byKey: "eh-member-health",
        note: "Joint two-year check sessions with children's centre staff now offered in Bridgwater and Taunton. On track.",
      },
    ],
  },
  {
    programmeNumber: 5,
    boardKey: "early-help",
    ref: "5.4",
    title: "Develop a Somerset model for early help multi-agency hubs",
    description:
      "Use the review of the Community Learning Partnership hubs, the One Team pilots and national evidence, " +
      "including the DfE Innovation Programme, to propose a Somerset model for early help hubs.",
    ownerKey: "eh-member-schools",
    planYear: "2017/18",
    targetDate: "2018-03-31",
    status: "In progress",
    rag: "Green",
    updates: [
      {
        at: "2017-04-25T15:15",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-07-05T16:00",
        byKey: "eh-member-schools",
        status: "In progress",
        rag: "Green",
        note: "Review of the four Community Learning Partnership hubs and the One Team pilots completed.",
      },
      {
        at: "2017-10-10T15:45",
        byKey: "eh-member-schools",
        note: "Options for a Somerset hub model drafted from national evidence. Partner workshop planned for January.",
      },
    ],
  },
  {
    programmeNumber: 5,
    boardKey: "early-help",
    ref: "5.5",
    title:
      "Carry out the first annual self-evaluation of early help using the Early Intervention Foundation tool",
    description:
      "Complete the partnership's first self-evaluation of its approach to early help using the Early " +
      "Intervention Foundation maturity matrix, and use it to set next year's actions.",
    ownerKey: "eh-chair",
    planYear: "2017/18",
    targetDate: "2018-01-31",
    status: "Not started",
    rag: null,
    updates: [
      {
        at: "2017-04-25T15:20",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-10-17T15:25",
        byKey: "eh-chair",
        note: "Not yet started. Planned as a development session at the January board so every partner takes part.",
      },
    ],
  },
  {
    programmeNumber: 5,
    boardKey: "early-help",
    ref: "5.6",
    title: "Agree a communications plan so practitioners understand the Early Help process and framework",
    description:
      "Give practitioners in every partner organisation confidence to use the Early Help process, framework and " +
      "Tools to do the Job, including a webpage that signposts all early help support.",
    ownerKey: "eh-member-vcs",
    planYear: "2017/18",
    targetDate: "2017-11-30",
    status: "In progress",
    rag: "Amber",
    updates: [
      {
        at: "2017-05-23T14:10",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action added at the May board after partners reported confusion about the Early Help process and framework.",
      },
      {
        at: "2017-07-14T11:40",
        byKey: "eh-member-vcs",
        status: "In progress",
        rag: "Green",
        note: "Practitioner survey sent to all partners: 380 replies. Many staff do not know where to find the Early Help Assessment or who to ask for advice.",
      },
      {
        at: "2017-10-12T09:35",
        byKey: "eh-member-vcs",
        rag: "Amber",
        note: "Communications plan drafted. The webpage needs the council's web team, who have little capacity until December. Still aiming for 30 November but at risk.",
      },
      {
        at: "2017-11-14T14:55",
        byKey: "eh-chair",
        note: "Board agreed the communications plan. Owner to confirm by 30 November whether the webpage needs a revised date.",
      },
    ],
  },
  {
    programmeNumber: 5,
    boardKey: "early-help",
    ref: "5.7",
    title:
      "Use the Early Help data dashboard to reduce inappropriate contacts and re-referrals to social care",
    description:
      "Use the dashboard to find organisations that need help to embed early help, starting with police " +
      "contacts to children's social care that lead to no further action.",
    ownerKey: "eh-member-police",
    planYear: "2017/18",
    targetDate: "2017-10-31",
    status: "In progress",
    rag: "Amber",
    updates: [
      {
        at: "2017-04-25T15:25",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-27T10:30",
        byKey: "eh-member-police",
        status: "In progress",
        rag: "Green",
        note: "Dashboard now shows contacts to social care by referring agency. Police are the largest source of contacts that lead to no further action.",
      },
      {
        at: "2017-09-18T12:10",
        byKey: "eh-member-police",
        rag: "Amber",
        note: "Recent rise in inappropriate contacts and re-referrals. Briefings on the Effective Support thresholds are being rolled out to response teams.",
      },
      {
        at: "2017-11-03T15:50",
        byKey: "eh-member-police",
        note: "Briefings reached 60% of response officers by 31 October, short of the target; the rest finish in December. Police contacts fell 8% in October, so I am keeping this Amber.",
      },
    ],
  },
  {
    programmeNumber: 5,
    boardKey: "early-help",
    ref: "5.8",
    title:
      "Sustain the Troubled Families programme within getset and monitor it through the Family Outcomes Framework",
    description:
      "Embed the Troubled Families approach in getset service delivery so that it continues without separate " +
      "arrangements, with outcomes monitored through the Somerset Family Outcomes Framework.",
    ownerKey: "eh-member-getset",
    planYear: "2017/18",
    targetDate: "2017-09-30",
    status: "Complete",
    rag: null,
    updates: [
      {
        at: "2017-04-25T15:30",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action agreed for 2017/18.",
      },
      {
        at: "2017-06-14T10:25",
        byKey: "eh-member-getset",
        status: "In progress",
        rag: "Green",
        note: "Troubled Families outcomes now recorded in the Early Help case management system.",
      },
      {
        at: "2017-09-22T14:05",
        byKey: "eh-member-getset",
        status: "Complete",
        rag: null,
        note: "Target met. The approach is embedded in getset service delivery and outcomes are monitored through the Family Outcomes Framework.",
      },
    ],
  },
  {
    programmeNumber: 5,
    boardKey: "early-help",
    ref: "5.9",
    title:
      "Agree how health and early years services identify children with SEND early and link them to early help",
    description:
      "Agree a shared pathway so health visitors, paediatricians and early years settings identify children with " +
      "emerging special educational needs early and make sure the family gets early help.",
    ownerKey: "eh-former-ccg",
    planYear: "2017/18",
    targetDate: "2018-01-31",
    status: "In progress",
    rag: "Amber",
    updates: [
      {
        at: "2017-05-23T14:20",
        byKey: "eh-chair",
        status: "Not started",
        rag: null,
        note: "Action added after the May membership review, which brought the SEND early identification work to this board.",
      },
      {
        at: "2017-06-30T09:55",
        byKey: "eh-former-ccg",
        status: "In progress",
        rag: "Green",
        note: "Working group of health visitors, paediatricians and early years SEN officers set up.",
      },
      {
        at: "2017-08-17T11:20",
        byKey: "eh-former-ccg",
        rag: "Amber",
        note: "Draft pathway agreed in principle. Sharing information between health records and the early years SEN team is not yet resolved.",
      },
      {
        at: "2017-10-17T15:35",
        byKey: "eh-chair",
        note: "The owner has moved to a new role in the CCG and has left the board. The CCG has been asked to nominate a new owner.",
      },
    ],
  },
];
