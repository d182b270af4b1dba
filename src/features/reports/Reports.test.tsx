// @vitest-environment jsdom
/**
 * Highlight reports against the emulated tenant: the chair drafts from the data, edits and submits;
 * the Executive returns with a comment; the chair revises and resubmits; the Executive approves.
 * SharePoint itself refuses a board member's decision (TB Report Reviews: Executive and administrators only).
 */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { boardIdByFolder, renderApp, servicesFor } from "../../../tests/renderApp";
import { SITE_URL, tenant } from "../../../tests/tenant/testTenant";
import { addReview, createReport, submitReport } from "../../data/sharepoint/reports";
import type { ReportSections } from "../../domain/highlightReports";
import { archiveDemoPlan } from "../home/planFixtures";

const board = (): number => boardIdByFolder("early-help");
/** A programme the Early Help board leads (the first of its delivering boards). */
function ledProgramme(): { id: number; number: number } {
  const item = tenant.state.lists["TB Programmes"]?.items.find(
    (i) => (i.fields["TBDeliveryBoardsId"] as number[] | undefined)?.[0] === board(),
  );
  if (!item) throw new Error("The demo should have a programme led by Early Help");
  return { id: item.Id, number: item.fields["TBNumber"] as number };
}
/** The demo seed may hold reports of its own; each test starts from none for its programme and quarter. */
function clearReports(programmeId: number, quarter: string): void {
  const list = tenant.state.lists["TB Highlight Reports"];
  if (list)
    list.items = list.items.filter(
      (i) => !(i.fields["TBProgrammeId"] === programmeId && i.fields["TBQuarter"] === quarter),
    );
}
const page = (programmeId: number, quarter = "2026-27-Q3"): string =>
  `#/board/${board()}/reports?programme=${programmeId}&quarter=${quarter}`;

const content: ReportSections = {
  rag: "Amber",
  trend: "Stable",
  reason: "Two actions slipped.",
  achievements: "",
  slippage: "",
  issuesRisks: "",
  nextQuarter: "",
  decisions: "",
  figures: null,
};

/** A submitted Q3 report, written through the chair's own client. */
async function submittedReport(programmeId: number) {
  const { sp } = servicesFor("chair");
  const created = await createReport(
    sp,
    SITE_URL,
    {
      planId: tenant.state.lists["TB Boards"]!.items.find((b) => b.Id === board())!.fields[
        "TBPlanId"
      ] as number,
      boardId: board(),
      boardFolder: "early-help",
      programmeId,
      planYear: "2026/27",
      quarter: "Q3",
      title: "Test report",
    },
    content,
    crypto.randomUUID(),
  );
  return submitReport(sp, created, content);
}

