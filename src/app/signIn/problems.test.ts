import { describe, expect, it } from "vitest";
import { browser, CORRELATION_ID, entra } from "./entraErrors.fixture";
import { classifySignInError, type ProblemContext } from "./problems";

const CLIENT_ID = "c0ffee00-0000-4000-8000-000000000001";
const inBrowser: ProblemContext = {
  host: "browser",
  clientId: CLIENT_ID,
  appUrl: "https://boards.example.org/",
};
const inTeams: ProblemContext = { ...inBrowser, host: "teams" };
const classify = (e: unknown, ctx = inBrowser) => classifySignInError(e, ctx);

describe("a sign-in failure, as MSAL reports it, becomes a message with a way forward", () => {
  it("consent needed (AADSTS65001, consent_required): Sign in and accept", () => {
    const p = classify(entra.consent());
    expect(p.kind).toBe("consent");
    expect(p.title).toBe("Trust Boards needs your permission");
    expect(p.action).toEqual({ kind: "signIn", label: "Sign in and accept" });
  });

  it.each([
    ["AADSTS90094", entra.adminConsent],
    ["AADSTS90008", entra.adminConsent90008],
  ])(
    "admin consent needed (%s): says what to ask the administrator, with the client id to quote",
    (code, make) => {
      const p = classify(make());
      expect(p.kind).toBe("adminConsent");
      expect(p.message).toContain(`application (client) ID ${CLIENT_ID}`);
      expect(p.message).toMatch(/IT service desk to grant admin consent/);
      expect(p.code).toBe(code);
      expect(p.correlationId).toBe(CORRELATION_ID);
      expect(p.action).toEqual({ kind: "retry", label: "Try again" });
    },
  );

  it("admin-consent wording without a known code is still admin consent", () => {
    const e = entra.consent();
    e.errorMessage =
      "AADSTS65009: Need admin approval. Trust Boards needs permission that only an admin can grant.";
    expect(classify(e).kind).toBe("adminConsent");
  });

  it.each([
    ["popup_window_error", browser.popupBlocked],
    ["empty_window_error", browser.emptyWindow],
  ])("popup blocked (%s): allow pop-ups or use the Sign in button", (_code, make) => {
    const p = classify(make());
    expect(p.kind).toBe("popupBlocked");
    expect(p.message).toMatch(/Allow pop-ups for this site, or select Sign in/);
    expect(p.action).toEqual({ kind: "signIn", label: "Sign in" });
  });

  it("popup blocked inside Teams also offers the app in the browser", () => {
    const p = classify(browser.popupBlocked(), inTeams);
    expect(p.secondary).toEqual({
      kind: "openInBrowser",
      label: "Open Trust Boards in your browser",
      href: "https://boards.example.org/",
    });
  });

  it("a host without nested app auth (nested_app_auth_bridge_disabled): update Teams or open in the browser", () => {
    const p = classify(browser.bridgeDisabled(), inTeams);
    expect(p.kind).toBe("noNestedAuth");
    expect(p.message).toMatch(/Update Teams/);
    expect(p.action).toMatchObject({ kind: "openInBrowser", href: "https://boards.example.org/" });
    expect(p.secondary).toEqual({ kind: "signIn", label: "Try again" });
    expect(p.code).toBe("nested_app_auth_bridge_disabled");
  });

  it.each([
    ["AADSTS700082 refresh token expired", entra.refreshExpired, "AADSTS700082"],
    ["AADSTS50173 grant revoked", entra.grantRevoked, "AADSTS50173"],
    ["login_required", entra.loginRequired, "login_required"],
    ["no_account_error", browser.noAccount, "no_account_error"],
  ])("an expired session (%s): Sign in again, keeping what was typed", (_name, make, code) => {
    const p = classify(make());
    expect(p.kind).toBe("expired");
    expect(p.title).toBe("Your sign-in has expired");
    expect(p.message).toMatch(/anything you have typed stays where it is/);
    expect(p.action).toEqual({ kind: "signIn", label: "Sign in again" });
    expect(p.code).toBe(code);
  });

  it.each([
    ["AADSTS53003", entra.blockedByPolicy, /sign-in policy doesn't allow access from here/],
    ["AADSTS53000", entra.deviceNotCompliant, /isn't managed or doesn't meet its rules/],
    ["AADSTS530003", entra.deviceNotManaged, /isn't managed or doesn't meet its rules/],
    ["AADSTS50158", entra.securityChallenge, /extra security check/],
  ])(
    "conditional access refusal (%s): the organisation's policy, what to do, what to quote",
    (code, make, why) => {
      const p = classify(make());
      expect(p.kind).toBe("conditionalAccess");
      expect(p.message).toMatch(why);
      expect(p.message).toMatch(/your organisation's security policy, not a fault in Trust Boards/);
      expect(p.message).toMatch(/Use a device your organisation manages, or contact your IT service desk/);
      expect(p.message).toContain(`Quote error ${code} and correlation ID ${CORRELATION_ID}.`);
      expect(p).toMatchObject({ code, correlationId: CORRELATION_ID });
    },
  );

  it("offline: says so and offers to try again", () => {
    expect(classify(browser.offline())).toMatchObject({ kind: "offline", action: { kind: "retry" } });
    expect(classify(entra.loginRequired(), { ...inBrowser, online: false }).kind).toBe("offline");
    expect(classify(new TypeError("Failed to fetch")).kind).toBe("offline");
  });

  it("a closed sign-in window or one already open: start again", () => {
    expect(classify(browser.cancelled())).toMatchObject({ kind: "cancelled", action: { kind: "signIn" } });
    expect(classify(browser.inProgress())).toMatchObject({ kind: "inProgress", action: { kind: "signIn" } });
  });

  it("anything else: a message, the code and the correlation ID, and Try again", () => {
    const p = classify(browser.unknown());
    expect(p.kind).toBe("unknown");
    expect(p.message).toContain(`Quote error unknown_error and correlation ID ${CORRELATION_ID}.`);
    expect(p.action).toEqual({ kind: "retry", label: "Try again" });
    expect(classify("something odd").kind).toBe("unknown");
  });
});
