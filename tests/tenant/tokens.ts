/**
 * Persona tokens: shaped like Entra access tokens (three base64url parts) but
 * unsigned, because nothing here can sign like Entra. The emulator reads the
 * `oid` claim, as SharePoint and Graph identify the caller from it.
 */
const b64url = (text: string): string =>
  Buffer.from(text, "utf8").toString("base64").replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

export interface TokenClaims {
  oid: string;
  upn: string;
  name: string;
  tid: string;
}

export function makePersonaToken(claims: TokenClaims): string {
  const header = b64url(JSON.stringify({ alg: "none", typ: "JWT" }));
  const payload = b64url(JSON.stringify({ ...claims, aud: "emulated-tenant", ver: "2.0" }));
  return `${header}.${payload}.`;
}

export function readToken(authorization: string | null): TokenClaims | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  const parts = match?.[1]?.split(".");
  if (!parts || parts.length < 2 || !parts[1]) return null;
  try {
    const json = Buffer.from(parts[1].replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
    const claims = JSON.parse(json) as Partial<TokenClaims>;
    return typeof claims.oid === "string" ? (claims as TokenClaims) : null;
  } catch {
    return null;
  }
}
