import {
  Badge,
  Button,
  Link,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CalendarError16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import type { RiskRecord } from "../../data/sharepoint/risks";
import { boardRoster, canReadBoard, chairToAsk } from "../../domain/boardPeople";
import { formatDate, todayIso } from "../../domain/dates";
import { BAND_RULE, IMPACT_WORDS, LIKELIHOOD_WORDS, riskBand, riskScore } from "../../domain/risks";
import type { IsoDate } from "../../domain/types";
import { useCardListStyles } from "../../ui/cardList";
import { HeatMap } from "../../ui/HeatMap";
import { Notice } from "../../ui/Notice";
import { PageTitle } from "../../ui/PageTitle";
import { EmptyState, ErrorState, LoadingState, NoAccess } from "../../ui/StateViews";
import { canEditBoard, useBoardPeople, useViewer } from "../queries";
import { programmeNoun, programmeNounCapitalised } from "../../domain/programmeWords";
import { RiskForm } from "./RiskForm";
import { useRiskHistory, useRiskRegister, type RiskRegisterData } from "./useRisks";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  rules: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(6rem, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dt": { fontWeight: tokens.fontWeightSemibold },
    "& dd": { margin: 0, overflowWrap: "anywhere" },
    "@media (max-width: 480px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  overdue: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  history: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export default function RisksPage({ boardId }: { boardId: number }) {
  const register = useRiskRegister(boardId);
  if (register.isPending) return <LoadingState label="Loading the board's risks…" />;
  if (register.isError)
    return (
      <ErrorState error={register.error} onRetry={() => void register.refetch()} what="this board's risks" />
    );
  return <RiskRegister data={register.data} />;
}

type StatusFilter = "Open" | "Closed" | "All";

const scaleText = (n: number, words: readonly string[]): string => `${n} (${words[n - 1] ?? "?"})`;

const isReviewOverdue = (r: RiskRecord, today: IsoDate): boolean =>
  r.status === "Open" && r.reviewDate !== null && r.reviewDate < today;

function RiskRegister({ data }: { data: RiskRegisterData }) {
  const s = useStyles();
  const cards = useCardListStyles();
  const { now, roles } = useServices();
  const viewer = useViewer();
  const people = useBoardPeople(data.board.groupId);
  const today = todayIso(now());
  const [status, setStatus] = useState<StatusFilter>("Open");
  const [cell, setCell] = useState<{ likelihood: number; impact: number } | null>(null);
  const [editing, setEditing] = useState<number | "new" | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const canEdit = canEditBoard(viewer.data, data.board, roles.administratorsGroupId);
  const roster = people.data ? boardRoster(people.data) : undefined;

  // Only this board's folder decides who may change a risk; one filed elsewhere is not this board's.
  const risks = data.risks.filter((r) => r.folder === "" || r.folder === data.board.folder);
  const shown = risks
    .filter((r) => status === "All" || r.status === status)
    .filter((r) => !cell || (r.likelihood === cell.likelihood && r.impact === cell.impact))
    .sort((a, b) => riskScore(b) - riskScore(a) || a.title.localeCompare(b.title));
  const open = risks.filter((r) => r.status === "Open").length;

  const header = (
    <header className={s.header}>
      <PageTitle>{`Risks: ${data.board.title}`}</PageTitle>
      <Text className={s.muted}>
        {data.plan ? `${data.plan.title} · ` : ""}
        {open} open, {risks.length - open} closed
      </Text>
      <Link href={hrefFor({ name: "board", boardId: data.board.id })}>
        Back to the board: {data.board.title}
      </Link>
    </header>
  );

  if (viewer.isSuccess && !canReadBoard(viewer.data, data.board, roles))
    return (
      <div className={s.page}>
        {header}
        <NoAccess what={`the risks of ${data.board.title}`} section askWhom={chairToAsk(data.board)} />
      </div>
    );

  const selectCell = (likelihood: number, impact: number): void => {
    setCell((c) => (c && c.likelihood === likelihood && c.impact === impact ? null : { likelihood, impact }));
    setStatus("Open");
  };

  return (
    <div className={s.page}>
      {header}
      {viewer.isSuccess && !canEdit && (
        <Notice intent="info">
          <MessageBarBody>
            You can read this board&apos;s risks but not change them: only the board&apos;s members and chair
            can add or rescore a risk.
          </MessageBarBody>
        </Notice>
      )}
      {saved && (
        <Notice intent="success" role="status">
          <MessageBarBody>{saved}</MessageBarBody>
        </Notice>
      )}
      <section aria-labelledby="heat-heading" className={s.section}>
        <Text as="h2" id="heat-heading" size={500} weight="semibold">
          Heat map
        </Text>
        <Text>
          Each risk is scored likelihood × impact, each from 1 to 5. Choose a cell to list its risks.
        </Text>
        <ul className={s.rules} aria-label="What the bands mean">
          {BAND_RULE.map((b) => (
            <li key={b.band}>{b.words}</li>
          ))}
        </ul>
        <HeatMap
          risks={risks}
          caption={`Open risks of ${data.board.title} by likelihood and impact`}
          onSelectCell={selectCell}
          selected={cell}
        />
      </section>
      <section aria-labelledby="register-heading" className={s.section}>
        <Text as="h2" id="register-heading" size={500} weight="semibold">
          Risk register
        </Text>
        {canEdit && editing !== "new" && (
          <div>
            <Button
              appearance="primary"
              onClick={() => {
                setSaved(null);
                setEditing("new");
              }}
            >
              Add a risk
            </Button>
          </div>
        )}
        {editing === "new" && (
          <RiskForm
            board={data.board}
            risk={null}
            programmes={data.programmes}
            noun={programmeNoun(data.plan)}
            people={roster}
            today={today}
            onSaved={(_, message) => {
              setEditing(null);
              setSaved(message);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        <RadioGroup
          layout="horizontal"
          aria-label="Show risks"
          value={status}
          onChange={(_, d) => {
            setStatus(d.value as StatusFilter);
            setCell(null);
          }}
        >
          <Radio value="Open" label="Open" />
          <Radio value="Closed" label="Closed" />
          <Radio value="All" label="All" />
        </RadioGroup>
        <Text role="status" aria-live="polite" className={s.muted}>
          Showing {shown.length} of {risks.length} risks
          {cell
            ? `: likelihood ${scaleText(cell.likelihood, LIKELIHOOD_WORDS)}, impact ${scaleText(cell.impact, IMPACT_WORDS)}`
            : ""}
        </Text>
        {cell && (
          <div>
            <Button onClick={() => setCell(null)}>Show every cell</Button>
          </div>
        )}
        {risks.length === 0 && (
          <EmptyState title="No risks recorded yet">
            {canEdit
              ? "Add the board's first risk: what could stop it delivering, how likely and how serious it is, and what is being done about it."
              : "When the board's members record a risk, it appears here with its score."}
          </EmptyState>
        )}
        {risks.length > 0 && shown.length === 0 && (
          <EmptyState title="No risks match">Show all risks, or choose another cell.</EmptyState>
        )}
        {shown.length > 0 && (
          <ul className={cards.list} aria-label="Risks">
            {shown.map((r) => (
              <li key={r.id} className={cards.item}>
                {editing === r.id ? (
                  <RiskForm
                    board={data.board}
                    risk={r}
                    programmes={data.programmes}
                    noun={programmeNoun(data.plan)}
                    people={roster}
                    today={today}
                    onSaved={(_, message) => {
                      setEditing(null);
                      setSaved(message);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <RiskCard
                    risk={r}
                    today={today}
                    programme={data.programmes.find((p) => p.id === r.programmeId)?.number ?? null}
                    programmeWord={programmeNounCapitalised(data.plan)}
                    canEdit={canEdit}
                    onEdit={() => {
                      setSaved(null);
                      setEditing(r.id);
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function RiskCard({
  risk: r,
  today,
  programme,
  programmeWord = "Programme",
  canEdit,
  onEdit,
}: {
  risk: RiskRecord;
  today: IsoDate;
  programme: number | null;
  /** The plan's word for a programme, capitalised ("Priority"). */
  programmeWord?: string;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const s = useStyles();
  const [showHistory, setShowHistory] = useState(false);
  const score = riskScore(r);
  const overdue = isReviewOverdue(r, today);
  const name = `${r.ref ? `${r.ref} ` : ""}${r.title}`;
  return (
    <article aria-label={name}>
      <Text as="h3" size={400} weight="semibold">
        {name}
      </Text>
      <dl className={s.facts}>
        <dt>Score</dt>
        <dd>
          {score} ({r.likelihood} × {r.impact}), {riskBand(score)}
        </dd>
        <dt>Likelihood</dt>
        <dd>{scaleText(r.likelihood, LIKELIHOOD_WORDS)}</dd>
        <dt>Impact score</dt>
        <dd>{scaleText(r.impact, IMPACT_WORDS)}</dd>
        <dt>Impact</dt>
        <dd>{r.impactText || "Not described"}</dd>
        <dt>Mitigation</dt>
        <dd>{r.mitigation || "None recorded"}</dd>
        <dt>Owner</dt>
        <dd>{r.owner?.name ?? "No owner"}</dd>
        {programme !== null && (
          <>
            <dt>{programmeWord}</dt>
            <dd>{programme}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>
          <Badge appearance="outline" color={r.status === "Open" ? "informative" : "subtle"}>
            {r.status}
          </Badge>
        </dd>
        <dt>Review date</dt>
        <dd>
          {r.reviewDate ? formatDate(r.reviewDate) : "Not set"}
          {overdue && (
            <>
              {" "}
              <span className={s.overdue}>
                <CalendarError16Regular aria-hidden />
                Review overdue
              </span>
            </>
          )}
        </dd>
      </dl>
      <div className={s.buttons}>
        <Button aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>
          {showHistory ? "Hide score history" : "Show score history"}
        </Button>
        {canEdit && <Button onClick={onEdit}>Change or rescore</Button>}
      </div>
      {showHistory && <RiskHistory riskId={r.id} title={r.title} />}
    </article>
  );
}

function RiskHistory({ riskId, title }: { riskId: number; title: string }) {
  const s = useStyles();
  const history = useRiskHistory(riskId, true);
  if (history.isPending) return <LoadingState label="Loading the score history…" />;
  if (history.isError)
    return (
      <ErrorState
        error={history.error}
        onRetry={() => void history.refetch()}
        what="the score history"
        section
      />
    );
  if (history.data.length === 0)
    return <Text>Not rescored since it was recorded: the score is the one it was first given.</Text>;
  return (
    <ol className={s.history} aria-label={`Score history of ${title}`}>
      {history.data.map((h) => (
        <li key={h.at}>{h.text}</li>
      ))}
    </ol>
  );
}
