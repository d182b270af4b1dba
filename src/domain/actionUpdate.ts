import { z } from "zod";
import { isValidIsoDate } from "./dates";
import { statusTakesRag } from "./actions";
import { ACTION_STATUSES, RAGS, type Action, type ActionChange } from "./types";

export const NOTE_MAX = 2000;

/** The update form's rules, each with a message that says what to fix. */
export function actionChangeSchema(before: Pick<Action, "rag" | "revisedDate" | "status" | "targetDate">) {
  return z
    .object({
      status: z.enum(ACTION_STATUSES, { message: "Choose a status." }),
      rag: z.enum(RAGS).nullable(),
      note: z.string().max(NOTE_MAX, `Keep the note to ${NOTE_MAX} characters or fewer.`),
      revisedDate: z.string().nullable(),
      revisedReason: z.string().max(NOTE_MAX, `Keep the reason to ${NOTE_MAX} characters or fewer.`),
      evidenceUrl: z.string().max(255, "The link is too long (255 characters at most)."),
    })
    .superRefine((c, ctx) => {
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
      if (c.revisedDate !== null && c.revisedDate !== before.revisedDate) {
        if (!isValidIsoDate(c.revisedDate)) {
          ctx.addIssue({
            code: "custom",
            path: ["revisedDate"],
            message: "Enter the revised target date as a real date, e.g. 31/03/2027.",
          });
        } else if (c.revisedDate === (before.revisedDate ?? before.targetDate)) {
          ctx.addIssue({
            code: "custom",
            path: ["revisedDate"],
            message: "The revised date is the same as the current target date.",
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
        c.evidenceUrl.trim() === "";
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
): FieldErrors {
  const result = actionChangeSchema(before).safeParse(change);
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
