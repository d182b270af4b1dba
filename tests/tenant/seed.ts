import { ALL_LISTS, PERMISSIONS, roleDefinition, type PrincipalKind } from "../../manifest";
import { basePermissions } from "./sharepoint/roles";
import type { ReportFigures } from "../../src/domain/highlightReports";
import type { DemoAction, DemoData, DemoPerson } from "./demo/types";
import type {
  AclEntry,
  GraphGroup,
  GraphUser,
  ItemVersion,
  StoredItem,
  StoredList,
  OtherDirectoryObject,
  TenantState,
} from "./state";
import { ownersClaim, Tenant } from "./tenant";
import { addTeams, seedTeamwork } from "./graph/teamwork";
import { localIsoToUtc } from "./time";

/** A deterministic GUID from a name, so seeded ids are stable between runs. */
export function stableGuid(name: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const ch of name) {
    h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ ch.charCodeAt(0), 2246822519) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0")).repeat(2);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const planYearStart = (d: Date): number =>
  d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;

/** Shifts four-digit years (and "2017/18" plan years) in text by whole years. */
export function shiftYearsInText(text: string, offset: number): string {
  return text.replace(
    /\b(20[0-3]\d)(?:([/–-])(\d{2,4}))?\b/g,
    (_all, y: string, sep?: string, y2?: string) => {
      const first = Number(y) + offset;
      if (sep === undefined || y2 === undefined) return String(first);
      const second =
        y2.length === 2 ? String((Number(y2) + offset) % 100).padStart(2, "0") : String(Number(y2) + offset);
      return `${first}${sep}${second}`;
    },
  );
}

function shiftLocal(local: string, offset: number): string {
  const year = Number(local.slice(0, 4)) + offset;
  let rest = local.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (rest.startsWith("-02-29") && !leap) rest = "-02-28" + rest.slice(6);
  return `${year}${rest}`;
}

const upnFor = (p: DemoPerson): string =>
  `${p.displayName
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/\s+/g, ".")}@partnership.example`;

export interface SeedOptions {
  /** The real "today"; demo dates move by whole years so the story is current. */
  now?: Date;
}

