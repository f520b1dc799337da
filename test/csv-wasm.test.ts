// The CSV row loop is WebAssembly compiled from src/io/csv/row.as.ts (AssemblyScript); the library
// ships its bytes in src/io/csv/row-wasm.ts. They must be what the source compiles to, so that no one
// reviews one and runs the other.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rowWasm } from '../src/io/csv/row-wasm.js';
import { compileRowLoop } from '../tools/build-wasm.js';

describe('the CSV row loop (WebAssembly)', () => {
  it('ships the bytes its source compiles to (npm run build:wasm)', async () => {
    const compiled = await compileRowLoop();
    assert.ok(compiled.length > 1000);
    assert.ok(Buffer.from(compiled).equals(Buffer.from(rowWasm())), 'run npm run build:wasm');
  });

  it('is a valid module with the exports the writer calls, and its memory imported', () => {
    const module = new WebAssembly.Module(rowWasm());
    const exports = WebAssembly.Module.exports(module).map((e) => `${e.kind}:${e.name}`);
    assert.deepEqual(exports.sort(), [
      'function:forget',
      'function:haltedAt',
      'function:row',
      'function:setup',
      'memory:memory',
    ]);
    assert.deepEqual(
      WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}:${i.kind}`),
      ['env.memory:memory'],
    );
  });
});
