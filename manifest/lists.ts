import {
  PERMISSION_KIND,
  type FieldDef,
  type ListDef,
  type PermissionKind,
  type PermissionPlan,
  type RoleDefinition,
  type RoleName,
} from "./types";

export const RAG_VALUES = ["Red", "Amber", "Green"] as const;
export const ACTION_STATUSES = ["Not started", "In progress", "Complete", "Withdrawn"] as const;
export const QUARTERS = ["Q1", "Q2", "Q3", "Q4"] as const;
export const TRENDS = ["Improving", "Stable", "Declining"] as const;

/** Every item a client creates carries its own id, so a retried create never duplicates. */
const clientId: FieldDef = {
  name: "TBClientId",
  type: "Text",
  title: "Client id",
  required: true,
  indexed: true,
  unique: true,
  maxLength: 64,
};
const boardId: FieldDef = {
  name: "TBBoardId",
  type: "Number",
  title: "Board",
  required: true,
  indexed: true,
};
const planId: FieldDef = { name: "TBPlanId", type: "Number", title: "Plan", required: true, indexed: true };
const programmeId: FieldDef = { name: "TBProgrammeId", type: "Number", title: "Programme", indexed: true };
const planYear: FieldDef = {
  name: "TBPlanYear",
  type: "Text",
  title: "Plan year",
  indexed: true,
  maxLength: 7,
};
const versions = { majorVersions: 500 } as const;
/**
 * An action's versions are its history, so none may be trimmed: SharePoint
 * deletes the oldest beyond the limit, and 50,000 is the most it allows.
 * https://learn.microsoft.com/sharepoint/document-library-version-history-limits
 */
const everyVersion = { majorVersions: 50_000 } as const;

export const Plans: ListDef = {
  title: "TB Plans",
  description: "A partnership plan (e.g. Children & Young People's Plan 2016–2019).",
  permissions: "site",
  versioning: versions,
  fields: [
    { name: "TBStartYear", type: "Number", title: "First plan year starts (April of)", required: true },
    { name: "TBEndYear", type: "Number", title: "Last plan year ends (March of)", required: true },
    { name: "TBCurrentYear", type: "Text", title: "Current plan year", required: true, maxLength: 7 },
    {
      name: "TBStatus",
      type: "Choice",
      title: "Status",
      required: true,
      choices: ["Draft", "Active", "Archived"],
      indexed: true,
    },
    { name: "TBVision", type: "Note", title: "Vision" },
    { name: "TBProgrammeNoun", type: "Text", title: "What the plan calls a programme", maxLength: 40 },
    /**
     * How the reporting calendar's default dates are made: JSON {"updatesDueDays": n, "reportsDueDays": n},
     * days after each quarter ends (src/domain/reportingCalendar.ts). Empty means the default rule.
     */
    { name: "TBCalendarRule", type: "Text", title: "Reporting calendar rule", maxLength: 255 },
  ],
};

export const Boards: ListDef = {
  title: "TB Boards",
  description: "Delivery boards, each linked to a Microsoft 365 group and its team.",
  permissions: "site",
  versioning: versions,
  fields: [
    planId,
    {
      name: "TBGroupId",
      type: "Text",
      title: "Microsoft 365 group id",
      required: true,
      indexed: true,
      maxLength: 36,
    },
    {
      name: "TBFolder",
      type: "Text",
      title: "Folder name in board lists",
      required: true,
      indexed: true,
      unique: true,
      maxLength: 64,
    },
    { name: "TBChair", type: "User", title: "Chair" },
    { name: "TBChairRole", type: "Text", title: "Chair's title (e.g. Interim Chair)", maxLength: 60 },
    { name: "TBSponsor", type: "User", title: "Lead sponsor" },
    { name: "TBStatus", type: "Choice", title: "Status", required: true, choices: ["Active", "Archived"] },
    { name: "TBMeetingCadence", type: "Text", title: "Meets", maxLength: 60 },
    /** The channel of the group's team the board's tab lives in (picked from Graph, never typed). */
    { name: "TBChannelId", type: "Text", title: "Team channel id", maxLength: 255 },
    { name: "TBChannelName", type: "Text", title: "Team channel", maxLength: 120 },
  ],
};

