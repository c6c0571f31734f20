/**
 * Nothing jianbao prints may drive the terminal: text stored before control characters were replaced on the
 * way in, a file name holding an ESC, a message quoting a page. Every write to stdout goes through here and
 * error lines are cleaned the same way (newlines and tabs stay; other controls become U+FFFD).
 */
import { replaceControls } from '../core/text.js';

/** `text` safe to show on a terminal: carriage returns and form feeds go too (a CR lets a line overwrite itself). */
export function terminalSafe(text: string): string {
  return replaceControls(text).text.replace(/[\r\f]/g, '\ufffd');
}

/** Makes every later write of strings to `stream` terminal-safe (JSON output is unchanged: it escapes controls itself). */
export function guardStream(stream: NodeJS.WriteStream): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? terminalSafe(chunk) : chunk, ...rest)) as typeof stream.write;
}
