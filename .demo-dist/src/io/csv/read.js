// Delimited text (CSV, TSV, ...) to a Table, from bytes or text, in one streaming pass: papaparse cuts
// the text into fields chunk by chunk; a sample of the first rows decides each column's kind; typed
// builders then take every row, so cells are never all held as strings. When a later cell does not fit
// its column's kind (a word in a number column), the file is read again with that column as strings.
import Papa from 'papaparse';
import { dataError } from '../../errors.js';
import { Table } from '../../table/table.js';
import { makeBuilder } from '../builders.js';
import { bomOf, Decoder, InvalidUtf8, normalizeEncoding } from '../encoding.js';
import { guessPlan, planFromSchema } from '../guess.js';
import { columnNames, looksLikeHeader } from '../header.js';
import { leadingComments, sniffDelimiter, sniffNewline } from './sniff.js';
/** Rows used to decide the kinds. */
const SAMPLE_ROWS = 20000;
/** Characters of text looked at to sniff delimiter and line ending. */
const SNIFF_CHARS = 65536;
const CHUNK = 1 << 20;
/** A row longer than this is taken as an unterminated quote. */
const MAX_ROW_CHARS = 32 << 20;
export async function readCsv(input, options = {}) {
    let fixed = { encoding: normalizeEncoding(options.encoding), explicitEncoding: !!options.encoding };
    for (let attempt = 0;; attempt++) {
        const pass = new Pass(options, fixed);
        try {
            return await pass.run(input);
        }
        catch (e) {
            if (!(e instanceof Restart) || attempt > 3)
                throw e;
            fixed = { ...fixed, ...e.fixed };
        }
    }
}
class Restart {
    fixed;
    constructor(fixed) {
        this.fixed = fixed;
    }
}
class Pass {
    options;
    fixed;
    decoder = null;
    encoding = 'text';
    parser = null;
    head = '';
    partial = '';
    /** Line number (1-based) where `partial` starts. */
    line = 1;
    newline = '\n';
    delimiter = ',';
    comments = [];
    nCols = -1;
    sample = [];
    sampleWhere = [];
    header = false;
    names = [];
    plans = [];
    builders = [];
    dead = [];
    rows = 0;
    bytesDone = 0;
    constructor(options, fixed) {
        this.options = options;
        this.fixed = fixed;
    }
    async run(input) {
        if (typeof input === 'string') {
            const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
            if (text.length === 0)
                this.feed('', true);
            for (let at = 0; at < text.length; at += CHUNK)
                this.feed(text.slice(at, at + CHUNK), at + CHUNK >= text.length);
        }
        else {
            const chunks = input instanceof Uint8Array ? sliceBytes(input) : input();
            let pending = null;
            for await (const chunk of chunks) {
                if (pending)
                    this.feedBytes(pending, false);
                pending = chunk;
            }
            this.feedBytes(pending ?? new Uint8Array(0), true);
        }
        return this.finish();
    }
    feedBytes(bytes, last) {
        if (!this.decoder)
            bytes = this.startDecoding(bytes);
        let text;
        try {
            text = this.decoder.decode(bytes, last);
        }
        catch (e) {
            if (!(e instanceof InvalidUtf8))
                throw e;
            if (this.fixed.explicitEncoding)
                throw e.toDataError();
            throw new Restart({ encoding: 'windows-1252' });
        }
        this.bytesDone += bytes.length;
        this.feed(text, last);
        if (this.options.progress && this.options.totalBytes)
            this.options.progress(this.bytesDone, this.options.totalBytes, 'bytes read');
    }
    startDecoding(bytes) {
        const bom = bomOf(bytes);
        const encoding = this.fixed.encoding ?? bom?.encoding ?? 'utf-8';
        if (bom && (bom.encoding === encoding || !this.fixed.explicitEncoding))
            bytes = bytes.subarray(bom.length);
        if (!encoding.startsWith('utf-16')) {
            const probe = bytes.subarray(0, 4096);
            if (probe[0] === 0x50 && probe[1] === 0x4b && probe[2] === 3 && probe[3] === 4)
                throw dataError('this is a ZIP archive (an .xlsx or .zip file?), not delimited text', {
                    file: this.options.file,
                });
            if (probe.includes(0))
                throw dataError('this looks like a binary file, not delimited text (it holds NUL bytes)', {
                    file: this.options.file,
                });
        }
        this.encoding = bom && !this.fixed.encoding ? bom.encoding : encoding;
        this.decoder = new Decoder(this.encoding, this.options.file);
        return bytes;
    }
    /** Take decoded text; `last` when no more follows. */
    feed(text, last) {
        if (!this.parser) {
            this.head += text;
            if (this.head.length < SNIFF_CHARS && !last)
                return;
            const head = this.head;
            this.head = '';
            this.newline = sniffNewline(head);
            const lead = leadingComments(head, this.newline, last);
            if (!lead) {
                this.head = head; // still inside the comments: wait for more
                return;
            }
            this.comments = lead.comments;
            this.line = 1 + lead.lines;
            text = head.slice(lead.start);
            this.delimiter = this.options.delimiter ?? sniffDelimiter(text, this.newline, last);
            this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.newline, quoteChar: '"' });
        }
        const aggregate = this.partial + text;
        if (aggregate.length === 0)
            return;
        const result = this.parser.parse(aggregate, 0, !last);
        for (const err of result.errors) {
            if (err.code === 'MissingQuotes')
                throw this.unterminated(aggregate, err.index);
            if (err.code === 'InvalidQuotes')
                throw this.error('malformed quoted field: a closing quote must be followed by the delimiter or the end of the line', { text: aggregate, row: err.row, line: this.line });
        }
        const rows = result.data;
        for (let r = 0; r < rows.length; r++) {
            const row = rows[r];
            if (row.length === 1 && row[0] === '')
                continue; // a blank line
            if (this.nCols < 0)
                this.nCols = row.length;
            else if (row.length !== this.nCols)
                throw this.error(`expected ${this.nCols} fields, found ${row.length}`, {
                    text: aggregate,
                    row: r,
                    line: this.line,
                });
            if (this.sample) {
                this.sample.push(row);
                this.sampleWhere.push({ text: aggregate, row: r, line: this.line });
                if (this.sample.length >= SAMPLE_ROWS)
                    this.startBuilding();
            }
            else
                this.pushRow(row, { text: aggregate, row: r, line: this.line });
        }
        const consumed = last ? aggregate.length : result.meta.cursor;
        this.line += countNewlines(aggregate, consumed, this.newline);
        this.partial = aggregate.slice(consumed);
        if (this.partial.length > MAX_ROW_CHARS)
            throw this.unterminated(this.partial, this.partial.indexOf('"') + 1);
    }
    startBuilding() {
        const sample = this.sample;
        this.sample = null;
        const where = this.sampleWhere;
        this.sampleWhere = [];
        const n = Math.max(this.nCols, 0);
        const columnsOf = (rows) => Array.from({ length: n }, (_, j) => rows.map((r) => r[j]));
        const guessed = this.fixed.plans ?? columnsOf(sample.slice(1)).map((v) => guessPlan(v));
        this.header =
            this.fixed.header ??
                this.options.header ??
                (sample.length > 0 && looksLikeHeader(sample[0], sample.slice(1), guessed));
        const data = this.header ? sample.slice(1) : sample;
        const dataWhere = this.header ? where.slice(1) : where;
        this.names = columnNames(this.header ? sample[0] : null, n, {
            file: this.options.file,
            line: where[0]?.line,
        });
        this.plans = this.fixed.plans ?? this.planColumns(columnsOf(data), guessed);
        this.builders = this.plans.map(makeBuilder);
        this.dead = this.plans.map(() => false);
        for (let i = 0; i < data.length; i++)
            this.pushRow(data[i], dataWhere[i]);
    }
    planColumns(columns, guessedWithoutFirst) {
        const bySchema = new Map((this.options.schema?.columns ?? []).map((c) => [c.name, c]));
        return columns.map((values, j) => {
            const declared = bySchema.get(this.names[j]);
            if (declared)
                return planFromSchema(declared, values);
            return this.header ? guessedWithoutFirst[j] : guessPlan(values);
        });
    }
    pushRow(row, where) {
        this.rows++;
        const builders = this.builders;
        for (let j = 0; j < builders.length; j++) {
            if (this.dead[j])
                continue;
            if (!builders[j].push(row[j]))
                this.misfit(j, row[j], where);
        }
    }
    misfit(j, cell, where) {
        const plan = this.plans[j];
        if (plan.kind !== 'strings' && plan.forced) {
            const what = plan.kind === 'date' || plan.kind === 'datetime'
                ? `a ${plan.kind} written ${plan.pattern}`
                : `a ${plan.kind}`;
            throw this.error(`'${cell.trim()}' is not ${what}, as the schema says`, where, this.names[j]);
        }
        this.dead[j] = true;
    }
    finish() {
        if (this.sample) {
            if (this.nCols < 0)
                throw dataError(this.comments.length ? 'the file holds only comments, no header and no data' : 'the file is empty', {
                    file: this.options.file,
                });
            this.startBuilding();
        }
        const reread = this.names.filter((_, j) => this.dead[j]);
        if (reread.length > 0) {
            const plans = this.plans.map((p, j) => (this.dead[j] ? { kind: 'strings' } : p));
            throw new Restart({
                plans,
                header: this.header,
                encoding: this.encoding === 'text' ? undefined : this.encoding,
                reread: [...(this.fixed.reread ?? []), ...reread],
            });
        }
        const columns = this.builders.map((b, j) => b.finish(this.names[j]));
        const comment = this.comments.length ? this.comments.join('\n') : undefined;
        const table = new Table(columns, { source: this.options.file, ...(comment ? { comment } : {}) });
        return {
            table,
            info: {
                delimiter: this.delimiter,
                encoding: this.encoding,
                header: this.header,
                newline: this.newline,
                rows: this.rows,
                reread: this.fixed.reread ?? [],
            },
        };
    }
    error(message, where, column) {
        return dataError(message, {
            file: this.options.file,
            line: where.line + lineOffsetOfRow(where.text, where.row, this),
            column,
        });
    }
    unterminated(text, index) {
        const line = this.line + countNewlines(text, Math.max(0, index), this.newline);
        return dataError('unterminated quoted field: the quote opened on this line is never closed', {
            file: this.options.file,
            line,
        });
    }
    /** For line numbers: a parser like the pass's, stopping after `rows` rows. */
    previewCursor(text, rows) {
        const p = new Papa.Parser({
            delimiter: this.delimiter,
            newline: this.newline,
            quoteChar: '"',
            preview: rows,
        });
        return p.parse(text, 0, false).meta.cursor;
    }
    get newlineText() {
        return this.newline;
    }
}
/** Newlines in text[0, end). */
function countNewlines(text, end, newline) {
    const mark = newline === '\r' ? '\r' : '\n';
    let n = 0;
    for (let i = text.indexOf(mark); i >= 0 && i < end; i = text.indexOf(mark, i + 1))
        n++;
    return n;
}
/** Lines before row `row` of `text` (rows as the parser counts them). */
function lineOffsetOfRow(text, row, pass) {
    if (row === 0)
        return 0;
    if (!text.includes('"')) {
        // No quotes: a row is a line.
        const mark = pass.newlineText === '\r' ? '\r' : '\n';
        let at = -1;
        for (let r = 0; r < row; r++) {
            at = text.indexOf(mark, at + 1);
            if (at < 0)
                return r;
        }
        return row;
    }
    return countNewlines(text, pass.previewCursor(text, row), pass.newlineText);
}
function* sliceBytes(bytes) {
    for (let at = 0; at < bytes.length; at += CHUNK)
        yield bytes.subarray(at, at + CHUNK);
}
//# sourceMappingURL=read.js.map