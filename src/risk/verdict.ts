// The verdict in plain words, and the thresholds behind it.
//
// - 0.09: the maximum re-identification probability the European Medicines Agency (Policy 0070,
//   external guidance on the anonymisation of clinical reports, 2016–2018) and Health Canada (Public
//   Release of Clinical Information, 2019) accept for public release; it is the risk of a class of 11
//   (1/11 ≈ 0.09), hence the k ≥ 11 convention (also the small-cell rule of CMS and many
//   statistical offices).
// - 0.05: the stricter average risk El Emam recommends for public data releases (El Emam 2013, Guide to
//   the De-Identification of Personal Health Information; El Emam & Arbuckle 2013).
// - k ≥ 5 (risk 0.2): the usual floor for data shared under contract with safeguards (El Emam; ONS and
//   many agencies' "rule of 5").
// - Records alone in their class (sample or population uniques) are re-identifiable by anyone holding the
//   same attributes: above 1 % of records the file is not anonymous whatever else holds.
import type { RiskDrivers } from './drivers.js';
import type { SensitiveDiversity } from './diversity.js';
import type { LinkageResult } from './linkage.js';
import type { PopulationUniqueness } from './population.js';
import type { ReidentificationRisk } from './reident.js';

export const RISK_THRESHOLDS = {
  /** EMA Policy 0070 / Health Canada PRCI maximum risk for public release. */
  publicMaxRisk: 0.09,
  /** El Emam's average risk for public release. */
  publicAverageRisk: 0.05,
  /** Risk of k = 5: floor for controlled sharing. */
  controlledMaxRisk: 0.2,
  /** Share of uniquely re-identifiable records above which the file is not anonymous. */
  uniqueShare: 0.01,
} as const;

export type RiskVerdictLevel = 'not-anonymous' | 'high' | 'moderate' | 'low';

export interface RiskVerdict {
  level: RiskVerdictLevel;
  /** One sentence. */
  headline: string;
  /** Further sentences: attribute disclosure, linkage, caveats. */
  details: string[];
}

export interface RiskVerdictInput {
  unit: string;
  /** Direct identifiers left in the file. */
  identifiers?: readonly string[];
  qis: string[];
  k: number;
  uniqueShare: number;
  census: boolean;
  reid: ReidentificationRisk;
  population: PopulationUniqueness;
  drivers?: RiskDrivers;
  diversity: SensitiveDiversity[];
  linkage?: LinkageResult;
}

export const pct = (x: number) =>
  `${(100 * x).toFixed(x > 0 && x < 0.001 ? 2 : x >= 0.9995 || x === 0 ? 0 : 1).replace(/\.0$/, '')} %`;
const r2 = (x: number) => x.toFixed(x < 0.01 ? 3 : 2);
const plus = (cols: readonly string[]) => cols.join(' + ');

