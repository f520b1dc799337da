// The HTML report: one self-contained page that a real browser renders with its charts and without
// a single network request. The screenshot is saved to the temporary directory for a person to look at.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { evaluate } from '../src/evaluate/index.js';
import { renderEvaluationReport, renderPage } from '../src/report/index.js';
import { population } from './evaluate-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';

const e = evaluate(population(800, 'r'), population(800, 's'), { holdout: population(500, 'h'), seed: 2 });
const html = renderEvaluationReport(e);

describe('evaluate: HTML report', () => {
  it('is one self-contained page: inline SVG charts, no script, no external reference', () => {
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(
      (html.match(/<svg/g) ?? []).length >= e.columns.length + 5,
      'a chart per column and the summary charts',
    );
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<link\b/i);
    assert.doesNotMatch(html, /(src|href)\s*=\s*["']?(https?:)?\/\//i);
    assert.doesNotMatch(html, /@import|@font-face|url\(\s*["']?https?:/i);
    assert.match(html, /Content-Security-Policy/);
    for (const v of e.verdicts) assert.ok(html.includes(v.criterion.replace(/'/g, '&#39;')), v.criterion);
    assert.match(html, /Fidelity score = 100 × \(1 − mean/);
    assert.ok(html.length < 2_000_000, `page size ${html.length}`);
  });

  it('escapes what comes from the data', () => {
    const page = renderPage({ title: '<b>x</b>', sections: [{ title: 'A & B', html: '<p>ok</p>' }] });
    assert.match(page, /&lt;b&gt;x&lt;\/b&gt;/);
    assert.match(page, /A &amp; B/);
    assert.match(page, /<p>ok<\/p>/);
  });

  it('renders in Chromium with its charts and makes no network request', {
    skip: existsSync(CHROMIUM)
      ? false
      : `${CHROMIUM} is absent (apt-get install chromium): browser rendering not checked`,
  }, async () => {
    const { chromium } = await import('playwright-core');
    const dir = await mkdtemp(join(tmpdir(), 'fictif-evaluate-'));
    const file = join(dir, 'report.html');
    await writeFile(file, html);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.request().url().startsWith('file:') ? route.continue() : route.abort();
      });
      await page.goto(`file://${file}`);
      assert.deepEqual(requests, [`file://${file}`], 'the page loads nothing but itself');
      const charts = await page.locator('figure.chart svg').count();
      assert.ok(charts >= e.columns.length + 4, `${charts} charts`);
      // The charts have drawn marks with real sizes.
      const marks = await page.locator('figure.chart svg rect').count();
      assert.ok(marks > 100, `${marks} rectangles`);
      const box = await page.locator('figure.chart svg').first().boundingBox();
      assert.ok(box && box.width > 200 && box.height > 100);
      const title = await page.title();
      assert.match(title, /Evaluation of a synthetic file/);
      const shot = join(tmpdir(), 'fictif-evaluate-report.png');
      await page.screenshot({ path: shot, fullPage: true });
      assert.ok(existsSync(shot));
      process.stderr.write(`evaluate report screenshot: ${shot}\n`);
    } finally {
      await browser.close();
    }
  });
});
