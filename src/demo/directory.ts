// A fictitious "public directory" of the demo population (like a reverse phone directory), for the
// linkage attack of `fictif risk`: an attacker who holds it tries to find people of the released file.
//
// It lists about `coverage` of the demo's households under the applicant's name, street address,
// commune and year of birth, plus people who are not in the file, with the noise of a real directory:
// some people moved since (another address), some names are misspelt, some years of birth are off by
// one or unknown. `numero_allocataire` is the GROUND TRUTH of the link (empty for people not in the
// file): it exists only to score an attack and would never be in a real directory.
import { GIRONDE_COMMUNES } from '../data/communes-gironde.js';
import { createRng, permutation, type Rng } from '../random.js';
import { categoricalColumn, numberColumn, stringColumn } from '../table/column.js';
import { Table } from '../table/table.js';
import { DEMO_ROWS, type DemoOptions, forEachHousehold } from './generate.js';
import {
  drawCommune,
  drawFirstName,
  drawStreet,
  drawStreetNumber,
  drawSurname,
  REF_DAY,
  YEAR,
} from './household.js';

export interface DirectoryOptions extends DemoOptions {
  /** Share of the demo's households listed (default 0.8). */
  coverage?: number;
  /** People not in the file, as a share of the demo's rows (default 0.25). */
  outsiders?: number;
  /** Share of listed people whose address is out of date (default 0.08). */
  moved?: number;
  /** Share of listed names with a typo (default 0.04). */
  typos?: number;
}

export const DIRECTORY_COMMENT =
  'FICTITIOUS public directory of the fictif demo population, for linkage-attack tests. ' +
  'numero_allocataire is the ground truth of the link, for scoring only.';

interface Entry {
  nom: string;
  prenom: string;
  numero: number;
  voie: string;
  commune: number;
  annee: number;
  id: string;
}

/** The directory of the same population as generateDemo(options) (same seed and rows). */
export function generateDirectory(options: DirectoryOptions = {}): Table {
  const rows = options.rows ?? DEMO_ROWS;
  const coverage = share(options.coverage, 0.8, 'coverage');
  const outsiders = share(options.outsiders, 0.25, 'outsiders', 10);
  const moved = share(options.moved, 0.08, 'moved');
  const typos = share(options.typos, 0.04, 'typos');
  const rng = createRng(options.seed ?? 0, 'demo/directory');
  const entries: Entry[] = [];
  forEachHousehold({ ...options, rows }, 0, rows, (v) => {
    if (rng.next() >= coverage) return;
    const a = v.household.applicant;
    const e: Entry = {
      nom: a.lastName,
      prenom: a.firstName,
      numero: v.household.streetNumber,
      voie: v.household.street,
      commune: v.household.commune,
      annee: birthYear(a.birth),
      id: v.allocataire,
    };
    if (rng.next() < moved) relocate(rng, e);
    if (rng.next() < typos) e.nom = typo(rng, e.nom);
    if (rng.next() < typos / 2) e.prenom = typo(rng, e.prenom);
    const y = rng.next();
    if (y < 0.03) e.annee = e.annee + (rng.next() < 0.5 ? -1 : 1);
    else if (y < 0.08) e.annee = Number.NaN; // year not shown
    entries.push(e);
  });
  const extra = Math.round(outsiders * rows);
  for (let k = 0; k < extra; k++) entries.push(outsider(rng));
  // Shuffled, so that the order does not give the link away.
  const order = permutation(rng, entries.length);
  const sorted = Array.from(order, (i) => entries[i]);
  const n = sorted.length;
  const annee = new Float64Array(n);
  const numero = new Float64Array(n);
  const commune = new Int32Array(n);
  const idMissing = new Uint8Array(n);
  sorted.forEach((e, i) => {
    annee[i] = e.annee;
    numero[i] = e.numero;
    commune[i] = e.commune;
    idMissing[i] = e.id === '' ? 1 : 0;
  });
  return new Table(
    [
      stringColumn(
        'nom',
        'text',
        sorted.map((e) => e.nom),
      ),
      stringColumn(
        'prenom',
        'text',
        sorted.map((e) => e.prenom),
      ),
      numberColumn('adresse_numero', 'integer', numero),
      stringColumn(
        'adresse_voie',
        'text',
        sorted.map((e) => e.voie),
      ),
      categoricalColumn(
        'commune_code',
        GIRONDE_COMMUNES.map((c) => c.code),
        commune,
      ),
      numberColumn('annee_naissance', 'integer', annee),
      stringColumn(
        'numero_allocataire',
        'identifier',
        sorted.map((e) => e.id),
        idMissing,
      ),
    ],
    { source: 'demo-directory', fictitious: true, comment: DIRECTORY_COMMENT },
  );
}

function share(x: number | undefined, fallback: number, name: string, max = 1): number {
  const v = x ?? fallback;
  if (!(v >= 0 && v <= max)) throw new RangeError(`directory ${name} must be in [0, ${max}], got ${x}`);
  return v;
}

function birthYear(day: number): number {
  return new Date(day * 86400000).getUTCFullYear();
}

function relocate(rng: Rng, e: Entry): void {
  // Most moves stay near: half within the same commune.
  if (rng.next() >= 0.5) e.commune = drawCommune(rng);
  e.voie = drawStreet(rng, e.commune);
  e.numero = drawStreetNumber(rng);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One keyboard-like slip: a letter dropped, doubled, swapped with the next, or replaced. */
export function typo(rng: Rng, name: string): string {
  if (name.length < 3) return name;
  const i = 1 + rng.int(name.length - 2);
  switch (rng.int(4)) {
    case 0:
      return name.slice(0, i) + name.slice(i + 1);
    case 1:
      return name.slice(0, i) + name[i] + name.slice(i);
    case 2:
      return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    default:
      return name.slice(0, i) + LETTERS[rng.int(26)] + name.slice(i + 1);
  }
}

function outsider(rng: Rng): Entry {
  const sex = rng.int(2);
  const commune = drawCommune(rng);
  // Adults of any age, as in a directory.
  const age = 18 + rng.next() * 72;
  return {
    nom: drawSurname(rng),
    prenom: drawFirstName(rng, sex),
    numero: drawStreetNumber(rng),
    voie: drawStreet(rng, commune),
    commune,
    annee: birthYear(REF_DAY - Math.round(age * YEAR)),
    id: '',
  };
}