export const Programmes: ListDef = {
  title: "TB Programmes",
  description:
    "The plan's programmes (improvement programmes, priorities…) and the boards that deliver them.",
  permissions: "site",
  versioning: versions,
  fields: [
    planId,
    { name: "TBNumber", type: "Number", title: "Number", required: true },
    { name: "TBDeliveryBoards", type: "LookupMulti", title: "Delivered by", lookupList: "TB Boards" },
    { name: "TBOutcome", type: "Note", title: "What we want to achieve" },
  ],
};

export const Actions: ListDef = {
  title: "TB Actions",
  description: "Each board's annual action plan: one item per action; its versions are its history.",
  permissions: "boardFolders",
  versioning: everyVersion,
  fields: [
    clientId,
    planId,
    boardId,
    { ...programmeId, required: true },
    { ...planYear, required: true },
    { name: "TBRef", type: "Text", title: "Reference", maxLength: 20 },
    { name: "TBDescription", type: "Note", title: "Description" },
    { name: "TBOwner", type: "User", title: "Owner", indexed: true },
    { name: "TBOwnerOrg", type: "Text", title: "Owner's organisation", maxLength: 120 },
    {
      name: "TBTargetDate",
      type: "DateTime",
      title: "Target date",
      dateOnly: true,
      required: true,
      indexed: true,
    },
    { name: "TBRevisedDate", type: "DateTime", title: "Revised target date", dateOnly: true },
    { name: "TBRevisedReason", type: "Note", title: "Reason for revised date" },
    {
      name: "TBStatus",
      type: "Choice",
      title: "Status",
      required: true,
      choices: ACTION_STATUSES,
      indexed: true,
    },
    { name: "TBRag", type: "Choice", title: "RAG", choices: RAG_VALUES },
    { name: "TBLastUpdateAt", type: "DateTime", title: "Last progress update", indexed: true },
    { name: "TBLastUpdateBy", type: "User", title: "Last updated by" },
    { name: "TBLastNote", type: "Note", title: "Latest progress note" },
    { name: "TBEvidenceUrl", type: "Text", title: "Evidence link", maxLength: 255 },
    /** Set by every app save: a version whose save id changed was written through Trust Boards. */
    { name: "TBChangeId", type: "Text", title: "Save id", maxLength: 64 },
    /** An action agreed at a board meeting ("action arising") names the meeting: it is on the next agenda. */
    { name: "TBMeetingId", type: "Number", title: "Arose at meeting" },
    /** The plan year the action was last carried forward from by a year roll-over ("" if never). */
    { name: "TBCarriedFrom", type: "Text", title: "Carried forward from", maxLength: 7 },
  ],
};

export const Risks: ListDef = {
  title: "TB Risks",
  description: "Each board's risks, scored likelihood × impact on 1–5 scales.",
  permissions: "boardFolders",
  versioning: versions,
  fields: [
    clientId,
    planId,
    boardId,
    programmeId,
    /** The register's own reference, e.g. "ORG0009" for a council's corporate risk. */
    { name: "TBRef", type: "Text", title: "Reference", maxLength: 20 },
    { name: "TBImpactText", type: "Note", title: "Impact" },
    { name: "TBMitigation", type: "Note", title: "Mitigation" },
    { name: "TBLikelihood", type: "Number", title: "Likelihood (1–5)", required: true, min: 1, max: 5 },
    { name: "TBImpact", type: "Number", title: "Impact (1–5)", required: true, min: 1, max: 5 },
    { name: "TBOwner", type: "User", title: "Owner" },
    {
      name: "TBStatus",
      type: "Choice",
      title: "Status",
      required: true,
      choices: ["Open", "Closed"],
      indexed: true,
    },
    /** When the owner will next review it; a risk past its review date is flagged. */
    { name: "TBReviewDate", type: "DateTime", title: "Review date", dateOnly: true },
  ],
};

