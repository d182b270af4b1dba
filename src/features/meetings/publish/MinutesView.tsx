import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../../ui/Notice";
import { MessageBarBody } from "@fluentui/react-components";
import type { MeetingPartProps } from "../MeetingPage";
import { MinutesEditor } from "../mode/MinutesEditor";
import { DownloadMinutes } from "./DownloadMinutes";
import { MinutesRead } from "./MinutesRead";
import { PublishMinutes } from "./PublishMinutes";
import { useMinutesDocument } from "./useMinutesDocument";
import { usePublishMinutes } from "./usePublishMinutes";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
});

/**
 * The minutes after the meeting. A draft: the chair edits each item's minutes and publishes; everyone
 * else reads them so far. Published: everyone reads them, with who published which version when, a
 * link to the Word document in the board's papers and a download of it.
 * The publishing progress stays on screen when the meeting turns "Minutes published" part-way.
 */
export function MinutesView(props: MeetingPartProps) {
  const s = useStyles();
  const { doc } = useMinutesDocument(props);
  const publishing = usePublishMinutes(props);
  const { meeting } = props.record;
  const draft = meeting.state === "Minutes draft";
  const chairDraft = draft && props.isChair && publishing.state.status === "idle";
  const byId = new Map(props.record.items.map((i) => [i.id, i]));

  return (
    <div className={s.view}>
      <section aria-labelledby="minutes-heading" className={s.section}>
        <Text as="h2" id="minutes-heading" size={500} weight="semibold">
          {draft ? "Draft minutes" : "Minutes"}
        </Text>
        {draft && !props.isChair && (
          <Notice intent="info">
            <MessageBarBody>
              These are the minutes so far. The chair has not published them yet.
            </MessageBarBody>
          </Notice>
        )}
        {meeting.state === "Minutes published" && (
          <Text as="p" className={s.muted}>
            Published on {doc.publishedAt ?? "an unknown date"} by {doc.publishedBy ?? "someone"}, version{" "}
            {doc.version}.
          </Text>
        )}
        {meeting.state === "Minutes published" && meeting.documentUrl !== "" && (
          <DownloadMinutes documentUrl={meeting.documentUrl} />
        )}
      </section>
      <MinutesRead
        doc={doc}
        idPrefix={`minutes-${meeting.id}`}
        renderItem={
          chairDraft
            ? (item) => {
                const record = byId.get(item.id);
                return record ? <MinutesEditor {...props} item={record} /> : null;
              }
            : undefined
        }
      />
      {props.isChair && (draft || publishing.state.status !== "idle") && (
        <PublishMinutes state={publishing.state} onPublish={() => void publishing.run()} />
      )}
    </div>
  );
}
