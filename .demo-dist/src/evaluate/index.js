// `evaluate`: how faithful a synthetic file is to the real one, and how well it protects the people
// in the real one. Pure computation (no Node API): the CLI and the browser app both call this.
import { createRng } from '../random.js';
import { anonymeter } from './anonymeter.js';
import { distancePrivacy } from './distance.js';
import { encodeTables } from './encode.js';
import { fidelity } from './fidelity.js';
import { sampleIndices } from './sample.js';
import { mlUtility } from './utility.js';
import { verdicts } from './verdict.js';
export { THRESHOLDS } from './verdict.js';
const DEFAULT_SAMPLE_ROWS = 100000;
function maybeSample(t, max, label, seed, notes) {
    const info = { source: t.meta.source, rows: t.nRows };
    if (t.nRows <= max)
        return { table: t, info };
    notes.push(`the ${label} file has ${t.nRows.toLocaleString('en')} rows: ${max.toLocaleString('en')} were sampled at random (seeded)`);
    info.sampled = max;
    return { table: t.take(sampleIndices(t.nRows, max, createRng(seed, `evaluate/sample/${label}`))), info };
}
/** Pick what the attackers know (quasi-identifiers) and want (sensitive columns). */
function attackerModel(names, roles, target, seed) {
    const qi = names.filter((n) => roles[n] === 'quasi-identifier');
    const sensitive = names.filter((n) => roles[n] === 'sensitive' || roles[n] === 'special-category');
    const whyAux = qi.length >= 2 ? 'the quasi-identifiers of the schema' : 'every evaluated column (no quasi-identifiers in a schema: the strongest attacker)';
    const auxiliary = qi.length >= 2 ? qi : names;
    let secrets = sensitive.slice(0, 5);
    let whySecret = 'the sensitive columns of the schema';
    if (secrets.length === 0) {
        const rng = createRng(seed, 'evaluate/secrets');
        const pool = names.filter((n) => n !== target);
        secrets = target && names.includes(target) ? [target] : [];
        while (secrets.length < Math.min(3, names.length) && pool.length)
            secrets.push(pool.splice(rng.int(pool.length), 1)[0]);
        whySecret = 'no sensitive columns in a schema: the ML target and columns drawn at random (seeded)';
    }
    return { auxiliary, secrets, why: `Attackers know ${whyAux}; they try to infer ${whySecret}.` };
}
/** Compare a synthetic table with the real one it was made from (and a holdout, if any). */
export function evaluate(real, synthetic, options = {}) {
    const seed = options.seed ?? 0;
    const progress = options.progress ?? (() => { });
    const max = options.sampleRows ?? DEFAULT_SAMPLE_ROWS;
    const notes = [];
    const r = maybeSample(real, max, 'real', seed, notes);
    const s = maybeSample(synthetic, max, 'synthetic', seed, notes);
    const h = options.holdout ? maybeSample(options.holdout, max, 'holdout', seed, notes) : undefined;
    const enc = encodeTables(r.table, s.table, h?.table);
    const roles = options.roles ?? {};
    const rng = createRng(seed, 'evaluate');
    const TOTAL = 10;
    progress(0, TOTAL, 'fidelity');
    const fid = fidelity(enc, rng.fork('fidelity'));
    progress(2, TOTAL, 'ML utility');
    const util = mlUtility(enc, rng.fork('utility'), options.target, roles);
    progress(4, TOTAL, 'distances');
    const dist = distancePrivacy(enc, rng.fork('distances'));
    notes.push(...dist.notes);
    progress(6, TOTAL, 'attacks');
    const names = enc.specs.map((x) => x.name);
    const target = 'target' in util ? util.target : options.target;
    const attacker = attackerModel(names, roles, target, seed);
    const anon = anonymeter(enc, rng.fork('anonymeter'), { auxiliary: attacker.auxiliary, secrets: attacker.secrets, attacks: options.attacks });
    notes.push(...anon.notes);
    progress(9, TOTAL, 'verdicts');
    const cannotJudge = [];
    if (!h)
        cannotJudge.push('ML utility: a model trained on the synthetic file needs real rows it never saw to be tested on', 'exact copies, DCR and NNDR: without fresh rows of the same population there is no yardstick for “too close”', 'membership inference: it needs people known not to be in the real file', 'attack risks: without a control set, what an attack learns from the population cannot be told from what it learns about the people in the file (success rates vs random guessing are still shown)');
    const result = {
        fictif: 'evaluation/1',
        seed,
        real: r.info,
        synthetic: s.info,
        holdout: h?.info,
        columns: enc.specs.map((x) => ({ name: x.name, kind: x.kind })),
        ignored: enc.ignored,
        fidelity: fid,
        utility: util,
        privacy: { distances: dist, anonymeter: anon, attacker },
        verdicts: verdicts(fid, util, undefined, dist, anon, h !== undefined),
        cannotJudge,
        notes,
    };
    progress(TOTAL, TOTAL, 'done');
    return result;
}
//# sourceMappingURL=index.js.map