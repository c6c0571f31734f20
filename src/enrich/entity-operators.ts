/**
 * An operator's provincial company printed by the province's short name and the operator's (浙江移动, 广东电信, 安徽铁塔):
 * a body of its own, as printed, and its province no place mention. The gold of the authors who print this shape
 * files it so (eleventh and twelfth); the others print 中国移动浙江分公司, which the tables read as the group.
 */
import { gazetteerData, patternData, perKnowledge } from './data.js';
import { escapeRegExp } from './entity-lexicon.js';
import type { PatternName } from './entity-orgs.js';
import type { Token } from './segmenter.js';
import { fired, trigger } from './triggers.js';

/** The operators' short names that follow a province's (the tower company's included). */
const OPERATOR_WORDS = new Set(['移动', '电信', '联通', '铁塔']);
/**
 * Tags of a word that makes the operator's word part of a compound (移动物联网, 电信诈骗, 联通用户): then the province
 * qualifies a thing, not a company.
 */
const COMPOUND_TAGS = new Set(['n', 'vn', 'nz', 'ng', 'l', 'nt']);

const provinceShorts = perKnowledge((): Set<string> => new Set(gazetteerData().provinces.flatMap((p) => p.short)));

/** True for a name of that shape (浙江移动): an operator, as its group is, for the article's subject and sections. */
export function isProvincialOperator(name: string): boolean {
  return OPERATOR_WORDS.has(name.slice(-2)) && provinceShorts().has(name.slice(0, -2));
}
/** A person's title right after the company (安徽移动副总经理): no compound. */
const titleWord = perKnowledge(() => new RegExp(`^(?:副|常务副)?(?:${patternData().roles.map(escapeRegExp).join('|')})$`));

/** A word such a name is printed with, alone (移动) or joined to the province's (浙江移动): without one there is none. */
const OPERATOR_WORD = trigger((w) => OPERATOR_WORDS.has(w) || isProvincialOperator(w));

export function findProvincialOperators(tokens: Token[]): PatternName[] {
  if (!fired(tokens, OPERATOR_WORD)) return [];
  const out: PatternName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    // jieba keeps some as one word (浙江电信/nz), others as two (广东/ns 移动/vn).
    const joined = isProvincialOperator(tok.word);
    const split = !joined && provinceShorts().has(tok.word) && OPERATOR_WORDS.has(tokens[i + 1]?.word ?? '');
    if (!joined && !split) continue;
    const last = split ? i + 1 : i;
    const after = tokens[last + 1];
    if (after && COMPOUND_TAGS.has(after.tag) && !titleWord().test(after.word)) continue;
    const end = tokens[last].start + tokens[last].word.length;
    out.push({ start: tok.start, end, text: tokens.slice(i, last + 1).map((t) => t.word).join(''), kind: 'company' });
    i = last;
  }
  return out;
}
