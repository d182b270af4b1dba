/**
 * Parser and evaluator for the subset of OData v3 `$filter` / `$orderby` that
 * SharePoint Online's REST API accepts and PnPjs sends. Input is the already
 * URL-decoded query option value.
 */

export type Literal = string | number | boolean | null | { datetime: string };

export type CompareOp = "eq" | "ne" | "lt" | "le" | "gt" | "ge";
export type FilterFunction = "substringof" | "startswith";

export type FilterNode =
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; operand: FilterNode }
  | { kind: "compare"; op: CompareOp; field: string; value: Literal }
  | { kind: "call"; fn: FilterFunction; field: string; value: string };

export class ODataSyntaxError extends Error {
  override name = "ODataSyntaxError";
}

// ---------------------------------------------------------------------------
// Tokenizer
// ---------------------------------------------------------------------------

type Token =
  | { type: "ident"; text: string; pos: number }
  | { type: "string"; value: string; pos: number }
  | { type: "number"; value: number; text: string; pos: number }
  | { type: "datetime"; value: string; pos: number }
  | { type: "punct"; text: "(" | ")" | ","; pos: number }
  | { type: "end"; pos: number };

const COMPARE_OPS: readonly CompareOp[] = ["eq", "ne", "lt", "le", "gt", "ge"];
const FUNCTIONS: readonly FilterFunction[] = ["substringof", "startswith"];

const IDENT_START = /[A-Za-z_]/;
// `/` lets expanded lookup/person fields through, e.g. `TBOwner/EMail`.
const IDENT_PART = /[A-Za-z0-9_/]/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/;

/** 1-based character position, which is what people count in an error message. */
function at(pos: number): string {
  return `character ${pos + 1}`;
}

function fail(message: string, source: string): never {
  throw new ODataSyntaxError(`${message} in $filter "${source}"`);
}

/** Reads a quoted literal starting at the opening quote; `''` is an escaped quote. */
function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = "";
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'") {
      if (text[i + 1] !== "'") return { value, end: i + 1 };
      value += "'";
      i += 2;
    } else {
      value += ch;
      i += 1;
    }
  }
  return fail(`Unterminated string literal starting at ${at(start)}`, text);
}

function readIdentifier(text: string, start: number): number {
  let i = start;
  while (i < text.length && IDENT_PART.test(text.charAt(i))) i += 1;
  return i;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ type: "punct", text: ch, pos: i });
      i += 1;
    } else if (ch === "'") {
      const { value, end } = readQuoted(text, i);
      tokens.push({ type: "string", value, pos: i });
      i = end;
    } else if (/[-\d]/.test(ch) && NUMBER.test(text.slice(i))) {
      const match = NUMBER.exec(text.slice(i))?.[0] ?? "";
      tokens.push({ type: "number", value: Number(match), text: match, pos: i });
      i += match.length;
    } else if (IDENT_START.test(ch)) {
      const end = readIdentifier(text, i);
      const word = text.slice(i, end);
      if (word.toLowerCase() === "datetime" && text[end] === "'") {
        const { value, end: after } = readQuoted(text, end);
        tokens.push(datetimeToken(text, i, value));
        i = after;
      } else {
        tokens.push({ type: "ident", text: word, pos: i });
        i = end;
      }
    } else {
      // People coming from other query languages write `=` or `!=`; say what OData wants.
      const hint = /[=<>!]/.test(ch) ? " (OData uses eq, ne, lt, le, gt, ge instead of symbols)" : "";
      fail(`Unexpected character '${ch}' at ${at(i)}${hint}`, text);
    }
  }
  tokens.push({ type: "end", pos: text.length });
  return tokens;
}

function datetimeToken(text: string, start: number, value: string): Token {
  if (Number.isNaN(Date.parse(value))) {
    fail(`Invalid datetime literal '${value}' at ${at(start)}`, text);
  }
  return { type: "datetime", value, pos: start };
}

function describeToken(token: Token): string {
  switch (token.type) {
    case "end":
      return "the end of the filter";
    case "string":
      return `string '${token.value}'`;
    case "datetime":
      return `datetime'${token.value}'`;
    case "number":
      return `number ${token.text}`;
    default:
      return `'${token.text}'`;
  }
}

