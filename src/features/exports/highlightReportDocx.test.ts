/**
 * A programme's Highlight Report opens in Word with its status as a word, its trend in words and
 * symbol, every section the board wrote, and where the report stands with the Executive.
 */
import mammoth from "mammoth";
import { reportStanding } from "../../domain/highlightReports";
import { APPROVAL, EXEC, aReport, bytesOf, headingsOf, tableHeaded, wordHtml } from "./exportsFixture";
import { highlightReportDocx, standingText } from "./highlightReportDocx";

const context = (report = aReport(), reviews = [APPROVAL]) => ({
  programmeTitle: "Resilient families",
  programmeNumber: 1,
  boardTitle: "Early Help Board",
  quarterLabel: "Q3 2026/27",
  standing: reportStanding(report, reviews),
});

const textOf = async (blob: Blob): Promise<string> =>
  (await mammoth.extractRawText({ buffer: await bytesOf(blob) })).value;

describe("highlightReportDocx", () => {
  it("has the report's sections as headings and its status, trend and reason in a table", async () => {
    const report = aReport();
    const blob = await highlightReportDocx(report, context(report));
    const html = await wordHtml(blob);
    expect(headingsOf(html)).toEqual([
      "h1 Current status",
      "h1 Achievements",
      "h1 Slippage",
      "h1 Issues and risks",
      "h1 Next quarter",
      "h1 Decisions required",
      "h1 Figures",
    ]);
    expect(tableHeaded(html, "Item", "Detail").rows).toEqual([
      ["Current status", "Green"],
      ["Status trend", "↑ Improving"],
      ["Reason for current status", "Most actions are on track for March 2027."],
    ]);
    expect(tableHeaded(html, "Red", "Amber", "Green").rows).toEqual([
      ["1", "0", "1", "1", "0", "0", "1", "0"],
    ]);
    expect(html).toContain("<li>Self-harm task and finish group set up</li>");

    const text = await textOf(blob);
    expect(text).toContain("Highlight Report: Programme 1: Resilient families");
    expect(text).toContain("Delivery group: Early Help Board");
    expect(text).toContain("Quarter: Q3 2026/27");
    expect(text).toContain("Report: Approved by Sam Okafor on 28 Nov 2026.");
    expect(text).toContain("Partner engagement with the early help process is uneven.");
    // A section the board left empty says so.
    expect(text).toContain("No slippage reported.");
    expect(text).toContain("Version 2, last saved on 25 Nov 2026 by Priya Chaudhry.");
  });

  it("says a returned report was returned, by whom, when and why", async () => {
    const report = aReport();
    const returned = {
      ...APPROVAL,
      id: 501,
      decision: "Returned" as const,
      comment: "Please add the slippage on 1.2.",
    };
    const text = await textOf(await highlightReportDocx(report, context(report, [returned])));
    expect(text).toContain("Report: Returned by Sam Okafor on 28 Nov 2026: Please add the slippage on 1.2.");
  });

  it("says when a report has no status or trend rather than leaving them blank", async () => {
    const report = aReport({ status: "Draft", rag: null, trend: null, figures: null });
    const html = await wordHtml(await highlightReportDocx(report, context(report, [])));
    expect(tableHeaded(html, "Item", "Detail").rows.slice(0, 2)).toEqual([
      ["Current status", "No status"],
      ["Status trend", "Not given"],
    ]);
    expect(html).toContain("Draft: not yet submitted to the Executive.");
    expect(html).toContain("The figures the report was drafted from were not kept.");
  });
});

describe("standingText", () => {
  it("puts each state in words", () => {
    const report = aReport();
    expect(standingText(reportStanding(report, []))).toBe(
      "Submitted on 25 Nov 2026, awaiting the Executive's decision.",
    );
    expect(standingText(reportStanding(null, []))).toBe("Not started.");
    const returned = {
      ...APPROVAL,
      reportVersion: 1,
      decision: "Returned" as const,
      comment: "Too brief.",
      by: EXEC,
    };
    expect(standingText(reportStanding(aReport({ status: "Draft" }), [returned]))).toBe(
      "Draft, being revised after it was returned by Sam Okafor on 28 Nov 2026: Too brief.",
    );
    expect(standingText(reportStanding(report, [returned]))).toBe(
      "Resubmitted on 25 Nov 2026, awaiting the Executive's decision.",
    );
  });
});
