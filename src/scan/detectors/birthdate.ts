// Dates that look like dates of birth. One date says little; a column does: birth dates lie in the past,
// after 1900, spread over decades, on every day of the month (unlike "first of the month" event dates).
import { dateToDays, daysToParts } from '../../table/column.js';

export interface BirthDateEvidence {
  /** Values between 1900-01-01 and the reference date. */
  plausible: number;
  tested: number;
  /** Spread between the 10th and 90th percentiles, in years. */
  spreadYears: number;
  /** Share of values not on the first day of a month. */
  notFirstOfMonth: number;
  looksLikeBirthDates: boolean;
}

const DAY_1900 = dateToDays(1900, 1, 1);

/** Judge a sample of day numbers (days since 1970-01-01) against a reference date (a day number). */
export function birthDateEvidence(days: Float64Array, referenceDay: number): BirthDateEvidence {
  const sorted = Float64Array.from(days).sort();
  const n = sorted.length;
  let plausible = 0;
  let notFirst = 0;
  for (let i = 0; i < n; i++) {
    const d = sorted[i];
    if (d >= DAY_1900 && d <= referenceDay) plausible++;
    if (daysToParts(d)[2] !== 1) notFirst++;
  }
  const spreadYears = n
    ? (sorted[Math.floor(0.9 * (n - 1))] - sorted[Math.floor(0.1 * (n - 1))]) / 365.25
    : 0;
  const notFirstOfMonth = n ? notFirst / n : 0;
  return {
    plausible,
    tested: n,
    spreadYears,
    notFirstOfMonth,
    looksLikeBirthDates: n >= 5 && plausible >= 0.95 * n && spreadYears >= 10 && notFirstOfMonth >= 0.5,
  };
}

/** Years of birth (integers): plausible range and a spread of decades. */
export function birthYearEvidence(years: Float64Array, referenceYear: number): BirthDateEvidence {
  const n = years.length;
  const sorted = Float64Array.from(years).sort();
  let plausible = 0;
  for (const y of sorted) if (Number.isInteger(y) && y >= 1900 && y <= referenceYear) plausible++;
  const spreadYears = n ? sorted[Math.floor(0.9 * (n - 1))] - sorted[Math.floor(0.1 * (n - 1))] : 0;
  return {
    plausible,
    tested: n,
    spreadYears,
    notFirstOfMonth: 1,
    looksLikeBirthDates: n >= 5 && plausible >= 0.95 * n && spreadYears >= 10,
  };
}

/** Day number of a 'dd/mm/yyyy', 'yyyy-mm-dd' or 'dd-mm-yyyy' string, or NaN. */
export function parseDateText(s: string): number {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return dateToDays(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return dateToDays(+m[3], +m[2], +m[1]);
  return Number.NaN;
}
