// `fictif demo` through the real CLI.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { main } from '../src/cli/main.js';
import { DEMO_RULES } from '../src/demo/index.js';
import { readTable } from '../src/io/index.js';
import { parseSchema } from '../src/table/infer.js';
import { parseRules } from '../src/table/rules.js';

const dir = mkdtempSync(join(tmpdir(), 'fictif-demo-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function fictif(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
}

/** The CLI in this process (faster than spawning), with its output captured. */
async function inProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const saved = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((s: string) => out.push(String(s)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => err.push(String(s)) > 0) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('').trim() };
  } finally {
    [process.stdout.write, process.stderr.write] = saved as [
      typeof process.stdout.write,
      typeof process.stderr.write,
    ];
  }
}

describe('demo cli', () => {
  it('writes the population, its rules, its schema and a directory in one go', async () => {
    const out = join(dir, 'demo.csv');
    const rules = join(dir, 'rules.json');
    const schema = join(dir, 'schema.json');
    const directory = join(dir, 'directory.csv');
    const r = fictif(
      'demo',
      '--rows',
      '1500',
      '--seed',
      '8',
      '--out',
      out,
      '--rules',
      rules,
      '--write-schema',
      schema,
      '--directory',
      directory,
      '--check',
      '--json',
    );
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout);
    assert.equal(result.rows, 1500);
    assert.equal(result.fictitious, true);
    assert.equal(result.output.columns, 200);
    assert.ok(Object.values(result.violations).every((v) => v === 0));
    assert.deepEqual(parseRules(readFileSync(rules, 'utf8'), rules), DEMO_RULES);
    const s = parseSchema(readFileSync(schema, 'utf8'), schema);
    const back = await readTable(out, { schema: s });
    assert.equal(back.nRows, 1500);
    assert.equal(back.column('numero_allocataire').kind, 'identifier');
    assert.equal(back.column('commune_code').kind, 'categorical');
    assert.equal(s.columns.find((c) => c.name === 'nir_demandeur')?.role, 'identifier');
    assert.equal(s.columns.find((c) => c.name === 'aah_taux_incapacite')?.role, 'special-category');
    assert.ok(existsSync(directory));
    assert.match(readFileSync(directory, 'utf8'), /^# FICTITIOUS public directory/);
  });

  it('reports usage errors on one line with exit code 2', async () => {
    const r = await inProcess('demo', '--rows', '0');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^fictif: --rows takes a whole number ≥ 1/);
    const r2 = await inProcess('demo', '--coverage', '0.5');
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /--coverage applies to --directory/);
    const r3 = await inProcess('demo', '--out', join(dir, 'x.zip'));
    assert.equal(r3.code, 2);
    assert.equal(r3.stderr.split('\n').length, 1);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    it(`leaves no file behind when interrupted (${signal})`, async () => {
      const where = join(dir, `interrupted-${signal}`);
      mkdirSync(where);
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'demo', '--rows', '20000000', '--out', join(where, 'big.csv')],
        {
          stdio: 'ignore',
        },
      );
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      try {
        // Interrupted once its temporary file is being written.
        for (let t = 0; t < 600 && readdirSync(where).length === 0; t++)
          await new Promise((r) => setTimeout(r, 50));
        assert.equal(readdirSync(where).length, 1, 'the temporary output appeared');
        child.kill(signal);
        assert.equal(await exited, code);
        assert.deepEqual(readdirSync(where), []);
      } finally {
        // A failed check must not leave 20 M households being written.
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    });

  it('describes itself without writing anything', async () => {
    const r = await inProcess('demo');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /10,204 fictitious households × 200 columns/);
  });
});
