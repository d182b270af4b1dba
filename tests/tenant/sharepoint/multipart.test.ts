import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { runInNewContext } from "node:vm";
import { describe, it, expect } from "vitest";
import {
  BatchSyntaxError,
  formatBatchResponse,
  parseBatchRequest,
  type BatchPartRequest,
  type BatchPartResponse,
} from "./multipart";

const SITE = "https://tenant.sharepoint.com/sites/boards/_api/web";
const BATCH = "batch_8c2b2f5a-1d0e-4f43-9d4c-1f3c3e1f9a11";
const CHANGESET = "changeset_5e7b0d3c-2a9f-4c1e-8b6d-0a4f2e9c7d22";

/** The exact body PnPjs v4 writes for one GET followed by one MERGE in a changeset. */
const SAMPLE = `--${BATCH}
Content-Type: application/http
Content-Transfer-Encoding: binary

GET ${SITE}/lists/getByTitle('Boards')/items(1)?%24select=Id%2CTitle HTTP/1.1
accept: application/json
content-type: application/json;charset=utf-8

--${BATCH}
Content-Type: multipart/mixed; boundary="${CHANGESET}"

--${CHANGESET}
Content-Type: application/http
Content-Transfer-Encoding: binary

MERGE ${SITE}/lists/getByTitle('Boards')/items(1) HTTP/1.1
accept: application/json
content-type: application/json;charset=utf-8
if-match: "1"

{"Title":"new"}

--${CHANGESET}--

--${BATCH}--
`;

const SAMPLE_REQUESTS: BatchPartRequest[] = [
  {
    method: "GET",
    url: `${SITE}/lists/getByTitle('Boards')/items(1)?%24select=Id%2CTitle`,
    headers: { accept: "application/json", "content-type": "application/json;charset=utf-8" },
    body: "",
  },
  {
    method: "MERGE",
    url: `${SITE}/lists/getByTitle('Boards')/items(1)`,
    headers: {
      accept: "application/json",
      "content-type": "application/json;charset=utf-8",
      "if-match": '"1"',
    },
    body: '{"Title":"new"}',
  },
];

/** Builds one application/http part the way PnPjs does (LF line endings). */
function httpPart(boundary: string, requestLine: string, headers: string[], body?: string): string {
  const head = `--${boundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n`;
  const message = `${requestLine}\n${headers.map((h) => `${h}\n`).join("")}\n`;
  return head + message + (body === undefined ? "" : `${body}\n\n`);
}

