// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { getAction } from "../../data/sharepoint/actions";
import { actionIdByRef, boardIdByFolder, renderApp, servicesFor } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";

const open = async (role: "member" | "second-member" | "chair" | "reader", ref: string) => {
  renderApp(role, `#/board/${boardIdByFolder("early-help")}/action/${actionIdByRef(ref)}`);
  await screen.findByRole("heading", { level: 1, name: new RegExp(ref.replace(".", "\\.")) });
  if (role !== "reader") await screen.findByRole("button", { name: "Save update" });
};

const history = () => screen.getByRole("list", { name: "Changes, newest first" });

/** The stored versions of an action whose note is `note`: each is one history entry. */
const versionsWithNote = (actionId: number, note: string) =>
  (tenant.state.lists["TB Actions"]?.items.find((i) => i.Id === actionId)?.versions ?? []).filter(
    (v) => v.fields["TBLastNote"] === note,
  );

describe("updating an action", () => {
  it("records a RAG change with a note and a revised date, and shows it in the history with who", async () => {
    const user = userEvent.setup();
    await open("member", "5.3");
    await user.click(screen.getByRole("radio", { name: "Amber" }));
    await user.type(
      screen.getByRole("textbox", { name: /Progress note/ }),
      "School nurse posts vacant until spring.",
    );
    await user.click(screen.getByRole("button", { name: "Propose a revised target date" }));
    await user.type(screen.getByLabelText(/Revised target date/), "2027-06-30");
    await user.type(screen.getByRole("textbox", { name: /Reason for the new date/ }), "Recruitment delayed");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(await screen.findByText(/Update saved/)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(history()).getAllByRole("listitem")[0]).toHaveTextContent("RAG: Green → Amber"),
    );
    const newest = within(history()).getAllByRole("listitem")[0];
    expect(newest).toHaveTextContent("Priya Chaudhry");
    expect(newest).toHaveTextContent("School nurse posts vacant until spring.");
    expect(newest).toHaveTextContent(
      "Revised target date: 31 Mar 2027 → 30 Jun 2027 (reason: Recruitment delayed)",
    );
    const saved = await getAction(servicesFor("member").sp, actionIdByRef("5.3"));
    expect(saved).toMatchObject({
      rag: "Amber",
      revisedDate: "2027-06-30",
      revisedReason: "Recruitment delayed",
    });
  });

  it("asks for a note when the RAG changes, and saves nothing until there is one", async () => {
    const user = userEvent.setup();
    await open("member", "5.3");
    const before = tenant.state.lists["TB Actions"]?.items.find(
      (i) => i.Id === actionIdByRef("5.3"),
    )?.version;
    await user.click(screen.getByRole("radio", { name: "Red" }));
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(
      await screen.findByText("Say why the RAG rating changed: a note is required."),
    ).toBeInTheDocument();
    expect(tenant.state.lists["TB Actions"]?.items.find((i) => i.Id === actionIdByRef("5.3"))?.version).toBe(
      before,
    );
    await user.type(screen.getByRole("textbox", { name: /Progress note/ }), "Funding gap");
    expect(screen.queryByText("Say why the RAG rating changed: a note is required.")).not.toBeInTheDocument();
  });

  it("suggests Red for an overdue action but leaves the rating to the person", async () => {
    const user = userEvent.setup();
    tenant.state.lists["TB Actions"]!.items.find((i) => i.Id === actionIdByRef("5.3"))!.fields[
      "TBTargetDate"
    ] = "2026-10-31T00:00:00Z";
    await open("member", "5.3");
    expect(screen.getByText(/We suggest rating it Red/)).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Green" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Use Red" }));
    expect(screen.getByRole("radio", { name: "Red" })).toBeChecked();
  });

  it("keeps the person's text and says so when SharePoint refuses the write", async () => {
    const user = userEvent.setup();
    // Graph still says she is a member, but the board folder no longer lets her group contribute.
    const folder = tenant.state.lists["TB Actions"]!.folders["early-help"]!;
    folder.acl = folder.acl.map((e) =>
      e.role === "Contribute without delete" ? { ...e, role: "Read" as const } : e,
    );
    await open("member", "5.3");
    await user.type(screen.getByRole("textbox", { name: /Progress note/ }), "Quarterly review done.");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(
      await screen.findByText(
        /Only members of Early Help Strategic Commissioning Board can update its actions/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Progress note/ })).toHaveValue("Quarterly review done.");
  });

  it("saves through throttling: SharePoint answers 429 then accepts", async () => {
    const user = userEvent.setup();
    await open("member", "5.3");
    // The one write (the action's MERGE and its re-read, in one $batch) is throttled twice.
    tenant.faults.add({ service: "sharepoint", kind: 429, times: 2, retryAfter: 0, match: "POST" });
    await user.type(screen.getByRole("textbox", { name: /Progress note/ }), "Still on track.");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(await screen.findByText(/Update saved/)).toBeInTheDocument();
    expect(versionsWithNote(actionIdByRef("5.3"), "Still on track.")).toHaveLength(1);
    expect(tenant.log.filter((l) => l.status === 429)).toHaveLength(2);
  });

  it("a save whose reply is lost is recognised as the person's own: saved, one history entry, no clash", async () => {
    const user = userEvent.setup();
    await open("member", "5.3");
    // SharePoint stores the save, then the connection drops: the app never hears and sends it again.
    tenant.faults.add({ service: "sharepoint", kind: "drop-after", times: 1, match: "$batch" });
    await user.click(screen.getByRole("radio", { name: "Amber" }));
    await user.type(screen.getByRole("textbox", { name: /Progress note/ }), "Venue booked.");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(await screen.findByText(/Update saved. It is now in the action's history/)).toBeInTheDocument();
    expect(screen.queryByText(/while you were editing/)).not.toBeInTheDocument();
    expect(versionsWithNote(actionIdByRef("5.3"), "Venue booked.")).toHaveLength(1);
    await waitFor(() =>
      expect(within(history()).getAllByRole("listitem")[0]).toHaveTextContent("RAG: Green → Amber"),
    );
  });

  it("shows a reader the action and its history without an update form", async () => {
    await open("reader", "5.3");
    expect(await screen.findByText(/You can read this action but not update it/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save update" })).not.toBeInTheDocument();
    expect(await screen.findByRole("list", { name: "Changes, newest first" })).toBeInTheDocument();
  });
});

describe("two people saving the same action", () => {
  it("keeps the text and offers to try again when the other person's version cannot be loaded", async () => {
    const user = userEvent.setup();
    await open("member", "5.3");
    const id = actionIdByRef("5.3");
    const chair = servicesFor("chair").sp;
    const current = await getAction(chair, id);
    await chair.web.lists.getByTitle("TB Actions").items.getById(id).update({ TBRag: "Amber" }, current.etag);
    // The save meets a 412; every attempt to re-read the action then meets an outage.
    tenant.faults.add({
      service: "sharepoint",
      kind: 503,
      times: 4,
      retryAfter: 0,
      match: `/items(${id})?%24select`,
    });

    await user.type(screen.getByRole("textbox", { name: /Progress note/ }), "Provider has withdrawn.");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(
      await screen.findByText(/Someone else changed this while you were working on it/),
    ).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Progress note/ })).toHaveValue("Provider has withdrawn.");

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/updated this action at .*, while you were editing/)).toBeInTheDocument();
  });

  it("tells the second what changed, keeps their text, and lets both changes stand", async () => {
    const user = userEvent.setup();
    await open("member", "5.3");
    // Meanwhile the chair rates it Amber.
    const chair = servicesFor("chair").sp;
    const current = await getAction(chair, actionIdByRef("5.3"));
    await chair.web.lists
      .getByTitle("TB Actions")
      .items.getById(current.id)
      .update({ TBRag: "Amber" }, current.etag);

    await user.click(screen.getByRole("radio", { name: "Red" }));
    await user.type(screen.getByRole("textbox", { name: /Progress note/ }), "Provider has withdrawn.");
    await user.click(screen.getByRole("button", { name: "Save update" }));

    expect(await screen.findByText(/updated this action at .*, while you were editing/)).toBeInTheDocument();
    const clash = screen.getByRole("region", { name: /while you were editing/ });
    expect(within(clash).getByText("RAG: Green → Amber")).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Mine: Red" }));
    await user.click(screen.getByRole("button", { name: "Save my update on top" }));
    expect(await screen.findByText(/Update saved/)).toBeInTheDocument();
    const saved = await getAction(servicesFor("member").sp, current.id);
    expect(saved.rag).toBe("Red");
    expect(saved.lastNote).toBe("Provider has withdrawn.");
    // The history keeps both: the chair's change outside the app, then hers on top.
    await waitFor(() =>
      expect(within(history()).getAllByRole("listitem")[0]).toHaveTextContent("RAG: Amber → Red"),
    );
    expect(within(history()).getAllByRole("listitem")[1]).toHaveTextContent("RAG: Green → Amber");
  });
});

describe("an action arising from a meeting", () => {
  it("names the meeting it was agreed at and links to that meeting's page", async () => {
    const boardId = boardIdByFolder("early-help");
    const meeting = tenant.state.lists["TB Meetings"]!.items.find(
      (i) => i.fields["TBBoardId"] === boardId && i.fields["TBStatus"] === "Minutes published",
    )!;
    const item = tenant.state.lists["TB Actions"]!.items.find((i) => i.Id === actionIdByRef("5.3"))!;
    item.fields["TBMeetingId"] = meeting.Id;
    await open("member", "5.3");
    const link = await screen.findByRole("link", {
      name: new RegExp(`^${String(meeting.fields["Title"])}, `),
    });
    expect(link).toHaveAttribute("href", `#/board/${boardId}/meetings/${meeting.Id}`);
  });
});
