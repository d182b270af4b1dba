import { Client, HTTPMessageHandler, type Context, type Middleware } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../../app/tokens";
import { sendWithRetry } from "../http/retry";

/**
 * Sets the bearer token on every request. The SDK's own AuthenticationHandler
 * only does so for https Graph hosts, so it would send nothing to the emulated
 * tenant on http://localhost.
 */
class BearerMiddleware implements Middleware {
  private next: Middleware | undefined;
  constructor(private readonly tokens: TokenProvider) {}
  async execute(context: Context): Promise<void> {
    const token = await this.tokens.getToken("graph");
    const headers = new Headers(context.options?.headers);
    headers.set("Authorization", `Bearer ${token}`);
    context.options = { ...context.options, headers };
    if (this.next) await this.next.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Retries throttling with the same policy, and notices, as SharePoint calls. */
class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;
  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) return;
    const original = context.options;
    await sendWithRetry("Microsoft Graph", async () => {
      context.options = original;
      await next.execute(context);
      if (!context.response) throw new TypeError("Failed to fetch");
      return context.response;
    });
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** The one Graph client. `baseUrl` ends with "/", e.g. https://graph.microsoft.com/ */
export function createGraph(baseUrl: string, tokens: TokenProvider): Client {
  const bearer = new BearerMiddleware(tokens);
  const retry = new RetryMiddleware();
  bearer.setNext(retry);
  retry.setNext(new HTTPMessageHandler());
  return Client.initWithMiddleware({ baseUrl, middleware: bearer, defaultVersion: "v1.0" });
}