export function seedState(demo: DemoData, options: SeedOptions = {}): TenantState {
  const now = options.now ?? new Date();
  const offset = planYearStart(now) - planYearStart(new Date(`${demo.asOf}T12:00:00Z`));
  const text = (t: string): string => shiftYearsInText(t, offset);
  const utc = (local: string): string => localIsoToUtc(shiftLocal(local, offset));

  const users: GraphUser[] = demo.people.map((p) => ({
    id: stableGuid(`user:${p.key}`),
    displayName: p.displayName,
    userPrincipalName: upnFor(p),
    mail: upnFor(p),
    jobTitle: p.jobTitle,
    companyName: p.organisation,
  }));
  const userId = (key: string): string => {
    const found = demo.people.find((p) => p.key === key);
    if (!found) throw new Error(`Demo data names an unknown person: ${key}`);
    return stableGuid(`user:${found.key}`);
  };
  const security = (key: string, name: string, description: string, keys: readonly string[]): GraphGroup => ({
    id: stableGuid(`group:${key}`),
    displayName: name,
    description,
    kind: "security",
    memberIds: keys.map(userId),
    ownerIds: [],
  });
  const executive = security(
    "executive",
    `${demo.trustName} Executive`,
    "Reads every board; approves highlight reports.",
    demo.executiveKeys,
  );
  const readers = security(
    "readers",
    `${demo.trustName} Readers`,
    "Scrutiny members and partners: read-only.",
    demo.readerKeys,
  );
  const admins = security(
    "administrators",
    `${demo.trustName} Plan Administrators`,
    "Partnership business unit: sets up plans and boards.",
    demo.administratorKeys,
  );
  // The app registration that provisioned the boards owns their groups alongside the chairs, as an
  // app that creates a group does; a group's owners can be users or service principals
  // (https://learn.microsoft.com/graph/api/group-post-owners).
  const provisioner: OtherDirectoryObject = {
    id: stableGuid("servicePrincipal:provisioning"),
    kind: "servicePrincipal",
    displayName: `${demo.trustName} Boards provisioning`,
  };
  // Security groups can hold devices (https://learn.microsoft.com/graph/api/group-post-members):
  // the scrutiny committee room's shared display reads every board.
  const display: OtherDirectoryObject = {
    id: stableGuid("device:scrutiny-room"),
    kind: "device",
    displayName: "Scrutiny committee room display",
  };
  readers.memberIds.push(display.id);
  // Owners and members are two lists: a chair may own the board's group without being a member.
  const boardGroups = demo.boards.map<GraphGroup>((b) => ({
    id: stableGuid(`group:${b.key}`),
    displayName: b.title,
    description: b.description,
    kind: "m365",
    ownerIds: [...b.ownerKeys.map(userId), provisioner.id],
    memberIds: b.memberKeys.map(userId),
  }));
  // Teams made for the next plan's boards, linked to no board yet: the administrator owns them
  // (demo/boards.ts spareTeams), so they can pick one, its channel and its people for a new board.
  const spareGroups = (demo.spareTeams ?? []).map<GraphGroup>((t) => ({
    id: stableGuid(`group:${t.key}`),
    displayName: t.title,
    description: t.description,
    kind: "m365",
    ownerIds: t.ownerKeys.map(userId),
    memberIds: t.memberKeys.map(userId),
  }));

  const principal = (kind: PrincipalKind, boardGroupId?: string): string[] => {
    switch (kind) {
      case "administrators":
        return [admins.id];
      case "executive":
        return [executive.id];
      case "readers":
        return [readers.id];
      case "allBoardMembers":
        return boardGroups.map((g) => g.id);
      case "allBoardOwners":
        return boardGroups.map((g) => ownersClaim(g.id));
      case "boardMembers":
        return boardGroupId ? [boardGroupId] : [];
      case "boardOwners":
        return boardGroupId ? [ownersClaim(boardGroupId)] : [];
    }
  };
  const acl = (plan: typeof PERMISSIONS.site, boardGroupId?: string): AclEntry[] =>
    plan.flatMap((e) => principal(e.principal, boardGroupId).map((groupId) => ({ groupId, role: e.role })));

  const state: TenantState = {
    schemaVersion: 6,
    tenantId: stableGuid("tenant"),
    users,
    groups: [executive, readers, admins, ...boardGroups, ...spareGroups],
    otherObjects: [provisioner, display],
    siteUsers: [],
    nextSiteUserId: 7,
    siteAcl: acl(PERMISSIONS.site),
    lists: {},
    roles: { executiveGroupId: executive.id, readersGroupId: readers.id, administratorsGroupId: admins.id },
    personas: demo.personas.map((p) => ({ role: p.role, label: p.label, userId: userId(p.personKey) })),
  };
  // Each board's group is a team with a General and a "Board meetings" channel (graph/teamwork.ts).
  state.teamwork = seedTeamwork(boardGroups, utc(`${demo.plan.startYear}-03-01T09:00`));
  // A team made in Teams starts with its General channel only.
  addTeams(state.teamwork, spareGroups, utc(`${demo.plan.endYear - 1}-09-01T09:00`));
  const generalOf = (groupId: string | undefined) =>
    state.teamwork?.channels[groupId ?? ""]?.find((c) => c.displayName === "General");
  for (const def of ALL_LISTS) {
    const list: StoredList = { title: def.title, nextId: 1, items: [], folders: {} };
    if (def.permissions === "list") list.acl = acl(PERMISSIONS[def.listPermissions ?? "reportReviews"]);
    if (def.permissions === "boardFolders") {
      demo.boards.forEach((b, i) => {
        list.folders[b.key] = {
          acl: acl(PERMISSIONS[def.folderPermissions ?? "boardFolder"], boardGroups[i]?.id),
        };
      });
    }
    state.lists[def.title] = list;
  }

  const tenant = new Tenant(state);
  const siteId = (key: string): number => {
    const user = tenant.user(userId(key));
    if (!user) throw new Error(key);
    return tenant.ensureSiteUser(user).Id;
  };
  for (const p of demo.people) siteId(p.key);
  const admin = siteId(demo.administratorKeys[0] ?? demo.people[0]?.key ?? "");
  const created = utc(`${demo.plan.startYear}-03-01T09:00`);

  const add = (
    title: string,
    folder: string | null,
    fields: Record<string, unknown>,
    meta: Partial<StoredItem> = {},
  ): StoredItem => {
    const list = state.lists[title];
    if (!list) throw new Error(title);
    const item: StoredItem = {
      Id: list.nextId++,
      folder,
      version: 1,
      fields,
      Created: created,
      Modified: created,
      AuthorId: admin,
      EditorId: admin,
      ...meta,
    };
    list.items.push(item);
    return item;
  };

  const plan = add("TB Plans", null, {
    Title: text(demo.plan.title),
    TBStartYear: demo.plan.startYear + offset,
    TBEndYear: demo.plan.endYear + offset,
    TBCurrentYear: text(demo.plan.currentYear),
    TBStatus: "Active",
    TBVision: text(demo.plan.vision),
    TBProgrammeNoun: demo.plan.programmeNoun,
  });
  const boardIds = new Map<string, number>();
  demo.boards.forEach((b, i) => {
    const item = add("TB Boards", null, {
      Title: text(b.title),
      TBPlanId: plan.Id,
      TBGroupId: boardGroups[i]?.id,
      TBFolder: b.key,
      TBChairId: siteId(b.chairKey),
      TBChairRole: b.chairRole,
      TBSponsorId: siteId(b.sponsorKey),
      TBStatus: "Active",
      TBMeetingCadence: b.cadence,
      // The board's tab lives in its team's General channel.
      TBChannelId: generalOf(boardGroups[i]?.id)?.id ?? null,
      TBChannelName: generalOf(boardGroups[i]?.id)?.displayName ?? null,
    });
    boardIds.set(b.key, item.Id);
  });
  const board = (key: string): number => {
    const id = boardIds.get(key);
    if (id === undefined) throw new Error(`Unknown board ${key}`);
    return id;
  };
  const programmeIds = new Map<number, number>();
  for (const p of demo.programmes) {
    const item = add("TB Programmes", null, {
      Title: text(p.title),
      TBPlanId: plan.Id,
      TBNumber: p.number,
      TBDeliveryBoardsId: p.boardKeys.map(board),
      TBOutcome: text(p.outcome),
    });
    programmeIds.set(p.number, item.Id);
  }
  const programme = (n: number): number => {
    const id = programmeIds.get(n);
    if (id === undefined) throw new Error(`Unknown programme ${n}`);
    return id;
  };

  demo.actions.forEach((a, i) => seedAction(a, i));
  function seedAction(a: DemoAction, index: number): void {
    const first = a.updates[0];
    const last = a.updates[a.updates.length - 1];
    const owner = a.ownerKey ? demo.people.find((p) => p.key === a.ownerKey) : undefined;
    const action = add(
      "TB Actions",
      a.boardKey,
      {
        Title: text(a.title),
        TBClientId: `seed-action-${index + 1}`,
        TBPlanId: plan.Id,
        TBBoardId: board(a.boardKey),
        TBProgrammeId: programme(a.programmeNumber),
        TBPlanYear: text(a.planYear),
        TBRef: a.ref,
        TBDescription: text(a.description),
        TBOwnerId: a.ownerKey ? siteId(a.ownerKey) : null,
        TBOwnerOrg: owner?.organisation ?? null,
        TBTargetDate: utc(a.targetDate),
        TBRevisedDate: a.revisedDate ? utc(a.revisedDate) : null,
        TBRevisedReason: a.revisedReason ? text(a.revisedReason) : null,
        TBStatus: a.status,
        TBRag: a.rag,
        TBLastUpdateAt: last ? utc(last.at) : null,
        TBLastUpdateById: last ? siteId(last.byKey) : null,
        TBLastNote: last ? text(last.note) : null,
        // Added through the app like every demo change, so no entry says "changed outside Trust Boards".
        TBChangeId:
          a.updates.length > 0 ? `seed-update-${index + 1}-${a.updates.length}` : `seed-action-${index + 1}`,
      },
      {
        version: Math.max(1, a.updates.length),
        Created: first ? utc(first.at) : created,
        Modified: last ? utc(last.at) : created,
        AuthorId: first ? siteId(first.byKey) : admin,
        EditorId: last ? siteId(last.byKey) : admin,
      },
    );
    const versions: ItemVersion[] = [];
    let status: string = "Not started";
    let rag: string | null = null;
    let date: string | null = null;
    a.updates.forEach((u, n) => {
      const nextStatus = u.status ?? status;
      const nextRag = u.rag === undefined ? rag : u.rag;
      const nextDate = u.revisedDate ? utc(u.revisedDate) : date;
      status = nextStatus;
      rag = nextRag;
      date = nextDate;
      // The action as it stood after this update: one SharePoint version per update.
      versions.push({
        label: n + 1,
        fields: {
          ...action.fields,
          TBStatus: status,
          TBRag: rag,
          TBRevisedDate: date,
          TBRevisedReason: date ? action.fields["TBRevisedReason"] : null,
          TBLastUpdateAt: utc(u.at),
          TBLastUpdateById: siteId(u.byKey),
          TBLastNote: text(u.note),
          // Each demo update was made through the app, so each carries a save id of its own.
          TBChangeId: `seed-update-${index + 1}-${n + 1}`,
        },
        Modified: utc(u.at),
        EditorId: siteId(u.byKey),
      });
    });
    if (versions.length > 0) action.versions = versions;
  }

  demo.risks.forEach((r, i) => {
    const scores = r.scores ?? [];
    const first = scores[0];
    const last = scores[scores.length - 1];
    const risk = add(
      "TB Risks",
      r.boardKey,
      {
        Title: text(r.title),
        TBClientId: `seed-risk-${i + 1}`,
        TBPlanId: plan.Id,
        TBBoardId: board(r.boardKey),
        TBProgrammeId: programme(r.programmeNumber),
        TBRef: r.ref ?? null,
        TBImpactText: text(r.impact),
        TBMitigation: text(r.mitigation),
        TBLikelihood: r.likelihood,
        TBImpact: r.impactScore,
        TBOwnerId: siteId(r.ownerKey),
        TBStatus: "Open",
        TBReviewDate: r.reviewDate ? utc(r.reviewDate) : null,
      },
      first && last
        ? {
            version: scores.length,
            Created: utc(first.at),
            Modified: utc(last.at),
            AuthorId: siteId(first.byKey),
            EditorId: siteId(last.byKey),
          }
        : {},
    );
    // A rescored risk's history: one SharePoint version per score, as the app reads it (domain/risks.ts
    // rescorings). The last is the risk as it stands.
    if (scores.length > 0) {
      risk.versions = scores.map((sc, n) => ({
        label: n + 1,
        fields: { ...risk.fields, TBLikelihood: sc.likelihood, TBImpact: sc.impactScore },
        Modified: utc(sc.at),
        EditorId: siteId(sc.byKey),
      }));
    }
  });
  for (const m of demo.measures) {
    const measure = add("TB Measures", null, {
      Title: text(m.title),
      TBPlanId: plan.Id,
      TBProgrammeId: m.programmeNumber === null ? null : programme(m.programmeNumber),
      TBTarget: text(m.target),
      TBTargetValue: m.targetValue ?? null,
      TBBaseline: m.baseline ?? null,
      TBPolarity: m.polarity,
      TBUnit: m.unit,
    });
    for (const v of m.values) {
      const period = v.quarter ? `${v.planYear} ${v.quarter}` : v.planYear;
      add("TB Measure Values", null, {
        Title: text(`${m.title} ${period}`),
        TBMeasureId: measure.Id,
        TBPlanYear: text(v.planYear),
        TBQuarter: v.quarter ?? null,
        TBValue: v.value,
        TBEngland: v.england ?? null,
        TBNeighbours: v.neighbours ?? null,
        // TBRag is a person's override of the rule's rating, kept only with its reason.
        TBRag: v.override?.rag ?? null,
        TBRagReason: v.override ? text(v.override.reason) : null,
      });
    }
  }
  seedReports();
  /**
   * Highlight reports in the lead board's folder, one SharePoint version per save, and the
   * Executive's decisions in TB Report Reviews naming the version judged (domain/highlightReports.ts).
   */
  function seedReports(): void {
    (demo.reports ?? []).forEach((r, i) => {
      const p = demo.programmes.find((x) => x.number === r.programmeNumber);
      const lead = p?.boardKeys[0];
      if (!lead) throw new Error(`Programme ${r.programmeNumber} has no lead board`);
      const first = r.saves[0];
      const last = r.saves[r.saves.length - 1];
      if (!first || !last) throw new Error(`Report ${i + 1} was never saved`);
      const report = add(
        "TB Highlight Reports",
        lead,
        {
          Title: text(`Programme ${r.programmeNumber}: ${r.quarter} ${r.planYear}`),
          TBClientId: `seed-report-${i + 1}`,
          TBPlanId: plan.Id,
          TBBoardId: board(lead),
          TBProgrammeId: programme(r.programmeNumber),
          TBPlanYear: text(r.planYear),
          TBQuarter: r.quarter,
          TBStatus: last.status,
          TBRag: r.rag,
          TBTrend: r.trend,
          TBReason: text(r.reason),
          TBAchievements: text(r.achievements),
          TBSlippage: text(r.slippage),
          TBIssuesRisks: text(r.issuesRisks),
          TBNextQuarter: text(r.nextQuarter),
          TBDecisions: text(r.decisions),
          TBFigures: JSON.stringify(reportFigures(r.programmeNumber, last.at, r.planYear, r.quarter)),
        },
        {
          version: r.saves.length,
          Created: utc(first.at),
          Modified: utc(last.at),
          AuthorId: siteId(first.byKey),
          EditorId: siteId(last.byKey),
        },
      );
      report.versions = r.saves.map((save, n) => ({
        label: n + 1,
        fields: { ...report.fields, TBStatus: save.status },
        Modified: utc(save.at),
        EditorId: siteId(save.byKey),
      }));
      r.reviews.forEach((review, n) => {
        if (review.version < 1 || review.version > r.saves.length)
          throw new Error(`Report ${i + 1} has no version ${review.version}`);
        const by = siteId(review.byKey);
        add(
          "TB Report Reviews",
          null,
          {
            Title: text(`${review.decision}: programme ${r.programmeNumber}, ${r.quarter} ${r.planYear}`),
            TBClientId: `seed-review-${i + 1}-${n + 1}`,
            TBPlanId: plan.Id,
            TBBoardId: board(lead),
            TBReportId: report.Id,
            TBReportVersion: review.version,
            TBPlanYear: text(r.planYear),
            TBQuarter: r.quarter,
            TBDecision: review.decision,
            TBComment: review.comment === "" ? null : text(review.comment),
          },
          { Created: utc(review.at), Modified: utc(review.at), AuthorId: by, EditorId: by },
        );
      });
    });
    (demo.summaries ?? []).forEach((s, i) => {
      const by = siteId(s.byKey);
      add(
        "TB Executive Summaries",
        null,
        {
          Title: text(`Executive Summary ${s.quarter} ${s.planYear}`),
          TBClientId: `seed-summary-${i + 1}`,
          TBPlanId: plan.Id,
          TBPlanYear: text(s.planYear),
          TBQuarter: s.quarter,
          TBNarrative: text(s.narrative),
        },
        { Created: utc(s.at), Modified: utc(s.at), AuthorId: by, EditorId: by },
      );
    });
  }
  /** A programme's action counts as they stood when a report was saved (its TBFigures). */
  function reportFigures(
    programmeNumber: number,
    at: string,
    planYear: string,
    quarter: string,
  ): ReportFigures {
    const quarterEnd = { Q1: "-06-30", Q2: "-09-30", Q3: "-12-31", Q4: "-03-31" }[quarter] ?? "-03-31";
    const startYear = Number(planYear.slice(0, 4));
    const end = `${quarter === "Q4" ? startYear + 1 : startYear}${quarterEnd}`;
    const figures: ReportFigures = {
      red: 0,
      amber: 0,
      green: 0,
      complete: 0,
      noRating: 0,
      withdrawn: 0,
      missed: 0,
      revised: 0,
    };
    for (const a of demo.actions.filter((x) => x.programmeNumber === programmeNumber)) {
      const seen = a.updates.filter((u) => u.at <= at);
      if (seen.length === 0) continue;
      let status = "Not started";
      let rag: string | null = null;
      let revised: string | undefined;
      for (const u of seen) {
        status = u.status ?? status;
        if (u.rag !== undefined) rag = u.rag;
        if (u.revisedDate) revised = u.revisedDate;
      }
      if (status === "Complete") figures.complete++;
      else if (status === "Withdrawn") figures.withdrawn++;
      else if (rag === "Red") figures.red++;
      else if (rag === "Amber") figures.amber++;
      else if (rag === "Green") figures.green++;
      else figures.noRating++;
      if (revised) figures.revised++;
      const open = status === "Not started" || status === "In progress";
      if (open && (revised ?? a.targetDate) <= end) figures.missed++;
    }
    return figures;
  }
  for (let year = demo.plan.startYear; year < demo.plan.endYear; year++) {
    const quarterEnds = [`${year}-06-30`, `${year}-09-30`, `${year}-12-31`, `${year + 1}-03-31`];
    quarterEnds.forEach((end, q) => {
      const endDate = new Date(`${end}T12:00:00Z`);
      const plus = (days: number): string =>
        new Date(endDate.getTime() + days * 86400000).toISOString().slice(0, 10);
      add("TB Reporting Calendar", null, {
        Title: `${text(`${year}/${String((year + 1) % 100).padStart(2, "0")}`)} Q${q + 1}`,
        TBPlanId: plan.Id,
        TBPlanYear: text(`${year}/${String((year + 1) % 100).padStart(2, "0")}`),
        TBQuarter: `Q${q + 1}`,
        TBUpdatesDue: utc(plus(10)),
        TBReportsDue: utc(plus(21)),
      });
    });
  }
  // Each board's last meeting, four weeks ago, with its minutes published: locked as publishing leaves
  // them (PERMISSIONS.publishedMinutes, docs/HISTORY.md), so the demo shows a published record.
  const lastMeeting = new Date(now.getTime() - 28 * 86400000).toISOString().slice(0, 10);
  const nextMeetingDay = new Date(now.getTime() + 7 * 86400000).toISOString().slice(0, 10);
  demo.boards.forEach((b, i) => {
    const lockedAcl = acl(PERMISSIONS.publishedMinutes, boardGroups[i]?.id);
    const chair = siteId(b.chairKey);
    const meta = { AuthorId: chair, EditorId: chair, acl: lockedAcl };
    const meeting = add(
      "TB Meetings",
      b.key,
      {
        Title: `${b.title}: monthly meeting`,
        TBClientId: stableGuid(`meeting:${b.key}:last`),
        TBBoardId: board(b.key),
        TBDate: localIsoToUtc(`${lastMeeting}T14:00`),
        TBEnd: localIsoToUtc(`${lastMeeting}T16:00`),
        TBPlace: "County Hall, Committee Room 2",
        TBOnlineUrl: null,
        TBCancelled: false,
        TBStatus: "Minutes published",
        // The chair and the first members came; the last member sent apologies.
        TBAttendeesId: [chair, ...b.memberKeys.slice(0, 3).map(siteId)].filter(
          (id, at, all) => all.indexOf(id) === at,
        ),
        TBApologiesId: b.memberKeys.slice(-1).map(siteId),
        TBGuests: JSON.stringify([{ name: "Principal Social Worker", organisation: "County Council" }]),
        TBCurrentItemId: null,
        TBPreviousMeetingId: null,
        TBPreviousApprovedAt: null,
        TBMinutesVersion: 1,
        TBApprovedAt: localIsoToUtc(`${lastMeeting}T17:00`),
        TBApprovedById: chair,
        TBDocumentUrl: null,
      },
      meta,
    );
    const standing = [
      "Welcome and apologies",
      "Minutes of the last meeting and matters arising",
      "Action plan by exception",
    ];
    standing.forEach((title, order) =>
      add(
        "TB Meeting Items",
        b.key,
        {
          Title: title,
          TBClientId: stableGuid(`meeting-item:${b.key}:last:${order}`),
          TBBoardId: board(b.key),
          TBMeetingId: meeting.Id,
          TBOrder: order + 1,
          TBKind: "Standing",
          TBAgendaKind: (["welcome", "lastMinutes", "actionPlan"] as const)[order],
          TBActionId: null,
          TBActionIds: null,
          TBRemoved: false,
          TBMinutes: order === 2 ? "The board reviewed the actions that are overdue or Red." : "",
        },
        meta,
      ),
    );
    add(
      "TB Decisions",
      b.key,
      {
        Title: "Overdue actions are reported to the Executive each quarter",
        TBClientId: stableGuid(`decision:${b.key}:last`),
        TBBoardId: board(b.key),
        TBMeetingId: meeting.Id,
        TBItemId: null,
        TBDecision:
          "Overdue actions are reported to the Executive each quarter with the reason and a revised date.",
      },
      meta,
    );
    // The next meeting, a week ahead: what the chair prepares for (journey 4).
    add(
      "TB Meetings",
      b.key,
      {
        Title: `${b.title}: monthly meeting`,
        TBClientId: stableGuid(`meeting:${b.key}:next`),
        TBBoardId: board(b.key),
        TBDate: localIsoToUtc(`${nextMeetingDay}T14:00`),
        TBEnd: localIsoToUtc(`${nextMeetingDay}T16:00`),
        TBPlace: "County Hall, Committee Room 2",
        TBOnlineUrl: null,
        TBCancelled: false,
        TBStatus: "Planned",
        TBAttendeesId: [],
        TBApologiesId: [],
        TBGuests: null,
        TBCurrentItemId: null,
        TBPreviousMeetingId: null,
        TBPreviousApprovedAt: null,
        TBMinutesVersion: 0,
        TBApprovedAt: null,
        TBApprovedById: null,
        TBDocumentUrl: null,
      },
      { AuthorId: chair, EditorId: chair },
    );
  });
  // Board folders are list items too. Real provisioning makes them first; here they take the ids after
  // the seeded items, so the demo's item ids stay as they were.
  for (const list of Object.values(tenant.state.lists)) {
    for (const folder of Object.values(list.folders)) folder.itemId = list.nextId++;
  }
  return tenant.state;
}

