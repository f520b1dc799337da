// A simulated linkage attack: the released file is joined to a public directory (electoral roll,
// reverse phone directory) on the columns both hold. A file record that matches exactly one directory
// entry is re-identified, rightly or wrongly; with a ground-truth key on both sides (never used for
// matching) we count the right ones.
import { usageError } from '../errors.js';
import { type Column, daysToParts, isNumberKind, type NumberColumn } from '../table/column.js';
import type { Table } from '../table/table.js';
import { matchHeader } from '../scan/headers.js';
import { headerTokens, normalizeValue } from '../scan/normalize.js';

export interface LinkPair {
  file: string;
  directory: string;
  /** 'year': the file's date is cut to its year to meet the directory's years. */
  transform: 'exact' | 'year';
  /** Why the pair was chosen. */
  reason: 'given' | 'same name' | 'same concept';
}

export interface LinkageOptions {
  /** Pairs file column → directory column; default: common columns (and date ↔ year of birth). */
  linkOn?: readonly (readonly [string, string])[];
  /** Ground truth: file column → directory column; default numero_allocataire when both have it. */
  truth?: readonly [string, string];
}

export interface LinkageResult {
  pairs: LinkPair[];
  truth?: { file: string; directory: string };
  fileRecords: number;
  directoryRecords: number;
  /** File records with every link value present. */
  linkable: number;
  /** File records matching exactly one directory entry. */
  matchedOne: number;
  /** Matching two or more. */
  matchedSeveral: number;
  matchedNone: number;
  /** With a truth key: unique matches that are the right person. */
  correct?: number;
  /** With a truth key: expected right guesses when the attacker picks at random among several matches. */
  expectedCorrect?: number;
  /** Shares of file records. */
  matchedOneShare: number;
  correctShare?: number;
}

// Street-type abbreviations, so that "12 av. Foch" meets "12 avenue Foch".
const ABBREVIATIONS: Record<string, string> = {
  av: 'avenue',
  ave: 'avenue',
  bd: 'boulevard',
  bld: 'boulevard',
  blvd: 'boulevard',
  pl: 'place',
  ch: 'chemin',
  che: 'chemin',
  imp: 'impasse',
  all: 'allee',
  rte: 'route',
  sq: 'square',
  fg: 'faubourg',
  st: 'saint',
  ste: 'sainte',
  r: 'rue',
  res: 'residence',
  pte: 'porte',
  crs: 'cours',
  qu: 'quai',
};

/** A link value in canonical form: case, accents, punctuation, spaces and abbreviations folded. */
export function canonicalLinkValue(s: string): string {
  const words = normalizeValue(s).split(' ');
  return words.map((w) => ABBREVIATIONS[w] ?? (/^\d+$/.test(w) ? String(Number(w)) : w)).join(' ');
}

function isYearColumn(col: Column): boolean {
  if (col.kind !== 'integer' && col.kind !== 'numeric') return false;
  const v = (col as NumberColumn).values;
  for (let i = 0; i < col.length; i++) {
    if (col.missing[i]) continue;
    if (!Number.isInteger(v[i]) || v[i] < 1800 || v[i] > 2200) return false;
  }
  return true;
}

function isDate(col: Column): boolean {
  return col.kind === 'date' || col.kind === 'datetime';
}

function keyOf(name: string): string {
  return headerTokens(name).join(' ');
}

function concepts(name: string): Set<string> {
  return new Set(matchHeader(name).map((m) => m.concept.id));
}

/** Common columns, and a date of birth in the file for a year of birth in the directory. */
export function defaultLinkPairs(file: Table, directory: Table, exclude: readonly string[] = []): LinkPair[] {
  const pairs: LinkPair[] = [];
  const usedFile = new Set(exclude);
  const usedDir = new Set(exclude);
  for (const d of directory.columns) {
    if (usedDir.has(d.name)) continue;
    const f = file.columns.find(
      (c) => !usedFile.has(c.name) && (c.name === d.name || keyOf(c.name) === keyOf(d.name)),
    );
    if (!f) continue;
    pairs.push({
      file: f.name,
      directory: d.name,
      transform: isDate(f) && isYearColumn(d) ? 'year' : 'exact',
      reason: 'same name',
    });
    usedFile.add(f.name);
    usedDir.add(d.name);
  }
  for (const d of directory.columns) {
    if (usedDir.has(d.name) || !isYearColumn(d)) continue;
    const dc = concepts(d.name);
    if (!dc.has('birth-year') && !dc.has('birth-date')) continue;
    // The file's date of birth with the fewest missing values (the applicant's rather than a partner's).
    const candidates = file.columns.filter(
      (c) => !usedFile.has(c.name) && isDate(c) && concepts(c.name).has('birth-date'),
    );
    if (candidates.length === 0) continue;
    const missing = (c: Column) => c.missing.reduce((a, b) => a + b, 0);
    candidates.sort((a, b) => missing(a) - missing(b));
    pairs.push({ file: candidates[0].name, directory: d.name, transform: 'year', reason: 'same concept' });
    usedFile.add(candidates[0].name);
    usedDir.add(d.name);
  }
  return pairs;
}

