// Gathering evidence about one column: its header, its values, its structure.
import type { Column } from '../table/column.js';
import { birthDateEvidence, birthYearEvidence, parseDateText, VALUE_DETECTORS } from './detectors/index.js';
import { type HeaderMatch, matchHeader } from './headers.js';
import { headerTokens } from './normalize.js';
import { type DistinctValues, distinctStrings } from './sample.js';
import type { Evidence } from './types.js';

/** Distinct values tested by the value detectors (most frequent first), to bound the work per column. */
const MAX_DISTINCT_TESTED = 3000;

export interface ColumnContext {
  /** Rows looked at. */
  rows: Int32Array;
  /** Day number before which dates of birth must lie. */
  referenceDay: number;
}

export interface ColumnEvidence {
  evidence: Evidence[];
  distinct: DistinctValues;
  header: HeaderMatch[];
}

const pct = (x: number) => `${(100 * x).toFixed(x < 0.995 && x > 0.005 ? 1 : 0)} %`;
const fmt = (n: number) => n.toLocaleString('en-US');

/** Which value detectors confirm which header concept. */
const CONFIRMS: Record<string, string[]> = {
  nir: ['nir'],
  surname: ['surname', 'first-name', 'full-name'],
  'first-name': ['first-name', 'surname'],
  'full-name': ['full-name'],
  email: ['email'],
  phone: ['phone'],
  iban: ['iban'],
  siret: ['siret', 'siren'],
  address: ['street-address', 'street-name'],
  'postal-code': ['postal-code', 'commune-code'],
  commune: ['commune-code', 'postal-code'],
  'birth-date': ['birth-date', 'birth-year'],
  'birth-year': ['birth-year'],
};

/** Header concepts whose values have a recognisable shape: no match at all contradicts the header. */
const SHAPED = new Set(['nir', 'email', 'phone', 'iban', 'siret']);

function headerEvidence(col: Column, matches: HeaderMatch[]): Evidence[] {
  return matches.map((m, i) => {
    let confidence = m.exact || m.words >= 2 ? 0.7 : 0.6;
    if (i > 0) confidence -= 0.1; // a second concept in the same header is a qualifier
    let detail = `header '${col.name}' reads as ${m.concept.label} ('${m.pattern}')`;
    if (col.kind === 'boolean' && m.concept.role === 'identifier') {
      confidence = 0.3;
      detail += ', but the values are yes/no';
    }
    return { source: 'header', detector: m.concept.id, role: m.concept.role, confidence, detail };
  });
}

function valueEvidence(col: Column, d: DistinctValues): Evidence[] {
  if (col.kind === 'boolean' || d.nonMissing === 0) return [];
  if (col.kind === 'numeric' || col.kind === 'date' || col.kind === 'datetime') return [];
  const values = d.values.slice(0, MAX_DISTINCT_TESTED);
  const counts = d.counts.slice(0, MAX_DISTINCT_TESTED);
  let tested = 0;
  let totalLength = 0;
  let withSpaces = 0;
  for (let i = 0; i < values.length; i++) {
    tested += counts[i];
    totalLength += values[i].length * counts[i];
    if (/\s\S+\s/.test(values[i].trim())) withSpaces += counts[i];
  }
  const freeText =
    (col.kind === 'text' || col.kind === 'categorical') &&
    totalLength / tested >= 25 &&
    withSpaces / tested >= 0.5;
  const capped = d.values.length > values.length;
  const scope = capped
    ? `: the ${fmt(values.length)} most frequent of ${fmt(d.values.length)} distinct values`
    : '';
  const out: Evidence[] = [];
  for (const det of VALUE_DETECTORS) {
    if (col.kind === 'integer' && !det.digits) continue;
    let matched = 0;
    let matchedDistinct = 0;
    const test = freeText ? det.inText : det.test;
    if (!test) continue;
    for (let i = 0; i < values.length; i++) {
      if (test(values[i])) {
        matched += counts[i];
        matchedDistinct++;
      }
    }
    // One odd cell is no evidence for a column of values; in free text one mention is already a leak.
    if (matched === 0 || (!freeText && matchedDistinct < Math.min(3, values.length))) continue;
    const share = matched / tested;
    if (freeText) {
      if (share < 0.01) continue;
      out.push({
        source: 'values',
        detector: `text:${det.id}`,
        role: det.role === 'quasi-identifier' ? 'quasi-identifier' : 'identifier',
        confidence: Math.min(0.9, 0.55 + share),
        matched,
        tested,
        detail: `free text containing ${det.label} in ${pct(share)} of the values (${fmt(matched)} of ${fmt(tested)} tested${scope})`,
      });
      continue;
    }
    if (share < 0.2) continue;
    out.push({
      source: 'values',
      detector: det.id,
      role: det.role,
      confidence: 0.5 + 0.45 * share,
      matched,
      tested,
      detail: `${pct(share)} of the values are ${det.label} (${fmt(matched)} of ${fmt(tested)} tested${scope})`,
    });
  }
  // The name lists overlap (Martin, Thomas, Bernard are both): keep the best-matching name detector.
  const names = out.filter((e) => e.detector === 'first-name' || e.detector === 'surname');
  if (names.length === 2) {
    const worse = names[0].matched! >= names[1].matched! ? names[1] : names[0];
    out.splice(out.indexOf(worse), 1);
  }
  return out;
}

