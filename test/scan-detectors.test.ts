// Value and header detectors, each with valid and invalid samples (keys computed by hand).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  birthDateEvidence,
  birthYearEvidence,
  isCommuneCode,
  isEmail,
  isFirstName,
  isFrenchPhone,
  isFullName,
  isPostalCode,
  isStreetAddress,
  isStreetName,
  isSurname,
  isValidIban,
  isValidNir,
  isValidSiren,
  isValidSiret,
  luhnValid,
  matchHeader,
  nirKey,
  parseDateText,
} from '../src/scan/index.js';
import { headerTokens, normalizeValue } from '../src/scan/normalize.js';
import { dateToDays } from '../src/table/column.js';

describe('scan detectors: NIR', () => {
  it('accepts a NIR whose key is 97 − (13 digits mod 97)', () => {
    // 1850578006084 mod 97 = 6, key 91
    assert.equal(nirKey('1850578006084'), 91);
    assert.ok(isValidNir('185057800608491'));
    assert.ok(isValidNir('1 85 05 78 006 084 91'));
    assert.ok(isValidNir('1.85.05.78.006.084.91'));
  });
  it('computes the key of Corsica (2A → 19, 2B → 18)', () => {
    // 2A becomes 19: 2900219004123 → key 4
    assert.equal(nirKey('290022A004123'), 4);
    assert.ok(isValidNir('2 90 02 2A 004 123 04'));
    assert.ok(!isValidNir('2 90 02 2A 004 123 05'));
  });
  it('rejects wrong keys, shapes and months', () => {
    assert.ok(!isValidNir('185057800608492'));
    assert.ok(!isValidNir('18505780060849')); // 14 characters
    assert.ok(!isValidNir('585057800608491')); // sex digit 5
    assert.ok(!isValidNir('185137800608491')); // month 13 (key recomputed would not matter: shape fails)
    assert.ok(!isValidNir('hello'));
  });
});

describe('scan detectors: IBAN, SIREN, SIRET', () => {
  it('checks IBANs modulo 97', () => {
    assert.ok(isValidIban('FR14 2004 1010 0505 0001 3M02 606'));
    assert.ok(isValidIban('FR7630006000011234567890189'));
    assert.ok(isValidIban('GB82 WEST 1234 5698 7654 32'));
    assert.ok(!isValidIban('FR76 3000 6000 0112 3456 7890 188')); // last digit changed
    assert.ok(!isValidIban('FR76 3000 6000 0112 3456 7890')); // too short for FR
    assert.ok(!isValidIban('12345'));
  });
  it('checks SIREN and SIRET with Luhn, and La Poste by digit sum', () => {
    assert.ok(luhnValid('79927398713'));
    assert.ok(!luhnValid('79927398710'));
    assert.ok(isValidSiren('732 829 320'));
    assert.ok(!isValidSiren('732 829 321'));
    assert.ok(isValidSiret('732 829 320 00074'));
    assert.ok(!isValidSiret('73282932000075'));
    assert.ok(isValidSiret('35600000049837')); // La Poste: digit sum 35
    assert.ok(!isValidSiret('35600000000048')); // digit sum 26
    assert.ok(!isValidSiret('00000000000000'));
  });
});

describe('scan detectors: contact and places', () => {
  it('recognises French phone numbers', () => {
    for (const ok of [
      '06 12 34 56 78',
      '0612345678',
      '01.23.45.67.89',
      '+33 6 12 34 56 78',
      '0033612345678',
      '+33 (0)1 23 45 67 89',
      '+262 692 12 34 56',
    ])
      assert.ok(isFrenchPhone(ok), ok);
    for (const bad of ['00 12 34 56 78', '06 12 34 56', '+44 20 7946 0958', '612345678', 'abc'])
      assert.ok(!isFrenchPhone(bad), bad);
  });
  it('recognises e-mail addresses', () => {
    assert.ok(isEmail('marie.dupont@example.fr'));
    assert.ok(isEmail("o'neil+tag@sub.example.co.uk"));
    assert.ok(!isEmail('marie.dupont@example'));
    assert.ok(!isEmail('@example.fr'));
    assert.ok(!isEmail('a..b@example.fr'));
  });
  it('tells postal codes and commune codes apart where they differ', () => {
    assert.ok(isPostalCode('75001'));
    assert.ok(isPostalCode('20000')); // Ajaccio
    assert.ok(!isPostalCode('00123'));
    assert.ok(!isPostalCode('96000'));
    assert.ok(!isPostalCode('7500'));
    assert.ok(isCommuneCode('2A004'));
    assert.ok(isCommuneCode('97105'));
    assert.ok(!isCommuneCode('20004')); // no department 20 since 1976
    assert.ok(!isCommuneCode('97905'));
  });
  it('recognises street addresses and street names', () => {
    for (const ok of [
      '12 rue des Lilas',
      '3 bis, avenue Jean Jaurès',
      '7 bd Voltaire',
      '221B Baker Street',
      '1 Allée des Érables',
    ])
      assert.ok(isStreetAddress(ok), ok);
    for (const bad of ['rue des Lilas', '12 pommes', 'Paris', '75001']) assert.ok(!isStreetAddress(bad), bad);
    assert.ok(isStreetName('Rue des Lilas'));
    assert.ok(isStreetName("Chemin de l'Église"));
    assert.ok(!isStreetName('Lilas'));
    assert.ok(!isStreetName('12 rue des Lilas'));
  });
});

