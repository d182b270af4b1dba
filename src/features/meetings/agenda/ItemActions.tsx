import { Badge, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { hrefFor } from "../../../app/route";
import { REASON_LABELS, type ExceptionReason } from "../../../domain/agenda";
import type { Action } from "../../../domain/types";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  action: { overflowWrap: "anywhere" },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The actions an agenda item is about: reference, title, owner and why each is there. */
export function ItemActions({
  itemTitle,
  actionIds,
  actions,
  reasons,
  boardId,
}: {
  itemTitle: string;
  actionIds: readonly number[];
  actions: readonly Action[];
  reasons: Record<number, ExceptionReason[]>;
  boardId: number;
}) {
  const s = useStyles();
  if (actionIds.length === 0) return null;
  return (
    <ul className={s.list} aria-label={`Actions under ${itemTitle}`}>
      {actionIds.map((id) => {
        const a = actions.find((x) => x.id === id);
        if (!a)
          return (
            <li key={id} className={s.muted}>
              An action no longer on this board’s plan
            </li>
          );
        return (
          <li key={id} className={s.action}>
            <span className={s.line}>
              <Link href={hrefFor({ name: "action", boardId, actionId: a.id })}>
                {a.ref} {a.title}
              </Link>
              <Text className={s.muted}>· {a.owner ? a.owner.name : "No owner"}</Text>
              {(reasons[a.id] ?? []).map((r) => (
                <Badge
                  key={r}
                  appearance="outline"
                  color={r === "overdue" || r === "redAmber" ? "danger" : "informative"}
                >
                  {REASON_LABELS[r]}
                </Badge>
              ))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
