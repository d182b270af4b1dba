import { Link, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { hrefFor } from "../../app/route";
import { useServices } from "../../app/services";
import type { BoardHomeData } from "../../data/sharepoint/boardHome";
import { quarterKey, quarterLabel } from "../../domain/quarters";
import { Notice } from "../../ui/Notice";
import { boardReportRows } from "./reportRows";
import { useBoardReports, useReportingCalendar } from "./useReports";

/**
 * On the board's home, for its chair: each highlight report the board owes that is late (its due day
 * has passed and it is not submitted) or that the Executive returned, with a link to it. Read only for
 * the chair, so everyone else's first screen keeps its single round trip.
 */
export function LateReportsNotice({ home, isChair }: { home: BoardHomeData; isChair: boolean }) {
  const { now } = useServices();
  const year = home.plan?.currentYear;
  const reports = useBoardReports(home.board.id, isChair);
  const calendar = useReportingCalendar(home.plan?.id, isChair);
  if (!isChair || !year || !reports.data || !calendar.data) return null;
  const owed = boardReportRows(
    home.programmes,
    home.board,
    year,
    reports.data.reports,
    reports.data.reviews,
    calendar.data,
    now(),
  ).filter((r) => r.needsChair);
  if (owed.length === 0) return null;
  const noun = home.plan?.programmeNoun ?? "programme";
  return (
    <Notice intent="warning">
      <MessageBarBody>
        <MessageBarTitle>Highlight reports need you</MessageBarTitle>
        {owed.map((r, i) => (
          <span key={`${r.programme.id}-${r.quarter.quarter}`}>
            {i > 0 ? "; " : ""}
            <Link
              href={hrefFor({
                name: "reports",
                boardId: home.board.id,
                programmeId: r.programme.id,
                quarter: quarterKey(r.quarter),
              })}
            >
              {`${noun} ${r.programme.number}, ${quarterLabel(r.quarter)}`}
            </Link>
            {r.standing.state === "Returned"
              ? ": returned by the Executive"
              : `: ${r.latenessText.toLowerCase()}`}
          </span>
        ))}
        .
      </MessageBarBody>
    </Notice>
  );
}
