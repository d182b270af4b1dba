import { describe, expect, it } from "vitest";
import { browser, entra } from "./entraErrors.fixture";
import { FakePca } from "./fakePca.fixture";
import { GRAPH_SCOPES } from "./scopes";
import { createSignInSession, REDIRECTING, SignInError, type SignInOptions } from "./session";

const session = (pca: FakePca, o: Partial<SignInOptions> = {}) =>
  createSignInSession({
    host: "teams",
    clientId: "c0ffee00-0000-4000-8000-000000000001",
    appUrl: "https://boards.example.org/",
    loginHint: "sam.member@partnership.test",
    createClient: () => Promise.resolve(pca),
    ...o,
  });

describe("tokens: silent first, interactive only from the person's click", () => {
  it("gets a token silently, for the resource's own scopes", async () => {
    const pca = new FakePca("t1");
    const s = session(pca);
    expect(await s.getToken({ sharePointOrigin: "https://council.sharepoint.com" })).toBe("t1");
    expect(pca.silentCalls[0]!.scopes).toEqual(["https://council.sharepoint.com/AllSites.Write"]);
    expect(pca.popupCalls).toHaveLength(0);
  });

  it("in Teams with no cached account, asks silently with Teams' login hint", async () => {
    const pca = new FakePca("t1", { signedIn: false });
    await session(pca).getToken("graph");
    expect(pca.silentCalls[0]).toEqual({
      scopes: [...GRAPH_SCOPES],
      loginHint: "sam.member@partnership.test",
    });
  });

  it("when interaction is required, fails with the problem and opens no popup by itself", async () => {
    const pca = new FakePca("t1");
    pca.silentAnswers = [entra.consent()];
    const s = session(pca);
    let heard = 0;
    s.subscribe(() => heard++);
    const failure = await s.getToken("graph").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SignInError);
    expect((failure as SignInError).problem.kind).toBe("consent");
    expect(s.problem()?.kind).toBe("consent");
    expect(heard).toBe(1);
    expect(pca.popupCalls).toHaveLength(0);
  });

  it("signs in through the host's popup on the click, for every Graph scope, and clears the problem", async () => {
    const pca = new FakePca("t2");
    pca.silentAnswers = [entra.refreshExpired()];
    const s = session(pca);
    expect((await s.start())?.kind).toBe("expired");
    expect(await s.signIn({ keepPage: true })).toBeNull();
    expect(pca.popupCalls[0]!.scopes).toEqual([...GRAPH_SCOPES]);
    expect(s.problem()).toBeNull();
    expect(await s.getToken("graph")).toBe("t2");
  });

  it("a blocked popup is a problem to show, and the next click tries again", async () => {
    const pca = new FakePca("t3");
    pca.popupAnswers = [browser.popupBlocked()];
    const s = session(pca);
    expect((await s.signIn({ keepPage: true })) as { kind: string }).toMatchObject({ kind: "popupBlocked" });
    expect(await s.signIn({ keepPage: true })).toBeNull();
    expect(pca.popupCalls).toHaveLength(2);
  });

  it("outside Teams, a first visit asks the person to sign in, and boot's Sign in redirects to Entra", async () => {
    const pca = new FakePca("t4", { signedIn: false });
    const s = session(pca, { host: "browser", loginHint: null });
    expect((await s.start())?.kind).toBe("signInNeeded");
    expect(pca.silentCalls).toHaveLength(0);
    expect(await s.signIn({ keepPage: false })).toBe(REDIRECTING);
    expect(pca.redirectCalls[0]!.scopes).toEqual([...GRAPH_SCOPES]);
    // Mid-session the page is kept: a popup, never a redirect.
    await s.signIn({ keepPage: true });
    expect(pca.popupCalls).toHaveLength(1);
  });

  it("a Teams host without nested app auth falls back to the standard client's popup", async () => {
    const fallback = new FakePca("t5");
    const s = session(new FakePca("never"), {
      createClient: () => Promise.reject(browser.bridgeDisabled()),
      createFallbackClient: () => Promise.resolve(fallback),
    });
    expect(await s.getToken("graph")).toBe("t5");
  });

  it("when neither client can start in Teams, says to update Teams or open the browser", async () => {
    const s = session(new FakePca("never"), {
      createClient: () => Promise.reject(browser.bridgeDisabled()),
      createFallbackClient: () => Promise.reject(new Error("no window")),
    });
    expect(await s.start()).toMatchObject({
      kind: "noNestedAuth",
      action: { kind: "openInBrowser", href: "https://boards.example.org/" },
    });
  });
});
