import type { Route } from "../../app/route";

/** Administration: placeholder until the sections land (issue 9). */
export default function AdminArea({ route }: { route: Extract<Route, { name: "admin" }> }) {
  return <p>Administration: {route.section}</p>;
}
