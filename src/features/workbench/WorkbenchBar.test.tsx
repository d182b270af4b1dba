// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { boardByFolder } from "../../../tests/tenant/bulk";
import { GRAPH_BASE, persona, tenant } from "../../../tests/tenant/testTenant";
import { fixedTokenProvider } from "../../app/tokens";
import { createGraph } from "../../data/graph/client";
import { sendReminder } from "../../data/graph/teamwork";
import { surfaceInUrl, urlWithSurface, WorkbenchBar } from "./WorkbenchBar";

const someone = {
  role: "member",
  label: "Member",
  displayName: "Priya",
  jobTitle: "Officer",
  organisation: "Council",
};

describe("the workbench's site locale switch", () => {
  it("shows the emulated site's locale and switches it to en-US, then reloads the app", async () => {
    const user = userEvent.setup();
    const reload = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbenchBar
          personas={[someone]}
          current={someone}
          onPersona={() => undefined}
          theme="default"
          onTheme={() => undefined}
          onReset={() => undefined}
          onSiteLocale={reload}
        />
      </FluentProvider>,
    );
    const select = screen.getByRole("combobox", { name: "Site's regional settings" });
    await waitFor(() => expect(select).toHaveValue("en-GB"));

    await user.selectOptions(select, "English (US), Pacific time");

    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(tenant.state.site).toEqual({ locale: "en-US" });
  });
});

describe("the workbench's notifications panel", () => {
  it("shows the persona the reminders and @mentions others sent them, with their deep links, by keyboard", async () => {
    const member = persona("member");
    const teamId = boardByFolder(tenant, "early-help").fields["TBGroupId"] as string;
    const deepLink =
      "https://teams.microsoft.com/l/entity/app/board?context=%7B%22subEntityId%22%3A%22x%22%7D";
    await sendReminder(createGraph(GRAPH_BASE, fixedTokenProvider(persona("chair").token)), {
      teamId,
      recipient: { graphId: member.userId },
      boardName: "Early Help",
      actions: [{ reference: "1.2", title: "Family hubs open" }],
      deepLink,
    });
    const me = { ...someone, displayName: member.displayName, userId: member.userId };
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbenchBar
          personas={[me]}
          current={me}
          onPersona={() => undefined}
          theme="default"
          onTheme={() => undefined}
          onReset={() => undefined}
        />
      </FluentProvider>,
    );
    const button = await screen.findByRole("button", { name: "Notifications (1)" });
    expect(button).toHaveAttribute("aria-expanded", "false");

    button.focus();
    await user.keyboard("{Enter}");

    const panel = screen.getByRole("region", { name: `Teams notifications for ${member.displayName}` });
    expect(button).toHaveAttribute("aria-expanded", "true");
    const items = within(panel).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(/asked you to update 1 action on Early Help before the meeting/);
    expect(items[0]).toHaveTextContent("To update: 1.2 Family hubs open");
    expect(within(items[0]!).getByRole("link", { name: /^Open in Teams/ })).toHaveAttribute("href", deepLink);

    await user.tab();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: /Teams notifications/ })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it("says when the persona has none", async () => {
    const me = { ...someone, userId: persona("second-member").userId };
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbenchBar
          personas={[me]}
          current={me}
          onPersona={() => undefined}
          theme="default"
          onTheme={() => undefined}
          onReset={() => undefined}
        />
      </FluentProvider>,
    );

    await user.click(await screen.findByRole("button", { name: "Notifications (0)" }));

    expect(screen.getByText("No notifications yet.")).toBeInTheDocument();
  });
});

describe("the workbench's surface switch", () => {
  it("shows the emulated Teams surface and switches to the meeting side panel", async () => {
    const user = userEvent.setup();
    const onSurface = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbenchBar
          personas={[someone]}
          current={someone}
          onPersona={() => undefined}
          theme="default"
          onTheme={() => undefined}
          onReset={() => undefined}
          surface="tab"
          onSurface={onSurface}
        />
      </FluentProvider>,
    );
    const select = screen.getByRole("combobox", { name: "Surface" });
    expect(select).toHaveValue("tab");
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["Tab", "Meeting side panel", "Meeting stage"]);

    await user.selectOptions(select, "Meeting side panel");

    expect(onSurface).toHaveBeenCalledWith("sidePanel");
  });

  it("reads ?surface= from the address and writes it back, keeping the rest of the address", () => {
    expect(surfaceInUrl("?as=member&surface=sidePanel")).toBe("sidePanel");
    expect(surfaceInUrl("?surface=stage")).toBe("stage");
    expect(surfaceInUrl("?surface=somewhere")).toBe("tab");
    expect(surfaceInUrl("")).toBe("tab");
    expect(urlWithSurface("http://localhost:3000/?as=member#/board/7", "sidePanel")).toBe(
      "http://localhost:3000/?as=member&surface=sidePanel#/board/7",
    );
    expect(urlWithSurface("http://localhost:3000/?surface=stage#/board/7", "tab")).toBe(
      "http://localhost:3000/#/board/7",
    );
  });
});
