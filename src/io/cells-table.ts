// Columns from cells that already carry a type (XLSX cells, JSON values): numbers, booleans and dates
// keep their type; strings (and columns that mix strings with other cells) go through the same kind
// inference as CSV text.
import { booleanColumn, type Column, numberColumn, stringColumn } from '../table/column.js';
import { makeBuilder } from './builders.js';
import { guessPlan } from './guess.js';

export type Cell = string | number | boolean | Date | null | undefined;

const MS_PER_DAY = 86400000;

export function columnFromCells(name: string, cells: readonly Cell[]): Column {
  const n = cells.length;
  let numbers = 0;
  let booleans = 0;
  let dates = 0;
  let strings = 0;
  let fractional = false;
  let timeOfDay = false;
  for (const c of cells) {
    if (c === null || c === undefined) continue;
    if (typeof c === 'number') {
      if (Number.isNaN(c)) continue;
      numbers++;
      if (!Number.isInteger(c)) fractional = true;
    } else if (typeof c === 'boolean') booleans++;
    else if (c instanceof Date) {
      dates++;
      if (c.getTime() % MS_PER_DAY !== 0) timeOfDay = true;
    } else if (c.trim() !== '') strings++;
  }
  const present = numbers + booleans + dates + strings;
  const missing = new Uint8Array(n);
  if (present > 0 && numbers === present) {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const c = cells[i];
      if (typeof c === 'number') values[i] = c;
      else {
        values[i] = Number.NaN;
        missing[i] = 1;
      }
    }
    return numberColumn(name, fractional ? 'numeric' : 'integer', values, missing);
  }
  if (present > 0 && booleans === present) {
    const values = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = cells[i];
      if (typeof c === 'boolean') values[i] = c ? 1 : 0;
      else missing[i] = 1;
    }
    return booleanColumn(name, values, missing);
  }
  if (present > 0 && dates === present) {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const c = cells[i];
      if (c instanceof Date) values[i] = timeOfDay ? c.getTime() : c.getTime() / MS_PER_DAY;
      else {
        values[i] = Number.NaN;
        missing[i] = 1;
      }
    }
    return numberColumn(name, timeOfDay ? 'datetime' : 'date', values, missing);
  }
  if (present === 0) return stringColumn(name, 'text', new Array<string>(n).fill(''), missing.fill(1));
  // Strings, or a mix: read every cell as text.
  const text = cells.map(cellText);
  const plan = guessPlan(text);
  let builder = makeBuilder(plan);
  if (!text.every((t) => builder.push(t))) {
    builder = makeBuilder({ kind: 'strings' });
    for (const t of text) builder.push(t);
  }
  return builder.finish(name);
}

export function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) {
    const ms = c.getTime();
    return ms % MS_PER_DAY === 0 ? c.toISOString().slice(0, 10) : c.toISOString();
  }
  if (typeof c === 'object') return JSON.stringify(c);
  return String(c);
}
