/**
 * Interview turns: a `记者：` line is a byline once, but a question when the label opens several paragraphs
 * (`记者：…` / `X：…` / `记者：…`, or `问：`/`Q：`); the questions are text then, wherever they stand, with or without a question mark.
 */
const TURN = /^\s*(记者|記者|问|問|Q)\s*[:：]/;
/** Paragraphs the label must open before its lines read as turns. */
const TURNS_MIN = 2;

/** Whether `记者：` opens enough of the paragraphs to be the interviewer's turns; one pass. */
export function hasInterviewTurns(paragraphs: string[]): boolean {
  let n = 0;
  for (const p of paragraphs) if (TURN.test(p) && ++n >= TURNS_MIN) return true;
  return false;
}

/** A paragraph opened by the interviewer's label. */
export const isTurn = (p: string): boolean => TURN.test(p);
