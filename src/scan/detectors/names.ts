// First names and surnames, from the frequency lists shipped in src/data/names.ts (no network).
// Values are compared without case or accents; compound first names ("Jean-Pierre") match when every
// part is a first name.
import { FIRST_NAMES, SURNAMES } from '../../data/names.js';
import { foldAccents } from '../normalize.js';

let firstNames: Set<string> | undefined;
let surnames: Set<string> | undefined;

function key(s: string): string {
  return foldAccents(s)
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

function firstNameSet(): Set<string> {
  firstNames ??= new Set(FIRST_NAMES.map((f) => key(f.name)));
  return firstNames;
}

function surnameSet(): Set<string> {
  surnames ??= new Set(SURNAMES.map((s) => key(s.name)));
  return surnames;
}

export function isFirstName(value: string): boolean {
  const k = key(value);
  if (k.length < 2) return false;
  const set = firstNameSet();
  return set.has(k) || k.split(' ').every((p) => set.has(p));
}

export function isSurname(value: string): boolean {
  const k = key(value);
  return k.length >= 2 && surnameSet().has(k);
}

/** "Marie Dupont", "DUPONT Marie": one first name and one surname among two or three words. */
export function isFullName(value: string): boolean {
  const words = key(value).split(' ');
  if (words.length < 2 || words.length > 4) return false;
  const fn = firstNameSet();
  const sn = surnameSet();
  return words.some((w) => fn.has(w)) && words.some((w) => sn.has(w) && !fn.has(w));
}

/** A capitalised first name followed by a capitalised surname inside free text ("… Mme Sophie Martin …"). */
export function containsPersonName(text: string): boolean {
  const words = text.split(/[^A-Za-zÀ-ÿ'-]+/);
  const fn = firstNameSet();
  const sn = surnameSet();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    if (a.length < 2 || b.length < 2 || !/^[A-ZÀ-Þ]/.test(a) || !/^[A-ZÀ-Þ]/.test(b)) continue;
    if (fn.has(key(a)) && sn.has(key(b))) return true;
  }
  return false;
}
