import { Button, Link, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import { downloadBoardPaper, paperPathFromUrl } from "../../../data/sharepoint/papers";
import { Notice } from "../../../ui/Notice";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/**
 * A link to the published document in SharePoint, and a download of it from the tab: the bytes come
 * through the app's SharePoint client (the tab's token), so it works where opening SharePoint in a new
 * window would ask the person to sign in again.
 */
export function DownloadMinutes({ documentUrl }: { documentUrl: string }) {
  const s = useStyles();
  const { sp, siteUrl } = useServices();
  const [state, setState] = useState<{ status: "idle" | "loading" } | { status: "error"; message: string }>({
    status: "idle",
  });
  // A document elsewhere than the site (typed in by hand) is only linked, never fetched with our token.
  const path = paperPathFromUrl(siteUrl, documentUrl);
  const fileName = path?.split("/").pop() || "minutes.docx";
  // The column is plain text anyone on the board could have edited before publishing: only web links.
  const linkable = /^https?:\/\//i.test(documentUrl);
  const download = async () => {
    setState({ status: "loading" });
    try {
      const bytes = await downloadBoardPaper(sp, path ?? "");
      const blob = new Blob([bytes], {
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      });
      const href = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = href;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      // Give the browser time to start the download before the object URL goes.
      setTimeout(() => URL.revokeObjectURL(href), 30_000);
      setState({ status: "idle" });
    } catch (e) {
      setState({ status: "error", message: toDataError(e).message });
    }
  };
  return (
    <div>
      <div className={s.row}>
        {path !== null && (
          <Button
            icon={state.status === "loading" ? <Spinner size="extra-tiny" /> : <ArrowDownload16Regular />}
            disabledFocusable={state.status === "loading"}
            onClick={() => void download()}
          >
            {state.status === "loading" ? "Downloading the minutes…" : "Download the minutes (Word)"}
          </Button>
        )}
        {linkable && (
          <Link href={documentUrl} target="_blank" rel="noreferrer">
            Open the minutes in SharePoint
          </Link>
        )}
      </div>
      <div role="status" aria-live="polite">
        {state.status === "error" && (
          <Notice intent="error">
            <MessageBarBody>The minutes could not be downloaded: {state.message}</MessageBarBody>
          </Notice>
        )}
      </div>
    </div>
  );
}
