// CSV throughput: generate a rows × 20 mixed-kind CSV (French style: ';' and decimal comma), then in
// fresh processes read it (MB/s, rows/s, peak RSS / file size; after one uncounted run, the median of
// FICTIF_BENCH_REPEAT runs, default 3) and write it back (MB/s, rows/s).
// Size: FICTIF_BENCH_ROWS or the first argument (default 1,000,000). Target: read ≥ 40 MB/s on one
// core with peak RSS ≤ 3× the file size.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTable, writeTable } from '../src/io/index.js';
import { createRng } from '../src/random.js';
import { measure, peakRssMiB, report } from './harness.js';

const REGIONS = [
  'Auvergne-Rhône-Alpes',
  'Bretagne',
  'Corse',
  'Grand Est',
  'Hauts-de-France',
  'Île-de-France',
];
const FIRST = ['Jean', 'Marie', 'Élodie', 'Karim', 'Sophie', 'Lucas', 'Inès', 'Hugo', 'Léa', 'Noah'];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
];
const pad = (n: number, w: number) => String(n).padStart(w, '0');

async function generate(path: string, rows: number): Promise<void> {
  const rng = createRng('bench-csv');
  const out = createWriteStream(path);
  const header = [
    'id',
    'age',
    'revenu',
    'naissance',
    'sexe',
    'region',
    'code_postal',
    'allocataire',
    'enfants',
    'montant',
    'horodatage',
    'nom',
    'commune',
    'score',
    'indicateur',
    'date_entree',
    'commentaire',
    'taille_foyer',
    'code',
    'loyer',
  ];
  out.write(`${header.join(';')}\n`);
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const age = 18 + rng.int(80);
    const cells = [
      `P${pad(i + 1, 8)}`,
      String(age),
      (rng.next() * 60000).toFixed(2).replace('.', ','),
      `${pad(1 + rng.int(28), 2)}/${pad(1 + rng.int(12), 2)}/${1930 + rng.int(80)}`,
      rng.next() < 0.5 ? 'F' : 'M',
      REGIONS[rng.int(REGIONS.length)],
      pad(1000 + rng.int(94000), 5),
      rng.next() < 0.3 ? 'oui' : 'non',
      String(rng.int(6)),
      rng.next() < 0.05 ? 'NA' : (rng.next() * 900).toFixed(2).replace('.', ','),
      new Date(Date.UTC(2024, 0, 1) + rng.int(365 * 86400) * 1000).toISOString().slice(0, 19),
      `${FIRST[rng.int(FIRST.length)]} ${LAST[rng.int(LAST.length)]}`,
      `Commune ${rng.int(400)}`,
      (rng.normal() * 10 + 50).toFixed(3).replace('.', ','),
      String(rng.int(2)),
      `${2000 + rng.int(24)}-${pad(1 + rng.int(12), 2)}-${pad(1 + rng.int(28), 2)}`,
      rng.next() < 0.1 ? '"dossier ""urgent""; à revoir"' : '',
      String(1 + rng.int(7)),
      `${String.fromCharCode(65 + rng.int(26))}${rng.int(100)}`,
      String(300 + rng.int(1500)),
    ];
    buf += `${cells.join(';')}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function phase(kind: string, file: string): Promise<void> {
  const bytes = statSync(file).size;
  const baselineRssMiB = process.memoryUsage().rss / 1048576;
  if (kind === 'read') {
    const before = process.cpuUsage();
    const m = await measure(() => readTable(file));
    const c = process.cpuUsage(before);
    const cpu = (c.user + c.system) / 1e6;
    const t = m.result;
    process.stdout.write(
      JSON.stringify({
        cpu,
        baselineRssMiB,
        seconds: m.seconds,
        peakRssMiB: m.peakRssMiB,
        rows: t.nRows,
        kinds: t.columns.map((c) => `${c.name}:${c.kind}`),
      }),
    );
  } else {
    const t = await readTable(file);
    const out = join(tmpdir(), `fictif-bench-out-${process.pid}.csv`);
    const before = process.cpuUsage();
    const m = await measure(() => writeTable(t, out, { delimiter: ';' }));
    const c = process.cpuUsage(before);
    const cpu = (c.user + c.system) / 1e6;
    const outBytes = statSync(out).size;
    rmSync(out, { force: true });
    process.stdout.write(
      JSON.stringify({
        seconds: m.seconds,
        cpu,
        peakRssMiB: peakRssMiB(),
        bytes: outBytes,
        inputBytes: bytes,
      }),
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--phase') return phase(args[1], args[2]);
  const rows = Number(process.env.FICTIF_BENCH_ROWS ?? args[0] ?? 1_000_000);
  const file = join(tmpdir(), `fictif-bench-${rows}.csv`);
  if (!existsSync(file)) await generate(file, rows);
  const bytes = statSync(file).size;
  const run = (kind: string) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--phase', kind, file], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`${kind} phase failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  // Identical runs vary by ±20 % on a shared machine, and the first run after a pause is slower for
  // any program (old reader and writer alike): one read is run first and not counted, then the read is
  // timed in several fresh processes and the median run is reported (every run's figures too).
  run('read');
  const repeat = Math.max(1, Number(process.env.FICTIF_BENCH_REPEAT ?? 3));
  const reads = Array.from({ length: repeat }, () => run('read'));
  const read = [...reads].sort((a, b) => a.seconds - b.seconds)[Math.floor((repeat - 1) / 2)];
  const peakRss = Math.max(...reads.map((r) => r.peakRssMiB)); // memory: the worst run
  const write = run('write');
  const mb = bytes / 1e6;
  report('csv', {
    rows,
    columns: 20,
    fileMB: +mb.toFixed(1),
    read: {
      runs: reads.map((r) => ({
        seconds: +r.seconds.toFixed(3),
        MBps: +(mb / r.seconds).toFixed(1),
        cpuSeconds: +r.cpu.toFixed(3),
        peakRssMiB: +r.peakRssMiB.toFixed(1),
      })),
      seconds: +read.seconds.toFixed(3),
      MBps: +(mb / read.seconds).toFixed(1),
      rowsPerSecond: Math.round(rows / read.seconds),
      cpuSeconds: +read.cpu.toFixed(3),
      MBpsPerCpuSecond: +(mb / read.cpu).toFixed(1),
      peakRssMiB: +peakRss.toFixed(1),
      peakRssOverFileSize: +((peakRss * 1048576) / bytes).toFixed(2),
      // The process before reading (Node, tsx, modules) is not the reader's doing.
      baselineRssMiB: +read.baselineRssMiB.toFixed(1),
      peakRssAboveBaselineOverFileSize: +(
        ((peakRss - read.baselineRssMiB) * 1048576) /
        bytes
      ).toFixed(2),
      kinds: read.kinds,
    },
    write: {
      seconds: +write.seconds.toFixed(3),
      MBps: +(write.bytes / 1e6 / write.seconds).toFixed(1),
      cpuSeconds: +write.cpu.toFixed(3),
      MBpsPerCpuSecond: +(write.bytes / 1e6 / write.cpu).toFixed(1),
      rowsPerSecond: Math.round(rows / write.seconds),
    },
    targets: { readMBps: 40, peakRssOverFileSize: 3 },
    // Wall-clock MB/s depend on what else runs on the machine; per CPU-second they do much less.
    loadAverage: (await import('node:os')).loadavg()[0],
  });
}

await main();