/**
 * The demo tenant before provisioning (scripts/provision.ts): the same people, groups and teams, but a
 * site as SharePoint makes it — no lists, no custom permission levels, only its owners (the plan
 * administrators) in its permissions, and SharePoint's default regional settings (English (United
 * States), Pacific time). The administrator persona is a site collection administrator, as whoever
 * provisions the site must be (it breaks inheritance on lists it may then hold no role on).
 */
export function bareSite(seeded: TenantState): TenantState {
  const state = structuredClone(seeded);
  state.lists = {};
  state.customRoles = [];
  state.siteAcl = [{ groupId: state.roles.administratorsGroupId, role: "Full Control" }];
  state.site = { locale: "en-US" };
  state.siteCollectionAdmins = provisioners(state);
  return state;
}

/** Who provisions the emulated site: the administrator persona. */
const provisioners = (state: TenantState): string[] =>
  state.personas.filter((p) => p.role === "administrator").map((p) => p.userId);

/**
 * The demo site as a provisioning run that stopped halfway leaves it: regional settings done, "Contribute
 * without delete" made but not "Manage minutes", the Executive not yet given the site; the first four lists
 * made (with their data) but TB Actions without its last three columns, its status column unindexed, its
 * client id not yet unique and versioning still off; TB Risks made under its address but not yet
 * renamed, with no columns; no other list; board folders only for the first board in TB Actions.
 */
