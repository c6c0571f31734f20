/** The baseline the web extractor is compared with: Mozilla Readability over jsdom. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

/** Readability's text content for a page ('' when it finds nothing). */
export function readabilityText(html: string, url: string): string {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return new Readability(dom.window.document).parse()?.textContent ?? '';
}
