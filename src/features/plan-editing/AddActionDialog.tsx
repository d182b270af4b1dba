import { Field, Input, Textarea } from "@fluentui/react-components";
import { FieldSelect } from "../../ui/FieldSelect";
import { Add16Regular } from "@fluentui/react-icons";
import { useServices } from "../../app/services";
import { addAction } from "../../data/sharepoint/planEditing";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import { noteCounterText } from "../../domain/actionUpdate";
import type { BoardPeople } from "../../domain/boardPeople";
import { todayIso } from "../../domain/dates";
import {
  emptyNewAction,
  ownerChoices,
  withOwnerPicked,
  suggestedRef,
  validateNewAction,
  type NewActionDraft,
} from "../../domain/planEditing";
import type { Action } from "../../domain/types";
import { DateField } from "../../ui/DateField";
import { OwnerField } from "./fields";
import { PlanDialog } from "./PlanDialog";
import { usePlanChange } from "./usePlanChange";

type Draft = NewActionDraft & { targetDateText: string | null };

/** The chair adds an action to this year's plan of the board: one create, its first history entry. */
export function AddActionDialog({
  home,
  people,
  onSaved,
  meetingId,
  triggerLabel = "Add an action",
  title,
}: {
  home: BoardHomeData & { plan: NonNullable<BoardHomeData["plan"]> };
  people: BoardPeople | undefined;
  onSaved: (message: string, action: Action) => void;
  /** An action arising: the meeting it is agreed at (meeting mode), written as its TBMeetingId. */
  meetingId?: number;
  triggerLabel?: string;
  title?: string;
}) {
  const { sp, siteUrl, now } = useServices();
  const today = todayIso(now());
  const noun = home.plan.programmeNoun || "programme";
  const ctx = {
    boardTitle: home.board.title,
    noun,
    programmes: home.programmes,
    actions: home.actions,
    planYear: home.plan.currentYear,
    people,
    today,
  };
  const first = home.programmes.length === 1 ? (home.programmes[0]?.id ?? null) : null;
  const change = usePlanChange<Draft>({
    boardId: home.board.id,
    boardTitle: home.board.title,
    initial: () => ({ ...emptyNewAction(first), ref: suggestedRef(ctx, first), targetDateText: null }),
    validate: (d) => validateNewAction(d, { ...ctx, targetDateText: d.targetDateText }),
    save: (d, _base, changeId) =>
      addAction(
        sp,
        siteUrl,
        home.board,
        home.plan,
        {
          programmeId: d.programmeId ?? 0,
          ref: d.ref,
          title: d.title,
          description: d.description,
          ownerEmail: d.ownerEmail,
          ownerOrg: d.ownerOrg,
          targetDate: d.targetDate ?? "",
          ...(meetingId !== undefined ? { meetingId } : {}),
        },
        changeId,
      ),
    onSaved: (a) => onSaved(`Action ${a.ref} “${a.title}” was added to the plan.`, a),
  });
  const { draft: d, errors: e, edit } = change;
  const choices = people ? ownerChoices(people) : undefined;
  return (
    <PlanDialog
      trigger={{ label: triggerLabel, appearance: "primary", icon: <Add16Regular /> }}
      title={title ?? `Add an action to the ${home.plan.currentYear} plan`}
      submitLabel="Add action"
      change={change}
    >
      <Field label={capitalise(noun)} required validationMessage={e.programmeId}>
        <FieldSelect
          value={d.programmeId === null ? "" : String(d.programmeId)}
          onChange={(_, v) => {
            const programmeId = v.value === "" ? null : Number(v.value);
            // A reference still as suggested follows the programme; one the chair typed stays.
            const ref = d.ref === suggestedRef(ctx, d.programmeId) ? suggestedRef(ctx, programmeId) : d.ref;
            edit({ programmeId, ref });
          }}
        >
          <option value="">Choose one</option>
          {home.programmes.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {`${p.number}: ${p.title}`}
            </option>
          ))}
        </FieldSelect>
      </Field>
      <Field
        label="Reference"
        required
        hint="Suggested: the next free number in this programme."
        validationMessage={e.ref}
      >
        <Input value={d.ref} onChange={(_, v) => edit({ ref: v.value })} />
      </Field>
      <Field label="Title" required hint="What will be done." validationMessage={e.title}>
        <Input value={d.title} onChange={(_, v) => edit({ title: v.value })} />
      </Field>
      <Field
        label="Description (optional)"
        hint={`${noteCounterText(d.description.length)}.`}
        validationMessage={e.description}
      >
        <Textarea
          value={d.description}
          onChange={(_, v) => edit({ description: v.value })}
          resize="vertical"
          rows={3}
        />
      </Field>
      <OwnerField
        label="Owner"
        people={choices}
        value={d.ownerEmail}
        error={e.ownerEmail}
        hint="One named person on the board."
        onChange={(p) => edit(withOwnerPicked(d, p, choices))}
      />
      <Field label="Owner's organisation" validationMessage={e.ownerOrg}>
        <Input value={d.ownerOrg} onChange={(_, v) => edit({ ownerOrg: v.value })} />
      </Field>
      <DateField
        label="Target date"
        hint="Type day/month/year, or press Down arrow for a calendar."
        validationMessage={e.targetDate}
        value={d.targetDate}
        today={today}
        minDate={today}
        onChange={(date, unreadable) => edit({ targetDate: date, targetDateText: unreadable })}
      />
    </PlanDialog>
  );
}

const capitalise = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
