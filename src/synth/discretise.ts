// From a table to the discrete domain the engine models, and the privacy cost of getting there.
//
// What is public (costs nothing): the column names and kinds, formats, and what a user-given schema says
// (roles, min/max bounds, category lists, nullability); with `publicCategories`, the table's own
// category lists (the demo's codebook). Everything else the encoding needs is learnt with noise, and each
// such step spends from the accountant under its own label:
//   rows                 noisy row count (chooses the number of bins and the default output size)
//   range:<col>          noisy histogram on a fixed public coarse grid → bounds of a numeric/date column
//   histogram:<col>      noisy histogram on a fine grid within the bounds → bin edges at noisy quantiles,
//                        the shape of values inside each bin, and whether a missing code is needed
//   categories:<col>     noisy counts of the categories → which ones keep their own code
// With no privacy (CART), the same plan is built from exact counts.
import type { RuleBounds } from './zeros.js';
import type { Accountant, Measurement } from './accounting.js';
import { gaussianSigma } from './accounting.js';
import type { Domain, EncodedData } from './domain.js';
import {
  type AttributeCodec,
  type BinShape,
  BinnedCodec,
  BooleanCodec,
  CategoricalCodec,
  MissingIndicatorCodec,
} from './encode.js';
import { addDiscreteGaussianNoise } from './mechanisms.js';
import { Regenerator, stringsOf } from './regenerate.js';
import { type Column, daysToIso, isoToDays, type NumberColumn, type NumberKind } from '../table/column.js';
import type { ColumnSchema, Schema } from '../table/schema.js';
import type { Table } from '../table/table.js';
import type { Rng } from '../random.js';
import { usageError } from '../errors.js';

/** Upper bound on the codes of one attribute, so that 2-way marginals stay small (32 × 32 cells). */
export const MAX_BINS = 32;
/** Share of the budget spent on the noisy row count. */
export const ROWS_SHARE = 0.01;
/** Share of the budget, per modelled column, that a column needing a discretisation step may spend ÷ d. */
export const COLUMN_SHARE = 0.3;
/** Most fine cells of the within-bounds histogram (fewer when the noise would drown them). */
export const FINE_CELLS = 64;

export interface PrivacyContext {
  accountant: Accountant;
  /** ρ of the whole run (the engine gets what this step leaves). */
  totalRho: number;
  /** δ reserved for choosing which non-public categories are released (see `categoryThreshold`). */
  selectionDelta: number;
  noise: Rng;
}

export interface DiscretiseOptions {
  /** A schema given by the user: its roles, bounds, categories and nullability are public knowledge. */
  schema?: Schema;
  /** The table's own category lists are public (a codebook; the demo's are defined by its generator). */
  publicCategories?: boolean;
  /** Cap on the codes per attribute (default MAX_BINS). */
  maxBins?: number;
  /** Force this number of bins for numbers and dates (default: chosen from the budget and noisy n). */
  bins?: number;
  /** Absent: exact, non-private plan (for CART and for measuring fidelity). */
  privacy?: PrivacyContext;
  /** Bounds the rules put on single columns (public, see zeros.ts): used where the schema gives none. */
  ruleBounds?: ReadonlyMap<string, RuleBounds>;
}

export type Treatment = 'modelled' | 'regenerated' | 'dropped';

export interface ColumnPlan {
  name: string;
  kind: Column['kind'];
  /** Source format (date pattern, decimal comma, boolean words), written back on output. */
  format?: string;
  treatment: Treatment;
  /** Why and how, in plain words (for the provenance and the CLI). */
  detail: string;
  codec?: AttributeCodec;
  regenerator?: Regenerator;
  /** For a regenerated column that may be missing: the modelled attribute of its missingness. */
  missingIndicator?: MissingIndicatorCodec;
}

export interface EncodingPlan {
  columns: ColumnPlan[];
  /** The attributes of the domain, in order (modelled columns, then missing indicators). */
  attributes: AttributeCodec[];
  domain: Domain;
  /** Row count: noisy under privacy, exact otherwise. */
  rows: number;
  /** The steps of this plan that spent budget (also in the accountant). */
  measurements: Measurement[];
}

// ---- what each column needs -----------------------------------------------------------------------

