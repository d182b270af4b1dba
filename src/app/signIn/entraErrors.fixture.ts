/**
 * Errors exactly as @azure/msal-browser builds them from Entra's answers (msal-common's
 * ResponseHandler.validateTokenResponse and Authorize's response check), for tests. The AADSTS
 * texts are Entra's own (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
 */
import {
  AuthError,
  BrowserAuthError,
  ClientAuthError,
  InteractionRequiredAuthError,
  ServerError,
} from "@azure/msal-browser";

export const CORRELATION_ID = "5f0c1c7e-3a56-4a0a-9b8e-2d1c0e4f7a11";

interface EntraAnswer {
  error: string;
  code: number;
  description: string;
  suberror?: string;
}

/** An Entra token-endpoint error: InteractionRequiredAuthError when MSAL deems it so, else ServerError. */
export function fromEntra({ error, code, description, suberror = "" }: EntraAnswer): AuthError {
  const text = `AADSTS${code}: ${description} Trace ID: 0b1c Correlation ID: ${CORRELATION_ID} Timestamp: 2026-11-22 10:00:00Z`;
  const interaction = ["interaction_required", "consent_required", "login_required", "bad_token"];
  if (interaction.includes(error) || interaction.includes(suberror)) {
    return new InteractionRequiredAuthError(
      error,
      CORRELATION_ID,
      text,
      suberror,
      "2026-11-22",
      "0b1c",
      "",
      String(code),
    );
  }
  return new ServerError(error, CORRELATION_ID, text, suberror, String(code), 400);
}

export const entra = {
  consent: () =>
    fromEntra({
      error: "invalid_grant",
      suberror: "consent_required",
      code: 65001,
      description:
        "The user or administrator has not consented to use the application with ID 'c0ffee00-0000-4000-8000-000000000001' named 'Trust Boards'. Send an interactive authorization request for this user and resource.",
    }),
  adminConsent: () =>
    fromEntra({
      error: "access_denied",
      code: 90094,
      description: "Admin consent is required for the permissions requested by this application.",
    }),
  adminConsent90008: () =>
    fromEntra({
      error: "invalid_grant",
      code: 90008,
      description:
        "The user or administrator hasn't consented to use the application with ID 'c0ffee00-0000-4000-8000-000000000001'. This happened because application is misconfigured: it must require access to Windows Azure Active Directory by specifying at least 'Sign in and read user profile' permission.",
    }),
  refreshExpired: () =>
    fromEntra({
      error: "invalid_grant",
      code: 700082,
      description: "The refresh token has expired due to inactivity.",
    }),
  grantRevoked: () =>
    fromEntra({
      error: "invalid_grant",
      code: 50173,
      description: "The provided grant has expired due to it being revoked, a fresh auth token is needed.",
    }),
  loginRequired: () => new InteractionRequiredAuthError("login_required", CORRELATION_ID),
  blockedByPolicy: () =>
    fromEntra({
      error: "invalid_grant",
      code: 53003,
      description:
        "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
    }),
  deviceNotCompliant: () =>
    fromEntra({
      error: "invalid_grant",
      code: 53000,
      description:
        "Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.",
    }),
  deviceNotManaged: () =>
    fromEntra({
      error: "invalid_grant",
      code: 530003,
      description: "Your device is required to be managed to access this resource.",
    }),
  securityChallenge: () =>
    fromEntra({
      error: "interaction_required",
      code: 50158,
      description:
        "External security challenge not satisfied. User will be redirected to another page or authentication provider to satisfy additional authentication challenges.",
    }),
};

export const browser = {
  popupBlocked: () => new BrowserAuthError("popup_window_error", CORRELATION_ID),
  emptyWindow: () => new BrowserAuthError("empty_window_error", CORRELATION_ID),
  cancelled: () => new BrowserAuthError("user_cancelled", CORRELATION_ID),
  inProgress: () => new BrowserAuthError("interaction_in_progress", CORRELATION_ID),
  offline: () => new BrowserAuthError("no_network_connectivity", CORRELATION_ID),
  noAccount: () => new BrowserAuthError("no_account_error", CORRELATION_ID),
  /** Nested app auth's bridge refused (msal's mapping of the host's BridgeDisabled answer). */
  bridgeDisabled: () => new ClientAuthError("nested_app_auth_bridge_disabled", CORRELATION_ID),
  unknown: () => new AuthError("unknown_error", CORRELATION_ID, "An unknown error occurred"),
};
