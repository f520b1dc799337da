// The terminal rendering of a risk report.
import type { RiskReport } from './types.js';
import { pct } from './verdict.js';

const num = (x: number) => x.toLocaleString('en-US');
const r3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

/** Class sizes grouped into the bands people read: 1, 2, 3–4, 5–10, 11–20, 21–50, 51–100, > 100. */
export function sizeBands(
  hist: RiskReport['classes']['histogram'],
): { band: string; classes: number; records: number }[] {
  const bands: [string, number, number][] = [
    ['1', 1, 1],
    ['2', 2, 2],
    ['3–4', 3, 4],
    ['5–10', 5, 10],
    ['11–20', 11, 20],
    ['21–50', 21, 50],
    ['51–100', 51, 100],
    ['> 100', 101, Number.POSITIVE_INFINITY],
  ];
  return bands
    .map(([band, lo, hi]) => {
      let classes = 0;
      let records = 0;
      for (const [s, c, r] of hist)
        if (s >= lo && s <= hi) {
          classes += c;
          records += r;
        }
      return { band, classes, records };
    })
    .filter((b) => b.classes > 0);
}

export function formatRisk(r: RiskReport): string {
  const L: string[] = [];
  const c = r.classes;
  const re = r.reidentification;
  L.push(`VERDICT: ${r.verdict.headline}`);
  for (const d of r.verdict.details) L.push(`  - ${d}`);
  L.push('');
  L.push(
    `Quasi-identifiers (${r.qiSource === 'option' ? 'given' : `from the ${r.qiSource}`}): ` +
      r.quasiIdentifiers
        .map((q) => `${q.name} (${num(q.distinct)} values${q.missing ? `, ${num(q.missing)} missing` : ''})`)
        .join(', '),
  );
  L.push(
    `Missing QI values: ${r.missing === 'value' ? 'a value of their own (as ARX)' : 'wildcards matching any value'}`,
  );
  L.push('');
  L.push(
    `Equivalence classes: ${num(c.count)} for ${num(r.rows)} ${r.unit} (average size ${c.averageSize.toFixed(2)})`,
  );
  L.push(`  k-anonymity: k = ${c.k}`);
  L.push(
    `  ${r.unit} in classes of size 1: ${pct(c.shares.unique)} (${num(c.records.unique)}), < 3: ${pct(c.shares.below3)}, < 5: ${pct(c.shares.below5)}, < 11: ${pct(c.shares.below11)}`,
  );
  L.push(`  class size    classes  ${r.unit.padStart(10)}`);
  for (const b of sizeBands(c.histogram))
    L.push(
      `  ${b.band.padEnd(10)} ${num(b.classes).padStart(10)}  ${num(b.records).padStart(10)}  ${pct(b.records / r.rows)}`,
    );
  L.push('');
  const pop =
    re.population === 'census'
      ? 'the file is the whole population'
      : re.population === 'weights'
        ? `population from sampling weights (fraction ≈ ${re.samplingFraction.toFixed(4)})`
        : `sampling fraction ${re.samplingFraction}`;
  L.push(`Re-identification risk (${pop}; records at risk: risk > ${re.threshold}):`);
  L.push('  model        highest   average   records at risk');
  L.push(
    `  prosecutor   ${r3(re.prosecutor.highest).padEnd(9)} ${r3(re.prosecutor.average).padEnd(9)} ${pct(re.prosecutor.recordsAtRisk)}`,
  );
  L.push(
    `  journalist   ${r3(re.journalist.highest).padEnd(9)} ${r3(re.journalist.average).padEnd(9)} ${pct(re.journalist.recordsAtRisk)}`,
  );
  L.push(`  marketer     ${''.padEnd(9)} ${r3(re.marketer.average).padEnd(9)}`);
  L.push(`  expected re-identifications: ${num(Math.round(re.expectedReidentifications))} ${r.unit}`);
  const u = r.populationUniqueness;
  L.push(
    u.model === 'census'
      ? `Population uniques: ${num(u.sampleUniques)} (${pct(u.share)}): the file is the population.`
      : `Population uniques (${u.model}${u.pitman ? `, θ = ${u.pitman.theta.toFixed(3)}, α = ${u.pitman.alpha.toFixed(3)}` : ''}): ` +
          `≈ ${num(Math.round(u.populationUniques))} of ${num(Math.round(u.populationSize))} (${Number.isFinite(u.share) ? pct(u.share) : 'n/a'}); sample uniques ${num(u.sampleUniques)}`,
  );
  if (r.diversity.length) {
    L.push('');
    // The most exposed first; the full list is in --json and --html.
    const shown = [...r.diversity]
      .sort((a, b) => b.homogeneousShare - a.homogeneousShare || b.t - a.t)
      .slice(0, 15);
    const w = Math.min(32, Math.max(20, ...shown.map((d) => d.attribute.length)));
    L.push(`  ${'sensitive attribute'.padEnd(w)}  distinct-ℓ  entropy-ℓ  homogeneous  t (EMD)  mean EMD`);
    for (const d of shown)
      L.push(
        `  ${d.attribute.slice(0, w).padEnd(w)}  ${String(d.distinctL).padEnd(10)}  ${d.entropyL.toFixed(2).padEnd(9)}  ${pct(d.homogeneousShare).padEnd(11)}  ${d.t.toFixed(3).padEnd(7)}  ${d.averageEmd.toFixed(3)}  (${d.distance})`,
      );
    if (r.diversity.length > shown.length)
      L.push(
        `  … and ${r.diversity.length - shown.length} more sensitive attributes (all of them in --json and --html)`,
      );
    L.push('  homogeneous: share of records in classes of ≥ 2 whose members all share one value.');
  }
  if (r.drivers) {
    const dr = r.drivers;
    L.push('');
    L.push(`What drives the risk (unique on all QIs: ${pct(dr.all.uniqueShare)}):`);
    if (dr.minimal.length)
      for (const m of dr.minimal.slice(0, 5))
        L.push(`  ${pct(m.uniqueShare).padStart(7)} unique on ${m.columns.join(' + ')}`);
    else L.push('  no smaller combination comes close to all QIs together');
    const single = [...dr.single].sort((a, b) => b.uniqueShare - a.uniqueShare);
    L.push(`  alone: ${single.map((s) => `${s.columns[0]} ${pct(s.uniqueShare)}`).join(', ')}`);
    if (dr.leaveOneOut.some((x) => x.drop > 0))
      L.push(
        `  leaving one out lowers uniqueness by: ${dr.leaveOneOut.map((x) => `${x.column} −${pct(x.drop)}`).join(', ')}`,
      );
    if (dr.truncated) L.push(`  (search bounded: ${dr.evaluated} combinations evaluated)`);
  }
  if (r.linkage) {
    const l = r.linkage;
    L.push('');
    L.push(
      `Linkage attack on a directory of ${num(l.directoryRecords)} entries, on ${l.pairs.map((p) => (p.transform === 'year' ? `year(${p.file})=${p.directory}` : p.file === p.directory ? p.file : `${p.file}=${p.directory}`)).join(', ')}:`,
    );
    L.push(`  linkable ${r.unit} (no missing link value): ${num(l.linkable)}`);
    L.push(
      `  exactly one match: ${num(l.matchedOne)} (${pct(l.matchedOneShare)}); several: ${num(l.matchedSeveral)}; none: ${num(l.matchedNone)}`,
    );
    if (l.correct !== undefined)
      L.push(
        `  correct (checked on ${l.truth!.file}, never used to match): ${num(l.correct)} (${pct(l.correctShare!)}); with random picks among several: ${num(Math.round(l.expectedCorrect!))}`,
      );
  }
  return L.map((l) => l.trimEnd()).join('\n');
}
