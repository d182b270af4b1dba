/**
 * Codec for SharePoint's OData `$batch` multipart bodies, in the dialect PnPjs
 * v4 writes (requests) and parses (responses).
 */
import { reason } from "../http";

/** One request from a batch. Header names are lowercased, the method uppercased. */
export interface BatchPartRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface BatchPartResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

export class BatchSyntaxError extends Error {
  override name = "BatchSyntaxError";
}

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

/**
 * Parses the body of a `POST _api/$batch`. Changesets are flattened in place so
 * the result is one entry per request, in the order PnPjs expects responses.
 */
export function parseBatchRequest(contentType: string, body: string): BatchPartRequest[] {
  const boundary = boundaryOf(contentType);
  return splitMultipart(body, boundary).flatMap(parseOuterPart);
}

/** Reads `boundary=` from a multipart Content-Type; SharePoint/PnPjs quote it for changesets only. */
function boundaryOf(contentType: string): string {
  const [mediaType = "", ...params] = contentType.split(";");
  if (mediaType.trim().toLowerCase() !== "multipart/mixed") {
    throw new BatchSyntaxError(`Expected a multipart/mixed Content-Type but got "${contentType}"`);
  }
  for (const param of params) {
    const eq = param.indexOf("=");
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== "boundary") continue;
    const boundary = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
    if (boundary !== "") return boundary;
  }
  throw new BatchSyntaxError(`No boundary parameter in Content-Type "${contentType}"`);
}

/** Splits text into lines that keep their own terminator, so bodies survive byte for byte. */
function linesOf(text: string): string[] {
  return text.split(/(?<=\n)/);
}

function stripEol(line: string): string {
  return line.replace(/\r?\n$/, "");
}

/**
 * Returns the raw text of each part between `--boundary` delimiters, ignoring
 * the preamble and epilogue. The closing `--boundary--` is required so that a
 * truncated body fails loudly instead of silently dropping requests.
 */
function splitMultipart(text: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of linesOf(text)) {
    // RFC 2046 allows trailing whitespace ("transport padding") after a delimiter.
    const content = stripEol(line).trimEnd();
    if (content === `${delimiter}--`) {
      if (current) parts.push(current.join(""));
      return parts;
    }
    if (content === delimiter) {
      if (current) parts.push(current.join(""));
      current = [];
    } else {
      current?.push(line);
    }
  }
  const problem = current ? `missing the closing "${delimiter}--"` : `no part delimited by "${delimiter}"`;
  throw new BatchSyntaxError(`Malformed multipart body: ${problem}`);
}

interface Entity {
  headers: Record<string, string>;
  content: string;
}

