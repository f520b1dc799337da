// Structural zeros: the cells of a marginal that no synthetic row can occupy without breaking a rule.
//
// A cell of the model is one code per attribute; the decoder turns each code into a value drawn from a
// known set (a bin's grid points, a category, "missing"). A rule evaluated over those sets with interval
// arithmetic and Kleene logic gives the outcomes it can have for rows of that cell; when the only
// possible outcome is "false", every row drawn from the cell would be rejected, so the model is fitted
// with the cell impossible (log-potential −∞). This reads only the rules and the codecs (public or
// already paid for), never the data: it costs no privacy. It is what lets the model produce rows that
// satisfy a rule exactly (a child's birth date present exactly when the household has that many
// children) instead of hoping rejection finds them.
//
// The outcome sets are over-approximated (a tolerance on comparisons, "any" for what is not
// understood), so a cell is only ruled out when no row of it can pass.
//
// The same evaluation bounds a column by the rules over it alone (`x <= date('2025-12-31') and
// x > date('2025-12-31') - 20 * 365.25`): public bounds, which spare the private range step and keep a
// sparse column (a fifth child's birth date) from a range that noise alone decided.
import { isoToDays } from '../table/column.js';
import { nodeColumns, parseExpression, type Rule, type RuleNode } from '../table/rules.js';
import { BinnedCodec, BooleanCodec, CategoricalCodec, type AttributeCodec, roundTo } from './encode.js';
import { indexMap, product, sizesOf } from './factor.js';

// Outcome sets of a condition: bits for false, true, unknown (a missing operand).
const F = 1;
const T = 2;
const U = 4;

type Val =
  /** Numbers in [lo, hi] when `num`; NaN (missing) possible when `nan`. */
  | { t: 'num'; lo: number; hi: number; num: boolean; nan: boolean; date?: boolean; constant?: number }
  /** One of `values` (null: any string) when `some`; missing possible when `nul`. */
  | { t: 'str'; values: string[] | null; some: boolean; nul: boolean; constant?: string }
  | { t: 'truth'; m: number };

class Unsupported extends Error {}

const EPS = 1e-9;

function numOf(v: Val): Extract<Val, { t: 'num' }> {
  if (v.t === 'num') return v;
  if (v.t === 'truth') {
    const f = (v.m & F) !== 0;
    const t = (v.m & T) !== 0;
    return { t: 'num', lo: f ? 0 : 1, hi: t ? 1 : 0, num: f || t, nan: (v.m & U) !== 0 };
  }
  throw new Unsupported();
}

function truthOf(v: Val): number {
  if (v.t === 'truth') return v.m;
  throw new Unsupported();
}

const NUM_ANY = { t: 'num' as const, lo: -Infinity, hi: Infinity, num: true, nan: true };

function interval(
  lo: number,
  hi: number,
  a: { nan: boolean; num: boolean },
  b?: { nan: boolean; num: boolean },
) {
  const num = a.num && (b ? b.num : true);
  const nan = a.nan || (b ? b.nan : false) || Number.isNaN(lo) || Number.isNaN(hi);
  if (Number.isNaN(lo) || Number.isNaN(hi)) return { ...NUM_ANY, num, nan };
  return { t: 'num' as const, lo, hi, num, nan };
}

/** The possible outcomes of `x op y` over two intervals (both over-approximated). */
function compareIntervals(op: string, a: Extract<Val, { t: 'num' }>, b: Extract<Val, { t: 'num' }>): number {
  let m = a.nan || b.nan ? U : 0;
  if (!(a.num && b.num)) return m;
  // checkRules compares with a tolerance (numEqual): x < y means y − x > tol(x, y), x <= y means
  // y − x ≥ −tol(x, y), with tol = 1e-9·max(1, |x|, |y|). A strict comparison needs at least y > x, so
  // `some x < y` is over-approximated by b.hi > a.lo; for the others the slack y − x + tol(x, y) is
  // convex, so its maximum over the box is at a corner (a NaN from ∞ − ∞ counts as possible).
  const slack = (x: number, y: number) => {
    const v = y - x + EPS * Math.max(1, Math.abs(x), Math.abs(y));
    return Number.isNaN(v) ? Infinity : v;
  };
  const up = b.hi - a.lo; // largest y − x
  const down = a.hi - b.lo; // largest x − y
  const less = !(up <= 0); // some x < y
  const greater = !(down <= 0);
  const corners = (f: (x: number, y: number) => number) =>
    Math.max(f(a.lo, b.lo), f(a.lo, b.hi), f(a.hi, b.lo), f(a.hi, b.hi));
  const lessEq = corners((x, y) => slack(x, y)) >= 0; // some x <= y
  const greaterEq = corners((x, y) => slack(y, x)) >= 0;
  const equal = lessEq && greaterEq;
  const unequal = less || greater;
  let t: boolean;
  let f: boolean;
  switch (op) {
    case '==':
      t = equal;
      f = unequal;
      break;
    case '!=':
      t = unequal;
      f = equal;
      break;
    case '<':
      t = less;
      f = greaterEq;
      break;
    case '<=':
      t = lessEq;
      f = greater;
      break;
    case '>':
      t = greater;
      f = lessEq;
      break;
    default: // '>='
      t = greaterEq;
      f = less;
  }
  if (t) m |= T;
  if (f) m |= F;
  return m;
}

