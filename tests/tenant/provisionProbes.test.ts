/**
 * The emulated tenant answers the calls provisioning makes as SharePoint does: only someone who may
 * manage the site makes lists, columns, indexes and permission levels (everyone else: 403), and the
 * rules SharePoint applies to them hold. Direct REST, as any client could send it.
 */
import { describe, expect, it } from "vitest";
import { MAX_INDEXES_PER_LIST } from "../../manifest";
import { persona, SITE_URL, tenant, type PersonaRole } from "./testTenant";

const API = `${SITE_URL}/_api`;

async function call(
  role: PersonaRole,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${persona(role).token}`,
    Accept: "application/json;odata=nometadata",
    "Content-Type": "application/json",
  };
  const verb = method === "MERGE" ? "POST" : method;
  if (method === "MERGE") headers["X-HTTP-Method"] = "MERGE";
  const res = await fetch(`${API}/${path}`, {
    method: verb,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const errorText = (r: { json: Record<string, unknown> }): string =>
  JSON.stringify(r.json["odata.error"] ?? r.json);

const field = (xml: string, options = 8) => ({ parameters: { SchemaXml: xml, Options: options } });
const TEXT =
  '<Field Type="Text" Name="TBProbe" StaticName="TBProbe" DisplayName="Probe column" MaxLength="20" />';

const PROBES: [string, string, string, unknown][] = [
  ["create a list", "POST", "web/lists", { Title: "Probe", BaseTemplate: 100 }],
  ["turn versioning off", "MERGE", "web/lists/getbytitle('TB Plans')", { EnableVersioning: false }],
  ["rename a list", "MERGE", "web/lists/getbytitle('TB Plans')", { Title: "Renamed" }],
  ["add a column", "POST", "web/lists/getbytitle('TB Plans')/fields/createfieldasxml", field(TEXT)],
  [
    "drop an index",
    "MERGE",
    "web/lists/getbytitle('TB Plans')/fields/getbyinternalnameortitle('TBStatus')",
    { Indexed: false },
  ],
  [
    "drop unique values",
    "MERGE",
    "web/lists/getbytitle('TB Boards')/fields/getbyinternalnameortitle('TBFolder')",
    { EnforceUniqueValues: false },
  ],
  [
    "make a permission level",
    "POST",
    "web/roledefinitions",
    { Name: "Probe", Description: "", Order: 1, BasePermissions: { High: "0", Low: "1" } },
  ],
];

describe("provisioning calls on the emulated SharePoint site", () => {
  for (const role of ["member", "second-member", "chair", "executive", "reader", "outsider"] as const)
    it(`are all refused 403 to the ${role}, and change nothing`, async () => {
      const before = JSON.stringify([tenant.state.lists, tenant.state.customRoles]);
      for (const [what, method, path, body] of PROBES) {
        const r = await call(role, method, path, body);
        expect(r.status, `${role}: ${what}`).toBe(403);
        expect(errorText(r), what).toContain("UnauthorizedAccessException");
      }
      expect(JSON.stringify([tenant.state.lists, tenant.state.customRoles])).toBe(before);
    });

  it("are answered for a plan administrator (Full Control on the site)", async () => {
    expect(
      (await call("administrator", "POST", "web/lists", { Title: "Probe", BaseTemplate: 100 })).status,
    ).toBe(201);
    expect(
      (
        await call(
          "administrator",
          "POST",
          "web/lists/getbytitle('Probe')/fields/createfieldasxml",
          field(TEXT),
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await call(
          "administrator",
          "MERGE",
          "web/lists/getbytitle('Probe')/fields/getbyinternalnameortitle('TBProbe')",
          { Indexed: true },
        )
      ).status,
    ).toBe(204);
    expect(
      (
        await call("administrator", "MERGE", "web/lists/getbytitle('Probe')", {
          EnableVersioning: true,
          MajorVersionLimit: 100,
        })
      ).status,
    ).toBe(204);
    const list = await call("administrator", "GET", "web/lists/getbytitle('Probe')");
    expect(list.json).toMatchObject({
      Title: "Probe",
      BaseTemplate: 100,
      EnableVersioning: true,
      MajorVersionLimit: 100,
    });
  });
});

describe("SharePoint's rules for lists and columns", () => {
  it("fixes a list's address from the title it is made with; a taken title is refused", async () => {
    expect(
      (await call("administrator", "POST", "web/lists", { Title: "TBNotes", BaseTemplate: 101 })).status,
    ).toBe(201);
    expect(
      (await call("administrator", "MERGE", "web/lists/getbytitle('TBNotes')", { Title: "TB Notes" })).status,
    ).toBe(204);
    const lists = await call("administrator", "GET", "web/lists?$expand=RootFolder");
    const notes = (
      lists.json["value"] as { Title: string; RootFolder: { ServerRelativeUrl: string } }[]
    ).find((l) => l.Title === "TB Notes");
    expect(notes?.RootFolder.ServerRelativeUrl).toBe("/sites/trustboards/TBNotes");
    const again = await call("administrator", "POST", "web/lists", { Title: "tb notes", BaseTemplate: 100 });
    expect(again.status).toBe(500);
    expect(errorText(again)).toContain("-2130575342");
    expect(errorText(again)).toContain("with the specified title already exists");
  });

  it("keeps a column's internal name only with AddFieldInternalNameHint", async () => {
    await call("administrator", "POST", "web/lists", { Title: "Probe", BaseTemplate: 100 });
    await call(
      "administrator",
      "POST",
      "web/lists/getbytitle('Probe')/fields/createfieldasxml",
      field(TEXT, 0),
    );
    await call(
      "administrator",
      "POST",
      "web/lists/getbytitle('Probe')/fields/createfieldasxml",
      field(TEXT, 8),
    );
    const fields = await call("administrator", "GET", "web/lists/getbytitle('Probe')/fields");
    const names = (fields.json["value"] as { InternalName: string; FromBaseType: boolean }[])
      .filter((f) => !f.FromBaseType)
      .map((f) => f.InternalName);
    expect(names).toEqual(["Probe_x0020_column", "TBProbe"]);
  });

  it("refuses unique values on a column that is not indexed, or that already repeats a value", async () => {
    const boards = "web/lists/getbytitle('TB Boards')/fields/getbyinternalnameortitle";
    const notIndexed = await call("administrator", "MERGE", `${boards}('TBChairRole')`, {
      EnforceUniqueValues: true,
    });
    expect(notIndexed.status).toBe(400);
    expect(errorText(notIndexed)).toContain("must be indexed to enforce unique values");
    // Unique values need the index, so the index cannot go while they are enforced.
    expect((await call("administrator", "MERGE", `${boards}('TBFolder')`, { Indexed: false })).status).toBe(
      400,
    );
    // TBPlanId repeats (every board is in the one plan): indexed, but it cannot be made unique.
    const repeats = await call("administrator", "MERGE", `${boards}('TBPlanId')`, {
      EnforceUniqueValues: true,
    });
    expect(repeats.status).toBe(400);
    expect(errorText(repeats)).toContain("SPDuplicateValuesFoundException");
  });

  it(`refuses a list's index beyond the ${MAX_INDEXES_PER_LIST}th`, async () => {
    await call("administrator", "POST", "web/lists", { Title: "Probe", BaseTemplate: 100 });
    const add = (n: number) =>
      call(
        "administrator",
        "POST",
        "web/lists/getbytitle('Probe')/fields/createfieldasxml",
        field(`<Field Type="Number" Name="N${n}" StaticName="N${n}" DisplayName="N${n}" Indexed="TRUE" />`),
      );
    for (let n = 1; n <= MAX_INDEXES_PER_LIST; n++) expect((await add(n)).status).toBe(201);
    const over = await add(MAX_INDEXES_PER_LIST + 1);
    expect(over.status).toBe(400);
    expect(errorText(over)).toContain(`already has ${MAX_INDEXES_PER_LIST} indexed columns`);
  });

  it("refuses a version limit outside 1 to 50,000", async () => {
    const r = await call("administrator", "MERGE", "web/lists/getbytitle('TB Actions')", {
      MajorVersionLimit: 50_001,
    });
    expect(r.status).toBe(400);
  });
});
