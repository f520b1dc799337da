import { confirms } from './evidence.js';
import { SEVERITY } from './headers.js';
/** Below this, a reading is only mentioned: the column stays 'other'. */
export const ROLE_THRESHOLD = 0.5;
function agree(a, b) {
    if (a.role !== b.role)
        return false;
    if (a.source === 'header' && b.source !== 'header')
        return confirms(a.detector, b.detector) || b.source === 'structure';
    if (b.source === 'header' && a.source !== 'header')
        return confirms(b.detector, a.detector) || a.source === 'structure';
    return a.source !== b.source;
}
export function classify(evidence) {
    const sorted = [...evidence].sort((a, b) => b.confidence - a.confidence || SEVERITY[b.role] - SEVERITY[a.role]);
    // Score each candidate role by its best evidence, combined with the evidence agreeing with it.
    let best;
    for (const lead of sorted) {
        let miss = 1 - lead.confidence;
        const support = [lead];
        for (const other of sorted) {
            if (other === lead || !agree(lead, other))
                continue;
            miss *= 1 - other.confidence;
            support.push(other);
        }
        const confidence = Math.min(0.99, 1 - miss);
        if (!best ||
            confidence > best.confidence + 1e-9 ||
            (Math.abs(confidence - best.confidence) <= 1e-9 && SEVERITY[lead.role] > SEVERITY[best.role]))
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
//# sourceMappingURL=classify.js.map