export function riskVerdict(v: RiskVerdictInput): RiskVerdict {
  const { unit, reid } = v;
  const details: string[] = [];
  const all = v.qis.length <= 4 ? plus(v.qis) : `all ${v.qis.length} quasi-identifiers`;
  // The share re-identifiable by uniqueness: in the file itself (census) or estimated for the population.
  const uniqueRisk = v.census
    ? v.uniqueShare
    : Number.isFinite(v.population.share)
      ? v.population.share
      : v.uniqueShare;
  const linked = v.linkage ? (v.linkage.correctShare ?? v.linkage.matchedOneShare) : 0;
  let level: RiskVerdictLevel;
  let headline: string;
  if (uniqueRisk >= RISK_THRESHOLDS.uniqueShare || linked >= RISK_THRESHOLDS.uniqueShare) {
    level = 'not-anonymous';
    const driver = v.drivers?.minimal[0];
    if (v.census && driver && driver.columns.length < v.qis.length) {
      headline = `${pct(driver.uniqueShare)} of ${unit} are unique on ${plus(driver.columns)} alone (${pct(v.uniqueShare)} on ${all}); this file is not anonymous.`;
    } else if (v.census) {
      headline = `${pct(v.uniqueShare)} of ${unit} are unique on ${all}; this file is not anonymous.`;
    } else {
      headline = `${pct(v.uniqueShare)} of ${unit} are unique in the file on ${all}, and an estimated ${pct(uniqueRisk)} are unique in the whole population (${v.population.model}); this file is not anonymous.`;
    }
    if (v.linkage && linked >= RISK_THRESHOLDS.uniqueShare && uniqueRisk < RISK_THRESHOLDS.uniqueShare)
      headline = `Linking with the directory re-identifies ${pct(linked)} of ${unit}; this file is not anonymous.`;
  } else if (reid.journalist.highest > RISK_THRESHOLDS.publicMaxRisk) {
    level = 'high';
    headline =
      `${v.uniqueShare === 0 ? `No ${unit.replace(/s$/, '')} is unique` : `Only ${pct(v.uniqueShare)} of ${unit} are unique`}, but k = ${v.k}: ${pct(reid.journalist.recordsAtRisk)} of ${unit} have a re-identification risk above ` +
      `${RISK_THRESHOLDS.publicMaxRisk} (up to ${r2(reid.journalist.highest)}), the limit of EMA Policy 0070 and Health Canada for public release; ` +
      (reid.journalist.highest > RISK_THRESHOLDS.controlledMaxRisk
        ? 'not fit for release, even under contract, without further generalisation.'
        : 'share only under contract with safeguards.');
  } else if (reid.journalist.average > RISK_THRESHOLDS.publicAverageRisk) {
    level = 'moderate';
    headline = `Every ${unit.replace(/s$/, '')} is in a class of at least ${v.k}, but the average risk ${r2(reid.journalist.average)} exceeds the ${RISK_THRESHOLDS.publicAverageRisk} recommended for public release.`;
  } else {
    level = 'low';
    headline = `k = ${v.k} and average risk ${r2(reid.journalist.average)}: within the ${RISK_THRESHOLDS.publicMaxRisk} / ${RISK_THRESHOLDS.publicAverageRisk} public-release thresholds on ${all}.`;
    details.push(
      'This holds only for these quasi-identifiers: an attacker who knows other attributes may still single people out.',
    );
  }
  const ids = v.identifiers ?? [];
  if (ids.length) {
    const shown =
      ids.length > 4 ? `${ids.slice(0, 4).join(', ')} and ${ids.length - 4} more` : ids.join(', ');
    if (level === 'not-anonymous')
      details.unshift(`The file also still holds direct identifiers (${shown}).`);
    else {
      details.unshift(`Besides, on the quasi-identifiers alone: ${headline}`);
      headline = `The file still holds direct identifiers (${shown}): it is not anonymous, whatever the quasi-identifiers say.`;
      level = 'not-anonymous';
    }
  }
  if (v.linkage) {
    const l = v.linkage;
    const on = l.pairs.map((p) => (p.transform === 'year' ? `year(${p.file})` : p.file)).join(' + ');
    details.push(
      `Linkage attack on ${on}: ${pct(l.matchedOneShare)} of ${unit} match exactly one directory entry` +
        (l.correct !== undefined
          ? `, ${pct(l.correctShare!)} correctly (checked on ${l.truth!.file}).`
          : '.'),
    );
  }
  const homogeneous = v.diversity
    .filter((d) => d.homogeneousShare > 0)
    .sort((a, b) => b.homogeneousShare - a.homogeneousShare);
  if (homogeneous.length) {
    const shown = homogeneous
      .slice(0, 3)
      .map((d) => `${d.attribute} for ${pct(d.homogeneousShare)}`)
      .join(', ');
    details.push(
      `Attribute disclosure (ℓ-diversity): among ${unit} in classes of two or more, all members share one value of ` +
        `${shown}${homogeneous.length > 3 ? ` (and ${homogeneous.length - 3} more attributes)` : ''}: ` +
        'knowing the class is enough to learn it.',
    );
  }
  const far = v.diversity.filter((d) => d.t > 0.2).sort((a, b) => b.t - a.t);
  if (far.length)
    details.push(
      `t-closeness: ${far.length} of ${v.diversity.length} sensitive attributes have classes farther than 0.2 from the whole file ` +
        `(worst ${far[0].attribute}, t = ${far[0].t.toFixed(2)}).`,
    );
  return { level, headline, details };
}