describe('scan detectors: names', () => {
  it('finds first names, compound first names and surnames in the shipped lists', () => {
    assert.ok(isFirstName('Nathalie'));
    assert.ok(isFirstName('NATHALIE'));
    assert.ok(isFirstName('jean-pierre'));
    assert.ok(!isFirstName('Xyzzy'));
    assert.ok(isSurname('Martin'));
    assert.ok(isSurname('DUPONT'));
    assert.ok(!isSurname('Qwertyuiop'));
    assert.ok(isFullName('Marie Dupont'));
    assert.ok(isFullName('DUPONT Marie'));
    assert.ok(!isFullName('Marie'));
    assert.ok(!isFullName('rue des Lilas'));
  });
});

describe('scan detectors: dates of birth', () => {
  const ref = dateToDays(2025, 12, 31);
  it('accepts dates spread over decades, any day of the month', () => {
    const days = Float64Array.from({ length: 50 }, (_, i) =>
      dateToDays(1940 + i, 1 + (i % 12), 2 + (i % 27)),
    );
    const ev = birthDateEvidence(days, ref);
    assert.equal(ev.plausible, 50);
    assert.ok(ev.looksLikeBirthDates);
  });
  it('rejects first-of-month dates, future dates and narrow spans', () => {
    const firsts = Float64Array.from({ length: 50 }, (_, i) => dateToDays(1940 + i, 1 + (i % 12), 1));
    assert.ok(!birthDateEvidence(firsts, ref).looksLikeBirthDates);
    const future = Float64Array.from({ length: 50 }, (_, i) => dateToDays(2026 + (i % 3), 1 + (i % 12), 5));
    assert.ok(!birthDateEvidence(future, ref).looksLikeBirthDates);
    const narrow = Float64Array.from({ length: 50 }, (_, i) => dateToDays(2020, 1 + (i % 12), 2 + (i % 27)));
    assert.ok(!birthDateEvidence(narrow, ref).looksLikeBirthDates);
  });
  it('accepts years of birth and parses French dates', () => {
    assert.ok(
      birthYearEvidence(
        Float64Array.from({ length: 30 }, (_, i) => 1940 + 2 * i),
        2025,
      ).looksLikeBirthDates,
    );
    assert.ok(
      !birthYearEvidence(
        Float64Array.from({ length: 30 }, (_, i) => 100 + i),
        2025,
      ).looksLikeBirthDates,
    );
    assert.equal(parseDateText('25/12/1980'), dateToDays(1980, 12, 25));
    assert.equal(parseDateText('1980-12-25'), dateToDays(1980, 12, 25));
    assert.ok(Number.isNaN(parseDateText('31/02/1980')));
  });
});

describe('scan headers', () => {
  const first = (h: string) => matchHeader(h)[0]?.concept.id;
  it('ignores accents, case and separators', () => {
    assert.deepEqual(headerTokens('dateNaissance_Demandeur'), ['date', 'naissance', 'demandeur']);
    assert.equal(first('Prénom'), 'first-name');
    assert.equal(first('PRENOM'), 'first-name');
    assert.equal(first('DATE_DE_NAISSANCE'), 'birth-date');
    assert.equal(first('dateNaissance'), 'birth-date');
    assert.equal(first('datenaissance'), 'birth-date');
    assert.equal(first('Date of birth'), 'birth-date');
    assert.equal(first('Téléphone portable'), 'phone');
    assert.equal(first('e-mail'), 'email');
    assert.equal(first('code_postal'), 'postal-code');
    assert.equal(first('NIR'), 'nir');
    assert.equal(first('revenu'), 'income');
    assert.equal(first('Sexe'), 'sex');
    assert.equal(first('couleur'), undefined);
  });
  it('lets the specific word win over a qualifier', () => {
    assert.equal(first('nom_commune'), 'commune');
    assert.equal(first('nom_voie'), 'address');
    assert.equal(first('nom'), 'surname');
    assert.equal(first('csp_conjoint'), 'occupation');
    assert.equal(first('statut_occupation'), 'housing');
  });
  it('reads a disability benefit as GDPR art. 9 whatever else the header says', () => {
    assert.equal(first('montant_aah'), 'health');
    assert.equal(first('aeeh_nb_enfants'), 'health');
    assert.equal(matchHeader('aah_taux_incapacite')[0].concept.role, 'special-category');
    assert.equal(first('rsa_montant'), 'benefit');
  });
  it('normalises values for comparison', () => {
    assert.equal(normalizeValue("  Rue de l'Église  "), 'rue de l eglise');
  });
});
