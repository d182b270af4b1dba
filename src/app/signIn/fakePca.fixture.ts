/**
 * A stand-in for MSAL's PublicClientApplication (third-party), for tests: each call answers from a
 * queue the test sets, or with a token for the demo persona. Our own sign-in session runs for real.
 */
import type {
  AccountInfo,
  AuthenticationResult,
  PopupRequest,
  RedirectRequest,
  SilentRequest,
} from "@azure/msal-browser";
import type { SignInClient } from "./session";

export const ACCOUNT: AccountInfo = {
  homeAccountId: "oid.tid",
  environment: "login.microsoftonline.com",
  tenantId: "tid",
  username: "sam.member@partnership.test",
  localAccountId: "oid",
  name: "Sam Member",
};

type Answer = string | Error;

export class FakePca implements SignInClient {
  account: AccountInfo | null;
  readonly silentCalls: SilentRequest[] = [];
  readonly popupCalls: PopupRequest[] = [];
  readonly redirectCalls: RedirectRequest[] = [];
  /** What silent calls answer, in turn; when empty, `silentDefault`. */
  silentAnswers: Answer[] = [];
  silentDefault: Answer;
  popupAnswers: Answer[] = [];

  constructor(
    private readonly token: string,
    options: { signedIn?: boolean } = {},
  ) {
    this.silentDefault = token;
    this.account = options.signedIn === false ? null : ACCOUNT;
  }

  private result(token: string, scopes: string[]): AuthenticationResult {
    return { accessToken: token, account: ACCOUNT, scopes } as unknown as AuthenticationResult;
  }

  acquireTokenSilent = (request: SilentRequest): Promise<AuthenticationResult> => {
    this.silentCalls.push(request);
    const answer = this.silentAnswers.shift() ?? this.silentDefault;
    return typeof answer === "string"
      ? Promise.resolve(this.result(answer, request.scopes))
      : Promise.reject(answer);
  };

  acquireTokenPopup = (request: PopupRequest): Promise<AuthenticationResult> => {
    this.popupCalls.push(request);
    const answer = this.popupAnswers.shift() ?? this.token;
    if (typeof answer !== "string") return Promise.reject(answer);
    // A real sign-in refreshes MSAL's cache: silent calls succeed again afterwards.
    this.account = ACCOUNT;
    this.silentDefault = answer;
    return Promise.resolve(this.result(answer, request.scopes));
  };

  acquireTokenRedirect = (request: RedirectRequest): Promise<void> => {
    this.redirectCalls.push(request);
    return Promise.resolve();
  };

  handleRedirectPromise = (): Promise<AuthenticationResult | null> => Promise.resolve(null);
  getActiveAccount = (): AccountInfo | null => this.account;
  getAllAccounts = (): AccountInfo[] => (this.account ? [this.account] : []);
  setActiveAccount = (account: AccountInfo | null): void => {
    this.account = account;
  };
}
