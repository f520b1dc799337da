// The terminal rendering of a scan: one line per column, then what it means.
import { ROLE_WORDS } from './scan.js';
import type { ScanResult } from './types.js';

const SHORT: Record<string, string> = {
  identifier: 'IDENTIFIER',
  'quasi-identifier': 'quasi-id',
  sensitive: 'sensitive',
  'special-category': 'ART. 9',
  other: '-',
  ignore: 'ignore',
};

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** Words of `text` on lines of at most `width` characters, each starting with `indent`. */
function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

export function formatScan(scan: ScanResult, width = 110): string {
  const nameW = Math.min(40, Math.max(6, ...scan.columns.map((c) => c.name.length)));
  const head = `${pad('column', nameW)}  ${pad('kind', 11)}  ${pad('role', 10)}  conf`;
  const lines = [head, '-'.repeat(head.length)];
  for (const c of scan.columns) {
    lines.push(
      `${pad(clip(c.name, nameW), nameW)}  ${pad(c.kind, 11)}  ${pad(SHORT[c.role], 10)}  ${c.confidence.toFixed(2)}`,
    );
    // The evidence under each column that has any, so that it is read whole.
    if (c.role !== 'other' || c.evidence.length) lines.push(...wrap(c.note, Math.max(60, width), '    '));
  }
  lines.push('');
  const rows = scan.rows.toLocaleString('en-US');
  lines.push(
    scan.sampled
      ? `Scanned a seeded random sample of ${scan.scannedRows.toLocaleString('en-US')} of ${rows} rows (seed ${scan.seed}).`
      : `Scanned all ${rows} rows.`,
  );
  for (const role of ['identifier', 'quasi-identifier', 'special-category', 'sensitive'] as const) {
    const names = scan.byRole[role];
    if (names.length) lines.push(`${ROLE_WORDS[role]} (${names.length}): ${names.join(', ')}`);
  }
  if (scan.byRole.identifier.length)
    lines.push('Direct identifiers must be removed or replaced before the file leaves the building.');
  if (scan.byRole['quasi-identifier'].length)
    lines.push(`Next: \`fictif risk\` measures how many records these quasi-identifiers single out.`);
  return lines.join('\n');
}
