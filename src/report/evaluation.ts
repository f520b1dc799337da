// The HTML report of `fictif evaluate`: the verdicts first, then the evidence, then the method.
import type { AttackResult, ColumnFidelity, Evaluation, Verdict } from '../evaluate/index.js';
import { THRESHOLDS } from '../evaluate/index.js';
import {
  barsChart,
  heatmap,
  histogramChart,
  type RatePoint,
  rateChart,
  rocChart,
  type Series,
  valueBars,
} from './charts.js';
import { esc, num, pct, table } from './html.js';
import { COLOURS, renderPage } from './page.js';

const BADGE: Record<Verdict['outcome'], { cls: string; text: string }> = {
  pass: { cls: 'pass', text: '✓ pass' },
  fail: { cls: 'fail', text: '✗ fail' },
  uncertain: { cls: 'uncertain', text: '? uncertain' },
  'not judged': { cls: 'unknown', text: '– not judged' },
};

const badge = (o: Verdict['outcome']) => `<span class="badge ${BADGE[o].cls}">${BADGE[o].text}</span>`;

const LEGEND_RS = `<div class="legend"><span style="--c:${COLOURS.real}">real · réel</span><span class="outline" style="--c:${COLOURS.synthetic}">synthetic · synthétique</span></div>`;

function fileLine(label: string, info: Evaluation['real'] | undefined): string {
  if (!info) return '';
  return `<li>${label}: <code>${esc(info.source ?? '(in memory)')}</code>, ${info.rows.toLocaleString('en')} rows${info.sampled ? ` (${info.sampled.toLocaleString('en')} sampled)` : ''}</li>`;
}

function summary(e: Evaluation): string {
  const priv = e.verdicts.filter((v) => v.area === 'privacy');
  const judged = priv.filter((v) => v.outcome !== 'not judged');
  const passed = judged.filter((v) => v.outcome === 'pass').length;
  const failed = judged.filter((v) => v.outcome === 'fail').length;
  const util = e.verdicts.find((v) => v.criterion === 'ML utility');
  const cards = [
    `<div class="card"><div class="big">${num(e.fidelity.score, 1)}<span class="muted"> / 100</span></div><div class="label">fidelity score · score de fidélité${e.fidelity.holdoutScore !== undefined ? `<br>(holdout vs real: ${num(e.fidelity.holdoutScore, 1)}, the sampling-noise ceiling)` : ''}</div></div>`,
    `<div class="card"><div class="big">${util && !Number.isNaN(util.value) ? num(util.value) : '–'}</div><div class="label">ML utility (synthetic ÷ real model)</div></div>`,
    `<div class="card"><div class="big">${passed}<span class="muted"> / ${judged.length}</span></div><div class="label">privacy checks passed${failed ? ` · <b style="color:${COLOURS.fail}">${failed} failed</b>` : ''}${priv.length > judged.length ? ` · ${priv.length - judged.length} not judged` : ''}</div></div>`,
  ];
  let overall: string;
  if (failed > 0)
    overall = `<p><b>Privacy: ${failed} check${failed > 1 ? 's' : ''} failed.</b> The synthetic file reveals more about the people in the real file than fresh data from the same population would. Do not release it as it is.</p>`;
  else if (judged.length === 0)
    overall =
      '<p><b>Privacy cannot be judged without a holdout</b> (real rows kept out of synthesis): see below what is missing.</p>';
  else if (judged.length < priv.length || priv.some((v) => v.outcome === 'uncertain'))
    overall =
      '<p><b>No privacy check failed</b>, but some could not be judged or are uncertain: read them before releasing.</p>';
  else
    overall =
      '<p><b>Every privacy check passed</b> at the thresholds below. These are empirical attacks, not a proof: a differential-privacy guarantee, if the file has one, is the formal statement.</p>';
  const rows = e.verdicts.map((v) => [esc(v.criterion), badge(v.outcome), esc(v.text), esc(v.threshold)]);
  const files = `<ul class="muted">${fileLine('real', e.real)}${fileLine('synthetic', e.synthetic)}${fileLine('holdout', e.holdout)}<li>seed ${esc(e.seed)}; ${e.columns.length} columns evaluated${e.ignored.length ? `; left out: ${e.ignored.map((i) => `<code>${esc(i.name)}</code> (${esc(i.reason)})`).join(', ')}` : ''}</li></ul>`;
  const cannot = e.cannotJudge.length
    ? `<h3>What these files cannot tell</h3><ul>${e.cannotJudge.map((c) => `<li>${esc(c)}</li>`).join('')}</ul><p class="note">Give <code>--holdout FILE</code>: real rows of the same population that the synthesiser never saw (split them off before synthesis, e.g. 20–30 %).</p>`
    : '';
  const notes = e.notes.length ? `<p class="note">Sampling: ${e.notes.map(esc).join('; ')}.</p>` : '';
  return `<div class="cards">${cards.join('')}</div>${overall}${table(['criterion', 'verdict', 'finding', 'threshold'], rows)}${cannot}${notes}${files}
<details><summary>Sources of the thresholds</summary><ul>${Array.from(
    new Set(e.verdicts.map((v) => v.source)),
  )
    .map((s) => `<li>${esc(s)}</li>`)
    .join('')}</ul></details>`;
}