// ---------------------------------------------------------------------------
// Parser (recursive descent). Precedence: not > comparison > and > or.
//   or      := and ("or" and)*
//   and     := unary ("and" unary)*
//   unary   := "not" unary | primary
//   primary := "(" or ")" | call [("eq"|"ne") bool] | field op literal
// ---------------------------------------------------------------------------

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

  parse(): FilterNode {
    if (this.peek().type === "end") fail("Empty expression", this.source);
    const node = this.parseOr();
    const next = this.peek();
    if (next.type !== "end") {
      this.fail(
        `Unexpected ${describeToken(next)} at ${at(next.pos)} after a complete expression (missing 'and'/'or'?)`,
      );
    }
    return node;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.acceptKeyword("or")) left = { kind: "or", left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.acceptKeyword("and")) left = { kind: "and", left, right: this.parseUnary() };
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.acceptKeyword("not")) return { kind: "not", operand: this.parseUnary() };
    return this.parsePrimary();
  }

  private parsePrimary(): FilterNode {
    const token = this.next();
    if (token.type === "punct" && token.text === "(") {
      const inner = this.parseOr();
      const close = this.next();
      if (close.type !== "punct" || close.text !== ")") {
        this.fail(`Expected ')' to close '(' at ${at(token.pos)} but found ${describeToken(close)}`);
      }
      return inner;
    }
    if (token.type !== "ident") {
      this.fail(`Expected a field name at ${at(token.pos)} but found ${describeToken(token)}`);
    }
    if (this.peekPunct("(")) return this.parseCall(token);
    return this.parseComparison(token.text);
  }

  private parseComparison(field: string): FilterNode {
    const opToken = this.next();
    const op = opToken.type === "ident" ? asCompareOp(opToken.text) : undefined;
    if (op === undefined) {
      const found =
        opToken.type === "ident" ? `Unknown operator '${opToken.text}'` : `Found ${describeToken(opToken)}`;
      this.fail(`${found} at ${at(opToken.pos)} after field '${field}'; expected eq, ne, lt, le, gt or ge`);
    }
    const value = this.parseLiteral(op);
    if (value === null && op !== "eq" && op !== "ne") {
      this.fail(`null can only be compared with eq or ne, not '${op}' (field '${field}')`);
    }
    return { kind: "compare", op, field, value };
  }

  private parseLiteral(after: string): Literal {
    const token = this.next();
    switch (token.type) {
      case "string":
      case "number":
        return token.value;
      case "datetime":
        return { datetime: token.value };
      case "ident": {
        const word = token.text.toLowerCase();
        if (word === "true") return true;
        if (word === "false") return false;
        if (word === "null") return null;
        break;
      }
      default:
        break;
    }
    return this.fail(
      `Expected a literal value after '${after}' at ${at(token.pos)} but found ${describeToken(token)} (only 'field op literal' is supported)`,
    );
  }

  private parseCall(nameToken: { text: string; pos: number }): FilterNode {
    const fn = asFunction(nameToken.text);
    if (fn === undefined) {
      this.fail(
        `Unsupported function '${nameToken.text}' at ${at(nameToken.pos)}; supported: substringof, startswith`,
      );
    }
    this.expectPunct("(");
    // SharePoint's argument orders differ: substringof('text',Field) but startswith(Field,'text').
    const [field, value] = fn === "substringof" ? this.substringofArgs() : this.startswithArgs();
    this.expectPunct(")");
    const call: FilterNode = { kind: "call", fn, field, value };
    return this.parseOptionalBooleanComparison(call);
  }

  private substringofArgs(): [string, string] {
    const value = this.expectString("substringof expects the search text first: substringof('text',Field)");
    this.expectPunct(",");
    const field = this.expectField("substringof expects a field as its second argument");
    return [field, value];
  }

  private startswithArgs(): [string, string] {
    const field = this.expectField("startswith expects a field first: startswith(Field,'text')");
    this.expectPunct(",");
    const value = this.expectString("startswith expects the search text as its second argument");
    return [field, value];
  }

  /** `substringof('x',Title) eq true` is legal OData; fold it back into a plain call / not. */
  private parseOptionalBooleanComparison(call: FilterNode): FilterNode {
    const token = this.peek();
    if (token.type !== "ident") return call;
    const op = asCompareOp(token.text);
    if (op === undefined) return call;
    this.next();
    const value = this.parseLiteral(op);
    if ((op !== "eq" && op !== "ne") || typeof value !== "boolean") {
      this.fail(`A function call can only be compared with eq/ne true/false (at ${at(token.pos)})`);
    }
    return value === (op === "eq") ? call : { kind: "not", operand: call };
  }

  private expectString(message: string): string {
    const token = this.next();
    if (token.type !== "string") this.fail(`${message}; found ${describeToken(token)} at ${at(token.pos)}`);
    return token.value;
  }

  private expectField(message: string): string {
    const token = this.next();
    if (token.type !== "ident") this.fail(`${message}; found ${describeToken(token)} at ${at(token.pos)}`);
    return token.text;
  }

  private expectPunct(text: "(" | ")" | ","): void {
    const token = this.next();
    if (token.type !== "punct" || token.text !== text) {
      this.fail(`Expected '${text}' at ${at(token.pos)} but found ${describeToken(token)}`);
    }
  }

  private acceptKeyword(word: string): boolean {
    const token = this.peek();
    if (token.type !== "ident" || token.text.toLowerCase() !== word) return false;
    this.index += 1;
    return true;
  }

  private peekPunct(text: string): boolean {
    const token = this.peek();
    return token.type === "punct" && token.text === text;
  }

  private peek(): Token {
    // The token list always ends with an "end" token, which is never consumed past.
    return this.tokens[this.index] ?? { type: "end", pos: this.source.length };
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== "end") this.index += 1;
    return token;
  }

  private fail(message: string): never {
    return fail(message, this.source);
  }
}

