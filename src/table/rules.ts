// Row constraints written as data: a tiny, safe expression language (parsed here, never eval'd).
//
//   af_montant_mensuel > 0 => nb_enfants >= 2
//   date_naissance_enfant_1 >= date_naissance_demandeur + 16 * 365.25
//   abs(total - (a + b + c)) <= 0.01
//   statut in ('locataire_prive', 'locataire_social') or loyer is missing
//
// Values are numbers (dates are days since 1970-01-01, datetimes milliseconds), strings (categorical,
// text and identifier columns, 'quoted' literals) and booleans (boolean columns, comparisons).
// Missing values follow SQL: arithmetic with a missing operand is missing, a comparison with a missing
// operand is UNKNOWN, and/or/not use three-valued (Kleene) logic, and a rule HOLDS unless it evaluates
// to FALSE, so an unknown result is not a violation (as a SQL CHECK constraint). Write
// `x is not missing and ...` to require a value. Number equality allows a relative error of 1e-9, so
// that sums of amounts in cents compare equal despite binary rounding. Division by zero is missing.
//
// Grammar, loosest binding first:
//   expr    := equiv
//   equiv   := implies ('<=>' implies)*
//   implies := or ('=>' implies)?              (right-associative)
//   or      := and ('or' and)*
//   and     := not ('and' not)*
//   not     := 'not' not | test
//   test    := sum (cmp sum | 'is' ['not'] 'missing' | ['not'] 'in' '(' literal, ... ')')?
//   cmp     := '==' | '=' | '!=' | '<>' | '<' | '<=' | '>' | '>='
//   sum     := product (('+' | '-') product)*
//   product := unary (('*' | '/') unary)*
//   unary   := '-' unary | primary
//   primary := number | 'string' | true | false | name | `any name` | func '(' expr, ... ')' | '(' expr ')'
//   func    := abs | min | max | round | date        (date('2024-12-31') is a day number)
import { usageError } from '../errors.js';
import { type Column, isoToDays } from './column.js';
import type { Table } from './table.js';

export interface Rule {
  id: string;
  description: string;
  expr: string;
  /** Where the rule comes from (a regulation, a publication). */
  source?: string;
}

export interface RuleReport {
  rows: number;
  rules: { id: string; description: string; violations: number }[];
  /** 1 where a row violates at least one rule. */
  violatingRows: Uint8Array;
}

// ---- syntax tree -----------------------------------------------------------------------------------

/** The syntax tree of an expression (also exported as `Node`, its first name). */
export type RuleNode =
  | { t: 'num'; value: number; pos: number }
  | { t: 'str'; value: string; pos: number }
  | { t: 'bool'; value: boolean; pos: number }
  | { t: 'col'; name: string; pos: number }
  | { t: 'neg'; arg: RuleNode; pos: number }
  | { t: 'arith'; op: '+' | '-' | '*' | '/'; left: RuleNode; right: RuleNode; pos: number }
  | { t: 'cmp'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; left: RuleNode; right: RuleNode; pos: number }
  | { t: 'missing'; arg: RuleNode; negate: boolean; pos: number }
  | { t: 'in'; arg: RuleNode; list: RuleNode[]; negate: boolean; pos: number }
  | { t: 'logic'; op: 'and' | 'or' | '=>' | '<=>'; left: RuleNode; right: RuleNode; pos: number }
  | { t: 'not'; arg: RuleNode; pos: number }
  | { t: 'call'; fn: string; args: RuleNode[]; pos: number };

export type Node = RuleNode;

class SyntaxError_ extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

type Token = { k: 'num' | 'str' | 'name' | 'op' | 'end'; v: string; pos: number; quoted?: boolean };

