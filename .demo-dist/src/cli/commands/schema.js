// `fictif schema [FILE] [--out schema.json]`: the inferred schema as JSON, to edit and pass back with
// --schema. With --schema, the roles and notes of the given schema are kept in the output.
import { Command } from 'commander';
import { writeFileAtomic } from '../../io/atomic.js';
import { inferSchema } from '../../table/infer.js';
import { note, withCommonOptions } from '../common.js';
import { loadInput, loadSchema } from '../input.js';
import { inputOptions, withReadOptions } from '../read-options.js';
export function schemaCommand() {
    const cmd = new Command('schema')
        .description('Write the schema of a table as JSON (kind, missing rate, categories, range of each column).\n' +
        'Edit it (kinds, roles) and pass it to any command with --schema.')
        .argument('[file]', 'table file (csv, tsv, xlsx, parquet, jsonl, zip); default: the demo population')
        .option('-o, --out <file>', 'write the schema to this file instead of standard output');
    return withReadOptions(withCommonOptions(cmd)).action(async (file, opts) => {
        const table = await loadInput(file, inputOptions(opts));
        const given = await loadSchema(opts.schema);
        const schema = given ? keepRoles(inferSchema(table), given) : inferSchema(table);
        const text = `${JSON.stringify(schema, null, 2)}\n`;
        if (opts.out) {
            await writeFileAtomic(opts.out, text);
            note(opts, `fictif: schema of ${schema.columns.length} columns written to ${opts.out}`);
            if (opts.json)
                process.stdout.write(text);
        }
        else
            process.stdout.write(text);
    });
}
/** The person's choices (role, note) survive a new inference. */
function keepRoles(inferred, given) {
    const byName = new Map(given.columns.map((c) => [c.name, c]));
    return {
        ...inferred,
        columns: inferred.columns.map((c) => {
            const g = byName.get(c.name);
            return g ? { ...c, ...(g.role ? { role: g.role } : {}), ...(g.note ? { note: g.note } : {}) } : c;
        }),
    };
}
//# sourceMappingURL=schema.js.map