// A Table as delimited text, chunk by chunk. Values are written back the way they were read: dates in
// their source pattern, numbers with a decimal comma when the source had one, booleans with its words.
import { daysToParts } from '../../table/column.js';
export class CsvFormatter {
    options;
    delimiter;
    newline;
    needsQuote;
    constructor(options = {}) {
        this.options = options;
        this.delimiter = options.delimiter ?? ',';
        this.newline = options.newline ?? '\n';
        const d = this.delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        this.needsQuote = new RegExp(`[${d}"\\r\\n]|^\\s|\\s$`);
    }
    /** The header line. */
    header(names) {
        return names.map((n) => this.quote(n)).join(this.delimiter) + this.newline;
    }
    /** The rows of a chunk. */
    rows(chunk) {
        const cells = chunk.columns.map((c, j) => this.cellWriter(c, j === 0));
        const d = this.delimiter;
        const lines = new Array(chunk.nRows);
        for (let i = 0; i < chunk.nRows; i++) {
            let line = cells[0] ? cells[0](i) : '';
            for (let j = 1; j < cells.length; j++)
                line += d + cells[j](i);
            lines[i] = line;
        }
        return lines.length ? lines.join(this.newline) + this.newline : '';
    }
    quote(s, first = false) {
        if (this.needsQuote.test(s) || (first && s.startsWith('#')))
            return `"${s.replace(/"/g, '""')}"`;
        return s;
    }
    cellWriter(col, first) {
        const m = col.missing;
        switch (col.kind) {
            case 'integer':
            case 'numeric': {
                const comma = this.options.decimal ? this.options.decimal === ',' : col.format === 'decimal-comma';
                if (!comma)
                    return (i) => (m[i] ? '' : String(col.values[i]));
                const quoteIt = this.delimiter === ',';
                return (i) => {
                    if (m[i])
                        return '';
                    const s = String(col.values[i]).replace('.', ',');
                    return quoteIt && s.includes(',') ? `"${s}"` : s;
                };
            }
            case 'date': {
                const pattern = col.format ?? 'yyyy-mm-dd';
                return (i) => (m[i] ? '' : formatDate(col.values[i], pattern));
            }
            case 'datetime': {
                const pattern = col.format ?? 'iso';
                return (i) => (m[i] ? '' : formatDatetime(col.values[i], pattern));
            }
            case 'boolean': {
                const [yes, no] = (col.format ?? 'true/false').split('/');
                return (i) => (m[i] ? '' : col.values[i] ? yes : no);
            }
            case 'categorical': {
                const quoted = col.categories.map((c) => this.quote(c, first));
                return (i) => (m[i] ? '' : quoted[col.codes[i]]);
            }
            default:
                return (i) => (m[i] ? '' : this.quote(col.values[i], first));
        }
    }
}
const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
/** A day number in one of the read patterns ('dd/mm/yyyy', 'yyyy-mm-dd', ...). */
export function formatDate(days, pattern) {
    const [y, mo, d] = daysToParts(days);
    const yyyy = String(y).padStart(4, '0');
    switch (pattern) {
        case 'dd/mm/yyyy':
            return `${pad2(d)}/${pad2(mo)}/${yyyy}`;
        case 'mm/dd/yyyy':
            return `${pad2(mo)}/${pad2(d)}/${yyyy}`;
        case 'yyyy/mm/dd':
            return `${yyyy}/${pad2(mo)}/${pad2(d)}`;
        case 'dd-mm-yyyy':
            return `${pad2(d)}-${pad2(mo)}-${yyyy}`;
        case 'dd.mm.yyyy':
            return `${pad2(d)}.${pad2(mo)}.${yyyy}`;
        default:
            return `${yyyy}-${pad2(mo)}-${pad2(d)}`;
    }
}
export function formatDatetime(ms, pattern) {
    if (pattern !== 'dd/mm/yyyy hh:mm:ss')
        return new Date(ms).toISOString();
    const t = new Date(ms);
    const date = formatDate(Math.floor(ms / 86400000), 'dd/mm/yyyy');
    return `${date} ${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}:${pad2(t.getUTCSeconds())}`;
}
//# sourceMappingURL=write.js.map