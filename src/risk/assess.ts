// `risk`: how re-identifiable the records of a table are, on its quasi-identifiers.
import { usageError } from '../errors.js';
import { scanTable } from '../scan/scan.js';
import type { Column, NumberColumn } from '../table/column.js';
import type { Table } from '../table/table.js';
import { type Classes, groupRows, rowsByClass, sizeHistogram } from './classes.js';
import { riskDrivers } from './drivers.js';
import { sensitiveDiversity } from './diversity.js';
import { type EncodedColumn, encodeColumn } from './encode.js';
import { linkageAttack } from './linkage.js';
import { populationUniqueness } from './population.js';
import { individualRisk, reidentificationRisk } from './reident.js';
import type { ClassSummary, RiskOptions, RiskReport } from './types.js';
import { riskVerdict } from './verdict.js';
import { wildcardClassSizes } from './wildcard.js';

export const DEFAULT_RISK_THRESHOLD = 0.09;

/** QIs and sensitive attributes: given, from the schema's roles, or from a scan. */
export function chooseAttributes(
  table: Table,
  options: RiskOptions,
  /** Also find the direct identifiers left in the table (from the schema, else a scan). */
  withIdentifiers = false,
): { qi: string[]; qiSource: RiskReport['qiSource']; sensitive: string[]; identifiers: string[] } {
  const roles = new Map<string, string>();
  for (const c of options.schema?.columns ?? []) if (c.role && table.has(c.name)) roles.set(c.name, c.role);
  const hasRoles = roles.size > 0;
  let scanned: Map<string, string> | undefined;
  const scanRoles = () => {
    if (!scanned) {
      const scan = options.scan ?? scanTable(table, { seed: options.seed, schema: options.schema });
      scanned = new Map(scan.columns.map((c) => [c.name, c.role]));
    }
    return scanned;
  };
  const source = hasRoles ? roles : undefined;
  let qi: string[];
  let qiSource: RiskReport['qiSource'];
  if (options.qi?.length) {
    qi = [...new Set(options.qi)];
    qiSource = 'option';
  } else {
    const r = source ?? scanRoles();
    qi = table.names.filter((n) => r.get(n) === 'quasi-identifier');
    qiSource = source ? 'schema' : 'scan';
  }
  for (const q of qi) table.column(q);
  if (qi.length === 0)
    throw usageError(
      qiSource === 'schema'
        ? "the schema marks no column as 'quasi-identifier': give --qi col1,col2,..."
        : 'scan found no quasi-identifier in this table: give --qi col1,col2,...',
    );
  let sensitive: string[];
  if (options.sensitive) sensitive = [...new Set(options.sensitive)];
  else {
    const r = source ?? scanRoles();
    sensitive = table.names.filter(
      (n) => (r.get(n) === 'sensitive' || r.get(n) === 'special-category') && !qi.includes(n),
    );
  }
  for (const s of sensitive) {
    table.column(s);
    if (qi.includes(s))
      throw usageError(`'${s}' cannot be both a quasi-identifier and a sensitive attribute`);
  }
  let identifiers: string[] = [];
  if (withIdentifiers) {
    const r = source ?? scanRoles();
    identifiers = table.names.filter(
      (n) => r.get(n) === 'identifier' && !qi.includes(n) && !sensitive.includes(n),
    );
  }
  return { qi, qiSource, sensitive, identifiers };
}

function classSummary(
  sizes: ArrayLike<number>,
  records: Int32Array,
  rawSizes: Int32Array,
  n: number,
): ClassSummary {
  let k = Number.POSITIVE_INFINITY;
  const rec = { unique: 0, below3: 0, below5: 0, below11: 0 };
  for (let c = 0; c < sizes.length; c++) {
    const s = sizes[c];
    const r = records[c];
    if (s < k) k = s;
    if (s === 1) rec.unique += r;
    if (s < 3) rec.below3 += r;
    if (s < 5) rec.below5 += r;
    if (s < 11) rec.below11 += r;
  }
  const share = (x: number) => (n ? x / n : 0);
  return {
    count: rawSizes.length,
    k: Number.isFinite(k) ? k : 0,
    averageSize: rawSizes.length ? n / rawSizes.length : 0,
    histogram: sizeHistogram(rawSizes).map(([s, c]) => [s, c, s * c]),
    shares: {
      unique: share(rec.unique),
      below3: share(rec.below3),
      below5: share(rec.below5),
      below11: share(rec.below11),
    },
    records: rec,
  };
}

function weightColumn(table: Table, name: string): NumberColumn {
  const col: Column = table.column(name);
  if (col.kind !== 'numeric' && col.kind !== 'integer')
    throw usageError(`the weights column '${name}' must be numeric (it is ${col.kind})`);
  for (let i = 0; i < col.length; i++)
    if (col.missing[i] || !(col.values[i] >= 1))
      throw usageError(
        `sampling weights must be ≥ 1 (each record stands for at least itself); row ${i + 1} of '${name}' is not`,
      );
  return col;
}

/** The classes of a table on its QIs, their effective sizes and estimated population sizes. */
export interface RiskClasses {
  encoded: EncodedColumn[];
  classes: Classes;
  /** Class sizes (wildcard-effective with --missing wildcard). */
  effective: ArrayLike<number>;
  /** Estimated population class sizes; undefined when the file is the population. */
  populationSizes?: Float64Array;
  population: 'census' | 'sampling-fraction' | 'weights';
  /** π: given, or n / Σ weights. */
  samplingFraction: number;
}

