import type { EvalReport } from './metrics.js';

/** Bars a parse must meet (issue "Bulletin import", item 8). */
export const BARS = { titleF1: 0.97, sectionAccuracy: 1, bodyBoundaryAccuracy: 0.95, coverageTolerance: 0.01 };

/** True when a report meets every bar, publication and issue date read right included. */
export function meetsBars(r: EvalReport): boolean {
  return r.titleF1 >= BARS.titleF1 && r.sectionAccuracy >= BARS.sectionAccuracy &&
    r.bodyBoundaryAccuracy >= BARS.bodyBoundaryAccuracy && Math.abs(r.coverage - 1) <= BARS.coverageTolerance &&
    r.headerLeaks.length === 0 && r.publicationOk && r.issueDateOk;
}

/** A human-readable summary of one report, with the misses listed. */
export function formatReport(r: EvalReport): string {
  const pct = (x: number) => x.toFixed(3);
  const lines = [
    `${r.file}: ${meetsBars(r) ? 'PASS' : 'FAIL'}  articles gold ${r.gold} / parsed ${r.predicted} / matched ${r.matched}`,
    `  title F1 ${pct(r.titleF1)}  section acc ${pct(r.sectionAccuracy)}  body boundaries ${pct(r.bodyBoundaryAccuracy)}  ` +
      `byline acc ${pct(r.bylineAccuracy)}  subhead F1 ${pct(r.subheadF1)}  coverage ${pct(r.coverage)}  ` +
      `header leaks ${r.headerLeaks.length}  publication ${r.publicationOk ? 'ok' : 'wrong'}  date ${r.issueDateOk ? 'ok' : 'wrong'}`,
  ];
  for (const t of r.missedTitles) lines.push(`  missed title: ${t}`);
  for (const t of r.extraTitles) lines.push(`  extra title: ${t}`);
  for (const t of r.boundaryErrors) lines.push(`  body boundary: ${t}`);
  for (const t of r.headerLeaks) lines.push(`  header leak: ${t}`);
  return lines.join('\n');
}
