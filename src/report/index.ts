// HTML reports: one self-contained file each (inline CSS and SVG charts, no script, no network).
export { renderEvaluationReport } from './evaluation.js';
export { COLOURS, type Page, type PageSection, renderPage } from './page.js';
export { esc, num, pct, table } from './html.js';
