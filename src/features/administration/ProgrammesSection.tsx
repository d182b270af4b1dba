import { Button, Checkbox, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular } from "@fluentui/react-icons";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { createProgramme, reorderProgrammes, updateProgramme } from "../../data/sharepoint/administration";
import { validateProgrammeInput, type InputErrors, type ProgrammeInput } from "../../domain/planSetup";
import { programmeLabel, programmeNoun } from "../../domain/programmeWords";
import type { Board, Plan, Programme } from "../../domain/types";
import { keys } from "../queries";
import { useAdminWrite } from "./queries";
import {
  ArchivedNotice,
  ProblemNotice,
  capitalise,
  plural,
  useAdminStyles,
  useFocusFirstInvalid,
  useFocusOnMount,
  wholeNumber,
} from "./shared";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
});

type Move = { id: number; direction: "up" | "down" };

/**
 * The plan's programmes in its own word ("Priority 2"), numbered in order: add, edit, and move one up
 * or down — the plan is renumbered 1..n in one batch, focus stays on the button just used and the new
 * place is announced.
 */
export function ProgrammesSection({
  plan,
  programmes: all,
  boards: allBoards,
}: {
  plan: Plan;
  programmes: Programme[];
  boards: Board[];
}) {
  const s = useAdminStyles();
  const own = useStyles();
  const client = useQueryClient();
  const archived = plan.status === "Archived";
  const noun = programmeNoun(plan);
  const Nouns = capitalise(plural(noun));
  const programmes = all.filter((p) => p.planId === plan.id).sort((a, b) => a.number - b.number);
  const boards = allBoards.filter((b) => b.planId === plan.id);
  const boardName = new Map(boards.map((b) => [b.id, b.title]));
  const [form, setForm] = useState<number | "new" | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [lastMove, setLastMove] = useState<Move | null>(null);
  const buttons = useRef(new Map<string, HTMLElement>());

  const reorder = useAdminWrite(
    ({ sp }, orderedIds: number[]) => reorderProgrammes(sp, orderedIds).then(() => true),
    `the order of the ${plural(noun)}`,
    plan.id,
  );

  // Keep focus on the moved row's button (or its other one, at the top or bottom of the list).
  const orderKey = programmes.map((p) => p.id).join(",");
  useEffect(() => {
    if (!lastMove) return;
    const index = programmes.findIndex((p) => p.id === lastMove.id);
    const atEdge = lastMove.direction === "up" ? index === 0 : index === programmes.length - 1;
    const direction = atEdge ? (lastMove.direction === "up" ? "down" : "up") : lastMove.direction;
    buttons.current.get(`${lastMove.id}:${direction}`)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the order changes or a move is made
  }, [orderKey, lastMove]);

  const move = async (programme: Programme, direction: "up" | "down") => {
    const index = programmes.findIndex((p) => p.id === programme.id);
    const to = direction === "up" ? index - 1 : index + 1;
    if (index < 0 || to < 0 || to >= programmes.length) return;
    const order = programmes.map((p) => p.id);
    order.splice(index, 1);
    order.splice(to, 0, programme.id);
    // Shown at once; SharePoint's answer (and the refetch after it) confirms or undoes it.
    const before = client.getQueryData<Programme[]>(keys.programmes);
    client.setQueryData<Programme[]>(keys.programmes, (old) =>
      old?.map((p) =>
        p.planId === plan.id && order.includes(p.id) ? { ...p, number: order.indexOf(p.id) + 1 } : p,
      ),
    );
    setLastMove({ id: programme.id, direction });
    setAnnouncement("");
    const saved = await reorder.run(order);
    if (saved) {
      setAnnouncement(
        `${programme.title} moved ${direction}: it is now ${programmeLabel(plan, { number: to + 1 })} of ${programmes.length}.`,
      );
    } else {
      client.setQueryData(keys.programmes, before);
    }
  };

  return (
    <section className={s.section} aria-labelledby="programmes-heading">
      <h2 id="programmes-heading" className={s.h2}>
        {Nouns}
      </h2>
      {archived && <ArchivedNotice plan={plan} />}
      {!archived &&
        (form === "new" ? (
          <ProgrammeForm
            plan={plan}
            programmes={all}
            boards={allBoards}
            nextNumber={(programmes.at(-1)?.number ?? 0) + 1}
            onDone={() => setForm(null)}
          />
        ) : (
          <div className={s.row}>
            <Button appearance="primary" onClick={() => setForm("new")}>
              Add {noun}
            </Button>
          </div>
        ))}
      <ProblemNotice problem={reorder.problem} onReload={() => void reorder.reload()} />
      <div aria-live="polite" className={s.muted} role="status">
        {announcement}
      </div>
      {programmes.length === 0 ? (
        <p className={s.text}>
          This plan has no {plural(noun)} yet.
          {!archived && ` Add the first, or import them from a spreadsheet.`}
        </p>
      ) : (
        <ol className={own.list} aria-label={Nouns}>
          {programmes.map((p, i) =>
            form === p.id ? (
              <li key={p.id}>
                <ProgrammeForm
                  plan={plan}
                  programme={p}
                  programmes={all}
                  boards={allBoards}
                  nextNumber={p.number}
                  onDone={() => setForm(null)}
                />
              </li>
            ) : (
              <li key={p.id} className={own.item}>
                <h3 className={s.h3}>
                  {programmeLabel(plan, p)}: {p.title}
                </h3>
                {p.outcome && <p className={s.text}>{p.outcome}</p>}
                <p className={s.text}>
                  <span className={s.label}>Delivered by </span>
                  {p.boardIds.length === 0
                    ? "no board yet"
                    : p.boardIds.map((id) => boardName.get(id) ?? "a board of another plan").join(" and ")}
                </p>
                {!archived && (
                  <div className={s.row}>
                    <Button
                      size="small"
                      aria-label={`Edit ${programmeLabel(plan, p)}`}
                      onClick={() => setForm(p.id)}
                    >
                      Edit
                    </Button>
                    <Button
                      size="small"
                      icon={<ArrowUp16Regular />}
                      ref={(el) => {
                        if (el) buttons.current.set(`${p.id}:up`, el);
                        else buttons.current.delete(`${p.id}:up`);
                      }}
                      aria-label={`Move up ${programmeLabel(plan, p)}`}
                      disabledFocusable={i === 0 || reorder.saving}
                      onClick={() => void move(p, "up")}
                    >
                      Move up
                    </Button>
                    <Button
                      size="small"
                      icon={<ArrowDown16Regular />}
                      ref={(el) => {
                        if (el) buttons.current.set(`${p.id}:down`, el);
                        else buttons.current.delete(`${p.id}:down`);
                      }}
                      aria-label={`Move down ${programmeLabel(plan, p)}`}
                      disabledFocusable={i === programmes.length - 1 || reorder.saving}
                      onClick={() => void move(p, "down")}
                    >
                      Move down
                    </Button>
                  </div>
                )}
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}

interface Draft {
  number: string;
  title: string;
  outcome: string;
  boardIds: number[];
}

function ProgrammeForm({
  plan,
  programme,
  programmes,
  boards,
  nextNumber,
  onDone,
}: {
  plan: Plan;
  programme?: Programme;
  programmes: Programme[];
  boards: Board[];
  nextNumber: number;
  onDone: () => void;
}) {
  const s = useAdminStyles();
  const noun = programmeNoun(plan);
  const planBoards = boards.filter((b) => b.planId === plan.id);
  const [draft, setDraft] = useState<Draft>({
    number: String(programme?.number ?? nextNumber),
    title: programme?.title ?? "",
    outcome: programme?.outcome ?? "",
    boardIds: programme?.boardIds ?? [],
  });
  const [errors, setErrors] = useState<InputErrors<ProgrammeInput>>({});
  const [checked, setChecked] = useState(false);
  const [tick, setTick] = useState(0);
  const formRef = useFocusFirstInvalid(tick);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const write = useAdminWrite(
    ({ sp }, input: ProgrammeInput) =>
      programme
        ? updateProgramme(sp, programme.id, input, programme.etag).then(() => programme.id)
        : createProgramme(sp, input),
    programme ? programmeLabel(plan, programme) : `the new ${noun}`,
    plan.id,
  );

  const inputOf = (d: Draft): ProgrammeInput => ({
    planId: plan.id,
    number: wholeNumber(d.number),
    title: d.title.trim(),
    outcome: d.outcome.trim(),
    boardIds: d.boardIds,
  });
  const check = (d: Draft) => validateProgrammeInput(inputOf(d), programmes, boards, programme?.id, noun);
  const edit = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (checked) setErrors(check(next));
  };
  const submit = async () => {
    const found = check(draft);
    setChecked(true);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTick((t) => t + 1);
      return;
    }
    const id = await write.run(inputOf(draft));
    if (id !== undefined) onDone();
  };

  const headingId = programme ? `programme-form-${programme.id}` : "programme-form-new";
  return (
    <form
      ref={formRef}
      className={s.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!write.saving) void submit();
      }}
    >
      <h3 id={headingId} className={s.h3} ref={headingRef} tabIndex={-1}>
        {programme ? `Edit ${programmeLabel(plan, programme)}` : `New ${noun}`}
      </h3>
      <ProblemNotice
        problem={write.problem}
        onRetry={() => void submit()}
        onReload={() => void write.reload()}
      />
      <Field label="Number" required validationMessage={errors.number}>
        <Input inputMode="numeric" value={draft.number} onChange={(_, d) => edit({ number: d.value })} />
      </Field>
      <Field label="Title" required validationMessage={errors.title}>
        <Input value={draft.title} onChange={(_, d) => edit({ title: d.value })} />
      </Field>
      <Field label="Outcome" hint="What it aims to achieve">
        <Textarea value={draft.outcome} resize="vertical" onChange={(_, d) => edit({ outcome: d.value })} />
      </Field>
      <fieldset
        className={s.fieldset}
        aria-describedby={errors.boardIds ? `${headingId}-boards-error` : undefined}
      >
        <legend className={s.legend}>Delivered by</legend>
        <p className={s.muted}>One board, or several when they co-deliver it.</p>
        {planBoards.length === 0 && (
          <p className={s.text}>This plan has no boards yet: add them in the Boards section first.</p>
        )}
        {planBoards.map((b) => (
          <Checkbox
            key={b.id}
            label={b.title}
            checked={draft.boardIds.includes(b.id)}
            aria-invalid={errors.boardIds ? true : undefined}
            onChange={(_, d) =>
              edit({
                boardIds: d.checked ? [...draft.boardIds, b.id] : draft.boardIds.filter((id) => id !== b.id),
              })
            }
          />
        ))}
        {errors.boardIds && (
          <p id={`${headingId}-boards-error`} className={s.error}>
            {errors.boardIds}
          </p>
        )}
      </fieldset>
      <div className={s.row}>
        <Button appearance="primary" type="submit" disabled={write.saving}>
          {write.saving
            ? "Saving…"
            : programme
              ? `Save ${programmeLabel(plan, programme)}`
              : `Add the ${noun}`}
        </Button>
        <Button disabled={write.saving} onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
