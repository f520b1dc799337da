// Rules that define a column from others (`total == a + b + c`, `abs(total - (a + b)) <= 0.005`,
// `monthly == m12`, or the same after a condition: `couple => income == a + b`) cannot be met by resampling: drawn independently, a sum never matches its parts.
// They are applied as derivations instead: the column is recomputed from the others in each synthetic
// row. This reads only synthetic values, so it is post-processing (no privacy cost).
import { type Column, type NumberColumn, numberColumn } from '../table/column.js';
import {
  compileCondition,
  compileRule,
  type RuleNode as Node,
  parseExpression,
  type Rule,
} from '../table/rules.js';
import type { Table } from '../table/table.js';
import { roundTo } from './encode.js';

export interface Derivation {
  rule: string;
  column: string;
  expr: Node;
  /** `cond => col == expr`: the rows it applies to (the text of cond), else every row. */
  when?: string;
  /**
   * `P <=> col is not missing` (or `is missing`): not a value but a blank. `col` is made missing in
   * the rows where `keepWhen` is false (a value that should not be there); a value that should be
   * there cannot be invented, so those rows are left to resampling.
   */
  keepWhen?: string;
}

/** `P <=> col is [not] missing`: the blanking it implies, if that is its form. */
function blankingOf(rule: Rule, table: Table): Derivation | undefined {
  const parts = rule.expr.split('<=>');
  if (parts.length !== 2) return undefined;
  const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s+is\s+(not\s+)?missing\s*$/i.exec(parts[1]);
  if (!m || !table.has(m[1])) return undefined;
  const p = parts[0].trim();
  try {
    parseExpression(p, rule.id);
  } catch {
    return undefined;
  }
  const keepWhen = m[2] ? p : `not (${p})`;
  return { rule: rule.id, column: m[1], expr: { t: 'bool', value: true, pos: 0 }, keepWhen };
}

function numericOnly(n: Node): boolean {
  switch (n.t) {
    case 'num':
    case 'col':
      return true;
    case 'neg':
      return numericOnly(n.arg);
    case 'arith':
      return numericOnly(n.left) && numericOnly(n.right);
    case 'call':
      return ['abs', 'min', 'max', 'round'].includes(n.fn) && n.args.every(numericOnly);
    default:
      return false;
  }
}

function columnsOf(n: Node, out: Set<string>): Set<string> {
  if (n.t === 'col') out.add(n.name);
  else if (n.t === 'neg') columnsOf(n.arg, out);
  else if (n.t === 'arith') {
    columnsOf(n.left, out);
    columnsOf(n.right, out);
  } else if (n.t === 'call') for (const a of n.args) columnsOf(a, out);
  return out;
}

/** The rules of the form `col == expr` or `abs(col - expr) <= tol` over numbers: derivations. */
export function derivationsOf(rules: readonly Rule[], table: Table): Derivation[] {
  const out: Derivation[] = [];
  for (const rule of rules) {
    const blank = blankingOf(rule, table);
    if (blank) {
      out.push(blank);
      continue;
    }
    let node: Node;
    // A condition first (`cond => definition`): only one top-level '=>' is understood here.
    let when: string | undefined;
    let body = rule.expr;
    const parts = rule.expr.split(/(?<![<=])=>/);
    if (parts.length === 2 && !rule.expr.includes('<=>')) {
      when = parts[0].trim();
      body = parts[1].trim();
    }
    try {
      node = parseExpression(body, rule.id);
      if (when) parseExpression(when, rule.id);
    } catch {
      continue;
    }
    let target: Node | undefined;
    let expr: Node | undefined;
    if (node.t === 'cmp' && node.op === '==') {
      target = node.left;
      expr = node.right;
    } else if (
      node.t === 'cmp' &&
      node.op === '<=' &&
      node.right.t === 'num' &&
      node.left.t === 'call' &&
      node.left.fn === 'abs' &&
      node.left.args.length === 1 &&
      node.left.args[0].t === 'arith' &&
      node.left.args[0].op === '-'
    ) {
      target = node.left.args[0].left;
      expr = node.left.args[0].right;
    }
    if (!target || !expr || target.t !== 'col' || !numericOnly(expr) || !table.has(target.name)) continue;
    const col = table.column(target.name);
    if (col.kind !== 'numeric' && col.kind !== 'integer') continue;
    const deps = columnsOf(expr, new Set());
    if (deps.has(target.name) || [...deps].some((d) => !table.has(d))) continue;
    out.push({ rule: rule.id, column: target.name, expr, when });
  }
  return out;
}

