import {
  Button,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { ExecutiveRollup } from "../../domain/executiveRollup";
import { Notice } from "../../ui/Notice";
import { dashboardFileName, executiveSummaryFileName, saveBlob } from "../exports/saveBlob";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

type Kind = "word" | "excel";
const NAMES: Record<Kind, string> = { word: "Executive Summary (Word)", excel: "Dashboard (Excel)" };

/**
 * The Executive Summary (Word) and the Dashboard (Excel), made from the same view model the screen
 * shows. The document libraries are loaded only when asked for (their own chunks), so the rollup
 * opens without them.
 */
export function ExportButtons({ rollup, narrative }: { rollup: ExecutiveRollup; narrative: string }) {
  const s = useStyles();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [failed, setFailed] = useState<Kind | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const make = async (kind: Kind): Promise<void> => {
    setBusy(kind);
    setFailed(null);
    setDone(null);
    try {
      if (kind === "word") {
        const { executiveSummaryDocx } = await import(
          /* webpackChunkName: "export-docx" */ "../exports/executiveSummaryDocx"
        );
        const name = executiveSummaryFileName(rollup.quarterLabel);
        saveBlob(await executiveSummaryDocx(rollup, narrative), name);
        setDone(name);
      } else {
        const { dashboardXlsx } = await import(
          /* webpackChunkName: "export-xlsx" */ "../exports/dashboardXlsx"
        );
        const name = dashboardFileName(rollup.quarterLabel);
        saveBlob(await dashboardXlsx(rollup), name);
        setDone(name);
      }
    } catch {
      setFailed(kind);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <div className={s.row}>
        {(["word", "excel"] as const).map((kind) => (
          <Button
            key={kind}
            icon={busy === kind ? <Spinner size="extra-tiny" /> : <ArrowDownload16Regular />}
            disabled={busy !== null}
            onClick={() => void make(kind)}
          >
            {NAMES[kind]}
          </Button>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {busy !== null && `Making the ${NAMES[busy]}…`}
        {busy === null && done !== null && `Saved ${done} to your downloads.`}
      </div>
      {failed !== null && (
        <Notice intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>We couldn&apos;t make the {NAMES[failed]}.</MessageBarTitle>
            Nothing was saved. Try again; if it keeps failing, reload the page.
          </MessageBarBody>
          <Button onClick={() => void make(failed)}>Try again</Button>
        </Notice>
      )}
    </>
  );
}
