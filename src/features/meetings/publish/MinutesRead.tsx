import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { MinutesDocument, MinutesItem } from "../../../domain/minutesDocument";

const useStyles = makeStyles({
  minutes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, overflowWrap: "anywhere" },
  // Typed minutes keep their line breaks; long words wrap at 320 px.
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  decision: { overflowWrap: "anywhere" },
});

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <section className={s.section} aria-labelledby={id}>
      <Text as="h3" id={id} size={400} weight="semibold">
        {title}
      </Text>
      {children}
    </section>
  );
}

function Names({ names, none }: { names: readonly string[]; none: string }) {
  const s = useStyles();
  if (names.length === 0) return <Text className={s.muted}>{none}</Text>;
  return (
    <ul className={s.list}>
      {names.map((n, i) => (
        <li key={`${n}-${i}`}>{n}</li>
      ))}
    </ul>
  );
}

/** An item's decisions, read-only. */
export function ItemDecisions({ decisions }: { decisions: readonly string[] }) {
  const s = useStyles();
  if (decisions.length === 0) return null;
  return (
    <ul className={s.list} aria-label="Decisions">
      {decisions.map((d, i) => (
        <li key={i} className={s.decision}>
          <strong>Decision:</strong> {d}
        </li>
      ))}
    </ul>
  );
}

/**
 * The minutes, read-only: what members see of a draft and everyone sees once published. User text is
 * rendered as text (React escapes it), never as HTML. `renderItem` lets the chair's draft put the
 * minutes editor in place of an item's text.
 */
export function MinutesRead({
  doc,
  idPrefix,
  renderItem,
}: {
  doc: MinutesDocument;
  idPrefix: string;
  renderItem?: (item: MinutesItem) => ReactNode;
}) {
  const s = useStyles();
  const id = (part: string) => `${idPrefix}-${part}`;
  return (
    <div className={s.minutes}>
      <Section title="Attendance" id={id("attendance")}>
        <Names names={doc.attendance} none="No attendance recorded." />
      </Section>
      <Section title="Apologies" id={id("apologies")}>
        <Names names={doc.apologies} none="No apologies." />
      </Section>
      {doc.guests.length > 0 && (
        <Section title="Guests" id={id("guests")}>
          <Names names={doc.guests} none="" />
        </Section>
      )}
      {doc.previousMinutesApproval && (
        <Section title="Minutes of the previous meeting" id={id("previous")}>
          <Text>{doc.previousMinutesApproval}</Text>
        </Section>
      )}
      {doc.mattersArising.length > 0 && (
        <Section title="Matters arising" id={id("matters")}>
          <ul className={s.list}>
            {doc.mattersArising.map((m) => (
              <li key={m.ref}>
                {m.ref} {m.title}: {m.owner}, {m.rating}, due {m.dueDate}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Agenda items" id={id("items")}>
        {doc.items.length === 0 && <Text className={s.muted}>No agenda items.</Text>}
        {doc.items.map((item) => (
          <section key={item.id} className={s.section} aria-labelledby={id(`item-${item.id}`)}>
            <Text as="h4" id={id(`item-${item.id}`)} weight="semibold">
              {item.number}. {item.title}
            </Text>
            {renderItem ? (
              renderItem(item)
            ) : item.minutes ? (
              <p className={s.text}>{item.minutes}</p>
            ) : (
              <Text className={s.muted}>No minutes recorded.</Text>
            )}
            <ItemDecisions decisions={item.decisions} />
          </section>
        ))}
      </Section>
      {doc.otherDecisions.length > 0 && (
        <Section title="Other decisions" id={id("decisions")}>
          <ItemDecisions decisions={doc.otherDecisions} />
        </Section>
      )}
      <Section title="Actions arising" id={id("actions")}>
        {doc.actionsArising.length === 0 ? (
          <Text className={s.muted}>No actions arising.</Text>
        ) : (
          <ul className={s.list}>
            {doc.actionsArising.map((a) => (
              <li key={a.ref}>
                {a.ref} {a.title}: {a.owner}
                {a.organisation && ` (${a.organisation})`}, by {a.targetDate}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
