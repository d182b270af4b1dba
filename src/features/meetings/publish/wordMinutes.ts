/**
 * The published minutes as a Word document, written in the browser with the `docx` library.
 * This module is the only one that imports `docx` (about 100 KB gzipped), and MinutesView loads it with
 * a dynamic import only when the chair publishes, so it stays out of the tab's first load
 * (ENGINEERING.md §5: heavy parts load on demand).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { MinutesDocument } from "../../../domain/minutesDocument";

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph =>
  new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });

/** Typed text, its line breaks kept: one run per line, a break before each after the first. */
function plain(text: string, options: { italics?: boolean } = {}): Paragraph {
  const lines = text.split(/\r?\n/);
  return new Paragraph({
    children: lines.map((line, i) => new TextRun({ text: line, break: i === 0 ? 0 : 1, ...options })),
    spacing: { after: 120 },
  });
}

const bullets = (lines: readonly string[]): Paragraph[] =>
  lines.map((line) => new Paragraph({ text: line, bullet: { level: 0 } }));

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** A simple table: a header row (repeated on each page) and text cells. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[], isHeader: boolean) =>
    new TableRow({
      // Only the header row carries the flag: docx writes `tableHeader: false` as a <w:tblHeader/>
      // element too, which readers (mammoth) take as another header row.
      ...(isHeader ? { tableHeader: true } : {}),
      cantSplit: true,
      children: cells.map(
        (text) =>
          new TableCell({
            borders: BORDERS,
            children: [new Paragraph({ children: [new TextRun({ text, bold: isHeader })] })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

const none = (what: string): Paragraph => plain(`No ${what}.`, { italics: true });

/** The document's parts, top to bottom, as the board reads its minutes. */
function body(doc: MinutesDocument): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ text: doc.boardTitle, heading: HeadingLevel.TITLE }),
    heading(`Minutes: ${doc.meetingTitle}`, HeadingLevel.HEADING_1),
    plain(doc.place ? `${doc.when}, ${doc.place}` : doc.when),
  ];

  out.push(heading("Attendance", HeadingLevel.HEADING_2));
  const attendance: string[][] = [
    ...doc.attendance.map((name) => [name, "Present"]),
    ...doc.apologies.map((name) => [name, "Apologies"]),
    ...doc.guests.map((name) => [name, "Guest"]),
  ];
  out.push(attendance.length > 0 ? table(["Name", "Attendance"], attendance) : none("attendance recorded"));

  if (doc.previousMinutesApproval) {
    out.push(heading("Minutes of the previous meeting", HeadingLevel.HEADING_2));
    out.push(plain(doc.previousMinutesApproval));
  }

  if (doc.mattersArising.length > 0) {
    out.push(heading("Matters arising", HeadingLevel.HEADING_2));
    out.push(
      table(
        ["Ref", "Action", "Owner", "Status", "Due"],
        doc.mattersArising.map((m) => [m.ref, m.title, m.owner, m.rating, m.dueDate]),
      ),
    );
  }

  out.push(heading("Agenda items", HeadingLevel.HEADING_2));
  if (doc.items.length === 0) out.push(none("agenda items"));
  for (const item of doc.items) {
    out.push(heading(`${item.number}. ${item.title}`, HeadingLevel.HEADING_3));
    out.push(item.minutes ? plain(item.minutes) : none("minutes recorded"));
    for (const d of item.decisions)
      out.push(
        new Paragraph({ children: [new TextRun({ text: "Decision: ", bold: true }), new TextRun(d)] }),
      );
  }

  if (doc.otherDecisions.length > 0) {
    out.push(heading("Other decisions", HeadingLevel.HEADING_2));
    out.push(...bullets(doc.otherDecisions));
  }

  out.push(heading("Actions arising", HeadingLevel.HEADING_2));
  out.push(
    doc.actionsArising.length > 0
      ? table(
          ["Ref", "Action", "Owner", "Organisation", "Target date"],
          doc.actionsArising.map((a) => [a.ref, a.title, a.owner, a.organisation, a.targetDate]),
        )
      : none("actions arising"),
  );

  out.push(
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: 360 },
      children: [
        new TextRun({
          text:
            doc.publishedAt && doc.publishedBy
              ? `Published on ${doc.publishedAt} by ${doc.publishedBy}, version ${doc.version}.`
              : `Version ${doc.version}.`,
          italics: true,
        }),
      ],
    }),
  );
  return out;
}

/** The minutes as .docx bytes (a zip), ready to upload. */
export async function writeWordMinutes(doc: MinutesDocument): Promise<ArrayBuffer> {
  const file = new Document({
    creator: doc.publishedBy ?? "Trust Boards",
    title: `${doc.boardTitle}: minutes of ${doc.meetingTitle}`,
    description: `Minutes of the meeting on ${doc.when}`,
    sections: [{ children: body(doc) }],
  });
  return Packer.toArrayBuffer(file);
}