function asCompareOp(word: string): CompareOp | undefined {
  const lower = word.toLowerCase();
  return COMPARE_OPS.find((op) => op === lower);
}

function asFunction(word: string): FilterFunction | undefined {
  const lower = word.toLowerCase();
  return FUNCTIONS.find((fn) => fn === lower);
}

export function parseFilter(text: string): FilterNode {
  return new Parser(tokenize(text), text).parse();
}

// ---------------------------------------------------------------------------
// Tree helpers
// ---------------------------------------------------------------------------

/** Distinct fields referenced by the filter, in order of first appearance. */
export function fieldsInFilter(node: FilterNode): string[] {
  const seen = new Set<string>();
  const visit = (n: FilterNode): void => {
    switch (n.kind) {
      case "and":
      case "or":
        visit(n.left);
        visit(n.right);
        break;
      case "not":
        visit(n.operand);
        break;
      default:
        seen.add(n.field);
    }
  };
  visit(node);
  return [...seen];
}

/**
 * The conjuncts of the top-level AND chain (however it is parenthesised).
 * SharePoint's list view threshold logic cares about these: only a leading
 * conjunct on an indexed column can narrow a large list.
 */
export function leadingConjuncts(node: FilterNode): FilterNode[] {
  if (node.kind !== "and") return [node];
  return [...leadingConjuncts(node.left), ...leadingConjuncts(node.right)];
}

// ---------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------

export function evaluateFilter(node: FilterNode, get: (field: string) => unknown): boolean {
  switch (node.kind) {
    case "and":
      return evaluateFilter(node.left, get) && evaluateFilter(node.right, get);
    case "or":
      return evaluateFilter(node.left, get) || evaluateFilter(node.right, get);
    case "not":
      return !evaluateFilter(node.operand, get);
    case "compare":
      return evaluateComparison(node.op, get(node.field), node.value);
    case "call":
      return evaluateCall(node.fn, get(node.field), node.value);
  }
}

/** SharePoint treats an empty text field and an empty multi-value field as null. */
function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)
  );
}

/** Multi-value person/lookup/choice fields are arrays; a scalar is a one-element set. */
function valuesOf(stored: unknown): unknown[] {
  return Array.isArray(stored) ? stored : [stored];
}

function evaluateComparison(op: CompareOp, stored: unknown, literal: Literal): boolean {
  if (literal === null) return op === "eq" ? isEmpty(stored) : !isEmpty(stored);
  const values = valuesOf(stored);
  // On a multi-value field `eq` means "contains" and `ne` means "does not contain".
  if (op === "ne") return !values.some((v) => compareValue(v, literal) === 0);
  return values.some((v) => satisfies(op, compareValue(v, literal)));
}

function satisfies(op: Exclude<CompareOp, "ne">, order: number | undefined): boolean {
  if (order === undefined) return false;
  switch (op) {
    case "eq":
      return order === 0;
    case "lt":
      return order < 0;
    case "le":
      return order <= 0;
    case "gt":
      return order > 0;
    case "ge":
      return order >= 0;
  }
}

/** Orders a stored value against a literal; undefined when they cannot be compared. */
function compareValue(stored: unknown, literal: Exclude<Literal, null>): number | undefined {
  if (stored === null || stored === undefined) return undefined;
  if (typeof literal === "object") return compareNumbers(toInstant(stored), Date.parse(literal.datetime));
  if (typeof literal === "boolean") return compareNumbers(toBooleanNumber(stored), literal ? 1 : 0);
  if (typeof literal === "number") return compareNumbers(toNumber(stored), literal);
  return compareWithString(stored, literal);
}

