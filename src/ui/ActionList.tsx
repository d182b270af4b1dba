import {
  Badge,
  Card,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CalendarError16Regular, PersonWarning16Regular } from "@fluentui/react-icons";
import { dueDate, isOverdue, ratingOf } from "../domain/actions";
import { formatDate, formatDateTime } from "../domain/dates";
import type { Action, IsoDate } from "../domain/types";
import { RatingBadge } from "./RatingBadge";
import { useNarrow } from "./useNarrow";

const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  ref: { width: "4.5rem", whiteSpace: "nowrap" },
  cellStack: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  warn: {
    color: tokens.colorPaletteRedForeground1,
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
  },
  cards: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: { padding: tokens.spacingHorizontalM },
  cardTop: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  wrap: { overflowWrap: "anywhere" },
});

export interface ActionListProps {
  actions: Action[];
  today: IsoDate;
  linkFor: (a: Action) => string;
  /** Shown before the title in cards and as a column, e.g. the board on "My actions". */
  contextFor?: (a: Action) => string;
  caption: string;
}

function Due({ a, today }: { a: Action; today: IsoDate }) {
  const s = useStyles();
  const overdue = isOverdue(a, today);
  return (
    <span className={s.cellStack}>
      <span>{formatDate(dueDate(a))}</span>
      {a.revisedDate && <span className={s.muted}>revised from {formatDate(a.targetDate)}</span>}
      {overdue && (
        <span className={s.warn}>
          <CalendarError16Regular aria-hidden /> Overdue
        </span>
      )}
    </span>
  );
}

function Owner({ a }: { a: Action }) {
  const s = useStyles();
  if (!a.owner) {
    return (
      <span className={s.warn}>
        <PersonWarning16Regular aria-hidden /> No owner
      </span>
    );
  }
  return (
    <span className={s.cellStack}>
      <span>{a.owner.name}</span>
      {a.ownerOrg && <span className={s.muted}>{a.ownerOrg}</span>}
    </span>
  );
}

function LastUpdate({ a }: { a: Action }) {
  const s = useStyles();
  if (!a.lastUpdateAt) return <span className={s.muted}>No updates yet</span>;
  return (
    <span className={s.cellStack}>
      <span>{formatDateTime(a.lastUpdateAt)}</span>
      {a.lastUpdateBy && <span className={s.muted}>{a.lastUpdateBy.name}</span>}
    </span>
  );
}

/** A year roll-over moved it on from an earlier plan year: its history is there. */
function CarriedFrom({ a }: { a: Action }) {
  const s = useStyles();
  if (!a.carriedFrom) return null;
  return <Text className={s.muted}>Carried forward from {a.carriedFrom}</Text>;
}

/** An action plan as a table, or as cards on a phone. */
export function ActionList({ actions, today, linkFor, contextFor, caption }: ActionListProps) {
  const s = useStyles();
  const narrow = useNarrow();
  if (narrow) {
    return (
      <ul className={s.cards} aria-label={caption}>
        {actions.map((a) => (
          <li key={a.id}>
            <Card className={s.card}>
              <div className={s.cardTop}>
                <RatingBadge rating={ratingOf(a)} />
                {a.status === "In progress" && (
                  <Badge appearance="outline" color="informative">
                    In progress
                  </Badge>
                )}
                <Text className={s.muted}>{a.ref}</Text>
              </div>
              {contextFor && <Text className={s.muted}>{contextFor(a)}</Text>}
              <Link href={linkFor(a)} className={s.wrap}>
                {a.title}
              </Link>
              <CarriedFrom a={a} />
              <Text>
                Due <Due a={a} today={today} />
              </Text>
              <Owner a={a} />
            </Card>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table className={s.table} aria-label={caption} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={s.ref}>Ref</TableHeaderCell>
          <TableHeaderCell>Action</TableHeaderCell>
          <TableHeaderCell>Owner</TableHeaderCell>
          <TableHeaderCell>Due</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>RAG</TableHeaderCell>
          <TableHeaderCell>Last update</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {actions.map((a) => (
          <TableRow key={a.id}>
            <TableCell className={s.ref}>{a.ref}</TableCell>
            <TableCell>
              <span className={s.cellStack}>
                {contextFor && <span className={s.muted}>{contextFor(a)}</span>}
                <Link href={linkFor(a)} className={s.wrap}>
                  {a.title}
                </Link>
                <CarriedFrom a={a} />
              </span>
            </TableCell>
            <TableCell>
              <Owner a={a} />
            </TableCell>
            <TableCell>
              <Due a={a} today={today} />
            </TableCell>
            <TableCell>{a.status}</TableCell>
            <TableCell>
              {a.status === "In progress" ? (
                <RatingBadge rating={ratingOf(a)} />
              ) : (
                <span className={s.muted}>—</span>
              )}
            </TableCell>
            <TableCell>
              <LastUpdate a={a} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