type Need =
  | { type: 'drop'; reason: string }
  | { type: 'regenerate'; reason: string }
  | { type: 'boolean' }
  | { type: 'categorical'; categories?: string[]; measure: boolean }
  | {
      type: 'number';
      bounds?: [number, number];
      /** Where public bounds come from, for the detail text. */
      boundsFrom?: string;
      /** One-sided bounds from the rules: the noisy range is clipped to them. */
      clip?: RuleBounds;
      measureRange: boolean;
      measureHistogram: boolean;
    };

function boundOf(v: number | string | undefined, kind: NumberKind): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return v;
  if (kind === 'date') return isoToDays(v.slice(0, 10));
  if (kind === 'datetime') return Date.parse(v);
  const x = Number(v);
  return Number.isFinite(x) ? x : undefined;
}

function needOf(col: Column, cs: ColumnSchema | undefined, opts: DiscretiseOptions, maxBins: number): Need {
  if (cs?.role === 'ignore') return { type: 'drop', reason: "role 'ignore' in the schema" };
  if (col.kind === 'identifier' || col.kind === 'text')
    return { type: 'regenerate', reason: `${col.kind} column: fresh fictitious values of the same shape` };
  if (col.kind === 'boolean') return { type: 'boolean' };
  if (cs?.role === 'identifier')
    return { type: 'regenerate', reason: "role 'identifier': fresh fictitious values of the same shape" };
  const dp = opts.privacy !== undefined;
  if (col.kind === 'categorical') {
    const fromSchema = cs?.categories ? Object.keys(cs.categories) : undefined;
    const categories = fromSchema ?? (opts.publicCategories ? [...col.categories] : undefined);
    // Public lists that fit need no measurement; longer ones need noisy counts to pick what to keep.
    const measure = dp && (categories === undefined || categories.length > maxBins - 1);
    return { type: 'categorical', categories, measure };
  }
  const kind = col.kind as NumberKind;
  const lo = boundOf(cs?.min, kind);
  const hi = boundOf(cs?.max, kind);
  let bounds = lo !== undefined && hi !== undefined && hi >= lo ? ([lo, hi] as [number, number]) : undefined;
  let boundsFrom = bounds ? 'the schema' : undefined;
  const rb = opts.ruleBounds?.get(col.name);
  if (!bounds && rb && Number.isFinite(rb.lo) && Number.isFinite(rb.hi) && rb.hi >= rb.lo) {
    bounds = [rb.lo, rb.hi];
    boundsFrom = `the rules (${rb.rules.join(', ')})`;
  }
  const integral = kind === 'integer' || kind === 'date';
  // A small public integer range keeps one code per value: no measurement needed, when the schema also
  // says whether values may be missing (else the histogram's missing cell tells).
  const small =
    bounds !== undefined && cs !== undefined && integral && bounds[1] - bounds[0] + 1 <= maxBins - 1;
  return {
    type: 'number',
    bounds,
    boundsFrom,
    clip: bounds ? undefined : rb,
    measureRange: dp && !bounds,
    measureHistogram: dp && !small,
  };
}

/** Columns whose category names would come from the data alone (they need a share of δ). */
export function nonPublicCategoricalCount(table: Table, opts: DiscretiseOptions): number {
  const byName = new Map((opts.schema?.columns ?? []).map((c) => [c.name, c]));
  const maxBins = Math.max(2, Math.min(opts.maxBins ?? MAX_BINS, MAX_BINS * 8));
  return table.columns.filter((c) => {
    const n = needOf(c, byName.get(c.name), { ...opts, privacy: {} as PrivacyContext }, maxBins);
    return n.type === 'categorical' && !n.categories;
  }).length;
}

// ---- the plan -------------------------------------------------------------------------------------