// Dates of events, not of people: opening of rights, payments, decisions, updates.
const EVENT_WORDS =
  /\b(ouverture|debut|fin|entree|sortie|creation|maj|modif|modification|paiement|versement|demande|decision|effet|echeance|start|end|created|updated|paid|event|evenement|depot|traitement|deces|death)\b/;

function dateEvidence(
  col: Column,
  rows: Int32Array,
  referenceDay: number,
  header: HeaderMatch[],
): Evidence[] {
  if (
    !header.some((m) => m.concept.id === 'birth-date') &&
    EVENT_WORDS.test(headerTokens(col.name).join(' '))
  )
    return [];
  const birthHeader = header.some((m) => m.concept.id === 'birth-date' || m.concept.id === 'birth-year');
  const yearHeader = header.some((m) => m.concept.id === 'birth-year');
  let days: number[] = [];
  if (col.kind === 'date' || col.kind === 'datetime') {
    for (const i of rows) {
      if (col.missing[i]) continue;
      const v = col.values[i];
      days.push(col.kind === 'datetime' ? Math.floor(v / 86400000) : v);
    }
  } else if ((col.kind === 'text' || col.kind === 'identifier') && !yearHeader) {
    let tested = 0;
    for (const i of rows) {
      if (col.missing[i]) continue;
      tested++;
      const d = parseDateText(col.values[i]);
      if (!Number.isNaN(d)) days.push(d);
    }
    if (days.length < 0.8 * tested) days = [];
  } else if ((col.kind === 'integer' || col.kind === 'numeric') && birthHeader) {
    const years: number[] = [];
    for (const i of rows) if (!col.missing[i]) years.push(col.values[i]);
    const refYear = new Date(referenceDay * 86400000).getUTCFullYear();
    const ev = birthYearEvidence(Float64Array.from(years), refYear);
    if (!ev.looksLikeBirthDates) return [];
    return [
      {
        source: 'values',
        detector: 'birth-year',
        role: 'quasi-identifier',
        confidence: 0.75,
        matched: ev.plausible,
        tested: ev.tested,
        detail: `${fmt(ev.plausible)} of ${fmt(ev.tested)} values are plausible years of birth, spread over ${Math.round(ev.spreadYears)} years`,
      },
    ];
  }
  if (days.length === 0) return [];
  const ev = birthDateEvidence(Float64Array.from(days), referenceDay);
  if (!ev.looksLikeBirthDates) return [];
  return [
    {
      source: 'values',
      detector: 'birth-date',
      role: 'quasi-identifier',
      confidence: 0.7,
      matched: ev.plausible,
      tested: ev.tested,
      detail: `${fmt(ev.plausible)} of ${fmt(ev.tested)} dates look like dates of birth (1900 to the reference date, spread over ${Math.round(ev.spreadYears)} years, any day of the month)`,
    },
  ];
}

