/**
 * Comma-separated values as RFC 4180 defines them (https://www.rfc-editor.org/rfc/rfc4180): records
 * end with CRLF (LF or CR alone are accepted, as spreadsheets save them on other systems); a field in
 * double quotes may hold commas, line breaks and doubled quotes (""); the last record may end without
 * a line break. Text arrives as UTF-8, with or without the byte order mark Excel's "CSV UTF-8" adds.
 * No library in package.json parses CSV, and this is small enough to own with its tests.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    /** The record (spreadsheet row) the mistake is on. */
    readonly row: number,
  ) {
    super(message);
    this.name = "CsvError";
  }
}

/** Every record's fields, in order. Row n of a spreadsheet is record n, whatever line breaks its cells hold. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  /** Whether the current field began with a quote (and so ends at the matching one). */
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = "";
    quoted = false;
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < src.length) {
    const c = src[i] ?? "";
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        // The closing quote: only a separator or the end of the record may follow.
        quoted = false;
        const next = src[i + 1];
        if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
          throw new CsvError(
            `Row ${records.length + 1} has text after a closing quote. Put the whole cell in quotes, and write a quote inside it as two ("").`,
            records.length + 1,
          );
        }
        i += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (c === ",") {
      endField();
      i += 1;
      continue;
    }
    if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && src[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    // A quote inside an unquoted field is kept as it is (lenient, as Excel reads it).
    field += c;
    fieldStarted = true;
    i += 1;
  }
  if (quoted) {
    throw new CsvError(
      `Row ${records.length + 1} opens a quote that never closes. Check that every quoted cell ends with a quote.`,
      records.length + 1,
    );
  }
  if (fieldStarted || record.length > 0) endRecord();
  return records;
}

/** Reads bytes as UTF-8, refusing anything else (a file saved as "CSV (Macintosh)" or ANSI, say). */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    // TextDecoder drops a leading byte order mark itself; parseCsv drops one too, for text from elsewhere.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