export const Measures: ListDef = {
  title: "TB Measures",
  description: "How we'll know we made a difference: outcome measures with targets.",
  permissions: "site",
  versioning: versions,
  fields: [
    planId,
    programmeId,
    /** The target in the plan's words ("Reduce each year towards the England average"). */
    { name: "TBTarget", type: "Text", title: "Target (in words)", maxLength: 120 },
    /** The figures the RAG rule compares (domain/measures.ts RAG_RULE); no figure, no rating. */
    { name: "TBTargetValue", type: "Number", title: "Target figure" },
    { name: "TBBaseline", type: "Number", title: "Baseline figure" },
    { name: "TBPolarity", type: "Choice", title: "Better is", required: true, choices: ["Higher", "Lower"] },
    { name: "TBUnit", type: "Text", title: "Unit", maxLength: 20 },
  ],
};

export const MeasureValues: ListDef = {
  title: "TB Measure Values",
  description: "A measure's value for a period, with comparators and a RAG rating.",
  permissions: "site",
  versioning: versions,
  fields: [
    { name: "TBMeasureId", type: "Number", title: "Measure", required: true, indexed: true },
    { ...planYear, required: true },
    /** Empty for a yearly figure; a quarter for a quarterly one. The period is "2026/27" or "2026/27 Q2". */
    { name: "TBQuarter", type: "Choice", title: "Quarter", choices: QUARTERS },
    { name: "TBValue", type: "Number", title: "Value" },
    { name: "TBEngland", type: "Number", title: "England" },
    { name: "TBNeighbours", type: "Number", title: "Statistical neighbours" },
    /** A RAG set by a person over the rule's, only with a reason (domain/measures.ts validateOverride). */
    { name: "TBRag", type: "Choice", title: "RAG override", choices: RAG_VALUES },
    { name: "TBRagReason", type: "Note", title: "Reason for the RAG override" },
    { name: "TBNote", type: "Note", title: "Note" },
  ],
};

export const Meetings: ListDef = {
  title: "TB Meetings",
  description: "A board's meetings: date, attendance, apologies and the state of the minutes.",
  permissions: "boardFolders",
  folderPermissions: "minutesFolder",
  versioning: versions,
  fields: [
    clientId,
    boardId,
    { name: "TBDate", type: "DateTime", title: "Date and time", required: true, indexed: true },
    { name: "TBEnd", type: "DateTime", title: "Ends" },
    { name: "TBPlace", type: "Text", title: "Place", maxLength: 255 },
    { name: "TBOnlineUrl", type: "Text", title: "Online meeting link", maxLength: 255 },
    { name: "TBCancelled", type: "Boolean", title: "Cancelled" },
    {
      name: "TBStatus",
      type: "Choice",
      title: "Status",
      required: true,
      choices: ["Planned", "In progress", "Minutes draft", "Minutes published"],
    },
    { name: "TBAttendees", type: "UserMulti", title: "Attendees" },
    { name: "TBApologies", type: "UserMulti", title: "Apologies" },
    /** Guests who are not in the board's group: a JSON array of { name, organisation } (zod-checked on read). */
    { name: "TBGuests", type: "Note", title: "Guests" },
    /** The agenda item the chair has open in meeting mode: what watchers in the side panel and on stage follow. */
    { name: "TBCurrentItemId", type: "Number", title: "Current agenda item" },
    /** The meeting whose minutes this one approved as a true record, and when (those minutes are locked). */
    { name: "TBPreviousMeetingId", type: "Number", title: "Approved the minutes of" },
    { name: "TBPreviousApprovedAt", type: "DateTime", title: "Previous minutes approved" },
    { name: "TBMinutesVersion", type: "Number", title: "Minutes version" },
    { name: "TBApprovedAt", type: "DateTime", title: "Minutes approved" },
    { name: "TBApprovedBy", type: "User", title: "Minutes approved by" },
    { name: "TBDocumentUrl", type: "Text", title: "Minutes document", maxLength: 255 },
  ],
};

