/** Failures the UI explains in plain English, whatever service they came from. */
export type FailureKind =
  | "access"
  | "notFound"
  | "conflict"
  | "throttled"
  | "offline"
  | "invalid"
  | "threshold"
  | "signIn"
  | "unknown";

export class DataError extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "DataError";
  }
}

const statusOf = (e: unknown): number | undefined => {
  if (typeof e !== "object" || e === null) return undefined;
  const r = e as { status?: unknown; statusCode?: unknown };
  if (typeof r.status === "number") return r.status;
  if (typeof r.statusCode === "number") return r.statusCode;
  return undefined;
};

/** Maps an HTTP status (from PnPjs's HttpRequestError or Graph's GraphError) to what it means for a person. */
/**
 * A token the sign-in could not get (src/app/signIn names its error "SignInError"; the data layer does not
 * import the app). The request never left: the banner at the top offers "Sign in again".
 */
const isSignInFailure = (e: unknown): boolean => {
  for (let x = e, depth = 0; typeof x === "object" && x !== null && depth < 4; depth++) {
    if ((x as { name?: unknown }).name === "SignInError") return true;
    x = (x as { cause?: unknown }).cause;
  }
  return false;
};

export function toDataError(e: unknown): DataError {
  if (e instanceof DataError) return e;
  if (isSignInFailure(e))
    return new DataError(
      "signIn",
      "You need to sign in again: use Sign in again at the top of the page. Nothing you typed is lost.",
    );
  const status = statusOf(e);
  const text = e instanceof Error ? e.message : String(e);
  if (status === 401 || status === 403)
    return new DataError("access", "You don't have permission to do this.", status);
  if (status === 404)
    return new DataError("notFound", "This item no longer exists. Someone may have deleted it.", status);
  if (status === 412)
    return new DataError("conflict", "Someone else changed this while you were working on it.", status);
  if (status === 429 || status === 503 || status === 504)
    return new DataError(
      "throttled",
      "Microsoft 365 is busy right now. Please try again in a minute.",
      status,
    );
  if (status === 500 && /SPQueryThrottledException|list view threshold/i.test(text)) {
    return new DataError(
      "threshold",
      "This list is too large to search this way. Please tell your plan administrator.",
      status,
    );
  }
  if (status === 400) return new DataError("invalid", "SharePoint did not accept the data sent.", status);
  if (status === undefined && (e instanceof TypeError || /fetch|network/i.test(text))) {
    return new DataError("offline", "We couldn't reach Microsoft 365. Check your connection and try again.");
  }
  return new DataError("unknown", "Something went wrong talking to Microsoft 365.", status);
}