describe("highlight reports", () => {
  it("lets the chair draft a report from the data, fix what is missing, and submit it", async () => {
    const user = userEvent.setup();
    const p = ledProgramme();
    clearReports(p.id, "Q3");
    renderApp("chair", page(p.id));
    await user.click(await screen.findByRole("button", { name: "Draft from the data" }));
    expect(await screen.findByText("Drafted from the data")).toBeInTheDocument();
    expect(screen.getByText(/open risk/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Slippage" })).not.toHaveValue("");

    await user.selectOptions(screen.getByRole("combobox", { name: "Current status" }), "Amber");
    const reason = screen.getByRole("textbox", { name: "Reason for current status" });
    await user.clear(reason);
    await user.click(screen.getByRole("button", { name: "Submit to the Executive" }));
    expect(
      await screen.findByText(/a reason is required when the status is Red or Amber/),
    ).toBeInTheDocument();

    await user.type(reason, "Two actions slipped.");
    await user.type(screen.getByRole("textbox", { name: "Decisions required" }), "Agree the new dates.");
    await user.click(screen.getByRole("button", { name: "Submit to the Executive" }));
    const standing = await screen.findByRole("region", { name: "Where it stands" });
    await waitFor(() => expect(within(standing).getByText("Submitted")).toBeInTheDocument());
    expect(screen.getByText(/Amber · (Stable|Improving|Declining) [→↑↓]/)).toBeInTheDocument();
    const stored = tenant.state.lists["TB Highlight Reports"]!.items.filter(
      (i) => i.fields["TBProgrammeId"] === p.id && i.fields["TBQuarter"] === "Q3",
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.fields).toMatchObject({
      TBStatus: "Submitted",
      TBRag: "Amber",
      TBReason: "Two actions slipped.",
      TBDecisions: "Agree the new dates.",
    });
    expect(stored[0]?.folder).toBe("early-help");
  });

  it("takes a return with a comment, a revision, a resubmission and an approval", async () => {
    const user = userEvent.setup();
    const p = ledProgramme();
    clearReports(p.id, "Q3");
    await submittedReport(p.id);

    // The Executive returns it: a comment is required.
    renderApp("executive", page(p.id));
    await user.click(await screen.findByRole("button", { name: "Return with a comment" }));
    expect(await screen.findByText(/only be returned with a comment/)).toBeInTheDocument();
    await user.type(
      screen.getByRole("textbox", { name: /Comment for the board/ }),
      "Say what is being done about the slipped dates.",
    );
    await user.click(screen.getByRole("button", { name: "Return with a comment" }));
    expect(await screen.findByText("Returned by the Trust Executive")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Approve" })).not.toBeInTheDocument();
    cleanup();

    // The chair sees the comment, revises and submits again.
    renderApp("chair", page(p.id));
    expect(await screen.findByText("Returned by the Trust Executive")).toBeInTheDocument();
    expect(screen.getByText("Say what is being done about the slipped dates.")).toBeInTheDocument();
    await user.type(
      screen.getByRole("textbox", { name: "Slippage" }),
      "New dates agreed with the providers.",
    );
    await user.click(screen.getByRole("button", { name: "Submit again to the Executive" }));
    expect(await screen.findByText(/Submitted again after the Executive returned it/)).toBeInTheDocument();
    cleanup();

    // The Executive approves the new version.
    renderApp("executive", page(p.id));
    await user.click(await screen.findByRole("button", { name: "Approve" }));
    const standing = await screen.findByRole("region", { name: "Where it stands" });
    await waitFor(() => expect(within(standing).getByText("Approved")).toBeInTheDocument());
    expect(screen.queryByRole("button", { name: "Approve" })).not.toBeInTheDocument();
    const reviews = tenant.state.lists["TB Report Reviews"]!.items.filter(
      (i) => (i.fields["TBComment"] as string | undefined) !== undefined,
    );
    const decisions = reviews.map((r) => [r.fields["TBDecision"], r.fields["TBReportVersion"]]);
    expect(decisions.slice(-2)).toEqual([
      ["Returned", 2],
      ["Approved", 3],
    ]);
  });

  it("refuses a board member's approval at SharePoint, and shows a member no decision buttons", async () => {
    const p = ledProgramme();
    clearReports(p.id, "Q3");
    const report = await submittedReport(p.id);
    await expect(
      addReview(servicesFor("member").sp, { report, decision: "Approved", comment: "" }, crypto.randomUUID()),
    ).rejects.toMatchObject({ kind: "access", status: 403 });
    renderApp("member", page(p.id));
    expect(await screen.findByRole("region", { name: "Where it stands" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Approve" })).not.toBeInTheDocument();
  });

  it("says in words how late a report past its due date is, on the list and on the chair's board home", async () => {
    const p = ledProgramme();
    clearReports(p.id, "Q2");
    renderApp("member", `#/board/${board()}/reports`);
    const list = await screen.findByRole("list", { name: `Reports for improvement programme ${p.number}` });
    const q2 = within(list).getByRole("link", { name: "Q2 2026/27 report" }).closest("li")!;
    // Q2 reports were due on 21 Oct 2026; "today" in the tests is 22 Nov 2026.
    expect(q2).toHaveTextContent("Due 21 Oct 2026");
    expect(q2).toHaveTextContent("Late by 32 days");
    cleanup();

    renderApp("chair", `#/board/${board()}`);
    expect(await screen.findByText("Highlight reports need you", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: `improvement programme ${p.number}, Q2 2026/27` }),
    ).toHaveAttribute("href", page(p.id, "2026-27-Q2"));
  });

  it("keeps an archived plan's reports to read: no drafting, submitting or deciding", async () => {
    const p = ledProgramme();
    clearReports(p.id, "Q3");
    await submittedReport(p.id);
    archiveDemoPlan();
    renderApp("executive", page(p.id));
    expect(
      await screen.findByText(
        /This report is part of the archived plan .+: you can read it, not change it\./,
      ),
    ).toBeInTheDocument();
    const standing = await screen.findByRole("region", { name: "Where it stands" });
    expect(within(standing).getByText("Submitted")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Approve" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Return with a comment" })).not.toBeInTheDocument();
    cleanup();

    clearReports(p.id, "Q3");
    renderApp("chair", page(p.id));
    expect(await screen.findByText(/The board has not started this report yet/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Draft from the data" })).not.toBeInTheDocument();
  });
});