export const MeetingItems: ListDef = {
  title: "TB Meeting Items",
  description: "A meeting's agenda items and the minutes recorded against each.",
  permissions: "boardFolders",
  folderPermissions: "minutesFolder",
  versioning: versions,
  fields: [
    clientId,
    boardId,
    { name: "TBMeetingId", type: "Number", title: "Meeting", required: true, indexed: true },
    { name: "TBOrder", type: "Number", title: "Order", required: true },
    {
      name: "TBKind",
      type: "Choice",
      title: "Kind",
      required: true,
      choices: ["Standing", "Exception", "Action arising"],
    },
    { name: "TBActionId", type: "Number", title: "Action", indexed: true },
    /** The agenda rule that made the item (welcome, overdue, added…: domain/agenda.ts AgendaItemKind). */
    { name: "TBAgendaKind", type: "Text", title: "Agenda rule", maxLength: 40 },
    /** The actions an exception item is about, as "12,15,19" (frozen when the agenda is made). */
    { name: "TBActionIds", type: "Note", title: "Actions" },
    /** Taken off the agenda by the chair. Nobody deletes minutes items (PERMISSIONS.minutesFolder), so it is a flag. */
    { name: "TBRemoved", type: "Boolean", title: "Removed from the agenda" },
    { name: "TBMinutes", type: "Note", title: "Minutes" },
  ],
};

export const Decisions: ListDef = {
  title: "TB Decisions",
  description: "Decisions recorded at board meetings.",
  permissions: "boardFolders",
  folderPermissions: "minutesFolder",
  versioning: versions,
  fields: [
    clientId,
    boardId,
    { name: "TBMeetingId", type: "Number", title: "Meeting", required: true, indexed: true },
    { name: "TBDecision", type: "Note", title: "Decision", required: true },
    /** The agenda item it was made under. */
    { name: "TBItemId", type: "Number", title: "Agenda item" },
  ],
};

export const HighlightReports: ListDef = {
  title: "TB Highlight Reports",
  description: "A programme's quarterly highlight report to the Executive.",
  permissions: "boardFolders",
  versioning: versions,
  fields: [
    clientId,
    planId,
    boardId,
    { ...programmeId, required: true },
    { ...planYear, required: true },
    { name: "TBQuarter", type: "Choice", title: "Quarter", required: true, choices: QUARTERS, indexed: true },
    /**
     * The board writes Draft or Submitted only. Approved and Returned are the Executive's decisions,
     * kept in TB Report Reviews where no board member can write (PERMISSIONS.reportReviews).
     */
    {
      name: "TBStatus",
      type: "Choice",
      title: "Status",
      required: true,
      choices: ["Draft", "Submitted"],
      indexed: true,
    },
    { name: "TBRag", type: "Choice", title: "Current status", choices: RAG_VALUES },
    { name: "TBTrend", type: "Choice", title: "Status trend", choices: TRENDS },
    { name: "TBReason", type: "Note", title: "Reason for current status" },
    { name: "TBAchievements", type: "Note", title: "Achievements and target dates met" },
    { name: "TBSlippage", type: "Note", title: "Slippage" },
    { name: "TBIssuesRisks", type: "Note", title: "Issues and risks" },
    { name: "TBNextQuarter", type: "Note", title: "Planned activity next quarter" },
    { name: "TBDecisions", type: "Note", title: "Decisions required" },
    /** The figures the draft was made from (counts by RAG, missed, revised), as JSON: the quarter's record. */
    { name: "TBFigures", type: "Note", title: "Figures at submission" },
  ],
};

/**
 * The Executive's decision on a submitted highlight report: approved, or returned with a comment.
 * A decision names the report version it judged; a report changed since is no longer approved.
 */
export const ReportReviews: ListDef = {
  title: "TB Report Reviews",
  description: "The Executive's decisions on highlight reports: approved, or returned with a comment.",
  permissions: "list",
  listPermissions: "reportReviews",
  versioning: versions,
  fields: [
    clientId,
    planId,
    boardId,
    { name: "TBReportId", type: "Number", title: "Highlight report", required: true, indexed: true },
    { name: "TBReportVersion", type: "Number", title: "Report version judged", required: true },
    { ...planYear, required: true },
    { name: "TBQuarter", type: "Choice", title: "Quarter", required: true, choices: QUARTERS },
    {
      name: "TBDecision",
      type: "Choice",
      title: "Decision",
      required: true,
      choices: ["Approved", "Returned"],
    },
    { name: "TBComment", type: "Note", title: "Executive's comment" },
  ],
};

