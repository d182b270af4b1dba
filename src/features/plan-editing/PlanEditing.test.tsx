// @vitest-environment jsdom
/**
 * The chair keeps the board's plan, through the whole app against the emulated tenant: each change is
 * one SharePoint write whose version is the history entry shown on the action's page.
 */
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { getAction } from "../../data/sharepoint/actions";
import { actionIdByRef, boardIdByFolder, renderApp, servicesFor } from "../../../tests/renderApp";
import { persona, tenant } from "../../../tests/tenant/testTenant";

const board = () => `#/board/${boardIdByFolder("early-help")}`;
const actionPage = (ref: string) => `${board()}/action/${actionIdByRef(ref)}`;
const history = () => screen.getByRole("list", { name: "Changes, newest first" });
const chairName = () => persona("chair").displayName;
const storedAction = (id: number) => tenant.state.lists["TB Actions"]?.items.find((i) => i.Id === id);

// jsdom lays nothing out, so every element's offsetParent is null and Fluent's focus manager (tabster)
// takes the whole page for display:none: it would never move focus into a dialog, and would then hide
// the dialog from the accessibility tree. Give elements a layout parent, as a browser does.
//
// Even so, in jsdom tabster's modalizer marks the open dialog itself aria-hidden once focus is in it
// (its focus tracking does not see jsdom's focus events as a browser's), so queries here include
// aria-hidden elements. The browser journey (tests/e2e/chair-keeps-plan.e2e.ts) checks the real
// accessibility tree with axe.
beforeAll(() => {
  configure({ defaultHidden: true });
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.parentElement;
    },
  });
});

/** Opens a dialog by its button; `title` is the start of its title (its accessible name). */
async function openDialog(user: ReturnType<typeof userEvent.setup>, name: string | RegExp, title?: string) {
  await user.click(await screen.findByRole("button", { name }, { timeout: 5000 }));
  const wanted = title ?? (typeof name === "string" ? name.replace(/ action$/, "") : "");
  // A closed dialog's surface stays in jsdom (its exit animation never ends there): pick by title.
  const titled = () =>
    screen
      .queryAllByRole("dialog")
      .filter((d) => d.querySelector(".fui-DialogTitle")?.textContent?.startsWith(wanted));
  await waitFor(() => expect(titled().length).toBeGreaterThan(0));
  return titled().at(-1)!;
}