export function riskClasses(table: Table, qi: readonly string[], options: RiskOptions): RiskClasses {
  const n = table.nRows;
  const pi = options.samplingFraction ?? 1;
  if (!(pi > 0 && pi <= 1)) throw usageError(`the sampling fraction must be in (0, 1], got ${pi}`);
  const encoded = qi.map((q) => encodeColumn(table.column(q)));
  const classes = groupRows(
    encoded.map((e) => e.codes),
    n,
  );
  const wildcard = options.missing === 'wildcard';
  const effective: ArrayLike<number> = wildcard ? wildcardClassSizes(encoded, classes) : classes.sizes;
  // Population class sizes: from weights, from the sampling fraction, or none (census).
  let populationSizes: Float64Array | undefined;
  let population: RiskClasses['population'] = 'census';
  let fraction = pi;
  if (options.weights) {
    const w = weightColumn(table, options.weights);
    const F = new Float64Array(classes.count);
    let total = 0;
    for (let i = 0; i < n; i++) {
      F[classes.classOf[i]] += w.values[i];
      total += w.values[i];
    }
    if (wildcard) for (let c = 0; c < classes.count; c++) F[c] *= effective[c] / classes.sizes[c];
    populationSizes = F;
    population = 'weights';
    fraction = n / total;
  } else if (pi < 1) {
    populationSizes = new Float64Array(classes.count);
    for (let c = 0; c < classes.count; c++) populationSizes[c] = effective[c] / pi;
    population = 'sampling-fraction';
  }
  return { encoded, classes, effective, populationSizes, population, samplingFraction: fraction };
}

/** Each record's class size and re-identification risks (prosecutor 1/f, journalist as in `risk`). */
export interface RecordRisks {
  quasiIdentifiers: string[];
  classSize: Float64Array;
  prosecutor: Float64Array;
  journalist: Float64Array;
}

export function recordRisks(table: Table, options: RiskOptions = {}): RecordRisks {
  if (table.nRows === 0) throw usageError('the table has no rows');
  const { qi } = chooseAttributes(table, { ...options, sensitive: options.sensitive ?? [] });
  const { classes, effective, populationSizes } = riskClasses(table, qi, options);
  const n = table.nRows;
  const classSize = new Float64Array(n);
  const prosecutor = new Float64Array(n);
  const journalist = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = classes.classOf[i];
    const f = effective[k];
    classSize[i] = f;
    prosecutor[i] = 1 / f;
    journalist[i] = populationSizes ? individualRisk(f, populationSizes[k]) : 1 / f;
  }
  return { quasiIdentifiers: qi, classSize, prosecutor, journalist };
}

export function assessRisk(table: Table, options: RiskOptions = {}): RiskReport {
  const n = table.nRows;
  if (n === 0) throw usageError('the table has no rows');
  const progress = options.progress ?? (() => {});
  const steps = 6;
  progress(0, steps, 'choosing quasi-identifiers');
  const { qi, qiSource, sensitive, identifiers } = chooseAttributes(table, options, true);
  const missing = options.missing ?? 'value';
  const threshold = options.threshold ?? DEFAULT_RISK_THRESHOLD;

  progress(1, steps, 'equivalence classes');
  const {
    encoded,
    classes,
    effective,
    populationSizes,
    population,
    samplingFraction: fraction,
  } = riskClasses(table, qi, options);
  const summary = classSummary(effective, classes.sizes, classes.sizes, n);
  progress(2, steps, 're-identification risk');
  const reid = reidentificationRisk({
    classSizes: effective,
    classRecords: classes.sizes,
    populationSizes,
    population,
    samplingFraction: fraction,
    threshold,
  });
  const uniqueness = populationUniqueness(sizeHistogram(classes.sizes), n, fraction);

  progress(3, steps, 'ℓ-diversity and t-closeness');
  const byClass = sensitive.length ? rowsByClass(classes) : undefined;
  const diversity = sensitive.map((s, i) => {
    progress(3 + i / sensitive.length, steps, `ℓ-diversity and t-closeness: ${s}`);
    return sensitiveDiversity(table.column(s), classes, byClass);
  });

  progress(4, steps, 'driving combinations');
  const drivers = options.drivers === false ? undefined : riskDrivers(encoded, n, options.drivers ?? {});

  progress(5, steps, 'linkage attack');
  const linkage = options.directory ? linkageAttack(table, options.directory, options.linkage) : undefined;

  const unit = options.unit ?? 'records';
  const report: RiskReport = {
    source: table.meta.source,
    rows: n,
    unit,
    quasiIdentifiers: encoded.map((e, i) => {
      const col = table.column(qi[i]);
      let m = 0;
      for (let r = 0; r < n; r++) m += col.missing[r];
      return {
        name: e.name,
        kind: col.kind,
        distinct: e.cardinality - (e.missingCode >= 0 ? 1 : 0),
        missing: m,
      };
    }),
    qiSource,
    sensitive,
    identifiers,
    missing,
    classes: summary,
    reidentification: reid,
    populationUniqueness: uniqueness,
    diversity,
    drivers,
    linkage,
    verdict: { level: 'low', headline: '', details: [] },
  };
  report.verdict = riskVerdict({
    unit,
    identifiers,
    qis: qi,
    k: summary.k,
    uniqueShare: summary.shares.unique,
    census: population === 'census',
    reid,
    population: uniqueness,
    drivers,
    diversity,
    linkage,
  });
  progress(steps, steps);
  return report;
}