function compareStrings(op: string, a: Extract<Val, { t: 'str' }>, b: Extract<Val, { t: 'str' }>): number {
  let m = a.nul || b.nul ? U : 0;
  if (!(a.some && b.some)) return m;
  if (a.values === null || b.values === null) return m | T | F;
  for (const x of a.values)
    for (const y of b.values) {
      let r: boolean;
      switch (op) {
        case '==':
          r = x === y;
          break;
        case '!=':
          r = x !== y;
          break;
        case '<':
          r = x < y;
          break;
        case '<=':
          r = x <= y;
          break;
        case '>':
          r = x > y;
          break;
        default:
          r = x >= y;
      }
      m |= r ? T : F;
    }
  return m;
}

/** Kleene connectives on outcome sets: every combination of the operands' possible outcomes. */
function combine(a: number, b: number, op: (x: number, y: number) => number): number {
  let m = 0;
  for (const x of [F, T, U]) if (a & x) for (const y of [F, T, U]) if (b & y) m |= op(x, y);
  return m;
}
const AND = (x: number, y: number) => (x === F || y === F ? F : x === T && y === T ? T : U);
const OR = (x: number, y: number) => (x === T || y === T ? T : x === F && y === F ? F : U);
const IMPLIES = (x: number, y: number) => (x === F ? T : OR(x === T ? F : U, y));
const IFF = (x: number, y: number) => (x === U || y === U ? U : x === y ? T : F);

function swapTruth(m: number): number {
  return (m & U) | (m & F ? T : 0) | (m & T ? F : 0);
}

type Env = (column: string) => Val;

function dateLiteral(x: Val, other: Val): Val {
  if (x.t === 'str' && x.constant !== undefined && other.t === 'num' && other.date) {
    const d = isoToDays(x.constant);
    if (Number.isNaN(d)) throw new Unsupported();
    return { t: 'num', lo: d, hi: d, num: true, nan: false, constant: d };
  }
  return x;
}

