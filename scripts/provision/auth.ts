import { readFile } from "node:fs/promises";
import { ConfidentialClientApplication, PublicClientApplication, type AccountInfo } from "@azure/msal-node";
import type { Resource, TokenProvider } from "../../src/app/tokens";
import type { AuthOptions } from "./options";

/**
 * Signing in as an administrator of the site, for provisioning only (the app itself never uses this).
 *
 * - Device code (default): a public client app registration with the delegated SharePoint permission
 *   AllSites.FullControl; the person signs in at microsoft.com/devicelogin and the tool acts as them
 *   (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code).
 * - Certificate (automation): app-only with the application permission Sites.FullControl.All. SharePoint
 *   accepts app-only tokens from Entra only when the app proves itself with a certificate, not a client
 *   secret ("Granting access via Entra ID App-Only",
 *   https://learn.microsoft.com/sharepoint/dev/solution-guidance/security-apponly-azuread).
 *
 * Tests do not come here: they hand the tool a TokenProvider with the emulated tenant's persona token.
 */

export class AuthSetupError extends Error {
  override name = "AuthSetupError";
}

const authority = (tenant: string): string =>
  `https://login.microsoftonline.com/${encodeURIComponent(tenant)}`;
const originOf = (resource: Resource): string => {
  if (resource === "graph") throw new Error("Provisioning talks to SharePoint only.");
  return resource.sharePointOrigin;
};

/** Reads the private key from the PEM file, with a message a person can act on when it is not there. */
export async function readPrivateKey(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AuthSetupError(
      code === "ENOENT"
        ? `The certificate file "${path}" does not exist. Give --certificate the path of the PEM file that holds the certificate's private key.`
        : `The certificate file "${path}" could not be read (${code ?? "error"}). Check that you may read it.`,
    );
  }
  const key =
    /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.exec(
      text,
    );
  if (!key)
    throw new AuthSetupError(
      `The certificate file "${path}" holds no private key. It must be a PEM file with a "-----BEGIN PRIVATE KEY-----" block (export the key with the certificate, e.g. openssl pkcs12 -in cert.pfx -nodes -out cert.pem).`,
    );
  if (key[0].includes("ENCRYPTED"))
    throw new AuthSetupError(
      `The private key in "${path}" is encrypted with a password. Export it without one (openssl pkcs8 -in key.pem -out plain.pem) and keep that file safe.`,
    );
  return key[0];
}

/** A TokenProvider for the options given: device code or certificate. */
export async function adminTokenProvider(
  auth: AuthOptions,
  print: (line: string) => void,
): Promise<TokenProvider> {
  if (auth.kind === "certificate") {
    const privateKey = await readPrivateKey(auth.certificatePath);
    const app = new ConfidentialClientApplication({
      auth: {
        clientId: auth.clientId,
        authority: authority(auth.tenant),
        clientCertificate: { thumbprintSha256: auth.thumbprint, privateKey },
      },
    });
    return {
      async getToken(resource) {
        const result = await app.acquireTokenByClientCredential({
          scopes: [`${originOf(resource)}/.default`],
        });
        if (!result) throw new Error("Microsoft Entra returned no token for the certificate.");
        return result.accessToken;
      },
    };
  }
  const app = new PublicClientApplication({
    auth: { clientId: auth.clientId, authority: authority(auth.tenant) },
  });
  let account: AccountInfo | null = null;
  return {
    async getToken(resource) {
      const scopes = [`${originOf(resource)}/AllSites.FullControl`];
      if (account) {
        try {
          return (await app.acquireTokenSilent({ account, scopes })).accessToken;
        } catch {
          // Signed out or expired beyond refresh: ask for a new device code below.
        }
      }
      const result = await app.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (response) => print(response.message),
      });
      if (!result) throw new Error("Microsoft Entra returned no token for the device code.");
      account = result.account;
      return result.accessToken;
    },
  };
}
