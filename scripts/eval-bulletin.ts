/**
 * Quality figures of bulletin parsing (issue "Bulletin import", item 8).
 *
 *   tsx scripts/eval-bulletin.ts [--no-pdf] [GOLD FILE]...
 *
 * Default pairs: every testdata/gold/*.gold.json with the sample in samples/ it annotates. Each pair is scored
 * twice: as the text dump, and — when Debian's Chromium is installed and --no-pdf is not given — as the same
 * bulletin printed to PDF by scripts/make-test-pdf.ts (into a temporary directory) and read back through
 * loadSource → parseBulletin, the way `jianbao import` reads a PDF. Exits 1 when any figure misses its bar.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluateFiles, loadGold } from '../src/eval/run.js';
import { formatReport, meetsBars } from '../src/eval/report.js';
import type { EvalReport } from '../src/eval/metrics.js';
import { CHROMIUM, launchChromium, makeBulletinPdf } from './make-test-pdf.js';

/** Every gold file in testdata/gold with the sample it annotates. */
export function defaultPairs(): [string, string][] {
  const dir = 'testdata/gold';
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()
    .map((f) => [join(dir, f), join('samples', loadGold(join(dir, f)).file)]);
}

/**
 * Prints each (gold, text dump) pair as a PDF into `dir`, then scores each PDF against its gold through the
 * real reading path. The reports are named `<dump>.pdf`.
 */
export async function evaluateAsPdfs(pairs: [string, string][], dir: string): Promise<EvalReport[]> {
  const browser = await launchChromium();
  const pdfs: string[] = [];
  try {
    for (const [gold, text] of pairs) {
      const pdf = join(dir, `${basename(text).replace(/\.[^.]*$/, '')}.pdf`);
      await makeBulletinPdf(browser, text, gold, pdf);
      pdfs.push(pdf);
    }
  } finally {
    await browser.close();
  }
  const reports: EvalReport[] = [];
  for (const [k, [gold]] of pairs.entries()) reports.push(await evaluateFiles(gold, pdfs[k]));
  return reports;
}

async function main(argv: string[]): Promise<boolean> {
  const withPdf = !argv.includes('--no-pdf');
  const args = argv.filter((a) => a !== '--no-pdf');
  if (args.length % 2) throw new Error('usage: eval-bulletin [--no-pdf] [GOLD FILE]...');
  const pairs: [string, string][] = args.length ? [] : defaultPairs();
  for (let i = 0; i < args.length; i += 2) pairs.push([args[i], args[i + 1]]);
  let ok = true;
  const show = (r: EvalReport) => {
    ok &&= meetsBars(r);
    console.log(formatReport(r));
  };
  for (const [gold, file] of pairs) {
    try {
      show(await evaluateFiles(gold, file));
    } catch (e) {
      ok = false;
      console.error((e as Error).message);
    }
  }
  const dumps = pairs.filter(([, file]) => !/\.pdf$/i.test(file));
  if (!withPdf || !dumps.length) return ok;
  if (!existsSync(CHROMIUM)) {
    console.log(`(PDF figures skipped: ${CHROMIUM} not installed)`);
    return ok;
  }
  console.log('\nThe same bulletins printed to PDF (scripts/make-test-pdf.ts) and read back:');
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-eval-'));
  try {
    (await evaluateAsPdfs(dumps, dir)).forEach(show);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (ok) => { process.exitCode = ok ? 0 : 1; },
    (e: Error) => {
      console.error(e.message);
      process.exitCode = 2;
    },
  );
}
