// The foundation commands through the real CLI: exit codes and the one stderr line of each error.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'fictif-io-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** Run the CLI as `npx tsx src/cli/main.ts ARGS` does (without npx's start-up time). */
function fictif(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, CI: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr: stderr.trim() }));
  });
}

const csv =
  'id;cp;age;revenu;naissance\n1;01000;34;"1 234,56";03/04/1990\n2;75001;NA;12,5;25/12/1985\n3;06000;51;;01/01/2000\n';

// The tests run side by side: each is a few CLI processes, mostly start-up time.
describe('io cli', { concurrency: true }, () => {
  it('schema --out: --schema keeps the leading zero of a postal code', async () => {
    const data = file('a.csv', csv);
    const forced = file(
      's.json',
      JSON.stringify({ columns: [{ name: 'cp', kind: 'identifier', role: 'quasi-identifier' }] }),
    );
    const out = join(dir, 'schema.json');
    const r2 = await fictif('schema', data, '--schema', forced, '--out', out, '--quiet');
    assert.equal(r2.code, 0, r2.stderr);
    const again = JSON.parse(readFileSync(out, 'utf8'));
    const cp2 = again.columns.find((c: { name: string }) => c.name === 'cp');
    assert.equal(cp2.kind, 'identifier');
    assert.equal(cp2.role, 'quasi-identifier');
  });

  it('convert to parquet, then head --json the output', async () => {
    const data = file('b.csv', csv);
    const out = join(dir, 'b.parquet');
    const c = await fictif('convert', data, '--out', out);
    assert.equal(c.code, 0, c.stderr);
    const h = await fictif('head', out, '-n', '2', '--json');
    assert.equal(h.code, 0, h.stderr);
    const json = JSON.parse(h.stdout);
    assert.deepEqual(json.head[0], { id: 1, cp: '01000', age: 34, revenu: 1234.56, naissance: '1990-04-03' });
  });

  it('a ragged row: exit 1, one line with file and line', async () => {
    const data = file('ragged.csv', 'a,b\n1,2\n3\n');
    const r = await fictif('head', data);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `fictif: ${data}:3: expected 2 fields, found 1`);
  });

  it('an unsupported format: exit 2 naming the extensions', async () => {
    const odd = await fictif('head', file('x.sav', 'x'));
    assert.equal(odd.code, 2);
    assert.match(
      odd.stderr,
      /^fictif: .*x\.sav: unsupported file type '\.sav': fictif reads and writes \.csv, .*\.parquet/,
    );
    assert.doesNotMatch(odd.stderr, /\n|at /);
  });

  it('convert refuses to overwrite its input (exit 2)', async () => {
    const data = file('same.csv', csv);
    const r = await fictif('convert', data, '--out', data);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^fictif: refusing to overwrite the input file/);
    assert.equal(readFileSync(data, 'utf8'), csv);
  });
});
