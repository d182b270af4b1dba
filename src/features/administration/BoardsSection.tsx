import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { Board, Plan } from "../../domain/types";
import { useCardListStyles } from "../../ui/cardList";
import { useNarrow } from "../../ui/useNarrow";
import { BoardForm } from "./BoardForm";
import { useDirectoryGroups } from "./queries";
import { ArchivedNotice, useAdminStyles } from "./shared";

const chairOf = (b: Board) => (b.chair ? `${b.chair.name} (${b.chairRole})` : `No chair yet`);

/**
 * The plan's boards: who chairs them and with what title, their lead sponsor, how often they meet and
 * the team and channel they work in; add one (its folders are set up in every board-scoped list) or
 * change one.
 */
export function BoardsSection({ plan, boards: all }: { plan: Plan; boards: Board[] }) {
  const s = useAdminStyles();
  const cards = useCardListStyles();
  const narrow = useNarrow();
  const archived = plan.status === "Archived";
  const boards = all.filter((b) => b.planId === plan.id).sort((a, b) => a.title.localeCompare(b.title));
  const groups = useDirectoryGroups();
  const groupName = new Map((groups.data ?? []).map((g) => [g.id, g.displayName]));
  const [form, setForm] = useState<number | "new" | null>(null);
  const editing = typeof form === "number" ? boards.find((b) => b.id === form) : undefined;

  const teamOf = (b: Board) => {
    const team = groupName.get(b.groupId) ?? (groups.isPending ? "…" : "A Microsoft 365 group");
    return b.channelName ? `${team}, ${b.channelName} channel` : `${team} (no channel linked)`;
  };
  const edit = (b: Board) => (
    <Button size="small" aria-label={`Edit ${b.title}`} onClick={() => setForm(b.id)}>
      Edit
    </Button>
  );

  return (
    <section className={s.section} aria-labelledby="boards-heading">
      <h2 id="boards-heading" className={s.h2}>
        Boards
      </h2>
      {archived && <ArchivedNotice plan={plan} />}
      {!archived &&
        (form === "new" ? (
          <BoardForm plan={plan} boards={all} onDone={() => setForm(null)} />
        ) : editing ? (
          <BoardForm key={editing.id} plan={plan} board={editing} boards={all} onDone={() => setForm(null)} />
        ) : (
          <div className={s.row}>
            <Button appearance="primary" onClick={() => setForm("new")}>
              Add a board
            </Button>
          </div>
        ))}
      {boards.length === 0 ? (
        <p className={s.text}>
          This plan has no boards yet.{!archived && " Add the first, or import them from a spreadsheet."}
        </p>
      ) : narrow ? (
        <ul className={cards.list} aria-label="Boards">
          {boards.map((b) => (
            <li key={b.id} className={cards.item}>
              <h3 className={s.h3}>{b.title}</h3>
              <span>Chair: {chairOf(b)}</span>
              <span>Lead sponsor: {b.sponsor?.name ?? "none yet"}</span>
              <span>Meets: {b.cadence || "not recorded"}</span>
              <span>Team: {teamOf(b)}</span>
              {b.status === "Archived" && <span>Archived</span>}
              {!archived && <div>{edit(b)}</div>}
            </li>
          ))}
        </ul>
      ) : (
        <div className={s.scroll}>
          <table className={s.table}>
            <caption className={s.caption}>Boards of {plan.title}</caption>
            <thead>
              <tr>
                <th scope="col">Board</th>
                <th scope="col">Chair</th>
                <th scope="col">Lead sponsor</th>
                <th scope="col">Meets</th>
                <th scope="col">Team and channel</th>
                {!archived && (
                  <th scope="col">
                    <span className={s.label}>Change</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {boards.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    {b.title}
                    {b.status === "Archived" && " (archived)"}
                  </th>
                  <td>{chairOf(b)}</td>
                  <td>{b.sponsor?.name ?? "None yet"}</td>
                  <td>{b.cadence || "Not recorded"}</td>
                  <td>{teamOf(b)}</td>
                  {!archived && <td>{edit(b)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