export function planEncoding(table: Table, opts: DiscretiseOptions = {}): EncodingPlan {
  const maxBins = Math.max(2, Math.min(opts.maxBins ?? MAX_BINS, MAX_BINS * 8));
  const byName = new Map((opts.schema?.columns ?? []).map((c) => [c.name, c]));
  for (const name of byName.keys())
    if (!table.has(name))
      throw usageError(`the schema names a column '${name}' that the table does not have`);
  const needs = table.columns.map((c) => needOf(c, byName.get(c.name), opts, maxBins));
  const measurements: Measurement[] = [];
  const privacy = opts.privacy;

  // The budget of each step is fixed before looking at the data: it depends only on public facts.
  const modelled = needs.filter((n) => n.type !== 'drop' && n.type !== 'regenerate').length;
  const perColumn = privacy ? (COLUMN_SHARE * privacy.totalRho) / Math.max(1, modelled) : 0;
  const nonPublicCategorical = needs.filter((n) => n.type === 'categorical' && !n.categories).length;

  const spend = (label: string, rho: number): number => {
    const sigma = gaussianSigma(rho, 1);
    const m: Measurement = { label, mechanism: 'discrete-gaussian', rho, sigma };
    privacy!.accountant.spend(m);
    measurements.push(m);
    return sigma;
  };
  const noisy = (
    label: string,
    counts: Float64Array,
    rho: number,
  ): { values: Float64Array; sigma: number } => {
    const sigma = spend(label, rho);
    return { values: addDiscreteGaussianNoise(counts, sigma, privacy!.noise.fork(label)), sigma };
  };

  // Rows: a noisy count (sensitivity 1: adding or removing one row changes it by one).
  let rows = table.nRows;
  if (privacy) {
    const r = noisy('rows', Float64Array.of(table.nRows), ROWS_SHARE * privacy.totalRho);
    rows = Math.max(1, Math.round(r.values[0]));
  }

  // How many bins the engine's noise can support: a 2-way cell should hold about as many rows as its
  // noise (MST measures d−1 two-way marginals with a third of the budget).
  let bins = opts.bins ?? maxBins;
  if (!opts.bins && privacy) {
    const engineRho = privacy.totalRho * (1 - ROWS_SHARE - COLUMN_SHARE);
    const sigma2 = Math.sqrt((3 * Math.max(1, modelled - 1)) / (2 * engineRho));
    bins = Math.round(Math.sqrt(rows / sigma2));
  }
  bins = Math.max(4, Math.min(maxBins, bins));

  const columns: ColumnPlan[] = [];
  const attributes: AttributeCodec[] = [];
  const indicators: AttributeCodec[] = [];
  table.columns.forEach((col, j) => {
    const need = needs[j];
    const cs = byName.get(col.name);
    const base = { name: col.name, kind: col.kind, format: col.format };
    switch (need.type) {
      case 'drop':
        columns.push({ ...base, treatment: 'dropped', detail: `dropped (${need.reason})` });
        return;
      case 'regenerate': {
        const regenerator = new Regenerator(col.name, col.kind, col.format, stringsOf(col));
        // Whether it may be missing is public only through the schema; else model the missingness.
        const mayMiss = cs ? cs.nullable : true;
        const missingIndicator =
          mayMiss && (privacy || hasMissing(col)) ? new MissingIndicatorCodec(col.name) : undefined;
        if (missingIndicator) indicators.push(missingIndicator);
        const all = regenerator.summary().shapes;
        const shapes = all.slice(0, 3).join(' | ') + (all.length > 3 ? ` | … ${all.length} formats` : '');
        columns.push({
          ...base,
          treatment: 'regenerated',
          regenerator,
          missingIndicator,
          detail: `not modelled: ${need.reason} (${shapes})${missingIndicator ? '; its missing rate is modelled' : ''}`,
        });
        return;
      }
      case 'boolean': {
        const missing = privacy ? (cs ? cs.nullable : true) : hasMissing(col);
        const codec = new BooleanCodec(col.name, missing);
        attributes.push(codec);
        columns.push({
          ...base,
          treatment: 'modelled',
          codec,
          detail: `boolean${missing ? ' + missing' : ''}`,
        });
        return;
      }
      case 'categorical': {
        const { codec, detail } = planCategorical(
          col,
          cs,
          need,
          maxBins,
          perColumn,
          privacy,
          nonPublicCategorical,
          noisy,
        );
        attributes.push(codec);
        columns.push({ ...base, treatment: 'modelled', codec, detail });
        return;
      }
      case 'number': {
        const { codec, detail } = planNumber(
          col as NumberColumn,
          cs,
          need,
          bins,
          maxBins,
          perColumn,
          privacy,
          noisy,
          rows,
        );
        attributes.push(codec);
        columns.push({ ...base, treatment: 'modelled', codec, detail });
        return;
      }
    }
  });
  attributes.push(...indicators);
  const domain: Domain = {
    attributes: attributes.map((a) =>
      a instanceof MissingIndicatorCodec ? `${a.column}:missing` : a.column,
    ),
    sizes: attributes.map((a) => a.size),
  };
  return { columns, attributes, domain, rows, measurements };
}

