import {
  Button,
  Combobox,
  Field,
  Input,
  Option,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useServices } from "../../app/services";
import { createBoard, updateBoard } from "../../data/sharepoint/administration";
import type { DirectoryGroup, GroupPersonChoice } from "../../data/graph/directory";
import { toDataError } from "../../data/errors";
import { validateBoardInput, type BoardInput, type InputErrors } from "../../domain/planSetup";
import type { Board, Plan } from "../../domain/types";
import { FieldSelect } from "../../ui/FieldSelect";
import { useAdminWrite, useDirectoryGroups, useGroupPeople, useTeamChannels } from "./queries";
import { ProblemNotice, useAdminStyles, useFocusFirstInvalid, useFocusOnMount } from "./shared";

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column" },
  optionNote: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  combobox: { minWidth: 0 },
});

interface Draft {
  title: string;
  groupId: string;
  channelId: string;
  chairEmail: string;
  chairRole: string;
  sponsorEmail: string;
  cadence: string;
}

const same = (a: string | undefined | null, b: string | undefined | null) =>
  (a ?? "").toLowerCase() === (b ?? "").toLowerCase();

/** Owners first (a chair usually owns the group), then members, each by name. */
const ownersFirst = (people: readonly GroupPersonChoice[]): GroupPersonChoice[] =>
  [...people].sort(
    (a, b) => (a.role === b.role ? 0 : a.role === "owner" ? -1 : 1) || a.name.localeCompare(b.name),
  );

/**
 * A board's name, the Microsoft 365 group or team it works in (searched, teams first, never typed as an
 * id), the team's channel, its chair and lead sponsor (picked from people, never typed), the chair's
 * title and how often it meets. A new board's folders are set up in every board-scoped list while a
 * progress bar counts them.
 */
