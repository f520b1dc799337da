// Coherence: the share of rows that break the constraints of a rule file (a child older than the
// parent, a benefit paid without eligibility), in the real and in the synthetic file. Synthesisers
// that learn each relation approximately make impossible combinations; this counts them.
import type { Table } from '../table/table.js';

/** What a rule check reports (the shape of checkRules in src/table/rules.ts). */
export interface RuleCheck {
  rows: number;
  rules: { id: string; description: string; violations: number }[];
  violatingRows: number;
}

export interface Coherence {
  /** Where the rules come from (a file, or the demo's rules). */
  source: string;
  realRate: number;
  syntheticRate: number;
  rules: { id: string; description: string; real: number; synthetic: number }[];
}

export function coherence(real: Table, synthetic: Table, check: (t: Table) => RuleCheck, source: string): Coherence {
  const r = check(real);
  const s = check(synthetic);
  const bySyn = new Map(s.rules.map((x) => [x.id, x]));
  return {
    source,
    realRate: r.rows ? r.violatingRows / r.rows : 0,
    syntheticRate: s.rows ? s.violatingRows / s.rows : 0,
    rules: r.rules.map((x) => ({
      id: x.id,
      description: x.description,
      real: r.rows ? x.violations / r.rows : 0,
      synthetic: s.rows ? (bySyn.get(x.id)?.violations ?? 0) / s.rows : 0,
    })),
  };
}
