import { createHash } from 'node:crypto';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { SourceMeta } from '../store/types.js';
import type { Article, Bulletin } from '../types.js';
import type { ArticleFacts } from './types.js';

/** What a synthetic archive is made from: pieces of real documents, learnt from their shape, not named. */
export interface ArchiveMaterial {
  sentences: string[];
  titles: string[];
  sections: string[];
  entities: { name: string; type: string }[];
  tags: string[];
}

/** jieba's part-of-speech tags for names: person, place, organisation, other proper noun. */
const ENTITY_TYPES: Record<string, string> = { nr: 'person', ns: 'place', nt: 'organization', nz: 'other' };

/** jieba with its bundled dictionary, loaded once per process: ~0.2 s of CPU each time, and a test run makes dozens of archives. */
let tagger: Jieba | undefined;

/**
 * Collects material from raw document texts: sentences (split at 。！？), headline-shaped lines (short, no
 * closing punctuation), heading-shaped lines (2–6 Chinese characters alone: sections), proper nouns jieba tags
 * as names (entities, seen at least twice) and the commonest nouns (tags).
 */
export function materialFromTexts(texts: string[]): ArchiveMaterial {
  const titles: string[] = [];
  const sections: string[] = [];
  const allLines: string[] = [];
  for (const text of texts) {
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    // Hard-wrapped dumps: a line well short of the usual width that does not close a sentence stands alone.
    const width = commonest(lines.map((l) => l.length));
    lines.forEach((l, k) => {
      const alone = l.length < width * 0.8 && !/[，。；：、,.;:！？”」）)]$/.test(l) && /[。！？”」]$|^$/.test(lines[k - 1] ?? '');
      if (alone && l.length >= 8 && /\p{Script=Han}/u.test(l)) titles.push(l);
      if (alone && /^\p{Script=Han}{2,6}$/u.test(l)) sections.push(l);
    });
    allLines.push(...lines);
  }
  const flowing = allLines.join('');
  // In document order: neighbouring sentences share a subject.
  const sentences = unique(flowing.split(/(?<=[。！？])/).map((s) => s.trim()).filter((s) => s.length >= 12 && s.length <= 160));
  tagger ??= Jieba.withDict(dict);
  const names = new Map<string, { type: string; n: number }>();
  const nouns = new Map<string, number>();
  for (const { word, tag } of tagger.tag(flowing, true)) {
    if (word.length < 2) continue;
    if (ENTITY_TYPES[tag]) {
      const e = names.get(word) ?? { type: ENTITY_TYPES[tag], n: 0 };
      e.n++;
      names.set(word, e);
    } else if (tag === 'n' || tag === 'vn') nouns.set(word, (nouns.get(word) ?? 0) + 1);
  }
  const entities = [...names].filter(([, e]) => e.n >= 2).map(([name, e]) => ({ name, type: e.type }));
  const tags = [...nouns].sort((a, b) => b[1] - a[1]).slice(0, 200).map(([w]) => w);
  for (const [what, list] of Object.entries({ sentences, titles, entities, tags })) {
    if (!list.length) throw new Error(`samples: no ${what} found to build a synthetic archive from`);
  }
  return { sentences, titles: unique(titles), sections: sections.length ? unique(sections) : ['综合'], entities, tags };
}

/** How big and which archive to make. */
export interface SyntheticOptions {
  articles: number;
  /** Same seed, same archive. */
  seed: number;
  /** Number of publications issuing in parallel (default 10). */
  publications?: number;
  /** Date of the first issues (default 2016-01-01). */
  startDate?: string;
  /** Days the archive spans, issues spread evenly over them (default six years). */
  spanDays?: number;
}

/** One synthetic issue, ready for store.issues.import; articles carry tags and entities. */
export interface SyntheticIssue {
  source: SourceMeta;
  bulletin: Bulletin & { articles: (Article & ArticleFacts)[] };
}

/** Issues of 15–35 articles until `articles` are made: titles, sentences, names and dates drawn from the material. */
export function* syntheticIssues(m: ArchiveMaterial, o: SyntheticOptions): Generator<SyntheticIssue> {
  const rand = mulberry32(o.seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const pubs = o.publications ?? 10;
  const start = Date.parse(`${o.startDate ?? '2016-01-01'}T00:00:00Z`);
  const daysPerIssue = (o.spanDays ?? 6 * 365) / Math.max(1, o.articles / 25);
  let made = 0;
  for (let issue = 0; made < o.articles; issue++) {
    const date = new Date(start + Math.floor(issue * daysPerIssue) * 86_400_000).toISOString().slice(0, 10);
    const publication = `合成刊${(issue % pubs) + 1}`;
    const sections = [pick(m.sections), pick(m.sections), pick(m.sections)];
    const n = Math.min(o.articles - made, 15 + Math.floor(rand() * 21));
    const articles: (Article & ArticleFacts)[] = [];
    for (let k = 0; k < n; k++) {
      const entities = [pick(m.entities), pick(m.entities), pick(m.entities)].slice(0, 1 + Math.floor(rand() * 3));
      // A run of neighbouring sentences keeps an article on one subject, so word frequencies across articles
      // look like a real archive's (芯片 in the articles about chips) instead of every word everywhere.
      const run = 6 + Math.floor(rand() * 18);
      const first = Math.floor(rand() * m.sentences.length);
      const picked = Array.from({ length: run }, (_, s) => m.sentences[(first + s) % m.sentences.length]);
      const paragraphs: string[] = [];
      for (let s = 0; s < picked.length; s += 3) paragraphs.push(picked.slice(s, s + 3).join(''));
      // Names are woven in so that the entities an article carries are also in its text.
      paragraphs[0] = `${entities.map((e) => e.name).join('、')}：${paragraphs[0]}`;
      const title = rand() < 0.3 ? `${entities[0].name}：${pick(m.titles)}` : pick(m.titles);
      articles.push({
        section: sections[Math.floor(k / Math.ceil(n / 3))] ?? sections[2],
        title,
        byline: null,
        subheads: [],
        body: paragraphs.join('\n\n'),
        captions: [],
        page: 1 + Math.floor(k / 4),
        lineStart: k * 40 + 1,
        lineEnd: k * 40 + 39,
        tags: unique([pick(m.tags), pick(m.tags)]).map((tag) => ({ tag, score: Math.round(rand() * 100) / 100 })),
        entities: unique(entities.map((e) => e.name)).map((name) => ({ name, type: entities.find((e) => e.name === name)!.type, count: 1 + Math.floor(rand() * 5) })),
      });
    }
    made += n;
    const sha256 = createHash('sha256').update(`synthetic:${o.seed}:${issue}`).digest('hex');
    yield {
      source: { path: `synthetic/${publication}/${date}.txt`, sha256, bytes: articles.reduce((b, a) => b + a.body.length * 3, 0), encoding: 'utf-8', kind: 'text' },
      bulletin: { publication, issueDate: date, sections: unique(sections), articles, warnings: [] },
    };
  }
}

/** The most frequent value (the wrap width of a hard-wrapped dump). */
function commonest(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** A small fast seeded PRNG (public-domain mulberry32): deterministic archives without a dependency. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
