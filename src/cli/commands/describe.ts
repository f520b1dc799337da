// `fictif describe [FILE]`: one line per column: kind, missing share, distinct values, range and mean
// or the most frequent values.
import { Command } from 'commander';
import { type ColumnSummary, describeTable } from '../../table/describe.js';
import { type CommonOptions, emit, withCommonOptions } from '../common.js';
import { loadInput } from '../input.js';
import { inputOptions, type ReadCliOptions, withReadOptions } from '../read-options.js';

export function describeCommand(): Command {
  const cmd = new Command('describe')
    .description('Summarise each column: kind, missing %, distinct values, min/max/mean or top categories.')
    .argument('[file]', 'table file (csv, tsv, xlsx, parquet, jsonl, zip); default: the demo population');
  return withReadOptions(withCommonOptions(cmd)).action(
    async (file: string | undefined, opts: CommonOptions & ReadCliOptions) => {
      const table = await loadInput(file, inputOptions(opts));
      const summary = describeTable(table);
      emit(opts, { source: table.meta.source ?? null, rows: table.nRows, columns: summary }, () =>
        formatSummary(summary, table.nRows, table.meta.source),
      );
    },
  );
}

function num(x: number): string {
  if (Number.isInteger(x)) return x.toLocaleString('en').replace(/,/g, ' ');
  const a = Math.abs(x);
  return a >= 1e5 ? x.toFixed(0) : a >= 1 ? x.toFixed(2) : x.toPrecision(3);
}

function pct(x: number): string {
  return x === 0 ? '0%' : x < 0.001 ? '<0.1%' : `${(100 * x).toFixed(1)}%`;
}

function summaryText(s: ColumnSummary): string {
  if (s.kind === 'date' || s.kind === 'datetime') return s.min === undefined ? '' : `${s.min} … ${s.max}`;
  if (s.kind === 'numeric' || s.kind === 'integer')
    return s.mean === undefined
      ? ''
      : `min ${num(s.min as number)}  max ${num(s.max as number)}  mean ${num(s.mean)}  sd ${num(s.sd ?? 0)}`;
  const present = s.rows - s.missing;
  return (s.top ?? [])
    .map(
      (t) =>
        `${t.value.length > 20 ? `${t.value.slice(0, 19)}…` : t.value} ${pct(present ? t.count / present : 0)}`,
    )
    .join(', ');
}

export function formatSummary(summary: ColumnSummary[], rows: number, source?: string): string {
  if (summary.length === 0) return `${source ?? 'table'}: no columns, ${rows} rows`;
  const head = ['column', 'kind', 'missing', 'distinct', 'summary'];
  const body = summary.map((s) => [s.name, s.kind, pct(s.missingRate), String(s.distinct), summaryText(s)]);
  const widths = head.map((h, j) => Math.max(h.length, ...body.map((r) => r[j].length)));
  const line = (r: string[]) =>
    r
      .map((c, j) => (j === 2 || j === 3 ? c.padStart(widths[j]) : j === 4 ? c : c.padEnd(widths[j])))
      .join('  ')
      .trimEnd();
  return [
    `${source ?? 'table'}: ${rows.toLocaleString('en')} rows, ${summary.length} columns`,
    line(head),
    ...body.map(line),
  ].join('\n');
}
