// One value in another kind, for schema overrides: the text forms fictif reads (decimal comma,
// dd/mm/yyyy dates, oui/non) are accepted. Returns null when the value cannot be converted.
import { dateToDays, isoToDays } from './column.js';
const TRUE = new Set(['true', 'vrai', 'oui', 'yes', '1']);
const FALSE = new Set(['false', 'faux', 'non', 'no', '0']);
export function convertValue(v, kind, format) {
    if (v === null)
        return null;
    switch (kind) {
        case 'boolean': {
            if (typeof v === 'boolean')
                return v;
            const t = String(v).trim().toLowerCase();
            return TRUE.has(t) ? true : FALSE.has(t) ? false : null;
        }
        case 'numeric':
        case 'integer': {
            if (typeof v === 'boolean')
                return v ? 1 : 0;
            const x = typeof v === 'number' ? v : toNumber(v, format);
            if (x === null || (kind === 'integer' && !Number.isInteger(x)))
                return null;
            return x;
        }
        case 'date': {
            if (typeof v === 'number')
                return null;
            const s = String(v).trim();
            const iso = isoToDays(s.slice(0, 10));
            if (!Number.isNaN(iso) && (s.length === 10 || /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(s)))
                return iso;
            const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
            if (!m)
                return null;
            const d = format === 'mm/dd/yyyy' ? dateToDays(+m[3], +m[1], +m[2]) : dateToDays(+m[3], +m[2], +m[1]);
            return Number.isNaN(d) ? null : d;
        }
        case 'datetime': {
            if (typeof v === 'number')
                return null;
            const ms = Date.parse(String(v).trim().replace(' ', 'T') +
                (/[zZ]|[+-]\d\d:?\d\d$/.test(String(v)) || String(v).trim().length <= 10 ? '' : 'Z'));
            return Number.isNaN(ms) ? null : ms;
        }
    }
}
function toNumber(s, format) {
    let t = s.trim().replace(/[\s\u00a0\u202f]/g, '');
    if (format === 'decimal-comma' || (/,/.test(t) && !/\./.test(t)))
        t = t.replace(/\./g, '').replace(',', '.');
    else
        t = t.replace(/,/g, '');
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t))
        return null;
    return Number(t);
}
//# sourceMappingURL=convert.js.map