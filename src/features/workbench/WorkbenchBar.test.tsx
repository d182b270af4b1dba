// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { tenant } from "../../../tests/tenant/testTenant";
import { WorkbenchBar } from "./WorkbenchBar";

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
