// @vitest-environment jsdom
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { actionIdByRef, boardIdByFolder, renderApp } from "../../../tests/renderApp";
import { tenant } from "../../../tests/tenant/testTenant";

// The emulated tenant's today is 22 Nov 2026 (TEST_NOW); action 5.3 is due 31 Mar 2027, In progress, Green.
const open = async () => {
  renderApp("member", `#/board/${boardIdByFolder("early-help")}/action/${actionIdByRef("5.3")}`);
  await screen.findByRole("heading", { level: 1, name: /5\.3/ });
  await screen.findByRole("button", { name: "Save update" });
};

const stored = () =>
  tenant.state.lists["TB Actions"]!.items.find((i) => i.Id === actionIdByRef("5.3"))!.fields;
/** A stored instant as the UK site's wall clock, "yyyy-mm-dd hh:mm". */
const ukDate = (value: unknown) =>
  new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/London",
    dateStyle: "short",
    timeStyle: "short",
  }).format(new Date(String(value)));
const note = () => screen.getByRole("textbox", { name: /Progress note/ });
const dateField = () => screen.getByRole("combobox", { name: "Revised target date" });
/** The text that describes a control to assistive technology (hint and error, via aria-describedby). */
const description = (el: HTMLElement) =>
  (el.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .map((id) => (id ? (document.getElementById(id)?.textContent ?? "") : ""))
    .join(" ");

async function proposeDate(user: ReturnType<typeof userEvent.setup>, typed: string) {
  await user.click(screen.getByRole("button", { name: "Propose a revised target date" }));
  await waitFor(() => expect(dateField()).toHaveFocus());
  await user.keyboard(typed);
  await user.tab(); // leaving the field is when the picker reads the text
}

describe("the revised target date, typed the en-GB way", () => {
  it("reads 30/06/2027 as 30 June and saves 2027-06-30", async () => {
    const user = userEvent.setup();
    await open();
    await proposeDate(user, "30/06/2027");
    expect(dateField()).toHaveValue("30 June 2027");
    expect(dateField()).not.toHaveAttribute("aria-invalid", "true");
    await user.type(screen.getByRole("textbox", { name: /Reason for the new date/ }), "Recruitment delayed");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(await screen.findByText(/Update saved/)).toBeInTheDocument();
    // A date-only column holds midnight in the site's time zone, as UTC (30 Jun in summer time is 29 Jun 23:00Z).
    expect(ukDate(stored()["TBRevisedDate"])).toBe("2027-06-30 00:00");
    expect(stored()["TBRevisedReason"]).toBe("Recruitment delayed");
  });

  it("refuses a date in the past, saying so on the date field, and saves nothing", async () => {
    const user = userEvent.setup();
    await open();
    const before = { ...stored() };
    await proposeDate(user, "21/11/2026");
    const message = "The revised target date must be today or later: 21 Nov 2026 has passed.";
    // Said as soon as the date is entered, not only on Save.
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(dateField()).toHaveAttribute("aria-invalid", "true");
    expect(description(dateField())).toContain(message);
    await user.type(screen.getByRole("textbox", { name: /Reason for the new date/ }), "Slipped");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(description(dateField())).toContain(message);
    expect(note()).not.toHaveAttribute("aria-invalid", "true");
    expect(stored()).toEqual(before);
    expect(screen.queryByText(/Update saved/)).not.toBeInTheDocument();
  });

  it("puts the message for a date that does not exist on the date field, not the progress note", async () => {
    const user = userEvent.setup();
    await open();
    await proposeDate(user, "31/02/2027");
    const message = "There is no 31 February 2027. Enter a date that exists, for example 30/06/2027.";
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(dateField()).toHaveAttribute("aria-invalid", "true");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(description(dateField())).toContain(message);
    expect(note()).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByText(/Nothing has changed yet/)).not.toBeInTheDocument();
    expect(stored()["TBRevisedDate"]).toBeNull();
    // Fixing the date clears the complaint.
    await user.clear(dateField());
    await user.keyboard("28/02/2027");
    await user.tab();
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    expect(dateField()).toHaveValue("28 February 2027");
  });

  it("opens an en-GB calendar with Down arrow, weeks from Monday, and takes a day from it", async () => {
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole("button", { name: "Propose a revised target date" }));
    await waitFor(() => expect(dateField()).toHaveFocus());
    await user.keyboard("{ArrowDown}");
    const calendar = await screen.findByRole("dialog", { name: "Calendar" });
    const headers = within(calendar)
      .getAllByRole("columnheader")
      .map((h) => h.getAttribute("aria-label") ?? h.textContent);
    expect(headers.slice(0, 2)).toEqual(["Monday", "Tuesday"]);
    expect(within(calendar).getByText("November 2026")).toBeInTheDocument();
    // Days are named in full, day first. (Arrow keys between days are tabster's, proven in the browser journey.)
    await user.click(within(calendar).getByRole("button", { name: "30, November, 2026" }));
    await waitFor(() => expect(dateField()).toHaveValue("30 November 2026"));
    expect(screen.queryByRole("dialog", { name: "Calendar" })).not.toBeInTheDocument();
  });
});

describe("a long progress note", () => {
  it("is saved whole: a pasted 10,000-character note reaches SharePoint and the history uncut", async () => {
    const user = userEvent.setup();
    await open();
    const long = `${"Partners met in Chard and Minehead. ".repeat(280)}`.slice(0, 9_996) + "End.";
    expect(long).toHaveLength(10_000);
    await user.click(note());
    await user.paste(long);
    expect(note()).toHaveValue(long);
    expect(note()).not.toHaveAttribute("maxlength");
    expect(description(note())).toContain("10,000 of 63,999 characters");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(await screen.findByText(/Update saved/)).toBeInTheDocument();
    expect(stored()["TBLastNote"]).toBe(long);
    // …and the history shows it whole.
    const history = screen.getByRole("list", { name: "Changes, newest first" });
    await waitFor(() => expect(within(history).getAllByRole("listitem")[0]?.textContent).toContain(long));
  });

  it("is refused past 63,999 characters with a count and a message, before anything is sent", async () => {
    const user = userEvent.setup();
    await open();
    const before = stored()["TBLastNote"];
    await user.click(note());
    await user.paste("x".repeat(64_010));
    const message =
      "The note is 64,010 characters; SharePoint keeps 63,999 at most. Shorten it by 11 characters.";
    // Said at once, while the person is still in the note.
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(description(note())).toContain("11 characters too many (64,010 of 63,999)");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(note()).toHaveAttribute("aria-invalid", "true");
    expect(stored()["TBLastNote"]).toBe(before);
    expect(note()).toHaveValue("x".repeat(64_010)); // nothing cut
  });
});

describe("the confirmation", () => {
  it("goes when a new validation error appears, so the two never stand together", async () => {
    const user = userEvent.setup();
    await open();
    await user.type(note(), "Venues booked.");
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(await screen.findByText(/Update saved/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Red" }));
    await user.click(screen.getByRole("button", { name: "Save update" }));
    expect(
      await screen.findByText("Say why the RAG rating changed: a note is required."),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Update saved/)).not.toBeInTheDocument();
  });
});