type Values = (row: number) => number;

function compile(n: Node, table: Table): Values {
  switch (n.t) {
    case 'num':
      return () => n.value;
    case 'col': {
      const c: Column = table.column(n.name);
      const miss = c.missing;
      if (c.kind === 'boolean') return (r) => (miss[r] ? Number.NaN : c.values[r]);
      if (c.kind === 'numeric' || c.kind === 'integer' || c.kind === 'date' || c.kind === 'datetime')
        return (r) => (miss[r] ? Number.NaN : c.values[r]);
      return () => Number.NaN;
    }
    case 'neg': {
      const a = compile(n.arg, table);
      return (r) => -a(r);
    }
    case 'arith': {
      const a = compile(n.left, table);
      const b = compile(n.right, table);
      if (n.op === '+') return (r) => a(r) + b(r);
      if (n.op === '-') return (r) => a(r) - b(r);
      if (n.op === '*') return (r) => a(r) * b(r);
      return (r) => {
        const d = b(r);
        return d === 0 ? Number.NaN : a(r) / d;
      };
    }
    case 'call': {
      const args = n.args.map((x) => compile(x, table));
      if (n.fn === 'abs') return (r) => Math.abs(args[0](r));
      if (n.fn === 'min') return (r) => Math.min(...args.map((f) => f(r)));
      if (n.fn === 'max') return (r) => Math.max(...args.map((f) => f(r)));
      return (r) => {
        const p = 10 ** (args[1] ? args[1](r) : 0);
        return Math.round(args[0](r) * p) / p;
      };
    }
    default:
      return () => Number.NaN;
  }
}

/**
 * The table with each derived column recomputed, in rule order (later rules see earlier results).
 * Results are rounded to the column's resolution (`steps`, from the model; else integers to 1 and
 * decimals to 6 places, which only clears binary rounding).
 */
export function applyDerivations(
  table: Table,
  derivations: readonly Derivation[],
  steps: ReadonlyMap<string, number> = new Map(),
): Table {
  let t = table;
  for (const d of derivations) {
    if (d.keepWhen) {
      const keep = compileRule({ id: d.rule, description: '', expr: d.keepWhen }, t);
      const mask = new Uint8Array(t.nRows);
      let any = false;
      for (let i = 0; i < t.nRows; i++)
        if (!keep(i)) {
          mask[i] = 1;
          any = true;
        }
      if (any) t = t.withColumn(blanked(t.column(d.column), mask));
      continue;
    }
    const col = t.column(d.column) as NumberColumn;
    const f = compile(d.expr, t);
    // Only where the condition is known to hold: a row whose condition is undecided (a missing
    // operand) satisfies the rule as it is, and must not be rewritten.
    const applies = d.when ? compileCondition({ id: d.rule, description: '', expr: d.when }, t) : () => true;
    const step = steps.get(d.column) ?? (col.kind === 'integer' ? 1 : 1e-6);
    const values = new Float64Array(col.values);
    const missing = new Uint8Array(col.missing);
    for (let i = 0; i < t.nRows; i++) {
      if (!applies(i)) continue;
      const x = f(i);
      if (Number.isNaN(x)) continue; // a missing part: leave the drawn value
      values[i] = roundTo(x, step);
      missing[i] = 0;
    }
    t = t.withColumn(numberColumn(col.name, col.kind, values, missing, col.format));
  }
  return t;
}

/** The column with the rows of `mask` made missing. */
function blanked(col: Column, mask: Uint8Array): Column {
  const missing = new Uint8Array(col.missing);
  for (let i = 0; i < mask.length; i++) if (mask[i]) missing[i] = 1;
  switch (col.kind) {
    case 'categorical': {
      const codes = new Int32Array(col.codes);
      for (let i = 0; i < mask.length; i++) if (mask[i]) codes[i] = -1;
      return { ...col, codes, missing };
    }
    case 'boolean': {
      const values = new Uint8Array(col.values);
      for (let i = 0; i < mask.length; i++) if (mask[i]) values[i] = 0;
      return { ...col, values, missing };
    }
    case 'text':
    case 'identifier':
      return { ...col, values: col.values.map((v, i) => (mask[i] ? '' : v)), missing };
    default: {
      const values = new Float64Array(col.values);
      for (let i = 0; i < mask.length; i++) if (mask[i]) values[i] = Number.NaN;
      return { ...col, values, missing };
    }
  }
}
