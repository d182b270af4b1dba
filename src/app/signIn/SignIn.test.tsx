// @vitest-environment jsdom
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { actionIdByRef, boardIdByFolder, installDomShims } from "../../../tests/renderApp";
import { GRAPH_BASE, persona, SITE_URL, TEST_NOW, tenant } from "../../../tests/tenant/testTenant";
import { App } from "../App";
import { EMULATED_TEAMS_APP_ID } from "../config";
import { createGraph } from "../../data/graph/client";
import { createSp } from "../../data/sharepoint/sp";
import { browser, CORRELATION_ID, entra } from "./entraErrors.fixture";
import { FakePca } from "./fakePca.fixture";
import { createSignInSession, type SignInOptions } from "./session";
import { SignInGate } from "./SignInGate";

const CLIENT_ID = "c0ffee00-0000-4000-8000-000000000001";

/**
 * The real app behind the real sign-in gate, talking to the emulated tenant over msw. Only MSAL's
 * client is a stand-in: it hands out the member persona's token, or the errors the test gives it.
 */
function renderSignedIn(hash: string, pca: FakePca, o: Partial<SignInOptions> = {}) {
  installDomShims();
  window.sessionStorage.clear();
  window.localStorage.clear();
  window.location.hash = hash;
  const session = createSignInSession({
    host: "teams",
    clientId: CLIENT_ID,
    appUrl: "https://boards.example.org/",
    loginHint: persona("member").upn,
    createClient: () => Promise.resolve(pca),
    ...o,
  });
  const services = {
    sp: createSp(SITE_URL, session),
    graph: createGraph(GRAPH_BASE, session),
    siteUrl: SITE_URL,
    roles: tenant.state.roles,
    teamsAppId: EMULATED_TEAMS_APP_ID,
    now: () => TEST_NOW,
  };
  return render(
    <SignInGate session={session} theme="default">
      <App services={services} theme="default" signIn={session} />
    </SignInGate>,
  );
}

/** The banner that says the session expired (the view's own error may be another alert). */
const expiredAlert = () =>
  waitFor(() => {
    const found = screen
      .getAllByRole("alert")
      .find((a) => /Your sign-in has expired/.test(a.textContent ?? ""));
    expect(found).toBeDefined();
    return found!;
  });

const appShown = () => screen.findByRole("link", { name: "Skip to content" });

