import { chromium } from 'playwright-core';
const file = process.argv[2]; const prefix = process.argv[3];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
await page.goto('file://' + file);
const h = await page.evaluate(() => document.body.scrollHeight);
console.log('height', h);
const ys = process.argv.slice(4).map(Number);
for (const y of ys) { await page.evaluate((y) => window.scrollTo(0, y), y); await page.screenshot({ path: `/tmp/evaltry/${prefix}-${y}.png` }); }
await browser.close();
