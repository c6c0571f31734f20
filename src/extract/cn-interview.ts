/**
 * Interview turns: a `记者：` line is a byline once, but a question when the label opens several paragraphs
 * (`记者：…` / `X：…` / `记者：…`, or `问：`/`Q：`); the questions are text then, wherever they stand, with or without a
 * question mark. A transcript whose speakers are a host and guests (`主持人：…` / `陈某某：…`) is told by its structure
 * instead of a label vocabulary: two speakers or more, each opening several paragraphs of speech.
 */
const QUESTIONER = /^\s*(记者|記者|问|問|Q)\s*[:：]/;
/** A speaker's label opening a paragraph: a role or a name, short. */
const SPEAKER = /^\s*([\u4e00-\u9fffA-Za-z·]{1,6})\s*[:：]/;
/** What a turn says has clause punctuation: a label-value line (`联系人：张某`, `地点：某某`) has none. */
const SAID = /[，。？！；,?!;]/;
/** Paragraphs a label must open before its lines read as turns. */
const TURNS_MIN = 2;
/** Speakers a transcript without a questioner's label needs. */
const SPEAKERS_MIN = 2;

/** A test telling the interview's turns among the paragraphs, or null when they are no interview; one pass. */
export function interviewTurns(paragraphs: string[]): ((p: string) => boolean) | null {
  let asked = 0;
  const opened = new Map<string, number>();
  for (const p of paragraphs) {
    if (QUESTIONER.test(p)) asked++;
    const m = SPEAKER.exec(p);
    if (m && SAID.test(p.slice(m[0].length))) opened.set(m[1], (opened.get(m[1]) ?? 0) + 1);
  }
  const voices = new Set([...opened].filter(([, n]) => n >= TURNS_MIN).map(([label]) => label));
  if (asked < TURNS_MIN && voices.size < SPEAKERS_MIN) return null;
  return (p) => {
    if (QUESTIONER.test(p)) return true;
    const m = SPEAKER.exec(p);
    return m !== null && voices.has(m[1]) && voices.size >= SPEAKERS_MIN;
  };
}
