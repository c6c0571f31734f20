/** Questions about character spans of the analysed text, answered without a scan per question. */

/**
 * Whether a span lies inside one of `spans` (start ≥ its start, end ≤ its end): the spans sorted by start once, with
 * the furthest end reached so far, then a binary search per question — not a scan of every span per question.
 */
export function coveredBy(spans: { start: number; end: number }[]): (c: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(reach[reach.length - 1] ?? -1, s.end));
  return (c) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= c.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1] >= c.end;
  };
}
