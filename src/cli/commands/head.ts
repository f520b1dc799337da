// `fictif head [FILE] [-n 10]`: the first rows as an aligned table, with each column's kind.
import { Command } from 'commander';
import { valueAt } from '../../table/column.js';
import type { Table } from '../../table/table.js';
import { type CommonOptions, emit, parsePositiveInt, withCommonOptions } from '../common.js';
import { loadInput } from '../input.js';
import { inputOptions, type ReadCliOptions, withReadOptions } from '../read-options.js';

const KIND_LABEL: Record<string, string> = {
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
const HEAD_READ_ROWS = 1000;

export function headCommand(): Command {
  const cmd = new Command('head')
    .description('Show the first rows of a table, aligned, with the kind of each column.')
    .argument('[file]', 'table file (csv, tsv, xlsx, parquet, jsonl, zip); default: the demo population')
    .option('-n, --rows <n>', 'number of rows to show', '10')
    .option(
      '--width <n>',
      'at most this many characters per line (default: the terminal width; all columns when piped)',
    );
  return withReadOptions(withCommonOptions(cmd)).action(
    async (
      file: string | undefined,
      opts: CommonOptions & ReadCliOptions & { rows: string; width?: string },
    ) => {
      const n = parsePositiveInt(opts.rows, '--rows');
      const width = opts.width
        ? parsePositiveInt(opts.width, '--width')
        : process.stdout.isTTY
          ? process.stdout.columns
          : Infinity;
      // A large file is not read to its end: the first rows (at least 1,000, for the kinds) suffice.
      const limit = Math.max(n, HEAD_READ_ROWS);
      const table = await loadInput(file, { ...inputOptions(opts), maxRows: limit + 1 });
      const exact = table.nRows <= limit;
      const shown = table.slice(0, n);
      emit(
        opts,
        { rows: exact ? table.nRows : null, columns: columnsJson(table), head: [...shown.rows()] },
        () => formatHead(shown, exact ? table.nRows : null, width),
      );
    },
  );
}

function columnsJson(t: Table) {
  return t.columns.map((c) => ({ name: c.name, kind: c.kind }));
}

/** An aligned text grid: names, kinds, then the rows; numbers right-aligned; missing as NA. */
/** `totalRows` null when the file was not read to its end. */
export function formatHead(t: Table, totalRows: number | null, maxWidth = Infinity): string {
  if (t.nCols === 0) return '(no columns)';
  const cols = t.columns.map((c) => {
    const cells: string[] = [];
    for (let i = 0; i < t.nRows; i++) {
      const v = valueAt(c, i);
      const s = v === null ? 'NA' : String(v).replace(/[\r\n\t]+/g, ' ');
      cells.push(s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s);
    }
    const right = c.kind === 'numeric' || c.kind === 'integer';
    const width = Math.max(c.name.length, KIND_LABEL[c.kind].length, ...cells.map((s) => s.length));
    return { c, cells, right, width: Math.min(width, Math.max(MAX_CELL, c.name.length)) };
  });
  // As many columns as fit; the others are named below.
  let used = 0;
  let fit = 0;
  while (fit < cols.length && (fit === 0 || used + 2 + cols[fit].width <= maxWidth))
    used += (fit ? 2 : 0) + cols[fit++].width;
  const hidden = cols.slice(fit).map((k) => k.c.name);
  cols.length = fit;
  const pad = (s: string, w: number, right: boolean) => (right ? s.padStart(w) : s.padEnd(w));
  const lines = [
    cols.map((k) => pad(k.c.name, k.width, k.right)).join('  '),
    cols.map((k) => pad(KIND_LABEL[k.c.kind], k.width, k.right)).join('  '),
  ];
  for (let i = 0; i < t.nRows; i++) lines.push(cols.map((k) => pad(k.cells[i], k.width, k.right)).join('  '));
  lines.push(
    totalRows === null
      ? `(first ${t.nRows} rows, more follow; ${t.nCols} columns)`
      : `(${t.nRows} of ${totalRows.toLocaleString('en')} rows, ${t.nCols} columns)`,
  );
  if (hidden.length) {
    const names = hidden.slice(0, 12).join(', ') + (hidden.length > 12 ? ', …' : '');
    lines.push(
      `(${hidden.length} more column${hidden.length > 1 ? 's' : ''} not shown: ${names}; see --width, --json)`,
    );
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}
