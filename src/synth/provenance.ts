// The provenance sidecar `<out>.provenance.json`: how a synthetic file was made, enough to state its
// guarantee and reproduce the run by whoever holds the seed, without the seed itself (whoever knows the
// seed of DP noise can remove the noise) and without any figure of the real data beyond the hash of
// its file.
import { sha256 } from '@noble/hashes/sha2.js';
import type { Seed } from '../random.js';
import type { Measurement } from './accounting.js';
import type { ConstraintReport } from './constraints.js';
import type { ColumnPlan } from './discretise.js';

export type SynthMethod = 'mst' | 'aim' | 'cart';

export const NO_GUARANTEE =
  'NO formal privacy guarantee: CART copies values of real rows from the leaves of trees fitted on the real data; ' +
  'rare combinations and outliers can be reproduced. Use --method mst or aim for a differential-privacy guarantee.';

export interface PrivacyStatement {
  epsilon: number;
  delta: number;
  /** The zCDP budget the (ε, δ) converts to (with δ minus `deltaSelection`). */
  rho: number;
  /** ρ actually spent: equal to `rho` (the accountant refuses any more). */
  rhoSpent: number;
  /** Part of δ spent on releasing category names seen only in the data (0 when all lists are public). */
  deltaSelection: number;
  neighbouring: string;
  measurements: Measurement[];
}

export interface ColumnProvenance {
  name: string;
  kind: string;
  detail: string;
}

export interface Provenance {
  fictif: 'synth-provenance/1';
  version: string;
  date: string;
  method: SynthMethod;
  guarantee: string;
  privacy: PrivacyStatement | null;
  /** SHA-256 (hex) of the noise seed as a string: lets its holder prove which seed was used. */
  noiseSeedSha256: string;
  seedGiven: boolean;
  input: { name: string; sha256?: string };
  output: { rows: number; file?: string };
  columns: { modelled: ColumnProvenance[]; regenerated: ColumnProvenance[]; dropped: ColumnProvenance[] };
  model?: {
    cliques: string[][];
    /** Cliques added because rules tie their columns together (no privacy cost: rules are public). */
    ruleCliques?: { columns: string[]; rules: string[] }[];
    /** Rules that rule out cells of the model (structural zeros). */
    structuralZeroRules?: number;
  };
  constraints?: ConstraintReport;
}

export function sha256Hex(data: Uint8Array | string): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return Array.from(sha256(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hash of a seed, the same for the number 7 and the string "7" as the CLI reads them alike. */
export function seedHash(seed: Seed): string {
  return sha256Hex(`fictif-seed:${String(seed)}`);
}

export function guaranteeText(method: SynthMethod, p: PrivacyStatement | null): string {
  if (!p) return NO_GUARANTEE;
  return (
    `(${fmt(p.epsilon)}, ${fmt(p.delta)})-differential privacy (${method.toUpperCase()}; its noisy measurements ` +
    `satisfy ρ = ${fmt(p.rho)} zCDP, and part of δ may pay for releasing category names): for any one row added ` +
    `to or removed from the input, the probability of any set of outputs grows by a factor of at most ` +
    `e^${fmt(p.epsilon)} ≈ ${fmt(Math.exp(p.epsilon))}, plus at most ${fmt(p.delta)}. Outside the guarantee: ` +
    `column names, kinds, formats and numbers of decimals, the formats of regenerated identifiers, what a given ` +
    `schema declares public, and the input's SHA-256 when recorded.`
  );
}

export function fmt(x: number): string {
  if (x === 0) return '0';
  if (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6) return x.toExponential(3).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(4)));
}

export function columnsProvenance(columns: readonly ColumnPlan[]): Provenance['columns'] {
  const pick = (t: ColumnPlan['treatment']) =>
    columns.filter((c) => c.treatment === t).map((c) => ({ name: c.name, kind: c.kind, detail: c.detail }));
  return { modelled: pick('modelled'), regenerated: pick('regenerated'), dropped: pick('dropped') };
}

/** The provenance once the rows are written. */
export function completeProvenance(
  p: Provenance,
  done: { rows: number; file?: string; constraints?: ConstraintReport },
): Provenance {
  return {
    ...p,
    output: { rows: done.rows, file: done.file },
    constraints: done.constraints ?? p.constraints,
  };
}
