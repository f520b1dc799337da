// The shell shared by fictif's HTML reports: one self-contained page (CSS inline, charts as inline
// SVG, system fonts, no script, no network request), readable on screen and printable.
import { esc, slug } from './html.js';

export interface PageSection {
  title: string;
  /** Trusted HTML (built by fictif, values escaped). */
  html: string;
}

export interface Page {
  title: string;
  subtitle?: string;
  sections: PageSection[];
  /** Page language (default 'en'). */
  lang?: string;
}

/** Colours that colour-blind readers tell apart (Okabe & Ito 2008). */
export const COLOURS = {
  real: '#0072B2',
  synthetic: '#E69F00',
  holdout: '#009E73',
  baseline: '#999999',
  pass: '#1b7837',
  fail: '#b2182b',
  uncertain: '#a6611a',
  unknown: '#595959',
} as const;

const CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #595959; --rule: #d8d8d8; --panel: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
header.top { padding: 28px 40px 18px; border-bottom: 1px solid var(--rule); background: var(--panel); }
header.top h1 { margin: 0 0 4px; font-size: 26px; }
header.top p { margin: 0; color: var(--muted); }
nav.toc { padding: 10px 40px; border-bottom: 1px solid var(--rule); font-size: 14px; }
nav.toc a { margin-right: 18px; color: #0b5394; text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
main { padding: 8px 40px 60px; max-width: 1400px; }
section { margin-top: 28px; }
h2 { font-size: 21px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin: 0 0 12px; }
h3 { font-size: 17px; margin: 22px 0 8px; }
p.note, .muted { color: var(--muted); font-size: 13.5px; }
table { border-collapse: collapse; margin: 8px 0 14px; font-size: 14px; }
th, td { border-bottom: 1px solid var(--rule); padding: 5px 10px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; min-width: 96px; padding: 1px 8px; border-radius: 10px; color: #fff; font-weight: 600; font-size: 13px; text-align: center; white-space: nowrap; }
.badge.pass { background: ${COLOURS.pass}; } .badge.fail { background: ${COLOURS.fail}; }
.badge.uncertain { background: ${COLOURS.uncertain}; } .badge.unknown { background: ${COLOURS.unknown}; }
.cards { display: flex; flex-wrap: wrap; gap: 14px; margin: 10px 0 18px; }
.card { background: var(--panel); border: 1px solid var(--rule); border-radius: 8px; padding: 12px 16px; min-width: 190px; }
.card .big { font-size: 30px; font-weight: 700; line-height: 1.1; }
.card .label { color: var(--muted); font-size: 13px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 18px 22px; }
.row { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
figure { margin: 0; }
figure.chart { break-inside: avoid; }
figure.chart figcaption { font-weight: 600; font-size: 14px; margin-bottom: 2px; }
figure.chart figcaption .muted { font-weight: 400; }
.legend { display: flex; gap: 18px; font-size: 13.5px; margin: 6px 0 10px; }
.legend span::before { content: ""; display: inline-block; width: 14px; height: 10px; margin-right: 6px; vertical-align: baseline; background: var(--c); border: 2px solid var(--c); }
.legend span.outline::before { background: transparent; }
details { margin: 8px 0; } summary { cursor: pointer; color: #0b5394; }
code { font-size: 13px; background: var(--panel); padding: 0 3px; border-radius: 3px; }
@media print { nav.toc { display: none; } main, header.top { padding-left: 0; padding-right: 0; } }
`;

/** The whole HTML page. Sections get anchors and a table of contents. */
export function renderPage(p: Page): string {
  const ids = p.sections.map((s, i) => slug(s.title) || `section-${i + 1}`);
  return `<!DOCTYPE html>
<html lang="${esc(p.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(p.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${esc(p.title)}</h1>${p.subtitle ? `<p>${esc(p.subtitle)}</p>` : ''}</header>
<nav class="toc" aria-label="Contents">${p.sections.map((s, i) => `<a href="#${ids[i]}">${esc(s.title)}</a>`).join('')}</nav>
<main>
${p.sections.map((s, i) => `<section id="${ids[i]}" aria-labelledby="${ids[i]}-h"><h2 id="${ids[i]}-h">${esc(s.title)}</h2>\n${s.html}\n</section>`).join('\n')}
</main>
</body>
</html>
`;
}
