import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
await page.goto('file:///tmp/evaltry/demo.html');
for (const id of process.argv.slice(2)) {
  const y = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top + window.scrollY, id);
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.screenshot({ path: `/tmp/evaltry/demo-${id}.png` });
}
await browser.close();
