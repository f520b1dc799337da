// `fictif convert [FILE] --out OUT`: a table from one format to another (csv, tsv, xlsx, parquet, jsonl),
// written atomically, never over its input.
import { Command, Option } from 'commander';
import { usageError } from '../../errors.js';
import { writeTable } from '../../io/index.js';
import { formatOf } from '../../io/parse.js';
import { emit, note, withCommonOptions } from '../common.js';
import { loadInput } from '../input.js';
import { inputOptions, parseDelimiter, withReadOptions } from '../read-options.js';
export function convertCommand() {
    const cmd = new Command('convert')
        .description('Convert a table to another format (format from the --out extension, or --format).')
        .argument('[file]', 'table file (csv, tsv, xlsx, parquet, jsonl, zip); default: the demo population')
        .requiredOption('-o, --out <file>', 'output file (.csv, .tsv, .xlsx, .parquet, .jsonl)')
        .addOption(new Option('--format <format>', 'output format').choices(['csv', 'tsv', 'xlsx', 'parquet', 'jsonl']))
        .option('--out-delimiter <char>', "CSV output: field delimiter (default ',', tab for .tsv)")
        .option('--out-encoding <name>', 'CSV output: utf-8 (default) or windows-1252')
        .addOption(new Option('--decimal <sep>', 'CSV output: decimal separator for all numbers (default: as read)').choices(['.', ',']))
        .option('--bom', 'CSV output in UTF-8: start with a byte order mark (for Excel)')
        .option('--comment', "CSV output: write the table's comment as leading '# ' lines");
    return withReadOptions(withCommonOptions(cmd)).action(async (file, opts) => {
        const out = opts.out;
        const format = formatOf(out, opts.format);
        if (format === 'zip')
            throw usageError('cannot write .zip archives; write .csv, .tsv, .xlsx, .parquet or .jsonl');
        const bar = progressBar(opts, 'reading');
        let table;
        try {
            table = await loadInput(file, inputOptions(opts));
        }
        finally {
            bar.stop();
        }
        await writeTable(table, out, {
            format,
            delimiter: parseDelimiter(opts.outDelimiter, '--out-delimiter'),
            encoding: opts.outEncoding,
            decimal: opts.decimal,
            bom: opts.bom,
            comment: opts.comment,
            source: file,
        });
        emit(opts, { input: file ?? 'demo', output: out, format, rows: table.nRows, columns: table.nCols }, () => '');
        note(opts, `fictif: wrote ${table.nRows.toLocaleString('en')} rows × ${table.nCols} columns to ${out} (${format})`);
    });
}
//# sourceMappingURL=convert.js.map