function columnFigure(c: ColumnFidelity): string {
  const chart =
    c.chart.type === 'histogram'
      ? histogramChart(
          c.chart.edges,
          [
            { label: 'real', colour: COLOURS.real, values: c.chart.real },
            { label: 'synthetic', colour: COLOURS.synthetic, outline: true, values: c.chart.synthetic },
          ],
          { kind: c.kind },
        )
      : barsChart(c.chart.labels, [
          { label: 'real', colour: COLOURS.real, values: c.chart.real },
          { label: 'synthetic', colour: COLOURS.synthetic, values: c.chart.synthetic },
        ]);
  const miss =
    c.missingReal || c.missingSynthetic
      ? `; missing ${pct(c.missingReal)} real, ${pct(c.missingSynthetic)} synthetic`
      : '';
  return `<figure class="chart" role="group" aria-label="${esc(`Distribution of ${c.name}, real and synthetic`)}"><figcaption>${esc(c.name)} <span class="muted">(${esc(c.kind)}; ${c.metric.toUpperCase()} ${num(c.distance, 3)}${miss})</span></figcaption>${chart}</figure>`;
}

function columns(e: Evaluation): string {
  const f = e.fidelity;
  const sorted = [...f.columns].sort((a, b) => b.distance - a.distance);
  const hasHold = f.columns.some((c) => c.holdoutDistance !== undefined);
  const shown = sorted.slice(0, 40);
  const bars = valueBars(
    shown.map((c) => ({ label: c.name, value: c.distance, reference: c.holdoutDistance })),
    {
      label: 'distance (KS for numbers and dates, TVD for categories) →',
      max: Math.max(0.05, ...sorted.map((c) => Math.max(c.distance, c.holdoutDistance ?? 0))),
    },
  );
  const rows = sorted.map((c) => [
    esc(c.name),
    esc(c.kind),
    c.metric.toUpperCase(),
    `<span class="num">${num(c.distance, 3)}</span>`,
    hasHold ? num(c.holdoutDistance, 3) : '',
    pct(c.missingReal),
    pct(c.missingSynthetic),
  ]);
  return `<p>Each column of the synthetic file compared with the real one: the Kolmogorov–Smirnov distance for numbers and dates (largest gap between the two cumulative distributions), the total-variation distance for categories (share of rows that would have to change category). 0 = identical.${hasHold ? ` The <span style="color:${COLOURS.holdout};font-weight:600">green ticks</span> show the same distance between the real file and the holdout: the level sampling noise alone reaches.` : ''}</p>
<figure class="chart" aria-label="Distance per column"><figcaption>Distance per column, worst first${shown.length < sorted.length ? ` <span class="muted">(the ${shown.length} worst of ${sorted.length}; all in the table)</span>` : ''}</figcaption>${bars}</figure>
<details><summary>Table of the per-column figures</summary>${table(['column', 'kind', 'metric', 'distance', hasHold ? 'real vs holdout' : '', 'missing (real)', 'missing (synthetic)'], rows)}</details>
<h3>Distributions</h3>${LEGEND_RS}<div class="grid">${f.columns.map(columnFigure).join('')}</div>`;
}

