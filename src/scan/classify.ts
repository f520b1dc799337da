// From evidence to a role. The strongest reading wins; a header and a value detector that agree make
// each other stronger (1 − (1 − a)(1 − b)); ties go to the more protective role.
import type { ColumnRole } from '../table/schema.js';
import { confirms } from './evidence.js';
import { SEVERITY } from './headers.js';
import type { Evidence } from './types.js';

/** Below this, a reading is only mentioned: the column stays 'other'. */
export const ROLE_THRESHOLD = 0.5;

export interface Classification {
  role: ColumnRole;
  confidence: number;
  /** Strongest first, agreeing evidence merged into the first. */
  evidence: Evidence[];
}

function agree(a: Evidence, b: Evidence): boolean {
  if (a.role !== b.role) return false;
  if (a.source === 'header' && b.source !== 'header')
    return confirms(a.detector, b.detector) || b.source === 'structure';
  if (b.source === 'header' && a.source !== 'header')
    return confirms(b.detector, a.detector) || a.source === 'structure';
  return a.source !== b.source;
}

export function classify(evidence: Evidence[]): Classification {
  const sorted = [...evidence].sort(
    (a, b) => b.confidence - a.confidence || SEVERITY[b.role] - SEVERITY[a.role],
  );
  // Score each candidate role by its best evidence, combined with the evidence agreeing with it.
  let best: { role: ColumnRole; confidence: number; support: Evidence[] } | undefined;
  for (const lead of sorted) {
    let miss = 1 - lead.confidence;
    const support = [lead];
    for (const other of sorted) {
      if (other === lead || !agree(lead, other)) continue;
      miss *= 1 - other.confidence;
      support.push(other);
    }
    const confidence = Math.min(0.99, 1 - miss);
    if (
      !best ||
      confidence > best.confidence + 1e-9 ||
      (Math.abs(confidence - best.confidence) <= 1e-9 && SEVERITY[lead.role] > SEVERITY[best.role])
    )
      best = { role: lead.role, confidence, support };
  }
  if (!best || best.confidence < ROLE_THRESHOLD) {
    return { role: 'other', confidence: best ? Math.max(0.5, 1 - best.confidence) : 0.6, evidence: sorted };
  }
  const role = best.role;
  // The evidence that made the decision first, then the rest.
  const support = best.support;
  const ordered = [...support, ...sorted.filter((e) => !support.includes(e))];
  return { role, confidence: Math.round(best.confidence * 100) / 100, evidence: ordered };
}