type Noisy = (label: string, counts: Float64Array, rho: number) => { values: Float64Array; sigma: number };

function hasMissing(col: Column): boolean {
  for (let i = 0; i < col.length; i++) if (col.missing[i]) return true;
  return false;
}

// ---- categories -----------------------------------------------------------------------------------

/**
 * Threshold above which a noisy count of a category seen in the data is released, when category names
 * are not public. A category held by one row only appears with probability ≤ δ_c (the Gaussian tail,
 * plus one for the discrete rounding), so releasing names this way is (0, δ_c) on top of the zCDP part.
 */
export function categoryThreshold(sigma: number, deltaPerColumn: number): number {
  return 2 + sigma * gaussianTailInverse(deltaPerColumn);
}

/** z with P(N(0,1) > z) ≤ p, from the Mills bound φ(z)/z (an upper bound on the tail: conservative). */
export function gaussianTailInverse(p: number): number {
  if (!(p > 0 && p < 0.5)) throw new RangeError(`tail probability must be in (0, 0.5), got ${p}`);
  let lo = 0.5;
  let hi = 40;
  for (let i = 0; i < 100; i++) {
    const z = (lo + hi) / 2;
    const tail = Math.exp((-z * z) / 2) / (z * Math.sqrt(2 * Math.PI));
    if (tail > p) lo = z;
    else hi = z;
  }
  return hi;
}

function planCategorical(
  col: Column,
  cs: ColumnSchema | undefined,
  need: Extract<Need, { type: 'categorical' }>,
  maxBins: number,
  perColumn: number,
  privacy: PrivacyContext | undefined,
  nonPublic: number,
  noisy: Noisy,
): { codec: CategoricalCodec; detail: string } {
  if (col.kind !== 'categorical') throw new TypeError('not categorical');
  const publicList = need.categories;
  // Candidates: the public list, else what the data holds (whose names are protected by the threshold).
  const candidates = publicList ?? [...col.categories];
  const pos = new Map(candidates.map((c, i) => [c, i]));
  const exact = new Float64Array(candidates.length + 1); // last cell: missing
  const byCode = col.categories.map((c) => pos.get(c) ?? -1);
  let unlisted = 0;
  for (let i = 0; i < col.length; i++) {
    if (col.missing[i]) exact[candidates.length]++;
    else {
      const p = byCode[col.codes[i]];
      if (p >= 0) exact[p]++;
      else unlisted++;
    }
  }
  let counts: Float64Array = exact;
  let threshold = 0;
  let note = '';
  let missing: boolean;
  if (privacy && need.measure) {
    const r = noisy(`categories:${col.name}`, exact, perColumn);
    counts = r.values;
    if (!publicList) {
      threshold = categoryThreshold(r.sigma, privacy.selectionDelta / Math.max(1, nonPublic));
      note = `; categories released only when their noisy count ≥ ${Math.round(threshold)} (σ = ${r.sigma.toFixed(1)})`;
    } else
      note = `; the ${maxBins - 1} most frequent by noisy count (σ = ${r.sigma.toFixed(1)}) keep their code`;
    missing = cs ? cs.nullable : counts[candidates.length] >= r.sigma;
  } else if (privacy) {
    missing = cs ? cs.nullable : true;
  } else missing = exact[candidates.length] > 0;

  // Keep by (noisy) count: above the threshold, at most maxBins − 2 codes (room for other and missing).
  const order = candidates
    .map((_c, i) => i)
    .filter((i) => !(privacy && !publicList) || counts[i] >= threshold);
  if (privacy && need.measure) order.sort((a, b) => counts[b] - counts[a]);
  else if (!privacy) order.sort((a, b) => exact[b] - exact[a]);
  const room = maxBins - 1 - (missing ? 1 : 0);
  const keepSet = new Set(
    order.length <= room + 1 && (publicList || !privacy) ? order : order.slice(0, room),
  );
  // Without privacy, drop categories never seen; keep the public order otherwise.
  const kept = candidates.filter((_c, i) => keepSet.has(i) && (privacy || exact[i] > 0));
  const merged = candidates.filter((c, i) => !keepSet.has(i) && (privacy || exact[i] > 0) && c !== undefined);
  // Non-public names: an "other" code always exists, so its presence says nothing about rare rows.
  // (Under privacy, values outside a public list do not create a code: that would reveal them; they
  // are counted as missing, or as the first category when there is no missing code.)
  const hasOther = merged.length > 0 || (privacy ? !publicList : unlisted > 0);
  const mergedPublic = publicList !== undefined || !privacy;
  const codec = new CategoricalCodec(col.name, kept, merged, hasOther, missing, mergedPublic);
  const source = publicList
    ? cs?.categories
      ? 'categories from the schema'
      : 'public category list'
    : 'categories from the data';
  const detail =
    `${kept.length} categories${hasOther ? ` + other (${mergedPublic ? merged.length : 'unnamed'} merged)` : ''}` +
    `${missing ? ' + missing' : ''} (${source}${note})`;
  return { codec, detail };
}

