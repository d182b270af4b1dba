import type { Client } from "@microsoft/microsoft-graph-client";
import { z } from "zod";
import { DataError, toDataError } from "../errors";
import { loadBoardPeople } from "./boardPeople";

/**
 * What the plan administrator picks a board's group, channel and people from: the directory as Graph
 * shows it to them, never typed ids.
 */

export interface DirectoryGroup {
  id: string;
  displayName: string;
  mail: string;
  /** The group has a team (resourceProvisioningOptions holds "Team"), so a board's tab can live in it. */
  isTeam: boolean;
}

const GroupPage = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      displayName: z.string().nullish(),
      mail: z.string().nullish(),
      resourceProvisioningOptions: z.array(z.string()).nullish(),
    }),
  ),
  "@odata.nextLink": z.string().optional(),
});

/**
 * Microsoft 365 groups only (groupTypes contains "Unified": security groups cannot back a board's team),
 * 999 a page, Graph's largest for directory objects; a team is a group whose resourceProvisioningOptions
 * holds "Team" (https://learn.microsoft.com/graph/api/group-list,
 * https://learn.microsoft.com/graph/teams-list-all-teams). The `any` lambda on groupTypes is a
 * default-supported filter, so no advanced-query headers are needed.
 */
const GROUPS =
  "/groups?$filter=groupTypes/any(c:c eq 'Unified')&$select=id,displayName,mail,resourceProvisioningOptions&$top=999";

/** Every Microsoft 365 group the administrator can see, teams first, then by name. */
export async function listDirectoryGroups(graph: Client): Promise<DirectoryGroup[]> {
  try {
    const groups: DirectoryGroup[] = [];
    let next: string | undefined = GROUPS;
    while (next) {
      const page = GroupPage.parse(await graph.api(next).get());
      for (const g of page.value) {
        groups.push({
          id: g.id,
          displayName: g.displayName ?? g.mail ?? g.id,
          mail: (g.mail ?? "").toLowerCase(),
          isTeam: (g.resourceProvisioningOptions ?? []).includes("Team"),
        });
      }
      next = page["@odata.nextLink"];
    }
    return groups.sort(
      (a, b) => Number(b.isTeam) - Number(a.isTeam) || a.displayName.localeCompare(b.displayName, "en-GB"),
    );
  } catch (e) {
    throw toDataError(e);
  }
}

export interface TeamChannelChoice {
  id: string;
  displayName: string;
}

const ChannelPage = z.object({
  value: z.array(z.object({ id: z.string(), displayName: z.string().nullish() })),
});

/**
 * The team's channels (GET /teams/{id}/channels, delegated Channel.ReadBasic.All), General first. The
 * call acts as the signed-in person, who sees only the channels of teams they belong to: a team they
 * are not in answers 403 (or 404), which is said in words that say what to do
 * (https://learn.microsoft.com/graph/api/channel-list).
 */
export async function listTeamChannels(graph: Client, teamId: string): Promise<TeamChannelChoice[]> {
  try {
    const page = ChannelPage.parse(
      await graph.api(`/teams/${encodeURIComponent(teamId)}/channels?$select=id,displayName`).get(),
    );
    return page.value
      .map((c) => ({ id: c.id, displayName: c.displayName ?? "Unnamed channel" }))
      .sort(
        (a, b) =>
          Number(b.displayName === "General") - Number(a.displayName === "General") ||
          a.displayName.localeCompare(b.displayName, "en-GB"),
      );
  } catch (e) {
    const failure = toDataError(e);
    if (failure.kind === "access" || failure.kind === "notFound")
      throw new DataError(
        "access",
        "Teams does not show you this team's channels: you are not a member or owner of the team, or it " +
          "has no team yet. Ask one of its owners to add you as an owner, then choose it again.",
        failure.status,
      );
    throw failure;
  }
}

export interface GroupPersonChoice {
  email: string;
  name: string;
  role: "owner" | "member";
}

/**
 * The group's owners and members (one JSON batch, users only: boardPeople.ts), to pick a chair and a
 * lead sponsor from. Someone who is both is listed once, as an owner; owners first, then by name.
 */
export async function listGroupPeople(graph: Client, groupId: string): Promise<GroupPersonChoice[]> {
  try {
    const { owners, members } = await loadBoardPeople(graph, groupId);
    const people = new Map<string, GroupPersonChoice>();
    for (const [list, role] of [
      [owners, "owner"],
      [members, "member"],
    ] as const) {
      for (const p of list) {
        if (p.email === "" || people.has(p.email)) continue;
        people.set(p.email, { email: p.email, name: p.name, role });
      }
    }
    return [...people.values()].sort(
      (a, b) =>
        Number(a.role === "member") - Number(b.role === "member") || a.name.localeCompare(b.name, "en-GB"),
    );
  } catch (e) {
    throw toDataError(e);
  }
}
