// A small generated population for the evaluate tests: mixed kinds, dependencies between columns,
// some missing values. Two draws with different seeds are independent samples of one population.
import { createRng } from '../src/random.js';
import { categoricalFromStrings, numberColumn } from '../src/table/column.js';
import { Table } from '../src/table/table.js';

const COMMUNES = Array.from({ length: 30 }, (_, i) => `Commune ${String(i + 1).padStart(2, '0')}`);

export function population(rows: number, seed: number | string): Table {
  const rng = createRng(seed, 'evaluate-fixture');
  const age = new Float64Array(rows);
  const income = new Float64Array(rows);
  const children = new Float64Array(rows);
  const birth = new Float64Array(rows);
  const sex: string[] = [];
  const commune: (string | null)[] = [];
  const family: string[] = [];
  const benefit: string[] = [];
  for (let i = 0; i < rows; i++) {
    const a = 18 + Math.floor(rng.next() * 62);
    age[i] = a;
    birth[i] = 20000 - a * 365 - rng.int(365);
    sex.push(rng.next() < 0.5 ? 'F' : 'M');
    const c = Math.min(COMMUNES.length - 1, Math.floor(COMMUNES.length * rng.next() ** 2));
    commune.push(rng.next() < 0.03 ? null : COMMUNES[c]);
    const couple = rng.next() < 0.55;
    const k = a < 25 ? 0 : Math.min(6, Math.floor(-Math.log(1 - rng.next()) * (couple ? 1.6 : 0.8)));
    children[i] = k;
    family.push(couple ? (k ? 'couple with children' : 'couple') : k ? 'single parent' : 'single');
    const inc = Math.round(Math.exp(7.2 + 0.012 * (a - 18) + 0.35 * rng.normal() + (couple ? 0.4 : 0)));
    income[i] = rng.next() < 0.05 ? Number.NaN : inc;
    const p = 1 / (1 + Math.exp(-(-1.5 + 0.9 * k - 0.0008 * (inc - 1500))));
    benefit.push(rng.next() < p ? 'yes' : 'no');
  }
  return new Table(
    [
      numberColumn('age', 'integer', age),
      categoricalFromStrings('sex', sex),
      categoricalFromStrings('commune', commune),
      categoricalFromStrings('family', family),
      numberColumn('children', 'integer', children),
      numberColumn('income', 'numeric', income),
      numberColumn('birth_date', 'date', birth),
      categoricalFromStrings('benefit', benefit),
    ],
    { source: `population-${seed}` },
  );
}
