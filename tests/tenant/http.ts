/** Requests and responses as the emulator handles them, independent of msw. */
export interface SimpleRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  /** The body's bytes as sent, for binary uploads (`body` is their UTF-8 reading). */
  bytes?: Uint8Array;
}

export interface SimpleResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
  /** A binary body (a file's content); sent instead of `body` when present. */
  bytes?: Uint8Array;
}

/** Reason phrases; PnPjs's $batch parser needs one after every status code. */
const REASONS: Readonly<Record<number, string>> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Payload Too Large",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function reason(status: number): string {
  return REASONS[status] ?? "Unknown";
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): SimpleResponse {
  return {
    status,
    statusText: reason(status),
    headers: {
      "Content-Type": "application/json;odata=minimalmetadata;streaming=true;charset=utf-8",
      ...headers,
    },
    body: JSON.stringify(value),
  };
}

export function empty(status: number, headers: Record<string, string> = {}): SimpleResponse {
  return { status, statusText: reason(status), headers, body: "" };
}

export async function toSimpleRequest(request: Request): Promise<SimpleRequest> {
  if (request.method === "GET" || request.method === "HEAD")
    return {
      method: request.method.toUpperCase(),
      url: new URL(request.url),
      headers: request.headers,
      body: "",
    };
  // Read once as bytes: the text is what request.text() would give, the bytes keep a binary upload intact.
  const bytes = new Uint8Array(await request.arrayBuffer());
  const body = new TextDecoder().decode(bytes);
  return {
    method: request.method.toUpperCase(),
    url: new URL(request.url),
    headers: request.headers,
    body,
    bytes,
  };
}

export function toResponse(simple: SimpleResponse): Response {
  // A 204 may not carry a body in the Fetch API.
  const body =
    simple.status === 204 || simple.status === 304
      ? null
      : simple.bytes
        ? // The bytes themselves, not a Blob: under jsdom the global Blob is jsdom's, which Node's
          // Response does not read (it sent the 13 characters "[object Blob]" instead of the file).
          (simple.bytes as Uint8Array<ArrayBuffer>)
        : simple.body;
  return new Response(body, {
    status: simple.status,
    statusText: simple.statusText,
    headers: simple.headers,
  });
}