describe("signing in at start: a page that says what to do, never a blank tab", () => {
  it("consent needed: 'Sign in and accept' opens the host's sign-in, then the app", async () => {
    const user = userEvent.setup();
    const pca = new FakePca(persona("member").token);
    pca.silentAnswers = [entra.consent()];
    renderSignedIn("#/", pca);
    const heading = await screen.findByRole("heading", {
      level: 1,
      name: "Trust Boards needs your permission",
    });
    expect(heading).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Sign in and accept" }));
    await appShown();
    expect(pca.popupCalls).toHaveLength(1);
    expect(
      screen.queryByRole("heading", { name: "Trust Boards needs your permission" }),
    ).not.toBeInTheDocument();
  });

  it("admin consent needed: what to ask the administrator, the client id, and Try again once granted", async () => {
    const user = userEvent.setup();
    const pca = new FakePca(persona("member").token);
    pca.silentAnswers = [entra.adminConsent()];
    renderSignedIn("#/", pca);
    await screen.findByRole("heading", {
      level: 1,
      name: "Your administrator needs to approve Trust Boards",
    });
    expect(screen.getByText(new RegExp(`application \\(client\\) ID ${CLIENT_ID}`))).toBeInTheDocument();
    expect(
      screen.getByText(`Error code: AADSTS90094 · Correlation ID: ${CORRELATION_ID}`),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await appShown();
    expect(pca.popupCalls).toHaveLength(0);
  });

  it("popup blocked: says to allow pop-ups, and the Sign in button tries again", async () => {
    const user = userEvent.setup();
    const pca = new FakePca(persona("member").token);
    pca.silentAnswers = [entra.loginRequired()];
    pca.popupAnswers = [browser.popupBlocked()];
    renderSignedIn("#/", pca);
    await user.click(await screen.findByRole("button", { name: "Sign in again" }));
    await screen.findByRole("heading", { level: 1, name: "The sign-in window was blocked" });
    expect(screen.getByText(/allow pop-ups for Teams/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await appShown();
    expect(pca.popupCalls).toHaveLength(2);
  });

  it("a Teams host without nested app auth: update Teams, or a link to open the app in the browser", async () => {
    renderSignedIn("#/", new FakePca("unused"), {
      createClient: () => Promise.reject(browser.bridgeDisabled()),
      createFallbackClient: () => Promise.reject(browser.bridgeDisabled()),
    });
    await screen.findByRole("heading", {
      level: 1,
      name: "This version of Teams can't sign you in to Trust Boards",
    });
    expect(screen.getByText(/Update Teams/)).toBeInTheDocument();
    const link = screen.getByRole("link", { name: "Open Trust Boards in your browser" });
    expect(link).toHaveAttribute("href", "https://boards.example.org/");
    expect(link).toHaveAttribute("target", "_blank");
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("conditional access: the organisation's policy, what to do, and the code and correlation id to quote", async () => {
    const pca = new FakePca(persona("member").token);
    pca.silentAnswers = [entra.deviceNotCompliant()];
    renderSignedIn("#/", pca);
    await screen.findByRole("heading", { level: 1, name: "Your organisation's policy stopped this sign-in" });
    expect(
      screen.getByText(/Use a device your organisation manages, or contact your IT service desk/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Error code: AADSTS53000 · Correlation ID: ${CORRELATION_ID}`),
    ).toBeInTheDocument();
  });

  it.each([
    ["offline", browser.offline, "You're offline", "Try again"],
    ["expired", entra.refreshExpired, "Your sign-in has expired", "Sign in again"],
    ["unknown", browser.unknown, "We couldn't sign you in", "Try again"],
    ["cancelled", browser.cancelled, "Sign-in wasn't finished", "Sign in"],
  ])("%s: a heading and a button that leads on", async (_kind, make, title, button) => {
    const user = userEvent.setup();
    const pca = new FakePca(persona("member").token);
    pca.silentAnswers = [make()];
    renderSignedIn("#/", pca);
    await screen.findByRole("heading", { level: 1, name: title });
    await user.click(screen.getByRole("button", { name: button }));
    await appShown();
  });

  it("outside Teams, a first visit shows 'Sign in', which goes to Microsoft's sign-in page", async () => {
    const user = userEvent.setup();
    const pca = new FakePca(persona("member").token, { signedIn: false });
    renderSignedIn("#/", pca, { host: "browser", loginHint: null });
    await screen.findByRole("heading", { level: 1, name: "Sign in to Trust Boards" });
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Taking you to Microsoft to sign in…")).toBeInTheDocument();
    expect(pca.redirectCalls).toHaveLength(1);
  });
});

describe("a sign-in that expires mid-session", () => {
  it("says it is a sign-in problem when a save fails, signs in again in place, and the typed update is saved", async () => {
    const user = userEvent.setup();
    const token = persona("member").token;
    const pca = new FakePca(token);
    renderSignedIn(`#/board/${boardIdByFolder("early-help")}/action/${actionIdByRef("5.3")}`, pca);
    await screen.findByRole("button", { name: "Save update" });
    const typed = "Recruitment panel met; two offers made.";
    await user.type(screen.getByRole("textbox", { name: /Progress note/ }), typed);

    pca.silentDefault = entra.refreshExpired();
    await user.click(screen.getByRole("button", { name: "Save update" }));
    const alert = await expiredAlert();
    expect(await screen.findByText("Your update was not saved.")).toBeInTheDocument();
    // The form's own message says why, in the same words as the banner's button.
    expect(screen.getByText(/You need to sign in again: use Sign in again at the top/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Progress note/ })).toHaveValue(typed);

    await user.click(within(alert).getByRole("button", { name: "Sign in again" }));
    expect(
      await screen.findByText(/You're signed in again\. Anything you typed is still here/),
    ).toBeInTheDocument();
    expect(pca.popupCalls).toHaveLength(1);
    expect(screen.getByRole("textbox", { name: /Progress note/ })).toHaveValue(typed);

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/Update saved/)).toBeInTheDocument();
    const stored = tenant.state.lists["TB Actions"]!.items.find((i) => i.Id === actionIdByRef("5.3"))!.fields;
    expect(stored["TBLastNote"]).toBe(typed);
  });

  it("a view whose data failed for sign-in loads again once the person has signed in", async () => {
    const user = userEvent.setup();
    const pca = new FakePca(persona("member").token);
    // Boot's token works; the session then expires before the board's data is fetched.
    pca.silentAnswers = [persona("member").token];
    pca.silentDefault = entra.grantRevoked();
    renderSignedIn(`#/board/${boardIdByFolder("early-help")}`, pca);
    const alert = await expiredAlert();
    await user.click(within(alert).getByRole("button", { name: "Sign in again" }));
    expect(await screen.findByRole("heading", { level: 1, name: /Early Help/ })).toBeInTheDocument();
    expect(screen.queryByText(/Your sign-in has expired/)).not.toBeInTheDocument();
  });
});
