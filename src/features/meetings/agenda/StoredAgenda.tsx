import {
  Button,
  Field,
  Input,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  Add16Regular,
  ArrowDown16Regular,
  ArrowUndo16Regular,
  ArrowUp16Regular,
  Delete16Regular,
  Edit16Regular,
} from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import { useServices } from "../../../app/services";
import { toDataError } from "../../../data/errors";
import { addMeetingItem, saveMeetingItem, type MeetingItem } from "../../../data/sharepoint/minutes";
import { newClientId } from "../../../data/sharepoint/common";
import { addItem, renameItem, type Agenda } from "../../../domain/agenda";
import { Notice } from "../../../ui/Notice";
import type { MeetingPartProps } from "../MeetingPage";
import { useRecordWriter } from "../useMeetingRecord";
import { activeItems, asAgendaItems, placeNewItem, removedItems } from "./agendaModel";
import { CirculateAgenda } from "./CirculateAgenda";
import { ItemActions } from "./ItemActions";
import { useAgendaStyles } from "./ProposedAgenda";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: "12rem", maxWidth: "100%" },
  removed: { display: "grid", gap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  summary: { cursor: "pointer", paddingBlock: tokens.spacingVerticalXS },
});

type NoticeState = { intent: "warning" | "error"; title: string; text: string } | null;

interface Renaming {
  id: number;
  draft: string;
  error: string | null;
}

/** Which button gets focus after the agenda re-renders: "up:12" is item 12's "Move … up". */
type FocusKey = `${"up" | "down" | "remove" | "rename" | "putBack"}:${number}` | "new";

/**
 * The saved agenda. Everyone reads it; the chair adds, renames, removes (kept, marked removed) and
 * moves items, each write with the ETag read, its answer put straight into the cached record. A
 * clash (someone else saved first) is shown, the agenda read again, and what the chair typed kept.
 */
