// Parquet: read with hyparquet (column chunks straight into typed columns), write with hyparquet-writer
// one row group per chunk, so a large table streams out in bounded memory. fictif's own kinds and
// source formats ride along as key-value metadata so that a round trip keeps them.
import { parquetMetadata, parquetRead } from 'hyparquet';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { dataError } from '../errors.js';
import { Table } from '../table/table.js';
import { makeBuilder } from './builders.js';
import { cellText, columnFromCells } from './cells-table.js';
const KINDS_KEY = 'fictif.kinds';
const COMMENT_KEY = 'fictif.comment';
export async function parseParquet(bytes, options = {}) {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    let metadata;
    try {
        metadata = parquetMetadata(buffer);
    }
    catch (e) {
        throw dataError(`not a readable Parquet file (${e.message})`, { file: options.file });
    }
    const kv = new Map((metadata.key_value_metadata ?? []).map((e) => [e.key, e.value ?? '']));
    let notes = {};
    try {
        notes = JSON.parse(kv.get(KINDS_KEY) ?? '{}');
    }
    catch {
        notes = {};
    }
    const elements = topLevelColumns(metadata.schema);
    const n = Number(metadata.num_rows);
    const chunks = new Map();
    try {
        await parquetRead({
            file: buffer,
            onChunk: (c) => {
                const list = chunks.get(c.columnName) ?? [];
                list.push({ rowStart: c.rowStart, data: c.columnData });
                chunks.set(c.columnName, list);
            },
        });
    }
    catch (e) {
        throw dataError(`cannot read the Parquet data (${e.message})`, { file: options.file });
    }
    const columns = elements.map((el) => {
        const cells = new Array(n).fill(null);
        for (const c of chunks.get(el.name) ?? [])
            for (let i = 0; i < c.data.length; i++)
                cells[c.rowStart + i] = c.data[i];
        return parquetColumn(el, cells, notes[el.name]);
    });
    const comment = kv.get(COMMENT_KEY);
    return new Table(columns, { source: options.file, ...(comment ? { comment } : {}) });
}
function topLevelColumns(schema) {
    const out = [];
    // Skip the root; a nested column (num_children) is kept as one column of JSON text.
    let i = 1;
    const skip = () => {
        const el = schema[i++];
        for (let k = 0; k < (el.num_children ?? 0); k++)
            skip();
    };
    while (i < schema.length) {
        out.push(schema[i]);
        skip();
    }
    return out;
}
function parquetColumn(el, raw, note) {
    const cells = raw.map((v) => {
        if (v === null || v === undefined)
            return null;
        if (typeof v === 'bigint')
            return Number(v);
        if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date)
            return v;
        return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x));
    });
    const isString = el.type === 'BYTE_ARRAY' || cells.every((c) => c === null || typeof c === 'string');
    let col;
    if (isString) {
        // Strings stay strings (no number or date guessing): choose categorical / identifier / text.
        const forced = note && ['categorical', 'text', 'identifier'].includes(note.kind)
            ? note.kind
            : undefined;
        const b = makeBuilder({ kind: 'strings', forced });
        for (const c of cells)
            if (c === null)
                b.pushMissing();
            else
                b.push(cellText(c));
        col = b.finish(el.name);
    }
    else {
        col = columnFromCells(el.name, cells);
        const ctype = el.converted_type ?? el.logical_type?.type;
        if (ctype === 'DATE' && col.kind === 'datetime')
            col = { ...col, kind: 'date', values: col.values.map((v) => v / 86400000) };
        if (col.kind === 'numeric' && note?.kind === 'integer')
            col = { ...col, kind: 'integer' };
        if (col.kind === 'integer' && note?.kind === 'numeric')
            col = { ...col, kind: 'numeric' };
        if (ctype === 'DATE' && col.kind === 'integer')
            col = { ...col, kind: 'date' };
    }
    return note?.format ? { ...col, format: note.format } : col;
}
function schemaOf(table) {
    const root = { name: 'root', num_children: table.nCols };
    return [
        root,
        ...table.columns.map((c) => {
            const repetition_type = 'OPTIONAL';
            switch (c.kind) {
                case 'integer':
                    return { name: c.name, type: 'INT64', repetition_type };
                case 'numeric':
                    return { name: c.name, type: 'DOUBLE', repetition_type };
                case 'date':
                    return { name: c.name, type: 'INT32', converted_type: 'DATE', repetition_type };
                case 'datetime':
                    return { name: c.name, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type };
                case 'boolean':
                    return { name: c.name, type: 'BOOLEAN', repetition_type };
                default:
                    return { name: c.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type };
            }
        }),
    ];
}
function columnData(c) {
    const n = c.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
        if (c.missing[i]) {
            out[i] = null;
            continue;
        }
        switch (c.kind) {
            case 'integer':
            case 'datetime':
                out[i] = BigInt(c.values[i]);
                break;
            case 'numeric':
            case 'date':
                out[i] = c.values[i];
                break;
            case 'boolean':
                out[i] = c.values[i] === 1;
                break;
            case 'categorical':
                out[i] = c.categories[c.codes[i]];
                break;
            default:
                out[i] = c.values[i];
        }
    }
    return out;
}
/** A Parquet file written chunk by chunk: `write` emits one row group, bytes go to `flush`. */
export class ParquetChunkWriter {
    flush;
    writer = null;
    bytes = new ByteWriter();
    constructor(flush) {
        this.flush = flush;
    }
    async write(chunk) {
        if (!this.writer) {
            const kinds = {};
            for (const c of chunk.columns)
                kinds[c.name] = c.format ? { kind: c.kind, format: c.format } : { kind: c.kind };
            const kvMetadata = [{ key: KINDS_KEY, value: JSON.stringify(kinds) }];
            if (chunk.meta.comment)
                kvMetadata.push({ key: COMMENT_KEY, value: chunk.meta.comment });
            this.writer = new ParquetWriter({
                writer: this.bytes,
                schema: schemaOf(chunk),
                kvMetadata,
                createdBy: 'fictif',
            });
        }
        if (chunk.nRows === 0)
            return;
        await this.writer.write({
            columnData: chunk.columns.map((c) => ({ name: c.name, data: columnData(c) })),
            rowGroupSize: Math.max(chunk.nRows, 1),
        });
        await this.drain();
    }
    async close(empty) {
        if (!this.writer)
            await this.write(empty);
        await this.writer.finish();
        await this.drain();
    }
    async drain() {
        const b = this.bytes;
        if (b.index === 0)
            return;
        const out = new Uint8Array(b.buffer, 0, b.index).slice();
        b.index = 0;
        await this.flush(out);
    }
}
/** A whole table as Parquet bytes. */
export async function formatParquet(table) {
    const parts = [];
    const w = new ParquetChunkWriter(async (b) => {
        parts.push(b);
    });
    await w.write(table);
    await w.close(table);
    const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
//# sourceMappingURL=parquet.js.map