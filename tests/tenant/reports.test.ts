/**
 * Quarter close over SharePoint REST, as each persona would send it through the production PnPjs
 * instance: who may write highlight reports, who may decide on them (TB Report Reviews), and who may
 * open the Executive's own list (TB Executive Summaries). The UI hides what a person cannot do; these
 * prove SharePoint refuses it anyway.
 */
import type { SPFI } from "@pnp/sp";
import { describe, expect, it } from "vitest";
import {
  Actions,
  ExecutiveSummaries,
  HighlightReports,
  Measures,
  MeasureValues,
  ReportReviews,
  Risks,
} from "../../manifest";
import { fixedTokenProvider } from "../../src/app/tokens";
import { createInFolder } from "../../src/data/sharepoint/common";
import { readPlanRecord } from "../../src/data/sharepoint/planRecord";
import { createSp } from "../../src/data/sharepoint/sp";
import { buildExecutiveRollup } from "../../src/domain/executiveRollup";
import type { StoredItem } from "./state";
import { persona, SITE_URL, tenant, type PersonaRole } from "./testTenant";

const spAs = (role: PersonaRole): SPFI => createSp(SITE_URL, fixedTokenProvider(persona(role).token));
const itemsOf = (sp: SPFI, title: string) => sp.web.lists.getByTitle(title).items;
const stored = (title: string): StoredItem[] => tenant.state.lists[title]?.items ?? [];

