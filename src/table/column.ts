// Typed columns. Each kind keeps its values in one flat array and an explicit missing mask
// (1 = missing), so that algorithms work on typed arrays and never on per-row objects.
//
// Storage by kind:
//   numeric, integer     Float64Array (integers are exact up to 2^53)
//   date                 Float64Array of whole days since 1970-01-01 (UTC)
//   datetime             Float64Array of milliseconds since 1970-01-01T00:00:00Z
//   categorical          Int32Array codes into `categories` (-1 where missing)
//   boolean              Uint8Array of 0/1
//   text, identifier     string[] ('' where missing)

export type NumberKind = 'numeric' | 'integer' | 'date' | 'datetime';
export type StringKind = 'text' | 'identifier';
export type ColumnKind = NumberKind | 'categorical' | 'boolean' | StringKind;

export const COLUMN_KINDS: readonly ColumnKind[] = [
  'numeric',
  'integer',
  'categorical',
  'date',
  'datetime',
  'boolean',
  'text',
  'identifier',
];

/** A cell value as the outside world sees it. Dates are ISO strings 'yyyy-mm-dd'; missing is null. */
export type Value = number | string | boolean | null;

interface ColumnBase {
  readonly name: string;
  readonly length: number;
  /** 1 where the value is missing. */
  readonly missing: Uint8Array;
  /**
   * How the values were written in the source, so a writer can give them back the same way:
   * a date pattern ('dd/mm/yyyy', 'yyyy-mm-dd', 'mm/dd/yyyy'), or 'decimal-comma' for numbers.
   */
  readonly format?: string;
}

export interface NumberColumn extends ColumnBase {
  readonly kind: NumberKind;
  readonly values: Float64Array;
}

export interface CategoricalColumn extends ColumnBase {
  readonly kind: 'categorical';
  readonly categories: readonly string[];
  readonly codes: Int32Array;
}

export interface BooleanColumn extends ColumnBase {
  readonly kind: 'boolean';
  readonly values: Uint8Array;
}

export interface StringColumn extends ColumnBase {
  readonly kind: StringKind;
  readonly values: readonly string[];
}

export type Column = NumberColumn | CategoricalColumn | BooleanColumn | StringColumn;

export function isNumberKind(kind: ColumnKind): kind is NumberKind {
  return kind === 'numeric' || kind === 'integer' || kind === 'date' || kind === 'datetime';
}

export function isStringKind(kind: ColumnKind): kind is StringKind {
  return kind === 'text' || kind === 'identifier';
}

// ---- constructors -------------------------------------------------------------------------------

function maskFrom(length: number, missing?: Uint8Array): Uint8Array {
  if (missing && missing.length !== length) throw new RangeError('missing mask length differs from values');
  return missing ?? new Uint8Array(length);
}

/** A numeric-like column. NaN values are marked missing. */
export function numberColumn(
  name: string,
  kind: NumberKind,
  values: Float64Array,
  missing?: Uint8Array,
  format?: string,
): NumberColumn {
  const mask = maskFrom(values.length, missing);
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) mask[i] = 1;
  return { name, kind, length: values.length, values, missing: mask, format };
}

/** A categorical column; codes of -1 are missing. */
export function categoricalColumn(
  name: string,
  categories: readonly string[],
  codes: Int32Array,
  missing?: Uint8Array,
): CategoricalColumn {
  const mask = maskFrom(codes.length, missing);
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] < 0) mask[i] = 1;
    else if (mask[i]) codes[i] = -1;
    else if (codes[i] >= categories.length)
      throw new RangeError(`code ${codes[i]} out of range in '${name}'`);
  }
  return { name, kind: 'categorical', length: codes.length, categories, codes, missing: mask };
}

export function booleanColumn(name: string, values: Uint8Array, missing?: Uint8Array): BooleanColumn {
  return { name, kind: 'boolean', length: values.length, values, missing: maskFrom(values.length, missing) };
}

export function stringColumn(
  name: string,
  kind: StringKind,
  values: readonly string[],
  missing?: Uint8Array,
): StringColumn {
  return { name, kind, length: values.length, values, missing: maskFrom(values.length, missing) };
}

/** A categorical column from strings; null is missing. Categories keep first-seen order. */
export function categoricalFromStrings(name: string, values: readonly (string | null)[]): CategoricalColumn {
  const index = new Map<string, number>();
  const categories: string[] = [];
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
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
  return categoricalColumn(name, categories, codes);
}

