// The rule expression language of src/table/rules.ts, on small hand-made tables.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FictifError } from '../src/errors.js';
import { columnFromValues, isoToDays } from '../src/table/column.js';
import {
  checkRules,
  compileRule,
  formatRules,
  parseExpression,
  parseRules,
  type Rule,
  ruleColumns,
} from '../src/table/rules.js';
import { Table } from '../src/table/table.js';

const table = new Table(
  [
    columnFromValues('a', 'numeric', [1, 2, null, 4, 0]),
    columnFromValues('b', 'integer', [1, 3, 5, null, 0]),
    columnFromValues('cat', 'categorical', ['A', 'B', null, 'C', 'A']),
    columnFromValues('txt', 'text', ['x', "l'école", null, 'z', '']),
    columnFromValues('flag', 'boolean', [true, false, null, true, false]),
    columnFromValues('d', 'date', ['2000-01-01', '2010-06-15', null, '2024-12-31', '1990-03-01']),
    columnFromValues('odd name', 'numeric', [10, 20, 30, 40, 50]),
  ],
  { source: 'mini.csv' },
);

/** The truth of an expression on each row: true (holds or unknown) / false. */
function holds(expr: string): boolean[] {
  const f = compileRule({ id: 'r', description: '', expr }, table);
  return Array.from({ length: table.nRows }, (_, i) => f(i));
}

function usage(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof FictifError, `expected a FictifError, got ${e}`);
    assert.equal(e.kind, 'usage');
    assert.match(e.message, pattern);
    assert.ok(!e.message.includes('\n'), 'one-line message');
    return true;
  });
}

describe('demo rules language: arithmetic and comparisons', () => {
  it('compares numbers, with missing values leaving the rule undecided (it holds)', () => {
    assert.deepEqual(holds('a > 1'), [false, true, true, true, false]);
    assert.deepEqual(holds('a + b == 3'), [false, false, true, true, false]);
    assert.deepEqual(holds('a * 2 - b >= 1'), [true, true, true, true, false]);
  });

  it('follows the usual precedence: * / before + -, unary minus, parentheses', () => {
    assert.deepEqual(holds('1 + 2 * 3 == 7'), [true, true, true, true, true]);
    assert.deepEqual(holds('(1 + 2) * 3 == 9'), [true, true, true, true, true]);
    assert.deepEqual(holds('-a + 4 == 3'), [true, false, true, false, false]);
    assert.deepEqual(holds('10 / 4 == 2.5 and 2 - 3 - 4 == -5'), [true, true, true, true, true]);
    assert.deepEqual(holds('1e3 == 1000 and .5 == 0.5'), [true, true, true, true, true]);
  });

  it('treats division by zero as missing (undecided)', () => {
    assert.deepEqual(holds('a / b > 100'), [false, false, true, true, true]);
  });

  it('compares numbers with a relative tolerance, so cent sums are equal', () => {
    assert.deepEqual(holds('0.1 + 0.2 == 0.3'), [true, true, true, true, true]);
    assert.deepEqual(holds('0.1 + 0.2 <= 0.3 and not 0.1 + 0.2 > 0.3'), [true, true, true, true, true]);
    assert.deepEqual(holds('1000000.01 == 1000000.02'), [false, false, false, false, false]);
  });

  it('accepts = and <> as == and !=', () => {
    assert.deepEqual(holds('b = 1'), holds('b == 1'));
    assert.deepEqual(holds('b <> 1'), holds('b != 1'));
  });

  it('has abs, min, max, round', () => {
    assert.deepEqual(holds('abs(a - 3) == 1'), [false, true, true, true, false]);
    assert.deepEqual(holds('min(a, b) == 1'), [true, false, true, true, false]);
    assert.deepEqual(holds('max(a, b, 2) == 3'), [false, true, true, true, false]);
    assert.deepEqual(holds('round(2.345, 2) == 2.35 and round(2.5) == 3'), [true, true, true, true, true]);
  });
});

