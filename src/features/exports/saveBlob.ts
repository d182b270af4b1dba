/**
 * Saving an export to the person's computer: the file names the Trust's papers use
 * ("Executive Summary Q3 2026-27.docx") and a browser download of the bytes.
 * Light on purpose: no document library is imported here, so the UI may import it statically and
 * load the heavy export modules (executiveSummaryDocx, highlightReportDocx, dashboardXlsx) on demand.
 */

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type ExportExtension = "docx" | "xlsx";

/** Longest base name kept: Windows paths stay short and the extension is never cut off. */
const MAX_BASE = 120;

/**
 * A file name from words people read: characters Windows, macOS or SharePoint refuse
 * (\ / : * ? " < > | # %) become "-" ("2026/27" becomes "2026-27"), runs of spaces become one,
 * and leading or trailing dots and spaces go. Never empty.
 */
export function fileNameFor(title: string, extension: ExportExtension): string {
  const base = title
    // eslint-disable-next-line no-control-regex -- control characters are refused in file names too
    .replace(/[\\/:*?"<>|#%\u0000-\u001f]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "")
    .slice(0, MAX_BASE)
    .trim();
  return `${base || "Export"}.${extension}`;
}

/** "Executive Summary Q3 2026-27.docx". */
export const executiveSummaryFileName = (quarterLabel: string): string =>
  fileNameFor(`Executive Summary ${quarterLabel}`, "docx");

/** "Dashboard Q3 2026-27.xlsx". */
export const dashboardFileName = (quarterLabel: string): string =>
  fileNameFor(`Dashboard ${quarterLabel}`, "xlsx");

/** "Highlight Report Programme 3 Q3 2026-27.docx" ("Priority 3" when that is the plan's word). */
export const highlightReportFileName = (
  programmeNumber: number,
  quarterLabel: string,
  programmeWord = "Programme",
): string => fileNameFor(`Highlight Report ${programmeWord} ${programmeNumber} ${quarterLabel}`, "docx");

/**
 * Starts a browser download of `blob` as `fileName`: an object URL on a temporary link, clicked
 * once. The URL is revoked a little later, once the browser has started reading it.
 */
export function saveBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const href = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = href;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}