describe("parseBatchRequest", () => {
  it("parses the PnPjs sample: a GET followed by a MERGE inside a changeset", () => {
    expect(parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, SAMPLE)).toEqual(SAMPLE_REQUESTS);
  });

  it("accepts CRLF line endings", () => {
    const crlf = SAMPLE.replace(/\n/g, "\r\n");
    expect(parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, crlf)).toEqual(SAMPLE_REQUESTS);
  });

  it("accepts a quoted boundary and any parameter spacing or case in the Content-Type", () => {
    expect(parseBatchRequest(`Multipart/Mixed;Boundary="${BATCH}"`, SAMPLE)).toEqual(SAMPLE_REQUESTS);
  });

  it("flattens several changesets and GETs in their original order", () => {
    const cs1 = "changeset_one";
    const cs2 = "changeset_two";
    const body = [
      `--${BATCH}\nContent-Type: multipart/mixed; boundary="${cs1}"\n\n`,
      httpPart(cs1, `POST ${SITE}/lists/getByTitle('Risks')/items HTTP/1.1`, [], '{"Title":"a"}'),
      httpPart(cs1, `DELETE ${SITE}/lists/getByTitle('Risks')/items(4) HTTP/1.1`, ["if-match: *"]),
      `--${cs1}--\n\n`,
      httpPart(BATCH, `GET ${SITE}/lists/getByTitle('Risks')/items HTTP/1.1`, []),
      `--${BATCH}\nContent-Type: multipart/mixed; boundary="${cs2}"\n\n`,
      httpPart(cs2, `PATCH ${SITE}/lists/getByTitle('Risks')/items(5) HTTP/1.1`, [], '{"Title":"b"}'),
      `--${cs2}--\n\n`,
      `--${BATCH}--\n`,
    ].join("");
    const parts = parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, body);
    expect(parts.map((p) => `${p.method} ${p.url.replace(SITE, "")} ${p.body}`)).toEqual([
      `POST /lists/getByTitle('Risks')/items {"Title":"a"}`,
      "DELETE /lists/getByTitle('Risks')/items(4) ",
      "GET /lists/getByTitle('Risks')/items ",
      `PATCH /lists/getByTitle('Risks')/items(5) {"Title":"b"}`,
    ]);
    expect(parts[1]?.headers).toEqual({ "if-match": "*" });
  });

  it("uppercases the method and lowercases header names", () => {
    const body =
      httpPart(BATCH, `get ${SITE}/lists HTTP/1.1`, ["Accept: application/json"]) + `--${BATCH}--\n`;
    const [part] = parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, body);
    expect(part?.method).toBe("GET");
    expect(part?.headers).toEqual({ accept: "application/json" });
  });

  it("keeps header values that contain colons intact", () => {
    const body = httpPart(BATCH, `GET ${SITE} HTTP/1.1`, ["x-when: 10:30:00"]) + `--${BATCH}--\n`;
    expect(parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, body)[0]?.headers["x-when"]).toBe(
      "10:30:00",
    );
  });

  it("keeps a body that spans several lines, including blank ones, trimming only trailing newlines", () => {
    const json = '{\n  "Title": "a",\n\n  "Notes": "b"\n}';
    const body =
      `--${BATCH}\nContent-Type: multipart/mixed; boundary="${CHANGESET}"\n\n` +
      httpPart(CHANGESET, `POST ${SITE}/lists HTTP/1.1`, ["content-type: application/json"], json) +
      `--${CHANGESET}--\n\n--${BATCH}--\n`;
    expect(parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, body)[0]?.body).toBe(json);
  });

  it("keeps a URL whose path contains a space", () => {
    const body = httpPart(BATCH, `GET ${SITE}/lists/getByTitle('My List') HTTP/1.1`, []) + `--${BATCH}--\n`;
    expect(parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, body)[0]?.url).toBe(
      `${SITE}/lists/getByTitle('My List')`,
    );
  });

  it("ignores a preamble and an epilogue around the parts", () => {
    const body = `preamble\n${SAMPLE}epilogue\n`;
    expect(parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, body)).toEqual(SAMPLE_REQUESTS);
  });

  it("returns no requests for a batch with no parts", () => {
    expect(parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, `--${BATCH}--\n`)).toEqual([]);
  });

  describe("errors", () => {
    it("rejects a Content-Type that is not multipart/mixed", () => {
      expect(() => parseBatchRequest("application/json", SAMPLE)).toThrow(BatchSyntaxError);
    });

    it("rejects a Content-Type without a boundary", () => {
      expect(() => parseBatchRequest("multipart/mixed", SAMPLE)).toThrow(/No boundary parameter/);
    });

    it("rejects a body that never uses the boundary", () => {
      expect(() => parseBatchRequest("multipart/mixed; boundary=batch_other", SAMPLE)).toThrow(
        'Malformed multipart body: no part delimited by "--batch_other"',
      );
    });

    it("rejects a truncated body with no closing delimiter", () => {
      const truncated = SAMPLE.slice(0, SAMPLE.indexOf(`--${BATCH}--`));
      expect(() => parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, truncated)).toThrow(
        `missing the closing "--${BATCH}--"`,
      );
    });

    it("rejects a part that is not application/http", () => {
      const body = `--${BATCH}\nContent-Type: text/plain\n\nhello\n--${BATCH}--\n`;
      expect(() => parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, body)).toThrow(
        /Content-Type application\/http but got "text\/plain"/,
      );
    });

    it("rejects a query (GET) inside a change set, which holds writes only", () => {
      const inChangeset = SAMPLE.replace(
        `MERGE ${SITE}/lists/getByTitle('Boards')/items(1) HTTP/1.1`,
        `GET ${SITE}/lists/getByTitle('Boards')/items(1) HTTP/1.1`,
      );
      expect(() => parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, inChangeset)).toThrow(
        /change set must not contain a query/,
      );
    });

    it("rejects a malformed request line", () => {
      const body = httpPart(BATCH, "", []) + `--${BATCH}--\n`;
      expect(() => parseBatchRequest(`multipart/mixed; boundary=${BATCH}`, body)).toThrow(
        /Malformed request line/,
      );
    });
  });
});

// ---------------------------------------------------------------------------
// Responses, checked against the parser PnPjs actually runs.
// ---------------------------------------------------------------------------

/**
 * PnPjs does not export `parseResponse`, so lift its source out of the installed
 * @pnp/sp/batching.js and run it in a sandbox. This keeps the test honest if a
 * PnPjs upgrade changes the parser.
 */
function loadPnPParseResponse(): (body: string) => Response[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve("@pnp/sp/batching.js");
  const source = readFileSync(path, "utf8");
  const start = source.indexOf("function parseResponse(body)");
  const end = source.indexOf("\n}\n", start);
  if (start < 0 || end < 0) throw new Error(`Could not find parseResponse in ${path}`);
  const parse: unknown = runInNewContext(`(${source.slice(start, end + 2)})`, { Response });
  if (typeof parse !== "function") throw new Error("parseResponse did not evaluate to a function");
  const typed = parse as (body: string) => Response[];
  return (body) => typed(body);
}

const pnpParseResponse = loadPnPParseResponse();

