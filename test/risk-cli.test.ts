// The `scan` and `risk` commands end to end on a small CSV: options in, JSON / HTML / schema out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/**
 * Run one command in a child process (the test runner owns this process's stdout), returning its
 * standard output; a non-zero exit rejects with the exit code and the error line.
 */
function run(command: 'scan' | 'risk', args: string[]): Promise<string> {
  const script =
    `const { ${command}Command } = await import('./src/cli/commands/${command}.ts');\n` +
    "const { reportError } = await import('./src/cli/common.ts');\n" +
    `try { await ${command}Command().exitOverride().parseAsync(process.argv.slice(1), { from: 'user' }); }\n` +
    'catch (e) { const r = reportError(e, false); process.stderr.write(r.line + "\\n"); process.exitCode = r.code; }';
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, ...args], {
    encoding: 'utf8',
  });
  if (r.status !== 0)
    return Promise.reject(Object.assign(new Error(r.stderr.trim()), { exitCode: r.status }));
  return Promise.resolve(r.stdout);
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

describe('fictif risk / scan (CLI)', () => {
  it('risk --json gives the figures of the library', async () => {
    const out = JSON.parse(
      await run('risk', [
        file,
        '--qi',
        'commune,sexe,annee_naissance',
        '--sensitive',
        'montant_rsa',
        '--json',
        '-q',
      ]),
    );
    assert.equal(out.classes.k, 1);
    assert.equal(out.classes.count, 4);
    assert.equal(out.reidentification.prosecutor.average, 0.4);
    assert.equal(out.verdict.level, 'not-anonymous');
  });

  it('scan --schema-out writes roles that risk --schema then uses', async () => {
    const schemaFile = join(dir, 'schema.json');
    const scan = JSON.parse(await run('scan', [file, '--schema-out', schemaFile, '--json', '-q']));
    assert.equal(scan.columns.find((c: { name: string }) => c.name === 'email').role, 'identifier');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    assert.equal(schema.fictif, 'schema/1');
    assert.equal(
      schema.columns.find((c: { name: string }) => c.name === 'annee_naissance').role,
      'quasi-identifier',
    );
    const out = JSON.parse(await run('risk', [file, '--schema', schemaFile, '--json', '-q']));
    assert.equal(out.qiSource, 'schema');
    assert.ok(out.quasiIdentifiers.some((q: { name: string }) => q.name === 'annee_naissance'));
  });

  it('risk --html writes a self-contained page', async () => {
    const html = join(dir, 'risk.html');
    await run('risk', [file, '--qi', 'commune,sexe', '--html', html, '--unit', 'households', '-q']);
    const page = readFileSync(html, 'utf8');
    assert.ok(page.startsWith('<!DOCTYPE html>'));
    assert.ok(page.includes('households'));
    assert.ok(!/<script|https?:\/\//.test(page.replace(/xmlns(:\w+)?="[^"]*"/g, '')));
  });

  it('reports bad options as usage errors', async () => {
    // Exit code 2 and one line naming the problem.
    const usage = (e: unknown) =>
      (e as { exitCode?: number }).exitCode === 2 && !(e as Error).message.includes('\n');
    await assert.rejects(run('risk', [file, '--qi', 'nope', '-q']), usage);
    await assert.rejects(run('risk', [file, '--qi', 'commune', '--sampling-fraction', '2', '-q']), usage);
    await assert.rejects(run('risk', [file, '--qi', 'commune', '--link-on', 'a=b', '-q']), usage);
    await assert.rejects(run('scan', [file, '--reference-date', '2020-13-01', '-q']), usage);
  });
});