function pairs(e: Evaluation): string {
  const f = e.fidelity;
  const a = f.associations;
  if (a.names.length < 2) return '<p>Fewer than two columns: no pairs to compare.</p>';
  const diff = a.real.map((row, i) =>
    row.map((v, j) =>
      i === j
        ? 0
        : Math.abs((Number.isNaN(v) ? 0 : v) - (Number.isNaN(a.synthetic[i][j]) ? 0 : a.synthetic[i][j])),
    ),
  );
  const maxDiff = Math.max(0.1, ...diff.flat());
  const hm = (values: number[][], title: string, scheme: string, domain: [number, number], label: string) =>
    `<figure class="chart" aria-label="${esc(title)}"><figcaption>${esc(title)}</figcaption>${heatmap(a.names, values, { domain, scheme, label })}</figure>`;
  const worst = [...f.pairs].sort((x, y) => y.tvd - x.tvd).slice(0, 12);
  const measureName = {
    spearman: 'Spearman ρ',
    'cramers-v': 'Cramér’s V (bias-corrected)',
    eta: 'correlation ratio η',
  } as const;
  const rows = worst.map((p) => [
    `${esc(p.a)} × ${esc(p.b)}`,
    num(p.tvd, 3),
    p.holdoutTvd !== undefined ? num(p.holdoutTvd, 3) : '',
    measureName[p.measure],
    num(p.real),
    num(p.synthetic),
    p.pearsonReal !== undefined ? `${num(p.pearsonReal)} / ${num(p.pearsonSynthetic)}` : '',
  ]);
  const t = f.triples;
  return `<p>How strongly each pair of columns goes together, in the real file and in the synthetic one: Spearman’s ρ for two numeric columns (signed, −1 to 1), Cramér’s V with Bergsma’s bias correction for two categorical columns, the correlation ratio η for a numeric and a categorical column (both 0 to 1). A faithful synthetic file has the same picture; the third map shows the absolute differences.</p>
${a.complete ? '' : `<p class="note">This file has many columns: the maps show ${a.names.length} of them, evenly spread over the file; ${f.pairsEvaluated.toLocaleString('en')} of the ${f.pairsPossible.toLocaleString('en')} pairs are compared (all pairs among these columns plus a seeded random sample).</p>`}
<div class="row">${hm(a.real, 'Real · réel', 'rdbu', [-1, 1], 'association')}${hm(a.synthetic, 'Synthetic · synthétique', 'rdbu', [-1, 1], 'association')}${hm(diff, '|Real − synthetic|', 'oranges', [0, maxDiff], 'difference')}</div>
<p>2-way marginals (numbers cut in 10 quantile bins of the real data, missing values in a bin of their own): mean TVD <b>${num(f.pairMeanTvd, 3)}</b>, worst <b>${num(f.pairMaxTvd, 3)}</b>; mean absolute difference of the associations <b>${num(f.associationMeanDifference, 3)}</b>.</p>
<details open><summary>Pairs that differ most</summary>${table(['pair', '2-way TVD', 'real vs holdout', 'association', 'real', 'synthetic', 'Pearson r (real / synthetic)'], rows)}</details>
<h3>3-way marginals</h3><p>${t.count} ${t.count < t.possible ? `random triples of columns (seeded, out of ${t.possible})` : 'triples of columns (all of them)'}, numbers in 5 quantile bins: mean TVD <b>${num(t.meanTvd, 3)}</b>, worst <b>${num(t.maxTvd, 3)}</b>${t.holdoutMeanTvd !== undefined ? ` (real vs holdout: mean ${num(t.holdoutMeanTvd, 3)})` : ''}.</p>
${
  t.worst.length
    ? table(
        ['triple', 'TVD'],
        t.worst.map((w) => [w.columns.map(esc).join(' × '), num(w.tvd, 3)]),
      )
    : ''
}`;
}