// ---- numbers and dates ----------------------------------------------------------------------------

/** The fixed public coarse grid a range is found on: signed powers of √10, or decades for dates. */
export function coarseGrid(kind: NumberKind): number[] {
  // Coarse on purpose: few cells keep the noise threshold low and each cell holds many rows.
  if (kind === 'date' || kind === 'datetime') {
    const edges: number[] = [];
    for (let y = 1800; y <= 2200; y += 10) {
      const days = Date.UTC(y, 0, 1) / 86400000;
      edges.push(kind === 'date' ? days : days * 86400000);
    }
    return edges;
  }
  const pos: number[] = [];
  for (let j = -4; j <= 24; j++) pos.push(10 ** (j / 2));
  return [...pos.map((p) => -p).reverse(), 0, ...pos];
}

/** Cell of x on ascending edges: 0 below edges[0], edges.length above the last, else the interval. */
function cellOf(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length; // answer in [0, edges.length]
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x >= edges[mid]) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Resolution of a column: integers and dates 1, datetimes their coarsest unit, decimals their places. */
export function stepOf(col: NumberColumn): number {
  if (col.kind === 'integer' || col.kind === 'date') return 1;
  const v = col.values;
  if (col.kind === 'datetime') {
    const units = [86400000, 3600000, 60000, 1000];
    for (const u of units) {
      let ok = true;
      for (let i = 0; i < v.length && ok; i++) if (!col.missing[i] && v[i] % u !== 0) ok = false;
      if (ok) return u;
    }
    return 1;
  }
  let places = 0;
  for (let i = 0; i < v.length && places < 6; i++) {
    if (col.missing[i]) continue;
    while (
      places < 6 &&
      Math.abs(v[i] * 10 ** places - Math.round(v[i] * 10 ** places)) >
        1e-9 * Math.max(1, Math.abs(v[i]) * 10 ** places)
    )
      places++;
  }
  return places === 0 ? 1 : 10 ** -places;
}

/** A bound for people: ISO dates, or a number with 6 significant digits. */
function show(x: number, kind: NumberKind): string {
  if (!Number.isFinite(x)) return String(x);
  if (kind === 'date') return daysToIso(Math.round(x));
  if (kind === 'datetime') return new Date(x).toISOString();
  return String(Number(x.toPrecision(6)));
}

