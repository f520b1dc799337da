// Benchmarks run one per process (so peak memory is their own) and write JSON to bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Measure {
  seconds: number;
  /** User + system CPU time of the process (all its threads) over the call. */
  cpuSeconds: number;
  /** Peak resident set size of this process so far, in MiB. */
  peakRssMiB: number;
}

/** Time a function (wall clock) and read the process's peak RSS afterwards. */
export async function measure<T>(fn: () => Promise<T> | T): Promise<{ result: T } & Measure> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await fn();
  const seconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { result, seconds, cpuSeconds: (c.user + c.system) / 1e6, peakRssMiB: peakRssMiB() };
}

export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Save a benchmark's figures as bench/results/<name>.json and print them. */
export function report(name: string, figures: Record<string, unknown>): void {
  const dir = join(import.meta.dirname ?? 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const out = { name, date: new Date().toISOString(), node: process.version, ...figures };
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}
