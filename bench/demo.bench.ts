// Demo population throughput: households/s and peak memory, generating and streaming to CSV, each size
// in its own process (peak RSS is per process). Memory must stay flat in N: the two sizes (N/4 and N)
// should show about the same peak RSS. Also times the in-memory default (10,204 households), which
// every command uses when no file is given.
// Size: FICTIF_BENCH_ROWS or the first argument (default 1,000,000 households).
// Target: ≥ 100,000 households/s on one core to CSV; peak RSS flat in N.
// Each child runs on one core (see PIN): wall-clock households/s is then the one-core figure.
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoRecords, generateDemo } from '../src/demo/index.js';
import { openTableWriter } from '../src/io/index.js';
import { writeRecords } from '../src/cli/commands/demo.js';
import { peakRssMiB, report } from './harness.js';

interface Run {
  rows: number;
  mode: 'csv' | 'generate';
  seconds: number;
  cpuSeconds: number;
  householdsPerSecond: number;
  householdsPerCpuSecond: number;
  peakRssMiB: number;
  fileMiB?: number;
}

async function child(mode: 'csv' | 'generate', rows: number): Promise<void> {
  const path = join(tmpdir(), `fictif-demo-bench-${process.pid}.csv`);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let fileMiB: number | undefined;
  if (mode === 'csv') {
    // As `fictif demo --out FILE.csv` writes it: one household at a time from a row record.
    const sink = await openTableWriter(path, { comment: true });
    if ((await writeRecords(sink, { rows, seed: 1 })) === 0) throw new Error('CSV took no records');
    await sink.close();
    fileMiB = Math.round(statSync(path).size / 1048576);
    rmSync(path, { force: true });
  } else {
    // The households drawn into the row record, as the CSV run draws them, and nothing written.
    const demo = new DemoRecords({ rows, seed: 1 });
    let n = 0;
    while (demo.next()) n++;
    if (n !== rows) throw new Error('row count');
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const run: Run = {
    rows,
    mode,
    seconds: round(seconds),
    cpuSeconds: round(cpuSeconds),
    householdsPerSecond: Math.round(rows / seconds),
    householdsPerCpuSecond: Math.round(rows / cpuSeconds),
    peakRssMiB: Math.round(peakRssMiB()),
    fileMiB,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

// The target is for one core: each child is pinned to one CPU with taskset where it exists (Linux),
// so that its helper threads (garbage collection, file writes) share that core. FICTIF_BENCH_PIN=0
// lets it use every core (its CPU-seconds then count the helper threads' work on the other cores).
const PIN =
  process.env.FICTIF_BENCH_PIN !== '0' &&
  process.platform === 'linux' &&
  spawnSync('taskset', ['-c', '0', 'true']).status === 0;

function spawnRun(mode: 'csv' | 'generate', rows: number): Run {
  const node = [process.execPath, '--import', 'tsx', import.meta.filename, '--child', mode, String(rows)];
  const [command, ...args] = PIN ? ['taskset', '-c', '0', ...node] : node;
  const r = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`child ${mode} ${rows} failed`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) as string);
}

const round = (x: number) => Math.round(x * 100) / 100;

async function parent(): Promise<void> {
  const rows = Number(process.env.FICTIF_BENCH_ROWS ?? process.argv[2] ?? 1_000_000);
  const small = Math.max(1, Math.round(rows / 4));
  // The default population in memory (warm: second call).
  generateDemo({ seed: 1 });
  const t0 = performance.now();
  const demo = generateDemo({ seed: 2 });
  const defaultSeconds = round((performance.now() - t0) / 1000);
  const runs = [
    spawnRun('generate', small),
    spawnRun('generate', rows),
    spawnRun('csv', small),
    spawnRun('csv', rows),
  ];
  const csv = runs.filter((r) => r.mode === 'csv');
  report('demo', {
    rows,
    columns: demo.nCols,
    defaultPopulation: { rows: demo.nRows, seconds: defaultSeconds },
    runs,
    pinnedToOneCore: PIN,
    csvHouseholdsPerSecond: csv[1].householdsPerSecond,
    csvHouseholdsPerCpuSecond: csv[1].householdsPerCpuSecond,
    peakRssGrowthMiB: csv[1].peakRssMiB - csv[0].peakRssMiB,
    target: '>= 100,000 households/s to CSV on one core; peak RSS flat in N (N/4 vs N)',
  });
}

if (process.argv[2] === '--child')
  await child(process.argv[3] as 'csv' | 'generate', Number(process.argv[4]));
else await parent();
