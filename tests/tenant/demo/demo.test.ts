import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { demoData } from "./index";
import type { ActionStatus, DemoAction, Rag } from "./types";

const { people, boards, programmes, actions, risks, measures, personas, asOf } = demoData;
const reports = demoData.reports ?? [];
const summaries = demoData.summaries ?? [];

const personKeys = new Set(people.map((p) => p.key));
const boardByKey = new Map(boards.map((b) => [b.key, b]));
const programmeByNumber = new Map(programmes.map((p) => [p.number, p]));
const isOpen = (a: DemoAction) => a.status === "Not started" || a.status === "In progress";
const persona = (role: string) => {
  const found = personas.find((p) => p.role === role);
  if (!found) throw new Error(`No persona for ${role}`);
  return found.personKey;
};

/** The state an action is in after its updates are applied in order. */
function replay(action: DemoAction) {
  let status: ActionStatus = "Not started";
  let rag: Rag | null = null;
  let revisedDate: string | undefined;
  let revisedReason: string | undefined;
  for (const u of action.updates) {
    if (u.status !== undefined) status = u.status;
    if (u.rag !== undefined) rag = u.rag;
    if (u.revisedDate !== undefined) {
      revisedDate = u.revisedDate;
      revisedReason = u.reason;
    }
  }
  return { status, rag, revisedDate, revisedReason };
}

function isValidDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe("demo data: people and keys", () => {
  it("has unique people keys and names", () => {
    expect(personKeys.size).toBe(people.length);
    expect(new Set(people.map((p) => p.displayName)).size).toBe(people.length);
    expect(people.length).toBeGreaterThanOrEqual(40);
  });

  it("refers only to people and boards that exist", () => {
    const referenced: string[] = [
      ...demoData.executiveKeys,
      ...demoData.readerKeys,
      ...demoData.administratorKeys,
      ...personas.map((p) => p.personKey),
      ...boards.flatMap((b) => [b.chairKey, b.sponsorKey, ...b.ownerKeys, ...b.memberKeys]),
      ...actions.flatMap((a) => [...(a.ownerKey ? [a.ownerKey] : []), ...a.updates.map((u) => u.byKey)]),
      ...risks.map((r) => r.ownerKey),
      ...reports.flatMap((r) => [...r.saves.map((s) => s.byKey), ...r.reviews.map((v) => v.byKey)]),
      ...summaries.map((s) => s.byKey),
    ];
    for (const key of referenced) expect(personKeys, key).toContain(key);
    const boardKeys = [
      ...programmes.flatMap((p) => p.boardKeys),
      ...actions.map((a) => a.boardKey),
      ...risks.map((r) => r.boardKey),
    ];
    for (const key of boardKeys) expect(boardByKey.has(key), key).toBe(true);
  });

  it("keeps real people named in the source documents out of the demo", () => {
    const realNames = [
      "Philippa Granthier",
      "Alison Bell",
      "Deborah Howard",
      "Dave Farrow",
      "Claire Winter",
      "Sally Halls",
      "Chris Squire",
      "Frances Nicholson",
      "Patrick Flaherty",
      "Julian Wooster",
      "Lucy Watson",
      "Andy Marsh",
    ];
    const source = ["people.ts", "boards.ts", "risks.ts", "reports.ts", "index.ts"]
      .map((f) => readFileSync(new URL(`./${f}`, import.meta.url), "utf8"))
      .join("\n");
    const surnames = realNames.map((n) => n.split(" ")[1] ?? n);
    for (const name of realNames) expect(source).not.toContain(name);
    for (const person of people) {
      for (const word of person.displayName.split(/\s+/)) expect(surnames).not.toContain(word);
    }
  });
});

