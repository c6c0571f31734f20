/**
 * The site's own names as the page states them — `og:site_name` (or JSON-LD's publisher), the holder its footer names
 * (`版权所有：X`, `X 版权所有`, `© 2024 X`, `主办单位：X`) and the host's labels — so a `<title>` or a line that is the site's
 * name is told from the headline without any list of sites.
 */
import type { PageMeta } from './metadata.js';
import { compact, type PageLine } from './page-lines.js';

/** A footer's holder after its label (`版权所有：X`, `Copyright © 2005-2024 X`, `© 2024 X`, `主办单位：X`). */
const HOLDER_AFTER = /(?:版权所有|版权归|主办单位|主办|Copyright|©)\s*[：:]?\s*(?:©|\(c\))?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?([\u4e00-\u9fffA-Za-z0-9（）()·]{2,30})/gi;
/** …and before it (`X 版权所有`, `X 主办`). */
const HOLDER_BEFORE = /(?:^|[\s©|｜])([\u4e00-\u9fffA-Za-z0-9（）()·]{2,30})\s*(?:版权所有|主办)(?![\u4e00-\u9fff])/g;
/** Longest footer line looked at: the holder is in a short line. */
const MAX_FOOTER_LINE = 200;

/** The site's names, compacted. */
export function siteNames(lines: PageLine[], meta: PageMeta): Set<string> {
  const names = new Set<string>();
  if (meta.siteName) names.add(compact(meta.siteName));
  for (const l of lines) {
    if (l.text.length > MAX_FOOTER_LINE || !/版权|主办|Copyright|©/i.test(l.text)) continue;
    for (const m of l.text.matchAll(HOLDER_AFTER)) names.add(compact(m[1]));
    for (const m of l.text.matchAll(HOLDER_BEFORE)) names.add(compact(m[1]));
  }
  names.delete('');
  return names;
}

/** The host's labels that can name a site (`eefocus` of `www.eefocus.com`), lower-case. */
export function hostLabels(url: string | null | undefined): string[] {
  if (!url) return [];
  try {
    return new URL(url).hostname.split('.').filter((l) => l.length >= 3 && !/^(www|com|net|org|gov|edu|cn|news)$/.test(l));
  } catch {
    return [];
  }
}

/** What a company's registered name adds to its short name (`(科技)(股份)有限(责任)公司`, `(集团)(股份)公司`, `集团`). */
const LEGAL_FORMS = [
  ...['', '科技'].flatMap((a) => ['', '股份'].flatMap((b) => ['', '责任'].map((c) => `${a}${b}有限${c}公司`))),
  ...['', '集团'].flatMap((a) => ['', '股份'].map((b) => `${a}${b}公司`)),
  '集团',
];

/** Whether `segment` is the site's name: one of `names`, or Latin letters one of the host's labels spells (`EE Focus`). */
export function namesSite(segment: string, names: Set<string>, host: string[] = []): boolean {
  const c = compact(segment);
  if (!c) return false;
  if (names.has(c)) return true;
  // A company's short name, the footer naming it with its legal form (`瑞科智能` of `瑞科智能有限公司 版权所有`).
  // Looked up form by form: the names a page's footers give are many on some pages, and this is asked of every line.
  if (c.length >= 2 && LEGAL_FORMS.some((form) => names.has(c + form))) return true;
  const latin = c.toLowerCase().replace(/[^a-z0-9]/g, '');
  return latin.length >= 3 && host.some((h) => h === latin || (latin.length >= 4 && h.includes(latin)));
}
