import { EmptyState } from "../../ui/StateViews";

/** Placeholder while this page is being built (replaced in the same change set). */
export default function Page({ boardId }: { boardId: number }) {
  return <EmptyState title="Not built yet">{`Board ${boardId}`}</EmptyState>;
}
