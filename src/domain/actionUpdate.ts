import { z } from "zod";
import { formatDate, isValidIsoDate, monthName, parseEnGbDate } from "./dates";
import { statusTakesRag } from "./actions";
import { ACTION_STATUSES, RAGS, type Action, type ActionChange, type IsoDate } from "./types";

/**
 * The most a note may hold: SharePoint keeps up to 63,999 characters in a
 * plain "Multiple lines of text" (Note) column, and the note and reason go to
 * Note columns (TBLastNote, TBRevisedReason on Actions; TBNote, TBReason on
 * Action Updates). Longer text is refused with a message, never cut.
 */
export const NOTE_MAX = 63_999;

const count = (n: number): string => n.toLocaleString("en-GB");

/** "Shorten the note by 11 characters: …" — what to fix when a note is longer than the list holds. */
export function tooLongMessage(what: string, length: number): string {
  const over = length - NOTE_MAX;
  return `The ${what} is ${count(length)} characters; SharePoint keeps ${count(NOTE_MAX)} at most. Shorten it by ${count(over)} character${over === 1 ? "" : "s"}.`;
}

/** "12 of 63,999 characters" (or how many too many): the live count under a note. */
export function noteCounterText(length: number): string {
  if (length <= NOTE_MAX) return `${count(length)} of ${count(NOTE_MAX)} characters`;
  const over = length - NOTE_MAX;
  return `${count(over)} character${over === 1 ? "" : "s"} too many (${count(length)} of ${count(NOTE_MAX)})`;
}

/** What to say about a date someone typed that could not be read as a date. */
export function typedDateMessage(text: string): string {
  const typed = parseEnGbDate(text);
  const example = "for example 30/06/2027";
  if (typed.kind === "impossible") {
    if (typed.month < 1 || typed.month > 12) {
      return `There is no month ${typed.month}. Type the day first, then the month, then the year: ${example}.`;
    }
    return `There is no ${typed.day} ${monthName(typed.month)} ${typed.year}. Enter a date that exists, ${example}.`;
  }
  return `"${text.trim()}" is not a date we can read. Type the day, month and year, ${example}, or choose from the calendar.`;
}

/** What the form knows beyond the change itself. */
export interface ChangeContext {
  /** Today where the person is: a revised date must not be before it. */
  today?: IsoDate;
  /** Text typed into the revised-date field that could not be read as a date (null when there is none). */
  revisedDateText?: string | null;
}

/** The update form's rules, each with a message that says what to fix. */
export function actionChangeSchema(
  before: Pick<Action, "rag" | "revisedDate" | "status" | "targetDate">,
  context: ChangeContext = {},
) {
  const unreadDate = context.revisedDateText?.trim() ? context.revisedDateText : null;
  return z
    .object({
      status: z.enum(ACTION_STATUSES, { message: "Choose a status." }),
      rag: z.enum(RAGS).nullable(),
      note: z.string(),
      revisedDate: z.string().nullable(),
      revisedReason: z.string(),
      evidenceUrl: z.string().max(255, "The link is too long (255 characters at most)."),
    })
    .superRefine((c, ctx) => {
      if (c.note.length > NOTE_MAX) {
        ctx.addIssue({ code: "custom", path: ["note"], message: tooLongMessage("note", c.note.length) });
      }
      if (c.revisedReason.length > NOTE_MAX) {
        ctx.addIssue({
          code: "custom",
          path: ["revisedReason"],
          message: tooLongMessage("reason", c.revisedReason.length),
        });
      }
      if (statusTakesRag(c.status) && c.rag === null) {
        ctx.addIssue({
          code: "custom",
          path: ["rag"],
          message: "Choose Red, Amber or Green for an action in progress.",
        });
      }
      const ragChanged =
        (statusTakesRag(c.status) ? c.rag : null) !== (statusTakesRag(before.status) ? before.rag : null);
      if (ragChanged && statusTakesRag(c.status) && c.note.trim() === "") {
        ctx.addIssue({
          code: "custom",
          path: ["note"],
          message: "Say why the RAG rating changed: a note is required.",
        });
      }
      if (unreadDate !== null) {
        // The field shows what it could read; the person's own text is what needs fixing.
        ctx.addIssue({ code: "custom", path: ["revisedDate"], message: typedDateMessage(unreadDate) });
      } else if (c.revisedDate !== null && c.revisedDate !== before.revisedDate) {
        if (!isValidIsoDate(c.revisedDate)) {
          ctx.addIssue({ code: "custom", path: ["revisedDate"], message: typedDateMessage(c.revisedDate) });
        } else if (c.revisedDate === (before.revisedDate ?? before.targetDate)) {
          ctx.addIssue({
            code: "custom",
            path: ["revisedDate"],
            message: "The revised date is the same as the current target date.",
          });
        } else if (context.today !== undefined && c.revisedDate < context.today) {
          ctx.addIssue({
            code: "custom",
            path: ["revisedDate"],
            message: `The revised target date must be today or later: ${formatDate(c.revisedDate)} has passed.`,
          });
        }
        if (c.revisedReason.trim() === "") {
          ctx.addIssue({
            code: "custom",
            path: ["revisedReason"],
            message: "Give a reason for the revised target date.",
          });
        }
      }
      if (c.evidenceUrl.trim() !== "" && !/^https:\/\/\S+$/i.test(c.evidenceUrl.trim())) {
        ctx.addIssue({
          code: "custom",
          path: ["evidenceUrl"],
          message: "Evidence links must start with https://",
        });
      }
      const nothing =
        c.status === before.status &&
        (c.rag ?? null) === (before.rag ?? null) &&
        c.note.trim() === "" &&
        (c.revisedDate ?? null) === (before.revisedDate ?? null) &&
        c.evidenceUrl.trim() === "" &&
        unreadDate === null;
      if (nothing)
        ctx.addIssue({
          code: "custom",
          path: ["note"],
          message: "Nothing has changed yet: add a progress note or change the status.",
        });
    });
}

export type FieldErrors = Partial<Record<keyof ActionChange, string>>;

export function validateActionChange(
  before: Pick<Action, "rag" | "revisedDate" | "status" | "targetDate">,
  change: ActionChange,
  context: ChangeContext = {},
): FieldErrors {
  const result = actionChangeSchema(before, context).safeParse(change);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0] as keyof ActionChange | undefined;
    if (key && !errors[key]) errors[key] = issue.message;
  }
  return errors;
}

/** The change a person starts from: the action as it stands, with an empty note. */
export function draftFrom(a: Pick<Action, "status" | "rag" | "revisedDate" | "revisedReason">): ActionChange {
  return {
    status: a.status,
    rag: a.rag,
    note: "",
    revisedDate: a.revisedDate,
    revisedReason: "",
    evidenceUrl: "",
  };
}
