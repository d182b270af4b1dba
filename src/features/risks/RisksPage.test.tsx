// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { boardIdByFolder, renderApp, servicesFor } from "../../../tests/renderApp";
import { persona, tenant } from "../../../tests/tenant/testTenant";
import { hrefFor } from "../../app/route";
import {
  getRisk,
  listBoardRisks,
  updateRisk,
  type RiskInput,
  type RiskRecord,
} from "../../data/sharepoint/risks";
import { DataError } from "../../data/errors";

const board = (): number => boardIdByFolder("early-help");
const risksHref = (): string => hrefFor({ name: "risks", boardId: board() });

/** The seeded open risks of Early Help as SharePoint holds them, read through the real client. */
async function earlyHelpRisks(): Promise<RiskRecord[]> {
  return listBoardRisks(servicesFor("member").sp, board());
}

const inputOf = (r: RiskRecord, patch: Partial<RiskInput> = {}): RiskInput => ({
  ref: r.ref,
  title: r.title,
  impactText: r.impactText,
  mitigation: r.mitigation,
  likelihood: r.likelihood,
  impact: r.impact,
  status: r.status,
  reviewDate: r.reviewDate ?? "2027-01-31",
  programmeId: r.programmeId,
  ownerEmail: r.owner?.email ?? "",
  ...patch,
});

/** Gives a risk a review date (a change that is not a rescoring), so the form has nothing to fix. */
async function withReviewDate(r: RiskRecord): Promise<RiskRecord> {
  return updateRisk(servicesFor("chair").sp, r, inputOf(r), r.owner?.id ?? null);
}

