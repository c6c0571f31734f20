import { readFileSync } from 'node:fs';
import { analyse } from '../src/enrich/analyse.js';
import { sectionFeatures } from '../src/enrich/section.js';
const [file, ...ids] = process.argv.slice(2);
const arts = (JSON.parse(readFileSync(file, 'utf8')) as { articles: any[] }).articles;
for (const a of arts.filter((x) => ids.includes(x.id))) {
  const an = analyse(a);
  const f = sectionFeatures(an);
  console.log(a.id, a.section, a.title);
  console.log('  ', [...f].filter(([k]) => k.startsWith('#')).map(([k, v]) => `${k}=${v.toFixed(2)}`).join(' '));
  console.log('  ', an.entities.map((e) => `${e.type}:${e.name}/${e.kind ?? ''}/${e.country ?? ''}`).join(' '));
}