export function BoardForm({
  plan,
  board,
  boards,
  onDone,
}: {
  plan: Plan;
  board?: Board;
  boards: Board[];
  onDone: () => void;
}) {
  const s = useAdminStyles();
  const own = useStyles();
  const { roles } = useServices();
  const [draft, setDraft] = useState<Draft>({
    title: board?.title ?? "",
    groupId: board?.groupId ?? "",
    channelId: board?.channelId ?? "",
    chairEmail: board?.chair?.email ?? "",
    chairRole: board?.chairRole ?? "Chair",
    sponsorEmail: board?.sponsor?.email ?? "",
    cadence: board?.cadence ?? "Monthly",
  });
  const [errors, setErrors] = useState<InputErrors<BoardInput>>({});
  const [checked, setChecked] = useState(false);
  const [tick, setTick] = useState(0);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const formRef = useFocusFirstInvalid(tick);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

  const groups = useDirectoryGroups();
  const group = groups.data?.find((g) => g.id === draft.groupId);
  const [query, setQuery] = useState<string | null>(null);
  const channels = useTeamChannels(group?.isTeam ? group.id : undefined);
  const people = useGroupPeople(draft.groupId || undefined);
  const executive = useGroupPeople(roles.executiveGroupId || undefined);

  /** Which board of any plan each group is linked to already. */
  const boardOfGroup = useMemo(
    () => new Map(boards.filter((b) => b.id !== board?.id).map((b) => [b.groupId, b])),
    [boards, board?.id],
  );
  const sortedGroups = useMemo(
    () =>
      [...(groups.data ?? [])].sort(
        (a, b) => Number(b.isTeam) - Number(a.isTeam) || a.displayName.localeCompare(b.displayName),
      ),
    [groups.data],
  );
  const shownQuery = query ?? group?.displayName ?? "";
  const matching =
    query === null || query.trim() === ""
      ? sortedGroups
      : sortedGroups.filter((g) =>
          `${g.displayName} ${g.mail}`.toLowerCase().includes(query.trim().toLowerCase()),
        );

  const chairChoices = ownersFirst(people.data ?? []);
  const sponsorChoices = ownersFirst([
    ...(executive.data ?? []),
    ...(people.data ?? []).filter((p) => !(executive.data ?? []).some((e) => same(e.email, p.email))),
  ]);

  const inputOf = (d: Draft): BoardInput => {
    const channel = channels.data?.find((c) => c.id === d.channelId);
    return {
      planId: plan.id,
      title: d.title.trim(),
      groupId: d.groupId,
      channelId: d.channelId,
      channelName:
        channel?.displayName ?? (d.channelId === board?.channelId ? (board?.channelName ?? "") : ""),
      chairEmail: d.chairEmail || null,
      chairRole: d.chairRole.trim(),
      sponsorEmail: d.sponsorEmail || null,
      cadence: d.cadence.trim(),
      ...(board ? { folder: board.folder } : {}),
    };
  };
  const check = (d: Draft) => validateBoardInput(inputOf(d), boards, board?.id);
  const edit = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (checked) setErrors(check(next));
  };

  const write = useAdminWrite(
    ({ sp, siteUrl, roles: groupsOfRoles }, input: BoardInput) =>
      board
        ? updateBoard(sp, siteUrl, board, input, groupsOfRoles, board.etag).then(() => board.id)
        : createBoard(sp, siteUrl, input, groupsOfRoles, (done, total) => setProgress({ done, total })),
    board ? board.title : "the new board",
    plan.id,
  );
  const submit = async () => {
    const found = check(draft);
    setChecked(true);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setTick((t) => t + 1);
      return;
    }
    setProgress(null);
    const id = await write.run(inputOf(draft));
    setProgress(null);
    if (id !== undefined) onDone();
  };

  const pickGroup = (g: DirectoryGroup | undefined) => {
    setQuery(null);
    edit({ groupId: g?.id ?? "", channelId: "", chairEmail: "" });
  };

  const channelMessage = !draft.groupId
    ? "Choose the team first."
    : !group
      ? undefined
      : !group.isTeam
        ? "This group is not a team, so it has no channels. The board can work without one."
        : channels.isError
          ? `We couldn't list this team's channels: ${toDataError(channels.error).message} You can save the board without a channel and link it later.`
          : undefined;

  const headingId = board ? `board-form-${board.id}` : "board-form-new";
  return (
    <form
      ref={formRef}
      className={s.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!write.saving) void submit();
      }}
    >
      <h3 id={headingId} className={s.h3} ref={headingRef} tabIndex={-1}>
        {board ? `Edit ${board.title}` : "New board"}
      </h3>
      <ProblemNotice
        problem={write.problem}
        onRetry={() => void submit()}
        onReload={() => void write.reload()}
      />
      <Field label="Name" required validationMessage={errors.title}>
        <Input value={draft.title} onChange={(_, d) => edit({ title: d.value })} />
      </Field>
      <Field
        label="Microsoft 365 group or team"
        required
        hint={groups.isPending ? "Loading the groups you can see…" : "Type to search; teams are listed first"}
        validationMessage={
          errors.groupId ??
          (groups.isError ? `We couldn't list the groups: ${toDataError(groups.error).message}` : undefined)
        }
      >
        <Combobox
          className={own.combobox}
          value={shownQuery}
          selectedOptions={draft.groupId ? [draft.groupId] : []}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_, d) => pickGroup(sortedGroups.find((g) => g.id === d.optionValue))}
          onBlur={() => setQuery(null)}
          placeholder="Search by name"
        >
          {matching.length === 0 ? (
            <Option disabled value="" text="">
              No group matches “{query}”
            </Option>
          ) : (
            matching.map((g) => {
              const linked = boardOfGroup.get(g.id);
              return (
                <Option key={g.id} value={g.id} text={g.displayName}>
                  <span className={own.option}>
                    <span>{g.displayName}</span>
                    <span className={own.optionNote}>
                      {g.isTeam ? "Team" : "Group (not a team)"}
                      {linked ? ` — already a board: ${linked.title}` : ""}
                    </span>
                  </span>
                </Option>
              );
            })
          )}
        </Combobox>
      </Field>
      <Field
        label="Channel"
        hint={channels.isFetching ? "Loading the team's channels…" : "Where the board's tab lives"}
        validationState={channels.isError ? "warning" : "none"}
        validationMessage={channelMessage}
      >
        <FieldSelect
          value={draft.channelId}
          disabled={!group?.isTeam || channels.isError}
          onChange={(_, d) => edit({ channelId: d.value })}
        >
          <option value="">No channel yet</option>
          {board?.channelId && !channels.data?.some((c) => c.id === board.channelId) && (
            <option value={board.channelId}>{board.channelName || "The linked channel"}</option>
          )}
          {(channels.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.displayName}
            </option>
          ))}
        </FieldSelect>
      </Field>
      <div className={s.pair}>
        <Field
          label="Chair"
          hint={draft.groupId ? "From the group's owners and members" : "Choose the group first"}
          validationMessage={errors.chairEmail}
        >
          <FieldSelect
            value={draft.chairEmail}
            disabled={!draft.groupId}
            onChange={(_, d) => edit({ chairEmail: d.value })}
          >
            <option value="">No chair yet</option>
            {board?.chair && !chairChoices.some((p) => same(p.email, board.chair?.email)) && (
              <option value={board.chair.email}>{board.chair.name}</option>
            )}
            {chairChoices.map((p) => (
              <option key={p.email} value={p.email}>
                {p.name} ({p.role})
              </option>
            ))}
          </FieldSelect>
        </Field>
        <Field
          label="Chair's title"
          hint="For example Chair, Interim Chair"
          validationMessage={errors.chairRole}
        >
          <Input value={draft.chairRole} onChange={(_, d) => edit({ chairRole: d.value })} />
        </Field>
      </div>
      <Field
        label="Lead sponsor"
        hint="From the Trust Executive and the group's people"
        validationMessage={errors.sponsorEmail}
      >
        <FieldSelect value={draft.sponsorEmail} onChange={(_, d) => edit({ sponsorEmail: d.value })}>
          <option value="">No lead sponsor yet</option>
          {board?.sponsor && !sponsorChoices.some((p) => same(p.email, board.sponsor?.email)) && (
            <option value={board.sponsor.email}>{board.sponsor.name}</option>
          )}
          {sponsorChoices.map((p) => (
            <option key={p.email} value={p.email}>
              {p.name}
            </option>
          ))}
        </FieldSelect>
      </Field>
      <Field
        label="Meets"
        hint="For example Monthly, Every six weeks, Quarterly"
        validationMessage={errors.cadence}
      >
        <Input value={draft.cadence} onChange={(_, d) => edit({ cadence: d.value })} />
      </Field>
      {write.saving && !board && (
        <Field
          validationState="none"
          validationMessage={
            progress
              ? `Setting up the board's folders: ${progress.done} of ${progress.total} lists`
              : "Saving the board…"
          }
        >
          <ProgressBar
            aria-label="Setting up the board"
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
          />
        </Field>
      )}
      <div className={s.row}>
        <Button appearance="primary" type="submit" disabled={write.saving}>
          {write.saving ? "Saving…" : board ? "Save the board" : "Add the board"}
        </Button>
        <Button disabled={write.saving} onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
