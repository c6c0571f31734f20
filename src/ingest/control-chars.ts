/**
 * Control characters in what users and web pages give us: an ESC sequence in a title can clear a terminal or
 * retitle its window, bidirectional overrides can make a line read as something else. They are replaced by
 * U+FFFD on the way in (so the reader sees that something was there) and counted for a warning.
 */

/**
 * C0 controls except tab, line feed, form feed (page breaks in text dumps) and carriage return; DEL; C1
 * controls; bidirectional embeddings, overrides and isolates.
 */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with each control character replaced by U+FFFD, and how many there were. */
export function replaceControls(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(CONTROL, () => {
    count++;
    return '\ufffd';
  });
  return { text: out, count };
}

/** The warning for `count` replaced control characters in `where`. */
export function controlsWarning(where: string, count: number): string {
  return `${where}: ${count} control character(s) (terminal escapes and the like) replaced by U+FFFD`;
}