/**
 * The Executive Summary's own words for a quarter (its overall narrative); the rest of the summary is
 * computed. Only the Executive and plan administrators can open this list, and the rollup reads it
 * first: SharePoint refuses the rollup to everyone else (PERMISSIONS.executiveOnly).
 */
export const ExecutiveSummaries: ListDef = {
  title: "TB Executive Summaries",
  description: "The Trust Executive's overall narrative for each quarter's Executive Summary.",
  permissions: "list",
  listPermissions: "executiveOnly",
  versioning: versions,
  fields: [
    clientId,
    planId,
    { ...planYear, required: true },
    { name: "TBQuarter", type: "Choice", title: "Quarter", required: true, choices: QUARTERS },
    { name: "TBNarrative", type: "Note", title: "Overall narrative" },
  ],
};

export const ReportingCalendar: ListDef = {
  title: "TB Reporting Calendar",
  description: "When updates and highlight reports are due, per plan year and quarter.",
  permissions: "site",
  versioning: versions,
  fields: [
    planId,
    { ...planYear, required: true },
    { name: "TBQuarter", type: "Choice", title: "Quarter", required: true, choices: QUARTERS },
    { name: "TBUpdatesDue", type: "DateTime", title: "Action updates due", dateOnly: true, required: true },
    {
      name: "TBReportsDue",
      type: "DateTime",
      title: "Highlight reports due",
      dateOnly: true,
      required: true,
    },
  ],
};

/**
 * The board papers library: each board's documents (published minutes as Word, papers), one folder
 * per board with the board folders' permissions. Versioning on: overwriting a file keeps the old one.
 * The folders are minutes folders: members add and update papers (no delete), chairs hold "Manage
 * minutes" so that publishing can lock the minutes document like the minutes themselves
 * (PERMISSIONS.publishedMinutes on the file's list item).
 * https://learn.microsoft.com/sharepoint/dev/sp-add-ins/working-with-folders-and-files-with-rest
 */
export const BoardPapers: ListDef = {
  title: "TB Board Papers",
  description: "Each board's papers and published minutes, in a folder per board.",
  template: 101,
  permissions: "boardFolders",
  folderPermissions: "minutesFolder",
  versioning: versions,
  fields: [
    { name: "TBBoardId", type: "Number", title: "Board", indexed: true },
    { name: "TBMeetingId", type: "Number", title: "Meeting", indexed: true },
  ],
};

export const ALL_LISTS = [
  Plans,
  Boards,
  Programmes,
  Actions,
  Risks,
  Measures,
  MeasureValues,
  Meetings,
  MeetingItems,
  Decisions,
  HighlightReports,
  ReportReviews,
  ExecutiveSummaries,
  ReportingCalendar,
  BoardPapers,
] as const;

/** Who may do what. SharePoint enforces it; the UI only mirrors it. */
const READ: readonly PermissionKind[] = [
  "ViewListItems",
  "OpenItems",
  "ViewVersions",
  "ViewFormPages",
  "Open",
  "ViewPages",
  "BrowseUserInfo",
  "UseRemoteAPIs",
];

