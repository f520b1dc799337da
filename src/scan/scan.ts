// `scan`: a personal-data inventory of a table. Every column gets a role (direct identifier,
// quasi-identifier, sensitive, special category, other), a confidence and the evidence behind it.
import { usageError } from '../errors.js';
import { createRng } from '../random.js';
import { isoToDays } from '../table/column.js';
import { COLUMN_ROLES, type ColumnRole } from '../table/schema.js';
import type { Table } from '../table/table.js';
import { classify } from './classify.js';
import { columnEvidence } from './evidence.js';
import { sampleRowIndices } from './sample.js';
import type { ColumnFinding, Evidence, ScanOptions, ScanResult } from './types.js';

export const DEFAULT_SCAN_SAMPLE = 50_000;

const ROLE_WORDS: Record<ColumnRole, string> = {
  identifier: 'direct identifier',
  'quasi-identifier': 'quasi-identifier',
  sensitive: 'sensitive',
  'special-category': 'special category (GDPR art. 9)',
  other: 'no personal data detected',
  ignore: 'ignored',
};

/** The latest date in the table's date columns (dates of birth cannot be later), else today. */
function latestDay(table: Table, rows: Int32Array): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const col of table.columns) {
    if (col.kind !== 'date' && col.kind !== 'datetime') continue;
    for (const i of rows) {
      if (col.missing[i]) continue;
      const d = col.kind === 'datetime' ? Math.floor(col.values[i] / 86400000) : col.values[i];
      if (d > max) max = d;
    }
  }
  return Number.isFinite(max) ? max : Math.floor(Date.now() / 86400000);
}

function sentence(evidence: Evidence[], role: ColumnRole, fromSchema: boolean): string {
  const lead = evidence.filter((e) => e.source !== 'schema' && e.role === role).slice(0, 2);
  const parts = lead.map((e) => e.detail);
  if (fromSchema) {
    const detected = evidence.find((e) => e.source !== 'schema');
    return (
      `role set in the schema` +
      (detected
        ? ` (detectors said ${ROLE_WORDS[detected.role]}: ${detected.detail})`
        : ' (detectors found nothing)')
    );
  }
  if (parts.length === 0) {
    const weak = evidence[0];
    return weak ? `no strong evidence (weak: ${weak.detail})` : 'no detector fired';
  }
  return parts.join('; ');
}

/** Scan every column of a table. */
export function scanTable(table: Table, options: ScanOptions = {}): ScanResult {
  const seed = options.seed ?? 0;
  const limit = options.sampleRows ?? DEFAULT_SCAN_SAMPLE;
  const rows = sampleRowIndices(table.nRows, limit, createRng(seed, 'scan-sample'));
  const referenceDay = options.referenceDate ? isoToDays(options.referenceDate) : latestDay(table, rows);
  if (Number.isNaN(referenceDay))
    throw usageError(`the reference date must be a date written yyyy-mm-dd, got '${options.referenceDate}'`);
  const schemaRoles = new Map<string, ColumnRole>();
  for (const c of options.schema?.columns ?? []) if (c.role) schemaRoles.set(c.name, c.role);

  const columns: ColumnFinding[] = [];
  table.columns.forEach((col, index) => {
    options.progress?.(index, table.nCols, col.name);
    const { evidence, distinct } = columnEvidence(col, { rows, referenceDay });
    const found = classify(evidence);
    const given = schemaRoles.get(col.name);
    const finding: ColumnFinding = {
      name: col.name,
      kind: col.kind,
      role: given ?? found.role,
      confidence: given ? 1 : found.confidence,
      evidence: given
        ? [
            {
              source: 'schema',
              detector: 'schema',
              role: given,
              confidence: 1,
              detail: `role '${given}' set in the schema (wins over the detectors)`,
            },
            ...found.evidence,
          ]
        : found.evidence,
      note: '',
      roleFromSchema: given !== undefined,
      distinct: distinct.values.length,
      missingRate: distinct.rows ? 1 - distinct.nonMissing / distinct.rows : 0,
    };
    finding.note = sentence(finding.evidence, finding.role, finding.roleFromSchema);
    columns.push(finding);
  });
  options.progress?.(table.nCols, table.nCols);

  const byRole = Object.fromEntries(COLUMN_ROLES.map((r) => [r, [] as string[]])) as Record<
    ColumnRole,
    string[]
  >;
  for (const c of columns) byRole[c.role].push(c.name);
  return {
    source: table.meta.source,
    rows: table.nRows,
    scannedRows: rows.length,
    sampled: rows.length < table.nRows,
    seed,
    columns,
    byRole,
  };
}

export { ROLE_WORDS };