/** Splits a part (or an HTTP message after its start line) into headers and the rest. */
function readEntity(lines: string[], what: string): Entity {
  const headers: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i += 1) {
    const line = stripEol(lines[i] ?? "");
    if (line.trim() === "") {
      i += 1;
      break;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) throw new BatchSyntaxError(`Malformed ${what} header line "${line}"`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return { headers, content: lines.slice(i).join("") };
}

function parseOuterPart(raw: string): BatchPartRequest[] {
  const { headers, content } = readEntity(linesOf(raw), "batch part");
  const type = headers["content-type"] ?? "";
  // A changeset is itself a multipart/mixed entity nested one level deep.
  if (/^multipart\/mixed\b/i.test(type)) {
    const writes = splitMultipart(content, boundaryOf(type)).map((inner) =>
      parseHttpPart(inner, "changeset part"),
    );
    // OData batch processing: a change set holds data-modifying requests only; a query goes in a part of
    // its own (OData v3 protocol, "Batch Processing", change sets; SharePoint implements OData $batch).
    if (writes.some((w) => w.method === "GET"))
      throw new BatchSyntaxError("A change set must not contain a query (GET) request");
    return writes;
  }
  return [parseHttpPartBody(headers, content, "batch part")];
}

function parseHttpPart(raw: string, what: string): BatchPartRequest {
  const { headers, content } = readEntity(linesOf(raw), what);
  return parseHttpPartBody(headers, content, what);
}

function parseHttpPartBody(
  partHeaders: Record<string, string>,
  content: string,
  what: string,
): BatchPartRequest {
  const type = partHeaders["content-type"] ?? "";
  if (!/^application\/http\b/i.test(type)) {
    throw new BatchSyntaxError(`Expected ${what} Content-Type application/http but got "${type}"`);
  }
  return parseHttpRequest(content);
}

/** `METHOD URL HTTP/1.1`, then headers, a blank line, and the body. */
function parseHttpRequest(message: string): BatchPartRequest {
  const lines = linesOf(message);
  const start = lines.findIndex((line) => line.trim() !== "");
  const requestLine = start < 0 ? "" : stripEol(lines[start] ?? "").trim();
  const { method, url } = parseRequestLine(requestLine);
  const { headers, content } = readEntity(lines.slice(start + 1), "request");
  // PnPjs writes `${body}\n\n` before the next delimiter; those newlines are framing.
  return { method, url, headers, body: content.replace(/[\r\n]+$/, "") };
}

function parseRequestLine(line: string): { method: string; url: string } {
  // The URL is everything between the method and the version, in case a path segment holds a space.
  const match = /^([A-Za-z]+)\s+(.+?)(?:\s+HTTP\/\d+(?:\.\d+)?)?$/i.exec(line);
  const method = match?.[1];
  const url = match?.[2];
  if (method === undefined || url === undefined) {
    throw new BatchSyntaxError(`Malformed request line "${line}"; expected "METHOD URL HTTP/1.1"`);
  }
  return { method: method.toUpperCase(), url };
}

// ---------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------

const CRLF = "\r\n";

// PnPjs's parser needs a reason phrase: its status regex is /^HTTP\/[0-9.]+ +([0-9]+) +(.*)/.

/**
 * Writes the `multipart/mixed` response PnPjs's `parseResponse` accepts: a flat
 * list of parts in request order (changeset responses are NOT nested), CRLF
 * line endings and exactly one line break after the closing delimiter.
 *
 * Faithful to the wire, not to PnPjs's reading of it: PnPjs splits header lines
 * on every ":" and drops any header whose value contains one (e.g. Location),
 * joins multi-line bodies without their newlines, and leaves the trailing "\r"
 * of the body line on the body text.
 */
export function formatBatchResponse(parts: BatchPartResponse[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${crypto.randomUUID()}`;
  const body = parts.map((part) => formatPart(boundary, part)).join("") + `--${boundary}--${CRLF}`;
  return { contentType: `multipart/mixed; boundary=${boundary}`, body };
}

function formatPart(boundary: string, part: BatchPartResponse): string {
  assertRepresentable(part);
  const headerLines = Object.entries(part.headers).map(([name, value]) => `${name}: ${value}${CRLF}`);
  return [
    `--${boundary}${CRLF}`,
    `Content-Type: application/http${CRLF}`,
    `Content-Transfer-Encoding: binary${CRLF}`,
    CRLF,
    `HTTP/1.1 ${part.status} ${reasonPhrase(part)}${CRLF}`,
    ...headerLines,
    CRLF,
    `${part.body}${CRLF}`,
  ].join("");
}

function reasonPhrase(part: BatchPartResponse): string {
  const text = part.statusText.trim();
  return text !== "" ? text : reason(part.status);
}

/** Rejects parts that would corrupt the framing or make PnPjs's `new Response(...)` throw. */
function assertRepresentable(part: BatchPartResponse): void {
  const { status } = part;
  // PnPjs passes "" (not null) as the body for everything but 204, which the
  // Response constructor refuses for the other null-body statuses 205 and 304.
  if (!Number.isInteger(status) || status < 200 || status > 599 || status === 205 || status === 304) {
    throw new RangeError(`Status ${status} cannot be represented in a PnPjs batch response`);
  }
  const texts = [part.statusText, ...Object.keys(part.headers), ...Object.values(part.headers)];
  if (texts.some((text) => /[\r\n]/.test(text))) {
    throw new RangeError(`Status text and headers of a batch part must not contain line breaks`);
  }
  // PnPjs ends a body at the first line that starts with this prefix, whatever the boundary id.
  if (/(^|\n)--batchresponse_/.test(part.body)) {
    throw new RangeError(`A batch part body must not contain a line starting with "--batchresponse_"`);
  }
}
