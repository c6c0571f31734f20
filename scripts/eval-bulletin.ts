/**
 * Quality figures of bulletin parsing (issue "Bulletin import", item 8).
 * Usage: tsx scripts/eval-bulletin.ts [GOLD FILE]...   (default: every testdata/gold/*.gold.json against samples/)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateFiles, loadGold } from '../src/eval/run.js';
import { formatReport, meetsBars } from '../src/eval/report.js';

/** Every gold file in testdata/gold with the sample it annotates. */
function defaultPairs(): [string, string][] {
  const dir = 'testdata/gold';
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()
    .map((f) => [join(dir, f), join('samples', loadGold(join(dir, f)).file)]);
}

const args = process.argv.slice(2);
if (args.length % 2) {
  console.error('usage: eval-bulletin [GOLD FILE]...');
  process.exit(2);
}
const pairs: [string, string][] = args.length ? [] : defaultPairs();
for (let i = 0; i < args.length; i += 2) pairs.push([args[i], args[i + 1]]);
let ok = true;
for (const [gold, file] of pairs) {
  try {
    const report = evaluateFiles(gold, file);
    ok &&= meetsBars(report);
    console.log(formatReport(report));
  } catch (e) {
    ok = false;
    console.error((e as Error).message);
  }
}
process.exitCode = ok ? 0 : 1;