describe('demo rules language: logic', () => {
  it('uses three-valued logic: false and unknown is false, true or unknown is true', () => {
    // Row 2 has a missing: "a > 0" is unknown there.
    assert.deepEqual(holds('a > 0 and 1 == 2'), [false, false, false, false, false]);
    assert.deepEqual(holds('a > 100 or 1 == 1'), [true, true, true, true, true]);
    assert.deepEqual(holds('not a > 1'), [true, false, true, false, true]);
  });

  it('reads => as an implication that holds when the premise is false', () => {
    assert.deepEqual(holds('a > 1 => b > 4'), [true, false, true, true, true]);
    // Right-associative: p => q => r is p => (q => r).
    assert.deepEqual(holds('a > 0 => b > 0 => a == b'), [true, false, true, true, true]);
  });

  it('has <=> for equivalence', () => {
    assert.deepEqual(holds('a > 1 <=> b > 2'), [true, true, true, true, true]);
    assert.deepEqual(holds('a > 0 <=> b > 2'), [false, true, true, true, true]);
  });

  it('uses boolean columns as conditions, and as 0 / 1 in arithmetic', () => {
    assert.deepEqual(holds('flag'), [true, false, true, true, false]);
    assert.deepEqual(holds('flag + 1 == 2'), [true, false, true, true, false]);
    assert.deepEqual(holds('flag == true'), [true, false, true, true, false]);
  });

  it('binds and tighter than or, and not tighter than and', () => {
    assert.deepEqual(holds('1 == 1 or 1 == 2 and 1 == 2'), [true, true, true, true, true]);
    assert.deepEqual(holds('not 1 == 1 and 1 == 1'), [false, false, false, false, false]);
  });
});

describe('demo rules language: missing values, strings, lists and dates', () => {
  it('tests missing values with is missing / is not missing', () => {
    assert.deepEqual(holds('a is missing'), [false, false, true, false, false]);
    assert.deepEqual(holds('cat is not missing'), [true, true, false, true, true]);
    assert.deepEqual(holds('txt is missing'), [false, false, true, false, false]);
    assert.deepEqual(holds('a is not missing and a > 1'), [false, true, false, true, false]);
  });

  it('compares strings of categorical and text columns', () => {
    assert.deepEqual(holds("cat == 'A'"), [true, false, true, false, true]);
    assert.deepEqual(holds("'A' != cat"), [false, true, true, true, false]);
    assert.deepEqual(holds("txt == 'l''école'"), [false, true, true, false, false]);
    assert.deepEqual(holds('txt == "z"'), [false, false, true, true, false]);
    assert.deepEqual(holds("cat == 'nowhere'"), [false, false, true, false, false]);
  });

  it('tests membership with in (...) and not in (...)', () => {
    assert.deepEqual(holds("cat in ('A', 'C')"), [true, false, true, true, true]);
    assert.deepEqual(holds("cat not in ('A', 'C')"), [false, true, true, false, false]);
    assert.deepEqual(holds("txt in ('x', 'z')"), [true, false, true, true, false]);
    assert.deepEqual(holds('b in (1, 5, -2)'), [true, false, true, true, false]);
  });

  it('works on dates as day numbers, with date() and quoted dates', () => {
    assert.deepEqual(holds("d >= date('2010-01-01')"), [false, true, true, true, false]);
    assert.deepEqual(holds("d < '2000-01-02'"), [true, false, true, false, true]);
    assert.deepEqual(holds(`d + 1 == ${isoToDays('2000-01-02')}`), [true, false, true, false, false]);
    assert.deepEqual(holds("d + 365 > '2010-06-15'"), [false, true, true, true, false]);
    assert.deepEqual(holds("d in ('2024-12-31', '1990-03-01')"), [false, false, true, true, true]);
  });

  it('names odd columns in backquotes', () => {
    assert.deepEqual(holds('`odd name` > 25'), [false, false, true, true, true]);
  });
});