export function StoredAgenda({
  part,
  agenda,
  announce,
}: {
  part: MeetingPartProps;
  /** The agenda the plan proposes now: for the reasons beside each action. */
  agenda: Agenda | null;
  announce: (text: string) => void;
}) {
  const s = useAgendaStyles();
  const st = useStyles();
  const { sp, siteUrl } = useServices();
  const { home, record, isChair } = part;
  const writer = useRecordWriter(record.meeting.id);
  const active = activeItems(record.items);
  const removed = removedItems(record.items);

  const [notice, setNotice] = useState<NoticeState>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const [newTitle, setNewTitle] = useState("");
  const [newError, setNewError] = useState<string | null>(null);
  // A create that failed is retried with the same client id while the title is unchanged.
  const pendingAdd = useRef<{ title: string; clientId: string } | null>(null);
  const [renaming, setRenaming] = useState<Renaming | null>(null);
  const [focusKey, setFocusKey] = useState<FocusKey | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // Focus follows the item the chair acted on: React moves list items in the DOM, which blurs them.
  useEffect(() => {
    if (!focusKey) return;
    const target = listRef.current?.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`);
    if (target) {
      target.focus();
      setFocusKey(null);
    }
  }, [focusKey, record.items]);

  async function write(work: () => Promise<void>): Promise<boolean> {
    if (busyRef.current) return false;
    busyRef.current = true;
    setBusy(true);
    setNotice(null);
    try {
      await work();
      return true;
    } catch (e) {
      const failure = toDataError(e);
      if (failure.kind === "conflict") {
        setNotice({
          intent: "warning",
          title: "Someone else changed the agenda.",
          text: "It has been read again and is shown as it stands now. What you typed is kept: check the agenda and try again.",
        });
        void writer.refresh();
      } else {
        setNotice({ intent: "error", title: "That change was not saved.", text: failure.message });
      }
      return false;
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  const save = async (item: MeetingItem, change: Parameters<typeof saveMeetingItem>[2]) => {
    const saved = await saveMeetingItem(sp, item, change);
    writer.item(saved);
    return saved;
  };

  function add(): void {
    const edit = addItem(asAgendaItems(active), newTitle);
    if (!edit.ok) {
      setNewError(edit.message);
      return;
    }
    setNewError(null);
    const title = newTitle.trim();
    const position = edit.items.find((i) => i.id === edit.focusId)?.order ?? active.length + 1;
    const clientId = pendingAdd.current?.title === title ? pendingAdd.current.clientId : newClientId();
    pendingAdd.current = { title, clientId };
    void write(async () => {
      const place = placeNewItem(active, position);
      // Make room first (from the end, so no two shown items share a place), then create.
      for (const bump of [...place.bumps].reverse()) await save(bump.item, { order: bump.order });
      const created = await addMeetingItem(
        sp,
        siteUrl,
        home.board,
        record.meeting.id,
        { title, order: place.order, kind: "Standing", agendaKind: "added" },
        clientId,
      );
      writer.item(created);
      pendingAdd.current = null;
      setNewTitle("");
      announce(`Added ${title} as item ${position} of ${active.length + 1}.`);
      setFocusKey("new");
    });
  }

  function saveRename(item: MeetingItem, r: Renaming): void {
    const edit = renameItem(asAgendaItems(active), String(item.id), r.draft);
    if (!edit.ok) {
      setRenaming({ ...r, error: edit.message });
      return;
    }
    const title = r.draft.trim();
    if (title === item.title) {
      setRenaming(null);
      setFocusKey(`rename:${item.id}`);
      return;
    }
    void write(async () => {
      await save(item, { title });
      setRenaming(null);
      announce(`Renamed to ${title}.`);
      setFocusKey(`rename:${item.id}`);
    });
  }

  function move(item: MeetingItem, by: -1 | 1): void {
    const at = active.findIndex((i) => i.id === item.id);
    const other = active[at + by];
    if (at < 0 || !other) return;
    const direction = by < 0 ? "up" : "down";
    // Swap the two stored places; equal places (two people adding at once) are pulled apart.
    const mine = other.order === item.order ? item.order + by : other.order;
    void write(async () => {
      await save(item, { order: mine });
      await save(other, { order: item.order });
      announce(`${item.title} moved to position ${at + by + 1} of ${active.length}`);
      setFocusKey(`${direction}:${item.id}`);
    });
  }

  function remove(item: MeetingItem): void {
    const at = active.findIndex((i) => i.id === item.id);
    const next = active[at + 1] ?? active[at - 1];
    void write(async () => {
      await save(item, { removed: true });
      if (renaming?.id === item.id) setRenaming(null);
      announce(
        `Removed ${item.title}. The agenda has ${active.length - 1} items; it can be put back from Removed items.`,
      );
      setFocusKey(next ? `remove:${next.id}` : "new");
    });
  }

  function putBack(item: MeetingItem): void {
    void write(async () => {
      await save(item, { removed: false });
      announce(`Put ${item.title} back on the agenda.`);
      setFocusKey(`remove:${item.id}`);
    });
  }

  return (
    <div ref={listRef} className={st.removed}>
      {notice && (
        <Notice intent={notice.intent} role="alert">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
        </Notice>
      )}
      {active.length === 0 ? (
        <Text>
          Nothing is on the agenda.{isChair ? " Add an item, or put one back from Removed items." : ""}
        </Text>
      ) : (
        <ol className={s.list} aria-label="Agenda items">
          {active.map((item, i) => (
            <li key={item.id} className={s.item}>
              {renaming?.id === item.id ? (
                <RenameField
                  item={item}
                  renaming={renaming}
                  busy={busy}
                  onChange={(draft) => setRenaming({ ...renaming, draft, error: null })}
                  onSave={() => saveRename(item, renaming)}
                  onCancel={() => {
                    setRenaming(null);
                    setFocusKey(`rename:${item.id}`);
                  }}
                />
              ) : (
                <Text weight="semibold">{item.title}</Text>
              )}
              <ItemActions
                itemTitle={item.title}
                actionIds={item.actionIds}
                actions={home.actions}
                reasons={agenda?.reasons ?? {}}
                boardId={home.board.id}
              />
              {isChair && renaming?.id !== item.id && (
                <div className={s.buttons}>
                  <Button
                    size="small"
                    icon={<ArrowUp16Regular />}
                    data-focus={`up:${item.id}`}
                    disabledFocusable={i === 0}
                    aria-label={`Move ${item.title} up`}
                    onClick={() => move(item, -1)}
                  >
                    Up
                  </Button>
                  <Button
                    size="small"
                    icon={<ArrowDown16Regular />}
                    data-focus={`down:${item.id}`}
                    disabledFocusable={i === active.length - 1}
                    aria-label={`Move ${item.title} down`}
                    onClick={() => move(item, 1)}
                  >
                    Down
                  </Button>
                  <Button
                    size="small"
                    icon={<Edit16Regular />}
                    data-focus={`rename:${item.id}`}
                    aria-label={`Rename ${item.title}`}
                    onClick={() => setRenaming({ id: item.id, draft: item.title, error: null })}
                  >
                    Rename
                  </Button>
                  <Button
                    size="small"
                    icon={<Delete16Regular />}
                    data-focus={`remove:${item.id}`}
                    aria-label={`Remove ${item.title}`}
                    onClick={() => remove(item)}
                  >
                    Remove
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}

      {isChair && (
        <form
          className={st.row}
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Field
            className={st.grow}
            label="New agenda item"
            validationMessage={newError ?? undefined}
            hint="It goes before Any other business; move it with Up and Down."
          >
            <Input
              value={newTitle}
              data-focus="new"
              onChange={(_, v) => {
                setNewTitle(v.value);
                setNewError(null);
              }}
            />
          </Field>
          <Button type="submit" icon={<Add16Regular />} disabledFocusable={busy}>
            Add item
          </Button>
        </form>
      )}

      {removed.length > 0 && (
        <details>
          <summary className={st.summary}>Removed items ({removed.length})</summary>
          <ul className={s.list} aria-label="Removed items">
            {removed.map((item) => (
              <li key={item.id} className={s.item}>
                <Text>{item.title}</Text>
                {isChair && (
                  <Button
                    size="small"
                    className={s.start}
                    icon={<ArrowUndo16Regular />}
                    data-focus={`putBack:${item.id}`}
                    aria-label={`Put back ${item.title}`}
                    onClick={() => putBack(item)}
                  >
                    Put back
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}

      {isChair && <CirculateAgenda part={part} items={active} />}
    </div>
  );
}

function RenameField({
  item,
  renaming,
  busy,
  onChange,
  onSave,
  onCancel,
}: {
  item: MeetingItem;
  renaming: Renaming;
  busy: boolean;
  onChange: (draft: string) => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const st = useStyles();
  const s = useAgendaStyles();
  return (
    <form
      className={st.row}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <Field
        className={st.grow}
        label={`New title for ${item.title}`}
        validationMessage={renaming.error ?? undefined}
      >
        <Input
          value={renaming.draft}
          // The field opens because the chair asked to rename: focus belongs in it.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          onChange={(_, v) => onChange(v.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              onCancel();
            }
          }}
        />
      </Field>
      <div className={s.buttons}>
        <Button type="submit" appearance="primary" size="small" disabledFocusable={busy}>
          Save title
        </Button>
        <Button size="small" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
