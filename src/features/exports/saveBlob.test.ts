// @vitest-environment jsdom
/** Exports save under names people recognise, with characters file systems refuse replaced. */
import {
  dashboardFileName,
  executiveSummaryFileName,
  fileNameFor,
  highlightReportFileName,
  saveBlob,
} from "./saveBlob";

describe("export file names", () => {
  it("names each export after what it is and the quarter, without a slash", () => {
    expect(executiveSummaryFileName("Q3 2026/27")).toBe("Executive Summary Q3 2026-27.docx");
    expect(dashboardFileName("Q3 2026/27")).toBe("Dashboard Q3 2026-27.xlsx");
    expect(highlightReportFileName(3, "Q3 2026/27")).toBe("Highlight Report Programme 3 Q3 2026-27.docx");
  });

  it("replaces characters Windows and SharePoint refuse, and is never empty", () => {
    expect(fileNameFor('Board: "A/B" <draft>? #1 50%', "docx")).toBe("Board- -A-B- -draft-- -1 50-.docx");
    expect(fileNameFor("  ..  ", "xlsx")).toBe("Export.xlsx");
    expect(fileNameFor("x".repeat(300), "docx")).toHaveLength(125);
  });
});

describe("saveBlob", () => {
  it("downloads the bytes under the file name and lets the object URL go afterwards", () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    const revoked: string[] = [];
    URL.createObjectURL = (b: Blob | MediaSource) => {
      created.push(b as Blob);
      return "blob:export-1";
    };
    URL.revokeObjectURL = (u: string) => void revoked.push(u);
    const clicks: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ href: this.href, download: this.download });
    });

    const blob = new Blob(["hello"], { type: "text/plain" });
    saveBlob(blob, "Dashboard Q3 2026-27.xlsx");

    expect(created).toEqual([blob]);
    expect(clicks).toEqual([{ href: "blob:export-1", download: "Dashboard Q3 2026-27.xlsx" }]);
    expect(document.querySelector("a[download]")).toBeNull();
    expect(revoked).toEqual([]);
    vi.advanceTimersByTime(30_000);
    expect(revoked).toEqual(["blob:export-1"]);
    click.mockRestore();
    vi.useRealTimers();
  });
});
