import type { Plan, Programme } from "./types";

/** What the plan calls its programmes, lower case ("improvement programme", "priority"); "programme" when not set. */
export function programmeNoun(plan: Pick<Plan, "programmeNoun"> | null | undefined): string {
  const noun = plan?.programmeNoun.trim() ?? "";
  return noun === "" ? "programme" : noun;
}

/** "priority" → "priorities", "improvement programme" → "improvement programmes". */
export const pluralNoun = (noun: string): string =>
  /[^aeiou]y$/i.test(noun)
    ? `${noun.slice(0, -1)}ies`
    : /(s|x|ch|sh)$/i.test(noun)
      ? `${noun}es`
      : `${noun}s`;

/** The plan's noun at the start of a heading or sentence: "Priority", "Improvement programme". */
export function programmeNounCapitalised(plan: Pick<Plan, "programmeNoun"> | null | undefined): string {
  const noun = programmeNoun(plan);
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

/** "Priority 2" / "Improvement programme 1": a programme named in its plan's own word. */
export function programmeLabel(
  plan: Pick<Plan, "programmeNoun"> | null | undefined,
  programme: Pick<Programme, "number">,
): string {
  return `${programmeNounCapitalised(plan)} ${programme.number}`;
}

/** "Priority 2: Start well": the programme's heading. */
export function programmeHeading(
  plan: Pick<Plan, "programmeNoun"> | null | undefined,
  programme: Pick<Programme, "number" | "title">,
): string {
  return `${programmeLabel(plan, programme)}: ${programme.title}`;
}