// Whole-app journeys with many round trips: slow when the full suite shares the machine.
describe("the chair keeps the action plan", { timeout: 60_000 }, () => {
  it("adds an action: it appears on the board, and its history says the chair added it", async () => {
    const user = userEvent.setup();
    renderApp("chair", board());
    const dialog = await openDialog(user, "Add an action", "Add an action");
    const d = within(dialog);
    // Focus moves into the dialog.
    expect(dialog.contains(document.activeElement)).toBe(true);

    await user.selectOptions(
      d.getByRole("combobox", { name: /Improvement programme/ }),
      d.getAllByRole("option").find((o) => o.textContent?.startsWith("5:"))!,
    );
    expect(d.getByRole("textbox", { name: /Reference/ })).toHaveValue("5.10");
    await user.type(d.getByRole("textbox", { name: /^Title/ }), "Open a family hub in every district");
    await waitFor(() => expect(d.getByRole("combobox", { name: /Owner/ })).toBeEnabled());
    const dawn = d.getAllByRole("option").find((o) => o.textContent?.startsWith("Dawn Lyddon"));
    await user.selectOptions(d.getByRole("combobox", { name: /Owner/ }), dawn!);
    expect(d.getByRole("textbox", { name: /Owner's organisation/ })).not.toHaveValue("");
    await user.type(d.getByRole("combobox", { name: /Target date/ }), "31/03/2027{Enter}");
    await user.click(d.getByRole("button", { name: "Add action" }));

    expect(
      await screen.findByText(/Action 5\.10 “Open a family hub in every district” was added/),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(
      await screen.findByRole("link", { name: /Open a family hub in every district/ }),
    ).toBeInTheDocument();
    const added = tenant.state.lists["TB Actions"]?.items.find(
      (i) => i.fields["Title"] === "Open a family hub in every district",
    );
    expect(added?.folder).toBe("early-help");
    expect(added?.versions).toHaveLength(1);

    await user.click(screen.getByRole("link", { name: "Open the new action" }));
    await waitFor(() => expect(history()).toBeInTheDocument(), { timeout: 5000 });
    const [entry] = within(history()).getAllByRole("listitem");
    expect(entry).toHaveTextContent(chairName());
    expect(entry).toHaveTextContent("Action added to the plan");
    expect(entry).toHaveTextContent("Owner: Dawn Lyddon");
  });

  it("says what to fix on each field and sends nothing while anything is wrong", async () => {
    const user = userEvent.setup();
    renderApp("chair", board());
    const dialog = await openDialog(user, "Add an action", "Add an action");
    const count = tenant.state.lists["TB Actions"]?.items.length;
    await user.click(within(dialog).getByRole("button", { name: "Add action" }));
    expect(
      await within(dialog).findByText("Give the action a title: what will be done."),
    ).toBeInTheDocument();
    expect(within(dialog).getByText("Enter a target date, for example 31/03/2027.")).toBeInTheDocument();
    expect(within(dialog).getByText("Choose who owns this action.")).toBeInTheDocument();
    // Focus goes to the first field that is wrong.
    await waitFor(() => expect(document.activeElement).toHaveAttribute("aria-invalid", "true"));
    expect(tenant.state.lists["TB Actions"]?.items.length).toBe(count);
    // Cancel closes it, saving nothing (focus going back to "Add an action" is checked in the browser).
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(tenant.state.lists["TB Actions"]?.items.length).toBe(count);
  });

  it("reassigns an action whose owner has left the board, from the warning itself", async () => {
    const user = userEvent.setup();
    renderApp("chair", board());
    const flagged = await screen.findByRole("list", { name: "Actions to reassign" }, { timeout: 5000 });
    expect(within(flagged).getByText(/Stuart Maddock has left the board/)).toBeInTheDocument();
    const dialog = await openDialog(user, /^Reassign 5\.9 /, "Reassign 5.9");
    const d = within(dialog);
    await waitFor(() => expect(d.getByRole("combobox", { name: /New owner/ })).toBeEnabled());
    await user.selectOptions(
      d.getByRole("combobox", { name: /New owner/ }),
      d.getAllByRole("option").find((o) => o.textContent?.startsWith("Rachel Odhiambo"))!,
    );
    await user.type(d.getByRole("textbox", { name: /Note/ }), "Rachel leads SEND early identification now.");
    await user.click(d.getByRole("button", { name: "Reassign" }));
    expect(await screen.findByText(/is now owned by Rachel Odhiambo/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByText(/Stuart Maddock has left the board/)).not.toBeInTheDocument(),
    );
    const saved = await getAction(servicesFor("chair").sp, actionIdByRef("5.9"));
    expect(saved.owner?.name).toBe("Rachel Odhiambo");
    expect(saved.lastNote).toBe("Rachel leads SEND early identification now.");
  });

  it("closes an action with a note, reopens it, and moves it: each in the history under the chair's name", async () => {
    const user = userEvent.setup();
    const id = actionIdByRef("5.3");
    renderApp("chair", actionPage("5.3"));

    let d = within(await openDialog(user, "Close action"));
    await user.click(d.getByRole("radio", { name: /Complete/ }));
    await user.type(d.getByRole("textbox", { name: /Why/ }), "Every school has a named nurse.");
    await user.click(d.getByRole("button", { name: "Close action" }));
    expect(await screen.findByText(/is closed: Complete/)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(history()).getAllByRole("listitem")[0]).toHaveTextContent(
        "Status: In progress → Complete",
      ),
    );
    expect(within(history()).getAllByRole("listitem")[0]).toHaveTextContent(
      "Every school has a named nurse.",
    );
    expect(within(history()).getAllByRole("listitem")[0]).toHaveTextContent(chairName());

    d = within(await openDialog(user, "Reopen action"));
    await user.click(d.getByRole("radio", { name: "Amber" }));
    await user.type(d.getByRole("textbox", { name: /Why/ }), "Two posts fell vacant.");
    await user.click(d.getByRole("button", { name: "Reopen action" }));
    await waitFor(() =>
      expect(within(history()).getAllByRole("listitem")[0]).toHaveTextContent(
        "Status: Complete → In progress",
      ),
    );
    expect(within(history()).getAllByRole("listitem")[0]).toHaveTextContent("Two posts fell vacant.");

    d = within(await openDialog(user, "Move to another improvement programme", "Move "));
    expect(d.getByRole<HTMLInputElement>("textbox", { name: /New reference/ }).value).toBe("1.10");
    await user.click(d.getByRole("button", { name: "Move action" }));
    await waitFor(() =>
      expect(within(history()).getAllByRole("listitem")[0]).toHaveTextContent(/Programme: 5\. .* → 1\. /),
    );
    expect(await getAction(servicesFor("chair").sp, id)).toMatchObject({
      status: "In progress",
      ref: "1.10",
    });
  });

  it("keeps the draft when someone else changed the action meanwhile, says who, and saves on top", async () => {
    const user = userEvent.setup();
    const id = actionIdByRef("5.3");
    renderApp("chair", actionPage("5.3"));
    const d = within(await openDialog(user, "Reassign"));
    await waitFor(() => expect(d.getByRole("combobox", { name: /New owner/ })).toBeEnabled());
    await user.selectOptions(
      d.getByRole("combobox", { name: /New owner/ }),
      d.getAllByRole("option").find((o) => o.textContent?.startsWith("Dawn Lyddon"))!,
    );
    await user.type(d.getByRole("textbox", { name: /Note/ }), "Dawn takes this on.");
    // Meanwhile the second member saves an update.
    const other = servicesFor("second-member").sp;
    const current = await getAction(other, id);
    await other.web.lists.getByTitle("TB Actions").items.getById(id).update({ TBRag: "Amber" }, current.etag);

    await user.click(d.getByRole("button", { name: "Reassign" }));
    expect(
      await d.findByText(/Someone else changed this action while you were working on it/),
    ).toBeInTheDocument();
    expect(
      d.getByText(new RegExp(`${persona("second-member").displayName} changed it at`)),
    ).toBeInTheDocument();
    expect(d.getByRole("textbox", { name: /Note/ })).toHaveValue("Dawn takes this on.");
    expect(storedAction(id)?.fields["TBLastNote"]).not.toBe("Dawn takes this on.");

    await user.click(d.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/is now owned by Dawn Lyddon/)).toBeInTheDocument();
    expect(storedAction(id)?.fields["TBRag"]).toBe("Amber");
  });

  it("keeps what was typed when the save fails, and Try again saves it", async () => {
    const user = userEvent.setup();
    renderApp("chair", actionPage("5.3"));
    const d = within(await openDialog(user, "Close action"));
    await user.click(d.getByRole("radio", { name: /Withdrawn/ }));
    await user.type(d.getByRole("textbox", { name: /Why/ }), "Merged into 5.1.");
    tenant.faults.add({ service: "sharepoint", kind: 500, times: 1, match: "$batch" });
    await user.click(d.getByRole("button", { name: "Close action" }));
    expect(await d.findByText(/What you entered is kept here/)).toBeInTheDocument();
    expect(d.getByRole("textbox", { name: /Why/ })).toHaveValue("Merged into 5.1.");
    await user.click(d.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/is closed: Withdrawn/)).toBeInTheDocument();
  });
});

describe("a board member", () => {
  it("does not see the chair's tools, and still posts updates", async () => {
    renderApp("member", actionPage("5.3"));
    await screen.findByRole("button", { name: "Save update" }, { timeout: 5000 });
    expect(screen.queryByRole("heading", { name: "Keep the plan" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Reassign" })).not.toBeInTheDocument();
  });

  it("sees the owner warning but no Add or Reassign buttons on the board", async () => {
    renderApp("member", board());
    await screen.findByText(/owned by someone no longer on the board/, {}, { timeout: 5000 });
    expect(screen.queryByRole("button", { name: "Add an action" })).not.toBeInTheDocument();
    expect(screen.queryByRole("list", { name: "Actions to reassign" })).not.toBeInTheDocument();
  });
});
