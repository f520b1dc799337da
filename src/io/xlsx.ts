// XLSX workbooks: one sheet to a Table (read-excel-file), a Table to a one-sheet workbook
// (write-excel-file). Both hold the whole workbook in memory.
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile, { type Cell as XlsxCell, type SheetData } from 'write-excel-file/universal';
import { dataError, usageError } from '../errors.js';
import { type Column, valueAt } from '../table/column.js';
import { Table } from '../table/table.js';
import { type Cell, cellText, columnFromCells } from './cells-table.js';
import { guessPlan } from './guess.js';
import { columnNames, looksLikeHeader } from './header.js';

export async function parseXlsx(
  bytes: Uint8Array,
  options: { file?: string; sheet?: string; header?: boolean } = {},
): Promise<Table> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(buffer)) as unknown as { sheet: string; data: Cell[][] }[];
  } catch (e) {
    throw dataError(`not a readable XLSX workbook (${(e as Error).message})`, { file: options.file });
  }
  if (sheets.length === 0) throw dataError('the workbook has no sheet', { file: options.file });
  const chosen = options.sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === options.sheet);
  if (!chosen)
    throw usageError(
      `no sheet '${options.sheet}' in the workbook; its sheets are: ${sheets.map((s) => s.sheet).join(', ')}`,
      { file: options.file },
    );
  const rows = chosen.data.filter((r) =>
    r.some((c) => c !== null && c !== undefined && cellText(c).trim() !== ''),
  );
  if (rows.length === 0) throw dataError(`sheet '${chosen.sheet}' is empty`, { file: options.file });
  const width = Math.max(...rows.map((r) => r.length));
  const text = rows.map((r) => Array.from({ length: width }, (_, j) => cellText(r[j])));
  const plans = Array.from({ length: width }, (_, j) => guessPlan(text.slice(1).map((r) => r[j])));
  const header = options.header ?? looksLikeHeader(text[0], text.slice(1), plans);
  const names = columnNames(header ? text[0] : null, width, { file: options.file, line: 1 });
  const data = header ? rows.slice(1) : rows;
  const columns = names.map((name, j) =>
    columnFromCells(
      name,
      data.map((r) => excelTime(r[j] ?? null)),
    ),
  );
  return new Table(columns, { source: options.file });
}

/** Excel keeps times as fractions of a day: snap to the second a value is within a few ms of. */
function excelTime(c: Cell): Cell {
  if (!(c instanceof Date)) return c;
  const ms = c.getTime();
  const s = Math.round(ms / 1000) * 1000;
  return Math.abs(ms - s) <= 5 ? new Date(s) : c;
}

export async function formatXlsx(table: Table, options: { sheet?: string } = {}): Promise<Uint8Array> {
  const header: XlsxCell[] = table.names.map((n) => ({ value: n, fontWeight: 'bold' }));
  const data: SheetData = [header];
  const cellsOf = table.columns.map((c) => xlsxCells(c));
  for (let i = 0; i < table.nRows; i++) data.push(cellsOf.map((f) => f(i)));
  const blob = await writeXlsxFile(data, {
    sheet: options.sheet ?? 'data',
    dateFormat: 'yyyy-mm-dd',
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function xlsxCells(col: Column): (i: number) => XlsxCell {
  switch (col.kind) {
    case 'date':
      return (i) =>
        col.missing[i] ? null : { value: new Date(col.values[i] * 86400000), format: 'yyyy-mm-dd' };
    case 'datetime':
      return (i) =>
        col.missing[i] ? null : { value: new Date(col.values[i]), format: 'yyyy-mm-dd hh:mm:ss' };
    case 'identifier':
      // '@': Excel must not turn "01000" into the number 1000.
      return (i) => (col.missing[i] ? null : { value: col.values[i], type: String, format: '@' });
    default:
      return (i) => valueAt(col, i) as XlsxCell;
  }
}
