// The schema of a table (inferSchema), a schema imposed on a table (applySchema), and a schema file
// checked field by field (parseSchema). Pure: runs in the browser too.
import { dataError, usageError } from '../errors.js';
import { booleanColumn, COLUMN_KINDS, categoricalColumn, daysToIso, isNumberKind, numberColumn, stringColumn, valueAt, } from './column.js';
import { COLUMN_ROLES } from './schema.js';
import { Table } from './table.js';
import { convertValue } from './convert.js';
/** The schema as read from the data: kinds, missing rates, categories with counts, ranges. */
export function inferSchema(table) {
    return {
        fictif: 'schema/1',
        ...(table.meta.source ? { source: table.meta.source } : {}),
        rows: table.nRows,
        columns: table.columns.map(columnSchema),
    };
}
function columnSchema(col) {
    let missing = 0;
    for (let i = 0; i < col.length; i++)
        missing += col.missing[i];
    const out = {
        name: col.name,
        kind: col.kind,
        nullable: missing > 0,
        missingRate: col.length ? round(missing / col.length, 6) : 0,
    };
    if (col.kind === 'categorical') {
        const counts = new Array(col.categories.length).fill(0);
        for (let i = 0; i < col.length; i++)
            if (col.codes[i] >= 0)
                counts[col.codes[i]]++;
        out.categories = Object.fromEntries(col.categories.map((c, k) => [c, counts[k]]));
    }
    else if (isNumberKind(col.kind)) {
        let lo = Infinity;
        let hi = -Infinity;
        const values = col.values;
        for (let i = 0; i < col.length; i++) {
            if (col.missing[i])
                continue;
            if (values[i] < lo)
                lo = values[i];
            if (values[i] > hi)
                hi = values[i];
        }
        if (lo <= hi) {
            if (col.kind === 'date')
                [out.min, out.max] = [daysToIso(lo), daysToIso(hi)];
            else if (col.kind === 'datetime')
                [out.min, out.max] = [new Date(lo).toISOString(), new Date(hi).toISOString()];
            else
                [out.min, out.max] = [lo, hi];
        }
    }
    if (col.format)
        out.format = col.format;
    return out;
}
function round(x, digits) {
    const f = 10 ** digits;
    return Math.round(x * f) / f;
}
/**
 * The table with each column named in the schema converted to the schema's kind (a postal code read
 * as a number becomes an identifier, a 0/1 column categorical, ...). Columns the schema does not name
 * are kept as they are; roles (even 'ignore') do not drop columns: they are for the other commands.
 * A column the schema names but the table lacks is a usage error.
 */
export function applySchema(table, schema) {
    const absent = schema.columns.filter((c) => !table.has(c.name)).map((c) => c.name);
    if (absent.length)
        throw usageError(`the schema names column${absent.length > 1 ? 's' : ''} ${absent.map((n) => `'${n}'`).join(', ')} that the table does not have (it has: ${table.names.slice(0, 12).join(', ')}${table.nCols > 12 ? ', …' : ''})`, { file: table.meta.source });
    const bySchema = new Map(schema.columns.map((c) => [c.name, c]));
    const columns = table.columns.map((col) => {
        const s = bySchema.get(col.name);
        return s ? convertColumn(col, s, table.meta.source) : col;
    });
    return new Table(columns, table.meta);
}
/** One column in the kind a schema entry asks for. */
export function convertColumn(col, target, file) {
    const kind = target.kind;
    let out;
    if (col.kind === kind)
        out = col;
    else {
        const n = col.length;
        const fail = (i, why) => dataError(`row ${i + 1}: cannot make ${JSON.stringify(valueAt(col, i))} ${why} (the schema says ${kind})`, {
            file,
            column: col.name,
        });
        switch (kind) {
            case 'text':
            case 'identifier': {
                const values = new Array(n);
                for (let i = 0; i < n; i++)
                    values[i] = col.missing[i] ? '' : String(valueAt(col, i));
                out = stringColumn(col.name, kind, values, col.missing.slice());
                break;
            }
            case 'categorical': {
                const strings = new Array(n);
                for (let i = 0; i < n; i++)
                    strings[i] = col.missing[i] ? null : String(valueAt(col, i));
                out = categoricalOf(col.name, strings, isNumberKind(col.kind));
                break;
            }
            case 'boolean': {
                const values = new Uint8Array(n);
                const missing = col.missing.slice();
                for (let i = 0; i < n; i++) {
                    if (missing[i])
                        continue;
                    const b = convertValue(valueAt(col, i), 'boolean');
                    if (b === null)
                        throw fail(i, 'a boolean');
                    values[i] = b ? 1 : 0;
                }
                out = booleanColumn(col.name, values, missing);
                break;
            }
            default: {
                const values = new Float64Array(n);
                const missing = col.missing.slice();
                for (let i = 0; i < n; i++) {
                    if (missing[i]) {
                        values[i] = Number.NaN;
                        continue;
                    }
                    const v = convertValue(valueAt(col, i), kind, col.format ?? target.format);
                    if (v === null)
                        throw fail(i, `a ${kind}`);
                    values[i] = v;
                }
                out = numberColumn(col.name, kind, values, missing, target.format ?? keptFormat(col, kind));
            }
        }
    }
    // Categories the schema lists but the data lacks are kept: the schema states the domain.
    if (out.kind === 'categorical' && target.categories)
        out = withCategories(out, Object.keys(target.categories));
    if (target.format && out.format !== target.format && out.kind !== 'categorical')
        out = { ...out, format: target.format };
    return out;
}
function keptFormat(col, kind) {
    if ((kind === 'numeric' || kind === 'integer') && col.format === 'decimal-comma')
        return col.format;
    return undefined;
}
function categoricalOf(name, values, numericOrder) {
    const distinct = [...new Set(values.filter((v) => v !== null))];
    if (numericOrder)
        distinct.sort((a, b) => Number(a) - Number(b));
    const index = new Map(distinct.map((v, k) => [v, k]));
    const codes = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++)
        codes[i] = values[i] === null ? -1 : index.get(values[i]);
    return categoricalColumn(name, distinct, codes);
}
function withCategories(col, declared) {
    const order = [...declared, ...col.categories.filter((c) => !declared.includes(c))];
    if (order.length === col.categories.length && order.every((c, k) => c === col.categories[k]))
        return col;
    const index = new Map(order.map((c, k) => [c, k]));
    const remap = col.categories.map((c) => index.get(c));
    const codes = new Int32Array(col.length);
    for (let i = 0; i < col.length; i++)
        codes[i] = col.codes[i] < 0 ? -1 : remap[col.codes[i]];
    return categoricalColumn(col.name, order, codes, col.missing.slice());
}
// ---- schema files ---------------------------------------------------------------------------------
const COLUMN_FIELDS = new Set([
    'name',
    'kind',
    'nullable',
    'missingRate',
    'role',
    'categories',
    'min',
    'max',
    'format',
    'note',
]);
const TOP_FIELDS = new Set(['fictif', 'source', 'rows', 'columns', '$schema', 'note']);
/**
 * A schema file checked field by field; every problem is one line naming the column and the field.
 * Only `name` and `kind` are required; `nullable` defaults to true.
 */
