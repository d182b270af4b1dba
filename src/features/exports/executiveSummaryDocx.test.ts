/**
 * The Executive Summary opens as a Word document whose headings, tables and figures are the rollup's:
 * read back with mammoth, as Word (and a screen reader) would see its structure.
 */
import mammoth from "mammoth";
import { RAG_COUNTS } from "../../domain/rollup";
import { executiveSummaryDocx } from "./executiveSummaryDocx";
import { aRollup, bytesOf, NARRATIVE, headingsOf, tableHeaded, wordHtml } from "./exportsFixture";
import { DOCX_TYPE } from "./saveBlob";

describe("executiveSummaryDocx", () => {
  it("is a Word document with the partnership's sections as real headings", async () => {
    const rollup = aRollup();
    const blob = await executiveSummaryDocx(rollup, NARRATIVE);
    expect(blob.type).toBe(DOCX_TYPE);
    const text = (await mammoth.extractRawText({ buffer: await bytesOf(blob) })).value;
    expect(text).toContain("Children and Young People's Plan 2025-2028 Executive Summary");
    expect(text).toContain("Q3 2026/27 (1 Oct 2026 to 31 Dec 2026)");
    expect(text).toContain("Progress as at: 30 Nov 2026");
    expect(text).toContain("The partnership is still developing: more ownership of the plan is needed.");
    // Q3 has not ended on 30 Nov 2026: the figures are as things stand.
    expect(text).toContain(
      "Across 2 programmes, 5 actions as they stand now: Red 1, Amber 1, Green 1, Complete 1, No rating 1. 1 action overdue and 2 actions slipped in the quarter.",
    );

    const headings = headingsOf(await wordHtml(blob));
    expect(headings.filter((h) => h.startsWith("h1 "))).toEqual([
      "h1 1. Overall",
      "h1 2. Achievements",
      "h1 3. Slippage on target dates",
      "h1 4. Next quarter (Q4 2026/27)",
      "h1 5. Decisions required",
      "h1 6. Programme status",
      "h1 7. Key risks",
      "h1 8. Measures",
      "h1 9. Highlight reports",
    ]);
    // Each programme has its own status section, a level below.
    expect(headings).toContain("h2 Programme 1: Resilient families");
    expect(headings).toContain("h2 Programme 2: Healthy outcomes");
  });

  it("gives each programme's status as a word, its trend in words and symbol, and the rollup's counts", async () => {
    const rollup = aRollup();
    const html = await wordHtml(await executiveSummaryDocx(rollup, NARRATIVE));
    const summary = tableHeaded(html, "Programme", "Status", "Trend");
    expect(summary.head).toEqual([
      "Programme",
      "Status",
      "Trend",
      ...RAG_COUNTS,
      "Total",
      "Overdue",
      "Slipped",
    ]);
    expect(summary.rows).toEqual(
      rollup.programmes.map((p) => [
        `Programme ${p.number}: ${p.title}`,
        p.status ?? "No status",
        { Improving: "↑ Improving", Stable: "→ Stable", Declining: "↓ Declining" }[p.trend],
        ...RAG_COUNTS.map((k) => String(p.counts[k])),
        String(p.total),
        String(p.overdue),
        String(p.slipped),
      ]),
    );
    // The fixture's programme 1 reports Green (improving from Amber); programme 2 is computed Amber.
    expect(summary.rows.map((r) => r.slice(1, 3))).toEqual([
      ["Green", "↑ Improving"],
      ["Amber", "→ Stable"],
    ]);
    // The per-programme table says the same, with the reason for the status.
    const detail = tableHeaded(html, "Item", "Detail");
    expect(detail.rows).toEqual([
      ["Current status", "Green"],
      ["Status trend", "↑ Improving. Amber in Q2 2026/27, Green in Q3 2026/27."],
      ["Reason for current status", "Most actions are on track for March 2027."],
    ]);
  });

  it("lists achievements, slippage with reasons, next quarter and decisions from the reports", async () => {
    const rollup = aRollup();
    const html = await wordHtml(await executiveSummaryDocx(rollup, NARRATIVE));
    expect(html).toContain("<li>Choices for Life strategy co-produced</li>");
    const slippage = tableHeaded(html, "Programme", "Action", "Board", "What happened", "Reason");
    expect(slippage.rows).toEqual([
      [
        "Programme 1",
        "1.2 Publish the SEND local offer",
        "Early Help Board",
        "Due 31 Oct 2026, missed.",
        "No reason given",
      ],
      [
        "Programme 2",
        "2.1 Perinatal bids to NHS England",
        "Health and Wellbeing Group",
        "Target date moved from 15 Dec 2026 to 28 Feb 2027.",
        "Bids window postponed",
      ],
    ]);
    expect(html).toContain("Consult on the Family Support Service.");
    expect(html).toContain(
      "<li>Programme 1 (Resilient families): Approve the partnership workshop in early 2027.</li>",
    );
  });

  it("has a key risks table, highest score first, with impact, mitigation and score", async () => {
    const rollup = aRollup();
    const html = await wordHtml(await executiveSummaryDocx(rollup, NARRATIVE));
    const risks = tableHeaded(html, "Risk", "Programme", "Impact", "Mitigation", "Score", "Owner");
    expect(risks.rows).toEqual(
      rollup.risks.map((r) => [
        r.title,
        `Programme ${r.programmeNumber}`,
        r.impactText,
        r.mitigation,
        `${r.score} (${r.band}): likelihood ${r.likelihood} × impact ${r.impact}`,
        r.owner || "No owner",
      ]),
    );
    // The closed risk is not a key risk.
    expect(risks.rows.map((r) => r[4])).toEqual([
      "20 (Very high): likelihood 4 × impact 5",
      "9 (Medium): likelihood 3 × impact 3",
    ]);
    expect(html).not.toContain("A closed risk");
  });

  it("says so when a quarter has nothing to report, rather than leaving sections blank", async () => {
    const rollup = { ...aRollup(), slippage: [], risks: [], decisions: [] };
    rollup.programmes = rollup.programmes.map((p) => ({ ...p, achievements: "" }));
    const text = (
      await mammoth.extractRawText({ buffer: await bytesOf(await executiveSummaryDocx(rollup, "")) })
    ).value;
    expect(text).toContain("The Executive has not written an overall summary for this quarter.");
    expect(text).toContain("No achievements were reported this quarter.");
    expect(text).toContain("No target dates were missed or moved this quarter.");
    expect(text).toContain("No decisions are required this quarter.");
    expect(text).toContain("No open risks.");
  });
});
