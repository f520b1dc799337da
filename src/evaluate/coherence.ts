// Coherence: the share of rows that break the constraints of a rule file (a child older than the
// parent, a benefit paid without eligibility), in the real and in the synthetic file. Synthesisers
// that learn each relation approximately make impossible combinations; this counts them.
import { DEMO_RULES } from '../demo/rules.js';
import { checkRules, type Rule, ruleColumns } from '../table/rules.js';
import type { Table } from '../table/table.js';

export interface Coherence {
  /** Where the rules come from (a file, or the demo's rules). */
  source: string;
  realRate: number;
  syntheticRate: number;
  rules: { id: string; description: string; real: number; synthetic: number }[];
}

function rate(flags: Uint8Array): number {
  let k = 0;
  for (const f of flags) k += f;
  return flags.length ? k / flags.length : 0;
}

export function coherence(real: Table, synthetic: Table, rules: readonly Rule[], source: string): Coherence {
  const r = checkRules(real, rules);
  const s = checkRules(synthetic, rules);
  const bySyn = new Map(s.rules.map((x) => [x.id, x]));
  return {
    source,
    realRate: rate(r.violatingRows),
    syntheticRate: rate(s.violatingRows),
    rules: r.rules.map((x) => ({
      id: x.id,
      description: x.description,
      real: r.rows ? x.violations / r.rows : 0,
      synthetic: s.rows ? (bySyn.get(x.id)?.violations ?? 0) / s.rows : 0,
    })),
  };
}

/** The demo's rules when every column they name is in the table (a file made from the demo). */
export function defaultRules(table: Table): Rule[] | undefined {
  const names = new Set(table.names);
  const applies = DEMO_RULES.every((rule) => ruleColumns(rule.expr).every((c) => names.has(c)));
  return applies && DEMO_RULES.length ? DEMO_RULES : undefined;
}