/** The HTTP status a request ended with (0 when it succeeded). */
async function statusOf(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return 0;
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

/** A seeded highlight report, by its lead board's folder, quarter and status. */
function report(folder: string, quarter: string, status = "Submitted"): StoredItem {
  const found = stored(HighlightReports.title).find(
    (i) => i.folder === folder && i.fields["TBQuarter"] === quarter && i.fields["TBStatus"] === status,
  );
  if (!found) throw new Error(`No ${status} ${quarter} report in ${folder}`);
  return found;
}

const planId = () => stored("TB Plans")[0]!.Id;
const boardId = (folder: string) => stored("TB Boards").find((b) => b.fields["TBFolder"] === folder)!.Id;

/** What the Executive writes to decide on a report version. */
const review = (r: StoredItem, decision: "Approved" | "Returned", comment: string | null) => ({
  Title: `${decision}: report ${r.Id}`,
  TBClientId: crypto.randomUUID(),
  TBPlanId: planId(),
  TBBoardId: r.fields["TBBoardId"],
  TBReportId: r.Id,
  TBReportVersion: r.version,
  TBPlanYear: r.fields["TBPlanYear"],
  TBQuarter: r.fields["TBQuarter"],
  TBDecision: decision,
  TBComment: comment,
});

/** A new Q4 draft for a programme whose report lives in `folder`, as the data layer creates one. */
const draft = (sp: SPFI, folder: string, programmeId: number) =>
  createInFolder(sp, SITE_URL, HighlightReports, folder, crypto.randomUUID(), [
    { FieldName: "Title", FieldValue: "Programme report Q4" },
    { FieldName: "TBPlanId", FieldValue: String(planId()) },
    { FieldName: "TBBoardId", FieldValue: String(boardId(folder)) },
    { FieldName: "TBProgrammeId", FieldValue: String(programmeId) },
    { FieldName: "TBPlanYear", FieldValue: "2026/27" },
    { FieldName: "TBQuarter", FieldValue: "Q4" },
    { FieldName: "TBStatus", FieldValue: "Draft" },
    { FieldName: "TBRag", FieldValue: "Amber" },
    { FieldName: "TBReason", FieldValue: "Two actions are behind their revised dates." },
  ]);

describe("the Executive decides on reports in TB Report Reviews", () => {
  it("approves a submitted report, naming the version it judged", async () => {
    const r = report("social-care", "Q2");
    const before = stored(ReportReviews.title).length;
    await itemsOf(spAs("executive"), ReportReviews.title).add(review(r, "Approved", null));
    const added = stored(ReportReviews.title);
    expect(added).toHaveLength(before + 1);
    const decision = added[added.length - 1]!;
    expect(decision.fields).toMatchObject({
      TBReportId: r.Id,
      TBReportVersion: r.version,
      TBDecision: "Approved",
    });
    // SharePoint stamps who decided: the Executive member, not whoever the body names.
    expect(tenant.siteUser(decision.AuthorId)?.Title).toBe(persona("executive").displayName);
  });

  it("returns a report with a comment", async () => {
    const r = report("mental-health", "Q2");
    await itemsOf(spAs("executive"), ReportReviews.title).add(
      review(r, "Returned", "Please give revised dates for the Red actions."),
    );
    const decision = stored(ReportReviews.title).at(-1)!;
    expect(decision.fields["TBDecision"]).toBe("Returned");
    expect(decision.fields["TBComment"]).toBe("Please give revised dates for the Red actions.");
  });

  it("lets board members and readers read the decisions", async () => {
    for (const role of ["member", "chair", "reader"] as const) {
      const rows = await itemsOf(spAs(role), ReportReviews.title).select("Id", "TBDecision")();
      expect(rows.length, role).toBe(stored(ReportReviews.title).length);
    }
  });
});

describe("the Executive only approves or returns: it never edits the boards' records", () => {
  const inFolder = (title: string, folder: string) =>
    stored(title).find((i) => i.folder === folder && !i.isFolder)!;

  it.each([Actions.title, Risks.title, HighlightReports.title])(
    "cannot change or add an item of %s in a board's folder (403)",
    async (title) => {
      const sp = spAs("executive");
      const item = inFolder(title, "early-help");
      const before = structuredClone(item.fields);
      expect(await statusOf(() => itemsOf(sp, title).getById(item.Id).update({ Title: "Changed" }))).toBe(
        403,
      );
      expect(item.fields).toEqual(before);
      const list = title === Actions.title ? Actions : title === Risks.title ? Risks : HighlightReports;
      const count = stored(title).length;
      expect(
        await statusOf(() =>
          createInFolder(sp, SITE_URL, list, "early-help", crypto.randomUUID(), [
            { FieldName: "Title", FieldValue: "Added by the Executive" },
          ]),
        ),
      ).toBe(403);
      expect(stored(title)).toHaveLength(count);
    },
  );

  it.each([Measures.title, MeasureValues.title])(
    "cannot change or add an item of %s (403)",
    async (title) => {
      const sp = spAs("executive");
      const item = stored(title)[0]!;
      const before = structuredClone(item.fields);
      expect(await statusOf(() => itemsOf(sp, title).getById(item.Id).update({ Title: "Changed" }))).toBe(
        403,
      );
      expect(item.fields).toEqual(before);
      const count = stored(title).length;
      expect(await statusOf(() => itemsOf(sp, title).add({ Title: "Added by the Executive" }))).toBe(403);
      expect(stored(title)).toHaveLength(count);
    },
  );
});

describe.each(["member", "chair"] as const)("a board's %s", (role) => {
  it("cannot add or change a decision on a report (403)", async () => {
    const sp = spAs(role);
    const own = report("early-help", "Q2");
    const count = stored(ReportReviews.title).length;
    expect(await statusOf(() => itemsOf(sp, ReportReviews.title).add(review(own, "Approved", null)))).toBe(
      403,
    );
    expect(stored(ReportReviews.title)).toHaveLength(count);
    const returned = stored(ReportReviews.title).find((r) => r.fields["TBDecision"] === "Returned")!;
    expect(
      await statusOf(() =>
        itemsOf(sp, ReportReviews.title).getById(returned.Id).update({ TBDecision: "Approved" }),
      ),
    ).toBe(403);
    expect(returned.fields["TBDecision"]).toBe("Returned");
  });

  it("cannot mark their own report Approved: that is not one of its statuses (400)", async () => {
    const own = report("early-help", "Q3", "Draft");
    const status = await statusOf(() =>
      itemsOf(spAs(role), HighlightReports.title).getById(own.Id).update({ TBStatus: "Approved" }),
    );
    expect(status).toBe(400);
    expect(own.fields["TBStatus"]).toBe("Draft");
  });

  it("cannot backdate a submission: Modified, Created, Author and Editor are SharePoint's (400)", async () => {
    const own = report("early-help", "Q3", "Draft");
    const { Modified, version } = own;
    for (const change of [
      { TBStatus: "Submitted", Modified: "2026-10-01T09:00:00Z" },
      { Created: "2026-10-01T09:00:00Z" },
      { AuthorId: own.AuthorId },
      { EditorId: own.AuthorId },
    ]) {
      const refusal = await itemsOf(spAs(role), HighlightReports.title)
        .getById(own.Id)
        .update(change)
        .then(
          () => ({ status: 0, message: "" }),
          (e: { status?: number; message?: string }) => ({ status: e.status, message: e.message ?? "" }),
        );
      expect(refusal.status, JSON.stringify(change)).toBe(400);
      expect(refusal.message).toContain("may be read only");
    }
    expect(own).toMatchObject({ Modified, version });
    expect(own.fields["TBStatus"]).toBe("Draft");
  });

  it("drafts and submits their own board's report; SharePoint stamps when", async () => {
    const sp = spAs(role);
    const programmeId = report("early-help", "Q2").fields["TBProgrammeId"] as number;
    const id = await draft(sp, "early-help", programmeId);
    await itemsOf(sp, HighlightReports.title).getById(id).update({ TBStatus: "Submitted" });
    const saved = stored(HighlightReports.title).find((i) => i.Id === id)!;
    expect(saved).toMatchObject({ folder: "early-help", version: 2 });
    expect(saved.fields["TBStatus"]).toBe("Submitted");
    expect(Date.now() - Date.parse(saved.Modified)).toBeLessThan(60_000);
  });

  it("cannot write another board's report", async () => {
    const sp = spAs(role);
    const other = report("mental-health", "Q2");
    const count = stored(HighlightReports.title).length;
    // Adding to a folder they hold no role in is refused outright.
    expect(await statusOf(() => draft(sp, "mental-health", other.fields["TBProgrammeId"] as number))).toBe(
      403,
    );
    expect(stored(HighlightReports.title)).toHaveLength(count);
    // They cannot even see the other board's report, so SharePoint says it does not exist.
    expect(
      await statusOf(() => itemsOf(sp, HighlightReports.title).getById(other.Id).update({ TBRag: "Green" })),
    ).toBe(404);
    expect(other.fields["TBRag"]).toBe("Amber");
  });
});

describe("a report filed for another board's programme", () => {
  it("is written (SharePoint cannot tell) but never counts: only the lead board's folder speaks for a programme", async () => {
    const real = report("mental-health", "Q2");
    const programmeId = real.fields["TBProgrammeId"] as number;
    // A member of Early Help plants a glowing Q2 report for Mental Health's programme in their own
    // folder, with every column claiming Mental Health.
    const member = spAs("member");
    const planted = await createInFolder(
      member,
      SITE_URL,
      HighlightReports,
      "early-help",
      crypto.randomUUID(),
      [
        { FieldName: "Title", FieldValue: "Planted" },
        { FieldName: "TBPlanId", FieldValue: String(planId()) },
        { FieldName: "TBBoardId", FieldValue: String(boardId("mental-health")) },
        { FieldName: "TBProgrammeId", FieldValue: String(programmeId) },
        { FieldName: "TBPlanYear", FieldValue: "2026/27" },
        { FieldName: "TBQuarter", FieldValue: "Q2" },
        { FieldName: "TBStatus", FieldValue: "Submitted" },
        { FieldName: "TBRag", FieldValue: "Green" },
      ],
    );
    expect(stored(HighlightReports.title).some((i) => i.Id === planted)).toBe(true);

    const quarter = { planYear: "2026/27", quarter: "Q2" } as const;
    const now = new Date();
    const record = await readPlanRecord(spAs("executive"), { planId: planId(), quarter, now });
    const rollup = buildExecutiveRollup(record, quarter, now);
    const line = rollup.reports.find((l) => l.programmeId === programmeId)!;
    expect(line.reportId).toBe(real.Id);
    expect(rollup.programmes.find((p) => p.programmeId === programmeId)?.status).toBe(real.fields["TBRag"]);
  });
});

describe("TB Executive Summaries: the Executive and plan administrators only", () => {
  it.each(["reader", "outsider", "member", "chair"] as const)(
    "refuses the %s outright, rather than showing an empty list (403)",
    async (role) => {
      const sp = spAs(role);
      expect(await statusOf(() => itemsOf(sp, ExecutiveSummaries.title)())).toBe(403);
      expect(await statusOf(() => itemsOf(sp, ExecutiveSummaries.title).getById(1)())).toBe(403);
      const count = stored(ExecutiveSummaries.title).length;
      expect(
        await statusOf(() =>
          itemsOf(sp, ExecutiveSummaries.title).add({
            TBClientId: crypto.randomUUID(),
            TBPlanId: planId(),
            TBPlanYear: "2026/27",
            TBQuarter: "Q3",
            TBNarrative: "Not mine to write.",
          }),
        ),
      ).toBe(403);
      expect(stored(ExecutiveSummaries.title)).toHaveLength(count);
    },
  );

  it.each(["executive", "administrator"] as const)("lets the %s read and add a narrative", async (role) => {
    const sp = spAs(role);
    const seeded = await itemsOf(sp, ExecutiveSummaries.title).select("Id", "TBQuarter")();
    expect(seeded.length).toBeGreaterThanOrEqual(2);
    await itemsOf(sp, ExecutiveSummaries.title).add({
      TBClientId: crypto.randomUUID(),
      TBPlanId: planId(),
      TBPlanYear: "2026/27",
      TBQuarter: "Q3",
      TBNarrative: "Quarter 3 shows more pace, but re-referrals are still rising.",
    });
    expect(stored(ExecutiveSummaries.title).at(-1)?.fields["TBNarrative"]).toContain("Quarter 3");
  });
});

describe("the seeded quarter close", () => {
  it("files each report in its lead board's folder, with reviews naming a submitted version of it", () => {
    const reports = stored(HighlightReports.title);
    for (const r of stored(ReportReviews.title)) {
      const judged = reports.find((x) => x.Id === r.fields["TBReportId"]);
      expect(judged, `review ${r.Id}`).toBeDefined();
      const version = judged?.versions?.find((v) => v.label === r.fields["TBReportVersion"]);
      expect(version?.fields["TBStatus"], `review ${r.Id}`).toBe("Submitted");
      expect(Date.parse(r.Created)).toBeGreaterThan(Date.parse(version?.Modified ?? ""));
      expect(judged?.fields["TBBoardId"]).toBe(r.fields["TBBoardId"]);
    }
    // The returned report stands at the version the Executive returned.
    const returned = stored(ReportReviews.title).find((r) => r.fields["TBDecision"] === "Returned")!;
    expect(reports.find((x) => x.Id === returned.fields["TBReportId"])?.version).toBe(
      returned.fields["TBReportVersion"],
    );
  });

  it("keeps ORG0009's rescoring as SharePoint versions: 15 at the start of the year, 20 now", () => {
    const org = stored(Risks.title).find((r) => r.fields["TBRef"] === "ORG0009")!;
    const scores = (org.versions ?? []).map(
      (v) => (v.fields["TBLikelihood"] as number) * (v.fields["TBImpact"] as number),
    );
    expect(scores).toEqual([15, 20]);
    expect(org.version).toBe(2);
    expect((org.fields["TBLikelihood"] as number) * (org.fields["TBImpact"] as number)).toBe(20);
  });
});
