import { Button, Checkbox, Field, SearchBox, makeStyles, tokens } from "@fluentui/react-components";
import { FieldSelect } from "../../ui/FieldSelect";
import { ACTION_STATUSES, type Action, type Rating } from "../../domain/types";
import { RATING_ORDER } from "../../domain/actions";
import { isFiltered, NO_FILTERS, type ActionFilters } from "../../domain/filters";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  field: { flexGrow: 1, flexShrink: 1, flexBasis: "10rem", maxWidth: "16rem", minWidth: 0 },
  search: { minWidth: "12rem", flexGrow: 2, maxWidth: "24rem" },
  // A select is as wide as its longest option unless it may shrink; else "Status" spills over "RAG".
  select: { minWidth: 0 },
});

export function FilterBar({
  filters,
  onChange,
  actions,
}: {
  filters: ActionFilters;
  onChange: (f: ActionFilters) => void;
  actions: Action[];
}) {
  const s = useStyles();
  const owners = [
    ...new Map(actions.filter((a) => a.owner).map((a) => [a.owner?.id, a.owner?.name ?? ""])).entries(),
  ].sort((a, b) => a[1].localeCompare(b[1]));
  const set = (patch: Partial<ActionFilters>): void => onChange({ ...filters, ...patch });
  return (
    <div className={s.bar} role="search" aria-label="Filter the action plan">
      <Field label="Search" className={s.search}>
        <SearchBox
          value={filters.search}
          onChange={(_, d) => set({ search: d.value })}
          placeholder="Title, owner, organisation, note"
        />
      </Field>
      <Field label="Status" className={s.field}>
        <FieldSelect
          className={s.select}
          value={filters.status}
          onChange={(_, d) => set({ status: d.value as ActionFilters["status"] })}
        >
          <option value="All">All statuses</option>
          <option value="Open">Open (not complete or withdrawn)</option>
          {ACTION_STATUSES.map((st) => (
            <option key={st}>{st}</option>
          ))}
        </FieldSelect>
      </Field>
      <Field label="RAG" className={s.field}>
        <FieldSelect
          className={s.select}
          value={filters.rating}
          onChange={(_, d) => set({ rating: d.value as Rating | "All" })}
        >
          <option value="All">All ratings</option>
          {RATING_ORDER.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </FieldSelect>
      </Field>
      <Field label="Owner" className={s.field}>
        <FieldSelect
          className={s.select}
          value={String(filters.owner)}
          onChange={(_, d) =>
            set({ owner: d.value === "All" || d.value === "none" ? d.value : Number(d.value) })
          }
        >
          <option value="All">Everyone</option>
          <option value="none">No owner</option>
          {owners.map(([id, name]) => (
            <option key={id} value={String(id)}>
              {name}
            </option>
          ))}
        </FieldSelect>
      </Field>
      <Checkbox
        label="Overdue"
        checked={filters.overdue}
        onChange={(_, d) => set({ overdue: d.checked === true })}
      />
      <Checkbox
        label="Due this month"
        checked={filters.dueThisMonth}
        onChange={(_, d) => set({ dueThisMonth: d.checked === true })}
      />
      {isFiltered(filters) && <Button onClick={() => onChange(NO_FILTERS)}>Clear filters</Button>}
    </div>
  );
}