function evaluate(n: RuleNode, env: Env): Val {
  switch (n.t) {
    case 'num':
      return { t: 'num', lo: n.value, hi: n.value, num: true, nan: false, constant: n.value };
    case 'str':
      return { t: 'str', values: [n.value], some: true, nul: false, constant: n.value };
    case 'bool':
      return { t: 'truth', m: n.value ? T : F };
    case 'col':
      return env(n.name);
    case 'neg': {
      const a = numOf(evaluate(n.arg, env));
      return { ...interval(-a.hi, -a.lo, a) };
    }
    case 'arith': {
      const l = evaluate(n.left, env);
      const r = evaluate(n.right, env);
      const a = numOf(l);
      const b = numOf(r);
      const date = (n.op === '+' || n.op === '-') && l.t === 'num' && !!l.date && !(r.t === 'num' && r.date);
      let out: Extract<Val, { t: 'num' }>;
      if (n.op === '+') out = interval(a.lo + b.lo, a.hi + b.hi, a, b);
      else if (n.op === '-') out = interval(a.lo - b.hi, a.hi - b.lo, a, b);
      else if (n.op === '*') {
        const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
        out = interval(Math.min(...p), Math.max(...p), a, b);
      } else if (b.lo <= 0 && b.hi >= 0)
        out = { ...NUM_ANY }; // division by zero gives NaN
      else {
        const p = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
        out = interval(Math.min(...p), Math.max(...p), a, b);
      }
      return date ? { ...out, date } : out;
    }
    case 'cmp': {
      let l = evaluate(n.left, env);
      let r = evaluate(n.right, env);
      l = dateLiteral(l, r);
      r = dateLiteral(r, l);
      if (l.t === 'str' || r.t === 'str') {
        if (l.t !== 'str' || r.t !== 'str') throw new Unsupported();
        return { t: 'truth', m: compareStrings(n.op, l, r) };
      }
      return { t: 'truth', m: compareIntervals(n.op, numOf(l), numOf(r)) };
    }
    case 'missing': {
      const x = evaluate(n.arg, env);
      let yes: boolean;
      let no: boolean;
      if (x.t === 'str') {
        yes = x.nul;
        no = x.some;
      } else if (x.t === 'truth') {
        yes = (x.m & U) !== 0;
        no = (x.m & (T | F)) !== 0;
      } else {
        yes = x.nan;
        no = x.num;
      }
      if (n.negate) [yes, no] = [no, yes];
      return { t: 'truth', m: (yes ? T : 0) | (no ? F : 0) };
    }
    case 'in': {
      const x = evaluate(n.arg, env);
      let m = 0;
      if (x.t === 'str') {
        if (n.list.some((i) => i.t !== 'str')) throw new Unsupported();
        const list = n.list.map((i) => (i as { value: string }).value);
        if (x.nul) m |= U;
        if (x.some) {
          if (x.values === null) m |= T | F;
          else for (const v of x.values) m |= list.includes(v) ? T : F;
        }
      } else {
        const a = numOf(x);
        const list = n.list.map((i) => {
          if (i.t === 'num') return i.value;
          if (i.t === 'str' && a.date) return isoToDays(i.value);
          throw new Unsupported();
        });
        if (a.nan) m |= U;
        if (a.num) {
          if (list.some((v) => v >= a.lo - EPS && v <= a.hi + EPS)) m |= T;
          if (!(a.hi - a.lo <= EPS && list.some((v) => Math.abs(v - a.lo) <= EPS))) m |= F;
        }
      }
      return { t: 'truth', m: n.negate ? swapTruth(m) : m };
    }
    case 'not':
      return { t: 'truth', m: swapTruth(truthOf(evaluate(n.arg, env))) };
    case 'logic': {
      const a = truthOf(evaluate(n.left, env));
      const b = truthOf(evaluate(n.right, env));
      const op = n.op === 'and' ? AND : n.op === 'or' ? OR : n.op === '=>' ? IMPLIES : IFF;
      return { t: 'truth', m: combine(a, b, op) };
    }
    case 'call': {
      if (n.fn === 'date') {
        const arg = n.args[0];
        if (arg.t !== 'str') throw new Unsupported();
        const d = isoToDays(arg.value);
        if (Number.isNaN(d)) throw new Unsupported();
        return { t: 'num', lo: d, hi: d, num: true, nan: false, constant: d, date: true };
      }
      const args = n.args.map((x) => numOf(evaluate(x, env)));
      const nan = args.some((x) => x.nan);
      const num = args.every((x) => x.num);
      if (n.fn === 'abs') {
        const a = args[0];
        const lo = a.lo <= 0 && a.hi >= 0 ? 0 : Math.min(Math.abs(a.lo), Math.abs(a.hi));
        return { t: 'num', lo, hi: Math.max(Math.abs(a.lo), Math.abs(a.hi)), num, nan };
      }
      if (n.fn === 'min' || n.fn === 'max') {
        const pick = n.fn === 'min' ? Math.min : Math.max;
        return {
          t: 'num',
          lo: pick(...args.map((x) => x.lo)),
          hi: pick(...args.map((x) => x.hi)),
          num,
          nan,
        };
      }
      if (n.fn === 'round') {
        const digits = args[1];
        if (digits && !(digits.lo === digits.hi)) throw new Unsupported();
        const p = digits ? 10 ** digits.lo : 1;
        return { t: 'num', lo: Math.round(args[0].lo * p) / p, hi: Math.round(args[0].hi * p) / p, num, nan };
      }
      throw new Unsupported();
    }
  }
}

/** A rule's tree and the columns it reads; undefined when it does not parse (checkRules says why). */
function parseRule(rule: Rule): { tree: RuleNode; columns: string[] } | undefined {
  try {
    const tree = parseExpression(rule.expr, rule.id);
    return { tree, columns: nodeColumns(tree) };
  } catch {
    return undefined;
  }
}

