import { Field, Input, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { FieldSelect } from "../../ui/FieldSelect";
import { useServices } from "../../app/services";
import {
  closeAction,
  editActionDetails,
  moveAction,
  reassignAction,
  reopenAction,
} from "../../data/sharepoint/planEditing";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import { noteCounterText } from "../../domain/actionUpdate";
import type { BoardPeople } from "../../domain/boardPeople";
import { todayIso } from "../../domain/dates";
import {
  detailsFrom,
  nextFreeRef,
  ownerChoices,
  withOwnerPicked,
  refsInProgramme,
  validateClose,
  validateDetails,
  validateMove,
  validateReassign,
  validateReopen,
  type CloseDraft,
  type ClosedStatus,
  type DetailsDraft,
  type MoveDraft,
  type ReassignDraft,
  type ReopenDraft,
} from "../../domain/planEditing";
import { RAGS, type Action, type Rag } from "../../domain/types";
import { DateField } from "../../ui/DateField";
import { NoteField, OwnerField } from "./fields";
import { PlanDialog } from "./PlanDialog";
import { usePlanChange } from "./usePlanChange";

export interface ChangeDialogProps {
  action: Action;
  home: BoardHomeData;
  people: BoardPeople | undefined;
  onSaved: (message: string, action: Action) => void;
  /** Names the action on the opening button when several sit side by side (the flagged list). */
  triggerAriaLabel?: string;
}

const named = (a: Action): string => `${a.ref ? `${a.ref} ` : ""}“${a.title}”`;

export function ReassignDialog({ action, home, people, onSaved, triggerAriaLabel }: ChangeDialogProps) {
  const { sp, now } = useServices();
  const choices = people ? ownerChoices(people) : undefined;
  const change = usePlanChange<ReassignDraft>({
    boardId: home.board.id,
    boardTitle: home.board.title,
    action,
    initial: () => ({ ownerEmail: "", ownerOrg: "", note: "" }),
    validate: (d, base) => validateReassign(base ?? action, d, { boardTitle: home.board.title, people }),
    save: (d, base, id) => reassignAction(sp, base ?? action, d, home.me, now(), id),
    onSaved: (a) => onSaved(`Action ${named(a)} is now owned by ${a.owner?.name ?? "nobody"}.`, a),
  });
  const { draft: d, errors: e, edit } = change;
  const current = change.base ?? action;
  return (
    <PlanDialog
      trigger={{ label: "Reassign", ariaLabel: triggerAriaLabel }}
      title={`Reassign ${named(action)}`}
      submitLabel="Reassign"
      change={change}
    >
      <OwnerField
        label="New owner"
        people={choices}
        value={d.ownerEmail}
        error={e.ownerEmail}
        hint={current.owner ? `Owned now by ${current.owner.name}.` : "It has no owner now."}
        onChange={(p) => edit(withOwnerPicked(d, p, choices))}
      />
      <Field label="New owner's organisation" validationMessage={e.ownerOrg}>
        <Input value={d.ownerOrg} onChange={(_, v) => edit({ ownerOrg: v.value })} />
      </Field>
      <NoteField
        label="Note (optional)"
        hint="Kept in the action's history, e.g. why it changes hands."
        value={d.note}
        error={e.note}
        onChange={(note) => edit({ note })}
      />
    </PlanDialog>
  );
}

type DetailsForm = DetailsDraft & { targetDateText: string | null };

export function EditDetailsDialog({ action, home, onSaved }: ChangeDialogProps) {
  const { sp, now } = useServices();
  const change = usePlanChange<DetailsForm>({
    boardId: home.board.id,
    boardTitle: home.board.title,
    action,
    initial: () => ({ ...detailsFrom(action), targetDateText: null }),
    validate: (d, base) => validateDetails(base ?? action, d, { targetDateText: d.targetDateText }),
    save: (d, base, id) =>
      editActionDetails(
        sp,
        base ?? action,
        { ...d, targetDate: d.targetDate ?? action.targetDate },
        home.me,
        now(),
        id,
      ),
    onSaved: (a) => onSaved(`The details of action ${named(a)} were saved.`, a),
  });
  const { draft: d, errors: e, edit } = change;
  return (
    <PlanDialog
      trigger={{ label: "Edit details" }}
      title={`Edit the details of ${named(action)}`}
      submitLabel="Save details"
      change={change}
    >
      <Field label="Title" required validationMessage={e.title}>
        <Input value={d.title} onChange={(_, v) => edit({ title: v.value })} />
      </Field>
      <Field
        label="Description"
        hint={`${noteCounterText(d.description.length)}.`}
        validationMessage={e.description}
      >
        <Textarea
          value={d.description}
          onChange={(_, v) => edit({ description: v.value })}
          resize="vertical"
          rows={4}
        />
      </Field>
      <Field label="Owner's organisation" validationMessage={e.ownerOrg}>
        <Input value={d.ownerOrg} onChange={(_, v) => edit({ ownerOrg: v.value })} />
      </Field>
      <DateField
        label="Original target date"
        hint="To correct the date agreed when the action was added. A new date for the work is a revised date, proposed with a reason in an update."
        validationMessage={e.targetDate}
        value={d.targetDate}
        today={todayIso(now())}
        onChange={(date, unreadable) => edit({ targetDate: date, targetDateText: unreadable })}
      />
    </PlanDialog>
  );
}

export function CloseDialog({ action, home, onSaved }: ChangeDialogProps) {
  const { sp, now } = useServices();
  const change = usePlanChange<CloseDraft>({
    boardId: home.board.id,
    boardTitle: home.board.title,
    action,
    initial: () => ({ status: null, note: "" }),
    validate: (d, base) => validateClose(base ?? action, d),
    save: (d, base, id) =>
      closeAction(sp, base ?? action, { status: d.status ?? "Complete", note: d.note }, home.me, now(), id),
    onSaved: (a) => onSaved(`Action ${named(a)} is closed: ${a.status}.`, a),
  });
  const { draft: d, errors: e, edit } = change;
  return (
    <PlanDialog
      trigger={{ label: "Close action" }}
      title={`Close ${named(action)}`}
      submitLabel="Close action"
      change={change}
    >
      <Field label="Close it as" required validationMessage={e.status}>
        <RadioGroup value={d.status ?? ""} onChange={(_, v) => edit({ status: v.value as ClosedStatus })}>
          <Radio value="Complete" label="Complete: the work is done" />
          <Radio value="Withdrawn" label="Withdrawn: it will not be done" />
        </RadioGroup>
      </Field>
      <NoteField
        label="Why"
        required
        hint="Kept in the action's history."
        value={d.note}
        error={e.note}
        onChange={(note) => edit({ note })}
      />
    </PlanDialog>
  );
}

export function ReopenDialog({ action, home, onSaved }: ChangeDialogProps) {
  const { sp, now } = useServices();
  const change = usePlanChange<ReopenDraft>({
    boardId: home.board.id,
    boardTitle: home.board.title,
    action,
    initial: () => ({ rag: null, note: "" }),
    validate: (d, base) => validateReopen(base ?? action, d),
    save: (d, base, id) =>
      reopenAction(sp, base ?? action, { rag: d.rag ?? "Amber", note: d.note }, home.me, now(), id),
    onSaved: (a) => onSaved(`Action ${named(a)} is open again: In progress, ${a.rag ?? "not rated"}.`, a),
  });
  const { draft: d, errors: e, edit } = change;
  return (
    <PlanDialog
      trigger={{ label: "Reopen action" }}
      title={`Reopen ${named(action)}`}
      submitLabel="Reopen action"
      change={change}
    >
      <Field
        label="RAG rating"
        required
        hint="A reopened action is back in progress."
        validationMessage={e.rag}
      >
        <RadioGroup
          layout="horizontal"
          value={d.rag ?? ""}
          onChange={(_, v) => edit({ rag: v.value as Rag })}
        >
          {RAGS.map((r) => (
            <Radio key={r} value={r} label={r} />
          ))}
        </RadioGroup>
      </Field>
      <NoteField
        label="Why"
        required
        hint="Kept in the action's history."
        value={d.note}
        error={e.note}
        onChange={(note) => edit({ note })}
      />
    </PlanDialog>
  );
}

export function MoveDialog({ action, home, onSaved }: ChangeDialogProps) {
  const { sp, now } = useServices();
  const noun = home.plan?.programmeNoun || "programme";
  const others = home.programmes.filter((p) => p.id !== action.programmeId);
  const refFor = (programmeId: number | null): string => {
    const p = home.programmes.find((x) => x.id === programmeId);
    return p ? nextFreeRef(p.number, refsInProgramme(home.actions, p.id, action.planYear, action.id)) : "";
  };
  const first = others.length === 1 ? (others[0]?.id ?? null) : null;
  const change = usePlanChange<MoveDraft>({
    boardId: home.board.id,
    boardTitle: home.board.title,
    action,
    initial: () => ({ programmeId: first, ref: refFor(first), note: "" }),
    validate: (d, base) =>
      validateMove(base ?? action, d, { noun, programmes: home.programmes, actions: home.actions }),
    save: (d, base, id) =>
      moveAction(
        sp,
        base ?? action,
        { programmeId: d.programmeId ?? 0, ref: d.ref, note: d.note },
        home.me,
        now(),
        id,
      ),
    onSaved: (a) => {
      const p = home.programmes.find((x) => x.id === a.programmeId);
      onSaved(`Action ${named(a)} moved to ${noun} ${p?.number ?? ""}.`, a);
    },
  });
  const { draft: d, errors: e, edit } = change;
  return (
    <PlanDialog
      trigger={{ label: `Move to another ${noun}` }}
      title={`Move ${named(action)}`}
      submitLabel="Move action"
      change={change}
    >
      <Field label={`Move to ${noun}`} required validationMessage={e.programmeId}>
        <FieldSelect
          value={d.programmeId === null ? "" : String(d.programmeId)}
          onChange={(_, v) => {
            const programmeId = v.value === "" ? null : Number(v.value);
            edit({ programmeId, ref: d.ref === refFor(d.programmeId) ? refFor(programmeId) : d.ref });
          }}
        >
          <option value="">Choose one</option>
          {others.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {`${p.number}: ${p.title}`}
            </option>
          ))}
        </FieldSelect>
      </Field>
      <Field
        label="New reference"
        required
        hint="Suggested: the next free number there."
        validationMessage={e.ref}
      >
        <Input value={d.ref} onChange={(_, v) => edit({ ref: v.value })} />
      </Field>
      <NoteField
        label="Note (optional)"
        hint="Kept in the action's history."
        value={d.note}
        error={e.note}
        onChange={(note) => edit({ note })}
      />
    </PlanDialog>
  );
}
