import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useServices } from "../../app/services";
import { toDataError, type FailureKind } from "../../data/errors";
import { formatDateTime } from "../../domain/dates";
import type { Action } from "../../domain/types";
import { fetchCurrentAction, keys } from "../queries";

/** Why a save did not happen, in words, and whether trying again could help. */
export interface SaveProblem {
  kind: FailureKind;
  title: string;
  text: string;
  retry: boolean;
}

type FieldErrors = Record<string, string | undefined>;

export interface PlanChangeOptions<D> {
  boardId: number;
  boardTitle: string;
  /** The action being changed; undefined when adding one. */
  action?: Action;
  initial: () => D;
  validate: (draft: D, base: Action | undefined) => FieldErrors;
  /** The one write: `changeId` is the draft's, the same on every try of it. */
  save: (draft: D, base: Action | undefined, changeId: string) => Promise<Action>;
  onSaved: (saved: Action, draft: D) => void;
}

/**
 * A chair's change, from draft to saved: the draft and its change id live as long as the dialog's
 * draft does (a retried save sends the same id, so a save whose reply was lost is recognised as
 * ours); nothing is sent while a field is wrong; a failure keeps the draft; a clash re-reads the
 * action, says who changed it, and the next save goes on top of what they saved.
 */
export function usePlanChange<D extends object>(o: PlanChangeOptions<D>) {
  const { sp } = useServices();
  const client = useQueryClient();
  const [open, setOpenState] = useState(false);
  const [draft, setDraft] = useState<D>(o.initial);
  const [changeId, setChangeId] = useState(() => crypto.randomUUID());
  const [base, setBase] = useState<Action | undefined>(o.action);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [checked, setChecked] = useState(false);
  const [invalidTick, setInvalidTick] = useState(0);
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  const mutation = useMutation({
    mutationFn: (v: { draft: D; base: Action | undefined; changeId: string }) =>
      o.save(v.draft, v.base, v.changeId),
    onSuccess: async (saved, v) => {
      // Here, not in mutate's callbacks: the page may drop this dialog's button as soon as the action
      // changes (Close gives way to Reopen), and mutate's callbacks do not run once it has gone.
      setOpenState(false);
      o.onSaved(saved, v.draft);
      reset();
      client.setQueryData(keys.action(saved.id), saved);
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.boardHome(o.boardId) }),
        client.invalidateQueries({ queryKey: keys.action(saved.id) }),
        client.invalidateQueries({ queryKey: keys.history(saved.id) }),
        client.invalidateQueries({ queryKey: keys.myActions }),
      ]);
    },
  });

  function reset(): void {
    setDraft(o.initial());
    setChangeId(crypto.randomUUID());
    setErrors({});
    setChecked(false);
    setProblem(null);
    mutation.reset();
  }

  const setOpen = (next: boolean): void => {
    if (mutation.isPending) return;
    if (next) {
      reset();
      setBase(o.action);
    }
    setOpenState(next);
  };

  const edit = (patch: Partial<D>): void => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (checked) setErrors(o.validate(next, base));
  };

  const explain = async (e: unknown, target: Action | undefined): Promise<SaveProblem> => {
    const failure = toDataError(e);
    if (failure.kind === "conflict" && target) {
      try {
        const current = await fetchCurrentAction(client, sp, target.id);
        setBase(current);
        const who = current.editor?.name ?? "Someone";
        return {
          kind: "conflict",
          title: "Someone else changed this action while you were working on it.",
          text: `${who} changed it at ${formatDateTime(current.modified)}. Nothing of yours was saved, and what you entered is kept here: check it against the action as it is now, then save again.`,
          retry: true,
        };
      } catch {
        return {
          kind: "conflict",
          title: "Someone else changed this action while you were working on it.",
          text: "We could not load their change. What you entered is kept here.",
          retry: true,
        };
      }
    }
    if (failure.kind === "access") {
      return {
        kind: "access",
        title: "SharePoint did not let you make this change.",
        text: `Only ${o.boardTitle}'s chair and members, and plan administrators, can change its actions. What you entered is kept here.`,
        retry: false,
      };
    }
    return {
      kind: failure.kind,
      title: "Not saved.",
      text: `${failure.message} What you entered is kept here.`,
      retry: failure.kind !== "notFound",
    };
  };

  const submit = (): void => {
    const found = o.validate(draft, base);
    setChecked(true);
    setErrors(found);
    if (Object.values(found).some((v) => v !== undefined)) {
      setInvalidTick((t) => t + 1);
      return;
    }
    setProblem(null);
    const target = base;
    mutation.mutate(
      { draft, base: target, changeId },
      {
        onError: (e) => {
          void explain(e, target).then(setProblem);
        },
      },
    );
  };

  return {
    open,
    setOpen,
    draft,
    edit,
    errors,
    submit,
    saving: mutation.isPending,
    problem,
    invalidTick,
    base,
  };
}
