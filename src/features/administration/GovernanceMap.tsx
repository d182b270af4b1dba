import { makeStyles, tokens } from "@fluentui/react-components";
import { programmeHeading, programmeLabel, programmeNoun } from "../../domain/programmeWords";
import type { Board, Plan, Programme } from "../../domain/types";
import { ArchivedNotice, capitalise, plural, useAdminStyles } from "./shared";

/**
 * A tree drawn with borders: each level's list hangs from a line on its left, each entry joined to it
 * by a short line. Only tokens, so it follows light, dark and high-contrast themes; the indent is small
 * enough that four levels fit 320 px.
 */
const useStyles = makeStyles({
  tree: { listStyle: "none", margin: 0, padding: 0, minWidth: 0 },
  branch: {
    listStyle: "none",
    margin: `${tokens.spacingVerticalS} 0 0 ${tokens.spacingHorizontalS}`,
    padding: `0 0 0 ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    display: "grid",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "@media (max-width: 480px)": {
      marginLeft: tokens.spacingHorizontalXS,
      paddingLeft: tokens.spacingHorizontalS,
    },
  },
  leaf: {
    position: "relative",
    minWidth: 0,
    "::before": {
      content: '""',
      position: "absolute",
      top: "1.1em",
      left: `calc(-1 * ${tokens.spacingHorizontalM})`,
      width: tokens.spacingHorizontalM,
      borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
      "@media (max-width: 480px)": {
        left: `calc(-1 * ${tokens.spacingHorizontalS})`,
        width: tokens.spacingHorizontalS,
      },
    },
  },
  node: {
    display: "grid",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  top: { backgroundColor: tokens.colorNeutralBackground3 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  p: { margin: 0 },
});

/**
 * How the plan is governed, drawn from its data (as the seed's appendix 5.3 diagram): the Trust Board
 * and scrutiny at the top, the Trust Executive under them, each programme under the Executive, and the
 * board(s) delivering it, with their chairs and how often they meet. Nested lists and headings, so a
 * screen reader hears the levels ("list, 7 items", "heading level 5").
 */
export function GovernanceMap({
  plan,
  programmes: all,
  boards: allBoards,
}: {
  plan: Plan;
  programmes: Programme[];
  boards: Board[];
}) {
  const s = useStyles();
  const a = useAdminStyles();
  const noun = programmeNoun(plan);
  const programmes = all.filter((p) => p.planId === plan.id).sort((x, y) => x.number - y.number);
  const boards = allBoards.filter((b) => b.planId === plan.id);
  const byId = new Map(boards.map((b) => [b.id, b]));
  const delivering = new Set(programmes.flatMap((p) => p.boardIds));
  const idle = boards.filter((b) => !delivering.has(b.id));
  const sponsors = [...new Set(boards.flatMap((b) => (b.sponsor ? [b.sponsor.name] : [])))];

  const boardNode = (b: Board, coDelivers: Board[], Heading: "h4" | "h6" = "h6") => (
    <li key={b.id} className={s.leaf}>
      <div className={s.node}>
        <Heading className={s.heading}>{b.title}</Heading>
        <p className={s.p}>{b.chair ? `${b.chairRole}: ${b.chair.name}` : "No chair recorded"}</p>
        <p className={s.p}>
          {b.cadence ? `Meets: ${b.cadence.toLowerCase()}` : "Meeting cadence not recorded"}
        </p>
        {coDelivers.length > 0 && (
          <p className={s.p}>Co-delivers with {coDelivers.map((c) => c.title).join(" and ")}</p>
        )}
      </div>
    </li>
  );

  return (
    <section className={a.section} aria-labelledby="governance-heading">
      <h2 id="governance-heading" className={a.h2}>
        How {plan.title} is governed
      </h2>
      {plan.status === "Archived" && <ArchivedNotice plan={plan} />}
      <ul className={s.tree} aria-label="Governance map">
        <li>
          <div className={`${s.node} ${s.top}`}>
            <h3 className={s.heading}>Trust Board and scrutiny</h3>
            <p className={s.p}>
              The Trust Board oversees the plan: it sees progress six-monthly and an annual review. The
              council&apos;s scrutiny committee and Cabinet receive reports too.
            </p>
          </div>
          <ul className={s.branch}>
            <li className={s.leaf}>
              <div className={s.node}>
                <h4 className={s.heading}>Trust Executive</h4>
                <p className={s.p}>
                  Receives each {noun}&apos;s highlight report every quarter.
                  {sponsors.length > 0 && ` Lead sponsors: ${sponsors.join(", ")}.`}
                </p>
              </div>
              {programmes.length === 0 ? (
                <p className={s.p}>This plan has no {plural(noun)} yet.</p>
              ) : (
                <ul className={s.branch} aria-label={capitalise(plural(noun))}>
                  {programmes.map((p) => {
                    const deliverers = p.boardIds.flatMap((id) => byId.get(id) ?? []);
                    return (
                      <li key={p.id} className={s.leaf}>
                        <div className={s.node}>
                          <h5 className={s.heading}>{programmeHeading(plan, p)}</h5>
                          {p.outcome && <p className={s.p}>{p.outcome}</p>}
                        </div>
                        {deliverers.length === 0 ? (
                          <p className={s.p}>No board delivers it yet.</p>
                        ) : (
                          <ul
                            className={s.branch}
                            aria-label={`Boards delivering ${programmeLabel(plan, p)}`}
                          >
                            {deliverers.map((b) =>
                              boardNode(
                                b,
                                deliverers.filter((o) => o.id !== b.id),
                              ),
                            )}
                          </ul>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          </ul>
        </li>
      </ul>
      {idle.length > 0 && (
        <section aria-labelledby="idle-boards" className={a.section}>
          <h3 id="idle-boards" className={a.h3}>
            Boards not delivering any {noun} yet
          </h3>
          <ul className={s.branch}>{idle.map((b) => boardNode(b, [], "h4"))}</ul>
        </section>
      )}
    </section>
  );
}
