/**
 * A video page's transcript label standing alone (`文字稿：`, `【新闻文稿】`, `视频文字实录`, `解说词`): the text starts
 * under it. What the container prints above it — the player's tip, its duration and play count, a share row — is the
 * player's, however sentence-like the tip (`若视频无法播放，请刷新页面`).
 */

const TRANSCRIPT_LABEL = /^[【[]?\s*(视频|新闻|节目|本期|本集)?(文字稿|文稿|文字实录|文字版|解说词)\s*[】\]]?\s*[:：]?$/;
/** Paragraphs from the top within which the label is looked for: a player's furniture is a few short lines. */
const LOOK = 6;
/** Longest line a player's furniture prints above the label. */
const ABOVE_MAX = 40;

/** The paragraphs from the transcript's first line on, when a transcript label stands near the top with only short lines above it. */
export function fromTranscriptLabel<T extends { text: string }>(paragraphs: T[]): T[] {
  for (let i = 0; i < Math.min(LOOK, paragraphs.length - 1); i++) {
    if (paragraphs[i].text.length > ABOVE_MAX) return paragraphs;
    if (TRANSCRIPT_LABEL.test(paragraphs[i].text.trim())) return paragraphs.slice(i + 1);
  }
  return paragraphs;
}
