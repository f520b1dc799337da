// The `scan` and `risk` commands end to end on a small CSV: options in, JSON / HTML / schema out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Run the invocations in order in one child process (the test runner owns this process's stdout; one
 * child keeps the TypeScript compilation to once), each as `fictif <command> ...args`.
 */
function runAll(invocations: [command: 'scan' | 'risk', ...args: string[]][]): Outcome[] {
  const script = `
    const { scanCommand } = await import('./src/cli/commands/scan.ts');
    const { riskCommand } = await import('./src/cli/commands/risk.ts');
    const { reportError } = await import('./src/cli/common.ts');
    const make = { scan: scanCommand, risk: riskCommand };
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    const results = [];
    for (const [command, ...args] of JSON.parse(process.argv[1])) {
      const r = { stdout: '', stderr: '', code: 0 };
      process.stdout.write = (c) => ((r.stdout += String(c)), true);
      process.stderr.write = (c) => ((r.stderr += String(c)), true);
      try {
        await make[command]().exitOverride().parseAsync(args, { from: 'user' });
      } catch (e) {
        const { line, code } = reportError(e, false);
        r.stderr += line + '\\n';
        r.code = code;
      }
      process.stdout.write = out;
      process.stderr.write = err;
      results.push(r);
    }
    out(JSON.stringify(results));`;
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(invocations)],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const dir = mkdtempSync(join(tmpdir(), 'fictif-risk-cli-'));
const file = join(dir, 'foyers.csv');
writeFileSync(
  file,
  [
    'id,commune,sexe,annee_naissance,montant_rsa,email',
    ...[
      'c1,F,1980,0',
      'c1,F,1980,0',
      'c1,F,1980,0',
      'c1,F,1980,0',
      'c1,M,1980,0',
      'c1,M,1980,100',
      'c1,M,1980,200',
      'c2,F,1990,0',
      'c2,F,1990,0',
      'c2,M,1975,500',
    ].map((r, i) => `${i + 1},${r},p${i}@example.fr`),
  ].join('\n'),
);

const schemaFile = join(dir, 'schema.json');
const html = join(dir, 'risk.html');
const records = join(dir, 'records.csv');
const outcomes = runAll([
  ['risk', file, '--qi', 'commune,sexe,annee_naissance', '--sensitive', 'montant_rsa', '--json', '-q'],
  ['scan', file, '--schema-out', schemaFile, '--json', '-q'],
  ['risk', file, '--schema', schemaFile, '--json', '-q'],
  ['risk', file, '--qi', 'commune,sexe', '--html', html, '--unit', 'households', '-q'],
  ['risk', file, '--qi', 'commune,sexe,annee_naissance', '--records-out', records, '-q'],
  ['risk', file, '--qi', 'nope', '-q'],
  ['risk', file, '--qi', 'commune', '--sampling-fraction', '2', '-q'],
  ['risk', file, '--qi', 'commune', '--link-on', 'a=b', '-q'],
  ['scan', file, '--reference-date', '2020-13-01', '-q'],
]);
const ok = (i: number) => {
  assert.equal(outcomes[i].code, 0, outcomes[i].stderr);
  return outcomes[i].stdout;
};

describe('fictif risk / scan (CLI)', () => {
  it('risk --json gives the figures of the library', () => {
    const out = JSON.parse(ok(0));
    assert.equal(out.classes.k, 1);
    assert.equal(out.classes.count, 4);
    assert.equal(out.reidentification.prosecutor.average, 0.4);
    assert.equal(out.verdict.level, 'not-anonymous');
  });

  it('scan --schema-out writes roles that risk --schema then uses', () => {
    const scan = JSON.parse(ok(1));
    assert.equal(scan.columns.find((c: { name: string }) => c.name === 'email').role, 'identifier');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    assert.equal(schema.fictif, 'schema/1');
    assert.equal(
      schema.columns.find((c: { name: string }) => c.name === 'annee_naissance').role,
      'quasi-identifier',
    );
    const out = JSON.parse(ok(2));
    assert.equal(out.qiSource, 'schema');
    assert.ok(out.quasiIdentifiers.some((q: { name: string }) => q.name === 'annee_naissance'));
    assert.deepEqual(out.identifiers, ['id', 'email']);
  });

  it('risk --html writes a self-contained page', () => {
    ok(3);
    const page = readFileSync(html, 'utf8');
    assert.ok(page.startsWith('<!DOCTYPE html>'));
    assert.ok(page.includes('households'));
    for (const h of ['Verdict', 'Equivalence classes', 'Re-identification risk', 'What drives the risk'])
      assert.ok(page.includes(`>${h}</h2>`), h);
    assert.ok(!/<script|https?:\/\//.test(page.replace(/xmlns(:\w+)?="[^"]*"/g, '')));
  });

  it('risk --records-out writes one line per record', () => {
    ok(4);
    const lines = readFileSync(records, 'utf8').trim().split(/\r?\n/);
    assert.equal(lines[0], 'row,class_size,risk_prosecutor,risk_journalist');
    assert.equal(lines.length, 11);
    assert.equal(lines[10], '10,1,1,1');
    assert.equal(lines[1], '1,4,0.25,0.25');
  });

  it('reports bad options as usage errors: exit 2, one line', () => {
    for (const i of [5, 6, 7, 8]) {
      assert.equal(outcomes[i].code, 2, outcomes[i].stderr);
      assert.equal(outcomes[i].stderr.trim().split('\n').length, 1, outcomes[i].stderr);
      assert.match(outcomes[i].stderr, /^fictif: /);
    }
    assert.match(outcomes[5].stderr, /unknown column 'nope'/);
  });
});
