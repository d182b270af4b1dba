import type { Route } from "../../app/route";
import { EmptyState } from "../../ui/StateViews";

/** Placeholder while this page is being built (replaced in the same change set). */
export default function Area({ route }: { route: Route }) {
  return <EmptyState title="Not built yet">{route.name}</EmptyState>;
}
