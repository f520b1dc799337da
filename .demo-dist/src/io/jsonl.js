// JSON Lines: one JSON object per line. Keys become columns (in order of first appearance); a key
// absent from a line is missing there. Nested values are kept as JSON text.
import { dataError } from '../errors.js';
import { daysToIso } from '../table/column.js';
import { Table } from '../table/table.js';
import { columnFromCells } from './cells-table.js';
export function parseJsonl(text, options = {}) {
    const columns = new Map();
    let rows = 0;
    let line = 0;
    let at = 0;
    if (text.charCodeAt(0) === 0xfeff)
        at = 1;
    while (at <= text.length) {
        let end = text.indexOf('\n', at);
        if (end < 0)
            end = text.length;
        line++;
        const raw = text.slice(at, end).trim();
        at = end + 1;
        if (raw === '')
            continue;
        let obj;
        try {
            obj = JSON.parse(raw);
        }
        catch (e) {
            throw dataError(`not valid JSON (${e.message})`, { file: options.file, line });
        }
        if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
            throw dataError('each line must be a JSON object ({"column": value, ...})', {
                file: options.file,
                line,
            });
        for (const [k, v] of Object.entries(obj)) {
            let cells = columns.get(k);
            if (!cells) {
                cells = new Array(rows).fill(null);
                columns.set(k, cells);
            }
            cells.length = rows;
            cells.push(v === null || typeof v !== 'object' ? v : JSON.stringify(v));
        }
        rows++;
        for (const cells of columns.values())
            if (cells.length < rows)
                cells.length = rows;
    }
    if (rows === 0)
        throw dataError('the file is empty (no JSON object)', { file: options.file });
    const cols = [...columns].map(([name, cells]) => columnFromCells(name, Array.from(cells, (c) => c ?? null)));
    return new Table(cols, { source: options.file });
}
/** Rows of a table as JSON lines (dates as 'yyyy-mm-dd', datetimes ISO, missing as null). */
export function formatJsonl(table) {
    const names = table.names.map((n) => JSON.stringify(n));
    const values = table.columns.map(jsonValues);
    let out = '';
    for (let i = 0; i < table.nRows; i++) {
        let line = '{';
        for (let j = 0; j < names.length; j++)
            line += `${j ? ',' : ''}${names[j]}:${values[j](i)}`;
        out += `${line}}\n`;
    }
    return out;
}
function jsonValues(col) {
    const m = col.missing;
    switch (col.kind) {
        case 'integer':
        case 'numeric':
            return (i) => (m[i] ? 'null' : String(col.values[i]));
        case 'date':
            return (i) => (m[i] ? 'null' : `"${daysToIso(col.values[i])}"`);
        case 'datetime':
            return (i) => (m[i] ? 'null' : `"${new Date(col.values[i]).toISOString()}"`);
        case 'boolean':
            return (i) => (m[i] ? 'null' : col.values[i] ? 'true' : 'false');
        case 'categorical': {
            const quoted = col.categories.map((c) => JSON.stringify(c));
            return (i) => (m[i] ? 'null' : quoted[col.codes[i]]);
        }
        default:
            return (i) => (m[i] ? 'null' : JSON.stringify(col.values[i]));
    }
}
//# sourceMappingURL=jsonl.js.map