// The built-in fictitious benefits population. (Being built: see the demo issue.)
import type { Seed } from '../random.js';
import { Table } from '../table/table.js';

export const DEMO_ROWS = 10204;

export interface DemoOptions {
  rows?: number;
  seed?: Seed;
}

/** The demo population in memory. */
export function generateDemo(_options: DemoOptions = {}): Table {
  return new Table([], { source: 'demo', fictitious: true });
}
