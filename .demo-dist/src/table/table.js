// A Table is an ordered list of equally long typed columns, plus metadata about where it came from.
import { usageError } from '../errors.js';
import { sliceColumn, takeColumn, valueAt } from './column.js';
export class Table {
    columns;
    meta;
    byName;
    constructor(columns, meta = {}) {
        const n = columns.length ? columns[0].length : 0;
        this.byName = new Map();
        columns.forEach((c, i) => {
            if (c.length !== n)
                throw new RangeError(`column '${c.name}' has ${c.length} rows, expected ${n}`);
            if (this.byName.has(c.name))
                throw usageError(`duplicate column name '${c.name}'`);
            this.byName.set(c.name, i);
        });
        this.columns = columns;
        this.meta = meta;
    }
    get nRows() {
        return this.columns.length ? this.columns[0].length : 0;
    }
    get nCols() {
        return this.columns.length;
    }
    get names() {
        return this.columns.map((c) => c.name);
    }
    has(name) {
        return this.byName.has(name);
    }
    /** The column with that name; a usage error naming the known columns if there is none. */
    column(name) {
        const i = this.byName.get(name);
        if (i === undefined)
            throw unknownColumn(name, this);
        return this.columns[i];
    }
    /** Only these columns, in this order (no copy of the data). */
    select(names) {
        return new Table(names.map((n) => this.column(n)), this.meta);
    }
    /** All columns but these. */
    drop(names) {
        for (const n of names)
            this.column(n);
        const out = new Set(names);
        return new Table(this.columns.filter((c) => !out.has(c.name)), this.meta);
    }
    /** Rows [start, end) as views on the same data. */
    slice(start, end = this.nRows) {
        const s = Math.max(0, Math.min(start, this.nRows));
        const e = Math.max(s, Math.min(end, this.nRows));
        return new Table(this.columns.map((c) => sliceColumn(c, s, e)), this.meta);
    }
    /** The rows at these indices, in order (a copy). */
    take(rows) {
        return new Table(this.columns.map((c) => takeColumn(c, rows)), this.meta);
    }
    /** Replace or append a column. */
    withColumn(col) {
        const i = this.byName.get(col.name);
        const cols = [...this.columns];
        if (i === undefined)
            cols.push(col);
        else
            cols[i] = col;
        return new Table(cols, this.meta);
    }
    withMeta(meta) {
        return new Table(this.columns, { ...this.meta, ...meta });
    }
    /** Row i as a plain object. For display and tests, not for hot loops. */
    row(i) {
        const r = {};
        for (const c of this.columns)
            r[c.name] = valueAt(c, i);
        return r;
    }
    *rows() {
        for (let i = 0; i < this.nRows; i++)
            yield this.row(i);
    }
}
export function unknownColumn(name, table) {
    const names = table.names;
    const shown = names.slice(0, 12).join(', ') + (names.length > 12 ? `, … (${names.length} in all)` : '');
    return usageError(`unknown column '${name}'; the table has: ${shown}`, { file: table.meta.source });
}
//# sourceMappingURL=table.js.map