const KEYWORDS = new Set(['and', 'or', 'not', 'is', 'missing', 'in', 'true', 'false']);
const FUNCTIONS: Record<string, [number, number]> = {
  abs: [1, 1],
  min: [2, 99],
  max: [2, 99],
  round: [1, 2],
  date: [1, 1],
};
const OPERATORS = [
  '<=>',
  '=>',
  '==',
  '!=',
  '<>',
  '<=',
  '>=',
  '<',
  '>',
  '=',
  '+',
  '-',
  '*',
  '/',
  '(',
  ')',
  ',',
];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (/[0-9.]/.test(ch)) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
      if (!m) throw new SyntaxError_(`bad number`, start);
      out.push({ k: 'num', v: m[0], pos: start });
      i += m[0].length;
      if (i < src.length && /[A-Za-z_]/.test(src[i]))
        throw new SyntaxError_('a name cannot start with a digit', start);
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      // Quotes are doubled inside ('l''école'); backquotes name a column.
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new SyntaxError_(`unterminated ${ch === '`' ? 'name' : 'string'}`, start);
        if (src[i] === ch) {
          if (src[i + 1] === ch) {
            s += ch;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push(ch === '`' ? { k: 'name', v: s, pos: start, quoted: true } : { k: 'str', v: s, pos: start });
      continue;
    }
    if (/[A-Za-z_\u00C0-\u024F]/.test(ch)) {
      const m = /^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_\u00C0-\u024F]*/.exec(src.slice(i));
      const word = (m as RegExpExecArray)[0];
      out.push({ k: 'name', v: word, pos: start });
      i += word.length;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) throw new SyntaxError_(`unexpected character '${ch}'`, start);
    out.push({ k: 'op', v: op, pos: start });
    i += op.length;
  }
  out.push({ k: 'end', v: '', pos: src.length });
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token {
    return this.toks[this.i];
  }
  private isOp(v: string): boolean {
    const t = this.peek();
    return t.k === 'op' && t.v === v;
  }
  private isWord(w: string): boolean {
    const t = this.peek();
    return t.k === 'name' && !t.quoted && t.v.toLowerCase() === w;
  }
  private next(): Token {
    return this.toks[this.i++];
  }
  private expectOp(v: string): Token {
    if (!this.isOp(v))
      throw new SyntaxError_(`expected '${v}' but found ${describe(this.peek())}`, this.peek().pos);
    return this.next();
  }

  parse(): RuleNode {
    const e = this.equiv();
    if (this.peek().k !== 'end')
      throw new SyntaxError_(
        `unexpected ${describe(this.peek())} after a complete expression`,
        this.peek().pos,
      );
    return e;
  }

  private equiv(): RuleNode {
    let left = this.implies();
    while (this.isOp('<=>')) {
      const pos = this.next().pos;
      left = { t: 'logic', op: '<=>', left, right: this.implies(), pos };
    }
    return left;
  }
  private implies(): RuleNode {
    const left = this.or();
    if (this.isOp('=>')) {
      const pos = this.next().pos;
      return { t: 'logic', op: '=>', left, right: this.implies(), pos };
    }
    return left;
  }
  private or(): RuleNode {
    let left = this.and();
    while (this.isWord('or')) {
      const pos = this.next().pos;
      left = { t: 'logic', op: 'or', left, right: this.and(), pos };
    }
    return left;
  }
  private and(): RuleNode {
    let left = this.not();
    while (this.isWord('and')) {
      const pos = this.next().pos;
      left = { t: 'logic', op: 'and', left, right: this.not(), pos };
    }
    return left;
  }
  private not(): RuleNode {
    if (this.isWord('not')) {
      const pos = this.next().pos;
      return { t: 'not', arg: this.not(), pos };
    }
    return this.test();
  }
  private test(): RuleNode {
    const left = this.sum();
    const t = this.peek();
    if (t.k === 'op' && ['==', '=', '!=', '<>', '<', '<=', '>', '>='].includes(t.v)) {
      this.next();
      const op = t.v === '=' ? '==' : t.v === '<>' ? '!=' : (t.v as '==' | '!=' | '<' | '<=' | '>' | '>=');
      const right = this.sum();
      const after = this.peek();
      if (after.k === 'op' && ['==', '=', '!=', '<>', '<', '<=', '>', '>='].includes(after.v))
        throw new SyntaxError_('comparisons do not chain: write a < b and b < c', after.pos);
      return { t: 'cmp', op, left, right, pos: t.pos };
    }
    if (this.isWord('is')) {
      const pos = this.next().pos;
      let negate = false;
      if (this.isWord('not')) {
        this.next();
        negate = true;
      }
      if (!this.isWord('missing'))
        throw new SyntaxError_(
          `expected 'missing' after 'is' but found ${describe(this.peek())}`,
          this.peek().pos,
        );
      this.next();
      return { t: 'missing', arg: left, negate, pos };
    }
    let negate = false;
    if (
      this.isWord('not') &&
      this.toks[this.i + 1]?.k === 'name' &&
      this.toks[this.i + 1].v.toLowerCase() === 'in'
    ) {
      this.next();
      negate = true;
    }
    if (this.isWord('in')) {
      const pos = this.next().pos;
      this.expectOp('(');
      const list: RuleNode[] = [];
      for (;;) {
        const item = this.unary();
        if (item.t !== 'num' && item.t !== 'str' && !(item.t === 'neg' && item.arg.t === 'num'))
          throw new SyntaxError_("the list after 'in' holds literal values only", item.pos);
        list.push(
          item.t === 'neg'
            ? { t: 'num', value: -(item.arg as { value: number }).value, pos: item.pos }
            : item,
        );
        if (this.isOp(',')) {
          this.next();
          continue;
        }
        this.expectOp(')');
        break;
      }
      return { t: 'in', arg: left, list, negate, pos };
    }
    return left;
  }
  private sum(): RuleNode {
    let left = this.product();
    while (this.isOp('+') || this.isOp('-')) {
      const t = this.next();
      left = { t: 'arith', op: t.v as '+' | '-', left, right: this.product(), pos: t.pos };
    }
    return left;
  }
  private product(): RuleNode {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const t = this.next();
      left = { t: 'arith', op: t.v as '*' | '/', left, right: this.unary(), pos: t.pos };
    }
    return left;
  }
  private unary(): RuleNode {
    if (this.isOp('-')) {
      const pos = this.next().pos;
      return { t: 'neg', arg: this.unary(), pos };
    }
    return this.primary();
  }
  private primary(): RuleNode {
    const t = this.next();
    if (t.k === 'num') return { t: 'num', value: Number(t.v), pos: t.pos };
    if (t.k === 'str') return { t: 'str', value: t.v, pos: t.pos };
    if (t.k === 'op' && t.v === '(') {
      const e = this.equiv();
      this.expectOp(')');
      return e;
    }
    if (t.k === 'name') {
      const word = t.v.toLowerCase();
      if (!t.quoted && (word === 'true' || word === 'false'))
        return { t: 'bool', value: word === 'true', pos: t.pos };
      if (!t.quoted && this.isOp('(')) {
        const arity = FUNCTIONS[word];
        if (!arity)
          throw new SyntaxError_(
            `unknown function '${t.v}' (known: ${Object.keys(FUNCTIONS).join(', ')})`,
            t.pos,
          );
        this.next();
        const args: RuleNode[] = [];
        if (!this.isOp(')')) {
          for (;;) {
            args.push(this.equiv());
            if (!this.isOp(',')) break;
            this.next();
          }
        }
        this.expectOp(')');
        if (args.length < arity[0] || args.length > arity[1])
          throw new SyntaxError_(
            `${word}() takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} to ${arity[1]}`} argument(s), got ${args.length}`,
            t.pos,
          );
        return { t: 'call', fn: word, args, pos: t.pos };
      }
      if (!t.quoted && KEYWORDS.has(word)) throw new SyntaxError_(`unexpected keyword '${t.v}'`, t.pos);
      return { t: 'col', name: t.v, pos: t.pos };
    }
    throw new SyntaxError_(`expected a value but found ${describe(t)}`, t.pos);
  }
}

function describe(t: Token): string {
  if (t.k === 'end') return 'the end of the expression';
  if (t.k === 'str') return `the string '${t.v}'`;
  return `'${t.v}'`;
}

function syntaxFailure(rule: Pick<Rule, 'id'>, e: unknown, file?: string): never {
  if (e instanceof SyntaxError_)
    throw usageError(`rule '${rule.id}': position ${e.pos + 1}: ${e.message}`, { file });
  throw e;
}

/** The syntax tree of an expression (throws a one-line usage error naming the rule and position). */
export function parseExpression(expr: string, ruleId = 'expression', file?: string): RuleNode {
  try {
    return new Parser(tokenize(expr)).parse();
  } catch (e) {
    syntaxFailure({ id: ruleId }, e, file);
  }
}

/** Column names an expression refers to. */
export function ruleColumns(expr: string): string[] {
  return nodeColumns(parseExpression(expr));
}

/** The columns a parsed expression reads, in order of first appearance. */
export function nodeColumns(tree: RuleNode): string[] {
  const names = new Set<string>();
  const walk = (n: RuleNode): void => {
    if (n.t === 'col') names.add(n.name);
    for (const k of ['arg', 'left', 'right'] as const)
      if (k in n) walk((n as unknown as Record<typeof k, RuleNode>)[k]);
    if (n.t === 'call') n.args.forEach(walk);
    if (n.t === 'in') n.list.forEach(walk);
  };
  walk(tree);
  return [...names];
}

// ---- rules files -----------------------------------------------------------------------------------

/** Rules from a JSON text `{"rules": [{id, description, expr, source?}, ...]}`, each expression checked. */
export function parseRules(text: string, file?: string): Rule[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw usageError(`rules: not valid JSON (${(e as Error).message})`, { file });
  }
  const list = Array.isArray(doc) ? doc : (doc as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(list)) throw usageError('rules: expected {"rules": [...]}', { file });
  const seen = new Set<string>();
  return list.map((r: unknown, k: number) => {
    const where = `rules[${k}]`;
    if (typeof r !== 'object' || r === null) throw usageError(`rules: ${where} is not an object`, { file });
    const o = r as Record<string, unknown>;
    if (typeof o.id !== 'string' || o.id === '')
      throw usageError(`rules: ${where} needs an "id" string`, { file });
    if (seen.has(o.id)) throw usageError(`rules: duplicate rule id '${o.id}'`, { file });
    seen.add(o.id);
    if (typeof o.expr !== 'string') throw usageError(`rule '${o.id}': needs an "expr" string`, { file });
    if (o.description !== undefined && typeof o.description !== 'string')
      throw usageError(`rule '${o.id}': "description" must be a string`, { file });
    if (o.source !== undefined && typeof o.source !== 'string')
      throw usageError(`rule '${o.id}': "source" must be a string`, { file });
    const unknown = Object.keys(o).filter((key) => !['id', 'description', 'expr', 'source'].includes(key));
    if (unknown.length) throw usageError(`rule '${o.id}': unknown field '${unknown[0]}'`, { file });
    parseExpression(o.expr, o.id, file);
    const rule: Rule = { id: o.id, description: (o.description as string | undefined) ?? '', expr: o.expr };
    if (o.source !== undefined) rule.source = o.source as string;
    return rule;
  });
}

/** The JSON text of a rules file (the format parseRules reads). */
export function formatRules(rules: readonly Rule[]): string {
  return `${JSON.stringify({ rules }, null, 2)}\n`;
}

// ---- compilation -----------------------------------------------------------------------------------

// Compiled pieces: numbers give NaN when missing, strings null, truth values 1 / 0 / NaN (unknown).
type NumFn = (row: number) => number;
type StrFn = (row: number) => string | null;
type Typed =
  | { type: 'number'; f: NumFn; date?: boolean; constant?: number }
  | { type: 'string'; f: StrFn; constant?: string; col?: Column }
  | { type: 'truth'; f: NumFn };

const UNKNOWN = Number.NaN;

/** A predicate over rows: true where the rule holds (or cannot be decided because of missing values). */
export function compileRule(rule: Rule, table: Table): (row: number) => boolean {
  const tree = parseExpression(rule.expr, rule.id, table.meta.source);
  const typed = compile(tree, table, rule);
  const f = asTruth(typed, tree, rule);
  return (row) => f(row) !== 0;
}

/** A condition over rows: true only where it is decided true (a missing operand makes it false). */
export function compileCondition(rule: Rule, table: Table): (row: number) => boolean {
  const tree = parseExpression(rule.expr, rule.id, table.meta.source);
  const f = asTruth(compile(tree, table, rule), tree, rule);
  return (row) => f(row) === 1;
}

function fail(rule: Rule, node: RuleNode, message: string): never {
  throw usageError(`rule '${rule.id}': position ${node.pos + 1}: ${message}`);
}

function asTruth(x: Typed, node: RuleNode, rule: Rule): NumFn {
  if (x.type === 'truth') return x.f;
  fail(rule, node, `expected a condition, found a ${x.type} (compare it: x > 0, x == 'A')`);
}

function compile(node: RuleNode, table: Table, rule: Rule): Typed {
  switch (node.t) {
    case 'num':
      return { type: 'number', f: () => node.value, constant: node.value };
    case 'str':
      return { type: 'string', f: () => node.value, constant: node.value };
    case 'bool': {
      const v = node.value ? 1 : 0;
      return { type: 'truth', f: () => v };
    }
    case 'col':
      return compileColumn(node, table, rule);
    case 'neg': {
      const a = number(compile(node.arg, table, rule), node.arg, rule);
      return { type: 'number', f: (r) => -a(r) };
    }
    case 'arith': {
      const l = compile(node.left, table, rule);
      const r = compile(node.right, table, rule);
      const a = number(l, node.left, rule);
      const b = number(r, node.right, rule);
      // A date plus or minus days stays a date (so it can be compared with a 'yyyy-mm-dd' literal).
      const date =
        (node.op === '+' || node.op === '-') &&
        l.type === 'number' &&
        !!l.date &&
        !(r.type === 'number' && r.date);
      switch (node.op) {
        case '+':
          return { type: 'number', f: (i) => a(i) + b(i), date };
        case '-':
          return { type: 'number', f: (i) => a(i) - b(i), date };
        case '*':
          return { type: 'number', f: (i) => a(i) * b(i) };
        default:
          return {
            type: 'number',
            f: (i) => {
              const d = b(i);
              return d === 0 ? Number.NaN : a(i) / d;
            },
          };
      }
    }
    case 'cmp':
      return compileComparison(node, table, rule);
    case 'missing': {
      const x = compile(node.arg, table, rule);
      const yes = node.negate ? 0 : 1;
      const no = 1 - yes;
      if (x.type === 'string') {
        const f = x.f;
        return { type: 'truth', f: (r) => (f(r) === null ? yes : no) };
      }
      const f = x.f;
      return { type: 'truth', f: (r) => (Number.isNaN(f(r)) ? yes : no) };
    }
    case 'in':
      return compileIn(node, table, rule);
    case 'not': {
      const a = asTruth(compile(node.arg, table, rule), node.arg, rule);
      return { type: 'truth', f: (r) => 1 - a(r) };
    }
    case 'logic': {
      const a = asTruth(compile(node.left, table, rule), node.left, rule);
      const b = asTruth(compile(node.right, table, rule), node.right, rule);
      switch (node.op) {
        case 'and':
          return { type: 'truth', f: (r) => and(a(r), b(r)) };
        case 'or':
          return { type: 'truth', f: (r) => or(a(r), b(r)) };
        case '=>':
          return {
            type: 'truth',
            f: (r) => {
              const x = a(r);
              return x === 0 ? 1 : or(1 - x, b(r));
            },
          };
        default:
          return {
            type: 'truth',
            f: (r) => {
              const x = a(r);
              const y = b(r);
              return Number.isNaN(x) || Number.isNaN(y) ? UNKNOWN : x === y ? 1 : 0;
            },
          };
      }
    }
    case 'call':
      return compileCall(node, table, rule);
  }
}

/** Kleene logic on 1 / 0 / NaN. */
function and(x: number, y: number): number {
  if (x === 0 || y === 0) return 0;
  if (x === 1 && y === 1) return 1;
  return UNKNOWN;
}
function or(x: number, y: number): number {
  if (x === 1 || y === 1) return 1;
  if (x === 0 && y === 0) return 0;
  return UNKNOWN;
}

function number(x: Typed, node: RuleNode, rule: Rule): NumFn {
  if (x.type === 'number') return x.f;
  if (x.type === 'truth') return x.f; // true / false count as 1 / 0 in arithmetic
  fail(rule, node, 'expected a number, found a string');
}

function compileColumn(node: Extract<RuleNode, { t: 'col' }>, table: Table, rule: Rule): Typed {
  if (!table.has(node.name)) {
    const names = table.names;
    const shown = names.slice(0, 12).join(', ') + (names.length > 12 ? `, … (${names.length} in all)` : '');
    throw usageError(`rule '${rule.id}': unknown column '${node.name}'; the table has: ${shown}`, {
      file: table.meta.source,
    });
  }
  const col = table.column(node.name);
  const miss = col.missing;
  switch (col.kind) {
    case 'categorical': {
      const codes = col.codes;
      const cats = col.categories;
      return { type: 'string', f: (r) => (codes[r] < 0 ? null : cats[codes[r]]), col };
    }
    case 'boolean': {
      const v = col.values;
      return { type: 'truth', f: (r) => (miss[r] ? UNKNOWN : v[r]) };
    }
    case 'text':
    case 'identifier': {
      const v = col.values;
      return { type: 'string', f: (r) => (miss[r] ? null : v[r]), col };
    }
    default: {
      const v = col.values;
      return { type: 'number', f: (r) => (miss[r] ? Number.NaN : v[r]), date: col.kind === 'date' };
    }
  }
}

function numEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A string literal compared with a date becomes a day number. */
function dateLiteral(x: Typed, other: Typed, node: RuleNode, rule: Rule): Typed {
  if (x.type === 'string' && x.constant !== undefined && other.type === 'number' && other.date) {
    const d = isoToDays(x.constant);
    if (Number.isNaN(d)) fail(rule, node, `'${x.constant}' is not a date (write 'yyyy-mm-dd')`);
    return { type: 'number', f: () => d, constant: d };
  }
  return x;
}

function compileComparison(node: Extract<RuleNode, { t: 'cmp' }>, table: Table, rule: Rule): Typed {
  let l = compile(node.left, table, rule);
  let r = compile(node.right, table, rule);
  l = dateLiteral(l, r, node.left, rule);
  r = dateLiteral(r, l, node.right, rule);
  const op = node.op;
  if (l.type === 'string' || r.type === 'string') {
    if (l.type !== 'string' || r.type !== 'string')
      fail(rule, node, `cannot compare a string with a ${l.type === 'string' ? r.type : l.type}`);
    const fast = categoricalEquality(l, r, op);
    if (fast) return fast;
    const a = l.f;
    const b = r.f;
    return {
      type: 'truth',
      f: (i) => {
        const x = a(i);
        const y = b(i);
        if (x === null || y === null) return UNKNOWN;
        return stringCompare(op, x, y) ? 1 : 0;
      },
    };
  }
  const a = l.f;
  const b = r.f;
  const test = numberTest(op);
  return {
    type: 'truth',
    f: (i) => {
      const x = a(i);
      const y = b(i);
      if (Number.isNaN(x) || Number.isNaN(y)) return UNKNOWN;
      return test(x, y) ? 1 : 0;
    },
  };
}

function numberTest(op: string): (x: number, y: number) => boolean {
  switch (op) {
    case '==':
      return numEqual;
    case '!=':
      return (x, y) => !numEqual(x, y);
    case '<':
      return (x, y) => x < y && !numEqual(x, y);
    case '<=':
      return (x, y) => x <= y || numEqual(x, y);
    case '>':
      return (x, y) => x > y && !numEqual(x, y);
    default:
      return (x, y) => x >= y || numEqual(x, y);
  }
}

function stringCompare(op: string, x: string, y: string): boolean {
  switch (op) {
    case '==':
      return x === y;
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

/** `category_column == 'A'` compares codes instead of strings. */
function categoricalEquality(l: Typed, r: Typed, op: string): Typed | undefined {
  if (op !== '==' && op !== '!=') return undefined;
  const [c, k] = l.type === 'string' && l.col?.kind === 'categorical' ? [l, r] : [r, l];
  if (c.type !== 'string' || c.col?.kind !== 'categorical' || k.type !== 'string' || k.constant === undefined)
    return undefined;
  const codes = c.col.codes;
  const target = c.col.categories.indexOf(k.constant);
  const eq = op === '==' ? 1 : 0;
  return { type: 'truth', f: (i) => (codes[i] < 0 ? UNKNOWN : codes[i] === target ? eq : 1 - eq) };
}

function compileIn(node: Extract<RuleNode, { t: 'in' }>, table: Table, rule: Rule): Typed {
  const x = compile(node.arg, table, rule);
  const yes = node.negate ? 0 : 1;
  if (x.type === 'string') {
    const values = node.list.map((item) => {
      if (item.t !== 'str') fail(rule, item, 'this list holds strings: quote the value');
      return item.value;
    });
    if (x.col?.kind === 'categorical') {
      const member = new Uint8Array(x.col.categories.length);
      x.col.categories.forEach((c, k) => {
        member[k] = values.includes(c) ? 1 : 0;
      });
      const codes = x.col.codes;
      return { type: 'truth', f: (i) => (codes[i] < 0 ? UNKNOWN : member[codes[i]] ? yes : 1 - yes) };
    }
    const set = new Set(values);
    const f = x.f;
    return {
      type: 'truth',
      f: (i) => {
        const v = f(i);
        return v === null ? UNKNOWN : set.has(v) ? yes : 1 - yes;
      },
    };
  }
  const f = number(x, node.arg, rule);
  const isDate = x.type === 'number' && x.date;
  const values = node.list.map((item) => {
    if (item.t === 'num') return item.value;
    if (item.t === 'str' && isDate) {
      const d = isoToDays(item.value);
      if (Number.isNaN(d)) fail(rule, item, `'${item.value}' is not a date (write 'yyyy-mm-dd')`);
      return d;
    }
    return fail(rule, item, 'this list holds numbers: do not quote them');
  });
  return {
    type: 'truth',
    f: (i) => {
      const v = f(i);
      if (Number.isNaN(v)) return UNKNOWN;
      for (const w of values) if (numEqual(v, w)) return yes;
      return 1 - yes;
    },
  };
}

function compileCall(node: Extract<RuleNode, { t: 'call' }>, table: Table, rule: Rule): Typed {
  if (node.fn === 'date') {
    const arg = node.args[0];
    if (arg.t !== 'str') fail(rule, arg, "date() takes a quoted 'yyyy-mm-dd' date");
    const d = isoToDays(arg.value);
    if (Number.isNaN(d)) fail(rule, arg, `'${arg.value}' is not a date (write 'yyyy-mm-dd')`);
    return { type: 'number', f: () => d, constant: d, date: true };
  }
  const args = node.args.map((a) => number(compile(a, table, rule), a, rule));
  switch (node.fn) {
    case 'abs': {
      const a = args[0];
      return { type: 'number', f: (r) => Math.abs(a(r)) };
    }
    case 'round': {
      const a = args[0];
      const digits = args[1];
      return {
        type: 'number',
        f: (r) => {
          const p = digits ? 10 ** digits(r) : 1;
          return Math.round(a(r) * p) / p;
        },
      };
    }
    default: {
      // min / max of numbers; missing if any argument is missing (as arithmetic).
      const pick = node.fn === 'min' ? Math.min : Math.max;
      return {
        type: 'number',
        f: (r) => {
          let out = args[0](r);
          for (let k = 1; k < args.length; k++) out = pick(out, args[k](r));
          return out;
        },
      };
    }
  }
}

// ---- checking --------------------------------------------------------------------------------------

/** Count the rows violating each rule (a rule is violated where it evaluates to false). */
export function checkRules(table: Table, rules: readonly Rule[]): RuleReport {
  const n = table.nRows;
  const violatingRows = new Uint8Array(n);
  const out = rules.map((rule) => {
    const holds = compileRule(rule, table);
    let violations = 0;
    for (let i = 0; i < n; i++) {
      if (!holds(i)) {
        violations++;
        violatingRows[i] = 1;
      }
    }
    return { id: rule.id, description: rule.description, violations };
  });
  return { rows: n, rules: out, violatingRows };
}