function utility(e: Evaluation): string {
  const u = e.utility;
  if ('skipped' in u) return `<p><b>Not judged:</b> ${esc(u.skipped)}.</p>`;
  const m = u.task === 'classification';
  const rows = [
    ['trained on the real file', u.trainedOnReal],
    ['trained on the synthetic file', u.trainedOnSynthetic],
  ].map(([label, s]) => {
    const x = s as typeof u.trainedOnReal;
    return m
      ? [label as string, num(x.accuracy, 3), num(x.auc, 3), x.trainRows.toLocaleString('en')]
      : [label as string, num(x.r2, 3), x.trainRows.toLocaleString('en')];
  });
  const head = m ? ['model', 'accuracy', 'AUC', 'training rows'] : ['model', 'R²', 'training rows'];
  return `<p>Target <code>${esc(u.target)}</code> (${u.task}; ${esc(u.why)}). Two models of the same kind — ${esc(u.model)} — one trained on the real file, one on the synthetic file, both tested on the ${u.testRows.toLocaleString('en')} holdout rows that neither has seen.</p>
${table(head, rows)}
${u.majorityAccuracy !== undefined ? `<p class="note">Always predicting the most frequent class would reach an accuracy of ${num(u.majorityAccuracy, 3)}. AUC: 0.5 = no better than chance${u.trainedOnReal.auc !== undefined && u.classes > 2 ? '; for more than two classes, the mean of the one-vs-rest AUCs' : ''}.</p>` : ''}`;
}

function distances(e: Evaluation): string {
  const d = e.privacy.distances;
  const h = d.dcrHistogram;
  const series: Series[] = [{ label: 'synthetic → real', colour: COLOURS.synthetic, values: h.synthetic }];
  if (h.holdout) series.unshift({ label: 'holdout → real', colour: COLOURS.holdout, values: h.holdout });
  const hist = histogramChart(
    h.edges,
    h.holdout ? [{ ...series[0] }, { ...series[1], outline: true }] : series,
    { xLabel: 'Gower distance to the closest real row →', width: 520, height: 200 },
  );
  const legend = `<div class="legend">${h.holdout ? `<span style="--c:${COLOURS.holdout}">holdout rows (fresh people)</span>` : ''}<span class="outline" style="--c:${COLOURS.synthetic}">synthetic rows</span></div>`;
  const rows: string[][] = [
    [
      'exact copies of a real row',
      pct(d.exactCopies.synthetic.successes / Math.max(1, d.exactCopies.synthetic.trials), 2),
      d.exactCopies.holdout
        ? pct(d.exactCopies.holdout.successes / Math.max(1, d.exactCopies.holdout.trials), 2)
        : '–',
    ],
    ['DCR, 5th percentile', num(d.dcr.synthetic.p5, 4), num(d.dcr.holdout?.p5, 4)],
    ['DCR, median', num(d.dcr.synthetic.median, 4), num(d.dcr.holdout?.median, 4)],
    ['NNDR, 5th percentile', num(d.nndr.synthetic.p5, 3), num(d.nndr.holdout?.p5, 3)],
    ['NNDR, median', num(d.nndr.synthetic.median, 3), num(d.nndr.holdout?.median, 3)],
  ];
  const mia = d.membership
    ? `<h3>Membership inference</h3><div class="row"><figure class="chart" aria-label="ROC curve of the membership-inference attack"><figcaption>ROC of the attack <span class="muted">(AUC ${num(d.membership.auc, 3)})</span></figcaption>${rocChart(d.membership.roc.fpr, d.membership.roc.tpr)}</figure><p style="max-width:560px">The attacker holds the synthetic file and a list of ${(d.membership.members + d.membership.nonMembers).toLocaleString('en')} people, half of them in the real file, half not (holdout). For each person, the closer the nearest synthetic row, the more the attacker believes the person was in the real file. The area under the curve is the chance of ranking a member above a non-member: 0.5 is a coin toss, 1 a certain answer. Threshold: AUC ≤ ${THRESHOLDS.miaAuc}.</p></div>`
    : '<p><b>Membership inference not judged</b>: it needs holdout rows.</p>';
  const share = d.dcrShare
    ? `<p>DCR share: <b>${pct(d.dcrShare.rate)}</b> [${pct(d.dcrShare.low)}, ${pct(d.dcrShare.high)}] of the synthetic rows are closer to a training row than to a holdout row, with training and holdout samples of equal size (50 % expected when the synthesiser learnt the population rather than its people; threshold ≤ ${pct(THRESHOLDS.dcrShare, 0)}).</p>`
    : '';
  return `<p>Distance to closest record (DCR): for each synthetic row, the Gower distance to the most similar real row (mean over the columns of |x − y| / range for numbers and 0/1 mismatch for categories; 0 = identical row). The holdout gives the yardstick: fresh people of the same population are this close to the real file by chance. Synthetic rows markedly closer than that copy individuals. NNDR = DCR ÷ distance to the second closest real row: near 0, a synthetic row sits on one person rather than among several.</p>
<div class="row"><figure class="chart" aria-label="Distribution of distances to the closest real row"><figcaption>Distance to the closest real row</figcaption>${legend}${hist}</figure>
${table(['', 'synthetic rows', 'holdout rows'], rows)}</div>${share}${mia}`;
}

