import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'fictif-synth-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'synth', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A small table: an identifier, an age, an amount with cents and gaps, a category, a date.
function writeInput(): string {
  const lines = ['id;age;montant;statut;date_debut'];
  let x = 1;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  for (let i = 0; i < 600; i++) {
    const age = 18 + Math.floor(next() * 60);
    const montant = next() < 0.1 ? '' : (100 + age * 7 + Math.floor(next() * 100) / 100).toFixed(2);
    const statut = age < 30 ? 'etudiant' : age < 62 ? 'salarie' : 'retraite';
    const d = `${2015 + Math.floor(next() * 9)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
    lines.push(`X${String(100000 + i * 7)};${age};${montant};${statut};${d}`);
  }
  const file = join(dir, 'input.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('fictif synth (CLI)', () => {
  const input = writeInput();

  it('writes the synthetic file, its provenance, and a JSON result without the seed', () => {
    const out = join(dir, 'out.csv');
    const seed = 'a-long-secret-seed-for-tests-0001';
    const r = run([input, '--out', out, '--epsilon', '5', '--seed', seed, '--rows', '300', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /keep it secret/);
    const json = JSON.parse(r.stdout);
    assert.equal(json.provenance.privacy.epsilon, 5);
    assert.equal(json.provenance.output.rows, 300);
    const csv = readFileSync(out, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    assert.equal(csv.length, 301);
    assert.match(csv[0], /id.*age.*montant.*statut.*date_debut/);
    const provenanceText = readFileSync(`${out}.provenance.json`, 'utf8');
    const provenance = JSON.parse(provenanceText);
    assert.ok(!provenanceText.includes(seed) && !r.stdout.includes(seed));
    assert.equal(provenance.input.name, 'input.csv');
    assert.equal(provenance.input.sha256, createHash('sha256').update(readFileSync(input)).digest('hex'));
    assert.equal(provenance.method, 'mst');
    assert.deepEqual(
      provenance.columns.regenerated.map((c: { name: string }) => c.name),
      ['id'],
    );
    const sum = provenance.privacy.measurements.reduce((s: number, m: { rho: number }) => s + m.rho, 0);
    assert.ok(Math.abs(sum - provenance.privacy.rho) < 1e-9 * provenance.privacy.rho);
  });

  it('says loudly that CART gives no formal privacy guarantee', () => {
    const out = join(dir, 'cart.csv');
    const r = run([input, '--out', out, '--method', 'cart', '--seed', '1', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /NO formal privacy guarantee/);
    const json = JSON.parse(r.stdout);
    assert.equal(json.provenance.privacy, null);
    assert.match(json.guarantee, /NO formal privacy guarantee/);
  });

  it('enforces rules from a file and reports them', () => {
    const rules = join(dir, 'rules.json');
    writeFileSync(
      rules,
      JSON.stringify([
        {
          id: 'retraite_age',
          description: 'retirees are 55 or older',
          expr: "statut == 'retraite' => age >= 55",
        },
      ]),
    );
    const out = join(dir, 'ruled.csv');
    const r = run([input, '--out', out, '--epsilon', '2', '--seed', '2', '--rules', rules, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const c = JSON.parse(r.stdout).provenance.constraints;
    assert.equal(c.rules[0].id, 'retraite_age');
    assert.equal(c.rules[0].violationsAfter, c.rowsStillViolating);
  });

  it('warns where the input itself breaks a rule', () => {
    const rules = join(dir, 'strict.json');
    // Ages run from 18 to 77: 'over_30' fails on the younger rows, 'adult' on none.
    writeFileSync(
      rules,
      JSON.stringify([
        { id: 'over_30', description: '', expr: 'age >= 30' },
        { id: 'adult', description: '', expr: 'age >= 18' },
      ]),
    );
    const r = run([input, '--out', join(dir, 'strict.csv'), '--seed', '2', '--rules', rules, '--rows', '50']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /rule 'over_30' fails on \d+ of 600 input rows/);
    assert.doesNotMatch(r.stderr, /rule 'adult' fails/);
  });

  it('rejects bad options with exit code 2', () => {
    const r = run([input, '--out', join(dir, 'x.csv'), '--epsilon', '-1']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /epsilon/);
  });
});
