import { describe, expect, it } from "vitest";
import { isAuthResponse } from "./msalTokens";

describe("recognising Entra's answer on the app's own page (the redirect bridge)", () => {
  it("sees a code or an error with its state, in the hash or the query", () => {
    expect(
      isAuthResponse({ hash: "#code=0.AX&client_info=e30&state=eyJp&session_state=1", search: "" }),
    ).toBe(true);
    expect(isAuthResponse({ hash: "", search: "?error=access_denied&state=eyJp" })).toBe(true);
  });

  it("leaves the app's own routes alone", () => {
    expect(isAuthResponse({ hash: "#/board/7?owner=abc", search: "" })).toBe(false);
    expect(isAuthResponse({ hash: "#/", search: "?inTeams=1&theme=dark" })).toBe(false);
  });
});
