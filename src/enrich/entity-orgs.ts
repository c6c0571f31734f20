/** Organisations not in the alias table, found by their ending (公司, 集团, 研究院, 大学, 管理局…) over jieba tokens. */
import { patternData } from './data.js';
import type { KnownMention } from './entity-lexicon.js';
import type { Token } from './segmenter.js';

/** An organisation name found by pattern. */
export interface PatternOrg {
  start: number;
  end: number;
  text: string;
  kind: string;
}

/** Tags a word inside an organisation name may carry. */
const NAME_TAGS = new Set(['n', 'nz', 'ns', 'nt', 'nr', 'nrt', 'nrfg', 'j', 'eng', 'vn', 'ng', 'nl', 'an']);
/** Tags that make a word a proper name, fit to start an organisation name. */
const PROPER_TAGS = new Set(['nz', 'ns', 'nt', 'nr', 'nrt', 'nrfg', 'j', 'eng']);
/** Generic heads that may start a state body's name. */
const STATE_HEADS = new Set(['国家', '中国', '中央', '全国', '中华人民共和国', '国务院']);
const GOV_SUFFIXES = new Set(['委员会', '管理局', '监督管理局', '总局', '办公室', '人民政府', '政府', '厅', '部', '局', '委']);
const MAX_LENGTH = 20;

function kindOf(suffix: string): string {
  if (GOV_SUFFIXES.has(suffix)) return 'government';
  if (/大学|学院|研究|实验室|科学院|工程院/.test(suffix)) return 'institute';
  if (/联盟|协会|学会|基金会|商会/.test(suffix)) return 'association';
  return 'company';
}

/** The organisation suffix a token ends with, if any; one-character suffixes (部, 局) only as a whole token. */
function suffixOf(word: string, suffixes: string[]): string | null {
  for (const s of suffixes) {
    if (!word.endsWith(s)) continue;
    if (s.length === 1 && word.length > 1) continue;
    return s;
  }
  return null;
}

/**
 * Extends left from each suffix token over name-like tokens; keeps the span when it starts with a proper
 * name (or a state head like 国家), so generic phrases (大型科技公司, 互联网企业) are not taken for names.
 */
export function findPatternOrgs(tokens: Token[], known: KnownMention[]): PatternOrg[] {
  const { orgSuffixes, orgStopWords } = patternData();
  const suffixes = [...orgSuffixes].sort((a, b) => b.length - a.length);
  const stop = new Set(orgStopWords);
  const knownStarts = new Set(known.map((k) => k.start));
  const out: PatternOrg[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const suffix = suffixOf(tok.word, suffixes);
    if (!suffix) continue;
    let j = i;
    let length = tok.word.length;
    while (j > 0) {
      const prev = tokens[j - 1];
      if (!NAME_TAGS.has(prev.tag) || stop.has(prev.word) || suffixOf(prev.word, suffixes) === prev.word) break;
      if (length + prev.word.length > MAX_LENGTH) break;
      j--;
      length += prev.word.length;
    }
    const first = tokens[j];
    const isWholeToken = j === i;
    const properStart =
      PROPER_TAGS.has(first.tag) || knownStarts.has(first.start) || STATE_HEADS.has(first.word) ||
      (GOV_SUFFIXES.has(suffix) && length >= 5);
    if (!properStart) continue;
    if (isWholeToken && (tok.word === suffix || tok.tag !== 'nt' && tok.tag !== 'ns' && tok.tag !== 'nz')) continue;
    const start = first.start;
    const end = tok.start + tok.word.length;
    out.push({ start, end, text: tokens.slice(j, i + 1).map((t) => t.word).join(''), kind: kindOf(suffix) });
  }
  return out;
}
