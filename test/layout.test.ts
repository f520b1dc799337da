// Standing rules of the code base that a reviewer would otherwise have to check by hand.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { VERSION } from '../src/version.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('layout', () => {
  it('keeps the computational core free of Node APIs, so it runs in the browser', () => {
    const core = ['table', 'scan', 'risk', 'synth', 'evaluate', 'demo', 'data'].flatMap((d) => files(join('src', d)));
    core.push('src/random.ts', 'src/errors.ts', 'src/progress.ts', 'src/core.ts', 'src/version.ts');
    const offenders = core.filter((f) => {
      const src = readFileSync(f, 'utf8');
      return (
        /from\s+['"](node:|fs|path|os|child_process|stream|crypto|zlib|worker_threads)['"/]/.test(src) ||
        /\brequire\(|\bprocess\.|\bBuffer\b/.test(src)
      );
    });
    assert.deepEqual(offenders, []);
  });

  it('bundles the core for a browser with no Node built-in', async () => {
    const result = await build({
      entryPoints: ['src/core.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    assert.equal(result.errors.length, 0);
    const code = result.outputFiles[0].text;
    assert.ok(code.length > 10000);
    assert.doesNotMatch(code, /from ["']node:|require\(["'](fs|path|os|crypto)["']\)/);
  });

  it('keeps VERSION in step with package.json', () => {
    assert.equal(VERSION, JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
