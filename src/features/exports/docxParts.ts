/**
 * The building blocks the Word exports share, in the style of the published minutes
 * (features/meetings/publish/wordMinutes.ts): real Word headings, real tables whose header row
 * repeats on each page, typed text with its line breaks kept, and a status shown as a word (a shaded
 * cell too, but never colour alone). Imported only by the lazily loaded Word export modules.
 */
import {
  BorderStyle,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type Document,
} from "docx";
import type { Rag } from "../../domain/types";
import { DOCX_TYPE } from "./saveBlob";

export type Level = (typeof HeadingLevel)[keyof typeof HeadingLevel];

export const heading = (text: string, level: Level): Paragraph =>
  new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });

/** One line of text, optionally with a bold lead-in ("Delivery group: "). */
export function line(text: string, options: { lead?: string; italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    children: [
      ...(options.lead ? [new TextRun({ text: options.lead, bold: true })] : []),
      new TextRun({ text, italics: options.italics ?? false }),
    ],
  });
}

const BULLET = /^\s*(?:[-*•–])\s+/;

/**
 * Typed text as Word paragraphs: a blank line starts a new paragraph, a line starting with "- ",
 * "* " or "• " is a bullet, other line breaks are kept. `empty` is shown (in italics) when there is
 * no text, so a section is never silently blank.
 */
export function typed(text: string, empty: string): Paragraph[] {
  const trimmed = text.trim();
  if (trimmed === "") return [line(empty, { italics: true })];
  const out: Paragraph[] = [];
  for (const block of trimmed.split(/\r?\n\s*\r?\n/)) {
    let run: string[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const lines = run;
      out.push(
        new Paragraph({
          spacing: { after: 120 },
          children: lines.map((l, i) => new TextRun({ text: l, break: i === 0 ? 0 : 1 })),
        }),
      );
      run = [];
    };
    for (const l of block.split(/\r?\n/)) {
      if (BULLET.test(l)) {
        flush();
        out.push(new Paragraph({ text: l.replace(BULLET, ""), bullet: { level: 0 } }));
      } else run.push(l.trim());
    }
    flush();
  }
  return out;
}

export const bullets = (lines: readonly string[]): Paragraph[] =>
  lines.map((text) => new Paragraph({ text, bullet: { level: 0 } }));

/** A table cell: plain text, or text on a light fill (always with the word, so colour is never alone). */
export type Cell = string | { text: string; fill?: string; bold?: boolean };

/** Light fills, dark text: readable printed in black and white and at high contrast. */
const RAG_FILL: Record<Rag, string> = { Red: "F4CCCC", Amber: "FCE5CD", Green: "D9EAD3" };

/**
 * A status as a cell: the word (or `label`, which must carry the word), on its shade.
 * Unshaded "No status" when there is none.
 */
export const ragCell = (rag: Rag | null, label: string = rag ?? "No status"): Cell =>
  rag === null ? label : { text: label, fill: RAG_FILL[rag], bold: true };

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(c: Cell, isHeader: boolean): TableCell {
  const { text, fill, bold } = typeof c === "string" ? { text: c, fill: undefined, bold: false } : c;
  const lines = text.split(/\r?\n/);
  return new TableCell({
    borders: BORDERS,
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: "auto" } } : {}),
    children: [
      new Paragraph({
        children: lines.map(
          (l, i) => new TextRun({ text: l, bold: isHeader || (bold ?? false), break: i === 0 ? 0 : 1 }),
        ),
      }),
    ],
  });
}

/**
 * A table with a header row repeated on each page (screen readers announce it with each cell).
 * `widths` are percentages of the page width, one per column.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  widths?: readonly number[],
): Table {
  const row = (cells: readonly Cell[], isHeader: boolean) =>
    new TableRow({
      // Only the header row carries the flag: docx writes `tableHeader: false` as a <w:tblHeader/>
      // element too, which readers take as another header row.
      ...(isHeader ? { tableHeader: true } : {}),
      cantSplit: true,
      children: cells.map((c) => cell(c, isHeader)),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths.map((w) => Math.round(w * 90)) } : {}),
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

/** The document as a Blob a browser can save (and a test can open). */
export async function toBlob(file: Document): Promise<Blob> {
  const bytes = await Packer.toArrayBuffer(file);
  return new Blob([bytes], { type: DOCX_TYPE });
}
