import { MessageBarBody } from "@fluentui/react-components";
import { Notice } from "./Notice";
import { useEffect, useState } from "react";
import { onRetry, type RetryNotice } from "../data/http/retry";

/** Says so while Microsoft 365 is throttling us, instead of looking stuck. */
export function RetryBanner() {
  const [notice, setNotice] = useState<RetryNotice | null>(null);
  useEffect(() => onRetry(setNotice), []);
  return (
    <div aria-live="polite">
      {notice && (
        <Notice intent="warning">
          <MessageBarBody>
            {notice.service} is {notice.reason} — retrying in {Math.max(1, Math.round(notice.waitMs / 1000))}{" "}
            s (attempt {notice.attempt + 1}). Nothing you entered is lost.
          </MessageBarBody>
        </Notice>
      )}
    </div>
  );
}