describe("demo data: boards and programmes", () => {
  it("gives every board a chair among its owners, and at least one chair who owns the group without being a member", () => {
    expect(new Set(boards.map((b) => b.key)).size).toBe(boards.length);
    // Owners and members are two lists in Microsoft 365 groups; the demo must exercise an owner-only chair.
    expect(boards.some((b) => !b.memberKeys.includes(b.chairKey))).toBe(true);
    for (const board of boards) {
      expect(board.ownerKeys, board.key).toContain(board.chairKey);
      expect(["Chair", "Interim Chair", "Independent Chair"]).toContain(board.chairRole);
      expect(board.cadence).toBe("Monthly");
      expect(board.memberKeys.length).toBeGreaterThanOrEqual(5);
      const organisations = new Set(
        board.memberKeys.map((k) => people.find((p) => p.key === k)?.organisation),
      );
      expect(organisations.size, board.key).toBeGreaterThanOrEqual(2);
    }
  });

  it("matches the delivery groups in the source documents", () => {
    expect(programmes.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(programmeByNumber.get(1)?.boardKeys).toEqual(["early-help"]);
    expect(programmeByNumber.get(5)?.boardKeys).toEqual(["early-help"]);
    expect(programmeByNumber.get(6)?.boardKeys).toHaveLength(2);
    expect(boardByKey.get("early-help")?.chairRole).toBe("Interim Chair");
    expect(boardByKey.get("education")?.chairRole).toBe("Interim Chair");
    expect(boardByKey.get("safeguarding")?.chairRole).toBe("Independent Chair");
    for (const board of boards) {
      expect(
        programmes.some((p) => p.boardKeys.includes(board.key)),
        board.key,
      ).toBe(true);
    }
  });
});

describe("demo data: action plans", () => {
  it("numbers actions uniquely within each programme and files them on a delivering board", () => {
    const refs = new Set<string>();
    for (const a of actions) {
      expect(refs.has(a.ref), a.ref).toBe(false);
      refs.add(a.ref);
      expect(a.ref.startsWith(`${a.programmeNumber}.`), a.ref).toBe(true);
      expect(programmeByNumber.get(a.programmeNumber)?.boardKeys, a.ref).toContain(a.boardKey);
    }
    for (const p of programmes) {
      const count = actions.filter((a) => a.programmeNumber === p.number).length;
      expect(count, `programme ${p.number}`).toBeGreaterThanOrEqual(6);
      expect(count, `programme ${p.number}`).toBeLessThanOrEqual(10);
    }
  });

  it("writes short titles and descriptions for the current plan year", () => {
    for (const a of actions) {
      expect(a.title.length, a.ref).toBeLessThanOrEqual(120);
      const sentences = a.description.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
      expect(sentences, a.ref).toBeGreaterThanOrEqual(1);
      expect(sentences, a.ref).toBeLessThanOrEqual(3);
      expect(a.planYear).toBe(demoData.plan.currentYear);
      expect(isValidDate(a.targetDate), a.ref).toBe(true);
      expect(a.targetDate >= "2017-04-01" && a.targetDate <= "2018-03-31", a.ref).toBe(true);
      if (a.revisedDate) {
        expect(isValidDate(a.revisedDate), a.ref).toBe(true);
        expect(a.revisedDate > a.targetDate, a.ref).toBe(true);
        expect(a.revisedReason, a.ref).toBeTruthy();
      }
    }
  });

  it("ends each action in the state its updates lead to", () => {
    for (const a of actions) {
      const end = replay(a);
      expect(a.status, a.ref).toBe(end.status);
      expect(a.rag, a.ref).toBe(end.rag);
      expect(a.revisedDate, a.ref).toBe(end.revisedDate);
      expect(a.revisedReason, a.ref).toBe(end.revisedReason);
      if (a.status === "Complete" || a.status === "Withdrawn") expect(a.rag, a.ref).toBeNull();
    }
  });

  it("dates updates in order, on weekdays in working hours, from the start of the plan year to asOf", () => {
    for (const a of actions) {
      expect(a.updates.length, a.ref).toBeGreaterThanOrEqual(1);
      expect(a.updates.length, a.ref).toBeLessThanOrEqual(5);
      const first = a.updates[0];
      const firstAt = first?.at ?? "";
      expect(firstAt >= "2017-04-01" && firstAt < "2017-06-01", a.ref).toBe(true);
      expect(first?.status, a.ref).toBe("Not started");
      let previous = "";
      for (const u of a.updates) {
        expect(u.at, a.ref).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
        expect(u.at > previous, `${a.ref} ${u.at}`).toBe(true);
        previous = u.at;
        expect(u.at.slice(0, 10) <= asOf, `${a.ref} ${u.at}`).toBe(true);
        const day = new Date(`${u.at.slice(0, 10)}T12:00:00Z`).getUTCDay();
        expect(day >= 1 && day <= 5, `${a.ref} ${u.at} is a weekend`).toBe(true);
        const time = u.at.slice(11);
        expect(time >= "08:00" && time <= "18:00", `${a.ref} ${u.at}`).toBe(true);
        expect(u.note.trim().length, a.ref).toBeGreaterThan(0);
        if (u.revisedDate) expect(u.reason, a.ref).toBeTruthy();
        const board = boardByKey.get(a.boardKey);
        const allowed = [
          ...(board?.memberKeys ?? []),
          ...(board?.ownerKeys ?? []),
          ...(a.ownerKey ? [a.ownerKey] : []),
        ];
        expect(allowed, `${a.ref} update by ${u.byKey}`).toContain(u.byKey);
      }
    }
  });

  it("marks every open action past its due date Red, or explains it in a later update", () => {
    const overdue = actions.filter((a) => isOpen(a) && (a.revisedDate ?? a.targetDate) < asOf);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    for (const a of overdue) {
      const due = a.revisedDate ?? a.targetDate;
      const explained = a.updates.some((u) => u.at.slice(0, 10) > due);
      expect(a.rag === "Red" || explained, a.ref).toBe(true);
    }
    expect(overdue.filter((a) => !a.revisedDate).length).toBeGreaterThanOrEqual(3);
  });

  it("has a realistic mix of statuses, ratings and due dates", () => {
    const statuses = new Set(actions.map((a) => a.status));
    for (const s of ["Not started", "In progress", "Complete", "Withdrawn"]) expect(statuses).toContain(s);
    const rags = new Set(actions.filter((a) => a.status === "In progress").map((a) => a.rag));
    for (const r of ["Red", "Amber", "Green"]) expect(rags).toContain(r);
    const dueInNovember = actions.filter(
      (a) => isOpen(a) && (a.revisedDate ?? a.targetDate).startsWith("2017-11"),
    );
    expect(dueInNovember.length).toBeGreaterThanOrEqual(2);
    expect(actions.filter((a) => a.revisedDate).length).toBeGreaterThanOrEqual(3);
    const ownerless = actions.filter((a) => a.ownerKey === null);
    expect(ownerless.length).toBeGreaterThanOrEqual(2);
    expect(ownerless.length).toBeLessThanOrEqual(3);
  });

  it("makes Early Help the richest board, with actions for both member personas", () => {
    const earlyHelp = actions.filter((a) => a.boardKey === "early-help");
    expect(earlyHelp.length).toBeGreaterThanOrEqual(14);
    for (const b of boards)
      expect(actions.filter((a) => a.boardKey === b.key).length).toBeLessThanOrEqual(earlyHelp.length);
    const member = persona("member");
    const mine = earlyHelp.filter((a) => a.ownerKey === member);
    expect(mine.some((a) => a.status === "In progress" && a.rag === "Green")).toBe(true);
    expect(mine.some((a) => isOpen(a) && !a.revisedDate && a.targetDate < asOf)).toBe(true);
    expect(earlyHelp.some((a) => a.ownerKey === persona("second-member"))).toBe(true);
  });

  it("action owners are on the board (its members or its group's owners), except one person who has left it", () => {
    const strays = actions.filter((a) => {
      const board = boardByKey.get(a.boardKey);
      return (
        a.ownerKey !== null &&
        !board?.memberKeys.includes(a.ownerKey) &&
        !board?.ownerKeys.includes(a.ownerKey)
      );
    });
    expect(strays.map((a) => [a.boardKey, a.ownerKey])).toEqual([["early-help", "eh-former-ccg"]]);
    expect(strays.every(isOpen)).toBe(true);
    const leaver = "eh-former-ccg";
    for (const b of boards) expect([...b.memberKeys, ...b.ownerKeys]).not.toContain(leaver);
    expect(actions.some((a) => a.boardKey === "early-help" && a.ownerKey === leaver)).toBe(true);
  });
});

describe("demo data: risks and measures", () => {
  it("scores risks on 1–5 scales and files them on a delivering board", () => {
    for (const r of risks) {
      expect(programmeByNumber.get(r.programmeNumber)?.boardKeys, r.title).toContain(r.boardKey);
      expect([1, 2, 3, 4, 5]).toContain(r.likelihood);
      expect([1, 2, 3, 4, 5]).toContain(r.impactScore);
    }
    for (const p of programmes) expect(risks.some((r) => r.programmeNumber === p.number)).toBe(true);
    const corporate = risks.find((r) => r.title.startsWith("Safeguarding Children"));
    expect(corporate?.programmeNumber).toBe(6);
    expect((corporate?.likelihood ?? 0) * (corporate?.impactScore ?? 0)).toBe(20);
  });

  it("gives every risk a unique reference and a review date, with one or two reviews overdue", () => {
    const refs = risks.map((r) => r.ref);
    expect(new Set(refs).size).toBe(risks.length);
    for (const r of risks) {
      expect(r.ref, r.title).toMatch(/^[A-Z]+(-R\d+|\d{4})$/);
      expect(isValidDate(r.reviewDate ?? ""), r.title).toBe(true);
    }
    const overdue = risks.filter((r) => (r.reviewDate ?? "") < asOf);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(overdue.length).toBeLessThanOrEqual(2);
  });

  it("scores ORG0009 at 20 after a rescoring from 15 in Quarter 2, and keeps each history consistent", () => {
    const org = risks.find((r) => r.ref === "ORG0009");
    expect((org?.likelihood ?? 0) * (org?.impactScore ?? 0)).toBe(20);
    const scores = org?.scores ?? [];
    expect((scores[0]?.likelihood ?? 0) * (scores[0]?.impactScore ?? 0)).toBe(15);
    expect(scores.some((s) => s.at >= "2017-07-01" && s.at < "2017-10-01" && s.likelihood === 4)).toBe(true);
    const rescored = risks.filter((r) => (r.scores ?? []).length > 1);
    expect(rescored.length).toBeGreaterThanOrEqual(2);
    for (const r of rescored) {
      const all = r.scores ?? [];
      const last = all[all.length - 1];
      expect([last?.likelihood, last?.impactScore], r.title).toEqual([r.likelihood, r.impactScore]);
      for (let i = 1; i < all.length; i++) expect(all[i]!.at > all[i - 1]!.at, r.title).toBe(true);
      for (const s of all) {
        expect(personKeys, r.title).toContain(s.byKey);
        expect(s.at.slice(0, 10) <= asOf, r.title).toBe(true);
      }
    }
  });

  it("has 10–14 measures with yearly values for both plan years, figures, and a few quarterly values", () => {
    expect(measures.length).toBeGreaterThanOrEqual(10);
    expect(measures.length).toBeLessThanOrEqual(14);
    for (const m of measures) {
      expect(
        m.values.filter((v) => !v.quarter).map((v) => v.planYear),
        m.title,
      ).toEqual(["2016/17", "2017/18"]);
      if (m.programmeNumber !== null) expect(programmeByNumber.has(m.programmeNumber)).toBe(true);
      expect(m.baseline, m.title).toEqual(expect.any(Number));
      expect(m.targetValue === null || typeof m.targetValue === "number", m.title).toBe(true);
    }
    // One measure whose words set no figure shows "No target".
    expect(measures.filter((m) => m.targetValue === null)).toHaveLength(1);
    const quarterly = measures.filter((m) => m.values.some((v) => v.quarter));
    expect(quarterly.length).toBeGreaterThanOrEqual(2);
    for (const m of quarterly) {
      const qs = m.values.filter((v) => v.quarter);
      expect(qs.map((v) => `${v.planYear} ${v.quarter}`)).toEqual(["2017/18 Q1", "2017/18 Q2"]);
    }
    // A RAG is the rule's, except one value a person overrode, with the reason.
    const overrides = measures.flatMap((m) => m.values.filter((v) => v.override));
    expect(overrides).toHaveLength(1);
    expect(overrides[0]?.override?.reason.trim()).not.toBe("");
  });
});

describe("demo data: highlight reports", () => {
  const reportsFor = (quarter: string) => reports.filter((r) => r.quarter === quarter);
  const submittedAt = (r: (typeof reports)[number]) => r.saves[r.saves.length - 1]?.at ?? "";
  const standing = (r: (typeof reports)[number]) => {
    const last = r.saves[r.saves.length - 1];
    if (last?.status !== "Submitted") return "Draft";
    return r.reviews.filter((v) => v.version === r.saves.length).at(-1)?.decision ?? "Submitted";
  };

  it("has every programme's Quarter 1 report, submitted and approved", () => {
    const q1 = reportsFor("Q1");
    expect(q1.map((r) => r.programmeNumber).sort()).toEqual(programmes.map((p) => p.number));
    for (const r of q1) expect(standing(r), `programme ${r.programmeNumber}`).toBe("Approved");
  });

  it("tells Quarter 2's story: one late, one returned with a comment, one missing, the rest approved", () => {
    const q2 = reportsFor("Q2");
    const by = new Map(q2.map((r) => [r.programmeNumber, r]));
    const missing = programmes.filter((p) => !by.has(p.number)).map((p) => p.number);
    expect(missing).toEqual([4]);
    const returned = q2.filter((r) => standing(r) === "Returned");
    expect(returned.map((r) => r.programmeNumber)).toEqual([5]);
    expect(returned[0]?.reviews.at(-1)?.comment.trim()).not.toBe("");
    // Reports for Quarter 2 were due on 21 October (quarter end + 21 days).
    const late = q2.filter((r) => submittedAt(r).slice(0, 10) > "2017-10-21");
    expect(late.map((r) => r.programmeNumber)).toEqual([7]);
    expect(standing(late[0]!)).toBe("Approved");
    const approved = q2.filter((r) => standing(r) === "Approved").map((r) => r.programmeNumber);
    expect(approved.sort()).toEqual([1, 2, 3, 6, 7]);
  });

  it("has one Quarter 3 draft", () => {
    expect(reportsFor("Q3").map((r) => [r.programmeNumber, standing(r)])).toEqual([[1, "Draft"]]);
  });

  it("names report versions that exist, decided by the Executive after the submission", () => {
    for (const r of reports) {
      const label = `programme ${r.programmeNumber} ${r.quarter}`;
      expect(r.saves.length, label).toBeGreaterThanOrEqual(1);
      let previous = "";
      for (const s of r.saves) {
        expect(s.at > previous, label).toBe(true);
        previous = s.at;
        expect(s.at.slice(0, 10) <= asOf, label).toBe(true);
        const board = boardByKey.get(programmeByNumber.get(r.programmeNumber)?.boardKeys[0] ?? "");
        expect([...(board?.memberKeys ?? []), ...(board?.ownerKeys ?? [])], label).toContain(s.byKey);
      }
      for (const v of r.reviews) {
        expect(demoData.executiveKeys, label).toContain(v.byKey);
        expect(v.version >= 1 && v.version <= r.saves.length, label).toBe(true);
        const judged = r.saves[v.version - 1];
        expect(judged?.status, label).toBe("Submitted");
        expect(v.at > (judged?.at ?? ""), label).toBe(true);
        expect(v.at.slice(0, 10) <= asOf, label).toBe(true);
        if (v.decision === "Returned") expect(v.comment.trim(), label).not.toBe("");
      }
    }
  });

  it("rates each trend against the programme's previous reported status", () => {
    const score = { Red: 0, Amber: 1, Green: 2 } as const;
    const order = ["Q1", "Q2", "Q3", "Q4"];
    const trends = new Set<string>();
    for (const r of reports) {
      const before = reports.find(
        (p) =>
          p.programmeNumber === r.programmeNumber &&
          order.indexOf(p.quarter) === order.indexOf(r.quarter) - 1 &&
          p.saves.at(-1)?.status === "Submitted",
      );
      const expected = !before
        ? "Stable"
        : score[r.rag] > score[before.rag]
          ? "Improving"
          : score[r.rag] < score[before.rag]
            ? "Declining"
            : "Stable";
      expect(r.trend, `programme ${r.programmeNumber} ${r.quarter}`).toBe(expected);
      trends.add(r.trend);
    }
    expect([...trends].sort()).toEqual(["Declining", "Improving", "Stable"]);
  });

  it("has the Executive's narrative for the quarters already summarised", () => {
    expect(summaries.map((s) => s.quarter)).toEqual(["Q1", "Q2"]);
    for (const s of summaries) expect(s.narrative.length).toBeGreaterThan(100);
  });
});

describe("demo data: personas", () => {
  it("has one persona per role, each a real person", () => {
    const roles = personas.map((p) => p.role);
    expect(new Set(roles).size).toBe(roles.length);
    for (const role of [
      "member",
      "second-member",
      "chair",
      "executive",
      "administrator",
      "reader",
      "outsider",
    ]) {
      expect(roles).toContain(role);
    }
    const earlyHelp = boardByKey.get("early-help");
    expect(earlyHelp?.memberKeys).toContain(persona("member"));
    expect(earlyHelp?.memberKeys).toContain(persona("second-member"));
    expect(earlyHelp?.chairKey).toBe(persona("chair"));
    expect(demoData.executiveKeys).toContain(persona("executive"));
    expect(demoData.administratorKeys).toContain(persona("administrator"));
    expect(demoData.readerKeys).toContain(persona("reader"));
  });

  it("keeps the outsider out of every group and every action", () => {
    const outsider = persona("outsider");
    for (const b of boards) {
      expect([b.chairKey, b.sponsorKey, ...b.ownerKeys, ...b.memberKeys]).not.toContain(outsider);
    }
    expect(demoData.executiveKeys).not.toContain(outsider);
    expect(demoData.readerKeys).not.toContain(outsider);
    expect(demoData.administratorKeys).not.toContain(outsider);
    expect(actions.some((a) => a.ownerKey === outsider || a.updates.some((u) => u.byKey === outsider))).toBe(
      false,
    );
    expect(risks.some((r) => r.ownerKey === outsider)).toBe(false);
  });
});
