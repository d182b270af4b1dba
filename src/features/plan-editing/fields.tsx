import { Field, Textarea } from "@fluentui/react-components";
import { FieldSelect } from "../../ui/FieldSelect";
import { noteCounterText } from "../../domain/actionUpdate";
import type { BoardPerson } from "../../domain/boardPeople";

/** The owner picker: the board's members and owners (assignableOwners), by name, with their organisation. */
export function OwnerField({
  label,
  people,
  value,
  error,
  hint,
  onChange,
}: {
  label: string;
  people: BoardPerson[] | undefined;
  value: string;
  error?: string;
  hint?: string;
  onChange: (person: BoardPerson | undefined) => void;
}) {
  const loading = people === undefined;
  return (
    <Field
      label={label}
      required
      validationMessage={error}
      hint={loading ? "Loading the board's members…" : hint}
    >
      <FieldSelect
        value={value}
        disabled={loading}
        onChange={(_, d) => onChange(people?.find((p) => p.email === d.value))}
      >
        <option value="">Choose a person</option>
        {(people ?? []).map((p) => (
          <option key={p.graphId} value={p.email}>
            {p.organisation ? `${p.name} (${p.organisation})` : p.name}
          </option>
        ))}
      </FieldSelect>
    </Field>
  );
}

/** A note that goes into the action's history with the change, never cut: its length is counted. */
export function NoteField({
  label,
  value,
  error,
  required,
  hint,
  onChange,
}: {
  label: string;
  value: string;
  error?: string;
  required?: boolean;
  hint: string;
  onChange: (text: string) => void;
}) {
  return (
    <Field
      label={label}
      required={required}
      hint={`${hint} ${noteCounterText(value.length)}.`}
      validationMessage={error}
    >
      {/* No maxLength: it would cut a pasted note silently. Too long is refused in words instead. */}
      <Textarea value={value} onChange={(_, d) => onChange(d.value)} resize="vertical" rows={3} />
    </Field>
  );
}
