/** One jieba instance per process, with the industry user dictionary and every known entity name loaded. */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { gazetteerData, orgData, userDictText } from './data.js';

/** A segmented word with its part-of-speech tag and where it starts in the text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
}

/** Dictionary lines for known organisations (nt) and places (ns), so jieba keeps them whole. */
function entityDictLines(): string[] {
  const lines: string[] = [];
  const add = (word: string, tag: string) => {
    if (!/\s/.test(word) && word.length >= 2) lines.push(`${word} 50000 ${tag}`);
  };
  for (const org of orgData()) for (const n of [org.name, ...org.aliases]) add(n, 'nt');
  const gaz = gazetteerData();
  for (const p of gaz.provinces) {
    for (const n of [p.name, ...p.short]) add(n, 'ns');
    for (const c of p.cities) add(c, 'ns');
  }
  for (const c of gaz.countries) for (const n of [c.name, ...c.aliases]) add(n, 'ns');
  for (const r of gaz.regions) for (const n of [r.name, ...(r.aliases ?? [])]) add(n, 'ns');
  return lines;
}

let instance: Jieba | undefined;

/** The shared segmenter, created on first use (loading the dictionaries takes ~100 ms). */
export function segmenter(): Jieba {
  if (!instance) {
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(`${userDictText()}\n${entityDictLines().join('\n')}\n`));
    instance = jieba;
  }
  return instance;
}

/** Segments and POS-tags a text, giving each token its character offset. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (const { word, tag } of segmenter().tag(text)) {
    tokens.push({ word, tag, start });
    start += word.length;
  }
  return tokens;
}
