/**
 * Entity coverage on the organisation-coverage material (testdata/enrich-unseen/orgs-*.json): precision and recall
 * per entity type, dev and the two held-out parts side by side. Gold names are written as printed, so they are resolved through
 * the alias table here: the gold does not change when the table learns a name. `--verbose` lists dev's misses,
 * `--verbose-heldout` held-out's.
 */
import { readFileSync } from 'node:fs';
import { knownSurfaces } from '../src/enrich/entity-lexicon.js';
import { enrichArticle } from '../src/enrich/index.js';
import type { EnrichInput } from '../src/enrich/types.js';

interface OrgArticle extends EnrichInput {
  id: string;
  entities: { org: string[]; person: string[]; place: string[] };
}
interface PR { tp: number; fp: number; fn: number }

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');
/** dev R1–R2 (tuned on); held-out R3–R4 (written before the organisation table); held-out R5 (written after it, naming bodies it does not hold). */
const splits = ['dev', 'heldout', 'heldout2'] as const;
const labels: Record<(typeof splits)[number], string> = { dev: 'dev R1–R2', heldout: 'held-out R3–R4', heldout2: 'held-out R5' };

function load(split: (typeof splits)[number]): OrgArticle[] {
  const file = new URL(`../testdata/enrich-unseen/orgs-${split}.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { articles: OrgArticle[] }).articles;
}

/** A gold name under the table's canonical name when the table knows it as the same type. */
function canonical(type: string, name: string): string {
  const e = knownSurfaces().get(name);
  return e && e.type === type ? e.name : name;
}

const table: Record<string, Record<string, PR>> = {};
const misses: Record<string, string[]> = { dev: [], heldout: [], heldout2: [] };
for (const split of splits) {
  const counts: Record<string, PR> = (table[split] = {});
  for (const a of load(split)) {
    const found = new Set(enrichArticle(a).entities.map((e) => `${e.type}:${e.name}`));
    const gold = new Set(Object.entries(a.entities).flatMap(([type, names]) => names.map((n) => `${type}:${canonical(type, n)}`)));
    for (const f of found) {
      const c = (counts[f.split(':')[0]] ??= { tp: 0, fp: 0, fn: 0 });
      if (gold.has(f)) c.tp++;
      else { c.fp++; misses[split].push(`  ${a.id} FP ${f}`); }
    }
    for (const g of gold) if (!found.has(g)) { (counts[g.split(':')[0]] ??= { tp: 0, fp: 0, fn: 0 }).fn++; misses[split].push(`  ${a.id} FN ${g}`); }
  }
}

console.log(`${'organisation coverage (orgs-*.json)'.padEnd(36)}${splits.map((s) => labels[s].padStart(16)).join('')}`);
for (const type of ['org', 'person', 'place']) {
  for (const [label, f] of [['precision', (c: PR) => c.tp / (c.tp + c.fp)], ['recall', (c: PR) => c.tp / (c.tp + c.fn)]] as const) {
    const cell = (split: string) => pct(f(table[split][type] ?? { tp: 0, fp: 0, fn: 0 }));
    console.log(`${`${type} ${label}`.padEnd(36)}${splits.map((s) => cell(s).padStart(16)).join('')}`);
  }
}
if (process.argv.includes('--verbose')) { console.log('misses (dev):'); for (const m of misses.dev) console.log(m); }
if (process.argv.includes('--verbose-heldout')) { console.log('misses (held-out):'); for (const m of [...misses.heldout, ...misses.heldout2]) console.log(m); }