function attackRows(e: Evaluation): { name: string; r: AttackResult }[] {
  const a = e.privacy.anonymeter;
  const out = [
    { name: 'Singling out, 1 column', r: a.singlingOutUnivariate },
    {
      name: `Singling out, ${a.singlingOutMultivariate.details.columnsPerPredicate} columns`,
      r: a.singlingOutMultivariate,
    },
  ];
  if (a.linkability) out.push({ name: 'Linkability', r: a.linkability });
  for (const i of a.inference) out.push({ name: `Inference: ${i.secret}`, r: i });
  return out;
}

function attacks(e: Evaluation): string {
  const list = attackRows(e);
  const hasControl = list.some((x) => x.r.control);
  const points: RatePoint[] = list.flatMap(({ name, r }) => {
    const p: RatePoint[] = [
      {
        group: name,
        series: 'attack on the real rows',
        rate: r.attack.rate,
        low: r.attack.low,
        high: r.attack.high,
      },
    ];
    if (r.control)
      p.push({
        group: name,
        series: 'control (holdout rows)',
        rate: r.control.rate,
        low: r.control.low,
        high: r.control.high,
      });
    p.push({
      group: name,
      series: 'random guessing',
      rate: r.baseline.rate,
      low: r.baseline.low,
      high: r.baseline.high,
    });
    return p;
  });
  const series: { label: string; colour: string }[] = [
    { label: 'attack on the real rows', colour: COLOURS.fail },
  ];
  if (hasControl) series.push({ label: 'control (holdout rows)', colour: COLOURS.holdout });
  series.push({ label: 'random guessing', colour: COLOURS.baseline });
  const rows = list.map(({ name, r }) => [
    esc(name),
    `${pct(r.attack.rate)} <span class="muted">± ${pct(r.attack.error)}</span>`,
    r.control ? `${pct(r.control.rate)} <span class="muted">± ${pct(r.control.error)}</span>` : '–',
    pct(r.baseline.rate),
    `<b>${num(Math.max(0, r.risk.value))}</b> <span class="muted">[${num(r.risk.low)}, ${num(r.risk.high)}]${r.riskAgainst === 'baseline' ? ' vs random' : ''}</span>`,
    r.inconclusive ? 'no better than random' : '',
  ]);
  const att = e.privacy.attacker;
  const link = e.privacy.anonymeter.linkability;
  return `<p>The three criteria of the Article 29 Working Party (Opinion 05/2014 on anonymisation techniques), measured as <i>Anonymeter</i> does (Giomi et al., PoPETs 2023): an attacker uses only the synthetic file to <b>single out</b> one person (a predicate true of exactly one real row), to <b>link</b> two partial files about the same people, and to <b>infer</b> a sensitive value from what they already know. Each attack is scored on the real rows, on holdout rows (control: what the population’s patterns reveal about anyone, which a useful file must keep) and against random guessing. <b>Risk = (attack − control) / (1 − control)</b>: the part of the success that comes from the real people being in the training data. Threshold: risk &lt; ${THRESHOLDS.anonymeterRisk}.</p>
<p class="note">${esc(att.why)} ${e.privacy.anonymeter.notes.map(esc).join('; ')}.</p>
<details><summary>What the attackers know: ${att.auxiliary.length} auxiliary columns${link ? ', and how linkability splits them' : ''}</summary><p class="note">Auxiliary columns: ${att.auxiliary.map((c) => `<code>${esc(c)}</code>`).join(', ')}.</p>${link ? `<p class="note">Linkability: file A holds ${(link.details.columnsA as string[]).map((c) => `<code>${esc(c)}</code>`).join(', ')}; file B holds ${(link.details.columnsB as string[]).map((c) => `<code>${esc(c)}</code>`).join(', ')}.</p>` : ''}</details>
<figure class="chart" aria-label="Attack success rates"><figcaption>Attack success rates</figcaption>${rateChart(points, series)}</figure>
${table(['attack', 'success on real rows', 'control (holdout)', 'random guessing', 'risk [95 % interval]', ''], rows)}`;
}