/** What code `c` of a codec decodes to: the set of values the decoder can write for it. */
function valueOfCode(codec: AttributeCodec, c: number): Val | undefined {
  if (codec instanceof BinnedCodec) {
    if (c === codec.missingCode) return { t: 'num', lo: 0, hi: 0, num: false, nan: true };
    const s = codec.step;
    const lo = codec.edges[c];
    const hi = codec.edges[c + 1];
    // Grid points in [lo, hi); a bin holding none snaps to the nearest grid point of its range.
    let gLo = roundTo(Math.ceil(lo / s - EPS) * s, s);
    let gHi = roundTo(Math.ceil(hi / s - EPS) * s - s, s);
    if (gHi >= hi) gHi = roundTo(gHi - s, s);
    if (gLo > gHi) {
      gLo = roundTo(lo, s);
      gHi = roundTo(hi, s);
    }
    return { t: 'num', lo: gLo, hi: gHi, num: true, nan: false, date: codec.kind === 'date' };
  }
  if (codec instanceof CategoricalCodec) {
    if (c === codec.missingCode) return { t: 'str', values: [], some: false, nul: true };
    if (c === codec.otherCode) {
      const pool = codec.mergedPublic && codec.merged.length > 0 ? [...codec.merged] : null;
      return { t: 'str', values: pool, some: true, nul: false };
    }
    return { t: 'str', values: [codec.kept[c]], some: true, nul: false };
  }
  if (codec instanceof BooleanCodec) {
    if (c === codec.missingCode) return { t: 'truth', m: U };
    return { t: 'truth', m: c === 1 ? T : F };
  }
  return undefined;
}

/** Widest rule turned into structural zeros, in attributes and in cells. */
export const MAX_CELL_RULE_ATTRIBUTES = 3;
export const MAX_CELL_RULE_CELLS = 100_000;

/** A rule the model can honour cell by cell: its attributes and the cells where it cannot hold. */
export interface CellRule {
  rule: Rule;
  /** Sorted attribute indices the rule reads. */
  attrs: number[];
  /** 1 for each cell of the marginal over `attrs` (row-major) where no row can satisfy the rule. */
  impossible: Uint8Array;
}

/**
 * The rules that read only modelled attributes, each with its impossible cells. Rules over other
 * columns (regenerated identifiers, dropped columns) or with constructs the interval evaluation does
 * not follow are left out (they are still enforced by resampling).
 */
export function cellRules(rules: readonly Rule[], attributes: readonly AttributeCodec[]): CellRule[] {
  const index = new Map<string, number>();
  attributes.forEach((a, i) => {
    if (valueOfCode(a, 0) !== undefined) index.set(a.column, i);
  });
  const sizes = attributes.map((a) => a.size);
  const out: CellRule[] = [];
  for (const rule of rules) {
    const parsed = parseRule(rule);
    if (!parsed) continue;
    const { tree, columns } = parsed;
    if (columns.length === 0 || columns.some((c) => !index.has(c))) continue;
    const attrs = [...new Set(columns.map((c) => index.get(c) as number))].sort((a, b) => a - b);
    // The engines' parameter sets hold at most three attributes, so a wider rule never fits in one.
    if (attrs.length > MAX_CELL_RULE_ATTRIBUTES) continue;
    const cells = product(sizesOf(sizes, attrs));
    if (cells > MAX_CELL_RULE_CELLS) continue;
    const impossible = new Uint8Array(cells);
    const codes = new Int32Array(attrs.length);
    const byColumn = new Map<string, number>(attrs.map((a, k) => [attributes[a].column, k]));
    const env: Env = (name) => {
      const k = byColumn.get(name);
      if (k === undefined) throw new Unsupported();
      return valueOfCode(attributes[attrs[k]], codes[k]) as Val;
    };
    let any = 0;
    try {
      for (let cell = 0; cell < cells; cell++) {
        let r = cell;
        for (let k = attrs.length - 1; k >= 0; k--) {
          codes[k] = r % sizes[attrs[k]];
          r = (r - codes[k]) / sizes[attrs[k]];
        }
        const v = evaluate(tree, env);
        if (v.t !== 'truth') throw new Unsupported();
        if (v.m === F) {
          impossible[cell] = 1;
          any++;
        }
      }
    } catch (e) {
      if (e instanceof Unsupported) continue;
      throw e;
    }
    // A rule no cell can satisfy says nothing usable (the rule or the bins are wrong): leave it to
    // the rule report rather than make the model empty.
    if (any === 0 || any === cells) continue;
    out.push({ rule, attrs, impossible });
  }
  return out;
}

