// Charts as inline SVG, drawn server-side by Observable Plot on a jsdom document: the page needs no
// script and no network to show them. Colours from the Okabe–Ito palette; every chart has a title.
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { COLOURS } from './page.js';

/** Labels cut to `max` characters, kept distinct (a cut that collides keeps its tail instead). */
export function shortLabels(labels: readonly string[], max: number): string[] {
  const seen = new Set<string>();
  return labels.map((l) => {
    let s = l.length > max ? `${l.slice(0, max - 1)}…` : l;
    if (seen.has(s)) s = `…${l.slice(-(max - 1))}`;
    for (let k = 2; seen.has(s); k++) s = `${l.slice(0, max - 4)}… ${k}`;
    seen.add(s);
    return s;
  });
}

/** Left margin that fits the longest label (system fonts at 11 px: about 6.2 px a character). */
function marginFor(labels: readonly string[]): number {
  return Math.min(300, 16 + 6.2 * Math.max(4, ...labels.map((l) => l.length)));
}

let doc: Document | undefined;
function document(): Document {
  doc ??= new JSDOM('<!DOCTYPE html><body></body>').window.document;
  return doc;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

function render(options: Plot.PlotOptions): string {
  const el = Plot.plot({
    document: document(),
    style: { fontFamily: FONT, fontSize: '11px', overflow: 'visible' },
    ...options,
  });
  return (el as unknown as Element).outerHTML;
}

/** Bin axis values: dates (days since epoch) become Date objects so the axis reads as dates. */
function axisValue(kind: string, v: number): number | Date {
  if (kind === 'date') return new Date(v * 86400000);
  if (kind === 'datetime') return new Date(v);
  return v;
}

export interface Series {
  label: string;
  colour: string;
  /** Drawn as an outline (the second series), so overlapping bars stay readable. */
  outline?: boolean;
  values: number[];
}

/** Overlaid histograms on shared bin edges; y is the share of rows. */
export function histogramChart(
  edges: number[],
  series: Series[],
  o: { kind?: string; xLabel?: string; width?: number; height?: number } = {},
): string {
  const kind = o.kind ?? 'numeric';
  const marks: Plot.Markish[] = series.map((s) => {
    const data = s.values.map((v, i) => ({
      x1: axisValue(kind, edges[i]),
      x2: axisValue(kind, edges[i + 1]),
      y: v,
    }));
    return Plot.rectY(
      data,
      s.outline
        ? { x1: 'x1', x2: 'x2', y: 'y', stroke: s.colour, strokeWidth: 2, fill: 'none', inset: 0.5 }
        : { x1: 'x1', x2: 'x2', y: 'y', fill: s.colour, fillOpacity: 0.55, inset: 0.5 },
    );
  });
  marks.push(Plot.ruleY([0]));
  return render({
    width: o.width ?? 340,
    height: o.height ?? 170,
    marginLeft: 40,
    x: { label: o.xLabel ?? null, ticks: 5 },
    y: { label: 'share', tickFormat: '.0%', grid: true, ticks: 4 },
    marks,
  });
}

/** Grouped horizontal bars: one group per category, one bar per series. */
export function barsChart(labels: string[], series: Series[], o: { width?: number } = {}): string {
  const short = shortLabels(labels, 24);
  const data = labels.flatMap((_, i) =>
    series.map((s) => ({ label: short[i], series: s.label, v: s.values[i] })),
  );
  return render({
    width: o.width ?? 340,
    height: 30 + labels.length * (series.length * 7 + 6),
    marginLeft: marginFor(short),
    x: { label: 'share', tickFormat: '.0%', grid: true, ticks: 4 },
    y: { axis: null, domain: series.map((s) => s.label) },
    fy: { label: null, domain: short, padding: 0.15 },
    color: { domain: series.map((s) => s.label), range: series.map((s) => s.colour) },
    marks: [Plot.barX(data, { x: 'v', y: 'series', fy: 'label', fill: 'series' }), Plot.ruleX([0])],
  });
}

/** A square matrix as a heat map. */
export function heatmap(
  names: string[],
  values: number[][],
  o: { domain: [number, number]; scheme: string; label: string; size?: number; showValues?: boolean },
): string {
  const data: { a: string; b: string; v: number }[] = [];
  const short = shortLabels(names, 26);
  for (let i = 0; i < short.length; i++)
    for (let j = 0; j < short.length; j++)
      if (i !== j) data.push({ a: short[i], b: short[j], v: values[i][j] });
  const size = o.size ?? Math.max(300, Math.min(640, marginFor(short) + names.length * 13));
  const marks: Plot.Markish[] = [Plot.cell(data, { x: 'a', y: 'b', fill: 'v', inset: 0.5 })];
  if (o.showValues ?? names.length <= 10)
    marks.push(
      Plot.text(data, {
        x: 'a',
        y: 'b',
        text: (d: { v: number }) => (Number.isFinite(d.v) ? d.v.toFixed(2) : ''),
        fontSize: 8.5,
        fill: (d: { v: number }) =>
          Math.abs(d.v) > 0.6 * Math.max(Math.abs(o.domain[0]), Math.abs(o.domain[1])) ? 'white' : 'black',
      }),
    );
  return render({
    width: size,
    height: size,
    marginLeft: marginFor(short),
    marginBottom: marginFor(short) * 0.8,
    padding: 0,
    x: { label: null, domain: short, tickRotate: names.length > 16 ? -90 : -50 },
    y: { label: null, domain: short },
    // A quantised scale: its legend is drawn in SVG (a continuous ramp would need a canvas).
    color: {
      type: 'quantize',
      n: 10,
      domain: o.domain,
      scheme: o.scheme as Plot.ColorScheme,
      legend: true,
      label: o.label,
      unknown: '#eeeeee',
    },
    marks,
  });
}

/** Horizontal bars of a value per item (e.g. distance per column), with optional reference ticks. */
export function valueBars(
  items: { label: string; value: number; reference?: number }[],
  o: { label: string; max?: number; width?: number; colour?: string },
): string {
  const short = shortLabels(
    items.map((d) => d.label),
    40,
  );
  const data = items.map((d, i) => ({ ...d, label: short[i] }));
  const marks: Plot.Markish[] = [
    Plot.barX(data, { x: 'value', y: 'label', fill: o.colour ?? COLOURS.synthetic }),
    Plot.ruleX([0]),
  ];
  if (items.some((d) => d.reference !== undefined))
    marks.push(
      Plot.tickX(
        data.filter((d) => d.reference !== undefined),
        { x: 'reference', y: 'label', stroke: COLOURS.holdout, strokeWidth: 3 },
      ),
    );
  return render({
    width: o.width ?? 640,
    height: 40 + items.length * 18,
    marginLeft: marginFor(short),
    x: { label: o.label, grid: true, domain: o.max !== undefined ? [0, o.max] : undefined },
    y: { label: null, domain: data.map((d) => d.label) },
    marks,
  });
}

export interface RatePoint {
  group: string;
  series: string;
  rate: number;
  low: number;
  high: number;
}

/** Success rates with their confidence intervals, one row per attack, one dot per scoring. */
export function rateChart(
  points: RatePoint[],
  series: { label: string; colour: string }[],
  o: { width?: number } = {},
): string {
  const groups = Array.from(new Set(points.map((p) => p.group)));
  return render({
    width: o.width ?? 720,
    height: 40 + groups.length * (series.length * 11 + 12),
    marginLeft: 210,
    x: { label: 'success rate (95 % Wilson interval)', domain: [0, 1], tickFormat: '.0%', grid: true },
    y: { axis: null, domain: series.map((s) => s.label) },
    fy: { label: null, domain: groups, padding: 0.2 },
    color: { domain: series.map((s) => s.label), range: series.map((s) => s.colour), legend: true },
    marks: [
      Plot.ruleY(points, {
        x1: 'low',
        x2: 'high',
        y: 'series',
        fy: 'group',
        stroke: 'series',
        strokeWidth: 2,
      }),
      Plot.dot(points, { x: 'rate', y: 'series', fy: 'group', fill: 'series', r: 4 }),
    ],
  });
}

/** A ROC curve with the chance diagonal. */
export function rocChart(fpr: number[], tpr: number[], o: { width?: number } = {}): string {
  const data = fpr.map((x, i) => ({ x, y: tpr[i] }));
  return render({
    width: o.width ?? 300,
    height: o.width ?? 300,
    x: { label: 'false positive rate', domain: [0, 1], grid: true },
    y: { label: 'true positive rate', domain: [0, 1], grid: true },
    marks: [
      Plot.line(
        [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ],
        { x: 'x', y: 'y', stroke: COLOURS.baseline, strokeDasharray: '4,3' },
      ),
      Plot.line(data, { x: 'x', y: 'y', stroke: COLOURS.fail, strokeWidth: 2 }),
    ],
  });
}
