import type { IPublicClientApplication } from "@azure/msal-browser";
import type { Resource, TokenProvider } from "../tokens";
import {
  classifySignInError,
  noNestedAuth,
  signInNeeded,
  type ProblemContext,
  type SignInProblem,
} from "./problems";
import { GRAPH_SCOPES, scopesFor } from "./scopes";

/** The part of MSAL's PublicClientApplication the app uses (the nested one in Teams, the standard one outside). */
export type SignInClient = Pick<
  IPublicClientApplication,
  | "acquireTokenSilent"
  | "acquireTokenPopup"
  | "acquireTokenRedirect"
  | "handleRedirectPromise"
  | "getActiveAccount"
  | "getAllAccounts"
  | "setActiveAccount"
>;

export interface SignInOptions {
  host: "teams" | "browser";
  clientId: string;
  /** The app's address, for "open in your browser" from Teams. */
  appUrl: string;
  /** Teams' user principal name: lets nested app auth find the account without asking. */
  loginHint: string | null;
  /** Creates MSAL's client: `createNestablePublicClientApplication` in Teams, the standard one outside. */
  createClient: () => Promise<SignInClient>;
  /** Teams only: the standard client, when the nested one cannot be created (a host without nested app auth). */
  createFallbackClient?: () => Promise<SignInClient>;
  online?: () => boolean;
}

/** Thrown by getToken: the data layer's request fails, and the session has already said why (see `problem`). */
export class SignInError extends Error {
  constructor(
    readonly problem: SignInProblem,
    override readonly cause?: unknown,
  ) {
    super(`${problem.title}. ${problem.message}`);
    this.name = "SignInError";
  }
}

/** The page is on its way to Microsoft's sign-in page (outside Teams): show nothing else meanwhile. */
export const REDIRECTING = "redirecting";

export interface SignInSession extends TokenProvider {
  readonly context: ProblemContext;
  /** Boot: finishes a sign-in the page came back from, then gets a Graph token silently. */
  start(): Promise<SignInProblem | null>;
  /**
   * Interactive sign-in; call it only from the person's click (a popup opened without one is blocked).
   * `keepPage`: mid-session, so never navigate away from what the person has typed.
   */
  signIn(options: { keepPage: boolean }): Promise<SignInProblem | typeof REDIRECTING | null>;
  /** Tries quietly again (after an administrator's consent, or back online). */
  retry(): Promise<SignInProblem | null>;
  /** The sign-in problem standing now, if any: the app shows it until it is solved. */
  problem: () => SignInProblem | null;
  subscribe: (listener: () => void) => () => void;
}

/**
 * Tokens from MSAL, silently when possible. When a person is needed, getToken fails with a
 * SignInError and the problem is published, so the page says what to do and offers a button: an
 * interactive sign-in starts only from that click, never on its own (browsers block such popups).
 */
export function createSignInSession(o: SignInOptions): SignInSession {
  const context: ProblemContext = {
    host: o.host,
    clientId: o.clientId,
    appUrl: o.appUrl,
    ...(o.online ? { online: o.online() } : {}),
  };
  const ctx = (): ProblemContext => (o.online ? { ...context, online: o.online() } : context);
  let current: SignInProblem | null = null;
  const listeners = new Set<() => void>();
  const publish = (p: SignInProblem | null): SignInProblem | null => {
    if (p === current) return p;
    current = p;
    listeners.forEach((l) => l());
    return p;
  };

  let created: Promise<SignInClient> | null = null;
  const makeClient = async (): Promise<SignInClient> => {
    try {
      return await o.createClient();
    } catch (e) {
      // A host without nested app auth: the standard client signs in through a popup instead.
      if (o.host !== "teams") throw e;
      if (o.createFallbackClient) {
        try {
          return await o.createFallbackClient();
        } catch {
          // Neither could start: say so below.
        }
      }
      const code = typeof e === "object" && e && "errorCode" in e ? String(e.errorCode) : undefined;
      throw new SignInError(noNestedAuth(context, code), e);
    }
  };
  const client = (): Promise<SignInClient> => {
    created ??= makeClient().catch((e: unknown) => {
      created = null; // a later click tries again
      throw e;
    });
    return created;
  };
  const problemOf = (e: unknown): SignInProblem =>
    e instanceof SignInError ? e.problem : classifySignInError(e, ctx());
  const fail = (e: unknown): SignInError => {
    const problem = problemOf(e);
    publish(problem);
    return e instanceof SignInError ? e : new SignInError(problem, e);
  };
  const accountOf = (c: SignInClient) => c.getActiveAccount() ?? c.getAllAccounts()[0] ?? null;

  async function getToken(resource: Resource): Promise<string> {
    let c: SignInClient;
    try {
      c = await client();
    } catch (e) {
      throw fail(e);
    }
    const account = accountOf(c);
    // Outside Teams nobody is signed in on a first visit: the page asks, rather than failing.
    if (!account && !o.loginHint) throw fail(new SignInError(signInNeeded()));
    try {
      const result = await c.acquireTokenSilent({
        scopes: scopesFor(resource),
        ...(account ? { account } : o.loginHint ? { loginHint: o.loginHint } : {}),
      });
      if (result.account && !c.getActiveAccount()) c.setActiveAccount(result.account);
      publish(null);
      return result.accessToken;
    } catch (e) {
      throw fail(e);
    }
  }

  async function start(): Promise<SignInProblem | null> {
    try {
      const c = await client();
      if (o.host === "browser") {
        // Back from Microsoft's sign-in page: MSAL finishes the sign-in it started.
        const result = await c.handleRedirectPromise();
        if (result?.account) c.setActiveAccount(result.account);
      }
      await getToken("graph");
      return null;
    } catch (e) {
      return publish(problemOf(e));
    }
  }

  async function signIn({
    keepPage,
  }: {
    keepPage: boolean;
  }): Promise<SignInProblem | typeof REDIRECTING | null> {
    try {
      const c = await client();
      const account = accountOf(c);
      const request = {
        // Every Graph permission at once: one consent, and later silent requests find them granted.
        scopes: [...GRAPH_SCOPES],
        ...(account ? { account } : o.loginHint ? { loginHint: o.loginHint } : {}),
      };
      if (o.host === "browser" && !keepPage) {
        // Nothing on the page yet to lose: a redirect can't be blocked like a popup can.
        await c.acquireTokenRedirect(request);
        return REDIRECTING;
      }
      const result = await c.acquireTokenPopup(request);
      if (result.account) c.setActiveAccount(result.account);
      return publish(null);
    } catch (e) {
      return publish(problemOf(e));
    }
  }

  return {
    context,
    getToken,
    start,
    signIn,
    retry: start,
    problem: () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