/**
 * The impossible cells of the marginal over `attrs` (sorted) under every cell rule that reads only
 * attributes of it, or null when there are none.
 */
export function impossibleCells(
  rules: readonly CellRule[],
  attrs: readonly number[],
  sizes: readonly number[],
): Uint8Array | null {
  let mask: Uint8Array | null = null;
  let cellSizes: number[] | null = null;
  for (const r of rules) {
    if (!r.attrs.every((a) => attrs.includes(a))) continue;
    cellSizes ??= sizesOf(sizes, attrs);
    mask ??= new Uint8Array(product(cellSizes));
    const map = indexMap(attrs, cellSizes, r.attrs);
    for (let i = 0; i < mask.length; i++) if (r.impossible[map[i]]) mask[i] = 1;
  }
  if (mask?.every((x) => x === 1)) return null; // contradictory rules: do not empty the model
  return mask;
}

/** Lower and upper bounds (±Infinity when open) that the one-column rules put on a number or date. */
export interface RuleBounds {
  lo: number;
  hi: number;
  rules: string[];
}

const DAY_RANGE = [-62_000, 84_000]; // about 1800 to 2200
const NUMBER_RANGE = [-1e15, 1e15];

/**
 * For each number or date column of `kinds` that rules over it alone restrict: the hull of the values
 * those rules can accept (found by bisection on the interval evaluation, so it contains every accepted
 * value), narrowed to whole values for integers and dates.
 */
export function boundsFromRules(
  rules: readonly Rule[],
  kinds: ReadonlyMap<string, string>,
): Map<string, RuleBounds> {
  const out = new Map<string, RuleBounds>();
  for (const rule of rules) {
    const parsed = parseRule(rule);
    if (parsed?.columns.length !== 1) continue;
    const { tree, columns } = parsed;
    const name = columns[0];
    const kind = kinds.get(name);
    if (kind !== 'numeric' && kind !== 'integer' && kind !== 'date') continue;
    const date = kind === 'date';
    const accepts = (lo: number, hi: number): boolean => {
      const v = evaluate(tree, () => ({ t: 'num', lo, hi, num: true, nan: false, date }));
      if (v.t !== 'truth') throw new Unsupported();
      return v.m !== F;
    };
    const [min, max] = date ? DAY_RANGE : NUMBER_RANGE;
    let lo: number;
    let hi: number;
    try {
      if (!accepts(min, max)) continue; // nothing passes: leave it to the rule report
      lo = accepts(min, min) ? -Infinity : bisect((x) => accepts(min, x), min, max, true);
      hi = accepts(max, max) ? Infinity : bisect((x) => accepts(x, max), min, max, false);
    } catch (e) {
      if (e instanceof Unsupported) continue;
      throw e;
    }
    // Integers and days: the first and last whole values inside the hull (the bisection ends just
    // outside it, and comparisons have a 1e-9 tolerance, so `x >= 0` accepts -1e-9 but no integer below 0).
    if (kind !== 'numeric') {
      lo = Math.ceil(lo - 1e-7);
      hi = Math.floor(hi + 1e-7);
    }
    if (lo === -Infinity && hi === Infinity) continue;
    const prev = out.get(name);
    if (prev) {
      prev.lo = Math.max(prev.lo, lo);
      prev.hi = Math.min(prev.hi, hi);
      prev.rules.push(rule.id);
    } else out.set(name, { lo, hi, rules: [rule.id] });
  }
  return out;
}

/**
 * `up`: the smallest x in [a, b] where the monotone test turns true (it is true at b); else the largest
 * x where it is still true (true at a). Bisection to a relative precision of 1e-12, then one step out.
 */
function bisect(test: (x: number) => boolean, a: number, b: number, up: boolean): number {
  let lo = a;
  let hi = b;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(lo), Math.abs(hi)); i++) {
    const mid = lo + (hi - lo) / 2;
    if (test(mid) === up) hi = mid;
    else lo = mid;
  }
  return up ? lo : hi;
}