/** The canonical string of row i, or undefined when missing. */
function cell(col: Column, i: number, transform: LinkPair['transform']): string | undefined {
  if (col.missing[i]) return undefined;
  switch (col.kind) {
    case 'categorical':
      return canonicalLinkValue(col.categories[col.codes[i]]);
    case 'boolean':
      return col.values[i] ? '1' : '0';
    case 'text':
    case 'identifier':
      return canonicalLinkValue(col.values[i]);
    default: {
      const v = col.values[i];
      if (col.kind === 'date' || col.kind === 'datetime') {
        const day = col.kind === 'datetime' ? Math.floor(v / 86400000) : v;
        return transform === 'year' ? String(daysToParts(day)[0]) : `d${day}`;
      }
      return String(v);
    }
  }
}

function rowKey(
  cols: readonly Column[],
  transforms: readonly LinkPair['transform'][],
  i: number,
): string | undefined {
  let key = '';
  for (let c = 0; c < cols.length; c++) {
    const v = cell(cols[c], i, transforms[c]);
    if (v === undefined) return undefined;
    key += c ? `\u0000${v}` : v;
  }
  return key;
}

export function linkageAttack(file: Table, directory: Table, options: LinkageOptions = {}): LinkageResult {
  let truth: { file: string; directory: string } | undefined;
  if (options.truth) {
    file.column(options.truth[0]);
    directory.column(options.truth[1]);
    truth = { file: options.truth[0], directory: options.truth[1] };
  } else if (file.has('numero_allocataire') && directory.has('numero_allocataire')) {
    truth = { file: 'numero_allocataire', directory: 'numero_allocataire' };
  }
  let pairs: LinkPair[];
  if (options.linkOn?.length) {
    pairs = options.linkOn.map(([f, d]) => {
      const fc = file.column(f);
      const dc = directory.column(d);
      if (truth && (f === truth.file || d === truth.directory))
        throw usageError(`the ground-truth key '${truth.file}' cannot also be a link column`);
      return {
        file: f,
        directory: d,
        transform: isDate(fc) && isYearColumn(dc) ? 'year' : 'exact',
        reason: 'given',
      };
    });
  } else {
    pairs = defaultLinkPairs(file, directory, truth ? [truth.file, truth.directory] : []);
  }
  if (pairs.length === 0)
    throw usageError(
      'the file and the directory have no column in common to link on: give --link-on fileCol=dirCol,...',
    );
  for (const p of pairs) {
    const f = file.column(p.file);
    const d = directory.column(p.directory);
    if (isDate(d) && !isDate(f)) p.transform = 'exact';
    if (isNumberKind(f.kind) !== isNumberKind(d.kind) && p.transform === 'exact' && (isDate(f) || isDate(d)))
      throw usageError(`cannot link '${p.file}' (${f.kind}) with '${p.directory}' (${d.kind})`);
  }
  const fileCols = pairs.map((p) => file.column(p.file));
  const dirCols = pairs.map((p) => directory.column(p.directory));
  const fileTransforms = pairs.map((p) => p.transform);
  const dirTransforms = pairs.map(() => 'exact' as const);
  const fileTruth = truth ? file.column(truth.file) : undefined;
  const dirTruth = truth ? directory.column(truth.directory) : undefined;

  // Directory index: key → directory rows.
  const index = new Map<string, number[]>();
  for (let j = 0; j < directory.nRows; j++) {
    const key = rowKey(dirCols, dirTransforms, j);
    if (key === undefined) continue;
    const list = index.get(key);
    if (list) list.push(j);
    else index.set(key, [j]);
  }
  let linkable = 0;
  let one = 0;
  let several = 0;
  let none = 0;
  let correct = 0;
  let expected = 0;
  for (let i = 0; i < file.nRows; i++) {
    const key = rowKey(fileCols, fileTransforms, i);
    if (key === undefined) continue;
    linkable++;
    const hits = index.get(key);
    if (!hits) {
      none++;
      continue;
    }
    if (hits.length === 1) one++;
    else several++;
    if (fileTruth && dirTruth) {
      const t = cell(fileTruth, i, 'exact');
      if (t === undefined) continue;
      const right = hits.some((j) => cell(dirTruth, j, 'exact') === t);
      if (right) {
        expected += 1 / hits.length;
        if (hits.length === 1) correct++;
      }
    }
  }
  const n = file.nRows;
  return {
    pairs,
    truth,
    fileRecords: n,
    directoryRecords: directory.nRows,
    linkable,
    matchedOne: one,
    matchedSeveral: several,
    matchedNone: none,
    matchedOneShare: n ? one / n : 0,
    ...(truth ? { correct, expectedCorrect: expected, correctShare: n ? correct / n : 0 } : {}),
  };
}
