// `fictif evaluate` end to end on small CSV files: JSON, HTML and the terminal summary; usage errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { writeTable } from '../src/io/index.js';
import { population } from './evaluate-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'fictif-evaluate-cli-'));
const path = (f: string) => join(dir, f);

function fictif(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('fictif evaluate (CLI)', () => {
  before(async () => {
    await writeTable(population(200, 'a'), path('real.csv'));
    await writeTable(population(200, 'b'), path('synthetic.csv'));
    await writeTable(population(150, 'c'), path('holdout.csv'));
    await writeTable(population(100, 'd').drop(['commune']), path('narrow.csv'));
  });

  it('prints a summary and writes the HTML report', () => {
    const r = fictif(
      'evaluate',
      path('real.csv'),
      path('synthetic.csv'),
      '--holdout',
      path('holdout.csv'),
      '--html',
      path('report.html'),
      '--seed',
      '3',
      '--attacks',
      '50',
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /fidelity score \d+\.\d \/ 100/);
    assert.match(r.stdout, /Membership inference/);
    assert.match(r.stdout, /Singling out/);
    assert.ok(existsSync(path('report.html')));
    assert.match(readFileSync(path('report.html'), 'utf8'), /<svg/);
  });

  it('gives the whole evaluation as JSON', () => {
    const r = fictif(
      'evaluate',
      path('real.csv'),
      path('synthetic.csv'),
      '--json',
      '--target',
      'family',
      '--attacks',
      '50',
    );
    assert.equal(r.code, 0, r.stderr);
    const e = JSON.parse(r.stdout);
    assert.equal(e.fictif, 'evaluation/1');
    assert.equal(e.holdout, undefined);
    assert.ok(e.cannotJudge.length > 0);
    assert.match(e.utility.skipped, /holdout/);
    assert.equal(e.real.rows, 200);
    const some = fictif(
      'evaluate',
      path('real.csv'),
      path('synthetic.csv'),
      '--json',
      '--columns',
      'age,sex,income',
      '--attacks',
      '50',
    );
    assert.equal(some.code, 0, some.stderr);
    assert.deepEqual(
      JSON.parse(some.stdout).columns.map((c: { name: string }) => c.name),
      ['age', 'sex', 'income'],
    );
  });

  it('names the columns that differ, with exit code 2', () => {
    const r = fictif('evaluate', path('real.csv'), path('narrow.csv'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /only in the real file: commune/);
  });

  it('rejects an unknown target column', () => {
    const r = fictif(
      'evaluate',
      path('real.csv'),
      path('synthetic.csv'),
      '--holdout',
      path('holdout.csv'),
      '--target',
      'nope',
      '--attacks',
      '50',
    );
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--target: unknown .*'nope'/);
  });
});