/**
 * The roles the plan grants. Board members and chairs get "Contribute without
 * delete": they add and change actions, and every change becomes a version of
 * the item (its history) under their name; with neither DeleteListItems nor
 * DeleteVersions they cannot delete an action or any of its history. Only a
 * site collection administrator can (docs/HISTORY.md).
 * Custom permission levels: https://learn.microsoft.com/sharepoint/how-to-create-and-edit-permission-levels
 */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  { name: "Read", builtIn: true, description: "Can view pages and list items.", permissions: READ },
  {
    name: "Contribute",
    builtIn: true,
    description: "Can view, add, update, and delete list items and documents.",
    permissions: [...READ, "AddListItems", "EditListItems", "DeleteListItems", "DeleteVersions"],
  },
  {
    name: "Contribute without delete",
    builtIn: false,
    description:
      "Trust Boards: can view, add and update list items, but not delete items or versions, so every change stays in the item's history.",
    permissions: [...READ, "AddListItems", "EditListItems"],
  },
  {
    name: "Manage minutes",
    builtIn: false,
    description:
      "Trust Boards: as Contribute without delete, and can manage permissions, so a chair can lock a meeting's minutes when publishing them and the plan administrators can set up and archive a board's folders.",
    // Manage Permissions depends on Enumerate Permissions: SharePoint selects both in a permission level.
    permissions: [...READ, "AddListItems", "EditListItems", "ManagePermissions", "EnumeratePermissions"],
  },
  {
    name: "Full Control",
    builtIn: true,
    description: "Has full control.",
    permissions: Object.keys(PERMISSION_KIND) as PermissionKind[],
  },
];

export const roleDefinition = (name: RoleName): RoleDefinition => {
  const found = ROLE_DEFINITIONS.find((r) => r.name === name);
  if (!found) throw new Error(`No role definition ${name}`);
  return found;
};

export const PERMISSIONS: PermissionPlan = {
  site: [
    { principal: "administrators", role: "Full Control" },
    { principal: "executive", role: "Read" },
    { principal: "readers", role: "Read" },
    { principal: "allBoardMembers", role: "Read" },
    { principal: "allBoardOwners", role: "Read" },
  ],
  // No one who uses the app may delete an action or its history (see ROLE_DEFINITIONS).
  // The plan administrators manage the folder's permissions (provisionBoardFolders runs again, archiving):
  // once its inheritance is broken, the site's Full Control no longer reaches the folder.
  boardFolder: [
    { principal: "administrators", role: "Manage minutes" },
    { principal: "boardMembers", role: "Contribute without delete" },
    { principal: "boardOwners", role: "Contribute without delete" },
    { principal: "executive", role: "Read" },
    { principal: "readers", role: "Read" },
  ],
  // Chairs (group owners) publish minutes: that needs Manage Permissions on the items (docs/HISTORY.md).
  minutesFolder: [
    { principal: "administrators", role: "Manage minutes" },
    { principal: "boardMembers", role: "Contribute without delete" },
    { principal: "boardOwners", role: "Manage minutes" },
    { principal: "executive", role: "Read" },
    { principal: "readers", role: "Read" },
  ],
  // Published: everyone reads; only the plan administrators can correct (a new version) — nobody deletes.
  publishedMinutes: [
    { principal: "administrators", role: "Manage minutes" },
    { principal: "boardMembers", role: "Read" },
    { principal: "boardOwners", role: "Read" },
    { principal: "executive", role: "Read" },
    { principal: "readers", role: "Read" },
  ],
  // The Executive decides on reports here, and nowhere else gains write access; boards only read.
  // The plan administrators manage the list's permissions (a new board's group is given Read:
  // grantBoardGroupSiteAccess): the list's own role assignments shut out the site's Full Control.
  reportReviews: [
    { principal: "administrators", role: "Manage minutes" },
    { principal: "executive", role: "Contribute without delete" },
    { principal: "readers", role: "Read" },
    { principal: "allBoardMembers", role: "Read" },
    { principal: "allBoardOwners", role: "Read" },
  ],
  executiveOnly: [
    { principal: "administrators", role: "Contribute without delete" },
    { principal: "executive", role: "Contribute without delete" },
  ],
  // An archived plan's boards: every board-scoped list's folder is read-only to the board, so SharePoint
  // itself refuses edits to the old plan's record; the plan administrators can still correct it.
  archivedFolder: [
    { principal: "administrators", role: "Manage minutes" },
    { principal: "boardMembers", role: "Read" },
    { principal: "boardOwners", role: "Read" },
    { principal: "executive", role: "Read" },
    { principal: "readers", role: "Read" },
  ],
};

/** SharePoint rejects a 21st index on a list. */
export const MAX_INDEXES_PER_LIST = 20;
/** The list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;