/** A column of any kind from plain values (tests, small tables). Dates may be ISO strings or day numbers. */
export function columnFromValues(name: string, kind: ColumnKind, values: readonly Value[]): Column {
  const n = values.length;
  const missing = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (values[i] === null || values[i] === undefined) missing[i] = 1;
  switch (kind) {
    case 'categorical':
      return categoricalFromStrings(
        name,
        values.map((v) => (v === null || v === undefined ? null : String(v))),
      );
    case 'boolean': {
      const b = new Uint8Array(n);
      for (let i = 0; i < n; i++) b[i] = values[i] === true || values[i] === 1 ? 1 : 0;
      return booleanColumn(name, b, missing);
    }
    case 'text':
    case 'identifier':
      return stringColumn(
        name,
        kind,
        values.map((v) => (v === null || v === undefined ? '' : String(v))),
        missing,
      );
    default: {
      const f = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (missing[i]) f[i] = Number.NaN;
        else if (typeof v === 'string' && kind === 'date') f[i] = isoToDays(v);
        else if (typeof v === 'string' && kind === 'datetime') f[i] = Date.parse(v);
        else f[i] = Number(v);
      }
      return numberColumn(name, kind, f, missing);
    }
  }
}

// ---- access ----------------------------------------------------------------------------------------

/** The value at row i (dates as 'yyyy-mm-dd', datetimes as ISO strings). Not for hot loops. */
export function valueAt(col: Column, i: number): Value {
  if (col.missing[i]) return null;
  switch (col.kind) {
    case 'categorical':
      return col.categories[col.codes[i]];
    case 'boolean':
      return col.values[i] === 1;
    case 'text':
    case 'identifier':
      return col.values[i];
    case 'date':
      return daysToIso(col.values[i]);
    case 'datetime':
      return new Date(col.values[i]).toISOString();
    default:
      return col.values[i];
  }
}

/** Number of missing values. */
export function missingCount(col: Column): number {
  let m = 0;
  for (let i = 0; i < col.length; i++) m += col.missing[i];
  return m;
}

/** Rows [start, end): typed arrays are views (no copy). */
export function sliceColumn(col: Column, start: number, end: number): Column {
  const missing = col.missing.subarray(start, end);
  const length = end - start;
  switch (col.kind) {
    case 'categorical':
      return { ...col, length, missing, codes: col.codes.subarray(start, end) };
    case 'boolean':
      return { ...col, length, missing, values: col.values.subarray(start, end) };
    case 'text':
    case 'identifier':
      return { ...col, length, missing, values: col.values.slice(start, end) };
    default:
      return { ...col, length, missing, values: col.values.subarray(start, end) };
  }
}

/** The rows at the given indices, in that order (a copy). */
export function takeColumn(col: Column, rows: ArrayLike<number>): Column {
  const n = rows.length;
  const missing = new Uint8Array(n);
  for (let i = 0; i < n; i++) missing[i] = col.missing[rows[i]];
  switch (col.kind) {
    case 'categorical': {
      const codes = new Int32Array(n);
      for (let i = 0; i < n; i++) codes[i] = col.codes[rows[i]];
      return { ...col, length: n, missing, codes };
    }
    case 'boolean': {
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) values[i] = col.values[rows[i]];
      return { ...col, length: n, missing, values };
    }
    case 'text':
    case 'identifier': {
      const values = new Array<string>(n);
      for (let i = 0; i < n; i++) values[i] = col.values[rows[i]];
      return { ...col, length: n, missing, values };
    }
    default: {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = col.values[rows[i]];
      return { ...col, length: n, missing, values };
    }
  }
}

export function renameColumn<C extends Column>(col: C, name: string): C {
  return { ...col, name };
}

// ---- dates -----------------------------------------------------------------------------------------

const MS_PER_DAY = 86400000;

/** Days since 1970-01-01 for a proleptic Gregorian date (UTC); NaN if the date does not exist. */
export function dateToDays(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return Number.NaN;
  return ms / MS_PER_DAY;
}

export function isoToDays(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dateToDays(+m[1], +m[2], +m[3]) : Number.NaN;
}

export function daysToIso(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * [year, month (1-12), day] of a whole day number, by integer arithmetic (H. Hinnant's civil-from-days,
 * proleptic Gregorian): no Date object, so it is cheap in hot loops (CSV writing, identifiers).
 */
export function daysToParts(days: number): [number, number, number] {
  const z = Math.floor(days) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
