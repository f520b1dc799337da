// A .zip archive holding one table file: find it (or the one named by --entry) and unpack only it.
import { unzipSync } from 'fflate';
import { dataError, usageError } from '../errors.js';
/** Extensions of the table files looked for inside an archive. */
export const TABLE_EXTENSIONS = ['.csv', '.tsv', '.tab', '.txt', '.xlsx', '.parquet', '.jsonl', '.ndjson'];
export function tableEntry(bytes, options = {}) {
    const names = [];
    try {
        unzipSync(bytes, {
            filter: (f) => {
                names.push(f.name);
                return false;
            },
        });
    }
    catch (e) {
        throw dataError(`not a readable ZIP archive (${e.message})`, { file: options.file });
    }
    const files = names.filter((n) => !n.endsWith('/') && !n.startsWith('__MACOSX/') && !/(^|\/)\./.test(n));
    let chosen;
    if (options.entry !== undefined) {
        const hit = files.find((n) => n === options.entry) ?? files.find((n) => n.split('/').pop() === options.entry);
        if (!hit)
            throw usageError(`no entry '${options.entry}' in the archive; it holds: ${files.join(', ') || 'nothing'}`, {
                file: options.file,
            });
        chosen = hit;
    }
    else {
        const tables = files.filter((n) => TABLE_EXTENSIONS.some((e) => n.toLowerCase().endsWith(e)));
        if (tables.length === 0)
            throw dataError(`no table file in the archive (looked for ${TABLE_EXTENSIONS.join(', ')}; it holds: ${files.join(', ') || 'nothing'})`, { file: options.file });
        if (tables.length > 1)
            throw usageError(`the archive holds several tables (${tables.join(', ')}): choose one with --entry NAME`, {
                file: options.file,
            });
        chosen = tables[0];
    }
    const out = unzipSync(bytes, { filter: (f) => f.name === chosen });
    return { name: chosen, bytes: out[chosen] };
}
//# sourceMappingURL=zip.js.map