export function parseSchema(text, file) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw usageError(`not valid JSON (${e.message})`, { file });
    }
    const bad = (msg, column) => usageError(`schema: ${msg}`, { file, column });
    if (!isObject(raw))
        throw bad('the file must hold a JSON object with a "columns" array');
    for (const k of Object.keys(raw))
        if (!TOP_FIELDS.has(k))
            throw bad(`unknown field '${k}' at the top level`);
    if (raw.fictif !== undefined && raw.fictif !== 'schema/1')
        throw bad(`field 'fictif' must be "schema/1", got ${JSON.stringify(raw.fictif)}`);
    if (raw.source !== undefined && typeof raw.source !== 'string')
        throw bad("field 'source' must be a string");
    if (raw.rows !== undefined && !(Number.isInteger(raw.rows) && raw.rows >= 0))
        throw bad("field 'rows' must be a whole number ≥ 0");
    if (!Array.isArray(raw.columns))
        throw bad("field 'columns' must be an array of column objects");
    const seen = new Set();
    const columns = raw.columns.map((c, i) => {
        if (!isObject(c))
            throw bad(`columns[${i}] must be an object`);
        if (typeof c.name !== 'string' || c.name === '')
            throw bad(`columns[${i}]: field 'name' must be a non-empty string`);
        const name = c.name;
        const field = (f, msg) => bad(`field '${f}' ${msg}`, name);
        if (seen.has(name))
            throw bad('the column is described twice', name);
        seen.add(name);
        for (const k of Object.keys(c))
            if (!COLUMN_FIELDS.has(k))
                throw bad(`unknown field '${k}'`, name);
        if (typeof c.kind !== 'string' || !COLUMN_KINDS.includes(c.kind))
            throw field('kind', `must be one of ${COLUMN_KINDS.join(', ')}; got ${JSON.stringify(c.kind)}`);
        const kind = c.kind;
        if (c.nullable !== undefined && typeof c.nullable !== 'boolean')
            throw field('nullable', 'must be true or false');
        if (c.missingRate !== undefined &&
            !(typeof c.missingRate === 'number' && c.missingRate >= 0 && c.missingRate <= 1))
            throw field('missingRate', 'must be a number in [0, 1]');
        if (c.role !== undefined && !COLUMN_ROLES.includes(c.role))
            throw field('role', `must be one of ${COLUMN_ROLES.join(', ')}; got ${JSON.stringify(c.role)}`);
        if (c.categories !== undefined) {
            if (kind !== 'categorical')
                throw field('categories', `is only for categorical columns (this one is ${kind})`);
            if (!isObject(c.categories) ||
                !Object.values(c.categories).every((v) => Number.isInteger(v) && v >= 0))
                throw field('categories', 'must be an object {"category": count, ...} with whole counts ≥ 0');
        }
        for (const f of ['min', 'max']) {
            const v = c[f];
            if (v === undefined)
                continue;
            if (kind === 'date' || kind === 'datetime') {
                if (typeof v !== 'string' || Number.isNaN(Date.parse(v)))
                    throw field(f, `must be an ISO ${kind} string`);
            }
            else if (kind === 'numeric' || kind === 'integer') {
                if (typeof v !== 'number' || !Number.isFinite(v))
                    throw field(f, 'must be a number');
            }
            else
                throw field(f, `is only for numbers and dates (this column is ${kind})`);
        }
        if (c.format !== undefined && typeof c.format !== 'string')
            throw field('format', 'must be a string');
        if (c.note !== undefined && typeof c.note !== 'string')
            throw field('note', 'must be a string');
        const out = {
            name,
            kind,
            nullable: c.nullable === undefined ? true : c.nullable,
        };
        for (const k of ['missingRate', 'role', 'categories', 'min', 'max', 'format', 'note'])
            if (c[k] !== undefined)
                out[k] = c[k];
        return out;
    });
    return {
        fictif: 'schema/1',
        ...(typeof raw.source === 'string' ? { source: raw.source } : {}),
        ...(typeof raw.rows === 'number' ? { rows: raw.rows } : {}),
        columns,
    };
}
function isObject(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
//# sourceMappingURL=infer.js.map