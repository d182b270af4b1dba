import { spfi, type SPFI } from "@pnp/sp";
import { DefaultHeaders, DefaultInit, RequestDigest } from "@pnp/sp";
import { DefaultParse, type Queryable } from "@pnp/queryable";
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/items";
import "@pnp/sp/site-users/web";
import "@pnp/sp/batching";
import type { TokenProvider } from "../../app/tokens";
import { sendWithRetry } from "../http/retry";

/** Asks the token provider on every request (PnPjs's BearerToken only takes a fixed string). */
function BearerPerRequest(tokens: TokenProvider) {
  return (instance: Queryable): Queryable => {
    instance.on.auth(async (url, init) => {
      const token = await tokens.getToken({ sharePointOrigin: new URL(url.toString()).origin });
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

/** Sends with our retry policy (PnPjs's own ignores HTTP-date Retry-After and cannot tell the UI). */
function RetryingSend() {
  return (instance: Queryable): Queryable => {
    instance.on.send.clear();
    instance.on.send((url, init) => sendWithRetry("SharePoint", () => fetch(url.toString(), init)));
    return instance;
  };
}

/** The one configured PnPjs instance. */
export function createSp(siteUrl: string, tokens: TokenProvider): SPFI {
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    RetryingSend(),
    DefaultParse(),
    RequestDigest(),
    BearerPerRequest(tokens),
  );
}
