// One shared encoding of the tables being compared. Every evaluated column becomes either a numeric
// array (NaN = missing) or categorical codes into ONE category list common to all tables (-1 = missing),
// so that "same value" means the same thing in the real, synthetic and holdout files.
import { usageError } from '../errors.js';
import type { Column } from '../table/column.js';
import { isNumberKind } from '../table/column.js';
import type { Table } from '../table/table.js';

export type ColumnType = 'num' | 'cat';

export interface ColumnSpec {
  name: string;
  /** Kind in the real file (numeric, date, categorical, ...). */
  kind: Column['kind'];
  type: ColumnType;
  /** cat: the shared categories (real's first, in first-seen order). */
  categories: string[];
  /** num: range of the real values, for scaled distances (hi > lo, or both 0). */
  lo: number;
  hi: number;
}

export interface EncodedTable {
  n: number;
  /** Per column: Float64Array for num, Int32Array for cat. */
  values: (Float64Array | Int32Array)[];
}

export interface Encoding {
  specs: ColumnSpec[];
  /** Columns left out and why (identifiers, free text). */
  ignored: { name: string; reason: string }[];
  real: EncodedTable;
  synthetic: EncodedTable;
  holdout?: EncodedTable;
}

/** Text columns with more distinct values than this are free text, not categories. */
const MAX_TEXT_CATEGORIES = 100;

function family(col: Column): 'num' | 'cat' | 'id' {
  if (col.kind === 'identifier') return 'id';
  return isNumberKind(col.kind) ? 'num' : 'cat';
}

/** The values of a categorical-like column as strings (null = missing). */
function stringsOf(col: Column): (string | null)[] {
  const out = new Array<string | null>(col.length);
  for (let i = 0; i < col.length; i++) {
    if (col.missing[i]) out[i] = null;
    else if (col.kind === 'categorical') out[i] = col.categories[col.codes[i]];
    else if (col.kind === 'boolean') out[i] = col.values[i] ? 'true' : 'false';
    else if (col.kind === 'text' || col.kind === 'identifier') out[i] = col.values[i];
    else out[i] = String(col.values[i]);
  }
  return out;
}

function distinctCount(values: (string | null)[], stopAt: number): number {
  const s = new Set<string>();
  for (const v of values) if (v !== null && s.add(v).size > stopAt) break;
  return s.size;
}

/** Check that the tables share their columns; a usage error naming the differences otherwise. */
export function checkSameSchema(real: Table, other: Table, otherLabel: string): void {
  const a = new Set(real.names);
  const b = new Set(other.names);
  const onlyReal = real.names.filter((n) => !b.has(n));
  const onlyOther = other.names.filter((n) => !a.has(n));
  if (onlyReal.length || onlyOther.length) {
    const parts: string[] = [];
    if (onlyReal.length) parts.push(`only in the real file: ${onlyReal.join(', ')}`);
    if (onlyOther.length) parts.push(`only in the ${otherLabel} file: ${onlyOther.join(', ')}`);
    throw usageError(`the real and ${otherLabel} files do not have the same columns (${parts.join('; ')})`, {
      file: other.meta.source,
    });
  }
  for (const name of real.names) {
    const fr = family(real.column(name));
    const fo = family(other.column(name));
    if (fr !== fo && fr !== 'id' && fo !== 'id') {
      const say = (f: string) => (f === 'num' ? 'numeric' : 'categorical');
      throw usageError(
        `column '${name}' is ${say(fr)} in the real file but ${say(fo)} in the ${otherLabel} file (give both the same --schema)`,
        { file: other.meta.source, column: name },
      );
    }
  }
}

export function encodeTables(real: Table, synthetic: Table, holdout?: Table): Encoding {
  checkSameSchema(real, synthetic, 'synthetic');
  if (holdout) checkSameSchema(real, holdout, 'holdout');
  const specs: ColumnSpec[] = [];
  const ignored: { name: string; reason: string }[] = [];
  const tables = holdout ? [real, synthetic, holdout] : [real, synthetic];
  const encoded: EncodedTable[] = tables.map((t) => ({ n: t.nRows, values: [] }));
  for (const name of real.names) {
    const cols = tables.map((t) => t.column(name));
    const fam = family(cols[0]);
    if (fam === 'id' || cols.some((c) => c.kind === 'identifier')) {
      ignored.push({ name, reason: 'identifier: unique per person, not a statistical variable' });
      continue;
    }
    if (fam === 'num') {
      let lo = Infinity;
      let hi = -Infinity;
      const real0 = cols[0] as Extract<Column, { values: Float64Array }>;
      for (let i = 0; i < real0.length; i++) {
        if (real0.missing[i]) continue;
        const v = real0.values[i];
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      if (lo > hi) lo = hi = 0;
      specs.push({ name, kind: cols[0].kind, type: 'num', categories: [], lo, hi });
      cols.forEach((c, t) => {
        const v = new Float64Array(c.length);
        const nc = c as Extract<Column, { values: Float64Array }>;
        for (let i = 0; i < c.length; i++) v[i] = c.missing[i] ? Number.NaN : nc.values[i];
        encoded[t].values.push(v);
      });
      continue;
    }
    const strings = cols.map(stringsOf);
    if (cols[0].kind === 'text' && distinctCount(strings[0], MAX_TEXT_CATEGORIES) > MAX_TEXT_CATEGORIES) {
      ignored.push({ name, reason: `free text (more than ${MAX_TEXT_CATEGORIES} distinct values)` });
      continue;
    }
    const index = new Map<string, number>();
    const categories: string[] = [];
    strings.forEach((vals, t) => {
      const codes = new Int32Array(vals.length);
      for (let i = 0; i < vals.length; i++) {
        const v = vals[i];
        if (v === null) {
          codes[i] = -1;
          continue;
        }
        let c = index.get(v);
        if (c === undefined) {
          c = categories.length;
          categories.push(v);
          index.set(v, c);
        }
        codes[i] = c;
      }
      encoded[t].values.push(codes);
    });
    specs.push({ name, kind: cols[0].kind, type: 'cat', categories, lo: 0, hi: 0 });
  }
  return {
    specs,
    ignored,
    real: encoded[0],
    synthetic: encoded[1],
    holdout: holdout ? encoded[2] : undefined,
  };
}

/** The rows at these indices of an encoded table (a copy). */
export function takeRows(t: EncodedTable, rows: ArrayLike<number>): EncodedTable {
  const n = rows.length;
  return {
    n,
    values: t.values.map((v) => {
      const out = v instanceof Float64Array ? new Float64Array(n) : new Int32Array(n);
      for (let i = 0; i < n; i++) out[i] = v[rows[i]];
      return out;
    }),
  };
}

/** A key that is equal for two rows exactly when every evaluated value is equal. */
export function rowKey(t: EncodedTable, i: number): string {
  let k = '';
  for (const v of t.values) k += `${v[i]}\u0001`;
  return k;
}