function compareWithString(stored: unknown, literal: string): number | undefined {
  if (typeof stored === "string") return compareTextIgnoringCase(stored, literal);
  if (typeof stored === "number") return compareNumbers(stored, toNumber(literal));
  if (typeof stored === "boolean") return compareNumbers(stored ? 1 : 0, toBooleanNumber(literal));
  if (stored instanceof Date) return compareNumbers(stored.getTime(), Date.parse(literal));
  return undefined;
}

function compareNumbers(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) return undefined;
  return Math.sign(a - b);
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Yes/No fields come back as booleans but SharePoint also accepts 1/0. */
function toBooleanNumber(value: unknown): number | undefined {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === 1 || value === 0) return value;
  if (typeof value === "string") {
    const lower = value.trim().toLowerCase();
    if (lower === "true" || lower === "1") return 1;
    if (lower === "false" || lower === "0") return 0;
  }
  return undefined;
}

function toInstant(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "string") return Date.parse(value);
  return undefined;
}

function compareOrdinal(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** SharePoint's SQL collation is case-insensitive; lowercasing keeps it locale-free. */
function compareTextIgnoringCase(a: string, b: string): number {
  return compareOrdinal(a.toLowerCase(), b.toLowerCase());
}

function evaluateCall(fn: FilterFunction, stored: unknown, search: string): boolean {
  const needle = search.toLowerCase();
  return valuesOf(stored).some((v) => {
    const text = toText(v)?.toLowerCase();
    if (text === undefined) return false;
    return fn === "substringof" ? text.includes(needle) : text.startsWith(needle);
  });
}

function toText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

// ---------------------------------------------------------------------------
// $orderby
// ---------------------------------------------------------------------------

export interface OrderTerm {
  field: string;
  descending: boolean;
}

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_/]*$/;

/** "Title desc,Id" -> [{ Title, descending }, { Id, ascending }]. */
export function parseOrderBy(text: string): OrderTerm[] {
  if (text.trim() === "") return [];
  return text.split(",").map((term) => parseOrderTerm(term, text));
}

function parseOrderTerm(term: string, source: string): OrderTerm {
  const words = term.trim().split(/\s+/);
  const [field = "", direction = "asc", ...rest] = words;
  const dir = direction.toLowerCase();
  if (!FIELD_NAME.test(field) || rest.length > 0 || (dir !== "asc" && dir !== "desc")) {
    throw new ODataSyntaxError(
      `Invalid $orderby term "${term.trim()}" in "${source}"; expected "Field", "Field asc" or "Field desc"`,
    );
  }
  return { field, descending: dir === "desc" };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Ascending comparator for `$orderby`. Nulls sort first (so last when the
 * caller negates for `desc`), numbers numerically, ISO dates as instants and
 * other strings by a locale-free, case-insensitive ordinal compare with a
 * case-sensitive tiebreak so the order is total and deterministic.
 */
export function compareForOrder(a: unknown, b: unknown): number {
  const x = orderKey(a);
  const y = orderKey(b);
  if (x.rank !== y.rank) return Math.sign(x.rank - y.rank);
  if (typeof x.key === "number" && typeof y.key === "number") return Math.sign(x.key - y.key) || 0;
  if (typeof x.key === "string" && typeof y.key === "string") return compareStrings(x.key, y.key);
  return 0;
}

interface OrderKey {
  rank: number;
  key: number | string | null;
}

function orderKey(value: unknown): OrderKey {
  // Sorting on a multi-value field is not something SharePoint allows; use the first value.
  const v: unknown = Array.isArray(value) ? value[0] : value;
  if (v === null || v === undefined) return { rank: 0, key: null };
  if (typeof v === "boolean") return { rank: 1, key: v ? 1 : 0 };
  if (typeof v === "number") return { rank: 2, key: v };
  if (v instanceof Date) return { rank: 3, key: v.toISOString() };
  if (typeof v === "string") return { rank: 3, key: v };
  return { rank: 4, key: JSON.stringify(v) ?? null };
}

function compareStrings(a: string, b: string): number {
  if (ISO_DATE.test(a) && ISO_DATE.test(b)) {
    const byInstant = Math.sign(Date.parse(a) - Date.parse(b));
    if (byInstant !== 0 && !Number.isNaN(byInstant)) return byInstant;
  }
  return compareTextIgnoringCase(a, b) || compareOrdinal(a, b);
}