describe('demo rules language: errors', () => {
  it('reports syntax errors with the rule id and 1-based position', () => {
    usage(() => parseExpression('a > ', 'r1'), /^rule 'r1': position 5: expected a value but found the end/);
    usage(() => parseExpression('a > 1 b', 'r2'), /^rule 'r2': position 7: unexpected 'b'/);
    usage(() => parseExpression('(a > 1', 'r3'), /position 7: expected '\)'/);
    usage(() => parseExpression("cat == 'A", 'r4'), /position 8: unterminated string/);
    usage(() => parseExpression('a $ 1', 'r5'), /position 3: unexpected character '\$'/);
    usage(() => parseExpression('1 < a < 3', 'r6'), /do not chain/);
    usage(() => parseExpression('foo(a)', 'r7'), /unknown function 'foo'/);
    usage(() => parseExpression('abs(a, b)', 'r8'), /abs\(\) takes 1 argument/);
    usage(() => parseExpression('a is b', 'r9'), /expected 'missing' after 'is'/);
    usage(() => parseExpression('cat in (a)', 'r10'), /literal values only/);
  });

  it('names an unknown column and the known ones', () => {
    usage(() => holds('nope > 1'), /^rule 'r': unknown column 'nope'; the table has: a, b, cat/);
  });

  it('rejects type errors at compile time', () => {
    usage(() => holds("a == 'x'"), /cannot compare a string with a number/);
    usage(() => holds('cat + 1 > 0'), /expected a number, found a string/);
    usage(() => holds('a + 1'), /expected a condition, found a number/);
    usage(() => holds("d > 'yesterday'"), /'yesterday' is not a date/);
    usage(() => holds("cat in ('A', 2)"), /quote the value/);
  });

  it('lists the columns a rule reads', () => {
    assert.deepEqual(ruleColumns("a > 1 => abs(b) < 2 and cat in ('A') or `odd name` is missing").sort(), [
      'a',
      'b',
      'cat',
      'odd name',
    ]);
  });
});

describe('demo rules files', () => {
  const rules: Rule[] = [
    { id: 'positive', description: 'a is positive', expr: 'a > 0' },
    { id: 'kids', description: 'b small', expr: 'b <= 3', source: 'made up' },
  ];

  it('round-trips through formatRules / parseRules', () => {
    assert.deepEqual(parseRules(formatRules(rules), 'rules.json'), rules);
    assert.deepEqual(parseRules(JSON.stringify(rules)), rules, 'a bare array is accepted too');
  });

  it('rejects bad files with a one-line message naming the file and rule', () => {
    const bad = (text: string, pattern: RegExp) =>
      assert.throws(
        () => parseRules(text, 'rules.json'),
        (e: unknown) => e instanceof FictifError && pattern.test(e.describe()) && !e.message.includes('\n'),
      );
    bad('{', /^rules\.json: rules: not valid JSON/);
    bad('{"rules": 3}', /expected \{"rules": \[\.\.\.\]\}/);
    bad('{"rules": [{"expr": "a > 1"}]}', /rules\[0\] needs an "id"/);
    bad('{"rules": [{"id": "x", "expr": "a > 1"}, {"id": "x", "expr": "a > 2"}]}', /duplicate rule id 'x'/);
    bad('{"rules": [{"id": "x"}]}', /rule 'x': needs an "expr"/);
    bad('{"rules": [{"id": "x", "expr": "a >"}]}', /rule 'x': position 4/);
    bad('{"rules": [{"id": "x", "expr": "a > 1", "severity": 2}]}', /unknown field 'severity'/);
  });

  it('counts violations per rule and flags violating rows', () => {
    const report = checkRules(table, rules);
    assert.equal(report.rows, 5);
    assert.deepEqual(
      report.rules.map((r) => [r.id, r.violations]),
      [
        ['positive', 1],
        ['kids', 1],
      ],
    );
    // Row 4 has a = 0, row 2 has b = 5.
    assert.deepEqual(Array.from(report.violatingRows), [0, 0, 1, 0, 1]);
  });
});
