/** STUB (helper replaces): the board's decision log, searchable, each decision linked to its meeting. */
export function DecisionLog(_props: { boardId: number }) {
  return null;
}