function planNumber(
  col: NumberColumn,
  _cs: ColumnSchema | undefined,
  need: Extract<Need, { type: 'number' }>,
  bins: number,
  maxBins: number,
  perColumn: number,
  privacy: PrivacyContext | undefined,
  noisy: Noisy,
  rows: number,
): { codec: BinnedCodec; detail: string } {
  const kind = col.kind;
  const step = stepOf(col);
  const integral = step >= 1 && (kind === 'integer' || kind === 'date' || Number.isInteger(step));
  const v = col.values;
  const n = col.length;
  const notes: string[] = [];
  let missingCount = 0;
  for (let i = 0; i < n; i++) missingCount += col.missing[i];

  // 1. Bounds: public (schema), noisy (coarse grid), or exact (no privacy).
  let lo: number;
  let hi: number;
  let boundsSource: string;
  const histShare = need.measureRange ? 1 / 2 : 1;
  if (need.bounds) {
    [lo, hi] = need.bounds;
    boundsSource = `bounds [${show(lo, kind)}, ${show(hi, kind)}] from ${need.boundsFrom ?? 'the schema'}`;
  } else if (privacy) {
    const grid = coarseGrid(kind);
    const counts = new Float64Array(grid.length + 1);
    for (let i = 0; i < n; i++) if (!col.missing[i]) counts[cellOf(grid, v[i])]++;
    const r = noisy(`range:${col.name}`, counts, perColumn * (1 - histShare));
    // High enough that noise alone passes it in any of the cells with probability ≤ 0.5 %.
    const tau = r.sigma * gaussianTailInverse(0.005 / counts.length);
    // From the first to the last cell above the threshold (the fullest cell when none is).
    let first = -1;
    let last = -1;
    let best = 0;
    for (let c = 0; c < counts.length; c++) {
      if (r.values[c] >= tau) {
        if (first < 0) first = c;
        last = c;
      }
      if (r.values[c] > r.values[best]) best = c;
    }
    if (first < 0) first = last = best;
    // Cell c spans [grid[c-1], grid[c]); the outer cells are open: take the next grid step out.
    lo = first === 0 ? grid[0] - (grid[1] - grid[0]) : grid[first - 1];
    hi = last >= grid.length ? grid[grid.length - 1] * 2 : grid[last];
    if (kind !== 'date' && kind !== 'datetime') {
      // Only the cell of 0 passed (a benefit few receive): keep the fullest positive cell too, by its
      // noisy count (post-processing), rather than squash every non-zero amount to 0.01.
      if (hi <= 0.01 && last + 1 < counts.length) {
        let top = last + 1;
        for (let c = last + 1; c < counts.length; c++) if (r.values[c] > r.values[top]) top = c;
        if (r.values[top] > 0) {
          last = top;
          hi = last >= grid.length ? grid[grid.length - 1] * 2 : grid[last];
        }
      }
      if (lo < 0 && hi > 0 && first > 0 && grid[first - 1] > -1e-2) lo = 0;
      // Positive amounts and counts start at 0 (a public convention, not a look at the data), unless
      // the range is far from 0 (years, codes).
      if (lo > 0 && lo <= hi / 10) lo = 0;
    }
    boundsSource = `bounds [${show(lo, kind)}, ${show(hi, kind)}] from a noisy histogram on a public coarse grid (σ = ${r.sigma.toFixed(1)})`;
    // One-sided bounds from the rules (public) cut what noise let through.
    const clip = need.clip;
    if (clip && (lo < clip.lo || hi > clip.hi)) {
      lo = Math.max(lo, clip.lo);
      hi = Math.min(hi, clip.hi);
      if (hi < lo) [lo, hi] = Number.isFinite(clip.lo) ? [clip.lo, clip.lo] : [clip.hi, clip.hi];
      boundsSource += `, clipped to [${show(lo, kind)}, ${show(hi, kind)}] by the rules (${clip.rules.join(', ')})`;
    }
  } else {
    lo = Infinity;
    hi = -Infinity;
    for (let i = 0; i < n; i++)
      if (!col.missing[i]) {
        if (v[i] < lo) lo = v[i];
        if (v[i] > hi) hi = v[i];
      }
    if (lo > hi) lo = hi = 0;
    boundsSource = `bounds [${show(lo, kind)}, ${show(hi, kind)}] from the data (no privacy)`;
  }
  notes.push(boundsSource);

  // 2. A fine public grid within the bounds (aligned on whole steps for integers and dates). Under
  // privacy, a fine cell should hold on average at least twice its noise: fewer cells when σ is large.
  let fineCells = FINE_CELLS;
  if (privacy && need.measureHistogram) {
    const sigma = gaussianSigma(perColumn * histShare, 1);
    fineCells = Math.max(
      Math.min(bins * 2, FINE_CELLS),
      Math.min(FINE_CELLS, Math.floor(rows / (2 * sigma))),
    );
  }
  let fine: number[];
  if (integral) {
    const a = Math.ceil(lo - 1e-9);
    const b = Math.max(a, Math.floor(hi + 1e-9));
    const width = Math.max(1, Math.ceil((b - a + 1) / fineCells));
    fine = [];
    for (let x = a - 0.5; x < b + 0.5; x += width) fine.push(x);
    fine.push(fine[fine.length - 1] + width);
  } else {
    const span = hi > lo ? hi - lo : Math.max(step, Math.abs(lo) * 1e-6, 1e-9);
    fine = Array.from({ length: fineCells + 1 }, (_x, i) => lo + (span * i) / fineCells);
  }
  // Amounts are often exactly zero (a benefit not received): a public cell holding only 0 keeps that
  // point mass, instead of spreading it over small positive values.
  let zeroCell = -1;
  if (kind !== 'date' && kind !== 'datetime' && fine[0] <= 0 && fine[fine.length - 1] > 0) {
    const half = integral ? 0.5 : step / 2;
    const a = Math.max(fine[0], -half);
    const b = Math.min(fine[fine.length - 1], half);
    fine = [...fine.filter((x) => x < a), a, b, ...fine.filter((x) => x > b)];
    zeroCell = fine.indexOf(a);
  }
  const cellsN = fine.length - 1;
  const exact = new Float64Array(cellsN + 1); // last: missing
  for (let i = 0; i < n; i++) {
    if (col.missing[i]) exact[cellsN]++;
    else {
      const c = cellOf(fine, v[i]) - 1;
      exact[Math.max(0, Math.min(cellsN - 1, c))]++;
    }
  }
  let counts: Float64Array = exact;
  let hasMissing = missingCount > 0;
  if (privacy) {
    if (need.measureHistogram) {
      const r = noisy(`histogram:${col.name}`, exact, perColumn * histShare);
      counts = r.values.map((x) => Math.max(0, x));
      hasMissing = _cs ? _cs.nullable : r.values[cellsN] >= r.sigma;
      notes.push(`edges at noisy quantiles (σ = ${r.sigma.toFixed(1)})`);
    } else {
      counts = new Float64Array(cellsN + 1).fill(1);
      hasMissing = _cs ? _cs.nullable : true;
      notes.push('one code per value');
    }
  }

  // 3. Bin edges at (noisy) quantiles of the fine histogram: at most `bins` bins of whole fine cells.
  const target =
    integral && cellsN <= maxBins - 1 && fine[1] - fine[0] === 1 ? cellsN : Math.min(bins, cellsN);
  let total = 0;
  for (let c = 0; c < cellsN; c++) total += counts[c];
  const cut: number[] = [0];
  if (target >= cellsN || total <= 0) for (let c = 1; c <= cellsN; c++) cut.push(c);
  else {
    let acc = 0;
    let k = 1;
    for (let c = 0; c < cellsN; c++) {
      acc += counts[c];
      if (k < target && acc >= (k * total) / target && c + 1 < cellsN) {
        cut.push(c + 1);
        while (k < target && acc >= (k * total) / target) k++;
      }
    }
    cut.push(cellsN);
    if (zeroCell >= 0 && cut.length + 1 <= maxBins) {
      for (const c of [zeroCell, zeroCell + 1]) if (c > 0 && c < cellsN && !cut.includes(c)) cut.push(c);
      cut.sort((x, y) => x - y);
    }
  }
  const edges = cut.map((c) => fine[c]);
  const shapes: BinShape[] = [];
  for (let b = 0; b + 1 < cut.length; b++) {
    const e: number[] = [];
    const w: number[] = [];
    for (let c = cut[b]; c < cut[b + 1]; c++) {
      e.push(fine[c]);
      w.push(privacy ? counts[c] : exact[c]);
    }
    e.push(fine[cut[b + 1]]);
    shapes.push({ edges: e, weights: w });
  }
  const codec = new BinnedCodec(
    col.name,
    kind,
    edges,
    shapes,
    integral ? Math.max(1, step) : step,
    hasMissing,
  );
  const detail = `${codec.bins} bins${hasMissing ? ' + missing' : ''} (${notes.join('; ')})`;
  return { codec, detail };
}

// ---- encoding a table -----------------------------------------------------------------------------

/** The rows of a table as codes of the plan's attributes. */
export function encodeTable(plan: EncodingPlan, table: Table): EncodedData {
  const columns = plan.attributes.map((a) => a.encode(table.column(a.column)));
  return { domain: plan.domain, columns, rows: table.nRows };
}
