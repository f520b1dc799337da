// Missing values as wildcards (El Emam's "suppressed values match anything", ARX's
// RiskModelSampleWildcard): a record with a missing QI could be any record that agrees with it on the
// QIs both have. Its effective class size is the number of such compatible records.
//
// Classes (missing as a value) are grouped by missing pattern P (bit q set = QI q missing). Two classes
// with patterns Pg and Ph are compatible when they agree on the QIs outside U = Pg | Ph, so for each
// union U we group all classes on the QIs outside U, sum the sizes of pattern-Ph classes per group, and
// add that sum to every pattern-Pg class of the group.
import { usageError } from '../errors.js';
import { type Classes, groupRows } from './classes.js';
import type { EncodedColumn } from './encode.js';

/** Above this many distinct missing patterns the exact computation is refused (it is quadratic in them). */
export const MAX_MISSING_PATTERNS = 64;

/** Effective size of each class when missing values match anything (length classes.count). */
export function wildcardClassSizes(qis: readonly EncodedColumn[], classes: Classes): Float64Array {
  const q = qis.length;
  if (q > 30) throw usageError('--missing wildcard supports at most 30 quasi-identifiers');
  const pattern = new Int32Array(classes.count);
  for (let k = 0; k < classes.count; k++) {
    const r = classes.representative[k];
    let p = 0;
    for (let c = 0; c < q; c++) if (qis[c].missing[r]) p |= 1 << c;
    pattern[k] = p;
  }
  const patterns = [...new Set(pattern)];
  const effective = new Float64Array(classes.count);
  if (patterns.length === 1) {
    for (let k = 0; k < classes.count; k++) effective[k] = classes.sizes[k];
    return effective;
  }
  if (patterns.length > MAX_MISSING_PATTERNS)
    throw new RangeError(
      `${patterns.length} different patterns of missing values: too many for wildcard matching`,
    );
  const unions = new Map<number, [number, number][]>();
  for (const pg of patterns)
    for (const ph of patterns) {
      const u = pg | ph;
      if (!unions.has(u)) unions.set(u, []);
      unions.get(u)!.push([pg, ph]);
    }
  const reps = classes.representative;
  for (const [u, pairs] of unions) {
    const keep: Int32Array[] = [];
    for (let c = 0; c < q; c++) if (!(u & (1 << c))) keep.push(qis[c].codes);
    const projected = groupRows(keep, 0, reps);
    const byPh = new Map<number, Float64Array>();
    for (const [, ph] of pairs) {
      if (byPh.has(ph)) continue;
      const acc = new Float64Array(projected.count);
      for (let k = 0; k < classes.count; k++)
        if (pattern[k] === ph) acc[projected.classOf[k]] += classes.sizes[k];
      byPh.set(ph, acc);
    }
    for (const [pg, ph] of pairs) {
      const acc = byPh.get(ph)!;
      for (let k = 0; k < classes.count; k++)
        if (pattern[k] === pg) effective[k] += acc[projected.classOf[k]];
    }
  }
  return effective;
}
