// Where a command's table comes from: a file, or with none the built-in demo population.
import { readFile } from 'node:fs/promises';
import { generateDemo } from '../demo/index.js';
import { usageError } from '../errors.js';
import { readTable } from '../io/index.js';
import { parseSchema } from '../table/infer.js';
import { note, parseSeed } from './common.js';
export async function loadSchema(path) {
    if (!path)
        return undefined;
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch {
        throw usageError('cannot read the schema file', { file: path });
    }
    return parseSchema(text, path);
}
/** The table a command works on. */
export async function loadInput(file, opts) {
    const schema = await loadSchema(opts.schema);
    if (file === undefined) {
        note(opts, 'fictif: no file given: using the built-in fictitious demo population (10,204 households).');
        const demo = generateDemo({ seed: parseSeed(opts.seed) });
        return schema ? (await import('../table/infer.js')).applySchema(demo, schema) : demo;
    }
    return readTable(file, { ...opts, schema });
}
//# sourceMappingURL=input.js.map