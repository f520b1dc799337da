// `fictif head [FILE] [-n 10]`: the first rows as an aligned table, with each column's kind.
import { Command } from 'commander';
import { valueAt } from '../../table/column.js';
import { emit, parsePositiveInt, withCommonOptions } from '../common.js';
import { loadInput } from '../input.js';
import { inputOptions, withReadOptions } from '../read-options.js';
const KIND_LABEL = {
    numeric: '<num>',
    integer: '<int>',
    categorical: '<cat>',
    date: '<date>',
    datetime: '<dttm>',
    boolean: '<bool>',
    text: '<text>',
    identifier: '<id>',
};
const MAX_CELL = 28;
export function headCommand() {
    const cmd = new Command('head')
        .description('Show the first rows of a table, aligned, with the kind of each column.')
        .argument('[file]', 'table file (csv, tsv, xlsx, parquet, jsonl, zip); default: the demo population')
        .option('-n, --rows <n>', 'number of rows to show', '10');
    return withReadOptions(withCommonOptions(cmd)).action(async (file, opts) => {
        const n = parsePositiveInt(opts.rows, '--rows');
        const table = await loadInput(file, inputOptions(opts));
        const shown = table.slice(0, n);
        emit(opts, { rows: table.nRows, columns: columnsJson(table), head: [...shown.rows()] }, () => formatHead(shown, table.nRows));
    });
}
function columnsJson(t) {
    return t.columns.map((c) => ({ name: c.name, kind: c.kind }));
}
/** An aligned text grid: names, kinds, then the rows; numbers right-aligned; missing as NA. */
export function formatHead(t, totalRows) {
    if (t.nCols === 0)
        return '(no columns)';
    const cols = t.columns.map((c) => {
        const cells = [];
        for (let i = 0; i < t.nRows; i++) {
            const v = valueAt(c, i);
            const s = v === null ? 'NA' : String(v).replace(/[\r\n\t]+/g, ' ');
            cells.push(s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s);
        }
        const right = c.kind === 'numeric' || c.kind === 'integer';
        const width = Math.max(c.name.length, KIND_LABEL[c.kind].length, ...cells.map((s) => s.length));
        return { c, cells, right, width: Math.min(width, Math.max(MAX_CELL, c.name.length)) };
    });
    const pad = (s, w, right) => (right ? s.padStart(w) : s.padEnd(w));
    const lines = [
        cols.map((k) => pad(k.c.name, k.width, k.right)).join('  '),
        cols.map((k) => pad(KIND_LABEL[k.c.kind], k.width, k.right)).join('  '),
    ];
    for (let i = 0; i < t.nRows; i++)
        lines.push(cols.map((k) => pad(k.cells[i], k.width, k.right)).join('  '));
    const more = totalRows - t.nRows;
    lines.push(`(${t.nRows} of ${totalRows.toLocaleString('en')} rows${more > 0 ? '' : ''}, ${t.nCols} columns)`);
    return lines.map((l) => l.trimEnd()).join('\n');
}
//# sourceMappingURL=head.js.map