function structureEvidence(
  col: Column,
  d: DistinctValues,
  header: HeaderMatch[],
  rows: Int32Array,
): Evidence[] {
  const out: Evidence[] = [];
  const distinctRatio = d.nonMissing ? d.values.length / d.nonMissing : 0;
  const headerRole = header[0]?.concept.role;
  const numericLike = col.kind === 'numeric' || col.kind === 'date' || col.kind === 'datetime';
  if (
    d.nonMissing >= 20 &&
    distinctRatio >= 0.95 &&
    !numericLike &&
    col.kind !== 'boolean' &&
    headerRole !== 'sensitive' &&
    headerRole !== 'special-category'
  ) {
    out.push({
      source: 'structure',
      detector: 'near-unique',
      role: 'identifier',
      confidence: Math.min(0.85, 0.6 + 5 * (distinctRatio - 0.95)),
      matched: d.values.length,
      tested: d.nonMissing,
      detail: `${pct(distinctRatio)} of ${fmt(d.nonMissing)} values are distinct (near-unique: singles out records)`,
    });
  }
  if (
    (col.kind === 'numeric' || col.kind === 'integer') &&
    (headerRole === 'sensitive' || headerRole === 'special-category')
  ) {
    let nonNeg = 0;
    let zeros = 0;
    let n = 0;
    for (const i of rows) {
      if (col.missing[i]) continue;
      n++;
      const v = col.values[i];
      if (v >= 0) nonNeg++;
      if (v === 0) zeros++;
    }
    if (n > 0 && nonNeg >= 0.99 * n) {
      const concept = header.find((m) => m.concept.role === headerRole)!.concept;
      out.push({
        source: 'structure',
        detector: 'benefit-amount',
        role: headerRole,
        confidence: 0.65,
        matched: n - zeros,
        tested: n,
        detail:
          `non-negative amounts or counts (${pct((n - zeros) / n)} non-zero) tied to ${concept.label}` +
          (headerRole === 'special-category' ? ': receiving it reveals health data' : ''),
      });
    }
  }
  return out;
}

/** All the evidence about one column, strongest first. */
export function columnEvidence(col: Column, ctx: ColumnContext): ColumnEvidence {
  const header = matchHeader(col.name);
  const distinct = distinctStrings(col, ctx.rows);
  const fromHeader = headerEvidence(col, header);
  const fromValues = [
    ...valueEvidence(col, distinct),
    ...dateEvidence(col, ctx.rows, ctx.referenceDay, header),
  ];
  const fromStructure = structureEvidence(col, distinct, header, ctx.rows);
  // Postal and commune codes look alike: when the header says which, keep that reading only.
  const said = header[0]?.concept.id;
  const other = said === 'postal-code' ? 'commune-code' : said === 'commune' ? 'postal-code' : undefined;
  const kept = fromValues.find((e) => e.detector === (said === 'commune' ? 'commune-code' : 'postal-code'));
  if (other && kept) {
    const i = fromValues.findIndex((e) => e.detector === other && e.matched! <= kept.matched!);
    if (i >= 0) fromValues.splice(i, 1);
  }
  // A header promising a shaped value (NIR, e-mail, ...) whose text values never have that shape.
  const stringy = col.kind === 'text' || col.kind === 'identifier' || col.kind === 'categorical';
  for (const h of fromHeader) {
    if (!SHAPED.has(h.detector) || !stringy || distinct.nonMissing < 20) continue;
    const confirmed = fromValues.some((v) => CONFIRMS[h.detector]?.includes(v.detector));
    if (!confirmed) {
      h.confidence = Math.min(h.confidence, 0.45);
      h.detail += `, but no value has that shape`;
    }
  }
  return { evidence: [...fromHeader, ...fromValues, ...fromStructure], distinct, header };
}

/** Does a value/structure detector confirm a header concept? */
export function confirms(headerConcept: string, detector: string): boolean {
  return CONFIRMS[headerConcept]?.includes(detector.replace(/^text:/, '')) ?? false;
}