function method(e: Evaluation): string {
  return `<dl>
<dt><b>Fidelity score</b></dt><dd>${esc(e.fidelity.scoreDefinition)} Here: columns ${num(e.fidelity.components.univariate, 3)}, pairs ${num(e.fidelity.components.pairs, 3)}, associations ${num(e.fidelity.components.associations, 3)}, triples ${num(e.fidelity.components.triples, 3)}.</dd>
<dt><b>Total-variation distance (TVD)</b></dt><dd>½ Σ |p − q| over the categories (or cells of a joint table): the share of rows that would have to move to turn one distribution into the other.</dd>
<dt><b>Kolmogorov–Smirnov (KS)</b></dt><dd>The largest vertical gap between the two empirical cumulative distributions.</dd>
<dt><b>Gower distance</b></dt><dd>Mixed-type distance (Gower 1971): mean over the columns of |x − y| / range (numbers, range of the real data) or 0/1 (categories); a value missing on one side counts 1.</dd>
<dt><b>Wilson interval</b></dt><dd>The 95 % confidence interval of a success rate (Wilson 1927); Anonymeter reports its centre as the rate.</dd>
<dt><b>Thresholds</b></dt><dd>Fidelity ≥ ${THRESHOLDS.fidelityScore}; ML utility ratio ≥ ${THRESHOLDS.utilityRatio}; DCR and NNDR 5th-percentile ratios ≥ 1 (unless not significantly below); DCR share ≤ ${THRESHOLDS.dcrShare}; membership AUC ≤ ${THRESHOLDS.miaAuc}; Anonymeter risks &lt; ${THRESHOLDS.anonymeterRisk}. Where no source sets a number, the threshold is fictif’s convention and is said to be one; they are a starting point for a disclosure-control decision, not a substitute for it.</dd>
</dl>`;
}

/** The whole HTML page of an evaluation. */
export function renderEvaluationReport(e: Evaluation): string {
  const sections = [
    { title: 'Summary · Synthèse', html: summary(e) },
    { title: 'Columns · Variables', html: columns(e) },
    { title: 'Pairs · Relations', html: pairs(e) },
    { title: 'ML utility · Utilité', html: utility(e) },
  ];
  if (e.coherence) sections.push({ title: 'Coherence · Cohérence', html: coherence(e) });
  sections.push(
    { title: 'Closeness · Proximité', html: distances(e) },
    { title: 'Attacks · Attaques', html: attacks(e) },
    { title: 'Method · Méthode', html: method(e) },
  );
  const src = e.synthetic.source ? ` ${e.synthetic.source}` : '';
  return renderPage({
    title: `Evaluation of a synthetic file${src ? ` — ${src.trim()}` : ''}`,
    subtitle: `fictif evaluate · ${e.synthetic.rows.toLocaleString('en')} synthetic rows against ${e.real.rows.toLocaleString('en')} real rows${e.holdout ? ` and ${e.holdout.rows.toLocaleString('en')} holdout rows` : ' (no holdout)'} · seed ${e.seed}`,
    sections,
  });
}

function coherence(e: Evaluation): string {
  const c = e.coherence;
  if (!c) return '';
  const sorted = [...c.rules].sort((a, b) => b.synthetic - b.real - (a.synthetic - a.real));
  const rows = sorted.map((r) => [
    `<code>${esc(r.id)}</code>`,
    esc(r.description),
    pct(r.real, 2),
    pct(r.synthetic, 2),
  ]);
  const broken = c.rules.filter((r) => r.synthetic > 0).length;
  return `<p>${c.rules.length} rules from ${esc(c.source)}; ${broken} of them broken by at least one synthetic row. Rows breaking at least one rule: <b>${pct(c.syntheticRate, 2)}</b> of the synthetic rows, ${pct(c.realRate, 2)} of the real rows. A synthesiser that learns each relation only approximately produces impossible combinations (a child older than the parent, a benefit paid without eligibility); this counts them.</p>
<details${broken ? ' open' : ''}><summary>Every rule, most broken first</summary>${table(['rule', 'meaning', 'real rows breaking it', 'synthetic rows breaking it'], rows)}</details>`;
}