describe("a board's risk register", () => {
  it("counts every open risk in its heat-map cell, in words, and a cell filters the list", async () => {
    const user = userEvent.setup();
    const risks = (await earlyHelpRisks()).filter((r) => r.status === "Open");
    expect(risks.length).toBeGreaterThan(0);
    renderApp("member", risksHref());
    await screen.findByRole("heading", { level: 1, name: /^Risks: Early Help/ }, { timeout: 5000 });
    const counts = new Map<string, number>();
    for (const r of risks)
      counts.set(`${r.likelihood}-${r.impact}`, (counts.get(`${r.likelihood}-${r.impact}`) ?? 0) + 1);
    for (const [key, n] of counts) {
      const [l, i] = key.split("-");
      const cell = screen.getByRole("button", {
        name: new RegExp(`^Likelihood ${l}, impact ${i}: score \\d+, [a-z ]+, ${n} risks?:`),
      });
      expect(cell).toHaveTextContent(new RegExp(`^${n}risks?\\d+ (Low|Medium|High|Very high)$`));
    }
    // An empty cell says so in words too.
    expect(
      screen.getByRole("button", { name: /^Likelihood 1, impact 1: score 1, low, no risks\.$/ }),
    ).toBeInTheDocument();
    // The screen-reader table lists the filled cells.
    const table = screen.getByRole("table", { name: /as a table/ });
    expect(within(table).getAllByRole("row")).toHaveLength(counts.size + 1);

    const [firstKey, firstCount] = [...counts.entries()][0]!;
    const [l, i] = firstKey.split("-");
    await user.click(screen.getByRole("button", { name: new RegExp(`^Likelihood ${l}, impact ${i}:`) }));
    expect(
      screen.getByText(new RegExp(`^Showing ${firstCount} of \\d+ risks: likelihood ${l}`)),
    ).toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: "Risks" })).getAllByRole("article")).toHaveLength(
      firstCount,
    );
  });

  it("shows a risk's score, band and words, and flags a review that is overdue", async () => {
    const [r] = await earlyHelpRisks();
    await updateRisk(
      servicesFor("chair").sp,
      r!,
      inputOf(r!, { reviewDate: "2026-10-01" }),
      r!.owner?.id ?? null,
    );
    renderApp("member", risksHref());
    const card = await screen.findByRole("article", { name: new RegExp(r!.title.slice(0, 30)) });
    const score = r!.likelihood * r!.impact;
    expect(card).toHaveTextContent(new RegExp(`Score${score} \\(${r!.likelihood} × ${r!.impact}\\)`));
    expect(card).toHaveTextContent("Review date1 Oct 2026 Review overdue");
  });

  it("records a rescoring through the form and shows it in the history with who, when and from → to", async () => {
    const user = userEvent.setup();
    const seeded = (await earlyHelpRisks()).find((r) => r.likelihood === 3 && r.impact === 4);
    if (!seeded) throw new Error("The demo's Early Help risk scored 3 × 4 is missing");
    await withReviewDate(seeded);
    renderApp("member", risksHref());
    const card = await screen.findByRole("article", { name: new RegExp(seeded.title.slice(0, 30)) });
    await user.click(
      await within(card).findByRole("button", { name: "Change or rescore" }, { timeout: 5000 }),
    );
    const form = screen.getByRole("form", { name: /^Change or rescore/ });
    await user.selectOptions(within(form).getByRole("combobox", { name: /^Likelihood/ }), "4");
    expect(within(form).getByText("Score: 16 (4 × 4), very high.")).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Save the risk" }));
    expect(await screen.findByText(`Risk saved: ${seeded.title}.`)).toBeInTheDocument();
    const after = await screen.findByRole("article", { name: new RegExp(seeded.title.slice(0, 30)) });
    await user.click(within(after).getByRole("button", { name: "Show score history" }));
    const history = await within(after).findByRole("list", { name: /^Score history/ });
    expect(history).toHaveTextContent(
      new RegExp(
        `${persona("member").displayName} rescored it on \\d+ \\w+ 2026, \\d\\d:\\d\\d: 12 \\(3 × 4, high\\) → 16 \\(4 × 4, very high\\)\\.`,
      ),
    );
  });

  it("refuses a form that needs fixing, saying what to fix", async () => {
    const user = userEvent.setup();
    renderApp("chair", risksHref());
    await user.click(await screen.findByRole("button", { name: "Add a risk" }, { timeout: 5000 }));
    const form = screen.getByRole("form", { name: "Add a risk" });
    await user.selectOptions(within(form).getByRole("combobox", { name: /^Likelihood/ }), "5");
    await user.selectOptions(within(form).getByRole("combobox", { name: /^Impact score/ }), "4");
    await user.click(within(form).getByRole("button", { name: "Add the risk" }));
    expect(
      within(form).getByText("Give the risk a title: what could happen, in a few words."),
    ).toBeInTheDocument();
    expect(within(form).getByText(/A risk scoring 20 \(very high\) needs a mitigation/)).toBeInTheDocument();
    expect(within(form).getByText(/Set a review date/)).toBeInTheDocument();
    await user.type(
      within(form).getByRole("textbox", { name: /^Risk/ }),
      "Commissioning budget cut mid-year",
    );
    await user.type(
      within(form).getByRole("textbox", { name: /^Mitigation/ }),
      "Agree priorities with the CCG now.",
    );
    await user.type(within(form).getByRole("combobox", { name: /Review date/ }), "31/01/2027{Tab}");
    await user.click(within(form).getByRole("button", { name: "Add the risk" }));
    expect(await screen.findByText("Risk added: Commissioning budget cut mid-year.")).toBeInTheDocument();
    const card = await screen.findByRole("article", { name: "Commissioning budget cut mid-year" });
    expect(card).toHaveTextContent("Score20 (5 × 4), Very high");
    const item = tenant.state.lists["TB Risks"]!.items.find(
      (i) => i.fields["Title"] === "Commissioning budget cut mid-year",
    );
    expect(item?.folder).toBe("early-help");
  });

  it("keeps the person's draft when someone else saved the risk first, and lets them save over it", async () => {
    const user = userEvent.setup();
    const [first] = await earlyHelpRisks();
    await withReviewDate(first!);
    renderApp("member", risksHref());
    const card = await screen.findByRole("article", { name: new RegExp(first!.title.slice(0, 30)) });
    await user.click(
      await within(card).findByRole("button", { name: "Change or rescore" }, { timeout: 5000 }),
    );
    const form = screen.getByRole("form", { name: /^Change or rescore/ });
    const mitigation = within(form).getByRole("textbox", { name: /^Mitigation/ });
    await user.clear(mitigation);
    await user.type(mitigation, "My new mitigation");
    // Meanwhile the chair rescores it.
    const now = await getRisk(servicesFor("chair").sp, first!.id);
    await updateRisk(servicesFor("chair").sp, now, inputOf(now, { impact: 5 }), now.owner?.id ?? null);
    await user.click(within(form).getByRole("button", { name: "Save the risk" }));
    expect(
      await within(form).findByText(/Someone else saved this risk while you were editing it/),
    ).toBeInTheDocument();
    expect(within(form).getByText(/impact 5/)).toBeInTheDocument();
    expect(mitigation).toHaveValue("My new mitigation");
    await user.click(within(form).getByRole("button", { name: "Save mine over theirs" }));
    expect(await screen.findByText(`Risk saved: ${first!.title}.`)).toBeInTheDocument();
    const stored = await getRisk(servicesFor("member").sp, first!.id);
    expect(stored.mitigation).toBe("My new mitigation");
  });

  it("is read-only for the Executive, and SharePoint refuses a forced write", async () => {
    renderApp("executive", risksHref());
    expect(
      await screen.findByText(/You can read this board's risks but not change them/),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("article").length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: "Add a risk" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Change or rescore" })).not.toBeInTheDocument();
    const [r] = await earlyHelpRisks();
    const forced = updateRisk(servicesFor("executive").sp, r!, inputOf(r!, { likelihood: 1 }), null);
    await expect(forced).rejects.toBeInstanceOf(DataError);
    await expect(forced).rejects.toMatchObject({ kind: "access", status: 403 });
    expect((await getRisk(servicesFor("member").sp, r!.id)).likelihood).toBe(r!.likelihood);
  });

  it("says plainly when the person cannot see the board's risks", async () => {
    renderApp("outsider", risksHref());
    expect(await screen.findByRole("heading", { name: /You can't see/ })).toBeInTheDocument();
  });

  it("offers a retry when the risks cannot be loaded", async () => {
    const user = userEvent.setup();
    // The app tries a failed read once more before it says so: both tries fail.
    tenant.faults.add({ service: "sharepoint", kind: 500, times: 2, match: "TB%20Risks" });
    renderApp("member", risksHref());
    expect(
      await screen.findByText("We couldn't load this board's risks.", undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 1, name: /^Risks:/ })).toBeInTheDocument(),
    );
  });
});
