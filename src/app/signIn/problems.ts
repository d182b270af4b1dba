/**
 * What went wrong signing in, in a person's words, with the way forward. Pure: it reads the fields
 * MSAL's errors carry (errorCode, subError, errorMessage with Entra's "AADSTS…" code, correlationId)
 * without importing MSAL, so the main bundle never downloads it for this.
 *
 * Entra's codes: https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 * MSAL.js codes: https://learn.microsoft.com/entra/msal/javascript/browser/errors
 */

export type SignInProblemKind =
  | "signInNeeded"
  | "consent"
  | "adminConsent"
  | "popupBlocked"
  | "noNestedAuth"
  | "expired"
  | "conditionalAccess"
  | "offline"
  | "cancelled"
  | "inProgress"
  | "unknown";

/**
 * `signIn`: an interactive sign-in, started by the person's click (a popup opened without one is
 * blocked). `retry`: ask again quietly (nothing for the person to do in a Microsoft window).
 * `openInBrowser`: a link to the app outside Teams.
 */
export type SignInAction =
  | { kind: "signIn"; label: string }
  | { kind: "retry"; label: string }
  | { kind: "openInBrowser"; label: string; href: string };

export interface SignInProblem {
  kind: SignInProblemKind;
  title: string;
  message: string;
  action: SignInAction;
  secondary?: SignInAction;
  /** What a helpdesk needs: Entra's AADSTS code or MSAL's error code. */
  code?: string;
  correlationId?: string;
}

export interface ProblemContext {
  host: "teams" | "browser";
  /** The app registration's Application (client) ID, for the administrator. */
  clientId: string;
  /** The app's own address, to open outside Teams. */
  appUrl: string;
  /** navigator.onLine, when known. */
  online?: boolean;
}