export function partialSite(seeded: TenantState): TenantState {
  const state = structuredClone(seeded);
  const keep = ["TB Plans", "TB Boards", "TB Programmes", "TB Actions"];
  for (const title of Object.keys(state.lists)) if (!keep.includes(title)) delete state.lists[title];
  const actions = state.lists["TB Actions"];
  const def = ALL_LISTS.find((l) => l.title === "TB Actions");
  if (actions && def) {
    const fields = def.fields.slice(0, -3).map((f) => {
      if (f.name === "TBStatus") return { ...f, indexed: false };
      if (f.name === "TBClientId") return { ...f, unique: false };
      return { ...f };
    });
    actions.schema = {
      template: 100,
      url: "TBActions",
      description: def.description,
      enableVersioning: false,
      majorVersionLimit: 50,
      enableFolderCreation: true,
      fields,
    };
    const [first] = Object.keys(actions.folders);
    for (const name of Object.keys(actions.folders)) if (name !== first) delete actions.folders[name];
    actions.items = actions.items.filter((i) => i.folder === null || i.folder === first);
  }
  state.lists["TBRisks"] = {
    title: "TBRisks",
    nextId: 1,
    items: [],
    folders: {},
    schema: {
      template: 100,
      url: "TBRisks",
      description: "",
      enableVersioning: false,
      majorVersionLimit: 50,
      enableFolderCreation: false,
      fields: [],
    },
  };
  state.customRoles = [
    {
      id: 1073741928,
      name: "Contribute without delete",
      description:
        "Trust Boards: can view, add and update list items, but not delete items or versions, so every change stays in the item's history.",
      high: basePermissions(roleDefinition("Contribute without delete")).High,
      low: basePermissions(roleDefinition("Contribute without delete")).Low,
    },
  ];
  state.siteAcl = state.siteAcl.filter(
    (e) => !("groupId" in e && e.groupId === state.roles.executiveGroupId),
  );
  state.siteCollectionAdmins = provisioners(state);
  return state;
}
