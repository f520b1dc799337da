// The risk report as a self-contained HTML page (`fictif risk --html FILE`), on the shared page shell.
import { sizeBands } from '../risk/format.js';
import type { RiskReport } from '../risk/types.js';
import { valueBars } from './charts.js';
import { esc, num, pct, table } from './html.js';
import { COLOURS, renderPage } from './page.js';

const int = (x: number) => esc(Math.round(x).toLocaleString('en-US'));
const cell = (s: string) => `<span class="num">${s}</span>`;

const BADGE: Record<RiskReport['verdict']['level'], [string, string]> = {
  'not-anonymous': ['fail', 'not anonymous'],
  high: ['fail', 'high risk'],
  moderate: ['uncertain', 'moderate risk'],
  low: ['pass', 'low risk'],
};

function card(big: string, label: string): string {
  return `<div class="card"><div class="big">${big}</div><div class="label">${esc(label)}</div></div>`;
}

export function renderRiskReport(r: RiskReport): string {
  const c = r.classes;
  const re = r.reidentification;
  const [cls, word] = BADGE[r.verdict.level];
  const sections = [];
  sections.push({
    title: 'Verdict',
    html:
      `<p><span class="badge ${cls}">${esc(word)}</span> ${esc(r.verdict.headline)}</p>` +
      (r.verdict.details.length
        ? `<ul>${r.verdict.details.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`
        : '') +
      `<div class="cards">${card(String(c.k), 'k-anonymity (smallest class)')}${card(esc(pct(c.shares.unique)), `${r.unit} unique on the QIs`)}${card(
        esc(num(re.journalist.average, 3)),
        'average re-identification risk',
      )}${r.linkage?.correctShare !== undefined ? card(esc(pct(r.linkage.correctShare)), 'correctly re-identified by linkage') : ''}</div>` +
      `<p class="note">Thresholds: maximum risk 0.09 (EMA Policy 0070, Health Canada; k ≥ 11), average risk 0.05 (El Emam) for public release; risk 0.2 (k ≥ 5) for controlled sharing.</p>`,
  });
  sections.push({
    title: 'Quasi-identifiers',
    html:
      table(
        ['column', 'kind', 'distinct values', 'missing'],
        r.quasiIdentifiers.map((q) => [
          esc(q.name),
          esc(q.kind),
          cell(int(q.distinct)),
          cell(int(q.missing)),
        ]),
      ) +
      `<p class="note">Taken ${r.qiSource === 'option' ? 'from --qi' : `from the ${esc(r.qiSource)}`}. Missing values ${r.missing === 'value' ? 'are a value of their own (as ARX)' : 'match any value (wildcards)'}.</p>`,
  });
  const bands = sizeBands(c.histogram);
  sections.push({
    title: 'Equivalence classes',
    html:
      `<p>${int(c.count)} classes for ${int(r.rows)} ${esc(r.unit)} (average size ${esc(num(c.averageSize))}); k = ${c.k}.</p>` +
      table(
        ['class size', 'classes', esc(r.unit), 'share'],
        bands.map((b) => [
          esc(b.band),
          cell(int(b.classes)),
          cell(int(b.records)),
          cell(esc(pct(b.records / r.rows))),
        ]),
      ) +
      `<figure class="chart"><figcaption>Share of ${esc(r.unit)} by class size</figcaption>${valueBars(
        bands.map((b) => ({ label: `size ${b.band}`, value: b.records / r.rows })),
        { label: `share of ${r.unit}`, max: 1, colour: COLOURS.real },
      )}</figure>` +
      table(
        ['in classes of', 'size 1', '< 3', '< 5', '< 11'],
        [
          [
            esc(r.unit),
            ...[c.shares.unique, c.shares.below3, c.shares.below5, c.shares.below11].map((x) =>
              cell(esc(pct(x))),
            ),
          ],
        ],
      ),
  });
  const u = r.populationUniqueness;
  sections.push({
    title: 'Re-identification risk',
    html:
      table(
        ['attacker model', 'highest', 'average', `${esc(r.unit)} at risk (> ${re.threshold})`],
        [
          [
            'prosecutor (knows the target is in the file)',
            cell(esc(num(re.prosecutor.highest, 3))),
            cell(esc(num(re.prosecutor.average, 3))),
            cell(esc(pct(re.prosecutor.recordsAtRisk))),
          ],
          [
            'journalist (links to the population)',
            cell(esc(num(re.journalist.highest, 3))),
            cell(esc(num(re.journalist.average, 3))),
            cell(esc(pct(re.journalist.recordsAtRisk))),
          ],
          ['marketer (re-identifies as many as possible)', '', cell(esc(num(re.marketer.average, 3))), ''],
        ],
      ) +
      `<p>Expected re-identifications: ${int(re.expectedReidentifications)} ${esc(r.unit)}. ` +
      (u.model === 'census'
        ? `The file is the whole population: ${int(u.sampleUniques)} population uniques.`
        : `Population uniques (${esc(u.model)} model, sampling fraction ${esc(num(u.samplingFraction, 4))}): about ${int(u.populationUniques)} of ${int(u.populationSize)} (${esc(pct(u.share))}).`) +
      '</p>',
  });
  if (r.diversity.length)
    sections.push({
      title: 'Sensitive attributes',
      html:
        table(
          ['attribute', 'distinct ℓ', 'entropy ℓ', 'homogeneous classes', 't (EMD)', 'mean EMD', 'distance'],
          r.diversity.map((d) => [
            esc(d.attribute),
            cell(String(d.distinctL)),
            cell(esc(num(d.entropyL))),
            cell(esc(pct(d.homogeneousShare))),
            cell(esc(num(d.t, 3))),
            cell(esc(num(d.averageEmd, 3))),
            esc(d.distance),
          ]),
        ) +
        '<p class="note">Homogeneous: share of records in classes of two or more whose members all share one value (disclosed without re-identification). t: largest Earth Mover\'s Distance between a class and the whole file (Li et al. 2007).</p>',
    });
  if (r.drivers) {
    const d = r.drivers;
    const sets = d.minimal.length ? d.minimal.slice(0, 8) : d.bestBySize;
    sections.push({
      title: 'What drives the risk',
      html:
        `<p>Unique on all quasi-identifiers: ${esc(pct(d.all.uniqueShare))}. Smallest combinations reaching ${esc(pct(d.target))}:</p>` +
        `<figure class="chart"><figcaption>Share of ${esc(r.unit)} unique on each combination</figcaption>${valueBars(
          sets.map((s) => ({ label: s.columns.join(' + '), value: s.uniqueShare })),
          { label: 'share unique', max: 1, colour: COLOURS.fail, width: 640 },
        )}</figure>` +
        table(
          ['column', 'unique alone', 'uniqueness lost when left out'],
          d.single.map((s) => {
            const loo = d.leaveOneOut.find((x) => x.column === s.columns[0]);
            return [esc(s.columns[0]), cell(esc(pct(s.uniqueShare))), cell(loo ? esc(pct(loo.drop)) : '–')];
          }),
        ) +
        (d.truncated ? `<p class="note">Search bounded: ${d.evaluated} combinations evaluated.</p>` : ''),
    });
  }
  if (r.linkage) {
    const l = r.linkage;
    sections.push({
      title: 'Linkage attack',
      html:
        `<p>Linked with a directory of ${int(l.directoryRecords)} entries on ${l.pairs
          .map(
            (p) =>
              `<code>${esc(p.transform === 'year' ? `year(${p.file})` : p.file)}</code> = <code>${esc(p.directory)}</code>`,
          )
          .join(', ')} (values compared without case, accents or extra spaces).</p>` +
        table(
          ['outcome', esc(r.unit), 'share'],
          [
            ['exactly one directory entry', cell(int(l.matchedOne)), cell(esc(pct(l.matchedOneShare)))],
            [
              'several entries',
              cell(int(l.matchedSeveral)),
              cell(esc(pct(l.matchedSeveral / l.fileRecords))),
            ],
            ['no entry', cell(int(l.matchedNone)), cell(esc(pct(l.matchedNone / l.fileRecords)))],
            [
              'not linkable (a link value missing)',
              cell(int(l.fileRecords - l.linkable)),
              cell(esc(pct((l.fileRecords - l.linkable) / l.fileRecords))),
            ],
            ...(l.correct !== undefined
              ? [
                  [
                    `correctly re-identified (checked on <code>${esc(l.truth!.file)}</code>, never used to match)`,
                    cell(int(l.correct)),
                    cell(esc(pct(l.correctShare!))),
                  ],
                ]
              : []),
          ],
        ),
    });
  }
  // Right-align the figures (the table helper takes cells as HTML).
  for (const sec of sections)
    sec.html = sec.html.replace(/<td><span class="num">(.*?)<\/span><\/td>/g, '<td class="num">$1</td>');
  return renderPage({
    title: 'Re-identification risk',
    subtitle: `${r.source ?? 'table'} · ${r.rows.toLocaleString('en-US')} ${r.unit} · ${r.quasiIdentifiers.length} quasi-identifiers · fictif risk`,
    sections,
  });
}
