import { PageTitle } from "../../ui/PageTitle";
import { Card, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { hrefFor } from "../../app/route";
import { EmptyState, ErrorState, LoadingState } from "../../ui/StateViews";
import { useBoards, useViewer } from "../queries";
import { useServices } from "../../app/services";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  lead: { margin: 0 },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 18rem), 1fr))",
    gap: tokens.spacingHorizontalM,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  card: { height: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Where a person lands outside a board's tab: their boards and a way to their actions. */
export function Home() {
  const s = useStyles();
  const boards = useBoards();
  const viewer = useViewer();
  const { roles } = useServices();
  // A hint only: SharePoint refuses the rollup's data to anyone else (TB Executive Summaries).
  const seesRollup = [roles.executiveGroupId, roles.administratorsGroupId].some(
    (g) => g !== "" && (viewer.data?.groupIds ?? []).includes(g),
  );
  if (boards.isPending) return <LoadingState label="Loading boards…" />;
  if (boards.isError)
    return <ErrorState error={boards.error} onRetry={() => void boards.refetch()} what="Trust Boards" />;
  // A board's people are its group's members and its owners (a chair may be an owner only).
  const mine = new Set([...(viewer.data?.groupIds ?? []), ...(viewer.data?.ownedGroupIds ?? [])]);
  return (
    <div className={s.page}>
      <header className={s.header}>
        <PageTitle>Boards</PageTitle>
        <Text as="p" className={s.lead}>
          <Link href={hrefFor({ name: "my-actions" })}>Go to my actions</Link>
        </Text>
        {seesRollup && (
          <Text as="p" className={s.lead}>
            <Link href={hrefFor({ name: "rollup" })}>Trust Executive rollup</Link>
          </Text>
        )}
      </header>
      {boards.data.length === 0 && (
        <EmptyState title="No boards yet">The plan administrator sets up boards.</EmptyState>
      )}
      <ul className={s.grid} aria-label="Boards">
        {boards.data.map((b) => (
          <li key={b.id}>
            <Card className={s.card}>
              <Link href={hrefFor({ name: "board", boardId: b.id })}>{b.title}</Link>
              <Text className={s.muted}>
                {b.chair ? `${b.chairRole}: ${b.chair.name}` : "No chair recorded"}
              </Text>
              {mine.has(b.groupId) && <Text>You are a member</Text>}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
