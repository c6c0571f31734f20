/** Loads the Chinese news-page set (testdata/web-cn: dev and held-out pages with gold) for eval:web and tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CnGold } from '../src/extract/cn-gold-score.js';

/** One page of the set: its raw bytes (charsets vary) and its gold. */
export interface CnPage {
  name: string;
  bytes: Buffer;
  gold: CnGold;
}

export const CN_SET_DIR = new URL('../testdata/web-cn/', import.meta.url).pathname;

/** Parts of the set: `dev` is tuned on; `heldout` and `heldout2` to `heldout35` (generated, scripts/make-web-cn.ts) and `heldout36` to `heldout40` (hand-written blind) never are. */
export type CnPart = 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout15' | 'heldout16' | 'heldout17' | 'heldout18' | 'heldout19' | 'heldout20' | 'heldout21' | 'heldout22' | 'heldout23' | 'heldout24' | 'heldout25' | 'heldout26' | 'heldout27' | 'heldout28' | 'heldout29' | 'heldout30' | 'heldout31' | 'heldout32' | 'heldout33' | 'heldout34' | 'heldout35' | 'heldout36' | 'heldout37' | 'heldout38' | 'heldout39' | 'heldout40' | FieldsPart;
/** The field tables' pages (#17, round 11c: scripts/web-cn-gen/fields-pages.ts): `fields-dev` is tuned on, `fields-heldout` never. */
export type FieldsPart = 'fields-dev' | 'fields-heldout';

/** The pages of one part of the set, by file name. */
export function loadCnPages(part: CnPart): CnPage[] {
  const dir = join(CN_SET_DIR, part);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const goldPath = join(dir, f.replace(/\.html$/, '.json'));
      const parsed = CnGold.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
      if (!parsed.success) throw new Error(`${goldPath}: not a gold file (${parsed.error.issues[0]?.message})`);
      return { name: f.replace(/\.html$/, ''), bytes: readFileSync(join(dir, f)), gold: parsed.data };
    });
}
