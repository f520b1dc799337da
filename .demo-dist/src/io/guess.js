import { booleanFormat, DASH, DATE_PATTERNS, DATETIME_PATTERNS, datePatternsOf, isMissingText, numberShape, parseBoolean, parseDatetime, } from './cells.js';
/** Above this many distinct values a column is not categorical (unless a schema says so). */
export const MAX_CATEGORIES = 1000;
/** Integers of more digits than this are codes (they would not survive a double). */
const MAX_INTEGER_DIGITS = 15;
/** The reading plan for a column, from a sample of its cells. */
export function guessPlan(values) {
    const present = [];
    let dashes = 0;
    for (const v of values) {
        if (isMissingText(v))
            continue;
        const t = v.trim();
        if (t === DASH)
            dashes++;
        else
            present.push(t);
    }
    if (present.length === 0)
        return { kind: 'strings' };
    if (dashes === 0 && present.every((v) => parseBoolean(v) >= 0))
        return booleanPlan(present[0], false);
    return numberPlan(present) ?? datePlan(present) ?? datetimePlan(present) ?? { kind: 'strings' };
}
function booleanPlan(first, digits) {
    const format = booleanFormat(first);
    return { kind: 'boolean', digits, format: format === 'true/false' ? undefined : format };
}
function numberPlan(values) {
    const fits = (decimal) => {
        let fractional = false;
        for (const v of values) {
            const s = numberShape(v, decimal);
            if (!s || s.leadingZero)
                return null;
            if (!s.fractional && Math.abs(s.value) >= 10 ** MAX_INTEGER_DIGITS)
                return null;
            if (s.fractional)
                fractional = true;
        }
        return { fractional };
    };
    const dot = fits('.');
    const comma = fits(',');
    if (!dot && !comma)
        return null;
    // Both fit when no value is ambiguous-free ("1,234" could be either): French first.
    const decimal = dot && comma ? (values.some((v) => v.includes(',')) ? ',' : '.') : dot ? '.' : ',';
    const shape = (decimal === '.' ? dot : comma);
    return { kind: shape.fractional ? 'numeric' : 'integer', decimal };
}
function datePlan(values) {
    let candidates = DATE_PATTERNS;
    for (const v of values) {
        const fit = datePatternsOf(v);
        candidates = candidates.filter((p) => fit.includes(p));
        if (candidates.length === 0)
            return null;
    }
    return { kind: 'date', pattern: candidates[0] };
}
function datetimePlan(values) {
    for (const pattern of DATETIME_PATTERNS) {
        if (values.every((v) => !Number.isNaN(parseDatetime(v, pattern))))
            return { kind: 'datetime', pattern };
    }
    return null;
}
/** The plan a schema entry imposes, using the sample for what it does not say (decimal, date pattern). */
export function planFromSchema(col, sample) {
    const guessed = guessPlan(sample);
    const kind = col.kind;
    switch (kind) {
        case 'integer':
        case 'numeric': {
            const decimal = col.format === 'decimal-comma'
                ? ','
                : guessed.kind === 'integer' || guessed.kind === 'numeric'
                    ? guessed.decimal
                    : '.';
            return { kind, decimal, forced: true };
        }
        case 'date':
        case 'datetime': {
            const patterns = kind === 'date' ? DATE_PATTERNS : DATETIME_PATTERNS;
            const pattern = col.format && patterns.includes(col.format)
                ? col.format
                : guessed.kind === kind
                    ? guessed.pattern
                    : patterns[0];
            return { kind, pattern, forced: true };
        }
        case 'boolean': {
            const format = booleanFormat(sample.find((v) => !isMissingText(v) && parseBoolean(v) >= 0) ?? 'true');
            return {
                kind: 'boolean',
                digits: true,
                format: format === 'true/false' ? undefined : format,
                forced: true,
            };
        }
        default:
            return { kind: 'strings', forced: kind };
    }
}
/**
 * Categorical when there are few distinct values for the rows (at most MAX_CATEGORIES, and at most half
 * of the non-missing values, a fifth from 100 values on); identifier when the values are codes (digits
 * only, e.g. postal codes with a leading zero, that are not few) or near-unique (≥ 90% distinct) short strings of at most
 * two spaces; text otherwise.
 */
export function decideStringKind(stats) {
    const { nonMissing, distinct } = stats;
    if (nonMissing === 0)
        return 'text';
    const share = nonMissing < 100 ? 0.5 : 0.2;
    let digitsOnly = true;
    let wordy = 0;
    let long = 0;
    let seen = 0;
    for (const v of stats.values) {
        seen++;
        if (digitsOnly && !/^\d+$/.test(v))
            digitsOnly = false;
        if (spaces(v) > 2)
            wordy++;
        if (v.length > 64)
            long++;
    }
    if (digitsOnly && distinct > MAX_CATEGORIES)
        return 'identifier';
    if (distinct <= MAX_CATEGORIES && distinct <= Math.max(1, share * nonMissing))
        return 'categorical';
    if (digitsOnly)
        return 'identifier';
    if (distinct >= 0.9 * nonMissing && wordy <= 0.05 * seen && long === 0)
        return 'identifier';
    return 'text';
}
function spaces(v) {
    let n = 0;
    for (let i = 0; i < v.length; i++)
        if (v.charCodeAt(i) === 32)
            n++;
    return n;
}
//# sourceMappingURL=guess.js.map