const JSON_HEADERS = { "Content-Type": "application/json;odata=nometadata;charset=utf-8" };

describe("formatBatchResponse", () => {
  const parts: BatchPartResponse[] = [
    { status: 200, statusText: "OK", headers: JSON_HEADERS, body: JSON.stringify({ Id: 1, Title: "Board" }) },
    { status: 204, statusText: "No Content", headers: { ETag: '"2"' }, body: "" },
    {
      status: 412,
      statusText: "Precondition Failed",
      headers: JSON_HEADERS,
      body: JSON.stringify({
        "odata.error": { code: "-1, Microsoft.SharePoint.Client.ClientServiceException" },
      }),
    },
  ];

  it("writes the exact wire format SharePoint uses", () => {
    const { contentType, body } = formatBatchResponse(parts.slice(0, 2));
    const boundary = /^multipart\/mixed; boundary=(batchresponse_[0-9a-f-]{36})$/.exec(contentType)?.[1];
    expect(boundary).toBeDefined();
    expect(body).toBe(
      `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n` +
        `HTTP/1.1 200 OK\r\nContent-Type: application/json;odata=nometadata;charset=utf-8\r\n\r\n` +
        `{"Id":1,"Title":"Board"}\r\n` +
        `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n` +
        `HTTP/1.1 204 No Content\r\nETag: "2"\r\n\r\n\r\n` +
        `--${boundary}--\r\n`,
    );
  });

  it("uses a fresh boundary for every response", () => {
    expect(formatBatchResponse([]).contentType).not.toBe(formatBatchResponse([]).contentType);
  });

  it("is parsed by PnPjs into one Response per part, in order", async () => {
    const responses = pnpParseResponse(formatBatchResponse(parts).body);
    expect(responses.map((r) => [r.status, r.statusText])).toEqual([
      [200, "OK"],
      [204, "No Content"],
      [412, "Precondition Failed"],
    ]);
    expect(await responses[0]?.json()).toEqual({ Id: 1, Title: "Board" });
    expect(responses[0]?.headers.get("content-type")).toBe(JSON_HEADERS["Content-Type"]);
    expect(responses[1]?.headers.get("etag")).toBe('"2"');
    expect(await responses[1]?.text()).toBe("");
    expect(await responses[2]?.json()).toMatchObject({ "odata.error": { code: expect.any(String) } });
  });

  it("is parsed by PnPjs when there are no parts", () => {
    expect(pnpParseResponse(formatBatchResponse([]).body)).toEqual([]);
  });

  it("fills in a standard reason phrase, which PnPjs's status line regex requires", () => {
    const { body } = formatBatchResponse([{ status: 201, statusText: "", headers: {}, body: "{}" }]);
    expect(body).toContain("HTTP/1.1 201 Created\r\n");
    expect(pnpParseResponse(body)[0]?.statusText).toBe("Created");
  });

  it("leaves PnPjs with the body line's trailing CR, as real SharePoint responses do", async () => {
    const { body } = formatBatchResponse([
      { status: 200, statusText: "OK", headers: {}, body: "plain text" },
    ]);
    expect(await pnpParseResponse(body)[0]?.text()).toBe("plain text\r");
  });

  it("writes headers whose values contain a colon even though PnPjs drops them", () => {
    const location = `${SITE}/lists/getByTitle('Boards')/items(7)`;
    const { body } = formatBatchResponse([
      { status: 201, statusText: "Created", headers: { Location: location }, body: "{}" },
    ]);
    expect(body).toContain(`Location: ${location}\r\n`);
    expect(pnpParseResponse(body)[0]?.headers.get("location")).toBeNull();
  });

  it("shows why the trailing line break matters: PnPjs rejects a body without it", () => {
    const { body } = formatBatchResponse(parts);
    expect(() => pnpParseResponse(body.replace(/\r\n$/, ""))).toThrow("Unexpected end of input");
  });

  describe("errors", () => {
    const part = (overrides: Partial<BatchPartResponse>): BatchPartResponse[] => [
      { status: 200, statusText: "OK", headers: {}, body: "", ...overrides },
    ];

    it("rejects statuses PnPjs cannot turn into a Response", () => {
      for (const status of [100, 205, 304, 600, 200.5]) {
        expect(() => formatBatchResponse(part({ status }))).toThrow(RangeError);
      }
    });

    it("rejects line breaks in the status text or headers", () => {
      expect(() => formatBatchResponse(part({ statusText: "OK\r\nX: y" }))).toThrow(/line breaks/);
      expect(() => formatBatchResponse(part({ headers: { "X-A": "1\n2" } }))).toThrow(/line breaks/);
    });

    it("rejects a body line that PnPjs would mistake for a delimiter", () => {
      expect(() => formatBatchResponse(part({ body: "a\n--batchresponse_x" }))).toThrow(/--batchresponse_/);
    });
  });
});