interface AuthErrorFields {
  name: string;
  errorCode: string;
  subError: string;
  text: string;
  correlationId: string;
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

function fieldsOf(e: unknown): AuthErrorFields {
  if (typeof e !== "object" || e === null)
    return { name: "", errorCode: "", subError: "", text: String(e), correlationId: "" };
  const r = e as Record<string, unknown>;
  const errorNo = str(r["errorNo"]);
  return {
    name: str(r["name"]),
    errorCode: str(r["errorCode"]).toLowerCase(),
    subError: str(r["subError"]).toLowerCase(),
    text: [
      str(r["errorMessage"]),
      str(r["message"]),
      errorNo ? `AADSTS${errorNo.replace(/^AADSTS/i, "")}` : "",
    ].join(" "),
    correlationId: str(r["correlationId"]),
  };
}

/** Entra's error code, e.g. "AADSTS65001", from the message (or the error number MSAL kept). */
export function aadstsCode(e: unknown): string | undefined {
  const match = /AADSTS(\d+)/i.exec(fieldsOf(e).text);
  return match ? `AADSTS${match[1]}` : undefined;
}

const CONDITIONAL_ACCESS = new Set([
  "53000",
  "53001",
  "53002",
  "53003",
  "53004",
  "530002",
  "530003",
  "50158",
]);
const ADMIN_CONSENT = new Set(["90094", "90008", "90095", "65005"]);
const CONSENT = new Set(["65001", "65004"]);
/** Refresh token expired or revoked, sign-in frequency, MFA now required: all need the person again. */
const EXPIRED = new Set(["700082", "50173", "70043", "700084", "50133", "50076", "50078", "50079", "50097"]);

const OFFLINE_CODES = new Set(["no_network_connectivity", "post_request_failed", "get_request_failed"]);
const POPUP_BLOCKED = new Set(["popup_window_error", "empty_window_error"]);
const NO_NESTED_AUTH = new Set([
  "nested_app_auth_bridge_disabled",
  "block_nested_popups",
  "redirect_in_iframe",
  "unsupported_method",
]);
const CANCELLED = new Set(["user_cancelled", "user_canceled"]);
const EXPIRED_CODES = new Set([
  "interaction_required",
  "login_required",
  "no_account_error",
  "no_tokens_found",
  "bad_token",
  "refresh_token_expired",
  "native_account_unavailable",
  "no_account_found",
  // A silent renewal in a hidden frame that never came back: a new sign-in is the way through.
  "monitor_window_timeout",
  "timed_out",
]);

const quote = (code: string | undefined, correlationId: string): string => {
  const parts = [code ? `error ${code}` : "", correlationId ? `correlation ID ${correlationId}` : ""].filter(
    Boolean,
  );
  return parts.length ? ` Quote ${parts.join(" and ")}.` : "";
};

const signIn = (label: string): SignInAction => ({ kind: "signIn", label });
const retry = (label = "Try again"): SignInAction => ({ kind: "retry", label });
const openInBrowser = (ctx: ProblemContext): SignInAction => ({
  kind: "openInBrowser",
  label: "Open Trust Boards in your browser",
  href: ctx.appUrl,
});

/** The first visit outside Teams: nobody is signed in yet. Not a failure, but the same card. */
export function signInNeeded(): SignInProblem {
  return {
    kind: "signInNeeded",
    title: "Sign in to Trust Boards",
    message: "Sign in with your work account to see your boards.",
    action: signIn("Sign in"),
  };
}

/** Teams could not give the app nested app authentication at all. */
export function noNestedAuth(ctx: ProblemContext, code?: string, correlationId = ""): SignInProblem {
  return {
    kind: "noNestedAuth",
    title: "This version of Teams can't sign you in to Trust Boards",
    message:
      "Trust Boards signs you in through Teams, and this Teams app or browser doesn't support that yet. " +
      "Update Teams (in Teams, open Settings and more › Check for updates) and open the tab again, or open " +
      "Trust Boards in your web browser instead.",
    action: openInBrowser(ctx),
    secondary: signIn("Try again"),
    ...(code ? { code } : {}),
    ...(correlationId ? { correlationId } : {}),
  };
}

function conditionalAccessMessage(code: string, correlationId: string): string {
  const number = code.replace("AADSTS", "");
  const why =
    number === "53000" || number === "530003" || number === "530002"
      ? "Your organisation only allows Trust Boards on devices it manages, and this device isn't managed or doesn't meet its rules (for example, updates or encryption)."
      : number === "53001"
        ? "Your organisation only allows Trust Boards on devices joined to its network."
        : number === "53004"
          ? "Your organisation needs you to set up extra security (such as the Microsoft Authenticator app) before you can sign in."
          : number === "50158"
            ? "Your organisation needs an extra security check that couldn't be completed."
            : "Your organisation's sign-in policy doesn't allow access from here (for example, from this location or this kind of device).";
  return (
    `${why} This is your organisation's security policy, not a fault in Trust Boards. ` +
    `Use a device your organisation manages, or contact your IT service desk.${quote(code, correlationId)}`
  );
}

/** Maps an error from MSAL (or from creating it) to what the person sees and can do. */
export function classifySignInError(e: unknown, ctx: ProblemContext): SignInProblem {
  const f = fieldsOf(e);
  const code = aadstsCode(e);
  const number = code?.replace("AADSTS", "") ?? "";
  const codes = [f.errorCode, f.subError];
  const has = (set: Set<string>): boolean => codes.some((c) => c !== "" && set.has(c));
  const shown = code ?? (f.errorCode || undefined);
  const withIds = {
    ...(shown ? { code: shown } : {}),
    ...(f.correlationId ? { correlationId: f.correlationId } : {}),
  };

  if (
    ctx.online === false ||
    has(OFFLINE_CODES) ||
    (e instanceof TypeError && /fetch|network/i.test(f.text))
  ) {
    return {
      kind: "offline",
      title: "You're offline",
      message:
        "Trust Boards couldn't reach Microsoft to sign you in. Check your internet connection, then try again.",
      action: retry(),
    };
  }
  if (CONDITIONAL_ACCESS.has(number)) {
    return {
      kind: "conditionalAccess",
      title: "Your organisation's policy stopped this sign-in",
      message: conditionalAccessMessage(code ?? "", f.correlationId),
      action: signIn("Try again"),
      ...withIds,
    };
  }
  if (
    ADMIN_CONSENT.has(number) ||
    /admin(istrator)?\s+(consent|approval)|needs? (admin|administrator) (approval|permission)/i.test(f.text)
  ) {
    return {
      kind: "adminConsent",
      title: "Your administrator needs to approve Trust Boards",
      message:
        "Your organisation lets only its administrators approve apps like Trust Boards, and they haven't yet. " +
        "Ask your IT service desk to grant admin consent to Trust Boards in Microsoft Entra ID, quoting " +
        `application (client) ID ${ctx.clientId}. When they have, select Try again.${quote(code, f.correlationId)}`,
      action: retry(),
      ...withIds,
    };
  }
  if (CONSENT.has(number) || codes.includes("consent_required")) {
    return {
      kind: "consent",
      title: "Trust Boards needs your permission",
      message:
        "Before Trust Boards can show your boards, you need to let it read your profile and your groups and " +
        "work with the boards' lists and Teams channels as you. Select Sign in and accept, then accept in the " +
        "Microsoft window that opens.",
      action: signIn("Sign in and accept"),
      ...withIds,
    };
  }
  if (has(NO_NESTED_AUTH) || f.name === "NestedAppAuthError")
    return noNestedAuth(ctx, shown, f.correlationId);
  if (has(POPUP_BLOCKED)) {
    return {
      kind: "popupBlocked",
      title: "The sign-in window was blocked",
      message:
        ctx.host === "teams"
          ? "The Microsoft sign-in window couldn't open. Select Sign in to try again; if it still doesn't open, " +
            "allow pop-ups for Teams in your browser, or open Trust Boards in your browser."
          : "Your browser stopped the Microsoft sign-in window from opening. Allow pop-ups for this site, or " +
            "select Sign in to try again.",
      action: signIn("Sign in"),
      ...(ctx.host === "teams" ? { secondary: openInBrowser(ctx) } : {}),
      ...withIds,
    };
  }
  if (has(CANCELLED)) {
    return {
      kind: "cancelled",
      title: "Sign-in wasn't finished",
      message:
        "The Microsoft sign-in window was closed before you finished signing in. Select Sign in to start again.",
      action: signIn("Sign in"),
    };
  }
  if (codes.includes("interaction_in_progress")) {
    return {
      kind: "inProgress",
      title: "A sign-in window is already open",
      message:
        "Finish signing in in the Microsoft window that is already open, or close it and select Try again.",
      action: signIn("Try again"),
    };
  }
  if (EXPIRED.has(number) || has(EXPIRED_CODES) || f.name === "InteractionRequiredAuthError") {
    return {
      kind: "expired",
      title: "Your sign-in has expired",
      message:
        "For your security, Microsoft asks you to sign in again from time to time. Select Sign in again: " +
        "anything you have typed stays where it is.",
      action: signIn("Sign in again"),
      ...withIds,
    };
  }
  return {
    kind: "unknown",
    title: "We couldn't sign you in",
    message:
      "Something went wrong signing you in to Microsoft 365. Try again; if it keeps happening, contact your IT " +
      `service desk.${quote(shown, f.correlationId)}`,
    action: retry(),
    ...withIds,
  };
}
