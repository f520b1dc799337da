import { generateDemo } from '../src/demo/index.js';
for (const seed of [1, 2]) {
const t = generateDemo({ seed, rows: 100000 });
const n = t.nRows;
const num = (c: string) => (t.column(c) as any).values as Float64Array;
const share = (f: (i: number) => boolean) => { let k = 0; for (let i = 0; i < n; i++) if (f(i)) k++; return +(k / n).toFixed(3); };
const kids = num('nb_enfants');
const sp = (t.column('parent_isole') as any).values;
const fam = share(i => kids[i] >= 1);
console.log('seed', seed, 'single parents', share(i => sp[i] === 1), 'of families', (share(i => sp[i] === 1) / fam).toFixed(3), '>=3 of families', (share(i => kids[i] >= 3) / fam).toFixed(3), 'families', fam);
const out: Record<string, number> = {};
for (const b of ['af','cf','paje','asf','rsa','ppa','aide_logement','aah','aeeh']) { const v = num(b + '_montant_mensuel'); out[b] = share(i => v[i] > 0); }
console.log(out);
const sex = t.column('sexe_demandeur') as any; console.log('women among single parents', (() => { let a = 0, b = 0; for (let i = 0; i < n; i++) if (sp[i]) { b++; if (sex.categories[sex.codes[i]] === 'F') a++; } return (a / b).toFixed(3); })());
}
