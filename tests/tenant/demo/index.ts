import type { DemoData } from "./types";
import { people } from "./people";
import { boards, programmes, spareTeams } from "./boards";
import { actions } from "./actions";
import { risks } from "./risks";
import { measures } from "./measures";
import { reports, summaries } from "./reports";

/**
 * Somerset Children's Trust as the source documents describe it in mid-quarter 3 of
 * year 2 (22 November 2017): seven improvement programmes, seven delivery boards and
 * their 2017/18 action plans, key risks and measures, and the quarter's highlight reports.
 */
export const demoData: DemoData = {
  trustName: "Somerset Children's Trust",
  plan: {
    title: "Children & Young People's Plan 2016–2019",
    startYear: 2016,
    endYear: 2019,
    currentYear: "2017/18",
    vision:
      "Our vision is that Somerset children and young people are safe, healthy, happy, are ambitious for their " +
      "future and develop skills for life.",
    programmeNoun: "improvement programme",
  },
  people,
  boards,
  spareTeams,
  programmes,
  actions,
  risks,
  measures,
  reports,
  summaries,
  executiveKeys: ["exec-dcs", "exec-ccg", "exec-police", "exec-ph", "exec-schools"],
  readerKeys: ["reader-scrutiny", "reader-partner"],
  administratorKeys: ["admin-manager", "admin-officer"],
  personas: [
    { role: "member", personKey: "eh-member-health", label: "Board member — Early Help" },
    { role: "second-member", personKey: "eh-member-vcs", label: "Second board member — Early Help" },
    { role: "chair", personKey: "eh-chair", label: "Interim Chair — Early Help" },
    { role: "executive", personKey: "exec-dcs", label: "Children's Trust Executive" },
    { role: "administrator", personKey: "admin-manager", label: "Plan administrator" },
    { role: "reader", personKey: "reader-scrutiny", label: "Reader — Scrutiny Committee" },
    { role: "outsider", personKey: "outsider", label: "Outsider — not in any board" },
  ],
  asOf: "2017-11-22",
};
