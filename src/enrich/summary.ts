/**
 * An extractive summary of at most 120 characters made of whole sentences from the body: sentences scored by
 * their keywords and position, skipping questions and sentences that lean on context (他表示, 此外, 首先, 可见) or
 * leave a quote or bracket open; the sentence carrying the headline's number is kept first.
 */
import { matchesOf } from './text.js';
import type { Keyword } from './types.js';

export const SUMMARY_MAX = 120;
const MAX_SENTENCES = 3;
/**
 * A run of text and the stops closing it, if any: the stops are optional so that a run without one (a 100 kB line
 * of names) is passed over once, not tried again from each of its characters; runs without a stop are dropped.
 */
const SENTENCE_RUN = /[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]*)?/g;
const CLOSED = /[。！？!?][”’」』）)]*$/;
const LEANS_ON_CONTEXT =
  /^(?:他|她|它|其|该|这|此|那|但|而|并且|并|且|同时|此外|另外|因此|所以|不过|然而|对此|与此同时|其中|以及|也|首先|其次|再次|最后|可见|由此|据此|为此|总之|综上|总的来看|总体来看|一方面|另一方面|相比之下|换言之|也就是说|除此之外|尤其|特别是|比如|例如|譬如|反之|于是|从而|进而|那么|上述|前述|双方|两者|二者|前者|后者|随后|因而|不仅如此|除此以外|相较而言)/;
/** A dateline and byline opening a report (本报讯（记者 王薇）, 新华社深圳3月31日电（记者 印朋）): the news starts after it. */
const DATELINE = /^(?:(?:本报讯|本刊讯|[^，。（(\s]{2,16}?电) ?[（(](?:本报)?(?:记者|通讯员)[^）)]{1,30}[）)] ?|本报讯 ?)/;
const PAIRS: [string, string][] = [['“', '”'], ['‘', '’'], ['《', '》'], ['（', '）'], ['(', ')'], ['「', '」'], ['【', '】'], ['『', '』']];
const OPENER_OF = new Map(PAIRS.map(([o, c]) => [c, o]));
const OPENERS = new Set(PAIRS.map(([o]) => o));
const BRACKET = /[“”‘’《》（）()「」【】『』]/;

/** True when every quote and bracket opened in s is closed in order. */
export function balanced(s: string): boolean {
  if (!BRACKET.test(s)) return true;
  const stack: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (OPENERS.has(ch)) stack.push(ch);
    else if (OPENER_OF.has(ch) && stack.pop() !== OPENER_OF.get(ch)) return false;
  }
  return stack.length === 0;
}

/** Cuts an over-long sentence at the last clause boundary that keeps quotes and brackets closed. */
function clauseCut(s: string): string {
  for (let i = Math.min(s.length, SUMMARY_MAX - 1); i > 10; i--) {
    if ('，；：,;'.includes(s[i]) && balanced(s.slice(0, i))) return `${s.slice(0, i)}……`;
  }
  return '';
}

/**
 * Builds the summary of a body. Keyword weights rank the sentences: `terms` are content-word tokens whose
 * offsets are `bodyOffset` ahead of the body's (the analysed text puts the title first), so each sentence's
 * score is summed in one pass.
 */
export function summarise(
  body: string,
  keywords: Keyword[],
  terms: { word: string; start: number }[],
  bodyOffset = 0,
  headline: number[] = [],
): string {
  const sentences = matchesOf(SENTENCE_RUN, body).filter((m) => CLOSED.test(m[0])).map((m, index) => {
    const text = m[0].trim();
    const dateline = index === 0 ? (DATELINE.exec(text)?.[0].length ?? 0) : 0;
    return { text: text.slice(dateline), index, start: m.index + dateline, score: 0 };
  });
  const candidates = sentences.filter(
    (x) => x.text.length >= 12 && x.text.length <= SUMMARY_MAX && !/[？?]$/.test(x.text) && balanced(x.text) && !LEANS_ON_CONTEXT.test(x.text),
  );
  const carries = (x: { start: number; text: string }, length = x.text.length) =>
    headline.some((at) => at - bodyOffset >= x.start && at - bodyOffset < x.start + length + 4);
  if (headline.length && !candidates.some((x) => carries(x))) {
    // The headline's number in a sentence too long to take whole: that sentence cut at a clause after the number.
    const long = sentences.find((x) => x.text.length > SUMMARY_MAX && carries(x) && !LEANS_ON_CONTEXT.test(x.text));
    const cut = long ? clauseCut(long.text) : '';
    if (long && cut && carries(long, cut.length - 2)) return cut;
  }
  let total = 0;
  for (const x of candidates) total += x.text.length;
  // Every candidate fits (a short article's body): all are chosen whatever their scores, in their order.
  if (candidates.length && candidates.length <= MAX_SENTENCES && total <= SUMMARY_MAX) return candidates.map((x) => x.text).join('');
  const weight = new Map(keywords.map((k) => [k.word, k.weight]));
  let s = 0;
  for (const t of terms) {
    const at = t.start - bodyOffset;
    if (at < 0) continue;
    while (s + 1 < sentences.length && sentences[s + 1].start <= at) s++;
    const w = weight.get(t.word);
    if (w && sentences[s]) sentences[s].score += w;
  }
  const scored = candidates
    .map((x) => ({ ...x, score: x.score / Math.sqrt(x.text.length) + 0.5 / (1 + x.index) }))
    .sort((a, b) => b.score - a.score);
  const chosen: typeof scored = [];
  let length = 0;
  // The sentence that carries the headline's number comes first: a summary without it misses the news.
  const carrier = scored.filter((x) => carries(x)).sort((a, b) => a.index - b.index)[0];
  if (carrier) {
    chosen.push(carrier);
    length += carrier.text.length;
  }
  for (const s of scored) {
    if (s === carrier) continue;
    if (chosen.length === MAX_SENTENCES) break;
    if (length + s.text.length > SUMMARY_MAX) continue;
    chosen.push(s);
    length += s.text.length;
  }
  if (chosen.length) return chosen.sort((a, b) => a.index - b.index).map((s) => s.text).join('');
  const first = sentences.find((s) => !LEANS_ON_CONTEXT.test(s.text))?.text ?? body.trim();
  return first.length <= SUMMARY_MAX && balanced(first) ? first : clauseCut(first);
}
